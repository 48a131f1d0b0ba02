// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// ScoringEngine: hand-computed scores on a tiny knowledge base, the contributions-sum invariant,
// pins, constraints and stacks (ScoringEngine.h documents the model).
#include "JsonReportWriter.h"
#include "KbLoader.h"
#include "ScoringEngine.h"
#include "TinyKb.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
const CandidateScore *scoreOf(const Evaluation &e, const QString &candidate)
{
    for (const AreaResult &a : e.areas)
        for (const CandidateScore &cs : a.ranking)
            if (cs.candidate == candidate)
                return &cs;
    return nullptr;
}

double sumOf(const CandidateScore &cs)
{
    double sum = 0.0;
    for (const Contribution &c : cs.contributions)
        sum += c.points;
    return sum;
}

double limitOf(const CandidateScore &cs)
{
    double limit = 0.0;
    for (const Contribution &c : cs.contributions)
        if (c.kind == Contribution::Kind::Limit)
            limit += c.points;
    return limit;
}

// A random, valid answers value for `kb`: about half the questions answered, sometimes a
// weight override or a pin.
Answers randomAnswers(const KnowledgeBase &kb, QRandomGenerator &rng)
{
    Answers a;
    for (const Question &q : kb.questions) {
        if (rng.bounded(2) == 0 || q.options.isEmpty())
            continue;
        QStringList chosen;
        if (q.kind == Question::Kind::Single) {
            chosen.append(q.options.at(rng.bounded(int(q.options.size()))).id);
        } else {
            for (const Option &o : q.options)
                if (rng.bounded(3) == 0)
                    chosen.append(o.id);
        }
        a.answers.insert(q.id, chosen);
    }
    for (const Criterion &c : kb.criteria)
        if (rng.bounded(10) == 0)
            a.weights.insert(c.id, rng.bounded(11));
    for (const Area &area : kb.areas) {
        const QList<const Candidate *> candidates = kb.candidatesOf(area.id);
        if (!candidates.isEmpty() && rng.bounded(8) == 0)
            a.pins.insert(area.id, candidates.at(rng.bounded(int(candidates.size())))->id);
    }
    return a;
}

