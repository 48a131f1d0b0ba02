// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Ahp: weights, λmax and CR against published examples (the references and the recomputed
// values are in resources/kb/research/ahp-research.md), and the properties any AHP must have.
#include "Ahp.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// The upper triangle of a complete matrix, rows in `names` order.
QList<PairwiseJudgment> fromMatrix(const QStringList &names, const QList<QList<double>> &m)
{
    QList<PairwiseJudgment> out;
    for (qsizetype i = 0; i < names.size(); ++i)
        for (qsizetype k = i + 1; k < names.size(); ++k)
            if (m.at(i).at(k) > 0)
                out.append({names.at(i), names.at(k), m.at(i).at(k), {}});
    return out;
}
constexpr double T = 1.0 / 3, F = 1.0 / 5, S = 1.0 / 7, N = 1.0 / 9;
} // namespace

class TestAhp : public QObject
{
    Q_OBJECT
private slots:
    void publishedExamples_data();
    void publishedExamples();
    void harkerCompletesAMissingPair();
    void spanningTreeIsConsistent();
    void consistentMatrixRecoversItsWeights_data();
    void consistentMatrixRecoversItsWeights();
    void reciprocalAndPermutationInvariant();
    void twoCriteriaAreAlwaysConsistent();
    void mostInconsistentJudgmentAndItsFix();
    void unlinkedCriteriaAreRefused();
    void groupGeometricMeanByHand();
    void randomIndexTable();
    void importanceScale();
};

void TestAhp::publishedExamples_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QList<double>>>("matrix");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<double>("lambdaMax");
    QTest::addColumn<double>("cr");
    QTest::addColumn<double>("tolerance");

    // T.L. Saaty, "Decision making with the analytic hierarchy process", Int. J. Services
    // Sciences 1(1):83-98, 2008: drinks consumed in the US. Published vector (3 digits).
    QTest::newRow("Saaty 2008, drinks (7x7)")
        << QStringList{u"coffee"_s, u"wine"_s, u"tea"_s, u"beer"_s, u"sodas"_s, u"milk"_s, u"water"_s}
        << QList<QList<double>>{{1, 9, 5, 2, 1, 1, 0.5}, {N, 1, T, N, N, N, N}, {F, 3, 1, T, 0.25, T, N},
                                {0.5, 9, 3, 1, 0.5, 1, T}, {1, 9, 4, 2, 1, 2, 0.5}, {1, 9, 3, 1, 0.5, 1, T},
                                {2, 9, 9, 3, 2, 3, 1}}
        << QList<double>{.177, .019, .042, .116, .190, .129, .327} << 7.176629 << 0.022302 << 6e-4;
    // T.L. Saaty, "How to make a decision: the analytic hierarchy process", EJOR 48(1):9-26, 1990:
    // buying a house. Published: λmax 9.669, CR 0.169 (inconsistent on purpose).
    QTest::newRow("Saaty 1990, house (8x8)")
        << QStringList{u"size"_s, u"transport"_s, u"neighborhood"_s, u"age"_s, u"yard"_s, u"modern"_s, u"condition"_s, u"financing"_s}
        << QList<QList<double>>{{1, 5, 3, 7, 6, 6, T, 0.25}, {F, 1, T, 5, 3, 3, F, S}, {T, 3, 1, 6, 3, 4, 6, F},
                                {S, F, 1.0 / 6, 1, T, 0.25, S, 0.125}, {1.0 / 6, T, T, 3, 1, 0.5, F, 1.0 / 6},
                                {1.0 / 6, T, 0.25, 4, 2, 1, F, 1.0 / 6}, {3, 5, 1.0 / 6, 7, 5, 5, 1, 0.5},
                                {4, 7, 5, 8, 6, 6, 2, 1}}
        << QList<double>{.173, .054, .188, .018, .031, .036, .167, .333} << 9.669 << 0.169 << 6e-4;
}

void TestAhp::publishedExamples()
{
    QFETCH(QStringList, names);
    QFETCH(QList<QList<double>>, matrix);
    QFETCH(QList<double>, weights);
    QFETCH(double, lambdaMax);
    QFETCH(double, cr);
    QFETCH(double, tolerance);
    QString error;
    const auto r = Ahp::compute(fromMatrix(names, matrix), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->criteria, names);
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY2(std::abs(r->weights.at(i) - weights.at(i)) < tolerance,
                 qPrintable(QStringLiteral("%1: %2 against %3").arg(names.at(i)).arg(r->weights.at(i)).arg(weights.at(i))));
    QVERIFY2(std::abs(r->lambdaMax - lambdaMax) < 1e-3, qPrintable(QString::number(r->lambdaMax, 'f', 6)));
    QVERIFY2(std::abs(r->consistencyRatio - cr) < 1e-3, qPrintable(QString::number(r->consistencyRatio, 'f', 6)));
    QCOMPARE(r->missing, 0);
    QCOMPARE(r->isConsistentEnough(), cr <= 0.10);
}

