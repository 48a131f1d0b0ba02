// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

// Seeded random knowledge bases for the whole-stack search: shared by tests/test_stacksearch.cpp
// and tests/benchmarks/bench_scoring.cpp. Area scores are drawn directly (criteria and ratings
// are only filled in so the KB looks complete; StackSearch never reads them).

#include "KnowledgeBase.h"
#include "StackSearch.h"

#include <QRandomGenerator>
#include <QString>

struct RandomKbSpec
{
    int minAreas = 3;
    int maxAreas = 5;
    int minCandidates = 3;
    int maxCandidates = 12;
    int criteria = 0;             // spread round-robin over the areas
    double synergyDensity = 0.3;  // chance that a cross-area pair has a synergy
    int minPoints = -5;           // synergy points, integers in [minPoints, maxPoints]
    int maxPoints = 5;
    int minConstraints = 0;
    int maxConstraints = 6;
    double pinChance = 0.0;       // per area
    bool integerScores = false;   // integer scores make equal stack scores (ties) common
};

struct RandomKb
{
    KnowledgeBase kb;
    StackSearch::Input input;
};

inline RandomKb makeRandomKb(quint32 seed, const RandomKbSpec &spec)
{
    QRandomGenerator rng(seed);
    auto between = [&rng](int lo, int hi) { return lo + int(rng.bounded(hi - lo + 1)); };

    RandomKb out;
    KnowledgeBase &kb = out.kb;
    const int areaCount = between(spec.minAreas, spec.maxAreas);
    QList<QStringList> ids(areaCount);
    for (int a = 0; a < areaCount; ++a) {
        const QString areaId = QStringLiteral("area%1").arg(a);
        Area area;
        area.id = areaId;
        area.name = LocalizedText(areaId);
        area.order = a + 1;
        kb.areas.append(area);
        const int count = between(spec.minCandidates, spec.maxCandidates);
        QMap<QString, double> scores;
        for (int c = 0; c < count; ++c) {
            Candidate cand;
            cand.id = QStringLiteral("a%1c%2").arg(a).arg(c, 3, 10, QLatin1Char('0'));
            cand.area = areaId;
            cand.name = LocalizedText(cand.id);
            ids[a].append(cand.id);
            scores.insert(cand.id, spec.integerScores ? double(between(40, 100))
                                                      : rng.bounded(100.0));
            kb.candidates.append(cand);
        }
        out.input.areaScores.insert(areaId, scores);
    }

    for (int i = 0; i < spec.criteria; ++i) {
        Criterion c;
        c.id = QStringLiteral("criterion%1").arg(i);
        c.name = LocalizedText(c.id);
        c.areas = {kb.areas.at(i % areaCount).id};
        c.baseline = between(0, 10);
        kb.criteria.append(c);
    }
    for (Candidate &cand : kb.candidates)
        for (const Criterion &c : std::as_const(kb.criteria))
            if (c.areas.contains(cand.area)) {
                Rating rating;
                rating.score = between(0, 10);
                cand.ratings.insert(c.id, rating);
            }

    for (int a = 0; a < areaCount; ++a)
        for (int b = a + 1; b < areaCount; ++b)
            for (const QString &x : std::as_const(ids[a]))
                for (const QString &y : std::as_const(ids[b]))
                    if (rng.generateDouble() < spec.synergyDensity) {
                        Synergy syn;
                        syn.a = x;
                        syn.b = y;
                        syn.points = between(spec.minPoints, spec.maxPoints);
                        syn.why = LocalizedText(QStringLiteral("%1 with %2").arg(x, y));
                        kb.synergies.append(syn);
                    }

    const int constraintCount = between(spec.minConstraints, spec.maxConstraints);
    for (int i = 0; i < constraintCount; ++i) {
        const int a = between(0, areaCount - 1);
        const int b = (a + between(1, areaCount - 1)) % areaCount;
        Constraint c;
        c.id = QStringLiteral("rule%1").arg(i);
        c.when = ids[a].at(between(0, int(ids[a].size()) - 1));
        c.kind = rng.bounded(2) ? Constraint::Kind::Requires : Constraint::Kind::Forbids;
        c.area = kb.areas.at(b).id;
        const int listed = between(1, qMin(3, int(ids[b].size())));
        while (c.candidates.size() < listed) {
            const QString y = ids[b].at(between(0, int(ids[b].size()) - 1));
            if (!c.candidates.contains(y))
                c.candidates.append(y);
        }
        c.why = LocalizedText(QStringLiteral("Because of %1").arg(c.id));
        kb.constraints.append(c);
    }

    for (int a = 0; a < areaCount; ++a)
        if (rng.generateDouble() < spec.pinChance)
            out.input.pins.insert(kb.areas.at(a).id, ids[a].at(between(0, int(ids[a].size()) - 1)));

    kb.reindex();
    return out;
}
