#pragma once

#include "Evaluation.h"
#include "KnowledgeBase.h"

#include <QList>
#include <QMap>
#include <QString>

// Exact top-k whole-stack search by branch and bound.
//
// A stack picks one candidate per area (every area of the KB, in KB order). Its score is the
// mean of its candidates' area scores plus the points of every synergy between two of its
// candidates. Stacks that break a hard constraint, or hold another candidate than a pinned area's
// pin, are never returned. Results are ordered by score (descending), ties by the candidates'
// positions in the per-area rankings (lexicographic, ascending), so the order is deterministic
// and equal to a brute-force enumeration's.
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
    // stacks when each conflicting pin is released in turn.
    QList<PinConflict> pinConflicts(const Input &input, int alternatives = 3) const;

private:
    KnowledgeBase m_kb;
};