// Harker's example data from the AHPy README (a/b = 1, a/c = 5, a/d = 2, b/c = 3, b/d = 4, the
// pair c/d left out); Harker's weights recomputed in the research notes.
void TestAhp::harkerCompletesAMissingPair()
{
    const QList<PairwiseJudgment> judgments{{u"a"_s, u"b"_s, 1, {}}, {u"a"_s, u"c"_s, 5, {}}, {u"a"_s, u"d"_s, 2, {}},
                                            {u"b"_s, u"c"_s, 3, {}}, {u"b"_s, u"d"_s, 4, {}}};
    QString error;
    const auto r = Ahp::compute(judgments, &error);
    QVERIFY(r);
    QCOMPARE(r->missing, 1);
    const QList<double> expected{0.373579, 0.392123, 0.098177, 0.136122};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::abs(r->weights.at(i) - expected.at(i)) < 1e-6, qPrintable(QString::number(r->weights.at(i), 'f', 6)));
    QVERIFY(std::abs(r->lambdaMax - 4.092388) < 1e-6);
    QVERIFY(std::abs(r->consistencyRatio - 0.034218) < 1e-6);
}

// Harker on n - 1 judgments forming a tree: the consistent completion, exactly.
void TestAhp::spanningTreeIsConsistent()
{
    QString error;
    const auto r = Ahp::compute({{u"x"_s, u"y"_s, 2, {}}, {u"y"_s, u"z"_s, 3, {}}}, &error);
    QVERIFY(r);
    // Power iteration stops when a step moves no weight by 1e-9; the answer is that close.
    QVERIFY(std::abs(r->weights.at(0) - 0.6) < 1e-7 && std::abs(r->weights.at(1) - 0.3) < 1e-7);
    QVERIFY(std::abs(r->lambdaMax - 3.0) < 1e-7);
    QVERIFY(r->consistencyRatio < 1e-7);
}

void TestAhp::consistentMatrixRecoversItsWeights_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::newRow("3") << QList<double>{0.5, 0.3, 0.2};
    QTest::newRow("5") << QList<double>{0.05, 0.4, 0.15, 0.1, 0.3};
    QTest::newRow("7") << QList<double>{1, 2, 3, 4, 5, 6, 7};
}

// a_ij = w_i / w_j: CR is 0 and the weights come back.
void TestAhp::consistentMatrixRecoversItsWeights()
{
    QFETCH(QList<double>, weights);
    double sum = 0;
    for (double w : weights)
        sum += w;
    QStringList names;
    QList<QList<double>> m;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        names << QStringLiteral("c%1").arg(i);
        QList<double> row;
        for (qsizetype k = 0; k < weights.size(); ++k)
            row << weights.at(i) / weights.at(k);
        m << row;
    }
    QString error;
    const auto r = Ahp::compute(fromMatrix(names, m), &error);
    QVERIFY(r);
    QVERIFY(r->consistencyRatio < 1e-9);
    for (qsizetype i = 0; i < weights.size(); ++i)
        QVERIFY(std::abs(r->weights.at(i) - weights.at(i) / sum) < 1e-8);
}

// Writing (b, a, 1/v) for (a, b, v), or naming the criteria in another order, changes nothing.
void TestAhp::reciprocalAndPermutationInvariant()
{
    const QList<PairwiseJudgment> base{{u"p"_s, u"q"_s, 3, {}}, {u"p"_s, u"r"_s, 5, {}}, {u"q"_s, u"r"_s, 2, {}}, {u"r"_s, u"s"_s, 0.5, {}}, {u"p"_s, u"s"_s, 4, {}}};
    QString error;
    const auto r = Ahp::compute(base, &error);
    QList<PairwiseJudgment> flipped;
    for (const PairwiseJudgment &j : base)
        flipped.prepend({j.b, j.a, 1.0 / j.value, {}});
    const auto f = Ahp::compute(flipped, &error);
    QVERIFY(r && f);
    QVERIFY(f->criteria != r->criteria); // another order...
    for (const QString &c : r->criteria)
        QVERIFY(std::abs(r->weight(c) - f->weight(c)) < 1e-9); // ...the same weights
    QVERIFY(std::abs(r->consistencyRatio - f->consistencyRatio) < 1e-9);
}

