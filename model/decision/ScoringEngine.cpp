// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ScoringEngine.h"

#include "Currency.h"
#include "GroupAggregator.h"
#include "Sensitivity.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScoringEngine)
};

double clampImportance(double w) { return std::clamp(w, 0.0, 10.0); }
} // namespace

ScoringEngine::ScoringEngine(const KnowledgeBase &kb)
    : m_kb(kb)
    , m_search(kb)
    , m_today(Currency::today())
{
    for (qsizetype i = 0; i < m_kb.criteria.size(); ++i)
        m_criterionIndex.insert(m_kb.criteria.at(i).id, int(i));
    for (qsizetype i = 0; i < m_kb.candidates.size(); ++i)
        m_candidateIndex.insert(m_kb.candidates.at(i).id, int(i));

    m_slotsOf.resize(m_kb.criteria.size());
    for (const Area &area : std::as_const(m_kb.areas)) {
        AreaData data;
        data.id = area.id;
        for (qsizetype c = 0; c < m_kb.criteria.size(); ++c)
            if (m_kb.criteria.at(c).areas.contains(area.id)) {
                data.criteria.append(int(c));
                data.importanceSlots.append(int(m_slotCriterion.size()));
                m_slotsOf[c].append(int(m_slotCriterion.size()));
                m_slotCriterion.append(int(c));
            }
        for (qsizetype x = 0; x < m_kb.candidates.size(); ++x) {
            const Candidate &candidate = m_kb.candidates.at(x);
            if (candidate.area != area.id)
                continue;
            data.candidates.append(int(x));
            QList<double> ratings;
            QList<Contribution> cited;
            ratings.reserve(data.criteria.size());
            cited.reserve(data.criteria.size());
            for (int c : std::as_const(data.criteria)) {
                const Rating rating = candidate.ratings.value(m_kb.criteria.at(c).id);
                ratings.append(rating.score);
                Contribution evidence;
                cite(rating.evidence, &evidence);
                cited.append(evidence);
            }
            data.ratings.append(ratings);
            data.cited.append(cited);
        }
        m_areas.append(data);
    }

    for (const Question &question : std::as_const(m_kb.questions)) {
        QList<CompiledOption> options;
        for (const Option &option : question.options) {
            CompiledOption compiled;
            for (const Effect &effect : option.effects) {
                if (effect.kind == Effect::Kind::Importance) {
                    const int c = criterionIndex(effect.target);
                    if (c < 0)
                        continue;
                    for (const AreaData &area : std::as_const(m_areas)) {
                        if (!effect.areas.isEmpty() && !effect.areas.contains(area.id))
                            continue;
                        const qsizetype k = area.criteria.indexOf(c);
                        if (k >= 0)
                            compiled.importance.append({area.importanceSlots.at(k), effect.amount});
                    }
                } else {
                    const int x = candidateIndex(effect.target);
                    if (x >= 0)
                        compiled.nudges.append({x, effect.amount});
                }
            }
            options.append(compiled);
        }
        m_options.append(options);
    }

    m_synergiesOf.resize(m_kb.candidates.size());
    for (qsizetype s = 0; s < m_kb.synergies.size(); ++s) {
        const Synergy &synergy = m_kb.synergies.at(s);
        const int a = candidateIndex(synergy.a);
        const int b = candidateIndex(synergy.b);
        if (a < 0 || b < 0 || a == b)
            continue;
        m_synergiesOf[a].append({b, int(s)});
        m_synergiesOf[b].append({a, int(s)});
    }
}

ScoringEngine::Selection ScoringEngine::selection(const Answers &answers) const
{
    Selection out(m_kb.questions.size());
    for (qsizetype q = 0; q < m_kb.questions.size(); ++q) {
        const Question &question = m_kb.questions.at(q);
        const auto answer = answers.answers.constFind(question.id);
        if (answer == answers.answers.constEnd())
            continue;
        for (const QString &optionId : *answer)
            for (qsizetype o = 0; o < question.options.size(); ++o)
                if (question.options.at(o).id == optionId)
                    out[q].append(int(o));
    }
    return out;
}

