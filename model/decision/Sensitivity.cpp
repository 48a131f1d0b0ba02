// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "Sensitivity.h"

#include "GroupAggregator.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sensitivity)
};

QString candidateName(const KnowledgeBase &kb, const QString &id)
{
    const Candidate *c = kb.candidate(id);
    return c ? c->name.text() : id;
}

QString number(double value) { return QLocale().toString(value, 'f', 1); }

// The winner's id under `profile`, or "" for an empty area.
QString leaderOf(const ScoringEngine &engine, const QString &areaId, const ScoringEngine::Profile &profile,
                 const QList<const Candidate *> &candidates)
{
    const int i = engine.leaderIndex(areaId, profile);
    return i < 0 ? QString() : candidates.at(i)->id;
}
} // namespace

QList<SensitivityEntry> Sensitivity::weightFlips(const ScoringEngine &engine, const ScoringEngine::Profile &profile,
                                                 const AreaResult &area)
{
    QList<SensitivityEntry> entries;
    if (area.ranking.size() < 2)
        return entries;
    const KnowledgeBase &kb = engine.knowledgeBase();
    const QList<const Candidate *> candidates = kb.candidatesOf(area.area);
    const QList<const Criterion *> criteria = kb.criteriaOf(area.area);
    const qsizetype n = candidates.size();
    const qsizetype m = criteria.size();

    // Plain numbers first: this runs for every criterion and challenger.
    QList<int> index(m);
    QList<double> w(m);
    double totalW = 0.0;
    for (qsizetype c = 0; c < m; ++c) {
        index[c] = engine.slotIndex(area.area, criteria.at(c)->id);
        w[c] = profile.importance.at(index.at(c));
        totalW += w.at(c);
    }
    QList<double> ratings(n * m);
    QList<double> weighted(n, 0.0); // sum over c of w_c * r_xc
    QList<double> nudges(n, 0.0);   // N_x: every point that is not a criterion's
    int leader = -1;
    for (qsizetype x = 0; x < n; ++x) {
        for (qsizetype c = 0; c < m; ++c) {
            const double r = candidates.at(x)->ratings.value(criteria.at(c)->id).score;
            ratings[x * m + c] = r;
            weighted[x] += w.at(c) * r;
        }
        for (const CandidateScore &cs : area.ranking) {
            if (cs.candidate != candidates.at(x)->id)
                continue;
            for (const Contribution &contribution : cs.contributions)
                if (contribution.kind == Contribution::Kind::Nudge)
                    nudges[x] += contribution.points;
        }
        if (candidates.at(x)->id == area.ranking.first().candidate)
            leader = int(x);
    }
    if (leader < 0)
        return entries;
    const QString leaderId = candidates.at(leader)->id;

    ScoringEngine::Profile probe = profile;
    for (qsizetype k = 0; k < m; ++k) {
        const double current = w.at(k);
        const double otherW = totalW - current;
        const double leadA = weighted.at(leader) - current * ratings.at(leader * m + k);

        QList<double> crossings;
        for (qsizetype y = 0; y < n; ++y) {
            if (y == leader)
                continue;
            const double dA = leadA - (weighted.at(y) - current * ratings.at(y * m + k));
            const double dR = ratings.at(leader * m + k) - ratings.at(y * m + k);
            const double dN = nudges.at(leader) - nudges.at(y);
            const double denominator = 10.0 * dR + dN;
            if (std::abs(denominator) < 1e-12)
                continue; // the difference does not depend on t
            const double t = -(10.0 * dA + dN * otherW) / denominator;
            if (t >= 0.0 && t <= 10.0 && std::abs(t - current) > 1e-9)
                crossings.append(t);
        }
        std::sort(crossings.begin(), crossings.end(), [current](double a, double b) {
            const double da = std::abs(a - current), db = std::abs(b - current);
            return da != db ? da < db : a < b;
        });

        const int ki = index.at(k);
        for (double t : std::as_const(crossings)) {
            const double direction = t > current ? 1.0 : -1.0;
            const double beyond = std::clamp(t + direction * Probe, 0.0, 10.0);
            if (beyond == t)
                continue; // at the end of the scale: nothing lies beyond
            probe.importance[ki] = beyond;
            const QString after = leaderOf(engine, area.area, probe, candidates);
            if (after == leaderId || after.isEmpty())
                continue;
            probe.importance[ki] = std::abs(t - current) > Probe ? t - direction * Probe : current;
            if (leaderOf(engine, area.area, probe, candidates) != leaderId)
                continue;

            const Criterion *criterion = criteria.at(k);
            SensitivityEntry e;
            e.criterion = criterion->id;
            e.weight = current;
            e.flipsAt = t;
            e.runnerUp = after;
            e.sentence = direction > 0
                ? Tr::tr("%1 stays first unless %2 importance rises above %3 (then %4).")
                      .arg(candidateName(kb, leaderId), criterion->name.text(), number(t), candidateName(kb, after))
                : Tr::tr("%1 stays first unless %2 importance falls below %3 (then %4).")
                      .arg(candidateName(kb, leaderId), criterion->name.text(), number(t), candidateName(kb, after));
            entries.append(e);
            break;
        }
        probe.importance[ki] = current;
    }
    return entries;
}

