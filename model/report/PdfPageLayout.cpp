// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "PdfPageLayout.h"

#include <QCoreApplication>

using namespace PdfStyle;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
};

using T = ReportDocument::Text;
} // namespace

PdfPageLayout::TextBox::TextBox(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
                                Qt::Alignment align, qreal lineFactor)
    : m_layout(std::make_shared<QTextLayout>(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font,
                                             device))
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * lineFactor;
    }
    m_layout->endLayout();
    m_height = y;
}

void PdfPageLayout::TextBox::draw(QPainter &p, const QPointF &topLeft, const QColor &color) const
{
    if (!m_layout)
        return;
    p.setPen(color);
    m_layout->draw(&p, topLeft);
}

PdfPageLayout::PdfPageLayout(const ReportDocument &doc, QPagedPaintDevice *device, bool charts)
    : d(doc)
    , m_device(device)
    , m_charts(charts)
{
    m_dpi = device->logicalDpiY();
    m_width = device->width();
    m_pageHeight = device->height();
    m_headerHeight = pt(30);
    m_footerHeight = pt(26);
    m_base = QFont(QStringLiteral("DejaVu Sans"));
    m_base.setStyleHint(QFont::SansSerif);
    m_base.setPointSizeF(9.5);
    // Any letter spacing makes Qt shape without ligatures, so "fi" is extracted, searched and
    // copied from the PDF as two letters instead of U+FB01; 0.1 device pixel (at 600 dpi) is invisible.
    m_base.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    // Hinting means nothing on paper and its bytecode interpreter was the largest cost of a
    // PDF export (every size is hinted anew at 600 dpi).
    m_base.setHintingPreference(QFont::PreferNoHinting);
}

qreal PdfPageLayout::pt(qreal points) const
{
    return points * m_dpi / 72.0;
}

QFont PdfPageLayout::font(qreal size, bool bold) const
{
    QFont f = m_base;
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

int PdfPageLayout::paint(QPainter &p)
{
    const QList<QList<QPair<int, qreal>>> pages = paginate();
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            m_device->newPage();
        if (page > 0)
            headerFooter(p, int(page + 1), int(pages.size()));
        for (const auto &[index, y] : pages.at(page)) {
            const Block &b = m_blocks.at(index);
            if (b.paint)
                b.paint(p, QRectF(0, y, m_width, b.height));
        }
    }
    return int(pages.size());
}

void PdfPageLayout::add(Block b)
{
    m_blocks.append(std::move(b));
}

void PdfPageLayout::space(qreal points)
{
    Block b;
    b.height = pt(points);
    b.spacing = true;
    add(b);
}

void PdfPageLayout::pageBreak()
{
    Block b;
    b.pageBreak = true;
    add(b);
}

void PdfPageLayout::text(const QString &s, const QFont &f, const QColor &color, qreal before, qreal after, qreal indent,
          bool keep, qreal lineFactor)
{
    if (s.isEmpty())
        return;
    const TextBox box(s, f, m_width - pt(indent), m_device, Qt::AlignLeft, lineFactor);
    Block b;
    b.height = pt(before) + box.height() + pt(after);
    b.keepWithNext = keep;
    const qreal x = pt(indent), y0 = pt(before);
    b.paint = [box, color, x, y0](QPainter &p, const QRectF &r) { box.draw(p, r.topLeft() + QPointF(x, y0), color); };
    add(b);
}

void PdfPageLayout::h1(const QString &s)
{
    const TextBox box(s, font(16, true), m_width, m_device);
    Block b;
    b.height = pt(18) + box.height() + pt(4) + pt(10);
    b.keepWithNext = true;
    const qreal before = pt(18), rule = pt(1.5);
    const qreal w = m_width;
    const qreal textH = box.height();
    const qreal gap = pt(4);
    b.paint = [box, before, rule, w, textH, gap](QPainter &p, const QRectF &r) {
        box.draw(p, r.topLeft() + QPointF(0, before), Ink);
        p.fillRect(QRectF(r.left(), r.top() + before + textH + gap, w, rule), Ink);
    };
    add(b);
}

void PdfPageLayout::h2(const QString &s)
{
    text(s, font(12, true), Ink, 14, 5, 0, true);
}

void PdfPageLayout::h3(const QString &s, const QColor &c)
{
    text(s, font(10.5, true), c, 9, 3, 0, true);
}

void PdfPageLayout::para(const QString &s, const QColor &c)
{
    text(s, font(9.5), c, 0, 6);
}

