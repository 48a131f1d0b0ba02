// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Scoring benchmarks (`make bench`). Budgets (issue 3):
//   defaultKbFullEvaluation      all areas + top-20 stacks + sensitivity, default KB: < 1 ms
//   largeKbTopStacksPruned       4 areas x 60 candidates, 200 criteria, dense synergies: top 20
//   largeKbTopStacksBruteForce   the same by enumeration: the pruned search >= 50x faster
//   eightAreasTopStacks          4 to 8 areas x 30 candidates, dense synergies: top 20 within
//                                one frame (16 ms) at 8 areas
//
// Layout: one section per subject. Each benchmark prepares its input outside QBENCHMARK and
// keeps only the measured call inside it.
#include "AnswersFile.h"
#include "BudgetReport.h"
#include "KbLoader.h"
#include "RandomKb.h"
#include "ScoringEngine.h"
#include "StackSearch.h"

#include <QTest>

#include <cmath>

class BenchScoring : public QObject
{
    Q_OBJECT

private slots:
    // ---- Default knowledge base: the whole evaluation as the wizard and the CLI run it ----
    void defaultKbFullEvaluation_data()
    {
        QTest::addColumn<QString>("answersFile");
        QTest::newRow("no answers") << QString();
        QTest::newRow("realtime-react-team") << QStringLiteral("realtime-react-team.yaml");
        QTest::newRow("python-data-team") << QStringLiteral("python-data-team.yaml");
    }
    void defaultKbFullEvaluation()
    {
        QFETCH(QString, answersFile);
        const KbLoader::Result loaded = KbLoader::loadDefault();
        if (!loaded.ok() || loaded.kb.candidates.isEmpty())
            QSKIP("the default knowledge base does not load");
        Answers answers;
        if (!answersFile.isEmpty()) {
            Diagnostics diagnostics;
            const auto parsed = AnswersFile::load(QStringLiteral(":/examples/") + answersFile, loaded.kb, &diagnostics);
            QVERIFY2(parsed, qPrintable(diagnostics.isEmpty() ? answersFile : diagnostics.first().toString()));
            answers = *parsed;
        }
        const ScoringEngine engine(loaded.kb);
        ScoringEngine::Options options;
        options.topStacks = 20;
        options.sensitivity = true;
        Evaluation result;
        QBENCHMARK {
            result = engine.evaluate(answers, options);
        }
        QCOMPARE(result.areas.size(), loaded.kb.areas.size());
        QVERIFY(!result.stacks.isEmpty());
        if (BudgetReport::firstRun())
            BudgetReport::report("defaultKbFullEvaluation",
                                 BudgetReport::medianMs([&] { result = engine.evaluate(answers, options); }, 201), 1.0);
    }

    // ---- Large generated knowledge base: exact top-k stack search ----
    // Both run on the same generated KB; compare their figures for the >= 50x budget.
    void largeKbTopStacksPruned()
    {
        const RandomKb &large = largeKb();
        const StackSearch search(large.kb);
        // Same stacks, same order, bit-identical scores as the enumeration (checked once).
        const QList<StackResult> expected = search.topStacksBruteForce(large.input, 20);
        QList<StackResult> stacks;
        QBENCHMARK {
            stacks = search.topStacks(large.input, 20);
        }
        QCOMPARE(stacks.size(), 20);
        for (qsizetype i = 0; i < stacks.size(); ++i) {
            QVERIFY(stacks.at(i).choice == expected.at(i).choice);
            QVERIFY(stacks.at(i).score == expected.at(i).score);
        }
        if (BudgetReport::firstRun())
            m_prunedMs = BudgetReport::medianMs([&] { stacks = search.topStacks(large.input, 20); }, 101);
    }
    void largeKbTopStacksBruteForce()
    {
        const RandomKb &large = largeKb();
        const StackSearch search(large.kb);
        QList<StackResult> stacks;
        QBENCHMARK {
            stacks = search.topStacksBruteForce(large.input, 20);
        }
        QCOMPARE(stacks.size(), 20);
        if (m_prunedMs > 0 && BudgetReport::firstRun()) {
            const double bruteMs = BudgetReport::medianMs([&] { stacks = search.topStacksBruteForce(large.input, 20); }, 3);
            const double speedup = bruteMs / m_prunedMs;
            qInfo("largeKbTopStacks: pruned %.3f ms, brute force %.1f ms: %.0fx faster; budget >= 50x: %s",
                  m_prunedMs, bruteMs, speedup, speedup >= 50 ? "within budget" : "OVER BUDGET");
        }
    }

    // ---- Areas multiply the stacks (issue 17): exact top 20 from 4 to 8 areas of 30 ----
    // Budget at 8 areas: one frame (16 ms). Rows report how the time grows with the areas.
    void eightAreasTopStacks_data()
    {
        QTest::addColumn<int>("areas");
        for (int areas = 4; areas <= 8; ++areas)
            QTest::newRow(qPrintable(QStringLiteral("%1 areas x 30").arg(areas))) << areas;
    }
    void eightAreasTopStacks()
    {
        QFETCH(int, areas);
        RandomKbSpec spec;
        spec.minAreas = spec.maxAreas = areas;
        spec.minCandidates = spec.maxCandidates = 30;
        spec.criteria = 40;
        spec.synergyDensity = 1.0; // a synergy on every cross-area pair
        spec.minPoints = -3;
        spec.maxPoints = 3;
        spec.minConstraints = spec.maxConstraints = 2 * areas;
        const RandomKb kb = makeRandomKb(20261202 + areas, spec);
        const StackSearch search(kb.kb);
        QList<StackResult> stacks;
        QBENCHMARK {
            stacks = search.topStacks(kb.input, 20);
        }
        QCOMPARE(stacks.size(), 20);
        if (!BudgetReport::firstRun())
            return;
        const double ms = BudgetReport::medianMs([&] { stacks = search.topStacks(kb.input, 20); }, 101);
        if (areas == 4)
            m_fourAreasMs = ms;
        qInfo("eightAreasTopStacks, %d areas x 30 (%.3g stacks): %.3f ms (median), %.1fx the 4 areas; "
              "budget 16 ms: %s", areas, std::pow(30.0, areas), ms, m_fourAreasMs > 0 ? ms / m_fourAreasMs : 0.0,
              BudgetReport::verdict(ms, 16.0));
    }

private:
    double m_prunedMs = 0;    // largeKbTopStacksPruned's median, for the brute-force ratio
    double m_fourAreasMs = 0; // eightAreasTopStacks at 4 areas, for the growth

    // 4 areas x 60 candidates, 200 criteria, a synergy on every cross-area pair (-3..3 points),
    // a few constraints, area scores drawn directly on 0..100; generated once per run.
    static const RandomKb &largeKb()
    {
        static const RandomKb kb = [] {
            RandomKbSpec spec;
            spec.minAreas = spec.maxAreas = 4;
            spec.minCandidates = spec.maxCandidates = 60;
            spec.criteria = 200;
            spec.synergyDensity = 1.0;
            spec.minPoints = -3;
            spec.maxPoints = 3;
            spec.minConstraints = spec.maxConstraints = 6;
            return makeRandomKb(20261125, spec);
        }();
        return kb;
    }
};

QTEST_GUILESS_MAIN(BenchScoring)
#include "bench_scoring.moc"