QMap<QString, QStringList> Sensitivity::answerFlips(const ScoringEngine &engine,
                                                    const QList<ScoringEngine::Member> &members,
                                                    const QMap<QString, QString> &leaders)
{
    // Open questions first: answering one is what a user can still do; changing an answer is
    // a second thought.
    QMap<QString, QStringList> reasons, changes;
    const KnowledgeBase &kb = engine.knowledgeBase();
    QMap<QString, QList<const Candidate *>> candidates;
    for (auto it = leaders.constBegin(); it != leaders.constEnd(); ++it)
        candidates.insert(it.key(), kb.candidatesOf(it.key()));
    const QStringList keys = GroupAggregator::memberKeys(members);

    QList<ScoringEngine::Member> variant = members;
    for (qsizetype m = 0; m < members.size(); ++m) {
        const Answers &answers = members.at(m).answers;
        const ScoringEngine::Selection base = engine.selection(answers);
        ScoringEngine::Selection work = base;
        const QMap<QString, double> byHand = ScoringEngine::explicitImportance(answers); // the same for every variant
        for (qsizetype q = 0; q < kb.questions.size(); ++q) {
            const Question &question = kb.questions.at(q);
            const QStringList current = answers.answers.value(question.id);
            const QString text = question.text.text();

            // Every one-step change of this answer, with the sentence that names it.
            QList<std::pair<std::optional<QStringList>, QString>> steps;
            for (const Option &option : question.options) {
                const QString label = option.label.text();
                if (question.kind == Question::Kind::Single) {
                    if (current.size() == 1 && current.first() == option.id)
                        continue;
                    steps.append({QStringList{option.id},
                                  Tr::tr("Answering '%1' with '%2' would make %3 first.").arg(text, label)});
                } else if (current.contains(option.id)) {
                    QStringList less = current;
                    less.removeAll(option.id);
                    steps.append({less, Tr::tr("Removing '%1' from '%2' would make %3 first.").arg(label, text)});
                } else {
                    steps.append({current + QStringList{option.id},
                                  Tr::tr("Adding '%1' to '%2' would make %3 first.").arg(label, text)});
                }
            }
            if (question.kind == Question::Kind::Single && answers.isAnswered(question.id))
                steps.append({std::nullopt, Tr::tr("Leaving '%1' unanswered would make %2 first.").arg(text)});

            for (const auto &[change, sentence] : std::as_const(steps)) {
                ScoringEngine::Profile profile;
                if (members.size() == 1) {
                    // One member: vary the resolved selection in place, no answers copy.
                    QList<int> options;
                    for (const QString &optionId : change.value_or(QStringList()))
                        for (qsizetype o = 0; o < question.options.size(); ++o)
                            if (question.options.at(o).id == optionId)
                                options.append(int(o));
                    work[q] = options;
                    profile = engine.profile(work, byHand, answers.pins);
                    work[q] = base.at(q);
                } else {
                    Answers changed = answers;
                    if (change)
                        changed.answers.insert(question.id, *change);
                    else
                        changed.answers.remove(question.id);
                    variant[m].answers = changed;
                    profile = GroupAggregator::aggregate(engine, variant, false);
                }
                for (auto it = leaders.constBegin(); it != leaders.constEnd(); ++it) {
                    const QString now = leaderOf(engine, it.key(), profile, candidates.value(it.key()));
                    if (now.isEmpty() || now == it.value())
                        continue;
                    const QString reason = sentence.arg(candidateName(kb, now));
                    (current.isEmpty() ? reasons : changes)[it.key()].append(
                        members.size() == 1 ? reason : Tr::tr("%1: %2").arg(keys.at(m), reason));
                }
            }
            variant[m].answers = answers;
        }
    }
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        reasons[it.key()] += it.value();
    return reasons;
}

