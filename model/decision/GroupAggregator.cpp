// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "GroupAggregator.h"

#include "KnowledgeBase.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

QStringList GroupAggregator::memberKeys(const QList<Member> &members)
{
    QStringList names;
    for (const Member &m : members)
        names.append(QFileInfo(m.file).fileName());
    QStringList keys;
    for (qsizetype i = 0; i < members.size(); ++i)
        keys.append(names.count(names.at(i)) > 1 || names.at(i).isEmpty() ? members.at(i).file : names.at(i));
    return keys;
}

QMap<QString, QString> GroupAggregator::agreedPins(const QList<Member> &members)
{
    QMap<QString, QString> pins;
    QStringList clashing;
    for (const Member &m : members) {
        for (auto it = m.answers.pins.constBegin(); it != m.answers.pins.constEnd(); ++it) {
            if (clashing.contains(it.key()))
                continue;
            const auto agreed = pins.constFind(it.key());
            if (agreed == pins.constEnd()) {
                pins.insert(it.key(), it.value());
            } else if (*agreed != it.value()) {
                pins.remove(it.key());
                clashing.append(it.key());
            }
        }
    }
    return pins;
}

QMap<QString, double> GroupAggregator::meanWeights(const QList<Member> &members)
{
    QMap<QString, double> sum;
    QMap<QString, int> count;
    for (const Member &m : members)
        for (auto it = m.answers.weights.constBegin(); it != m.answers.weights.constEnd(); ++it) {
            sum[it.key()] += it.value();
            ++count[it.key()];
        }
    for (auto it = sum.begin(); it != sum.end(); ++it)
        *it /= count.value(it.key());
    return sum;
}

Answers GroupAggregator::aggregateAnswers(const QList<Member> &members)
{
    Answers out;
    if (members.isEmpty())
        return out;
    out.project = members.first().answers.project;
    QStringList authors;
    for (const Member &m : members)
        if (!m.answers.project.author.isEmpty() && !authors.contains(m.answers.project.author))
            authors.append(m.answers.project.author);
    out.project.author = authors.join(QStringLiteral(", "));

    // Only the answers everybody gave identically belong to the aggregate as answers.
    const Answers &first = members.first().answers;
    for (auto it = first.answers.constBegin(); it != first.answers.constEnd(); ++it) {
        const QStringList mine = sorted(it.value());
        const bool shared = std::all_of(members.cbegin(), members.cend(), [&](const Member &m) {
            return m.answers.answers.contains(it.key()) && sorted(m.answers.answers.value(it.key())) == mine;
        });
        if (shared)
            out.answers.insert(it.key(), it.value());
    }
    out.pins = agreedPins(members);
    out.weights = meanWeights(members);
    QList<QList<PairwiseJudgment>> judgments;
    for (const Member &m : members)
        judgments.append(m.answers.pairwise);
    out.pairwise = Ahp::aggregate(judgments);
    return out;
}

ScoringEngine::Profile GroupAggregator::aggregate(const ScoringEngine &engine, const QList<Member> &members,
                                                  bool detailed)
{
    if (members.size() == 1) {
        ScoringEngine::Profile p = engine.profile(members.first().answers, detailed);
        return p;
    }
    const KnowledgeBase &kb = engine.knowledgeBase();
    const qsizetype criteriaCount = engine.slotCount(); // importance is per (area, criterion) slot
    const qsizetype candidateCount = kb.candidates.size();

    ScoringEngine::Profile out;
    out.importance.fill(0.0, criteriaCount);
    out.nudgeTotal.fill(0.0, candidateCount);
    if (detailed) {
        out.importanceSource.resize(criteriaCount);
        out.nudges.resize(candidateCount);
    }
    if (members.isEmpty())
        return out;

    const double share = 1.0 / double(members.size());
    QList<double> moved(criteriaCount, -1.0); // the member that moved a criterion most names its source
    for (const Member &m : members) {
        // Member importance without its own overrides: overrides are averaged separately.
        Answers own = m.answers;
        own.weights.clear();
        const ScoringEngine::Profile p = engine.profile(own, detailed);
        for (qsizetype c = 0; c < criteriaCount; ++c) {
            out.importance[c] += p.importance.at(c) * share;
            if (detailed) {
                const double distance = std::abs(p.importance.at(c) - engine.baseline(int(c)));
                if (!p.importanceSource.at(c).isEmpty() && distance > moved.at(c)) {
                    moved[c] = distance;
                    out.importanceSource[c] = p.importanceSource.at(c);
                }
            }
        }
        for (qsizetype x = 0; x < candidateCount; ++x) {
            out.nudgeTotal[x] += p.nudgeTotal.at(x) * share;
            if (!detailed)
                continue;
            // Merge the same (question, option) nudge from several members into one contribution.
            for (const Contribution &n : p.nudges.at(x)) {
                auto same = std::find_if(out.nudges[x].begin(), out.nudges[x].end(), [&](const Contribution &o) {
                    return o.question == n.question && o.option == n.option && o.why == n.why;
                });
                if (same != out.nudges[x].end()) {
                    same->points += n.points * share;
                } else {
                    Contribution scaled = n;
                    scaled.points = n.points * share;
                    out.nudges[x].append(scaled);
                }
            }
        }
    }
    // The members' pairwise judgments as one (geometric mean per pair), then their mean weights.
    Answers byHand;
    byHand.weights = meanWeights(members);
    byHand.pairwise = aggregateAnswers(members).pairwise;
    const QMap<QString, double> weights = ScoringEngine::explicitImportance(byHand);
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const int c = engine.criterionIndex(it.key());
        if (c < 0)
            continue;
        for (int slot : engine.slotsOf(c)) {
            out.importance[slot] = std::clamp(it.value(), 0.0, 10.0);
            if (detailed)
                out.importanceSource[slot] = byHand.weights.contains(it.key()) ? QStringLiteral("weights") : QStringLiteral("pairwise");
        }
    }
    // Same rule as for one member: a pin must name a candidate of its own area.
    const QMap<QString, QString> pins = agreedPins(members);
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it) {
        const Candidate *candidate = kb.candidate(it.value());
        if (candidate && candidate->area == it.key())
            out.pins.insert(it.key(), it.value());
    }
    return out;
}

