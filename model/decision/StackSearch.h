// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "KnowledgeBase.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

// Exact top-k whole-stack search by branch and bound.
//
// A stack picks one candidate per area (every area of the KB, in KB order). Its score is
//     (sum of its candidates' area scores + sum of the synergy points between them) / areas,
// the mean of the area scores with each synergy counted once, in the areas' own points: a
// 4-point synergy is worth exactly a 4-point lead in one area (ScoringEngine.h has a worked
// example). Stacks that break a hard constraint, or hold another candidate than a pinned area's
// pin, are never returned. Results are ordered by score (descending), ties by the candidates'
// positions in the per-area rankings (lexicographic, ascending), so the order is deterministic
// and equal to a brute-force enumeration's.
//
// Details:
// - An area's ranking orders its KB candidates by score (descending), ties by id. A candidate
//   missing from Input::areaScores scores 0. An area without candidates, or pinned to a candidate
//   it does not hold, leaves no legal stack.
// - Both searches compute a stack's score with one function, in one order (area scores summed in
//   KB order, then the synergies of pairs (i < j) in KB area order, then divided by the number
//   of areas), so their scores are bit-identical.
// - Constraints are checked pairwise in both directions (Constraint::allows); constraints and
//   synergies between candidates of the same area are ignored (a stack never holds both).
// - topStacks() keeps a bounded heap of the k best and dense per-area-pair synergy tables:
//   memory O(k + sum of n_i * n_j), never proportional to the number of stacks.
class StackSearch
{
public:
    struct Input
    {
        // area id -> (candidate id -> score 0..100), for every area of the KB
        QMap<QString, QMap<QString, double>> areaScores;
        QMap<QString, QString> pins; // area id -> candidate id
    };

    explicit StackSearch(const KnowledgeBase &kb);

    // The best `k` legal stacks (fewer if fewer exist). Allocates nothing proportional to the
    // number of possible stacks.
    QList<StackResult> topStacks(const Input &input, int k) const;
    // Reference implementation for tests and benchmarks: enumerates every stack.
    QList<StackResult> topStacksBruteForce(const Input &input, int k) const;

    // Pins that break a hard constraint (pairwise between pinned candidates), with the best legal
    // stacks when each conflicting pin is released in turn. Also a single pin that no candidate
    // of some unpinned area may join (its `pins` then holds that one candidate; the alternatives
    // release it). Pairs first (areas in KB order), then single pins; constraints in KB order.
    QList<PinConflict> pinConflicts(const Input &input, int alternatives = 3) const;

private:
    struct Ranking;       // one call's per-area candidate order (defined in the .cpp)
    class TopK;           // bounded heap of the best stacks
    class BranchAndBound; // the pruned depth-first search

    Ranking rank(const Input &input) const;
    bool isLegal(const int *local) const;
    double stackScore(const Ranking &ranking, const int *local) const;
    QList<StackResult> toResults(const TopK &top) const;
    bool ranksBefore(const StackResult &a, const StackResult &b, const Ranking &ranking) const;
    QList<StackResult> alternativesReleasing(const Input &input, const QList<int> &areas,
                                             int count) const;
    QList<qsizetype> breakingConstraints(int areaA, int localA, int areaB, int localB) const;

    KnowledgeBase m_kb;
    // Tables built once per KB; "local" = a candidate's index within its area, in KB order.
    QStringList m_areaIds;
    std::vector<std::vector<qsizetype>> m_candidates; // per area: indexes into m_kb.candidates
    std::vector<int> m_offset;                        // per area: global index of its local 0
    QHash<QString, std::pair<int, int>> m_slot;       // candidate id -> (area, local)
    std::vector<std::vector<double>> m_synergy;       // [i * areas + j], i != j: n_i x n_j points
    std::vector<std::vector<char>> m_legal;           // same layout: 1 when both may share a stack
    QHash<quint64, QList<qsizetype>> m_synergyRefs;   // (global a, global b), a's area first ->
                                                      // indexes into m_kb.synergies
};
