// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "Ahp.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ahp)
};
} // namespace

double AhpResult::weight(const QString &criterion) const
{
    const qsizetype i = criteria.indexOf(criterion);
    return i < 0 ? 0.0 : weights.at(i);
}

QMap<QString, double> AhpResult::importance() const
{
    QMap<QString, double> out;
    const double top = weights.isEmpty() ? 0.0 : *std::max_element(weights.cbegin(), weights.cend());
    for (qsizetype i = 0; i < criteria.size(); ++i)
        out.insert(criteria.at(i), top > 0 ? 10.0 * weights.at(i) / top : 0.0);
    return out;
}

double Ahp::randomIndex(int n)
{
    // Saaty 1977/1980, as the issue and the research notes state it.
    static constexpr double table[] = {0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    if (n < 3)
        return 0.0;
    return n <= 10 ? table[n] : table[10];
}

double Ahp::nearestScaleValue(double ratio)
{
    double best = 1.0;
    for (int k = 1; k <= 9; ++k)
        for (double v : {double(k), 1.0 / k})
            if (std::abs(std::log(v) - std::log(ratio)) < std::abs(std::log(best) - std::log(ratio)))
                best = v;
    return best;
}

QStringList Ahp::unlinkedCriteria(const QList<PairwiseJudgment> &judgments)
{
    QStringList criteria;
    for (const PairwiseJudgment &j : judgments)
        for (const QString &c : {j.a, j.b})
            if (!criteria.contains(c))
                criteria.append(c);
    if (criteria.isEmpty())
        return {};
    QStringList linked{criteria.first()};
    for (bool grew = true; grew;) {
        grew = false;
        for (const PairwiseJudgment &j : judgments) {
            const bool a = linked.contains(j.a), b = linked.contains(j.b);
            if (a != b) {
                linked.append(a ? j.b : j.a);
                grew = true;
            }
        }
    }
    QStringList unlinked;
    for (const QString &c : std::as_const(criteria))
        if (!linked.contains(c))
            unlinked.append(c);
    return unlinked;
}

std::optional<AhpResult> Ahp::compute(const QList<PairwiseJudgment> &judgments, QString *error)
{
    AhpResult r;
    for (const PairwiseJudgment &j : judgments)
        for (const QString &c : {j.a, j.b})
            if (!r.criteria.contains(c))
                r.criteria.append(c);
    const int n = int(r.criteria.size());
    if (n < 2) {
        *error = Tr::tr("pairwise judgments need at least two criteria");
        return std::nullopt;
    }
    // a[i][j], 0 where not judged.
    QList<QList<double>> a(n, QList<double>(n, 0.0));
    for (int i = 0; i < n; ++i)
        a[i][i] = 1.0;
    for (const PairwiseJudgment &j : judgments) {
        const int i = int(r.criteria.indexOf(j.a)), k = int(r.criteria.indexOf(j.b));
        a[i][k] = j.value;
        a[k][i] = 1.0 / j.value;
    }
    // Connected: every criterion reachable from the first through judged pairs.
    if (const QStringList lone = unlinkedCriteria(judgments); !lone.isEmpty()) {
        *error = Tr::tr("the pairwise judgments do not link '%1' with '%2'; compare it with one of the others")
                     .arg(lone.first(), r.criteria.first());
        return std::nullopt;
    }
    // Harker: a missing entry is 0, and each one adds 1 to its row's diagonal.
    QList<QList<double>> c = a;
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < n; ++k)
            if (i != k && a[i][k] == 0.0) {
                c[i][i] += 1.0;
                ++r.missing;
            }
    r.missing /= 2;

    // Power iteration from the uniform vector, normalised to sum 1.
    QList<double> w(n, 1.0 / n), next(n);
    double lambda = n;
    for (int iteration = 0; iteration < 100000; ++iteration) {
        double sum = 0.0;
        for (int i = 0; i < n; ++i) {
            double x = 0.0;
            for (int k = 0; k < n; ++k)
                x += c[i][k] * w[k];
            next[i] = x;
            sum += x;
        }
        double change = 0.0;
        for (int i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next[i] - w[i]));
        }
        std::swap(w, next);
        lambda = sum; // Σ(Cw) with Σw = 1
        if (change < 1e-9)
            break;
    }
    // λmax = Σ_i (Cw)_i for the final w (equal to that of the completed matrix, see the header).
    double lambdaMax = 0.0;
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < n; ++k)
            lambdaMax += c[i][k] * w[k];
    Q_UNUSED(lambda);
    r.weights = w;
    r.lambdaMax = lambdaMax;
    r.randomIndex = randomIndex(n);
    if (n >= 3) {
        r.consistencyIndex = std::max(0.0, (lambdaMax - n) / (n - 1));
        r.consistencyRatio = r.consistencyIndex / r.randomIndex;
        double worst = -1.0;
        qsizetype worstAt = -1;
        for (qsizetype at = 0; at < judgments.size(); ++at) {
            const PairwiseJudgment &j = judgments.at(at);
            const int i = int(r.criteria.indexOf(j.a)), k = int(r.criteria.indexOf(j.b));
            const double off = std::abs(std::log(j.value) - std::log(w[i] / w[k]));
            if (off > worst) {
                worst = off;
                worstAt = at;
                r.mostInconsistent = j;
                r.suggested = nearestScaleValue(w[i] / w[k]);
            }
        }
        // The value that fits is what the other judgments say: the ratio of the weights they
        // give without it (when they still link every criterion), not of weights it has pulled.
        QList<PairwiseJudgment> others = judgments;
        others.removeAt(worstAt);
        QString ignored;
        if (const auto without = compute(others, &ignored); without && without->criteria.size() == n)
            r.suggested = nearestScaleValue(without->weight(r.mostInconsistent->a) / without->weight(r.mostInconsistent->b));
    }
    return r;
}

QList<PairwiseJudgment> Ahp::aggregate(const QList<QList<PairwiseJudgment>> &members)
{
    // Keyed by the pair in the order first met; a member's (b, a) counts as 1/value for (a, b).
    QList<PairwiseJudgment> out;
    QList<QList<double>> logs;
    for (const QList<PairwiseJudgment> &member : members) {
        for (const PairwiseJudgment &j : member) {
            qsizetype at = -1;
            double logValue = std::log(j.value);
            for (qsizetype i = 0; i < out.size() && at < 0; ++i) {
                if (out.at(i).a == j.a && out.at(i).b == j.b)
                    at = i;
                else if (out.at(i).a == j.b && out.at(i).b == j.a) {
                    at = i;
                    logValue = -logValue;
                }
            }
            if (at < 0) {
                out.append({j.a, j.b, 1.0, j.pos});
                logs.append(QList<double>());
                at = out.size() - 1;
            }
            logs[at].append(logValue);
        }
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        double sum = 0.0;
        for (double l : logs.at(i))
            sum += l;
        out[i].value = std::exp(sum / double(logs.at(i).size()));
    }
    return out;
}
