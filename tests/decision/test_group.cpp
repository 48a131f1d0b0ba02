// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Group mode: aggregation of several members' answers (GroupAggregator.h) and the listing of
// their disagreements.
#include "GroupAggregator.h"
#include "ScoringEngine.h"
#include "TinyKb.h"

#include <QTest>

#include <cmath>

namespace {
using Member = ScoringEngine::Member;

Member member(const char *file, const QString &spec, const char *author = "")
{
    Member m{QLatin1String(file), TinyKb::answers(spec)};
    m.answers.project.author = QLatin1String(author);
    return m;
}

double scoreOf(const Evaluation &e, const QString &area, const QString &candidate)
{
    for (const CandidateScore &cs : e.area(area)->ranking)
        if (cs.candidate == candidate)
            return cs.score;
    return -1.0;
}

const Disagreement *disagreement(const Evaluation &e, const QString &question)
{
    for (const Disagreement &d : e.group->disagreements)
        if (d.question == question)
            return &d;
    return nullptr;
}
} // namespace

class TestGroup : public QObject
{
    Q_OBJECT

private slots:
    void aggregateScores_data()
    {
        QTest::addColumn<QString>("alice");
        QTest::addColumn<QString>("bob");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<double>("expected");
        // Importance c1 = mean(8, 5) = 6.5, c2 = mean(5, 10) = 7.5; y's nudge 7 counts half.
        QTest::newRow("mean importance: x = 10*(6.5*8+7.5*4)/14") << "q1=o1" << "q1=o2" << "x" << 820.0 / 14;
        QTest::newRow("mean nudge: y = 10*(6.5*4+7.5*6)/14 + 3.5") << "q1=o1" << "q1=o2" << "y" << 710.0 / 14 + 3.5;
        QTest::newRow("the same nudge from both counts fully") << "q1=o2" << "q1=o2" << "y" << 800.0 / 15 + 7;
        QTest::newRow("clamping happens per member: mean(0, 5) for c1") << "q1=o3" << QString() << "z"
                                                                        << 10.0 * (2.5 * 10) / 7.5;
        QTest::newRow("override = mean of the overrides given") << "weight:c1=2" << "weight:c1=6" << "x"
                                                                << 10.0 * (4 * 8 + 5 * 4) / 9;
        QTest::newRow("override given by one member only") << "weight:c1=2" << "q1=o1" << "x" << 360.0 / 7;
        // Geometric mean of 4 and 1 is 2: c1 10, c2 5.
        QTest::newRow("pairwise judgments, geometric mean") << "pair:c1,c2=4" << "pair:c2,c1=1" << "x" << 1000.0 / 15;
        QTest::newRow("agreed pin brings its synergy") << "pin:b=p" << "pin:b=p" << "x" << 65.0;
        QTest::newRow("a pin given by one member is kept") << "pin:b=p" << QString() << "x" << 65.0;
        QTest::newRow("clashing pins are dropped") << "pin:b=p" << "pin:b=q" << "x" << 60.0;
    }
    // Each member's own CR, and the pairs they judge furthest apart, widest first.
    void pairwiseDisagreementsAndConsistency()
    {
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluateGroup({member("alice.yaml", QStringLiteral("pair:c1,c2=4;pair:c1,c3=2;pair:c2,c3=1")),
                                                   member("bob.yaml", QStringLiteral("pair:c2,c1=2;pair:c1,c3=2")),
                                                   member("carol.yaml", QStringLiteral("q1=o1"))});
        QVERIFY(e.group && e.pairwise);
        QCOMPARE(e.group->pairwiseConsistency.keys(), (QStringList{QStringLiteral("alice.yaml"), QStringLiteral("bob.yaml")}));
        QVERIFY(e.group->pairwiseConsistency.value(QStringLiteral("alice.yaml")) > 0.0); // 4 x 1 != 2
        QVERIFY(e.group->pairwiseConsistency.value(QStringLiteral("bob.yaml")) < 1e-6); // two judgments, a tree
        QCOMPARE(e.group->pairwiseDisagreements.size(), 1); // c1/c3 agreed; c2/c3 judged by one
        const PairwiseDisagreement &d = e.group->pairwiseDisagreements.first();
        QCOMPARE(d.a + d.b, QStringLiteral("c1c2"));
        QVERIFY(qAbs(d.spread - 8.0) < 1e-9); // 4 against 1/2
        // The group's c1/c2 is sqrt(4 x 1/2).
        QVERIFY(qAbs(e.answers.pairwise.first().value - std::sqrt(2.0)) < 1e-9);
    }

