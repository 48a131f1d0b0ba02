// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "DecisionDiff.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
bool differs(double a, double b)
{
    return std::abs(a - b) >= DecisionDiff::Epsilon;
}

// A criterion's contribution is the same one whichever question set its importance; a nudge is
// its answer's.
QString contributionKey(const Contribution &c)
{
    if (c.kind == Contribution::Kind::Criterion)
        return QStringLiteral("c|") + c.criterion;
    return QStringLiteral("%1|%2|%3|%4").arg(int(c.kind)).arg(c.criterion, c.question, c.option);
}

DecisionDiff::Reason biggestChange(const CandidateScore *before, const CandidateScore *after)
{
    QMap<QString, std::pair<double, double>> points; // key -> (before, after)
    QMap<QString, const Contribution *> any;
    if (before)
        for (const Contribution &c : before->contributions) {
            points[contributionKey(c)].first += c.points;
            any.insert(contributionKey(c), &c);
        }
    if (after)
        for (const Contribution &c : after->contributions) {
            points[contributionKey(c)].second += c.points;
            any.insert(contributionKey(c), &c);
        }
    DecisionDiff::Reason best;
    double largest = 0.0;
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        const double moved = std::abs(it->second - it->first);
        const Contribution *c = any.value(it.key());
        if (moved > largest + 1e-12 && c->kind != Contribution::Kind::Limit) {
            largest = moved;
            best.criterion = c->criterion;
            best.question = c->kind == Contribution::Kind::Nudge ? c->question : QString();
            best.option = c->kind == Contribution::Kind::Nudge ? c->option : QString();
            best.before = it->first;
            best.after = it->second;
        }
    }
    return best;
}

DecisionDiff::AreaChange areaChange(const QString &id, const AreaResult *before, const AreaResult *after)
{
    DecisionDiff::AreaChange change;
    change.area = id;
    if (before && !before->ranking.isEmpty())
        change.leaderBefore = before->ranking.first().candidate;
    if (after && !after->ranking.isEmpty())
        change.leaderAfter = after->ranking.first().candidate;
    QStringList order; // now's ranking, then who went out
    QMap<QString, std::pair<int, const CandidateScore *>> then, now;
    if (after)
        for (qsizetype i = 0; i < after->ranking.size(); ++i) {
            now.insert(after->ranking[i].candidate, {int(i + 1), &after->ranking[i]});
            order.append(after->ranking[i].candidate);
        }
    if (before)
        for (qsizetype i = 0; i < before->ranking.size(); ++i) {
            then.insert(before->ranking[i].candidate, {int(i + 1), &before->ranking[i]});
            if (!now.contains(before->ranking[i].candidate))
                order.append(before->ranking[i].candidate);
        }
    for (const QString &candidate : std::as_const(order)) {
        DecisionDiff::CandidateMove move;
        move.candidate = candidate;
        const auto t = then.value(candidate, {0, nullptr});
        const auto n = now.value(candidate, {0, nullptr});
        move.rankBefore = t.first;
        move.rankAfter = n.first;
        move.scoreBefore = t.second ? t.second->score : 0.0;
        move.scoreAfter = n.second ? n.second->score : 0.0;
        if (move.rankBefore == move.rankAfter && !differs(move.scoreBefore, move.scoreAfter))
            continue;
        move.reason = biggestChange(t.second, n.second);
        change.moves.append(move);
    }
    return change;
}
} // namespace

DecisionDiff DecisionDiff::compute(const Evaluation &before, const Evaluation &after)
{
    DecisionDiff diff;
    diff.projectBefore = before.answers.project.name;
    diff.projectAfter = after.answers.project.name;

    QStringList questions = before.answers.answers.keys();
    for (const QString &q : after.answers.answers.keys())
        if (!questions.contains(q))
            questions.append(q);
    std::sort(questions.begin(), questions.end());
    for (const QString &q : std::as_const(questions)) {
        const QStringList a = before.answers.answers.value(q);
        const QStringList b = after.answers.answers.value(q);
        if (a != b)
            diff.answers.append({q, a, b});
    }

    QStringList pinnedAreas = before.answers.pins.keys();
    for (const QString &area : after.answers.pins.keys())
        if (!pinnedAreas.contains(area))
            pinnedAreas.append(area);
    std::sort(pinnedAreas.begin(), pinnedAreas.end());
    for (const QString &area : std::as_const(pinnedAreas))
        if (before.answers.pins.value(area) != after.answers.pins.value(area))
            diff.pins.append({area, before.answers.pins.value(area), after.answers.pins.value(area)});

    QStringList criteria = before.importance.keys();
    for (const QString &c : after.importance.keys())
        if (!criteria.contains(c))
            criteria.append(c);
    for (const QString &c : std::as_const(criteria)) {
        const double a = before.importance.value(c, -1.0);
        const double b = after.importance.value(c, -1.0);
        if (differs(a, b))
            diff.importance.append({c, a, b});
    }
    std::stable_sort(diff.importance.begin(), diff.importance.end(), [](const ImportanceChange &x, const ImportanceChange &y) {
        return std::abs(x.after - x.before) > std::abs(y.after - y.before);
    });

    QStringList areas;
    for (const AreaResult &a : after.areas)
        areas.append(a.area);
    for (const AreaResult &a : before.areas)
        if (!areas.contains(a.area))
            areas.append(a.area);
    for (const QString &area : std::as_const(areas)) {
        AreaChange change = areaChange(area, before.area(area), after.area(area));
        if (!change.moves.isEmpty() || change.leaderBefore != change.leaderAfter)
            diff.areas.append(change);
    }

    if (!before.stacks.isEmpty())
        diff.stackBefore = before.stacks.first();
    if (!after.stacks.isEmpty())
        diff.stackAfter = after.stacks.first();
    diff.stackChanged = diff.stackBefore.choice != diff.stackAfter.choice
        || differs(diff.stackBefore.score, diff.stackAfter.score);
    return diff;
}
