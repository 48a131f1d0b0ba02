// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"
#include "Evaluation.h"
#include "KnowledgeBase.h"
#include "StackSearch.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

// Turns answers into an Evaluation. Pure and deterministic: the same knowledge base and answers
// always give the same Evaluation (rankings, stacks, sensitivity, reasons).
//
// The model (also in resources/kb/README.md, "Scoring"):
//
// 1. Importance. Criterion c starts at its baseline b_c (0..10). Every chosen option adds the
//    importance deltas of its effects; the sum is clamped to 0..10. An unanswered question adds
//    nothing. A `weights` entry of the answers file replaces the result (a what-if override).
//    importanceSource[c] is the question whose effects moved c the most (largest |delta|, the first
//    in KB order on a tie), "weights" for an override, "" when c kept its baseline.
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
// 3. Stacks. StackSearch (exact top k, branch and bound): mean of the area scores plus the
//    synergy points of every pair; hard constraints and pins exclude stacks. Pins that break a
//    constraint are reported in Evaluation::conflicts with the best legal alternatives.
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
        QList<double> importance;          // final importance per criterion, 0..10
        QStringList importanceSource;      // per criterion: question id, "weights" or ""
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

    // The full ranking of one area under `profile`, with contributions (no sensitivity).
    AreaResult scoreArea(const QString &areaId, const Profile &profile) const;
    // Scores only, in KnowledgeBase::candidatesOf(areaId) order: cheap, for re-scoring.
    QList<double> areaScores(const QString &areaId, const Profile &profile) const;
    // Index into candidatesOf(areaId) of the best candidate (ties: the first), -1 if none.
    int leaderIndex(const QString &areaId, const Profile &profile) const;

    int criterionIndex(const QString &id) const { return m_criterionIndex.value(id, -1); }
    int candidateIndex(const QString &id) const { return m_candidateIndex.value(id, -1); }

    const KnowledgeBase &knowledgeBase() const { return m_kb; }

private:
    struct AreaData
    {
        QString id;
        QList<int> criteria;          // criterion indexes
        QList<int> candidates;        // candidate indexes, KB order
        QList<QList<double>> ratings; // [candidate in area][criterion in area]
    };
    struct CompiledOption
    {
        QList<std::pair<int, double>> importance; // (criterion index, delta)
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
    double scoreOf(const AreaData &area, int i, const Profile &profile, double W) const;
    QMap<QString, QString> validPins(const QMap<QString, QString> &pins) const;
    Evaluation evaluateProfile(const Profile &profile, const QList<Member> &members,
                               const Options &options) const;

    KnowledgeBase m_kb;
    StackSearch m_search;
    QHash<QString, int> m_criterionIndex;
    QHash<QString, int> m_candidateIndex;
    QList<AreaData> m_areas;
    QList<QList<std::pair<int, int>>> m_synergiesOf; // per candidate: (partner, synergy index)
    QList<QList<CompiledOption>> m_options;          // per question, per option: its effects
};
