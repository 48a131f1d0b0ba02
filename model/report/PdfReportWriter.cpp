// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "PdfReportWriter.h"

#include "ChartPainter.h"
#include "ReportDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <functional>
#include <memory>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
};

using T = ReportDocument::Text;

const QColor Ink(0x1f, 0x29, 0x37);
const QColor Muted(0x5b, 0x64, 0x72);
const QColor Line(0xd8, 0xdd, 0xe3);
const QColor Soft(0xf4, 0xf6, 0xf8);
const QColor Accent(0x1d, 0x4e, 0xd8);
const QColor Good(0x16, 0x65, 0x34);
const QColor Bad(0x9a, 0x34, 0x12);
const QColor WarnBg(0xff, 0xf7, 0xe6);
const QColor WarnLine(0xf0, 0xb5, 0x4a);

// Text laid out once for a width: measured during layout, drawn as is during painting.
class TextBox
{
public:
    TextBox() = default;
    TextBox(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
            Qt::Alignment align = Qt::AlignLeft, qreal lineFactor = 1.0)
        : m_layout(std::make_shared<QTextLayout>(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator),
                                                 font, device))
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
    qreal height() const { return m_height; }
    void draw(QPainter &p, const QPointF &topLeft, const QColor &color) const
    {
        if (!m_layout)
            return;
        p.setPen(color);
        m_layout->draw(&p, topLeft);
    }

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

class Layout
{
public:
    Layout(const ReportDocument &doc, QPagedPaintDevice *device, bool charts)
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

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }

    QFont font(qreal size, bool bold = false) const
    {
        QFont f = m_base;
        f.setPointSizeF(size);
        f.setBold(bold);
        return f;
    }

    void build()
    {
        titlePage();
        pageBreak();
        summary();
        project();
        rankings();
        comparison();
        breakdowns();
        sensitivity();
        stacks();
        if (d.isGroup)
            group();
        sources();
        about();
    }

    int paint(QPainter &p)
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