GroupInfo GroupAggregator::groupInfo(const KnowledgeBase &kb, const QList<Member> &members)
{
    GroupInfo info;
    const QStringList keys = memberKeys(members);
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Member &m = members.at(i);
        const QString author = m.answers.project.author;
        info.members.append({keys.at(i), author.isEmpty() ? QFileInfo(m.file).completeBaseName() : author});
    }
    if (members.size() < 2)
        return info;

    // Pairwise: each member's own consistency, and the pairs they judge furthest apart.
    QList<PairwiseDisagreement> pairs;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QList<PairwiseJudgment> &mine = members.at(i).answers.pairwise;
        if (mine.isEmpty())
            continue;
        QString error;
        if (const std::optional<AhpResult> own = Ahp::compute(mine, &error))
            info.pairwiseConsistency.insert(keys.at(i), own->consistencyRatio);
        for (const PairwiseJudgment &j : mine) {
            auto it = std::find_if(pairs.begin(), pairs.end(), [&](const PairwiseDisagreement &p) {
                return (p.a == j.a && p.b == j.b) || (p.a == j.b && p.b == j.a);
            });
            if (it == pairs.end()) {
                pairs.append({j.a, j.b, {}, 1.0});
                it = pairs.end() - 1;
            }
            it->values.insert(keys.at(i), it->a == j.a ? j.value : 1.0 / j.value);
        }
    }
    for (PairwiseDisagreement &p : pairs) {
        if (p.values.size() < 2)
            continue;
        const auto [low, high] = std::minmax_element(p.values.cbegin(), p.values.cend());
        p.spread = *high / *low;
        if (p.spread > 1.0 + 1e-9)
            info.pairwiseDisagreements.append(p);
    }
    std::stable_sort(info.pairwiseDisagreements.begin(), info.pairwiseDisagreements.end(),
                     [](const PairwiseDisagreement &x, const PairwiseDisagreement &y) { return x.spread > y.spread; });

    for (const Question &question : kb.questions) {
        Disagreement d;
        d.question = question.id;
        bool differs = false;
        const QStringList firstAnswer = sorted(members.first().answers.answers.value(question.id));
        for (qsizetype i = 0; i < members.size(); ++i) {
            const Answers &a = members.at(i).answers;
            d.answers.insert(keys.at(i), a.answers.value(question.id));
            // An unanswered question reads as an empty list, like an empty multi answer: both
            // have no effect, so they do not disagree.
            if (sorted(a.answers.value(question.id)) != firstAnswer)
                differs = true;
        }
        if (differs)
            info.disagreements.append(d);
    }

    for (const Area &area : kb.areas) {
        QStringList pinned;
        Disagreement d;
        d.question = QStringLiteral("pin:") + area.id;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QString pin = members.at(i).answers.pins.value(area.id);
            d.answers.insert(keys.at(i), pin.isEmpty() ? QStringList() : QStringList{pin});
            if (!pin.isEmpty() && !pinned.contains(pin))
                pinned.append(pin);
        }
        if (pinned.size() > 1)
            info.disagreements.append(d);
    }
    return info;
}
