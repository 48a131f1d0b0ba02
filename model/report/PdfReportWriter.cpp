// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "PdfReportWriter.h"

#include "ChartPainter.h"
#include "PdfPageLayout.h"
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
using namespace PdfStyle;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
};

using T = ReportDocument::Text;


// The report's sections, painted on PdfPageLayout in ReportDocument's order.
class Sections : public PdfPageLayout
{
    friend class ::ReportDocument; // walkSections() calls the section painters

public:
    using PdfPageLayout::PdfPageLayout;

    void build()
    {
        titlePage();
        pageBreak();
        d.walkSections(*this);
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
        pairs(T::PairwiseJudgments, d.pairwiseJudgments);
        pairs(T::PairwiseWeights, d.pairwiseWeights);
        if (!d.pairwiseMatrix.isEmpty()) {
            h2(ReportDocument::text(T::PairwiseMatrix));
            QList<Column> columns = {{1.6}};
            QStringList header = {QString()};
            for (const QString &name : d.pairwiseMatrixHeader) {
                columns.append(Column{1, Qt::AlignRight});
                header << name;
            }
            QList<QStringList> rows;
            for (qsizetype i = 0; i < d.pairwiseMatrix.size(); ++i)
                rows.append(QStringList{d.pairwiseMatrixHeader.value(i)} + d.pairwiseMatrix.at(i));
            table(columns, header, rows);
            para(d.pairwiseMatrixNote, Muted);
        }
        if (!d.pairwiseConsistency.isEmpty())
            para(d.pairwiseConsistency, Muted);
        if (!d.pairwiseProblem.isEmpty()) {
            h2(ReportDocument::text(T::PairwiseNotUsed));
            para(d.pairwiseProblem, Ink);
        }
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
        if (!d.memberConsistency.isEmpty()) {
            h2(ReportDocument::text(T::MembersConsistency));
            for (const ReportDocument::LabelValue &m : d.memberConsistency)
                bullet(QStringLiteral("%1: %2").arg(m.label, m.value));
            space(4);
        }
        if (!d.pairwiseApart.isEmpty()) {
            h2(ReportDocument::text(T::PairwiseApart));
            for (const QString &line : d.pairwiseApart)
                bullet(line);
            space(4);
        }
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

QByteArray PdfReportWriter::xmpMetadata(const ReportDocument &document)
{
    // Qt writes the XMP packet uncompressed, as PDF readers expect. Besides the title and tools
    // (what Qt's own packet holds), it carries what made the report (ReportProvenance), so that
    // the PDF can be reopened; the answers' own escaping keeps < and & out of the element.
    const ReportProvenance &p = document.madeWith;
    const auto esc = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
         " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
         " xmlns:stackwise=\"urn:stackwise:report:1\"\n";
    x += " pdf:Producer=\"" + esc(QStringLiteral("Qt " QT_VERSION_STR)) + "\"";
    x += " xmp:CreatorTool=\"" + esc(QStringLiteral("Stackwise %1").arg(document.appVersion)) + "\"\n";
    x += " stackwise:generator=\"" + esc(p.generator) + "\" stackwise:kbVersion=\"" + esc(p.kbVersion)
        + "\" stackwise:kbHash=\"" + esc(p.kbHash) + "\">\n";
    x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(document.title) + "</rdf:li></rdf:Alt></dc:title>\n";
    x += "<stackwise:answers>\n" + p.answersYaml + "</stackwise:answers>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
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
        writer.setDocumentXmpMetadata(xmpMetadata(document));
        writer.setPageLayout(QPageLayout(options.pageSize.isValid() ? options.pageSize : defaultPageSize(),
                                         QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
        paint(document, &writer, options.charts);
    }
    return buffer.data();
}

int PdfReportWriter::paint(const ReportDocument &document, QPagedPaintDevice *device, bool charts)
{
    Sections layout(document, device, charts);
    layout.build();
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    return layout.paint(painter);
}
