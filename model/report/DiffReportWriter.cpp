// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "DiffReportWriter.h"

#include "HtmlReportWriter.h"
#include "KnowledgeBase.h"
#include "MarkdownReportWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiffReportWriter)
};

using Sides = DiffReportWriter::Sides;

QString score(double v)
{
    return QLocale().toString(v, 'f', 1);
}

QString signedScore(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + score(v);
}

// The new knowledge base's name for an entry, else the old one's (an entry that went away),
// else its id.
template <typename Entry>
QString nameIn(const Sides &s, const QString &id, const Entry *(KnowledgeBase::*find)(const QString &) const,
               QString (*name)(const Entry &))
{
    for (const KnowledgeBase *kb : {s.kbAfter, s.kbBefore})
        if (kb)
            if (const Entry *e = (kb->*find)(id))
                return name(*e);
    return id;
}
QString candidateName(const Sides &s, const QString &id)
{
    return nameIn<Candidate>(s, id, &KnowledgeBase::candidate, [](const Candidate &c) { return c.name.text(); });
}
QString criterionName(const Sides &s, const QString &id)
{
    return nameIn<Criterion>(s, id, &KnowledgeBase::criterion, [](const Criterion &c) { return c.name.text(); });
}
QString areaName(const Sides &s, const QString &id)
{
    return nameIn<Area>(s, id, &KnowledgeBase::area, [](const Area &a) { return a.name.text(); });
}
QString questionText(const Sides &s, const QString &id)
{
    return nameIn<Question>(s, id, &KnowledgeBase::question, [](const Question &q) { return q.text.text(); });
}
QString optionLabels(const Sides &s, const QString &questionId, const QStringList &options)
{
    if (options.isEmpty())
        return Tr::tr("(no answer)");
    QStringList labels;
    for (const QString &o : options) {
        QString label = o;
        for (const KnowledgeBase *kb : {s.kbAfter, s.kbBefore}) {
            const Question *q = kb ? kb->question(questionId) : nullptr;
            if (!q)
                continue;
            const auto it = std::find_if(q->options.cbegin(), q->options.cend(), [&](const Option &x) { return x.id == o; });
            if (it != q->options.cend()) {
                label = it->label.text();
                break;
            }
        }
        labels << label;
    }
    return labels.join(QStringLiteral(", "));
}

QString reasonText(const Sides &s, const DecisionDiff::Reason &r)
{
    if (r.criterion.isEmpty() && r.question.isEmpty())
        return {};
    const QString what = !r.question.isEmpty()
        ? Tr::tr("the answer to \u201c%1\u201d").arg(questionText(s, r.question))
        : criterionName(s, r.criterion);
    return Tr::tr("mostly %1: %2 \u2192 %3 points").arg(what, score(r.before), score(r.after));
}

QString stackText(const Sides &s, const StackResult &stack)
{
    if (stack.choice.isEmpty())
        return Tr::tr("no legal stack");
    QStringList parts;
    const KnowledgeBase *kb = s.kbAfter ? s.kbAfter : s.kbBefore;
    QStringList areas = stack.choice.keys();
    if (kb) {
        // In the knowledge base's area order, not alphabetically.
        std::sort(areas.begin(), areas.end(), [kb](const QString &a, const QString &b) {
            const Area *x = kb->area(a);
            const Area *y = kb->area(b);
            return (x ? x->order : 1 << 20) < (y ? y->order : 1 << 20);
        });
    }
    for (const QString &area : std::as_const(areas))
        parts << candidateName(s, stack.choice.value(area));
    return Tr::tr("%1 (score %2)").arg(parts.join(QStringLiteral(" \u00b7 ")), score(stack.score));
}
} // namespace

