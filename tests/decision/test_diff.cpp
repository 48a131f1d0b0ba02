// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// What changed between two decisions (issue 14), on TinyKb where every score is known by hand
// (see TinyKb.h): answers that changed, importance that moved, who moved and why, who came in or
// went out, the stack then and now; over one knowledge base and over two versions of it. The
// Markdown of the two-version diff is a golden file (STACKWISE_UPDATE_GOLDEN=1 rewrites it).
#include "DecisionDiff.h"
#include "DiffReportWriter.h"
#include "ScoringEngine.h"
#include "TinyKb.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const DecisionDiff::CandidateMove *move(const DecisionDiff &diff, const QString &area, const QString &candidate)
{
    for (const DecisionDiff::AreaChange &a : diff.areas)
        if (a.area == area)
            for (const DecisionDiff::CandidateMove &m : a.moves)
                if (m.candidate == candidate)
                    return &m;
    return nullptr;
}
const DecisionDiff::AreaChange *area(const DecisionDiff &diff, const QString &id)
{
    for (const DecisionDiff::AreaChange &a : diff.areas)
        if (a.area == id)
            return &a;
    return nullptr;
}

// TinyKb 2: p rated 2 on c3 (was 6), z gone, w new in area a (c1 9, c2 9).
KnowledgeBase secondVersion()
{
    KnowledgeBase kb = TinyKb::make();
    kb.meta.version = QStringLiteral("test-2");
    for (Candidate &c : kb.candidates)
        if (c.id == QLatin1String("p"))
            c.ratings[QStringLiteral("c3")].score = 2;
    kb.candidates.removeIf([](const Candidate &c) { return c.id == QLatin1String("z"); });
    kb.constraints.clear(); // it named z
    kb.synergies.removeIf([](const Synergy &s) { return s.a == QLatin1String("z"); });
    kb.candidates.append(TinyKb::candidate("w", "a", {{"c1", 9}, {"c2", 9}}));
    kb.reindex();
    return kb;
}
} // namespace

class TestDiff : public QObject
{
    Q_OBJECT
private slots:
    void sameDecisionIsEmpty()
    {
        const KnowledgeBase kb = TinyKb::make();
        const Evaluation e = ScoringEngine(kb).evaluate(TinyKb::answers(QStringLiteral("q1=o1")));
        const DecisionDiff diff = DecisionDiff::compute(e, e);
        QVERIFY(diff.isEmpty());
        QVERIFY(DiffReportWriter::toMarkdown(diff, {QStringLiteral("a.yaml"), QStringLiteral("a.yaml"), &kb, &kb})
                    .contains(QLatin1String("Nothing changed")));
    }

    // Before: no answers: x 60, y 50, z 50 | p 60, q 30; stack x+p (60+60+5)/2 = 62.5.
    // After q1=o2: c2 importance 10, y +7: x 10*(5*8+10*4)/15 = 53.33, y 53.33+7 = 60.33,
    // z 10*(5*10)/15 = 33.33; stack y+p (60.33+60)/2 = 60.17.
    void answerChange()
    {
        const KnowledgeBase kb = TinyKb::make();
        const ScoringEngine engine(kb);
        const DecisionDiff diff = DecisionDiff::compute(engine.evaluate(TinyKb::answers(QString())),
                                                        engine.evaluate(TinyKb::answers(QStringLiteral("q1=o2"))));
        QCOMPARE(diff.answers.size(), 1);
        QCOMPARE(diff.answers.first().question, QStringLiteral("q1"));
        QVERIFY(diff.answers.first().before.isEmpty());
        QCOMPARE(diff.answers.first().after, QStringList{QStringLiteral("o2")});
        QCOMPARE(diff.importance.size(), 1);
        QCOMPARE(diff.importance.first().criterion, QStringLiteral("c2"));
        QCOMPARE(diff.importance.first().before, 5.0);
        QCOMPARE(diff.importance.first().after, 10.0);

        const DecisionDiff::AreaChange *a = area(diff, QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->leaderBefore, QStringLiteral("x"));
        QCOMPARE(a->leaderAfter, QStringLiteral("y"));
        const auto *y = move(diff, QStringLiteral("a"), QStringLiteral("y"));
        QVERIFY(y);
        QCOMPARE(y->rankAfter, 1);
        QCOMPARE(y->scoreBefore, 50.0);
        QVERIFY(qAbs(y->scoreAfter - 60.333) < 0.01);
        // y's c2 points: 10*5*6/10 = 30 -> 10*10*6/15 = 40, the largest move (the nudge is +7).
        QCOMPARE(y->reason.criterion, QStringLiteral("c2"));
        QVERIFY(qAbs(y->reason.before - 30.0) < 0.01 && qAbs(y->reason.after - 40.0) < 0.01);
        const auto *x = move(diff, QStringLiteral("a"), QStringLiteral("x"));
        QVERIFY(x);
        QCOMPARE(x->rankBefore, 1);
        QCOMPARE(x->rankAfter, 2);
        QCOMPARE(x->reason.criterion, QStringLiteral("c1")); // 40 -> 26.67
        QVERIFY(!area(diff, QStringLiteral("b"))); // nothing moved there

        QVERIFY(diff.stackChanged);
        QCOMPARE(diff.stackBefore.choice.value(QStringLiteral("a")), QStringLiteral("x"));
        QCOMPARE(diff.stackAfter.choice.value(QStringLiteral("a")), QStringLiteral("y"));
        QCOMPARE(diff.stackBefore.score, 62.5);
        QVERIFY(qAbs(diff.stackAfter.score - 60.17) < 0.01);
    }