void verifyExplained(const Evaluation &e)
{
    for (const AreaResult &area : e.areas) {
        for (qsizetype i = 0; i < area.ranking.size(); ++i) {
            const CandidateScore &cs = area.ranking.at(i);
            QVERIFY2(cs.score >= 0.0 && cs.score <= 100.0, qPrintable(cs.candidate));
            QVERIFY2(qAbs(sumOf(cs) - cs.score) < 1e-9,
                     qPrintable(QStringLiteral("%1: contributions %2, score %3").arg(cs.candidate).arg(sumOf(cs)).arg(cs.score)));
            if (i > 0)
                QVERIFY(area.ranking.at(i - 1).score >= cs.score);
        }
    }
}
} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void handComputedScores_data()
    {
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("limit");

        QTest::newRow("no answers: baseline weights 5/5, x = 10*(40+20)/10") << QString() << "x" << 60.0 << 0.0;
        QTest::newRow("no answers: y = 10*(20+30)/10") << QString() << "y" << 50.0 << 0.0;
        QTest::newRow("no answers: single-criterion area keeps the rating x10") << QString() << "q" << 30.0 << 0.0;
        QTest::newRow("o1 raises c1 to 8: x = 840/13") << "q1=o1" << "x" << 840.0 / 13 << 0.0;
        QTest::newRow("o1 raises c1 to 8: z = 800/13") << "q1=o1" << "z" << 800.0 / 13 << 0.0;
        QTest::newRow("o2 raises c2 to 10 and nudges y by 7") << "q1=o2" << "y" << 800.0 / 15 + 7 << 0.0;
        QTest::newRow("o2 does not nudge x") << "q1=o2" << "x" << 800.0 / 15 << 0.0;
        QTest::newRow("o3 clamps c1 at 0: only c2 counts") << "q1=o3" << "y" << 60.0 << 0.0;
        QTest::newRow("o3 clamps c1 at 0: z rates 0 on c2") << "q1=o3" << "z" << 0.0 << 0.0;
        QTest::newRow("nothing matters (W = 0): 50 for everyone") << "weight:c1=0;weight:c2=0" << "x" << 50.0 << 0.0;
        QTest::newRow("weights override c1 = 2: x = 360/7") << "weight:c1=2" << "x" << 360.0 / 7 << 0.0;
        QTest::newRow("override wins over an answer's delta") << "q1=o1;weight:c1=2" << "x" << 360.0 / 7 << 0.0;
        QTest::newRow("nudge past 100 is limited") << "q2=m1" << "x" << 100.0 << -10.0;
        QTest::newRow("nudge below 0 is limited") << "q2=m2" << "z" << 0.0 << 10.0;
        QTest::newRow("multi answer adds both options") << "q2=m1,m2" << "z" << 0.0 << 10.0;
        QTest::newRow("pinned p gives x its synergy") << "pin:b=p" << "x" << 65.0 << 0.0;
        QTest::newRow("pinned q gives z its penalty") << "pin:b=q" << "z" << 46.0 << 0.0;
        QTest::newRow("pin synergy never applies inside the pinned area") << "pin:a=x" << "x" << 60.0 << 0.0;
        QTest::newRow("pinned x gives p its synergy") << "pin:a=x" << "p" << 65.0 << 0.0;
    }
    void handComputedScores()
    {
        QFETCH(QString, answers);
        QFETCH(QString, candidate);
        QFETCH(double, expected);
        QFETCH(double, limit);
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluate(TinyKb::answers(answers));
        const CandidateScore *cs = scoreOf(e, candidate);
        QVERIFY(cs);
        QVERIFY2(qAbs(cs->score - expected) < 1e-9, qPrintable(QString::number(cs->score, 'f', 6)));
        QVERIFY(qAbs(limitOf(*cs) - limit) < 1e-9);
        QVERIFY(qAbs(sumOf(*cs) - cs->score) < 1e-9);
    }

    void contributionsNameTheirCause()
    {
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluate(TinyKb::answers(QStringLiteral("q1=o2;pin:b=p")));
        const CandidateScore *y = scoreOf(e, QStringLiteral("y"));
        QVERIFY(y);
        // c1 kept its baseline (no source), c2 was set by q1, the nudge came from q1/o2.
        QCOMPARE(y->contributions.size(), 3);
        QCOMPARE(y->contributions.at(0).criterion, QStringLiteral("c1"));
        QCOMPARE(y->contributions.at(0).question, QString());
        QCOMPARE(y->contributions.at(0).why, QStringLiteral("y on c1"));
        QCOMPARE(y->contributions.at(1).question, QStringLiteral("q1"));
        QCOMPARE(y->contributions.at(1).importance, 10.0);
        QCOMPARE(y->contributions.at(1).rating, 6.0);
        QCOMPARE(y->contributions.at(2).kind, Contribution::Kind::Nudge);
        QCOMPARE(y->contributions.at(2).option, QStringLiteral("o2"));
        QCOMPARE(y->contributions.at(2).points, 7.0);
        const CandidateScore *x = scoreOf(e, QStringLiteral("x"));
        QVERIFY(x);
        QCOMPARE(x->contributions.last().question, QStringLiteral("pin:b"));
        QVERIFY(x->contributions.last().why.contains(QLatin1String("x likes p")));
    }

    void importance_data()
    {
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<double>("importance");
        QTest::addColumn<QString>("source");
        QTest::newRow("baseline without answers") << QString() << "c1" << 5.0 << QString();
        QTest::newRow("answer raises it") << "q1=o1" << "c1" << 8.0 << "q1";
        QTest::newRow("answer lowers it, clamped at 0") << "q1=o3" << "c1" << 0.0 << "q1";
        QTest::newRow("unrelated answer leaves it") << "q1=o1" << "c2" << 5.0 << QString();
        QTest::newRow("weights override") << "weight:c1=3" << "c1" << 3.0 << "weights";
        QTest::newRow("weights override beats an answer") << "q1=o1;weight:c1=3" << "c1" << 3.0 << "weights";
        QTest::newRow("multi option moves a criterion of another area") << "q2=m3" << "c3" << 6.0 << "q2";
        // Issue 15: 10 x w / max(w) over the compared criteria; what-if weights still win.
        QTest::newRow("pairwise: the stronger is 10") << "q1=o3;pair:c1,c2=4" << "c1" << 10.0 << "pairwise";
        QTest::newRow("pairwise: the weaker in proportion") << "pair:c1,c2=4" << "c2" << 2.5 << "pairwise";
        QTest::newRow("pairwise across areas") << "pair:c3,c1=2" << "c1" << 5.0 << "pairwise";
        QTest::newRow("weights beat pairwise") << "pair:c1,c2=4;weight:c1=3" << "c1" << 3.0 << "weights";
        QTest::newRow("pairwise leaves the rest") << "q1=o1;pair:c2,c3=2" << "c1" << 8.0 << "q1";
    }
    void importance()
    {
        QFETCH(QString, answers);
        QFETCH(QString, criterion);
        QFETCH(double, importance);
        QFETCH(QString, source);
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluate(TinyKb::answers(answers));
        QVERIFY2(qAbs(e.importance.value(criterion) - importance) < 1e-6, qPrintable(QString::number(e.importance.value(criterion))));
        const AreaResult *area = e.area(engine.knowledgeBase().criterion(criterion)->areas.first());
        QVERIFY(area);
        QVERIFY(qAbs(area->importance.value(criterion) - importance) < 1e-6);
        QCOMPARE(area->importanceSource.value(criterion), source);
    }

    // What "Compare what matters" offers (issue 15): judged criteria first, in the order named,
    // then by importance under the answers without judgments (ties in KB order), up to max;
    // a criterion of importance 0 has nothing to weigh.
    void criteriaToCompare_data()
    {
        QTest::addColumn<QString>("answers");
        QTest::addColumn<int>("max");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("baselines, ties in KB order") << QString() << 7 << QString::fromLatin1("c1 c2 c3").split(QLatin1Char(' '));
        QTest::newRow("an answer raises c3 above the others") << "q2=m3" << 7 << QString::fromLatin1("c3 c1 c2").split(QLatin1Char(' '));
        QTest::newRow("importance 0 is left out") << "q1=o3" << 7 << QString::fromLatin1("c2 c3").split(QLatin1Char(' '));
        QTest::newRow("at most max") << "q1=o2" << 2 << QString::fromLatin1("c2 c1").split(QLatin1Char(' '));
        QTest::newRow("judged ones first, in the order named") << "pair:c3,c2=3" << 7 << QString::fromLatin1("c3 c2 c1").split(QLatin1Char(' '));
        QTest::newRow("judgments do not move the rest") << "pair:c2,c3=9" << 3 << QString::fromLatin1("c2 c3 c1").split(QLatin1Char(' '));
        QTest::newRow("what-if weights count") << "weight:c2=9;weight:c1=1" << 2 << QString::fromLatin1("c2 c3").split(QLatin1Char(' '));
    }
    void criteriaToCompare()
    {
        QFETCH(QString, answers);
        QFETCH(int, max);
        QFETCH(QStringList, expected);
        const ScoringEngine engine(TinyKb::make());
        QCOMPARE(engine.criteriaToCompare(TinyKb::answers(answers), max), expected);
    }

    void rankingOrderAndTies()
    {
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluate(Answers{});
        const AreaResult *a = e.area(QStringLiteral("a"));
        QVERIFY(a);
        QStringList order;
        for (const CandidateScore &cs : a->ranking)
            order.append(cs.candidate);
        // y and z tie at 50: the KB order decides, so the result is deterministic.
        QCOMPARE(order, (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        QCOMPARE(a->marginPercent, (60.0 - 50.0) / 60.0 * 100.0);
        QCOMPARE(e.areas.size(), 2);
        QCOMPARE(e.areas.at(0).area, QStringLiteral("a"));
    }

    void stacksAreLegalOrderedAndScored()
    {
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluate(Answers{});
        // 3 x 2 stacks, minus z+p which breaks "z requires q".
        QCOMPARE(e.stacks.size(), 5);
        for (qsizetype i = 0; i < e.stacks.size(); ++i) {
            const StackResult &s = e.stacks.at(i);
            QVERIFY(!(s.choice.value(QStringLiteral("a")) == QLatin1String("z") && s.choice.value(QStringLiteral("b")) == QLatin1String("p")));
            if (i > 0)
                QVERIFY(e.stacks.at(i - 1).score >= s.score);
            double mean = 0.0;
            for (auto it = s.choice.constBegin(); it != s.choice.constEnd(); ++it)
                mean += scoreOf(e, it.value())->score / s.choice.size();
            double synergy = 0.0;
            for (const StackSynergy &y : s.synergies)
                synergy += y.points;
            // One scale: each synergy counts like that many points of one area's score.
            QVERIFY(qAbs(s.score - (mean + synergy / s.choice.size())) < 1e-9);
            // The parts add up to the score.
            double parts = 0.0;
            for (auto it = s.areaScores.constBegin(); it != s.areaScores.constEnd(); ++it)
                parts += it.value() / s.choice.size();
            QVERIFY(qAbs(s.score - (parts + synergy / s.choice.size())) < 1e-9);
        }
        // x + p: (60 + 60 + 5) / 2.
        QCOMPARE(e.stacks.first().choice.value(QStringLiteral("a")), QStringLiteral("x"));
        QCOMPARE(e.stacks.first().choice.value(QStringLiteral("b")), QStringLiteral("p"));
        QCOMPARE(e.stacks.first().score, 62.5);
    }

    void topStacksOption()
    {
        const ScoringEngine engine(TinyKb::make());
        ScoringEngine::Options options;
        options.topStacks = 2;
        QCOMPARE(engine.evaluate(Answers{}, options).stacks.size(), 2);
        options.topStacks = 0;
        QVERIFY(engine.evaluate(Answers{}, options).stacks.isEmpty());
    }

    void pinnedAreaStillRanksEveryone()
    {
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluate(TinyKb::answers(QStringLiteral("pin:a=z")));
        const AreaResult *a = e.area(QStringLiteral("a"));
        QCOMPARE(a->pinned, QStringLiteral("z"));
        QCOMPARE(a->ranking.size(), 3);
        QCOMPARE(e.area(QStringLiteral("b"))->pinned, QString());
        // Pinned z requires q: the only legal stack.
        QCOMPARE(e.stacks.size(), 1);
        QCOMPARE(e.stacks.first().choice.value(QStringLiteral("a")), QStringLiteral("z"));
        QCOMPARE(e.stacks.first().choice.value(QStringLiteral("b")), QStringLiteral("q"));
        QVERIFY(e.conflicts.isEmpty());
    }

    void pinConflictIsExplained()
    {
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluate(TinyKb::answers(QStringLiteral("pin:a=z;pin:b=p")));
        QVERIFY(e.stacks.isEmpty()); // no legal stack holds both pins
        QCOMPARE(e.conflicts.size(), 1);
        QCOMPARE(e.conflicts.first().constraint, QStringLiteral("z_needs_q"));
        QVERIFY(e.conflicts.first().pins.contains(QStringLiteral("z")));
        QCOMPARE(e.conflicts.first().why, QStringLiteral("z only works with q"));
        QVERIFY(!e.conflicts.first().alternatives.isEmpty());
        for (const StackResult &s : e.conflicts.first().alternatives)
            QVERIFY(!(s.choice.value(QStringLiteral("a")) == QLatin1String("z") && s.choice.value(QStringLiteral("b")) == QLatin1String("p")));
    }

    void unknownIdsAreIgnoredNotFatal()
    {
        // AnswersFile rejects these with diagnostics; the engine itself must simply not crash.
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluate(TinyKb::answers(QStringLiteral("nope=o1;q1=nope;pin:a=p;weight:nope=3")));
        QCOMPARE(scoreOf(e, QStringLiteral("x"))->score, 60.0);
        QCOMPARE(e.area(QStringLiteral("a"))->pinned, QString());
    }

    void contributionsSumOnRandomAnswers_data()
    {
        QTest::addColumn<bool>("defaultKb");
        QTest::newRow("tiny knowledge base") << false;
        QTest::newRow("default knowledge base") << true;
    }
    void contributionsSumOnRandomAnswers()
    {
        QFETCH(bool, defaultKb);
        KnowledgeBase kb = TinyKb::make();
        if (defaultKb) {
            const KbLoader::Result loaded = KbLoader::loadDefault();
            QVERIFY2(loaded.ok() && !loaded.kb.candidates.isEmpty(), "the default knowledge base must load");
            kb = loaded.kb;
        }
        const ScoringEngine engine(kb);
        QRandomGenerator rng(20261125);
        ScoringEngine::Options options;
        options.sensitivity = false;
        for (int run = 0; run < 200; ++run) {
            const Evaluation e = engine.evaluate(randomAnswers(kb, rng), options);
            verifyExplained(e);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("run %1").arg(run)));
            QCOMPARE(e.areas.size(), kb.areas.size());
        }
    }

    void deterministic()
    {
        const KnowledgeBase kb = TinyKb::make();
        const Answers answers = TinyKb::answers(QStringLiteral("q1=o2;q2=m1"));
        const QByteArray first = JsonReportWriter::render(ScoringEngine(kb).evaluate(answers), kb);
        const QByteArray second = JsonReportWriter::render(ScoringEngine(kb).evaluate(answers), kb);
        QCOMPARE(first, second);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "test_scoring.moc"