    void aggregateScores()
    {
        QFETCH(QString, alice);
        QFETCH(QString, bob);
        QFETCH(QString, candidate);
        QFETCH(double, expected);
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluateGroup({member("alice.yaml", alice), member("bob.yaml", bob)});
        const double score = scoreOf(e, engine.knowledgeBase().candidate(candidate)->area, candidate);
        QVERIFY2(qAbs(score - expected) < 1e-9, qPrintable(QString::number(score, 'f', 6)));
        for (const AreaResult &area : e.areas)
            for (const CandidateScore &cs : area.ranking) {
                double sum = 0.0;
                for (const Contribution &c : cs.contributions)
                    sum += c.points;
                QVERIFY(qAbs(sum - cs.score) < 1e-9);
            }
    }

    void disagreements_data()
    {
        QTest::addColumn<QString>("alice");
        QTest::addColumn<QString>("bob");
        QTest::addColumn<QStringList>("questions");
        QTest::newRow("same answers: none") << "q1=o1;q2=m1" << "q1=o1;q2=m1" << QStringList();
        QTest::newRow("multi answers compare as sets") << "q2=m1,m2" << "q2=m2,m1" << QStringList();
        QTest::newRow("different single answers") << "q1=o1" << "q1=o2" << QStringList{QStringLiteral("q1")};
        QTest::newRow("unanswered is an answer of its own") << "q2=m1" << QString() << QStringList{QStringLiteral("q2")};
        QTest::newRow("both questions") << "q1=o3;q2=m1" << "q1=o1" << QStringList{QStringLiteral("q1"), QStringLiteral("q2")};
        QTest::newRow("clashing pins") << "pin:a=x" << "pin:a=y" << QStringList{QStringLiteral("pin:a")};
        QTest::newRow("a lone pin is no clash") << "pin:a=x" << QString() << QStringList();
    }
    void disagreements()
    {
        QFETCH(QString, alice);
        QFETCH(QString, bob);
        QFETCH(QStringList, questions);
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluateGroup({member("/tmp/one/alice.yaml", alice), member("bob.yaml", bob)});
        QVERIFY(e.group);
        QStringList listed;
        for (const Disagreement &d : e.group->disagreements) {
            listed.append(d.question);
            QCOMPARE(d.answers.keys(), (QStringList{QStringLiteral("alice.yaml"), QStringLiteral("bob.yaml")}));
        }
        QCOMPARE(listed, questions);
    }

    void disagreementHoldsEachAnswer()
    {
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluateGroup(
            {member("alice.yaml", QStringLiteral("q1=o1;q2=m1,m3")), member("bob.yaml", QStringLiteral("q1=o2")),
             member("carol.yaml", QStringLiteral("q1=o1;pin:b=p"))});
        const Disagreement *q1 = disagreement(e, QStringLiteral("q1"));
        QVERIFY(q1);
        QCOMPARE(q1->answers.value(QStringLiteral("alice.yaml")), QStringList{QStringLiteral("o1")});
        QCOMPARE(q1->answers.value(QStringLiteral("bob.yaml")), QStringList{QStringLiteral("o2")});
        const Disagreement *q2 = disagreement(e, QStringLiteral("q2"));
        QVERIFY(q2);
        QCOMPARE(q2->answers.value(QStringLiteral("alice.yaml")), (QStringList{QStringLiteral("m1"), QStringLiteral("m3")}));
        QCOMPARE(q2->answers.value(QStringLiteral("carol.yaml")), QStringList());
        QCOMPARE(e.group->members.size(), 3);
    }

