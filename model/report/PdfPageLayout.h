// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ChartPainter.h"
#include "ReportDocument.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <functional>
#include <memory>

// The report's colours on paper.
namespace PdfStyle {
inline const QColor Ink(0x1f, 0x29, 0x37);
inline const QColor Muted(0x5b, 0x64, 0x72);
inline const QColor Line(0xd8, 0xdd, 0xe3);
inline const QColor Soft(0xf4, 0xf6, 0xf8);
inline const QColor Accent(0x1d, 0x4e, 0xd8);
inline const QColor Good(0x16, 0x65, 0x34);
inline const QColor Bad(0x9a, 0x34, 0x12);
inline const QColor WarnBg(0xff, 0xf7, 0xe6);
inline const QColor WarnLine(0xf0, 0xb5, 0x4a);
} // namespace PdfStyle

// The PDF report's page layout: blocks of measured text, tables and charts, laid out for the
// device's width and cut into pages (rows never split, table headers repeat, headings keep
// with what follows), then painted with a header and footer. PdfReportWriter's section
// painters build on it.
class PdfPageLayout
{
public:
    // Text laid out once for a width: measured during layout, drawn as is during painting.
    class TextBox
    {
    public:
        TextBox() = default;
        TextBox(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
                Qt::Alignment align = Qt::AlignLeft, qreal lineFactor = 1.0);
        qreal height() const { return m_height; }
        void draw(QPainter &p, const QPointF &topLeft, const QColor &color) const;

    private:
        std::shared_ptr<QTextLayout> m_layout;
        qreal m_height = 0;
    };

    struct Block
    {
        qreal height = 0;
        bool keepWithNext = false;
        bool pageBreak = false;
        bool spacing = false;   // dropped at the top of a page
        int tableHeader = -1;   // index of the header block to repeat when this row starts a page
        std::function<void(QPainter &, const QRectF &)> paint;
    };

    struct Column
    {
        qreal weight = 1;
        Qt::Alignment align = Qt::AlignLeft;
    };

    PdfPageLayout(const ReportDocument &doc, QPagedPaintDevice *device, bool charts);

    qreal pt(qreal points) const;

    QFont font(qreal size, bool bold = false) const;

    int paint(QPainter &p);

protected:
    // --- building blocks

    void add(Block b);

    void space(qreal points);

    void pageBreak();

    void text(const QString &s, const QFont &f, const QColor &color, qreal before, qreal after, qreal indent = 0,
              bool keep = false, qreal lineFactor = 1.15);

    void h1(const QString &s);

    void h2(const QString &s);
    void h3(const QString &s, const QColor &c = PdfStyle::Ink);
    void para(const QString &s, const QColor &c = PdfStyle::Ink);

    void bullet(const QString &s, const QString &mark = QStringLiteral("\u2022"), const QColor &markColor = PdfStyle::Muted,
                qreal indent = 0);

    void bullets(const QStringList &items);

    // A box with a coloured bar on the left, for warnings: each item with its indented details.
    void callout(const QString &title, const QList<ReportDocument::Warning> &items);

    struct RowStyle
    {
        bool header = false;
        bool bold = false;
        bool total = false;
        bool shaded = false;
        bool firstBold = false; // row headers (criterion names)
    };

    // One table: a header block and one block per row. Rows never split; the header repeats.
    void table(const QList<Column> &columns, const QStringList &header, const QList<QStringList> &rows,
               const QList<RowStyle> &styles = {}, const QList<QStringList> &subtexts = {});

    void addRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells,
                const QStringList &subs, const RowStyle &style, int headerIndex);

    void chart(qreal heightPoints, std::function<void(QPainter &, const QRectF &)> paintChart);

    ChartPainter::Style chartStyle() const;

    // --- pagination and page furniture

    qreal contentTop(int page) const;
    qreal contentBottom() const;

    QList<QList<QPair<int, qreal>>> paginate() const;

    void headerFooter(QPainter &p, int page, int pages) const;


    const ReportDocument &d;
    QPagedPaintDevice *m_device;
    bool m_charts;
    qreal m_dpi = 72;
    qreal m_width = 0;
    qreal m_pageHeight = 0;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    QFont m_base;
    QList<Block> m_blocks;
};
