// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The language of the interface and the reports: "en", "de" or "fr". install() makes one
// current for everything at once — Qt translators (ours from :/i18n and Qt's own qtbase
// catalogue), the knowledge-base language (LocalizedText) and the default QLocale that formats
// report numbers and dates — so the window, headless exports and reports never disagree.
class AppLanguage
{
public:
    // The languages Stackwise ships, English (the source language) first.
    static QStringList supported();
    static bool isSupported(const QString &language);
    // "de" for any German locale, "fr" for any French one, "en" for everything else.
    static QString fromLocale(const QLocale &locale);
    static QString systemLanguage() { return fromLocale(QLocale::system()); }
    // The resource path of our compiled translation for `language`.
    static QString catalogPath(const QString &language);

    // Makes `language` current (see above). An empty `language` means systemLanguage(). Returns false,
    // and changes nothing, for a language that is not supported. A missing catalogue is not an
    // error: the interface then stays in English while reports still use the KB's texts.
    static bool install(const QString &language);
    // The language install() made current ("en" before any call).
    static QString current();
    // The locale install() sets as default: the system locale when it speaks `language` (so
    // de_AT keeps its territory), else the language's main locale.
    static QLocale localeFor(const QString &language);
};