    void aggregateAnswers()
    {
        const QList<Member> members{member("alice.yaml", QStringLiteral("q1=o1;q2=m1;weight:c1=2;pin:a=x"), "Alice"),
                                    member("bob.yaml", QStringLiteral("q1=o2;q2=m1;weight:c1=4;pin:a=x;pin:b=p"), "Bob")};
        const Answers a = GroupAggregator::aggregateAnswers(members);
        QCOMPARE(a.project.name, QStringLiteral("Tiny"));
        QCOMPARE(a.project.author, QStringLiteral("Alice, Bob"));
        // Only the shared answer stays an answer of the aggregate.
        QCOMPARE(a.answers.keys(), QStringList{QStringLiteral("q2")});
        QCOMPARE(a.weights.value(QStringLiteral("c1")), 3.0);
        QCOMPARE(a.pins.value(QStringLiteral("a")), QStringLiteral("x"));
        QCOMPARE(a.pins.value(QStringLiteral("b")), QStringLiteral("p"));

        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluateGroup(members);
        QCOMPARE(e.answers, a);
        QCOMPARE(e.group->members.first().name, QStringLiteral("Alice"));
        QCOMPARE(e.group->members.first().file, QStringLiteral("alice.yaml"));
        QCOMPARE(e.area(QStringLiteral("a"))->pinned, QStringLiteral("x"));
        QCOMPARE(e.area(QStringLiteral("a"))->importance.value(QStringLiteral("c1")), 3.0);
        QCOMPARE(e.area(QStringLiteral("a"))->importanceSource.value(QStringLiteral("c1")), QStringLiteral("weights"));
        // Without an author the member is named after the file.
        QCOMPARE(engine.evaluateGroup({member("team/carol.yaml", QString())}).group->members.first().name,
                 QStringLiteral("carol"));
    }

    void importanceSourceComesFromTheMemberWhoMovedItMost()
    {
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluateGroup({member("alice.yaml", QString()), member("bob.yaml", QStringLiteral("q1=o3"))});
        QCOMPARE(e.area(QStringLiteral("a"))->importance.value(QStringLiteral("c1")), 2.5);
        QCOMPARE(e.area(QStringLiteral("a"))->importanceSource.value(QStringLiteral("c1")), QStringLiteral("q1"));
    }

    void singleMemberEqualsPlainEvaluation()
    {
        const ScoringEngine engine(TinyKb::make());
        const Answers answers = TinyKb::answers(QStringLiteral("q1=o2;q2=m1;pin:b=p"));
        const Evaluation plain = engine.evaluate(answers);
        const Evaluation group = engine.evaluateGroup({Member{QStringLiteral("solo.yaml"), answers}});
        QVERIFY(group.group);
        QVERIFY(group.group->disagreements.isEmpty());
        for (qsizetype i = 0; i < plain.areas.size(); ++i)
            for (qsizetype k = 0; k < plain.areas.at(i).ranking.size(); ++k) {
                QCOMPARE(group.areas.at(i).ranking.at(k).candidate, plain.areas.at(i).ranking.at(k).candidate);
                QCOMPARE(group.areas.at(i).ranking.at(k).score, plain.areas.at(i).ranking.at(k).score);
            }
    }

    void groupFragilityNamesTheMember()
    {
        // Alice answers o2, Bob nothing: c2 = mean(10, 5) = 7.5 and y gets half its nudge:
        // x = 10(40+30)/12.5 = 56 leads y = 10(20+45)/12.5 + 3.5 = 55.5. If Bob answered o2 too,
        // y would be first.
        const ScoringEngine engine(TinyKb::make());
        const Evaluation e = engine.evaluateGroup({member("alice.yaml", QStringLiteral("q1=o2")), member("bob.yaml", QString())});
        const AreaResult *a = e.area(QStringLiteral("a"));
        QCOMPARE(a->ranking.first().candidate, QStringLiteral("x"));
        // 0.9 % is a close call (a warning); what Bob could answer is information.
        QVERIFY(a->fragile);
        QVERIFY2(a->fragileReasons.contains(QStringLiteral("X leads Y by only 0.9%.")),
                 qPrintable(a->fragileReasons.join(QLatin1Char('\n'))));
        QVERIFY2(a->couldChange.contains(QStringLiteral("bob.yaml: Answering 'Question one?' with 'Label o2' would make Y first.")),
                 qPrintable(a->couldChange.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestGroup)
#include "test_group.moc"