DiffReportWriter::Lines DiffReportWriter::lines(const DecisionDiff &diff, const Sides &sides)
{
    Lines l;
    l.title = Tr::tr("What changed: %1 \u2192 %2").arg(sides.beforeLabel, sides.afterLabel);
    for (const DecisionDiff::AnswerChange &a : diff.answers) {
        // "Which language…? Python → Go", "Team size: small → large"
        const QString question = questionText(sides, a.question);
        const QString pattern = question.endsWith(u'?') ? Tr::tr("%1 %2 \u2192 %3") : Tr::tr("%1: %2 \u2192 %3");
        l.answers << pattern.arg(question, optionLabels(sides, a.question, a.before), optionLabels(sides, a.question, a.after));
    }
    for (const DecisionDiff::ValueChange &p : diff.pins)
        l.answers << Tr::tr("Pin for %1: %2 \u2192 %3")
                         .arg(areaName(sides, p.id), p.before.isEmpty() ? Tr::tr("none") : candidateName(sides, p.before),
                              p.after.isEmpty() ? Tr::tr("none") : candidateName(sides, p.after));
    for (const DecisionDiff::ImportanceChange &i : diff.importance) {
        if (i.before < 0)
            l.importance << Tr::tr("%1: new, %2 of 10").arg(criterionName(sides, i.criterion), score(i.after));
        else if (i.after < 0)
            l.importance << Tr::tr("%1: gone (was %2 of 10)").arg(criterionName(sides, i.criterion), score(i.before));
        else
            l.importance << Tr::tr("%1: %2 \u2192 %3 of 10").arg(criterionName(sides, i.criterion), score(i.before), score(i.after));
    }
    for (const DecisionDiff::AreaChange &a : diff.areas) {
        QStringList moves;
        if (a.leaderBefore != a.leaderAfter)
            moves << Tr::tr("New leader: %1 (was %2)").arg(candidateName(sides, a.leaderAfter), candidateName(sides, a.leaderBefore));
        for (const DecisionDiff::CandidateMove &m : a.moves) {
            const QString name = candidateName(sides, m.candidate);
            // Who came in or went out has no earlier or later contribution to compare.
            const QString why = m.rankBefore == 0 || m.rankAfter == 0 ? QString() : reasonText(sides, m.reason);
            const bool sameScore = std::abs(m.scoreAfter - m.scoreBefore) < DecisionDiff::Epsilon;
            QString line;
            if (m.rankBefore == 0)
                line = Tr::tr("%1 came in at #%2 with %3").arg(name).arg(m.rankAfter).arg(score(m.scoreAfter));
            else if (m.rankAfter == 0)
                line = Tr::tr("%1 went out (was #%2 with %3)").arg(name).arg(m.rankBefore).arg(score(m.scoreBefore));
            else if (sameScore)
                line = Tr::tr("%1 %2 from #%3 to #%4, its score unchanged at %5")
                           .arg(name, m.rankAfter < m.rankBefore ? Tr::tr("up") : Tr::tr("down"))
                           .arg(m.rankBefore).arg(m.rankAfter).arg(score(m.scoreAfter));
            else if (m.rankAfter < m.rankBefore)
                line = Tr::tr("%1 up from #%2 to #%3, %4 (%5 \u2192 %6)")
                           .arg(name).arg(m.rankBefore).arg(m.rankAfter)
                           .arg(signedScore(m.scoreAfter - m.scoreBefore), score(m.scoreBefore), score(m.scoreAfter));
            else if (m.rankAfter > m.rankBefore)
                line = Tr::tr("%1 down from #%2 to #%3, %4 (%5 \u2192 %6)")
                           .arg(name).arg(m.rankBefore).arg(m.rankAfter)
                           .arg(signedScore(m.scoreAfter - m.scoreBefore), score(m.scoreBefore), score(m.scoreAfter));
            else
                line = Tr::tr("%1 stays #%2, %3 (%4 \u2192 %5)")
                           .arg(name).arg(m.rankAfter)
                           .arg(signedScore(m.scoreAfter - m.scoreBefore), score(m.scoreBefore), score(m.scoreAfter));
            if (!why.isEmpty())
                line += QStringLiteral("; ") + why;
            moves << line;
        }
        l.areas.append({areaName(sides, a.area), moves});
    }
    l.stackBefore = stackText(sides, diff.stackBefore);
    l.stackAfter = stackText(sides, diff.stackAfter);
    for (const StackDeparture &d : diff.stackAfter.departures)
        l.departuresAfter << d.why;
    const QString vBefore = sides.kbBefore ? sides.kbBefore->meta.version : QString();
    const QString vAfter = sides.kbAfter ? sides.kbAfter->meta.version : QString();
    if (vBefore != vAfter)
        l.knowledgeBases = Tr::tr("Knowledge base %1 \u2192 %2: some moves come from the knowledge base, not the answers.")
                               .arg(vBefore, vAfter);
    return l;
}

