// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

// A tiny knowledge base built in code, small enough to compute every score by hand. Shared by
// test_scoring, test_sensitivity and test_group.
//
//   area "a" (criteria c1, c2; baseline 5 each)       area "b" (criterion c3; baseline 4)
//     x: c1 8, c2 4     -> 10*(5*8+5*4)/10 = 60         p: c3 6  -> 60
//     y: c1 4, c2 6     -> 10*(5*4+5*6)/10 = 50         q: c3 3  -> 30
//     z: c1 10, c2 0    -> 10*(5*10)/10    = 50
//
//   q1 (single, page a): o1: c1 +3 | o2: c2 +5 and y +7 points | o3: c1 -10
//   q2 (multi, page a):  m1: x +50 points | m2: z -60 points | m3: c3 +2
//   synergy x-p +5, synergy z-q -4; constraint "z requires q in area b".

#include "Answers.h"
#include "KnowledgeBase.h"

#include <QString>
#include <QStringList>

namespace TinyKb {

inline Effect importance(const char *criterion, double delta)
{
    Effect e;
    e.kind = Effect::Kind::Importance;
    e.target = QLatin1String(criterion);
    e.amount = delta;
    e.why = LocalizedText(QStringLiteral("moves %1").arg(QLatin1String(criterion)));
    return e;
}

inline Effect nudge(const char *candidate, double points)
{
    Effect e;
    e.kind = Effect::Kind::Nudge;
    e.target = QLatin1String(candidate);
    e.amount = points;
    e.why = LocalizedText(QStringLiteral("nudges %1").arg(QLatin1String(candidate)));
    return e;
}

inline Candidate candidate(const char *id, const char *area, QList<std::pair<const char *, double>> ratings)
{
    Candidate c;
    c.id = QLatin1String(id);
    c.area = QLatin1String(area);
    c.name = LocalizedText(c.id.toUpper());
    c.pros = {LocalizedText(QStringLiteral("pro of %1").arg(c.id))};
    c.cons = {LocalizedText(QStringLiteral("con of %1").arg(c.id))};
    for (const auto &[criterion, score] : ratings) {
        Rating r;
        r.score = score;
        r.why = LocalizedText(QStringLiteral("%1 on %2").arg(c.id, QLatin1String(criterion)));
        c.ratings.insert(QLatin1String(criterion), r);
    }
    return c;
}

inline Option option(const char *id, QList<Effect> effects)
{
    Option o;
    o.id = QLatin1String(id);
    o.label = LocalizedText(QStringLiteral("Label %1").arg(o.id));
    o.effects = effects;
    return o;
}

inline KnowledgeBase make()
{
    KnowledgeBase kb;
    kb.meta = {QStringLiteral("test"), QStringLiteral("2026-01-01")};
    auto area = [](const char *id, int order) {
        Area a;
        a.id = QLatin1String(id);
        a.name = LocalizedText(QStringLiteral("Area %1").arg(a.id));
        a.order = order;
        return a;
    };
    kb.areas = {area("a", 1), area("b", 2)};
    auto criterion = [](const char *id, const char *area, double baseline) {
        Criterion c;
        c.id = QLatin1String(id);
        c.name = LocalizedText(c.id.toUpper());
        c.areas = {QLatin1String(area)};
        c.baseline = baseline;
        return c;
    };
    kb.criteria = {criterion("c1", "a", 5), criterion("c2", "a", 5), criterion("c3", "b", 4)};
    kb.candidates = {candidate("x", "a", {{"c1", 8}, {"c2", 4}}), candidate("y", "a", {{"c1", 4}, {"c2", 6}}),
                     candidate("z", "a", {{"c1", 10}, {"c2", 0}}), candidate("p", "b", {{"c3", 6}}),
                     candidate("q", "b", {{"c3", 3}})};

    Question q1;
    q1.id = QStringLiteral("q1");
    q1.page = QStringLiteral("a");
    q1.kind = Question::Kind::Single;
    q1.text = LocalizedText(QStringLiteral("Question one?"));
    q1.options = {option("o1", {importance("c1", 3)}),
                  option("o2", {importance("c2", 5), nudge("y", 7)}),
                  option("o3", {importance("c1", -10)})};
    Question q2;
    q2.id = QStringLiteral("q2");
    q2.page = QStringLiteral("a");
    q2.kind = Question::Kind::Multi;
    q2.text = LocalizedText(QStringLiteral("Question two?"));
    q2.options = {option("m1", {nudge("x", 50)}), option("m2", {nudge("z", -60)}),
                  option("m3", {importance("c3", 2)})};
    kb.questions = {q1, q2};

    auto synergy = [](const char *a, const char *b, double points, const char *why) {
        Synergy s;
        s.a = QLatin1String(a);
        s.b = QLatin1String(b);
        s.points = points;
        s.why = LocalizedText(QLatin1String(why));
        return s;
    };
    kb.synergies = {synergy("x", "p", 5, "x likes p"), synergy("z", "q", -4, "z dislikes q")};
    Constraint c;
    c.id = QStringLiteral("z_needs_q");
    c.when = QStringLiteral("z");
    c.kind = Constraint::Kind::Requires;
    c.area = QStringLiteral("b");
    c.candidates = {QStringLiteral("q")};
    c.why = LocalizedText(QStringLiteral("z only works with q"));
    kb.constraints = {c};
    kb.reindex();
    return kb;
}

// "q1=o1;q2=m1,m2;pin:a=x;weight:c1=3;pair:c1,c2=2" -> Answers (a compact notation for data rows).
inline Answers answers(const QString &spec)
{
    Answers a;
    a.project.name = QStringLiteral("Tiny");
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        if (key.startsWith(QLatin1String("pin:")))
            a.pins.insert(key.mid(4), value);
        else if (key.startsWith(QLatin1String("weight:")))
            a.weights.insert(key.mid(7), value.toDouble());
        else if (key.startsWith(QLatin1String("pair:"))) // pair:c1,c2=3: c1 is 3 times as important as c2
            a.pairwise.append({key.mid(5).section(QLatin1Char(','), 0, 0), key.mid(5).section(QLatin1Char(','), 1, 1),
                               value.toDouble(), {}});
        else
            a.answers.insert(key, value.isEmpty() ? QStringList() : value.split(QLatin1Char(',')));
    }
    return a;
}

} // namespace TinyKb
