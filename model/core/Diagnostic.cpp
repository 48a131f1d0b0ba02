// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "Diagnostic.h"

#include <algorithm>

QString Diagnostic::printable(const QString &message)
{
    constexpr qsizetype MaxLength = 1000;
    QString out;
    out.reserve(std::min(message.size(), MaxLength + 8));
    for (const QChar c : message) {
        const char16_t u = c.unicode();
        const QChar::Category category = c.category();
        const bool bidi = u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069);
        if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\r')
            out += QLatin1String("\\r");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (bidi || category == QChar::Other_Control || category == QChar::Separator_Line
                 || category == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(quint32(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (out.size() > MaxLength) {
        qsizetype head = MaxLength / 2;
        qsizetype tail = out.size() - MaxLength / 2;
        if (out.at(head - 1).isHighSurrogate()) // never split a character
            --head;
        if (out.at(tail).isLowSurrogate())
            ++tail;
        out = out.left(head) + QStringLiteral(" \u2026 ") + out.mid(tail);
    }
    return out;
}

QString Diagnostic::toString() const
{
    // The path is text the user (or an attacker naming a file) chose: escaped like a message.
    return QStringLiteral("%1:%2:%3: %4").arg(printable(path)).arg(line).arg(column).arg(message);
}