QString DiffReportWriter::toMarkdown(const DecisionDiff &diff, const Sides &sides)
{
    const Lines l = lines(diff, sides);
    const auto md = [](const QString &s) { return MarkdownReportWriter::escape(s); };
    QString m = QStringLiteral("# %1\n\n").arg(md(l.title));
    if (!l.knowledgeBases.isEmpty())
        m += md(l.knowledgeBases) + QStringLiteral("\n\n");
    if (diff.isEmpty())
        m += md(Tr::tr("Nothing changed: the same answers give the same results.")) + QStringLiteral("\n\n");
    const auto list = [&](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        m += QStringLiteral("## %1\n\n").arg(md(heading));
        for (const QString &i : items)
            m += QStringLiteral("* %1\n").arg(md(i));
        m += QLatin1Char('\n');
    };
    list(Tr::tr("Answers that changed"), l.answers);
    list(Tr::tr("Importance that moved"), l.importance);
    for (const auto &[area, moves] : l.areas)
        list(area, moves);
    m += QStringLiteral("## %1\n\n* %2: %3\n* %4: %5\n")
             .arg(md(Tr::tr("Recommended stack")), md(Tr::tr("Then")), md(l.stackBefore), md(Tr::tr("Now")), md(l.stackAfter));
    for (const QString &d : l.departuresAfter)
        m += QStringLiteral("  * %1\n").arg(md(d));
    return m;
}

QString DiffReportWriter::toHtml(const DecisionDiff &diff, const Sides &sides)
{
    const Lines l = lines(diff, sides);
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta http-equiv=\"Content-Security-Policy\" content=\"%2\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<title>%3</title>\n<style>\n"
                               "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
                               "color:#1f2937;line-height:1.5}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem;"
                               "border-bottom:1px solid #d1d5db}.kb{background:#fff7e6;border-left:4px solid #e69f00;"
                               "padding:.5rem .8rem}li{margin:.2rem 0}\n</style>\n</head>\n<body>\n<h1>%3</h1>\n")
                    .arg(esc(QLocale().name().section(u'_', 0, 0)), HtmlReportWriter::contentSecurityPolicy(), esc(l.title));
    if (!l.knowledgeBases.isEmpty())
        h += QStringLiteral("<p class=\"kb\">%1</p>\n").arg(esc(l.knowledgeBases));
    if (diff.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("Nothing changed: the same answers give the same results.")));
    const auto list = [&](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(heading));
        for (const QString &i : items)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(i));
        h += QStringLiteral("</ul>\n");
    };
    list(Tr::tr("Answers that changed"), l.answers);
    list(Tr::tr("Importance that moved"), l.importance);
    for (const auto &[area, moves] : l.areas)
        list(area, moves);
    h += QStringLiteral("<h2>%1</h2>\n<ul>\n<li>%2: %3</li>\n<li>%4: %5").arg(esc(Tr::tr("Recommended stack")), esc(Tr::tr("Then")),
                                                                             esc(l.stackBefore), esc(Tr::tr("Now")), esc(l.stackAfter));
    if (!l.departuresAfter.isEmpty()) {
        h += QStringLiteral("<ul>\n");
        for (const QString &d : l.departuresAfter)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(d));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</li>\n</ul>\n</body>\n</html>\n");
    return h;
}

