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
    const QString leader = area.ranking.first().candidate;

    // Per candidate: nudge points N_x (everything that is not a criterion's weighted rating).
    QMap<QString, double> nudges;
    for (const CandidateScore &cs : area.ranking) {
        double n = 0.0;
        for (const Contribution &c : cs.contributions)
            if (c.kind == Contribution::Kind::Nudge)
                n += c.points;
        nudges.insert(cs.candidate, n);
    }
    const Candidate *lead = kb.candidate(leader);
    if (!lead)
        return entries;

    for (const Criterion *k : criteria) {
        const int ki = engine.criterionIndex(k->id);
        const double w = profile.importance.at(ki);
        double otherW = 0.0;
        for (const Criterion *c : criteria)
            if (c != k)
                otherW += profile.importance.at(engine.criterionIndex(c->id));

        auto weighted = [&](const Candidate *x) {
            double sum = 0.0;
            for (const Criterion *c : criteria)
                if (c != k)
                    sum += profile.importance.at(engine.criterionIndex(c->id)) * x->ratings.value(c->id).score;
            return sum;
        };
        const double leadA = weighted(lead);
        const double leadR = lead->ratings.value(k->id).score;
        const double leadN = nudges.value(leader);

        QList<double> crossings;
        for (const Candidate *y : candidates) {
            if (y->id == leader)
                continue;
            const double dA = leadA - weighted(y);
            const double dR = leadR - y->ratings.value(k->id).score;
            const double dN = leadN - nudges.value(y->id);
            const double denominator = 10.0 * dR + dN;
            if (std::abs(denominator) < 1e-12)
                continue; // the difference does not depend on t
            const double t = -(10.0 * dA + dN * otherW) / denominator;
            if (t >= 0.0 && t <= 10.0 && std::abs(t - w) > 1e-9)
                crossings.append(t);
        }
        std::sort(crossings.begin(), crossings.end(), [w](double a, double b) {
            const double da = std::abs(a - w), db = std::abs(b - w);
            return da != db ? da < db : a < b;
        });

        ScoringEngine::Profile probe = profile;
        for (double t : std::as_const(crossings)) {
            const double direction = t > w ? 1.0 : -1.0;
            const double beyond = std::clamp(t + direction * Probe, 0.0, 10.0);
            if (beyond == t)
                continue; // at the end of the scale: nothing lies beyond
            probe.importance[ki] = beyond;
            const QString after = leaderOf(engine, area.area, probe, candidates);
            if (after == leader || after.isEmpty())
                continue;
            const double before = std::abs(t - w) > Probe ? t - direction * Probe : w;
            probe.importance[ki] = before;
            if (leaderOf(engine, area.area, probe, candidates) != leader)
                continue;

            SensitivityEntry e;
            e.criterion = k->id;
            e.weight = w;
            e.flipsAt = t;
            e.runnerUp = after;
            e.sentence = direction > 0
                ? Tr::tr("%1 stays first unless %2 importance rises above %3 (then %4).")
                      .arg(candidateName(kb, leader), k->name.text(), number(t), candidateName(kb, after))
                : Tr::tr("%1 stays first unless %2 importance falls below %3 (then %4).")
                      .arg(candidateName(kb, leader), k->name.text(), number(t), candidateName(kb, after));
            entries.append(e);
            break;
        }
    }
    return entries;
}

QMap<QString, QStringList> Sensitivity::answerFlips(const ScoringEngine &engine,
                                                    const QList<ScoringEngine::Member> &members,
                                                    const QMap<QString, QString> &leaders)
{
    QMap<QString, QStringList> reasons;
    const KnowledgeBase &kb = engine.knowledgeBase();
    QMap<QString, QList<const Candidate *>> candidates;
    for (auto it = leaders.constBegin(); it != leaders.constEnd(); ++it)
        candidates.insert(it.key(), kb.candidatesOf(it.key()));
    const QStringList keys = GroupAggregator::memberKeys(members);

    QList<ScoringEngine::Member> variant = members;
    for (qsizetype m = 0; m < members.size(); ++m) {
        const Answers &answers = members.at(m).answers;
        for (const Question &question : kb.questions) {
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
                Answers changed = answers;
                if (change)
                    changed.answers.insert(question.id, *change);
                else
                    changed.answers.remove(question.id);
                variant[m].answers = changed;
                const ScoringEngine::Profile profile = members.size() == 1
                    ? engine.profile(changed, false)
                    : GroupAggregator::aggregate(engine, variant, false);
                for (auto it = leaders.constBegin(); it != leaders.constEnd(); ++it) {
                    const QString now = leaderOf(engine, it.key(), profile, candidates.value(it.key()));
                    if (now.isEmpty() || now == it.value())
                        continue;
                    const QString reason = sentence.arg(candidateName(kb, now));
                    reasons[it.key()].append(members.size() == 1
                                                 ? reason
                                                 : Tr::tr("%1: %2").arg(keys.at(m), reason));
                }
            }
            variant[m].answers = answers;
        }
    }
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
        if (area.marginPercent < FragileMarginPercent) {
            area.fragile = true;
            area.fragileReasons.append(Tr::tr("%1 leads %2 by only %3 %.")
                                           .arg(candidateName(kb, area.ranking.at(0).candidate),
                                                candidateName(kb, area.ranking.at(1).candidate),
                                                number(area.marginPercent)));
        }
    }
    const QMap<QString, QStringList> flips = answerFlips(engine, members, leaders);
    for (AreaResult &area : evaluation->areas) {
        const QStringList reasons = flips.value(area.area);
        if (reasons.isEmpty())
            continue;
        area.fragile = true;
        area.fragileReasons += reasons;
    }
}