private:
    // --- building blocks

    void add(Block b) { m_blocks.append(std::move(b)); }

    void space(qreal points)
    {
        Block b;
        b.height = pt(points);
        b.spacing = true;
        add(b);
    }

    void pageBreak()
    {
        Block b;
        b.pageBreak = true;
        add(b);
    }

    void text(const QString &s, const QFont &f, const QColor &color, qreal before, qreal after, qreal indent = 0,
              bool keep = false, qreal lineFactor = 1.15)
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

    void h1(const QString &s)
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

    void h2(const QString &s) { text(s, font(12, true), Ink, 14, 5, 0, true); }
    void h3(const QString &s, const QColor &c = Ink) { text(s, font(10.5, true), c, 9, 3, 0, true); }
    void para(const QString &s, const QColor &c = Ink) { text(s, font(9.5), c, 0, 6); }

    void bullet(const QString &s, const QString &mark = QStringLiteral("\u2022"), const QColor &markColor = Muted,
                qreal indent = 0)
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

    void bullets(const QStringList &items)
    {
        for (const QString &i : items)
            bullet(i);
        if (!items.isEmpty())
            space(4);
    }

    // A box with a coloured bar on the left, for warnings: each item with its indented details.
    void callout(const QString &title, const QList<ReportDocument::Warning> &items)
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
               const QList<RowStyle> &styles = {}, const QList<QStringList> &subtexts = {})
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

    void addRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells,
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

    void chart(qreal heightPoints, std::function<void(QPainter &, const QRectF &)> paintChart)
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

    ChartPainter::Style chartStyle() const
    {
        ChartPainter::Style style;
        style.text = Ink;
        style.grid = Line;
        style.font = font(8);
        return style;
    }

    // --- pagination and page furniture

    qreal contentTop(int page) const { return page == 0 ? 0 : m_headerHeight; }
    qreal contentBottom() const { return m_pageHeight - m_footerHeight; }

    QList<QList<QPair<int, qreal>>> paginate() const
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

    void headerFooter(QPainter &p, int page, int pages) const
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

    // --- the report

    void titlePage()
    {
        space(0);
        Block top;
        top.height = m_pageHeight * 0.16;
        add(top);
        text(ReportDocument::text(T::Kicker).toUpper(), font(10, true), Accent, 0, 6);
        text(d.projectName, font(26, true), Ink, 0, 14, 0, false, 1.05);
        Block rule;
        rule.height = pt(14);
        rule.paint = [this](QPainter &p, const QRectF &r) { p.fillRect(QRectF(r.left(), r.top(), pt(60), pt(3)), Accent); };
        add(rule);
        QList<QStringList> meta;
        if (!d.author.isEmpty())
            meta.append({ReportDocument::text(T::Author), d.author});
        meta.append({ReportDocument::text(T::Date), d.generatedText()});
        meta.append({ReportDocument::text(T::KnowledgeBase), ReportDocument::knowledgeBaseText(d.kbVersion, d.kbDate)});
        for (const QStringList &m : meta) {
            const TextBox label(m.at(0).toUpper(), font(7.5, true), pt(110), m_device);
            const TextBox value(m.at(1), font(10.5), m_width - pt(120), m_device);
            Block b;
            b.height = qMax(label.height(), value.height()) + pt(6);
            const qreal valueX = pt(120);
            const qreal labelDy = pt(2.5);
            b.paint = [label, value, valueX, labelDy](QPainter &p, const QRectF &r) {
                label.draw(p, r.topLeft() + QPointF(0, labelDy), Muted);
                value.draw(p, r.topLeft() + QPointF(valueX, 0), Ink);
            };
            add(b);
        }
        space(28);
        text(ReportDocument::text(T::RecommendedStack), font(13, true), Ink, 0, 8, 0, true);
        if (d.recommended.isEmpty()) {
            para(ReportDocument::text(T::NoStack), Bad);
            return;
        }
        // The stack as cards in one row.
        const int n = int(d.recommended.size());
        const qreal gap = pt(8);
        const qreal cardW = (m_width - gap * (n - 1)) / n;
        QList<TextBox> areas, names, scores;
        qreal h = 0;
        for (const ReportDocument::StackPick &pick : d.recommended) {
            areas.append(TextBox(pick.areaName.toUpper(), font(7, true), cardW - pt(16), m_device));
            names.append(TextBox(pick.candidateName, font(13, true), cardW - pt(16), m_device, Qt::AlignLeft, 1.0));
            const QString score = ReportDocument::text(T::Score) + QLatin1Char(' ') + d.formatScore(pick.score)
                + (pick.pinned ? QStringLiteral(" \u00b7 ") + ReportDocument::text(T::Pinned) : QString());
            scores.append(TextBox(score, font(8.5), cardW - pt(16), m_device));
            h = qMax(h, areas.last().height() + names.last().height() + scores.last().height() + pt(8));
        }
        const qreal cardH = h + pt(20);
        Block cards;
        cards.height = cardH + pt(10);
        cards.paint = [=, this](QPainter &p, const QRectF &r) {
            for (int i = 0; i < n; ++i) {
                const QRectF card(r.left() + i * (cardW + gap), r.top(), cardW, cardH);
                p.fillRect(card, Soft);
                p.fillRect(QRectF(card.topLeft(), QSizeF(cardW, pt(3))), Accent);
                qreal y = card.top() + pt(10);
                areas.at(i).draw(p, QPointF(card.left() + pt(8), y), Muted);
                y += areas.at(i).height() + pt(4);
                names.at(i).draw(p, QPointF(card.left() + pt(8), y), Ink);
                y += names.at(i).height() + pt(4);
                scores.at(i).draw(p, QPointF(card.left() + pt(8), y), Muted);
            }
        };
        add(cards);
        text(ReportDocument::stackScoreText(d.formatScore(d.stackScore)), font(11, true), Ink, 4, 6);
    }

    void summary()
    {
        h1(ReportDocument::text(T::Summary));
        if (!d.warnings.isEmpty())
            callout(ReportDocument::text(T::WatchOut), d.warnings);
        if (!d.reasons.isEmpty()) {
            h2(ReportDocument::text(T::WhyThisStack));
            bullets(d.reasons);
        }
    }

    void project()
    {
        h1(ReportDocument::text(T::Project));
        if (!d.notes.isEmpty()) {
            h2(ReportDocument::text(T::Notes));
            const QStringList paras = d.notes.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
            for (const QString &p : paras)
                text(p.trimmed(), font(9.5), Ink, 0, 6, 10);
        }
        h2(ReportDocument::text(T::Answers));
        if (!d.answers.isEmpty()) {
            QList<QStringList> rows;
            for (const ReportDocument::AnswerRow &a : d.answers)
                rows.append({a.question, a.labels.join(QStringLiteral(", "))});
            table({{1.2}, {1}}, {ReportDocument::text(T::Question), ReportDocument::text(T::Answer)}, rows);
        }
        if (d.unansweredCount > 0)
            para(ReportDocument::unansweredText(d.unansweredCount), Muted);
        pairs(T::Pins, d.pins);
        pairs(T::WeightOverrides, d.weightOverrides);
    }

    void pairs(T which, const QList<ReportDocument::LabelValue> &rows)
    {
        if (rows.isEmpty())
            return;
        h2(ReportDocument::text(which));
        for (const ReportDocument::LabelValue &r : rows)
            bullet(QStringLiteral("%1: %2").arg(r.label, r.value));
        space(4);
    }

    void rankings()
    {
        h1(ReportDocument::text(T::Rankings));
        for (const ReportDocument::AreaSection &a : d.areas) {
            h2(a.name);
            // The heading, its description and the chart (or the table's header) stay together.
            if (!a.description.isEmpty())
                text(a.description, font(9.5), Muted, 0, 6, 0, true);
            QList<QStringList> rows;
            QList<RowStyle> styles;
            for (const ReportDocument::RankingRow &r : a.ranking) {
                rows.append({QString::number(r.rank),
                             r.pinned ? QStringLiteral("%1 (%2)").arg(r.name, ReportDocument::text(T::Pinned)) : r.name,
                             d.formatScore(r.score)});
                styles.append(RowStyle{false, r.rank == 1, false, false, false});
            }
            const AreaResult result = a.result;
            // The bar chart names every candidate with its score, best first: a table under it would
            // repeat it line for line, so it only stands in for the chart.
            if (!m_charts) {
                table({{0.5, Qt::AlignRight}, {4}, {1, Qt::AlignRight}},
                      {ReportDocument::text(T::Rank), ReportDocument::text(T::Candidate), ReportDocument::text(T::Score)},
                      rows, styles);
                continue;
            }
            chart(24 + 17 * qMax<qsizetype>(1, result.ranking.size()), [this, result](QPainter &p, const QRectF &r) {
                ChartPainter::paintScoreBars(p, r, d.kb, result, chartStyle());
            });
        }
    }

    void comparison()
    {
        h1(ReportDocument::text(T::Comparison));
        for (const ReportDocument::AreaSection &a : d.areas) {
            if (a.compared.isEmpty())
                continue;
            h2(a.name);
            QList<Column> columns = {{2.6}, {1, Qt::AlignRight}};
            QStringList header = {ReportDocument::text(T::Criterion), ReportDocument::text(T::Importance)};
            QStringList ids;
            for (const ReportDocument::ComparedCandidate &c : a.compared) {
                columns.append(Column{1.1, Qt::AlignRight});
                header << c.name;
                ids << c.id;
            }
            QList<QStringList> rows, subs;
            QList<RowStyle> styles;
            for (const ReportDocument::CriterionRow &c : a.criteria) {
                QStringList row = {c.name, d.formatRating(c.importance)};
                for (const auto &r : c.ratings)
                    row << (r ? d.formatRating(*r) : QStringLiteral("\u2013"));
                rows.append(row);
                subs.append({c.importanceSource.isEmpty()
                                 ? QString()
                                 : QStringLiteral("%1: %2").arg(ReportDocument::text(T::SetBy), c.importanceSource)});
                styles.append(RowStyle{false, false, false, false, true});
            }
            QStringList total = {ReportDocument::text(T::Score), QString()};
            for (const ReportDocument::ComparedCandidate &c : a.compared)
                total << d.formatScore(c.score);
            rows.append(total);
            subs.append(QStringList());
            styles.append(RowStyle{false, true, true, false, false});
            table(columns, header, rows, styles, subs);
            if (a.compared.size() > 1 && a.criteria.size() > 2) {
                const QString areaId = a.id;
                chart(250, [this, areaId, ids](QPainter &p, const QRectF &r) {
                    ChartPainter::paintCriteriaProfile(p, r, d.kb, areaId, ids, chartStyle());
                });
            }
            for (const ReportDocument::ComparedCandidate &c : a.compared) {
                h3(QStringLiteral("%1 \u2014 %2").arg(c.name, d.formatScore(c.score)));
                if (!c.summary.isEmpty())
                    text(c.summary, font(9), Muted, 0, 4);
                if (!c.strongFor.isEmpty())
                    text(QStringLiteral("%1: %2").arg(ReportDocument::text(T::StrongFor), ReportDocument::joinItems(c.strongFor)),
                         font(9), Ink, 0, 4);
                for (const QString &pro : c.pros)
                    bullet(pro, QStringLiteral("+"), Good);
                for (const QString &con : c.cons)
                    bullet(con, QStringLiteral("\u2212"), Bad);
                space(4);
            }
        }
    }

    void breakdowns()
    {
        h1(ReportDocument::text(T::Breakdowns));
        for (const ReportDocument::AreaSection &a : d.areas) {
            if (a.compared.isEmpty())
                continue;
            h2(a.name);
            for (const ReportDocument::ComparedCandidate &c : a.compared) {
                h3(QStringLiteral("%1 \u2014 %2").arg(c.name, d.formatScore(c.score)));
                QList<QStringList> rows;
                QList<RowStyle> styles;
                for (const ReportDocument::BreakdownRow &b : c.breakdown) {
                    rows.append({b.label, b.importance ? d.formatRating(*b.importance) : QString(),
                                 b.rating ? d.formatRating(*b.rating) : QString(), d.formatSigned(b.points),
                                 b.evidence.isEmpty() ? b.why : b.why + QLatin1Char(' ') + b.evidence});
                    styles.append(RowStyle{});
                }
                rows.append({ReportDocument::text(T::Total), QString(), QString(), d.formatScore(c.score), QString()});
                styles.append(RowStyle{false, true, true, false, false});
                table({{2}, {1.35, Qt::AlignRight}, {1, Qt::AlignRight}, {1, Qt::AlignRight}, {4}},
                      {ReportDocument::text(T::Source), ReportDocument::text(T::Importance), ReportDocument::text(T::Rating),
                       ReportDocument::text(T::Points), ReportDocument::text(T::Why)},
                      rows, styles);
            }
        }
    }

    void sensitivity()
    {
        h1(ReportDocument::text(T::Sensitivity));
        for (const ReportDocument::AreaSection &a : d.areas) {
            h2(a.name);
            if (a.sensitivity.isEmpty())
                para(ReportDocument::text(T::NoSensitivity), Muted);
            else
                bullets(a.sensitivity);
        }
    }

    void stacks()
    {
        h1(ReportDocument::text(T::Stacks));
        h2(ReportDocument::text(T::Synergies));
        if (d.synergies.isEmpty()) {
            para(ReportDocument::text(T::NoSynergies), Muted);
        } else {
            QList<QStringList> rows;
            for (const ReportDocument::SynergyRow &s : d.synergies)
                rows.append({QStringLiteral("%1 + %2").arg(s.a, s.b), d.formatSigned(s.points), s.why});
            table({{2}, {0.8, Qt::AlignRight}, {5}},
                  {ReportDocument::text(T::Pair), ReportDocument::text(T::Points), ReportDocument::text(T::Why)}, rows);
        }
        if (!d.constraintNotes.isEmpty()) {
            h2(ReportDocument::text(T::Constraints));
            bullets(d.constraintNotes);
        }
        if (!d.conflicts.isEmpty()) {
            h2(ReportDocument::text(T::Conflicts));
            for (const ReportDocument::ConflictRow &c : d.conflicts) {
                callout(ReportDocument::text(T::Conflicts),
                        {{QStringLiteral("%1: %2").arg(c.pins, c.why), c.alternatives}});
            }
        }
        if (!d.stacks.isEmpty()) {
            h2(ReportDocument::text(T::TopStacks));
            QList<Column> columns = {{0.5, Qt::AlignRight}};
            QStringList header = {ReportDocument::text(T::Rank)};
            for (const QString &h : d.stackHeader) {
                columns.append(Column{1.5});
                header << h;
            }
            columns.append(Column{0.8, Qt::AlignRight});
            header << ReportDocument::text(T::Score);
            QList<QStringList> rows;
            QList<RowStyle> styles;
            for (const ReportDocument::StackRow &s : d.stacks) {
                rows.append(QStringList{QString::number(s.rank)} + s.names + QStringList{d.formatScore(s.score)});
                styles.append(RowStyle{false, s.rank == 1, false, false, false});
            }
            table(columns, header, rows, styles);
        }
    }

    void group()
    {
        h1(ReportDocument::text(T::Group));
        h2(ReportDocument::text(T::Members));
        for (const ReportDocument::LabelValue &m : d.members)
            bullet(QStringLiteral("%1 (%2)").arg(m.label, m.value));
        space(4);
        h2(ReportDocument::text(T::Disagreements));
        if (d.disagreements.isEmpty()) {
            para(ReportDocument::text(T::NoDisagreements), Muted);
            return;
        }
        QList<Column> columns = {{2}};
        QStringList header = {ReportDocument::text(T::Question)};
        for (const ReportDocument::LabelValue &m : d.members) {
            columns.append(Column{1});
            header << m.label;
        }
        QList<QStringList> rows;
        for (const ReportDocument::DisagreementRow &r : d.disagreements) {
            QStringList row = {r.question};
            for (const ReportDocument::LabelValue &a : r.answers)
                row << a.value;
            rows.append(row);
        }
        table(columns, header, rows);
    }

    // Numbered like the [n] of the breakdown rows; URLs as text.
    void sources()
    {
        if (d.sources.isEmpty())
            return;
        h1(ReportDocument::text(T::Sources));
        QStringList lines;
        for (const ReportDocument::SourceRow &r : d.sources) {
            QString line = QStringLiteral("[%1] %2 (%3)").arg(QString::number(r.number), r.title,
                                                              r.publisher.isEmpty() ? r.date : r.publisher + QStringLiteral(", ") + r.date);
            if (!r.url.isEmpty())
                line += QLatin1Char(' ') + r.url;
            lines.append(line);
        }
        for (const QString &line : std::as_const(lines))
            para(line);
    }

    void about()
    {
        h1(ReportDocument::text(T::About));
        para(QStringLiteral("%1: %2").arg(ReportDocument::text(T::KnowledgeBase),
                                          ReportDocument::knowledgeBaseText(d.kbVersion, d.kbDate)));
        para(ReportDocument::generatedByText(d.appVersion, d.generatedText()), Muted);
    }

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
} // namespace

QPageSize PdfReportWriter::defaultPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                              : QPageSize(QPageSize::A4);
}

QPageSize PdfReportWriter::pageSizeFromName(const QString &name)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return {};
}

QByteArray PdfReportWriter::toPdf(const ReportDocument &document)
{
    return toPdf(document, Options{});
}

QByteArray PdfReportWriter::toPdf(const ReportDocument &document, const Options &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Stackwise %1").arg(document.appVersion));
        writer.setPageLayout(QPageLayout(options.pageSize.isValid() ? options.pageSize : defaultPageSize(),
                                         QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
        paint(document, &writer, options.charts);
    }
    return buffer.data();
}

int PdfReportWriter::paint(const ReportDocument &document, QPagedPaintDevice *device, bool charts)
{
    Layout layout(document, device, charts);
    layout.build();
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    return layout.paint(painter);
}
