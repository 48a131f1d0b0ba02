// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"
#include "Evaluation.h"
#include "KnowledgeBase.h"
#include "StackSearch.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <utility>

// Turns answers into an Evaluation. Pure and deterministic: the same knowledge base and answers
// always give the same Evaluation (rankings, stacks, sensitivity, reasons).
//
// The model (also in resources/kb/README.md, "Scoring"):
//
// 1. Importance, per area. Criterion c of area A starts at its baseline b_c (0..10). Every
//    chosen option adds the importance deltas of its effects that apply in A (an effect with
//    `areas` applies only there, one without applies in every area of c); the sum is clamped to
//    0..10. So "newer to backend work" can raise ease of learning for the backend alone. An
//    unanswered question adds nothing. A `weights` entry of the answers file replaces the result
//    in every area (a what-if override). importanceSource is the question whose effects moved it
//    the most (largest |delta|, the first in KB order on a tie), "weights" for an override, ""
//    when it kept its baseline. Profiles index importance by slot: one per (area, criterion).
//
// 2. Candidate score. For candidate x of area A, with criteria C_A and importance w_c:
//        W   = sum over c in C_A of w_c
//        p_c = 10 * w_c * r_xc / W          (r_xc: x's rating 0..10 on c)
//    so the criterion points sum to a value on 0..100: the importance-weighted mean rating, times
//    ten. If W == 0 (nothing matters) every candidate gets 50, split evenly over C_A, so only the
//    nudges separate them. Nudges are added as points: every effect of a chosen option that names
//    x, and every synergy between x and the candidate pinned in ANOTHER area ("pinned React: ...").
//    score = sum p_c + sum nudges, clamped to 0..100 by one extra Limit contribution, so the
//    contributions always add up to the score exactly.
//    Ranking: score descending, ties in the KB's candidate order. A pinned area is ranked all the
//    same (so users see how their pin compares) and AreaResult::pinned is set.
//
// 3. Stacks. StackSearch (exact top k, branch and bound). A stack's score is the mean of its
//    area scores after each synergy's points are added once, to the pair it joins:
//        stack = (sum over areas of score + sum over pairs of synergy points) / n
//    so a synergy of s points weighs exactly as much as an s-point lead in one area, and a stack
//    that departs from an area's leader does so only when its synergies outweigh the lead (the
//    departure and its numbers are in StackResult::departures). Hard constraints and pins
//    exclude stacks. Pins that break a constraint are reported in Evaluation::conflicts with the
//    best legal alternatives.
//
//    Worked example (4 areas): Laravel leads Node.js by 2.7 in the backend. Next.js + Node.js
//    share TypeScript (+4.0): the stack with Node.js gains (4.0 - 2.7) / 4 = 0.33 points over
//    the one with Laravel, and names the reason: "Node.js instead of Laravel (Backend leader by
//    2.7 points): Next.js + Node.js +4.0".
//
// 4. Sensitivity and fragility: see Sensitivity.h. Group mode: see GroupAggregator.h.
class ScoringEngine
{
public:
    struct Options
    {
        int topStacks = 20;
        bool sensitivity = true;
    };

    // One stakeholder of a group decision: the answers file's path and its content.
    struct Member
    {
        QString file;
        Answers answers;
    };

    // What scoring reads, derived from one answers file (profile()) or aggregated from several
    // (GroupAggregator). Lists are indexed like KnowledgeBase::criteria / ::candidates.
    struct Profile
    {
        QList<double> importance;          // final importance per slot (area, criterion), 0..10
        QStringList importanceSource;      // per slot: question id, "weights" or ""
        QList<double> nudgeTotal;          // per candidate: sum of its answer nudges
        QList<QList<Contribution>> nudges; // per candidate: the nudges (only when detailed)
        QMap<QString, QString> pins;       // area id -> candidate id
    };

    explicit ScoringEngine(const KnowledgeBase &kb);

    Evaluation evaluate(const Answers &answers) const;
    Evaluation evaluate(const Answers &answers, const Options &options) const;
    // Group mode: several members of one decision, ranked once on their aggregate. With a single
    // member this equals evaluate(member.answers) plus a `group` block.
    Evaluation evaluateGroup(const QList<Member> &members) const;
    Evaluation evaluateGroup(const QList<Member> &members, const Options &options) const;

    // The profile of one answers file. `detailed` == false skips the contribution lists (and the
    // sources), for the many quick re-scorings of the sensitivity analysis.
    Profile profile(const Answers &answers, bool detailed = true) const;

