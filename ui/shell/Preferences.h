// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPageSize>
#include <QString>

// The user's choices from Edit ▸ Preferences, kept in QSettings under "preferences/". A value:
// load() reads a snapshot, save() writes one; the readers (main, ReportActions, MainWindow for
// the autosave) load it when they need it, so a change applies from the next use on.
class Preferences
{
public:
    QString language;           // "en", "de", "fr"; empty: the system's language
    QString exportFormat;       // ReportExporter::formatName(): "pdf", "html", "md", "csv", "json"
    QString exportFolder;       // empty: next to the answers file, else Documents
    QString pageSize;           // "A4", "Letter"; empty: automatic (from the system locale)
    bool autosave = true;

    static Preferences load();
    void save() const;

    // The page size for PDF export and printing: the chosen one, else the locale's default.
    QPageSize effectivePageSize() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};