    void pinChange()
    {
        const KnowledgeBase kb = TinyKb::make();
        const ScoringEngine engine(kb);
        const DecisionDiff diff = DecisionDiff::compute(engine.evaluate(TinyKb::answers(QString())),
                                                        engine.evaluate(TinyKb::answers(QStringLiteral("pin:b=q"))));
        QCOMPARE(diff.pins.size(), 1);
        QCOMPARE(diff.pins.first().id, QStringLiteral("b"));
        QCOMPARE(diff.pins.first().after, QStringLiteral("q"));
        QCOMPARE(diff.stackAfter.choice.value(QStringLiteral("b")), QStringLiteral("q"));
    }

    // The same answers over two knowledge-base versions: every move comes from the KB.
    void twoKnowledgeBases()
    {
        const KnowledgeBase kb1 = TinyKb::make();
        const KnowledgeBase kb2 = secondVersion();
        const Answers none = TinyKb::answers(QString());
        const DecisionDiff diff = DecisionDiff::compute(ScoringEngine(kb1).evaluate(none), ScoringEngine(kb2).evaluate(none));
        QVERIFY(diff.answers.isEmpty());
        QVERIFY(diff.importance.isEmpty());
        const auto *w = move(diff, QStringLiteral("a"), QStringLiteral("w"));
        QVERIFY(w);
        QCOMPARE(w->rankBefore, 0); // came in
        QCOMPARE(w->rankAfter, 1);
        QCOMPARE(w->scoreAfter, 90.0);
        const auto *z = move(diff, QStringLiteral("a"), QStringLiteral("z"));
        QVERIFY(z);
        QCOMPARE(z->rankAfter, 0); // went out
        QCOMPARE(z->scoreBefore, 50.0);
        const auto *p = move(diff, QStringLiteral("b"), QStringLiteral("p"));
        QVERIFY(p);
        QCOMPARE(p->rankBefore, 1);
        QCOMPARE(p->rankAfter, 2);
        QCOMPARE(p->scoreAfter, 20.0);
        QCOMPARE(p->reason.criterion, QStringLiteral("c3")); // 60 -> 20 points
        QCOMPARE(area(diff, QStringLiteral("b"))->leaderAfter, QStringLiteral("q"));
        // x only lost its rank: the same score, no reason to give.
        const auto *x = move(diff, QStringLiteral("a"), QStringLiteral("x"));
        QVERIFY(x);
        QCOMPARE(x->scoreBefore, x->scoreAfter);
        QVERIFY(x->reason.criterion.isEmpty());

        const DiffReportWriter::Sides sides{QStringLiteral("old.yaml"), QStringLiteral("new.yaml"), &kb1, &kb2};
        const QString md = DiffReportWriter::toMarkdown(diff, sides);
        const QString golden = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/golden/diff-two-kbs.md");
        if (qEnvironmentVariableIsSet("STACKWISE_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(md.toUtf8());
        }
        QFile in(golden);
        QVERIFY2(in.open(QIODevice::ReadOnly), "missing golden file: run with STACKWISE_UPDATE_GOLDEN=1");
        QCOMPARE(md, QString::fromUtf8(in.readAll()));

        const QJsonObject json = QJsonDocument::fromJson(DiffReportWriter::toJson(diff, sides)).object();
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("stackwise-diff/1"));
        QCOMPARE(json.value(QLatin1String("before")).toObject().value(QLatin1String("kb_version")).toString(), QStringLiteral("test"));
        QCOMPARE(json.value(QLatin1String("after")).toObject().value(QLatin1String("kb_version")).toString(), QStringLiteral("test-2"));
        QCOMPARE(json.value(QLatin1String("areas")).toObject().value(QLatin1String("b")).toObject()
                     .value(QLatin1String("leader_after")).toString(), QStringLiteral("q"));
        // HTML shows the same lines, escaped, under the reports' CSP.
        const QString html = DiffReportWriter::toHtml(diff, sides);
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
        QVERIFY(html.contains(QLatin1String("W came in at #1 with 90.0")));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "test_diff.moc"
