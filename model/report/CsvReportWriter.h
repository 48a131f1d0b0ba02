// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class ReportDocument;

// Renders the rankings as CSV (RFC 4180: CRLF line ends, fields with separators, quotes or line
// breaks quoted, quotes doubled): one row per candidate per area with area, rank, id, name and
// score, then one column per criterion of the knowledge base (the rating; empty where the candidate
// is not rated on it). Numbers always use '.' so any locale reads them back. A cell that a
// spreadsheet would run as a formula (starting with = + - @ tab or carriage return) is neutralised
// with a leading apostrophe.
class CsvReportWriter
{
public:
    static QString toCsv(const ReportDocument &document);

    static QString field(const QString &value);       // quoted if needed
    static QString neutralise(const QString &value);  // formula injection
    static QString row(const QStringList &fields);    // joined, with CRLF
};