void Sensitivity::analyse(const ScoringEngine &engine, const ScoringEngine::Profile &profile,
                          const QList<ScoringEngine::Member> &members, Evaluation *evaluation)
{
    const KnowledgeBase &kb = engine.knowledgeBase();
    QMap<QString, QString> leaders;
    for (AreaResult &area : evaluation->areas) {
        area.sensitivity = weightFlips(engine, profile, area);
        area.fragile = false;
        area.fragileReasons.clear();
        if (area.ranking.size() < 2)
            continue;
        leaders.insert(area.area, area.ranking.first().candidate);
        if (isNarrow(area.marginPercent)) {
            area.fragile = true;
            area.fragileReasons.append(Tr::tr("%1 leads %2 by only %3%.")
                                           .arg(candidateName(kb, area.ranking.at(0).candidate),
                                                candidateName(kb, area.ranking.at(1).candidate),
                                                number(area.marginPercent)));
        }
    }
    // An importance the user set (a `weights` entry, any member's) moved one step either way.
    QStringList userWeights;
    for (const ScoringEngine::Member &m : members)
        for (auto it = m.answers.weights.constBegin(); it != m.answers.weights.constEnd(); ++it)
            if (!userWeights.contains(it.key()))
                userWeights.append(it.key());
    for (AreaResult &area : evaluation->areas) {
        if (area.ranking.size() < 2)
            continue;
        const QList<const Candidate *> candidates = kb.candidatesOf(area.area);
        for (const QString &criterionId : std::as_const(userWeights)) {
            const int slot = engine.slotIndex(area.area, criterionId);
            if (slot < 0)
                continue;
            for (double step : {-1.0, 1.0}) {
                ScoringEngine::Profile probe = profile;
                const double moved = std::clamp(probe.importance.at(slot) + step, 0.0, 10.0);
                if (moved == probe.importance.at(slot))
                    continue;
                probe.importance[slot] = moved;
                const QString now = leaderOf(engine, area.area, probe, candidates);
                if (now.isEmpty() || now == area.ranking.first().candidate)
                    continue;
                const Criterion *criterion = kb.criterion(criterionId);
                area.fragile = true;
                area.fragileReasons.append(Tr::tr("Setting %1 importance to %2 instead of %3 would make %4 first.")
                                               .arg(criterion ? criterion->name.text() : criterionId, number(moved),
                                                    number(profile.importance.at(slot)), candidateName(kb, now)));
            }
        }
    }

    // Answer changes are information, not a warning: with most questions open, some answer
    // would always change some winner.
    const QMap<QString, QStringList> flips = answerFlips(engine, members, leaders);
    for (AreaResult &area : evaluation->areas)
        area.couldChange = flips.value(area.area);
}