void PdfPageLayout::bullet(const QString &s, const QString &mark, const QColor &markColor,
            qreal indent)
{
    const QFont f = font(9.5);
    const qreal hang = pt(14);
    const TextBox box(s, f, m_width - pt(indent) - hang, m_device, Qt::AlignLeft, 1.15);
    const TextBox markBox(mark, font(9.5, true), hang, m_device);
    Block b;
    b.height = box.height() + pt(3);
    const qreal x = pt(indent);
    b.paint = [box, markBox, markColor, x, hang](QPainter &p, const QRectF &r) {
        markBox.draw(p, r.topLeft() + QPointF(x, 0), markColor);
        box.draw(p, r.topLeft() + QPointF(x + hang, 0), Ink);
    };
    add(b);
}

void PdfPageLayout::bullets(const QStringList &items)
{
    for (const QString &i : items)
        bullet(i);
    if (!items.isEmpty())
        space(4);
}

void PdfPageLayout::callout(const QString &title, const QList<ReportDocument::Warning> &items)
{
    const qreal pad = pt(8), bar = pt(3), hang = pt(12);
    const qreal inner = m_width - 2 * pad - bar;
    const TextBox head(title, font(10, true), inner, m_device);
    struct Line
    {
        TextBox box;
        TextBox mark;
        qreal indent;
    };
    QList<Line> lines;
    qreal h = pad + head.height() + pt(4);
    for (const ReportDocument::Warning &w : items) {
        lines.append({TextBox(w.text, font(9.5), inner - hang, m_device, Qt::AlignLeft, 1.15),
                      TextBox(QStringLiteral("\u2022"), font(9.5, true), hang, m_device), 0});
        h += lines.last().box.height() + pt(3);
        for (const QString &detail : w.details) {
            lines.append({TextBox(detail, font(8.5), inner - 2 * hang, m_device, Qt::AlignLeft, 1.15),
                          TextBox(QStringLiteral("\u2013"), font(8.5), hang, m_device), hang});
            h += lines.last().box.height() + pt(2);
        }
    }
    h += pad - pt(3);
    // One block per box: warnings are short, and a split callout reads badly.
    Block b;
    b.height = h + pt(8);
    b.paint = [=, this](QPainter &p, const QRectF &r) {
        const QRectF box(r.left(), r.top() + pt(4), r.width(), h);
        p.fillRect(box, WarnBg);
        p.fillRect(QRectF(box.topLeft(), QSizeF(bar, h)), WarnLine);
        const qreal x = box.left() + bar + pad;
        qreal y = box.top() + pad;
        head.draw(p, QPointF(x, y), Ink);
        y += head.height() + pt(4);
        for (const Line &l : lines) {
            l.mark.draw(p, QPointF(x + l.indent, y), Muted);
            l.box.draw(p, QPointF(x + l.indent + hang, y), l.indent > 0 ? Muted : Ink);
            y += l.box.height() + (l.indent > 0 ? pt(2) : pt(3));
        }
    };
    add(b);
}

void PdfPageLayout::table(const QList<Column> &columns, const QStringList &header, const QList<QStringList> &rows,
           const QList<RowStyle> &styles, const QList<QStringList> &subtexts)
{
    qreal total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QList<qreal> widths;
    for (const Column &c : columns)
        widths << m_width * c.weight / total;
    const int headerIndex = int(m_blocks.size());
    addRow(columns, widths, header, {}, RowStyle{true, true, false, false, false}, -1);
    m_blocks.last().keepWithNext = true;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        RowStyle style = styles.value(i);
        style.shaded = style.shaded || (i % 2 == 1);
        addRow(columns, widths, rows.at(i), subtexts.value(i), style, headerIndex);
    }
    space(8);
}

void PdfPageLayout::addRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells,
            const QStringList &subs, const RowStyle &style, int headerIndex)
{
    const qreal padX = pt(4), padY = pt(3.5);
    const QFont f = style.header ? font(7.5, true) : font(9, style.bold || style.total);
    const QFont bold = font(9, true);
    const QFont sub = font(7.5);
    QList<TextBox> boxes, subBoxes;
    QList<qreal> xs;
    qreal x = 0, h = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const qreal w = widths.at(c) - 2 * padX;
        const QFont cellFont = (style.firstBold && c == 0) ? bold : f;
        const QString text = style.header ? cells.value(c).toUpper() : cells.value(c);
        boxes.append(TextBox(text, cellFont, w, m_device, columns.at(c).align, 1.1));
        subBoxes.append(TextBox(subs.value(c), sub, w, m_device, columns.at(c).align, 1.1));
        xs << x + padX;
        x += widths.at(c);
        h = qMax(h, boxes.last().height() + (subs.value(c).isEmpty() ? 0 : subBoxes.last().height() + pt(1)));
    }
    Block b;
    b.height = h + 2 * padY;
    b.tableHeader = headerIndex;
    const qreal lineW = style.header || style.total ? pt(1.2) : pt(0.5);
    b.paint = [=, this](QPainter &p, const QRectF &r) {
        if (style.shaded && !style.header && !style.total)
            p.fillRect(r, QColor(0xfa, 0xfb, 0xfc));
        for (qsizetype c = 0; c < boxes.size(); ++c) {
            boxes.at(c).draw(p, QPointF(r.left() + xs.at(c), r.top() + padY), style.header ? Muted : Ink);
            subBoxes.at(c).draw(p, QPointF(r.left() + xs.at(c), r.top() + padY + boxes.at(c).height() + pt(1)), Muted);
        }
        if (style.total)
            p.fillRect(QRectF(r.left(), r.top(), r.width(), lineW), Ink);
        p.fillRect(QRectF(r.left(), r.bottom() - lineW, r.width(), lineW), style.header ? Ink : Line);
    };
    add(b);
}