void TestAhp::twoCriteriaAreAlwaysConsistent()
{
    QString error;
    const auto r = Ahp::compute({{u"x"_s, u"y"_s, 7, {}}}, &error);
    QVERIFY(r);
    QVERIFY(std::abs(r->weights.at(0) - 0.875) < 1e-9);
    QCOMPARE(r->consistencyRatio, 0.0);
    QVERIFY(!r->mostInconsistent);
}

// One contradiction among consistent judgments is the one named, with the value that fits.
void TestAhp::mostInconsistentJudgmentAndItsFix()
{
    // Consistent for w = (8, 4, 2, 1) except c/d, given as 1/5 instead of 2.
    const QList<PairwiseJudgment> judgments{{u"a"_s, u"b"_s, 2, {}}, {u"a"_s, u"c"_s, 4, {}}, {u"a"_s, u"d"_s, 8, {}},
                                            {u"b"_s, u"c"_s, 2, {}}, {u"b"_s, u"d"_s, 4, {}}, {u"c"_s, u"d"_s, 0.2, {}}};
    QString error;
    const auto r = Ahp::compute(judgments, &error);
    QVERIFY(r);
    QVERIFY(r->consistencyRatio > 0.10);
    QVERIFY(r->mostInconsistent);
    QCOMPARE(r->mostInconsistent->a, QStringLiteral("c"));
    QCOMPARE(r->mostInconsistent->b, QStringLiteral("d"));
    QCOMPARE(r->suggested, 2.0); // what a, b and the rest say of c against d
    QList<PairwiseJudgment> fixed = judgments;
    fixed.last().value = r->suggested;
    QVERIFY(Ahp::compute(fixed, &error)->consistencyRatio < r->consistencyRatio / 4);
}

void TestAhp::unlinkedCriteriaAreRefused()
{
    QString error;
    QVERIFY(!Ahp::compute({{u"a"_s, u"b"_s, 2, {}}, {u"c"_s, u"d"_s, 3, {}}}, &error));
    QVERIFY2(error.contains(QLatin1String("'c'")), qPrintable(error));
    QVERIFY(!Ahp::compute({}, &error));
}

// Two members, by hand (research notes, example G1): g12 = sqrt(3 * 1/3) = 1, g13 = 5, g23 = 4.
void TestAhp::groupGeometricMeanByHand()
{
    const QList<PairwiseJudgment> alice{{u"x"_s, u"y"_s, 3, {}}, {u"x"_s, u"z"_s, 5, {}}, {u"y"_s, u"z"_s, 2, {}}};
    const QList<PairwiseJudgment> bob{{u"y"_s, u"x"_s, 3, {}}, {u"x"_s, u"z"_s, 5, {}}, {u"y"_s, u"z"_s, 8, {}}}; // y/x = 3: x/y = 1/3
    const QList<PairwiseJudgment> g = Ahp::aggregate({alice, bob});
    QCOMPARE(g.size(), 3);
    QVERIFY(std::abs(g.at(0).value - 1.0) < 1e-12 && std::abs(g.at(1).value - 5.0) < 1e-12 && std::abs(g.at(2).value - 4.0) < 1e-12);
    QString error;
    const auto r = Ahp::compute(g, &error);
    QVERIFY(r);
    const QList<double> expected{0.466470, 0.433032, 0.100498};
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::abs(r->weights.at(i) - expected.at(i)) < 1e-6);
    QVERIFY(std::abs(r->lambdaMax - 3.005535) < 1e-6);
    QVERIFY(std::abs(r->consistencyRatio - 0.004772) < 1e-6);
}

void TestAhp::randomIndexTable()
{
    const QList<double> ri{0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    for (int n = 0; n <= 10; ++n)
        QCOMPARE(Ahp::randomIndex(n), ri.at(n));
}

void TestAhp::importanceScale()
{
    QString error;
    const auto r = Ahp::compute({{u"x"_s, u"y"_s, 2, {}}, {u"y"_s, u"z"_s, 4, {}}}, &error);
    const QMap<QString, double> importance = r->importance();
    QVERIFY(std::abs(importance.value(u"x"_s) - 10.0) < 1e-9); // the largest is 10 by definition
    QVERIFY(std::abs(importance.value(u"y"_s) - 5.0) < 1e-6);
    QVERIFY(std::abs(importance.value(u"z"_s) - 1.25) < 1e-6);
    QCOMPARE(Ahp::nearestScaleValue(2.6), 3.0);
    QCOMPARE(Ahp::nearestScaleValue(0.3), 1.0 / 3);
    QCOMPARE(Ahp::nearestScaleValue(40), 9.0);
}

QTEST_APPLESS_MAIN(TestAhp)
#include "test_ahp.moc"