ScoringEngine::Profile ScoringEngine::profile(const Selection &selection, const QMap<QString, double> &weights,
                                              const QMap<QString, QString> &pins) const
{
    // Same order of summation as profile(Answers): KB question order, then the answer's order.
    Profile p;
    p.importance.resize(slotCount());
    for (int slot = 0; slot < slotCount(); ++slot)
        p.importance[slot] = baseline(slot);
    p.nudgeTotal.fill(0.0, m_kb.candidates.size());
    for (qsizetype q = 0; q < selection.size() && q < m_options.size(); ++q) {
        for (int o : selection.at(q)) {
            const CompiledOption &option = m_options.at(q).at(o);
            for (const auto &[slot, delta] : option.importance)
                p.importance[slot] += delta;
            for (const auto &[x, points] : option.nudges)
                p.nudgeTotal[x] += points;
        }
    }
    for (double &w : p.importance)
        w = clampImportance(w);
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const int c = criterionIndex(it.key());
        if (c >= 0)
            for (int slot : m_slotsOf.at(c))
                p.importance[slot] = clampImportance(it.value());
    }
    p.pins = validPins(pins);
    return p;
}

QMap<QString, double> ScoringEngine::explicitImportance(const Answers &answers)
{
    QMap<QString, double> out;
    if (!answers.pairwise.isEmpty()) {
        QString error;
        if (const std::optional<AhpResult> ahp = Ahp::compute(answers.pairwise, &error))
            out = ahp->importance();
    }
    for (auto it = answers.weights.constBegin(); it != answers.weights.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QStringList ScoringEngine::criteriaToCompare(const Answers &answers, int max) const
{
    QStringList chosen;
    for (const PairwiseJudgment &j : answers.pairwise)
        for (const QString &id : {j.a, j.b})
            if (!chosen.contains(id) && criterionIndex(id) >= 0)
                chosen.append(id);
    if (chosen.size() >= max)
        return chosen;

    Answers unjudged = answers;
    unjudged.pairwise.clear();
    const Profile p = profile(unjudged, false);
    struct Ranked
    {
        int criterion;
        double importance;
    };
    QList<Ranked> ranked;
    for (int c = 0; c < int(m_kb.criteria.size()); ++c) {
        double most = 0.0;
        for (int slot : m_slotsOf.at(c))
            most = qMax(most, p.importance.at(slot));
        // A criterion nothing is rated on, or that matters not at all, has nothing to weigh.
        if (most > 0.0 && !m_slotsOf.at(c).isEmpty())
            ranked.append({c, most});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &x, const Ranked &y) { return x.importance > y.importance; });
    for (const Ranked &r : std::as_const(ranked)) {
        if (chosen.size() >= max)
            break;
        const QString &id = m_kb.criteria.at(r.criterion).id;
        if (!chosen.contains(id))
            chosen.append(id);
    }
    return chosen;
}

int ScoringEngine::slotIndex(const QString &areaId, const QString &criterionId) const
{
    const AreaData *area = areaData(areaId);
    const int c = criterionIndex(criterionId);
    if (!area || c < 0)
        return -1;
    const qsizetype k = area->criteria.indexOf(c);
    return k < 0 ? -1 : area->importanceSlots.at(k);
}

const ScoringEngine::AreaData *ScoringEngine::areaData(const QString &areaId) const
{
    for (const AreaData &area : m_areas)
        if (area.id == areaId)
            return &area;
    return nullptr;
}

QMap<QString, QString> ScoringEngine::validPins(const QMap<QString, QString> &pins) const
{
    // AnswersFile rejects unknown pins with a diagnostic; a programmatic caller's pin to a
    // candidate of another area cannot mean anything, so it is not applied.
    QMap<QString, QString> out;
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it) {
        const Candidate *candidate = m_kb.candidate(it.value());
        if (candidate && candidate->area == it.key())
            out.insert(it.key(), it.value());
    }
    return out;
}

