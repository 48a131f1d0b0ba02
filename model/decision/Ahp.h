// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "SourcePos.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// "a is `value` times as important as b", on Saaty's 1/9..9 scale.
struct PairwiseJudgment
{
    QString a;
    QString b;
    double value = 1.0;
    SourcePos pos;

    // Positions are where it was read, not what it says.
    friend bool operator==(const PairwiseJudgment &x, const PairwiseJudgment &y)
    {
        return x.a == y.a && x.b == y.b && qFuzzyCompare(x.value, y.value);
    }
};

struct AhpResult
{
    QStringList criteria;       // compared, in the order first named
    QList<double> weights;      // principal eigenvector, same order, summing to 1
    double lambdaMax = 0.0;
    double consistencyIndex = 0.0;  // CI = (λmax − n) / (n − 1)
    double randomIndex = 0.0;       // Saaty's RI(n); 0 for n < 3
    double consistencyRatio = 0.0;  // CR = CI / RI; 0 for n < 3
    int missing = 0;                // pairs not judged, completed by Harker's method
    // The judgment furthest from what the weights imply (largest |ln a_ij − ln(w_i/w_j)|), and
    // the scale value nearest to w_i/w_j, which would bring it in line. Empty for n < 3.
    std::optional<PairwiseJudgment> mostInconsistent;
    double suggested = 0.0;

    bool isConsistentEnough() const { return consistencyRatio <= 0.10; }
    double weight(const QString &criterion) const;
    // 10 × w / max(w) over the compared criteria: their importance on the 0..10 scale.
    QMap<QString, double> importance() const;
};

// The analytic hierarchy process for one set of judgments: weights by the principal eigenvector
// (power iteration to 1e-9), λmax, CI and CR with Saaty's random index. Judgments may be missing
// as long as every compared criterion is linked to every other through them; the matrix is then
// completed by Harker's method (P.T. Harker, "Incomplete pairwise comparisons in the analytic
// hierarchy process", Mathematical Modelling 9(11), 1987): a missing a_ij is 0 and the diagonal
// of row i is 1 + the number of pairs missing in it, which makes the eigenvector that of the
// matrix completed with a_ij = w_i/w_j. See resources/kb/research/ahp-research.md.
class Ahp
{
public:
    // Saaty's random index for n = 3..10 (0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49); 0 below.
    static double randomIndex(int n);
    // The nearest value of the 1/9..9 scale (integers and their reciprocals), in log terms.
    static double nearestScaleValue(double ratio);

    // The criteria the judgments do not link with the first one named (directly or through
    // others): empty when they are all linked. Until then compute() sets no weights.
    static QStringList unlinkedCriteria(const QList<PairwiseJudgment> &judgments);

    // std::nullopt with *error set when the judgments leave criteria unlinked, or there are none.
    static std::optional<AhpResult> compute(const QList<PairwiseJudgment> &judgments, QString *error);

    // Several members' judgments as one: per pair, the geometric mean of the members who judged
    // it (the aggregation of individual judgments that keeps reciprocity; Aczél & Saaty 1983).
    static QList<PairwiseJudgment> aggregate(const QList<QList<PairwiseJudgment>> &members);
};
