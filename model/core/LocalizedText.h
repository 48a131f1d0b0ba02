// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>

// A knowledge-base text in several languages. English ("en") is the fallback;
// YAML gives either a plain string (English) or a map {en: ..., de: ..., fr: ...}.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english) { m_texts.insert(QStringLiteral("en"), english); }

    void set(const QString &lang, const QString &text) { m_texts.insert(lang, text); }
    bool has(const QString &lang) const { return m_texts.contains(lang); }
    bool isEmpty() const { return m_texts.value(QStringLiteral("en")).isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }

    // The text in `lang`, else English. Empty `lang` means the current default language.
    QString text(const QString &lang = {}) const;
    QString operator()() const { return text(); }
    // The text given for exactly `lang`, without falling back to English (empty when missing).
    QString exact(const QString &lang) const { return m_texts.value(lang); }

    // Language used when text() is called without one ("en" unless changed, e.g. by --lang).
    static void setDefaultLanguage(const QString &lang);
    static QString defaultLanguage();

    friend bool operator==(const LocalizedText &a, const LocalizedText &b) { return a.m_texts == b.m_texts; }

private:
    QMap<QString, QString> m_texts;
};
