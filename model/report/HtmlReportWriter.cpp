// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "HtmlReportWriter.h"

#include "ChartPainter.h"
#include "ReportDocument.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QSvgGenerator>

#include <functional>

namespace {
using T = ReportDocument::Text;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString label(T which)
{
    return esc(ReportDocument::text(which));
}

// Ids become fragment anchors; keep only characters that need no escaping anywhere.
QString anchor(const QString &prefix, const QString &id)
{
    QString out = prefix;
    for (const QChar c : id)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' ? c : QChar(u'_');
    return out;
}

QString styleSheet()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/report/report.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

// Paints into an SVG and returns only the <svg> element, sized by CSS through its viewBox.
QString svg(const QSize &size, const QString &title, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QString out = QString::fromUtf8(buffer.data());
    const qsizetype start = out.indexOf(QLatin1String("<svg"));
    if (start < 0)
        return {};
    out.remove(0, start);
    // Replace the physical size in mm by pixels, and Qt's generic title by ours (escaped).
    const qsizetype headEnd = out.indexOf(QLatin1Char('>'));
    const QString head = QStringLiteral("<svg width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                        "xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"%3\"")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(esc(title));
    out.replace(0, headEnd, head);
    const qsizetype titleStart = out.indexOf(QLatin1String("<title>"));
    const qsizetype descEnd = out.indexOf(QLatin1String("</desc>"));
    if (titleStart >= 0 && descEnd > titleStart)
        out.replace(titleStart, descEnd + 7 - titleStart, QStringLiteral("<title>%1</title>").arg(esc(title)));
    return out.trimmed();
}

ChartPainter::Style chartStyle()
{
    ChartPainter::Style style;
    style.text = QColor(0x1f, 0x29, 0x37);
    style.grid = QColor(0xd8, 0xdd, 0xe3);
    style.font = QFont(QStringLiteral("DejaVu Sans"));
    style.font.setPixelSize(12);
    style.font.setHintingPreference(QFont::PreferNoHinting); // scalable output: hinting is wasted work
    return style;
}

QString list(const QStringList &items, const QString &cls = {})
{
    if (items.isEmpty())
        return {};
    QString out = cls.isEmpty() ? QStringLiteral("<ul>") : QStringLiteral("<ul class=\"%1\">").arg(cls);
    for (const QString &i : items)
        out += QStringLiteral("<li>%1</li>").arg(esc(i));
    return out + QStringLiteral("</ul>\n");
}

// Free text keeps its paragraphs and line breaks.
QString paragraphs(const QString &text)
{
    QString out;
    const QStringList paras = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &p : paras)
        out += QStringLiteral("<p>%1</p>\n").arg(esc(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return out;
}

class Writer
{
    friend class ::ReportDocument; // walkSections() calls the section writers

public:
    Writer(const ReportDocument &doc, const HtmlReportWriter::Options &options)
        : d(doc)
        , o(options)
    {
    }

    QString run()
    {
        h.reserve(256 * 1024);
        head();
        h += QStringLiteral("<body>\n");
        header();
        toc();
        h += QStringLiteral("<main>\n");
        d.walkSections(*this);
        h += QStringLiteral("</main>\n");
        // What made the report, to reopen it: a <template> is never rendered nor executed, and
        // the answers' own escaping keeps < and & out of it (ReportProvenance).
        h += QStringLiteral("<template id=\"stackwise-answers\" %1>\n").arg(d.madeWith.attributes());
        h += QString::fromUtf8(d.madeWith.answersYaml);
        h += QStringLiteral("</template>\n</body>\n</html>\n");
        return h;
    }

private:
    QString num(double v) const { return esc(d.formatScore(v)); }

    void head()
    {
        h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                            "<meta http-equiv=\"Content-Security-Policy\" content=\"%2\">\n"
                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                            "<meta name=\"generator\" content=\"Stackwise %3\">\n"
                            "<title>%4</title>\n<style>\n%5</style>\n</head>\n")
                 .arg(esc(d.language), HtmlReportWriter::contentSecurityPolicy(), esc(d.appVersion), esc(d.title),
                      styleSheet());
    }

    void header()
    {
        h += QStringLiteral("<header class=\"report-header\">\n<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n<dl class=\"meta\">\n")
                 .arg(label(T::Kicker), esc(d.projectName));
        if (!d.author.isEmpty())
            meta(T::Author, d.author);
        meta(T::Date, d.generatedText());
        meta(T::KnowledgeBase, ReportDocument::knowledgeBaseText(d.kbVersion, d.kbDate));
        h += QStringLiteral("</dl>\n</header>\n");
    }

    void meta(T which, const QString &value)
    {
        h += QStringLiteral("<div><dt>%1</dt><dd>%2</dd></div>\n").arg(label(which), esc(value));
    }

    void toc()
    {
        h += QStringLiteral("<nav class=\"toc\" aria-label=\"%1\">\n<ol>\n").arg(label(T::Contents));
        for (const ReportDocument::Section section : d.sections())
            h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n")
                     .arg(ReportDocument::sectionId(section), label(ReportDocument::sectionTitle(section)));
        h += QStringLiteral("</ol>\n</nav>\n");
    }

    void section(const QString &id, T which)
    {
        h += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n").arg(id, label(which));
    }
    void endSection() { h += QStringLiteral("</section>\n"); }

    void summary()
    {
        section(QStringLiteral("summary"), T::Summary);
        h += QStringLiteral("<h3>%1</h3>\n").arg(label(T::RecommendedStack));
        if (d.recommended.isEmpty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(label(T::NoStack));
        } else {
            h += QStringLiteral("<div class=\"stack\">\n");
            for (const ReportDocument::StackPick &p : d.recommended) {
                h += QStringLiteral("<div class=\"pick\"><span class=\"area\">%1</span><span class=\"name\">%2</span>"
                                    "<span class=\"score\">%3</span>%4</div>\n")
                         .arg(esc(p.areaName), esc(p.candidateName), num(p.score),
                              p.pinned ? QStringLiteral("<span class=\"badge\">%1</span>").arg(label(T::Pinned))
                                       : QString());
            }
            h += QStringLiteral("</div>\n<p class=\"stack-score\">%1</p>\n")
                     .arg(esc(ReportDocument::stackScoreText(d.formatScore(d.stackScore))));
        }
        if (!d.warnings.isEmpty()) {
            h += QStringLiteral("<div class=\"warning\" role=\"note\">\n<h3>%1</h3>\n").arg(label(T::WatchOut));
            h += QStringLiteral("<ul>\n");
            for (const ReportDocument::Warning &w : d.warnings)
                h += QStringLiteral("<li>%1%2</li>\n").arg(esc(w.text), list(w.details));
            h += QStringLiteral("</ul>\n</div>\n");
        }
        if (!d.reasons.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(label(T::WhyThisStack));
            h += list(d.reasons, QStringLiteral("reasons"));
        }
        endSection();
    }

    void project()
    {
        section(QStringLiteral("project"), T::Project);
        if (!d.notes.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n<div class=\"notes\">\n").arg(label(T::Notes));
            h += paragraphs(d.notes);
            h += QStringLiteral("</div>\n");
        }
        h += QStringLiteral("<h3>%1</h3>\n").arg(label(T::Answers));
        if (!d.answers.isEmpty()) {
            h += QStringLiteral("<table class=\"answers\">\n<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th></tr></thead>\n<tbody>\n")
                     .arg(label(T::Question), label(T::Answer));
            for (const ReportDocument::AnswerRow &a : d.answers)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                         .arg(esc(a.question), esc(a.labels.join(QStringLiteral(", "))));
            h += QStringLiteral("</tbody>\n</table>\n");
        }
        if (d.unansweredCount > 0)
            h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(ReportDocument::unansweredText(d.unansweredCount)));
        pairs(T::Pins, d.pins);
        pairs(T::WeightOverrides, d.weightOverrides);
        pairs(T::PairwiseJudgments, d.pairwiseJudgments);
        pairs(T::PairwiseWeights, d.pairwiseWeights);
        if (!d.pairwiseMatrix.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n<table class=\"pairwise-matrix\">\n<thead><tr><th scope=\"col\"></th>")
                     .arg(label(T::PairwiseMatrix));
            for (const QString &name : d.pairwiseMatrixHeader)
                h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(name));
            h += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (qsizetype i = 0; i < d.pairwiseMatrix.size(); ++i) {
                h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(d.pairwiseMatrixHeader.value(i)));
                for (const QString &cell : d.pairwiseMatrix.at(i))
                    h += cell.startsWith(QLatin1Char('('))
                        ? QStringLiteral("<td class=\"num muted\">%1</td>").arg(esc(cell))
                        : QStringLiteral("<td class=\"num\">%1</td>").arg(esc(cell));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</tbody>\n</table>\n<p class=\"muted\">%1</p>\n").arg(esc(d.pairwiseMatrixNote));
        }
        if (!d.pairwiseConsistency.isEmpty())
            h += QStringLiteral("<p>%1</p>\n").arg(esc(d.pairwiseConsistency));
        if (!d.pairwiseProblem.isEmpty())
            h += QStringLiteral("<h3>%1</h3>\n<p class=\"warning\">%2</p>\n").arg(label(T::PairwiseNotUsed), esc(d.pairwiseProblem));
        endSection();
    }

    void pairs(T heading, const QList<ReportDocument::LabelValue> &rows)
    {
        if (rows.isEmpty())
            return;
        h += QStringLiteral("<h3>%1</h3>\n<dl class=\"pairs\">\n").arg(label(heading));
        for (const ReportDocument::LabelValue &r : rows)
            h += QStringLiteral("<div><dt>%1</dt><dd>%2</dd></div>\n").arg(esc(r.label), esc(r.value));
        h += QStringLiteral("</dl>\n");
    }

    void rankings()
    {
        section(QStringLiteral("rankings"), T::Rankings);
        for (const ReportDocument::AreaSection &a : d.areas) {
            h += QStringLiteral("<div class=\"area\" id=\"%1\">\n<h3>%2</h3>\n")
                     .arg(anchor(QStringLiteral("area-"), a.id), esc(a.name));
            if (!a.description.isEmpty())
                h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(a.description));
            // Table and chart side by side; without the chart the table takes the full width.
            h += o.charts ? QStringLiteral("<div class=\"ranking\">\n") : QStringLiteral("<div>\n");
            h += QStringLiteral("<table class=\"ranking-table\">\n<thead><tr><th scope=\"col\" class=\"num\">%1</th>"
                                "<th scope=\"col\">%2</th><th scope=\"col\" class=\"num\">%3</th></tr></thead>\n<tbody>\n")
                     .arg(label(T::Rank), label(T::Candidate), label(T::Score));
            for (const ReportDocument::RankingRow &r : a.ranking) {
                h += QStringLiteral("<tr%1><td class=\"num\">%2</td><td>%3%4</td><td class=\"num\">"
                                    "<span class=\"meter\"><span style=\"width:%5%\"></span></span>%6</td></tr>\n")
                         .arg(r.rank == 1 ? QStringLiteral(" class=\"first\"") : QString())
                         .arg(r.rank)
                         .arg(esc(r.name),
                              r.pinned ? QStringLiteral(" <span class=\"badge\">%1</span>").arg(label(T::Pinned)) : QString())
                         .arg(qBound(0, qRound(r.score), 100))
                         .arg(num(r.score));
            }
            h += QStringLiteral("</tbody>\n</table>\n");
            if (o.charts) {
                const int height = 28 + 26 * int(a.result.ranking.size());
                h += QStringLiteral("<figure class=\"chart\">%1</figure>\n")
                         .arg(svg(QSize(520, height), a.name, [&](QPainter &p, const QRectF &r) {
                             ChartPainter::paintScoreBars(p, r, d.kb, a.result, chartStyle());
                         }));
            }
            h += QStringLiteral("</div>\n</div>\n");
        }
        endSection();
    }

    void comparison()
    {
        section(QStringLiteral("comparison"), T::Comparison);
        for (const ReportDocument::AreaSection &a : d.areas) {
            if (a.compared.isEmpty())
                continue;
            h += QStringLiteral("<div class=\"area\">\n<h3>%1</h3>\n").arg(esc(a.name));
            h += QStringLiteral("<table class=\"compare\">\n<thead><tr><th scope=\"col\">%1</th><th scope=\"col\" class=\"num\">%2</th>")
                     .arg(label(T::Criterion), label(T::Importance));
            for (const ReportDocument::ComparedCandidate &c : a.compared)
                h += QStringLiteral("<th scope=\"col\" class=\"num\">%1</th>").arg(esc(c.name));
            h += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const ReportDocument::CriterionRow &c : a.criteria) {
                h += QStringLiteral("<tr><th scope=\"row\">%1%2</th><td class=\"num\">%3</td>")
                         .arg(esc(c.name),
                              c.importanceSource.isEmpty()
                                  ? QString()
                                  : QStringLiteral("<span class=\"source\">%1: %2</span>")
                                        .arg(label(T::SetBy), esc(c.importanceSource)),
                              esc(d.formatRating(c.importance)));
                for (qsizetype i = 0; i < c.ratings.size(); ++i) {
                    const auto &r = c.ratings.at(i);
                    h += r ? QStringLiteral("<td class=\"num\" title=\"%1\">%2</td>")
                                 .arg(esc(c.whys.value(i)), esc(d.formatRating(*r)))
                           : QStringLiteral("<td class=\"num\">&ndash;</td>");
                }
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("<tr class=\"total\"><th scope=\"row\">%1</th><td></td>").arg(label(T::Score));
            for (const ReportDocument::ComparedCandidate &c : a.compared)
                h += QStringLiteral("<td class=\"num\">%1</td>").arg(num(c.score));
            h += QStringLiteral("</tr>\n</tbody>\n</table>\n");

            if (o.charts && a.compared.size() > 1 && a.criteria.size() > 2) {
                QStringList ids;
                for (const ReportDocument::ComparedCandidate &c : a.compared)
                    ids << c.id;
                h += QStringLiteral("<figure class=\"chart radar\">%1</figure>\n")
                         .arg(svg(QSize(680, 440), a.name, [&](QPainter &p, const QRectF &r) {
                             ChartPainter::paintCriteriaProfile(p, r, d.kb, a.id, ids, chartStyle());
                         }));
            }
            h += QStringLiteral("<div class=\"cards\">\n");
            for (const ReportDocument::ComparedCandidate &c : a.compared) {
                h += QStringLiteral("<article class=\"card\">\n<h4>%1 <span class=\"score\">%2</span></h4>\n")
                         .arg(esc(c.name), num(c.score));
                if (!c.summary.isEmpty())
                    h += QStringLiteral("<p>%1</p>\n").arg(esc(c.summary));
                if (!c.strongFor.isEmpty())
                    h += QStringLiteral("<h5>%1</h5>\n").arg(label(T::StrongFor)) + list(c.strongFor);
                if (!c.pros.isEmpty())
                    h += QStringLiteral("<h5 class=\"pro\">%1</h5>\n").arg(label(T::Pros)) + list(c.pros, QStringLiteral("pros"));
                if (!c.cons.isEmpty())
                    h += QStringLiteral("<h5 class=\"con\">%1</h5>\n").arg(label(T::Cons)) + list(c.cons, QStringLiteral("cons"));
                h += QStringLiteral("</article>\n");
            }
            h += QStringLiteral("</div>\n");
            h += QStringLiteral("</div>\n");
        }
        endSection();
    }

    void breakdowns()
    {
        section(QStringLiteral("breakdowns"), T::Breakdowns);
        for (const ReportDocument::AreaSection &a : d.areas) {
            if (a.compared.isEmpty())
                continue;
            h += QStringLiteral("<div class=\"area\">\n<h3>%1</h3>\n").arg(esc(a.name));
            for (const ReportDocument::ComparedCandidate &c : a.compared) {
                h += QStringLiteral("<table class=\"breakdown\">\n<caption>%1 <span class=\"score\">%2</span></caption>\n"
                                    "<thead><tr><th scope=\"col\">%3</th><th scope=\"col\" class=\"num\">%4</th>"
                                    "<th scope=\"col\" class=\"num\">%5</th><th scope=\"col\" class=\"num\">%6</th>"
                                    "<th scope=\"col\">%7</th></tr></thead>\n<tbody>\n")
                         .arg(esc(c.name), num(c.score), label(T::Source), label(T::Importance), label(T::Rating),
                              label(T::Points), label(T::Why));
                for (const ReportDocument::BreakdownRow &b : c.breakdown) {
                    h += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"
                                        "<td class=\"num\">%4</td><td>%5</td></tr>\n")
                             .arg(esc(b.label), b.importance ? esc(d.formatRating(*b.importance)) : QString(),
                                  b.rating ? esc(d.formatRating(*b.rating)) : QString(), esc(d.formatSigned(b.points)),
                                  evidence(b));
                }
                h += QStringLiteral("<tr class=\"total\"><td>%1</td><td></td><td></td><td class=\"num\">%2</td><td></td></tr>\n"
                                    "</tbody>\n</table>\n")
                         .arg(label(T::Total), num(c.score));
            }
            h += QStringLiteral("</div>\n");
        }
        endSection();
    }

    void sensitivity()
    {
        section(QStringLiteral("sensitivity"), T::Sensitivity);
        for (const ReportDocument::AreaSection &a : d.areas) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(a.name));
            if (a.sensitivity.isEmpty())
                h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(label(T::NoSensitivity));
            else
                h += list(a.sensitivity);
        }
        endSection();
    }

    void stacks()
    {
        section(QStringLiteral("stacks"), T::Stacks);
        h += QStringLiteral("<h3>%1</h3>\n").arg(label(T::Synergies));
        if (d.synergies.isEmpty()) {
            h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(label(T::NoSynergies));
        } else {
            h += QStringLiteral("<table class=\"synergies\">\n<thead><tr><th scope=\"col\">%1</th><th scope=\"col\" class=\"num\">%2</th>"
                                "<th scope=\"col\">%3</th></tr></thead>\n<tbody>\n")
                     .arg(label(T::Pair), label(T::Points), label(T::Why));
            for (const ReportDocument::SynergyRow &s : d.synergies)
                h += QStringLiteral("<tr><td>%1 + %2</td><td class=\"num\">%3</td><td>%4</td></tr>\n")
                         .arg(esc(s.a), esc(s.b), esc(d.formatSigned(s.points)), esc(s.why));
            h += QStringLiteral("</tbody>\n</table>\n");
        }
        if (!d.constraintNotes.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(label(T::Constraints));
            h += list(d.constraintNotes);
        }
        if (!d.conflicts.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n").arg(label(T::Conflicts));
            for (const ReportDocument::ConflictRow &c : d.conflicts) {
                h += QStringLiteral("<div class=\"warning\"><p><strong>%1</strong>: %2</p>\n").arg(esc(c.pins), esc(c.why));
                if (!c.alternatives.isEmpty())
                    h += QStringLiteral("<p>%1:</p>\n").arg(label(T::Alternatives)) + list(c.alternatives);
                h += QStringLiteral("</div>\n");
            }
        }
        if (!d.stacks.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n<table class=\"stacks\">\n<thead><tr><th scope=\"col\" class=\"num\">%2</th>")
                     .arg(label(T::TopStacks), label(T::Rank));
            for (const QString &area : d.stackHeader)
                h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(area));
            h += QStringLiteral("<th scope=\"col\" class=\"num\">%1</th></tr></thead>\n<tbody>\n").arg(label(T::Score));
            for (const ReportDocument::StackRow &s : d.stacks) {
                h += QStringLiteral("<tr%1><td class=\"num\">%2</td>")
                         .arg(s.rank == 1 ? QStringLiteral(" class=\"first\"") : QString())
                         .arg(s.rank);
                for (const QString &n : s.names)
                    h += QStringLiteral("<td>%1</td>").arg(esc(n));
                h += QStringLiteral("<td class=\"num\">%1</td></tr>\n").arg(num(s.score));
            }
            h += QStringLiteral("</tbody>\n</table>\n");
        }
        if (!d.memberConsistency.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(label(T::MembersConsistency));
            for (const ReportDocument::LabelValue &m : d.memberConsistency)
                h += QStringLiteral("<li>%1: %2</li>\n").arg(esc(m.label), esc(m.value));
            h += QStringLiteral("</ul>\n");
        }
        if (!d.pairwiseApart.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(label(T::PairwiseApart));
            for (const QString &line : d.pairwiseApart)
                h += QStringLiteral("<li>%1</li>\n").arg(esc(line));
            h += QStringLiteral("</ul>\n");
        }
        endSection();
    }

    void group()
    {
        section(QStringLiteral("group"), T::Group);
        h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(label(T::Members));
        for (const ReportDocument::LabelValue &m : d.members)
            h += QStringLiteral("<li>%1 <span class=\"muted\">(%2)</span></li>\n").arg(esc(m.label), esc(m.value));
        h += QStringLiteral("</ul>\n<h3>%1</h3>\n").arg(label(T::Disagreements));
        if (d.disagreements.isEmpty()) {
            h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(label(T::NoDisagreements));
        } else {
            h += QStringLiteral("<table class=\"disagreements\">\n<thead><tr><th scope=\"col\">%1</th>").arg(label(T::Question));
            for (const ReportDocument::LabelValue &m : d.members)
                h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(m.label));
            h += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const ReportDocument::DisagreementRow &r : d.disagreements) {
                h += QStringLiteral("<tr><td>%1</td>").arg(esc(r.question));
                for (const ReportDocument::LabelValue &a : r.answers)
                    h += QStringLiteral("<td>%1</td>").arg(esc(a.value));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</tbody>\n</table>\n");
        }
        endSection();
    }

    // The reason, then its citations ([n] links to the Sources section) and how current it is.
    QString evidence(const ReportDocument::BreakdownRow &b) const
    {
        QString out = esc(b.why);
        QStringList links;
        for (int n : b.citations)
            links.append(QStringLiteral("<a href=\"#source-%1\">%1</a>").arg(n));
        if (!links.isEmpty())
            out += QStringLiteral(" <span class=\"cite\">[%1]</span>").arg(links.join(QStringLiteral(", ")));
        if (b.stale)
            out += QStringLiteral(" <span class=\"stale\">%1</span>").arg(esc(ReportDocument::staleText(b.asOf)));
        else if (!b.asOf.isEmpty() && !b.citations.isEmpty())
            out += QStringLiteral(" <span class=\"as-of\">%1</span>").arg(esc(ReportDocument::asOfText(b.asOf)));
        return out;
    }

    void sources()
    {
        section(QStringLiteral("sources"), T::Sources);
        h += QStringLiteral("<ol class=\"sources\">\n");
        for (const ReportDocument::SourceRow &r : d.sources) {
            const QString who = r.publisher.isEmpty() ? esc(r.date) : esc(r.publisher) + QStringLiteral(", ") + esc(r.date);
            // A URL is shown as text, never followed: the report loads nothing (CSP), and a
            // reader copies it.
            h += QStringLiteral("<li id=\"source-%1\" value=\"%1\">%2 (%3)%4</li>\n")
                     .arg(QString::number(r.number), esc(r.title), who,
                          r.url.isEmpty() ? QString() : QStringLiteral(" <span class=\"url\">%1</span>").arg(esc(r.url)));
        }
        h += QStringLiteral("</ol>\n");
        endSection();
    }

    void about()
    {
        h += QStringLiteral("<footer id=\"about\">\n<h2>%1</h2>\n<dl class=\"pairs\">\n").arg(label(T::About));
        meta(T::KnowledgeBase, ReportDocument::knowledgeBaseText(d.kbVersion, d.kbDate));
        h += QStringLiteral("</dl>\n<p>%1</p>\n</footer>\n")
                 .arg(esc(ReportDocument::generatedByText(d.appVersion, d.generatedText())));
    }

    const ReportDocument &d;
    const HtmlReportWriter::Options &o;
    QString h;
};
} // namespace

QString HtmlReportWriter::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
}

QString HtmlReportWriter::toHtml(const ReportDocument &document)
{
    return toHtml(document, Options{});
}

QString HtmlReportWriter::toHtml(const ReportDocument &document, const Options &options)
{
    return Writer(document, options).run();
}
