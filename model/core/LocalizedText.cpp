// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "LocalizedText.h"

namespace {
QString &defaultLang()
{
    static QString lang = QStringLiteral("en");
    return lang;
}
} // namespace

QString LocalizedText::text(const QString &lang) const
{
    const QString wanted = lang.isEmpty() ? defaultLang() : lang;
    auto it = m_texts.constFind(wanted);
    if (it != m_texts.constEnd() && !it->isEmpty())
        return *it;
    return m_texts.value(QStringLiteral("en"));
}

void LocalizedText::setDefaultLanguage(const QString &lang)
{
    defaultLang() = lang.isEmpty() ? QStringLiteral("en") : lang;
}

QString LocalizedText::defaultLanguage()
{
    return defaultLang();
}