QByteArray DiffReportWriter::toJson(const DecisionDiff &diff, const Sides &sides)
{
    const auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("stackwise-diff/1"));
    root.insert(QStringLiteral("before"), QJsonObject{{QStringLiteral("file"), sides.beforeLabel},
                                                      {QStringLiteral("kb_version"), sides.kbBefore ? sides.kbBefore->meta.version : QString()}});
    root.insert(QStringLiteral("after"), QJsonObject{{QStringLiteral("file"), sides.afterLabel},
                                                     {QStringLiteral("kb_version"), sides.kbAfter ? sides.kbAfter->meta.version : QString()}});
    QJsonArray answers;
    for (const DecisionDiff::AnswerChange &a : diff.answers)
        answers.append(QJsonObject{{QStringLiteral("question"), a.question},
                                   {QStringLiteral("before"), QJsonArray::fromStringList(a.before)},
                                   {QStringLiteral("after"), QJsonArray::fromStringList(a.after)}});
    root.insert(QStringLiteral("answers"), answers);
    QJsonArray pins;
    for (const DecisionDiff::ValueChange &p : diff.pins)
        pins.append(QJsonObject{{QStringLiteral("area"), p.id}, {QStringLiteral("before"), p.before}, {QStringLiteral("after"), p.after}});
    root.insert(QStringLiteral("pins"), pins);
    QJsonArray importance;
    for (const DecisionDiff::ImportanceChange &i : diff.importance)
        importance.append(QJsonObject{{QStringLiteral("criterion"), i.criterion},
                                      {QStringLiteral("before"), i.before < 0 ? QJsonValue() : QJsonValue(round2(i.before))},
                                      {QStringLiteral("after"), i.after < 0 ? QJsonValue() : QJsonValue(round2(i.after))}});
    root.insert(QStringLiteral("importance"), importance);
    QJsonObject areas;
    for (const DecisionDiff::AreaChange &a : diff.areas) {
        QJsonArray moves;
        for (const DecisionDiff::CandidateMove &m : a.moves) {
            QJsonObject move{{QStringLiteral("candidate"), m.candidate},
                             {QStringLiteral("rank_before"), m.rankBefore == 0 ? QJsonValue() : QJsonValue(m.rankBefore)},
                             {QStringLiteral("rank_after"), m.rankAfter == 0 ? QJsonValue() : QJsonValue(m.rankAfter)},
                             {QStringLiteral("score_before"), round2(m.scoreBefore)},
                             {QStringLiteral("score_after"), round2(m.scoreAfter)}};
            if (!m.reason.criterion.isEmpty() || !m.reason.question.isEmpty())
                move.insert(QStringLiteral("reason"), QJsonObject{{QStringLiteral("criterion"), m.reason.criterion},
                                                                  {QStringLiteral("question"), m.reason.question},
                                                                  {QStringLiteral("option"), m.reason.option},
                                                                  {QStringLiteral("points_before"), round2(m.reason.before)},
                                                                  {QStringLiteral("points_after"), round2(m.reason.after)},
                                                                  {QStringLiteral("why"), reasonText(sides, m.reason)}});
            moves.append(move);
        }
        areas.insert(a.area, QJsonObject{{QStringLiteral("leader_before"), a.leaderBefore},
                                         {QStringLiteral("leader_after"), a.leaderAfter},
                                         {QStringLiteral("moves"), moves}});
    }
    root.insert(QStringLiteral("areas"), areas);
    const auto stack = [&](const StackResult &s) {
        QJsonObject choice;
        for (auto it = s.choice.cbegin(); it != s.choice.cend(); ++it)
            choice.insert(it.key(), it.value());
        QJsonArray departures;
        for (const StackDeparture &d : s.departures)
            departures.append(QJsonObject{{QStringLiteral("area"), d.area}, {QStringLiteral("leader"), d.leader},
                                          {QStringLiteral("chosen"), d.chosen}, {QStringLiteral("why"), d.why}});
        return QJsonObject{{QStringLiteral("choice"), choice}, {QStringLiteral("score"), round2(s.score)},
                           {QStringLiteral("departures"), departures}};
    };
    root.insert(QStringLiteral("stack_before"), stack(diff.stackBefore));
    root.insert(QStringLiteral("stack_after"), stack(diff.stackAfter));
    root.insert(QStringLiteral("stack_changed"), diff.stackChanged);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
