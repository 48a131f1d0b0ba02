// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
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
    // The problem is a name the file's own folder does not define (an unknown area, criterion
    // or candidate, no areas at all): the folder may be an overlay, fine on top of another KB.
    bool unresolved = false;

    QString toString() const;
    // Messages quote text from the file (an unknown key, a wrong value), and a path is whatever
    // name the file was given. Errors are printed one per
    // line, so a line break in that text could forge further error lines, and an escape code could
    // rewrite the terminal; bidirectional controls could make the text read differently from what
    // it is. Those are shown as escapes. A quoted value of up to a megabyte would swamp the
    // terminal or the window's message bar, so a long message keeps its start and end.
    static QString printable(const QString &text);
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;