ScoringEngine::Profile ScoringEngine::profile(const Answers &answers, bool detailed) const
{
    if (!detailed)
        return profile(selection(answers), explicitImportance(answers), answers.pins);

    const qsizetype slotTotal = slotCount();
    const qsizetype candidateCount = m_kb.candidates.size();

    Profile p;
    p.importance.resize(slotTotal);
    for (qsizetype c = 0; c < slotTotal; ++c)
        p.importance[c] = baseline(int(c));
    p.nudgeTotal.fill(0.0, candidateCount);
    p.importanceSource.resize(slotTotal);
    p.nudges.resize(candidateCount);
    QList<double> strongest(slotTotal, 0.0);     // per slot: largest |delta| of one question so far
    QList<double> questionDelta(slotTotal, 0.0); // per slot: this question's delta

    // KB question order, so that sources and nudge lists are deterministic.
    for (qsizetype q = 0; q < m_kb.questions.size(); ++q) {
        const Question &question = m_kb.questions.at(q);
        const auto answer = answers.answers.constFind(question.id);
        if (answer == answers.answers.constEnd())
            continue;
        QList<int> touched;
        for (const QString &optionId : *answer) {
            const Option *option = question.option(optionId);
            if (!option)
                continue;
            const CompiledOption &compiled = m_options.at(q).at(option - question.options.constData());
            for (const auto &[c, delta] : compiled.importance) {
                p.importance[c] += delta;
                if (!touched.contains(c))
                    touched.append(c);
                questionDelta[c] += delta;
            }
            // Nudges; importance was applied per slot above.
            for (const Effect &effect : option->effects) {
                const int x = effect.kind == Effect::Kind::Nudge ? candidateIndex(effect.target) : -1;
                if (x < 0)
                    continue;
                p.nudgeTotal[x] += effect.amount;
                Contribution nudge;
                nudge.kind = Contribution::Kind::Nudge;
                nudge.question = question.id;
                nudge.option = option->id;
                nudge.points = effect.amount;
                nudge.why = effect.why.text();
                cite(effect.evidence, &nudge);
                p.nudges[x].append(nudge);
            }
        }
        for (int c : std::as_const(touched)) {
            const double moved = std::abs(questionDelta[c]);
            if (moved > strongest[c]) {
                strongest[c] = moved;
                p.importanceSource[c] = question.id;
            }
            questionDelta[c] = 0.0;
        }
    }

    for (double &w : p.importance)
        w = clampImportance(w);
    const QMap<QString, double> byHand = explicitImportance(answers);
    for (auto it = byHand.constBegin(); it != byHand.constEnd(); ++it) {
        const int c = criterionIndex(it.key());
        if (c < 0)
            continue;
        for (int slot : m_slotsOf.at(c)) {
            p.importance[slot] = clampImportance(it.value());
            p.importanceSource[slot] = answers.weights.contains(it.key()) ? QStringLiteral("weights") : QStringLiteral("pairwise");
        }
    }
    p.pins = validPins(answers.pins);
    return p;
}

QList<ScoringEngine::PinSynergy> ScoringEngine::pinSynergies(int candidate, const QString &area,
                                                           const QMap<QString, QString> &pins) const
{
    QList<PinSynergy> out;
    if (pins.isEmpty())
        return out;
    for (const auto &[partner, synergy] : m_synergiesOf.at(candidate)) {
        const Candidate &other = m_kb.candidates.at(partner);
        if (other.area == area || pins.value(other.area) != other.id)
            continue;
        out.append({other.area, other.id, m_kb.synergies.at(synergy).points, synergy});
    }
    return out;
}

ScoringEngine::PinnedCandidates ScoringEngine::pinnedCandidates(const Profile &profile) const
{
    PinnedCandidates out;
    for (const QString &id : profile.pins)
        if (const int x = candidateIndex(id); x >= 0)
            out.append(x);
    return out;
}

double ScoringEngine::scoreOf(const AreaData &area, int i, const Profile &profile, double W,
                              const PinnedCandidates &pinned) const
{
    const int x = area.candidates.at(i);
    double base = 50.0;
    if (W > 0.0) {
        double sum = 0.0;
        const QList<double> &ratings = area.ratings.at(i);
        for (qsizetype c = 0; c < area.criteria.size(); ++c)
            sum += profile.importance.at(area.importanceSlots.at(c)) * ratings.at(c);
        base = 10.0 * sum / W;
    }
    double nudges = profile.nudgeTotal.value(x);
    if (!pinned.isEmpty()) {
        // Same terms as pinSynergies(), summed without building the list or comparing strings:
        // this runs for every probe of the sensitivity analysis.
        for (const auto &[partner, synergy] : m_synergiesOf.at(x))
            if (pinned.contains(partner) && m_kb.candidates.at(partner).area != area.id)
                nudges += m_kb.synergies.at(synergy).points;
    }
    return std::clamp(base + nudges, 0.0, 100.0);
}

