// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QPageSize>

class QPagedPaintDevice;
class ReportDocument;

// Renders a ReportDocument as a paged document: a title page, then every section with a header
// (report title, date) and a footer (knowledge base, "Page N of M") on each page, vector charts.
//
// The layout is paginated by hand with QPainter rather than through QTextDocument: QTextDocument
// ignores page-break-inside on table rows and can split a row across pages, has no running
// headers or "of M" footers, and cannot place vector charts. Here every block (heading, paragraph,
// table row, chart) is measured first, then placed: a table row never splits and repeats its
// table's header on a new page, a heading stays with what follows it, and the page count is known
// before the first footer is drawn. The same painting serves PDF files, printing and print preview.
class PdfReportWriter
{
public:
    struct Options
    {
        QPageSize pageSize = defaultPageSize();
        bool charts = true;
    };

    // Letter where the locale measures in US units, A4 elsewhere.
    static QPageSize defaultPageSize();
    // "A4" / "Letter" (case-insensitive); an invalid QPageSize for anything else.
    static QPageSize pageSizeFromName(const QString &name);

    static QByteArray toPdf(const ReportDocument &document);
    // The document's XMP packet: title, tools and ReportProvenance.
    static QByteArray xmpMetadata(const ReportDocument &document);
    static QByteArray toPdf(const ReportDocument &document, const Options &options);

    // Paints the whole report on `device` (a QPdfWriter or a QPrinter) using the device's own page
    // layout, starting on its current page. Returns the number of pages painted. Safe to call from
    // a worker thread for a QPdfWriter.
    static int paint(const ReportDocument &document, QPagedPaintDevice *device, bool charts = true);
};