    // Fast path for re-scoring many answer variants (Sensitivity): the answers resolved to option
    // indexes, per question in KnowledgeBase::questions order (unknown ids dropped).
    using Selection = QList<QList<int>>;
    Selection selection(const Answers &answers) const;
    // Same as profile(answers, false) for the answers that `selection` came from.
    Profile profile(const Selection &selection, const QMap<QString, double> &weights,
                    const QMap<QString, QString> &pins) const;
    // What the answers set by hand, criterion id -> importance: the pairwise judgments' weights
    // as 10 x w / max(w) over the compared criteria (Ahp), then the what-if weights on top.
    // Judgments that leave criteria unlinked set nothing (AnswersFile reports them).
    static QMap<QString, double> explicitImportance(const Answers &answers);
    // The criteria worth comparing by pairs (the wizard's "Compare what matters"): those the
    // answers' judgments already name, in the order first named, then the most important under
    // the answers without any judgments (what-if weights included), ties in KB order, up to
    // `max` in all. Importance without the judgments: the choice does not move as they change.
    QStringList criteriaToCompare(const Answers &answers, int max = 7) const;

    // The full ranking of one area under `profile`, with contributions (no sensitivity).
    AreaResult scoreArea(const QString &areaId, const Profile &profile) const;
    // Scores only, in KnowledgeBase::candidatesOf(areaId) order: cheap, for re-scoring.
    QList<double> areaScores(const QString &areaId, const Profile &profile) const;
    // Index into candidatesOf(areaId) of the best candidate (ties: the first), -1 if none.
    int leaderIndex(const QString &areaId, const Profile &profile) const;

    int criterionIndex(const QString &id) const { return m_criterionIndex.value(id, -1); }
    // Importance slots: one per (area, criterion rated in that area).
    int slotCount() const { return int(m_slotCriterion.size()); }
    int slotIndex(const QString &areaId, const QString &criterionId) const;
    int slotCriterion(int slot) const { return m_slotCriterion.at(slot); }
    // Every slot of a criterion (the areas it is rated in).
    const QList<int> &slotsOf(int criterion) const { return m_slotsOf.at(criterion); }
    double baseline(int slot) const { return m_kb.criteria.at(m_slotCriterion.at(slot)).baseline; }
    int candidateIndex(const QString &id) const { return m_candidateIndex.value(id, -1); }

    const KnowledgeBase &knowledgeBase() const { return m_kb; }

private:
    struct AreaData
    {
        QString id;
        QList<int> criteria;          // criterion indexes
        QList<int> importanceSlots;             // importance slot of each of them
        QList<int> candidates;        // candidate indexes, KB order
        QList<QList<double>> ratings; // [candidate in area][criterion in area]
        // [candidate in area][criterion in area]: who says so and how current, worked out once
        // (dates are parsed here, not per evaluation)
        QList<QList<Contribution>> cited;
    };
    struct CompiledOption
    {
        QList<std::pair<int, double>> importance; // (slot, delta)
        QList<std::pair<int, double>> nudges;     // (candidate index, points)
    };
    struct PinSynergy
    {
        QString area;     // area of the pinned candidate
        QString pinned;   // pinned candidate id
        double points = 0.0;
        int synergy = -1; // index into KnowledgeBase::synergies
    };

    const AreaData *areaData(const QString &areaId) const;
    QList<PinSynergy> pinSynergies(int candidate, const QString &area,
                                   const QMap<QString, QString> &pins) const;
    // The candidates the profile pins (indexes), at most one per area: few, so a plain scan.
    using PinnedCandidates = QVarLengthArray<int, 8>;
    PinnedCandidates pinnedCandidates(const Profile &profile) const;
    double scoreOf(const AreaData &area, int i, const Profile &profile, double W,
                   const PinnedCandidates &pinned) const;
    QMap<QString, QString> validPins(const QMap<QString, QString> &pins) const;
    Evaluation evaluateProfile(const Profile &profile, const QList<Member> &members,
                               const Options &options) const;
    // Fills stack->departures: every unpinned area whose choice is not the area's leader, with
    // the synergies and constraints that outweigh the lead, in numbers.
    void explainDepartures(const Evaluation &e, const QMap<QString, QString> &pins, StackResult *stack) const;
    // The synergy points between candidates a and b (indexes); each one's sentence into `parts`.
    double synergyPoints(int a, int b, QStringList *parts) const;
    static QString signedPoints(double points);
    // Fills the contribution's sources, as-of date and staleness from the KB entry's evidence.
    void cite(const Evidence &evidence, Contribution *c) const;

    KnowledgeBase m_kb;
    StackSearch m_search;
    QHash<QString, int> m_criterionIndex;
    QHash<QString, int> m_candidateIndex;
    QList<AreaData> m_areas;
    QList<QList<std::pair<int, int>>> m_synergiesOf; // per candidate: (partner, synergy index)
    QList<QList<CompiledOption>> m_options;          // per question, per option: its effects
    QList<int> m_slotCriterion;                      // per slot: criterion index
    QList<QList<int>> m_slotsOf;                     // per criterion: its slots
    QDate m_today;                                   // what "stale" is measured against
};