QList<double> ScoringEngine::areaScores(const QString &areaId, const Profile &profile) const
{
    QList<double> scores;
    const AreaData *area = areaData(areaId);
    if (!area)
        return scores;
    const PinnedCandidates pinned = pinnedCandidates(profile);
    double W = 0.0;
    for (int slot : area->importanceSlots)
        W += profile.importance.at(slot);
    scores.reserve(area->candidates.size());
    for (qsizetype i = 0; i < area->candidates.size(); ++i)
        scores.append(scoreOf(*area, int(i), profile, W, pinned));
    return scores;
}

int ScoringEngine::leaderIndex(const QString &areaId, const Profile &profile) const
{
    // Called for every probe of the sensitivity analysis: no allocation.
    const AreaData *area = areaData(areaId);
    if (!area)
        return -1;
    const PinnedCandidates pinned = pinnedCandidates(profile);
    double W = 0.0;
    for (int slot : area->importanceSlots)
        W += profile.importance.at(slot);
    int best = -1;
    double bestScore = 0.0;
    for (qsizetype i = 0; i < area->candidates.size(); ++i) {
        const double score = scoreOf(*area, int(i), profile, W, pinned);
        if (best < 0 || score > bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    return best;
}

AreaResult ScoringEngine::scoreArea(const QString &areaId, const Profile &profile) const
{
    AreaResult result;
    result.area = areaId;
    result.pinned = profile.pins.value(areaId);
    const AreaData *area = areaData(areaId);
    if (!area)
        return result;

    const PinnedCandidates pinned = pinnedCandidates(profile);
    double W = 0.0;
    for (qsizetype k = 0; k < area->criteria.size(); ++k) {
        const QString &id = m_kb.criteria.at(area->criteria.at(k)).id;
        const int slot = area->importanceSlots.at(k);
        W += profile.importance.at(slot);
        result.importance.insert(id, profile.importance.at(slot));
        result.importanceSource.insert(id, profile.importanceSource.value(slot));
    }
    const QString limitWhy = Tr::tr("Scores are kept within 0 to 100.");

    for (qsizetype i = 0; i < area->candidates.size(); ++i) {
        const int x = area->candidates.at(i);
        const Candidate &candidate = m_kb.candidates.at(x);
        CandidateScore cs;
        cs.candidate = candidate.id;
        double sum = 0.0;
        for (qsizetype k = 0; k < area->criteria.size(); ++k) {
            const Criterion &criterion = m_kb.criteria.at(area->criteria.at(k));
            Contribution c;
            c.kind = Contribution::Kind::Criterion;
            c.criterion = criterion.id;
            c.question = profile.importanceSource.value(area->importanceSlots.at(k));
            c.importance = profile.importance.at(area->importanceSlots.at(k));
            c.rating = area->ratings.at(i).at(k);
            // W == 0: nothing matters, so every candidate gets 50 split evenly (see header).
            c.points = W > 0.0 ? 10.0 * c.importance * c.rating / W : 50.0 / area->criteria.size();
            c.why = candidate.ratings.value(criterion.id).why.text();
            const Contribution &evidence = area->cited.at(i).at(k);
            c.sources = evidence.sources;
            c.asOf = evidence.asOf;
            c.stale = evidence.stale;
            if (c.stale)
                cs.stale.append(criterion.id);
            sum += c.points;
            cs.contributions.append(c);
        }
        if (area->criteria.isEmpty()) {
            Contribution c;
            c.points = 50.0;
            c.why = Tr::tr("This area has no criteria: every candidate starts at 50.");
            sum += c.points;
            cs.contributions.append(c);
        }
        if (!profile.nudges.isEmpty()) {
            for (const Contribution &n : profile.nudges.at(x)) {
                sum += n.points;
                cs.contributions.append(n);
            }
        } else if (profile.nudgeTotal.value(x) != 0.0) {
            // A profile without details still explains its whole score.
            Contribution c;
            c.kind = Contribution::Kind::Nudge;
            c.points = profile.nudgeTotal.value(x);
            c.why = Tr::tr("Direct effects of the answers.");
            sum += c.points;
            cs.contributions.append(c);
        }
        for (const PinSynergy &s : pinSynergies(x, areaId, profile.pins)) {
            const Candidate *pinned = m_kb.candidate(s.pinned);
            Contribution c;
            c.kind = Contribution::Kind::Nudge;
            c.question = QStringLiteral("pin:") + s.area;
            c.option = s.pinned;
            c.points = s.points;
            c.why = Tr::tr("Pinned %1: %2").arg(pinned ? pinned->name.text() : s.pinned,
                                                  m_kb.synergies.at(s.synergy).why.text());
            cite(m_kb.synergies.at(s.synergy).evidence, &c);
            sum += c.points;
            cs.contributions.append(c);
        }
        cs.score = scoreOf(*area, int(i), profile, W, pinned);
        if (sum > 100.0 || sum < 0.0) {
            Contribution c;
            c.kind = Contribution::Kind::Limit;
            c.points = cs.score - sum;
            c.why = limitWhy;
            cs.contributions.append(c);
        }
        result.ranking.append(cs);
    }
    std::stable_sort(result.ranking.begin(), result.ranking.end(),
                     [](const CandidateScore &a, const CandidateScore &b) { return a.score > b.score; });

    if (result.ranking.size() >= 2) {
        const double first = result.ranking.at(0).score;
        const double second = result.ranking.at(1).score;
        result.marginPercent = first > 0.0 ? (first - second) / first * 100.0 : 0.0;
    }
    return result;
}

Evaluation ScoringEngine::evaluateProfile(const Profile &profile, const QList<Member> &members,
                                          const Options &options) const
{
    Evaluation e;
    // One value per criterion: its first area's (AreaResult::importance holds every area's).
    for (qsizetype c = 0; c < m_kb.criteria.size(); ++c)
        if (!m_slotsOf.at(c).isEmpty())
            e.importance.insert(m_kb.criteria.at(c).id, profile.importance.at(m_slotsOf.at(c).first()));

    StackSearch::Input input;
    input.pins = profile.pins;
    for (const AreaData &area : m_areas) {
        AreaResult result = scoreArea(area.id, profile);
        QMap<QString, double> &scores = input.areaScores[area.id];
        for (const CandidateScore &cs : std::as_const(result.ranking))
            scores.insert(cs.candidate, cs.score);
        e.areas.append(result);
    }
    if (options.sensitivity)
        Sensitivity::analyse(*this, profile, members, &e);
    if (options.topStacks > 0) {
        e.stacks = m_search.topStacks(input, options.topStacks);
        for (StackResult &stack : e.stacks)
            explainDepartures(e, profile.pins, &stack);
    }
    if (!profile.pins.isEmpty())
        e.conflicts = m_search.pinConflicts(input);
    return e;
}

void ScoringEngine::cite(const Evidence &evidence, Contribution *c) const
{
    c->sources = evidence.sources;
    c->asOf = m_kb.asOf(evidence);
    c->stale = Currency::isStale(c->asOf, m_today);
}

double ScoringEngine::synergyPoints(int a, int b, QStringList *parts) const
{
    double points = 0.0;
    for (const auto &[partner, synergy] : m_synergiesOf.at(a)) {
        if (partner != b)
            continue;
        const double p = m_kb.synergies.at(synergy).points;
        points += p;
        if (parts)
            parts->append(Tr::tr("%1 + %2 %3").arg(m_kb.candidates.at(a).name.text(), m_kb.candidates.at(b).name.text(),
                                                  signedPoints(p)));
    }
    return points;
}

QString ScoringEngine::signedPoints(double points)
{
    const QString number = QLocale().toString(std::abs(points), 'f', 1);
    return points < 0 ? QStringLiteral("\u2212") + number : QStringLiteral("+") + number;
}

void ScoringEngine::explainDepartures(const Evaluation &e, const QMap<QString, QString> &pins, StackResult *stack) const
{
    for (const AreaResult &area : e.areas) {
        if (pins.contains(area.area) || area.ranking.isEmpty())
            continue;
        const QString leaderId = area.ranking.first().candidate;
        const QString chosenId = stack->choice.value(area.area);
        if (chosenId.isEmpty() || chosenId == leaderId)
            continue;
        const int leader = candidateIndex(leaderId);
        const int chosen = candidateIndex(chosenId);
        StackDeparture d;
        d.area = area.area;
        d.leader = leaderId;
        d.chosen = chosenId;
        d.lead = area.ranking.first().score - stack->areaScores.value(area.area);

        // What the chosen candidate brings with the rest of this stack, against the leader in its
        // place, and the constraints that keep the leader out.
        QStringList gains, losses, ruledOut;
        for (auto it = stack->choice.constBegin(); it != stack->choice.constEnd(); ++it) {
            if (it.key() == area.area)
                continue;
            const int other = candidateIndex(it.value());
            d.gained += synergyPoints(chosen, other, &gains);
            d.gained -= synergyPoints(leader, other, &losses);
            for (const Constraint &c : m_kb.constraints) {
                const bool breaks = !c.allows(leaderId, it.key(), it.value()) || !c.allows(it.value(), area.area, leaderId);
                if (breaks && !d.constraints.contains(c.id)) {
                    d.constraints.append(c.id);
                    ruledOut.append(c.why.text());
                }
            }
        }
        const Area *areaInfo = m_kb.area(area.area);
        const QString head = Tr::tr("%1 instead of %2 (%3 leader by %4 points)")
                                 .arg(m_kb.candidates.at(chosen).name.text(), m_kb.candidates.at(leader).name.text(),
                                      areaInfo ? areaInfo->name.text() : area.area,
                                      QLocale().toString(d.lead, 'f', 1));
        QStringList reasons;
        if (!ruledOut.isEmpty())
            reasons.append(Tr::tr("%1 is ruled out with this stack: %2")
                               .arg(m_kb.candidates.at(leader).name.text(), ruledOut.join(QLatin1Char(' '))));
        if (!gains.isEmpty())
            reasons.append(gains.join(QStringLiteral(", ")));
        if (!losses.isEmpty())
            reasons.append(Tr::tr("%1 would bring %2").arg(m_kb.candidates.at(leader).name.text(), losses.join(QStringLiteral(", "))));
        if (ruledOut.isEmpty() && d.gained < d.lead)
            reasons.append(Tr::tr("an alternative: its synergies do not make up for the lead"));
        d.why = reasons.isEmpty() ? head : Tr::tr("%1: %2").arg(head, reasons.join(QStringLiteral("; ")));
        stack->departures.append(d);
    }
}

Evaluation ScoringEngine::evaluate(const Answers &answers) const
{
    return evaluate(answers, Options{});
}

Evaluation ScoringEngine::evaluate(const Answers &answers, const Options &options) const
{
    Evaluation e = evaluateProfile(profile(answers), {Member{QString(), answers}}, options);
    e.answers = answers;
    if (!answers.pairwise.isEmpty())
        e.pairwise = Ahp::compute(answers.pairwise, &e.pairwiseProblem);
    return e;
}

Evaluation ScoringEngine::evaluateGroup(const QList<Member> &members) const
{
    return evaluateGroup(members, Options{});
}

Evaluation ScoringEngine::evaluateGroup(const QList<Member> &members, const Options &options) const
{
    if (members.isEmpty())
        return evaluate(Answers{}, options);
    Evaluation e = evaluateProfile(GroupAggregator::aggregate(*this, members), members, options);
    e.answers = GroupAggregator::aggregateAnswers(members);
    e.group = GroupAggregator::groupInfo(m_kb, members);
    if (!e.answers.pairwise.isEmpty())
        e.pairwise = Ahp::compute(e.answers.pairwise, &e.pairwiseProblem);
    return e;
}
