// Scoring benchmarks (`make bench`). Budgets (issue 3):
//   defaultKbFullEvaluation      all areas + top-20 stacks + sensitivity, default KB: < 1 ms
//   largeKbTopStacksPruned       4 areas x 60 candidates, 200 criteria, dense synergies: top 20
//   largeKbTopStacksBruteForce   the same by enumeration: the pruned search >= 50x faster
//
// Layout: one section per subject. Each benchmark prepares its input outside QBENCHMARK and
// keeps only the measured call inside it.
#include "AnswersFile.h"
#include "KbLoader.h"
#include "RandomKb.h"
#include "ScoringEngine.h"
#include "StackSearch.h"

#include <QTest>

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
    }

    // ---- Large generated knowledge base: exact top-k stack search (helper "search") ----
    // largeKbTopStacksPruned() and largeKbTopStacksBruteForce() go here.
};

QTEST_GUILESS_MAIN(BenchScoring)
#include "bench_scoring.moc"
