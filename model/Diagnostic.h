#pragma once

#include <QList>
#include <QString>

// One problem found in an input file, reported as PATH:LINE:COLUMN: message (1-based).
struct Diagnostic
{
    QString path;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString message;

    QString toString() const
    {
        return QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(message);
    }
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;