void PdfPageLayout::chart(qreal heightPoints, std::function<void(QPainter &, const QRectF &)> paintChart)
{
    if (!m_charts)
        return;
    Block b;
    b.height = pt(heightPoints) + pt(8);
    const qreal w = qMin(m_width, pt(440));
    b.paint = [paintChart, w, this](QPainter &p, const QRectF &r) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        paintChart(p, QRectF(r.left() + (r.width() - w) / 2, r.top() + pt(4), w, r.height() - pt(8)));
        p.restore();
    };
    add(b);
}

ChartPainter::Style PdfPageLayout::chartStyle() const
{
    ChartPainter::Style style;
    style.text = Ink;
    style.grid = Line;
    style.font = font(8);
    return style;
}

qreal PdfPageLayout::contentTop(int page) const
{
    return page == 0 ? 0 : m_headerHeight;
}

qreal PdfPageLayout::contentBottom() const
{
    return m_pageHeight - m_footerHeight;
}

QList<QList<QPair<int, qreal>>> PdfPageLayout::paginate() const
{
    QList<QList<QPair<int, qreal>>> pages(1);
    int page = 0;
    qreal y = contentTop(0);
    auto newPage = [&] {
        pages.append(QList<QPair<int, qreal>>());
        ++page;
        y = contentTop(page);
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks.at(i);
        if (b.pageBreak) {
            newPage();
            continue;
        }
        if (b.spacing && pages.at(page).isEmpty())
            continue;
        // A heading (or table header) travels with what follows it.
        qreal needed = b.height;
        for (int j = i; j + 1 < m_blocks.size() && m_blocks.at(j).keepWithNext; ++j)
            needed += m_blocks.at(j + 1).height;
        needed = qMin(needed, contentBottom() - contentTop(1));
        if (y + needed > contentBottom() && !pages.at(page).isEmpty()) {
            newPage();
            if (b.spacing)
                continue;
            if (b.tableHeader >= 0) {
                pages[page].append(qMakePair(b.tableHeader, y));
                y += m_blocks.at(b.tableHeader).height;
            }
        }
        pages[page].append(qMakePair(i, y));
        y += b.height;
    }
    return pages;
}

void PdfPageLayout::headerFooter(QPainter &p, int page, int pages) const
{
    const QFont small = font(7.5);
    const QFontMetricsF fm(small, m_device);
    p.setFont(small);
    p.setPen(Muted);
    const qreal headerBase = m_headerHeight - pt(12);
    const QString date = d.generatedText();
    const qreal dateW = fm.horizontalAdvance(date);
    p.drawText(QPointF(0, headerBase), fm.elidedText(d.title, Qt::ElideRight, m_width - dateW - pt(20)));
    p.drawText(QPointF(m_width - dateW, headerBase), date);
    p.fillRect(QRectF(0, headerBase + pt(4), m_width, pt(0.5)), Line);

    const qreal footTop = m_pageHeight - m_footerHeight + pt(10);
    p.fillRect(QRectF(0, footTop, m_width, pt(0.5)), Line);
    const QString left = QStringLiteral("Stackwise \u2014 %1: %2")
                             .arg(ReportDocument::text(T::KnowledgeBase),
                                  ReportDocument::knowledgeBaseText(d.kbVersion, d.kbDate));
    const QString right = Tr::tr("Page %1 of %2").arg(page).arg(pages);
    const qreal rightW = fm.horizontalAdvance(right);
    p.drawText(QPointF(0, footTop + pt(4) + fm.ascent()), fm.elidedText(left, Qt::ElideRight, m_width - rightW - pt(20)));
    p.drawText(QPointF(m_width - rightW, footTop + pt(4) + fm.ascent()), right);
}
