// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Whole-stack search: the pruned top-k equals brute force on random knowledge bases, constraints
// and pins are honoured, and conflicting pins are explained.
#include "RandomKb.h"
#include "StackSearch.h"

#include <QTest>

#include <algorithm>
#include <limits>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

// A hand-made KB: areas in the given order, candidates "id" with their scores.
struct HandKb
{
    KnowledgeBase kb;
    StackSearch::Input input;

    void area(const char *id, std::initializer_list<std::pair<const char *, double>> candidates)
    {
        Area a;
        a.id = s(id);
        a.order = int(kb.areas.size()) + 1;
        kb.areas.append(a);
        QMap<QString, double> &scores = input.areaScores[s(id)];
        for (const auto &[cand, score] : candidates) {
            Candidate c;
            c.id = s(cand);
            c.area = s(id);
            kb.candidates.append(c);
            scores.insert(c.id, score);
        }
        kb.reindex();
    }
    void synergy(const char *a, const char *b, double points, const char *why)
    {
        Synergy syn;
        syn.a = s(a);
        syn.b = s(b);
        syn.points = points;
        syn.why = LocalizedText(s(why));
        kb.synergies.append(syn);
    }
    void constraint(const char *id, const char *when, Constraint::Kind kind, const char *area,
                    const QStringList &candidates, const char *why = "")
    {
        Constraint c;
        c.id = s(id);
        c.when = s(when);
        c.kind = kind;
        c.area = s(area);
        c.candidates = candidates;
        c.why = LocalizedText(s(why));
        kb.constraints.append(c);
    }
};

using Choice = QMap<QString, QString>;

Choice choice(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Choice c;
    for (const auto &[area, cand] : pairs)
        c.insert(s(area), s(cand));
    return c;
}

// Independent of StackSearch: every constraint, both directions, through Constraint::allows.
bool legalUnderKb(const KnowledgeBase &kb, const Choice &stack)
{
    for (auto a = stack.cbegin(); a != stack.cend(); ++a)
        for (auto b = stack.cbegin(); b != stack.cend(); ++b)
            if (a != b)
                for (const Constraint &c : kb.constraints)
                    if (!c.allows(a.value(), b.key(), b.value()))
                        return false;
    return true;
}

bool honoursPins(const StackSearch::Input &input, const Choice &stack)
{
    for (auto pin = input.pins.cbegin(); pin != input.pins.cend(); ++pin)
        if (stack.value(pin.key()) != pin.value())
            return false;
    return true;
}

struct Reference
{
    std::vector<int> rank; // ranking positions in KB area order
    double score;
};

// Every legal stack by plain enumeration over ids, scored in the documented order, sorted by the
// documented rule. Assumes at most one synergy per pair (true of the random KBs).
struct Enumeration
{
    QStringList areas;
    QList<QStringList> ranked; // per area: ids, best first
    QList<Reference> legal;    // best first

    Choice choice(const Reference &r) const
    {
        Choice c;
        for (qsizetype i = 0; i < areas.size(); ++i)
            c.insert(areas.at(i), ranked.at(i).at(r.rank[i]));
        return c;
    }
};

Enumeration enumerateAll(const KnowledgeBase &kb, const StackSearch::Input &input)
{
    Enumeration e;
    e.areas = kb.areaIds();
    QList<QList<double>> scores;
    for (const QString &area : std::as_const(e.areas)) {
        QStringList ids;
        for (const Candidate *c : kb.candidatesOf(area))
            ids.append(c->id);
        const QMap<QString, double> areaScores = input.areaScores.value(area);
        std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
            const double sa = areaScores.value(a), sb = areaScores.value(b);
            return sa != sb ? sa > sb : a < b;
        });
        if (input.pins.contains(area) && !ids.contains(input.pins.value(area)))
            return e;
        QList<double> ranked;
        for (const QString &id : std::as_const(ids))
            ranked.append(areaScores.value(id));
        e.ranked.append(ids);
        scores.append(ranked);
        if (ids.isEmpty())
            return e;
    }
    QHash<QString, double> synergy;
    for (const Synergy &syn : kb.synergies) {
        synergy.insert(syn.a + u'|' + syn.b, syn.points);
        synergy.insert(syn.b + u'|' + syn.a, syn.points);
    }
    const qsizetype n = e.areas.size();
    std::vector<int> pos(n, 0);
    for (;;) {
        bool legal = true;
        for (qsizetype i = 0; i < n && legal; ++i) {
            const QString &x = e.ranked.at(i).at(pos[i]);
            const auto pin = input.pins.constFind(e.areas.at(i));
            legal = pin == input.pins.constEnd() || *pin == x;
            for (qsizetype j = 0; j < n && legal; ++j)
                if (j != i)
                    for (const Constraint &c : kb.constraints)
                        if (!c.allows(x, e.areas.at(j), e.ranked.at(j).at(pos[j])))
                            legal = false;
        }
        if (legal) {
            // (area scores + synergy points) / areas, summed in the documented order.
            double sum = 0.0;
            for (qsizetype i = 0; i < n; ++i)
                sum += scores.at(i).at(pos[i]);
            for (qsizetype i = 0; i < n; ++i)
                for (qsizetype j = i + 1; j < n; ++j)
                    sum += synergy.value(e.ranked.at(i).at(pos[i]) + u'|'
                                         + e.ranked.at(j).at(pos[j]));
            e.legal.append({pos, sum / double(n)});
        }
        qsizetype i = n - 1;
        while (i >= 0 && ++pos[i] == int(e.ranked.at(i).size()))
            pos[i--] = 0;
        if (i < 0)
            break;
    }
    std::sort(e.legal.begin(), e.legal.end(), [](const Reference &a, const Reference &b) {
        return a.score != b.score ? a.score > b.score : a.rank < b.rank;
    });
    return e;
}

// Exact equality: same choices, same order, bit-identical scores, same synergies.
void compareStacks(const QList<StackResult> &actual, const QList<StackResult> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QByteArray where = QByteArray::number(i);
        QVERIFY2(actual.at(i).choice == expected.at(i).choice, where);
        QVERIFY2(actual.at(i).score == expected.at(i).score, where);
        QCOMPARE(actual.at(i).synergies.size(), expected.at(i).synergies.size());
        for (qsizetype j = 0; j < actual.at(i).synergies.size(); ++j) {
            const StackSynergy &a = actual.at(i).synergies.at(j);
            const StackSynergy &b = expected.at(i).synergies.at(j);
            QCOMPARE(a.a, b.a);
            QCOMPARE(a.b, b.b);
            QCOMPARE(a.points, b.points);
            QCOMPARE(a.why, b.why);
        }
    }
}

RandomKbSpec randomSpec(quint32 seed)
{
    RandomKbSpec spec;
    spec.synergyDensity = 0.35;
    spec.pinChance = 0.15;
    spec.integerScores = seed % 2 == 1; // odd seeds: many equal stack scores
    return spec;
}

} // namespace

class TestStackSearch : public QObject
{
    Q_OBJECT

private slots:
    // Areas multiply the stacks (issue 17): six areas of twelve (about 3 million stacks), a
    // synergy on every cross-area pair and a constraint per area; the pruned search returns
    // exactly what enumerating every stack returns.
    void sixAreasMatchBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << quint32(1);
        QTest::newRow("seed 2") << quint32(2);
    }
    void sixAreasMatchBruteForce()
    {
        QFETCH(quint32, seed);
        RandomKbSpec spec;
        spec.minAreas = spec.maxAreas = 6;
        spec.minCandidates = spec.maxCandidates = 12;
        spec.criteria = 20;
        spec.synergyDensity = 1.0;
        spec.minPoints = -3;
        spec.maxPoints = 3;
        spec.minConstraints = spec.maxConstraints = 6;
        const RandomKb random = makeRandomKb(seed, spec);
        const StackSearch search(random.kb);
        const QList<StackResult> pruned = search.topStacks(random.input, 20);
        const QList<StackResult> all = search.topStacksBruteForce(random.input, 20);
        QCOMPARE(pruned.size(), all.size());
        QVERIFY(!pruned.isEmpty());
        for (qsizetype i = 0; i < pruned.size(); ++i) {
            QVERIFY2(pruned.at(i).choice == all.at(i).choice, qPrintable(QString::number(i)));
            QVERIFY(pruned.at(i).score == all.at(i).score);
        }
    }

    void randomKbMatchesBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 50; ++seed)
            QTest::addRow("seed %02u", seed) << seed;
    }
    void randomKbMatchesBruteForce()
    {
        QFETCH(quint32, seed);
        const RandomKb random = makeRandomKb(seed, randomSpec(seed));
        const StackSearch search(random.kb);
        // Brute force itself is checked against a plain enumeration sharing no code with it.
        const Enumeration all = enumerateAll(random.kb, random.input);

        for (int k : {1, 5, 20, 100}) {
            const QByteArray at = "k " + QByteArray::number(k);
            const QList<StackResult> pruned = search.topStacks(random.input, k);
            compareStacks(pruned, search.topStacksBruteForce(random.input, k));
            if (QTest::currentTestFailed())
                QFAIL(at.constData());

            QCOMPARE(pruned.size(), qMin(qsizetype(k), all.legal.size()));
            for (qsizetype i = 0; i < pruned.size(); ++i) {
                const QByteArray where = at + ", stack " + QByteArray::number(i);
                QVERIFY2(pruned.at(i).choice == all.choice(all.legal.at(i)), where);
                QVERIFY2(pruned.at(i).score == all.legal.at(i).score, where);
                QCOMPARE(pruned.at(i).choice.size(), random.kb.areas.size());
                QVERIFY2(legalUnderKb(random.kb, pruned.at(i).choice), where);
                QVERIFY2(honoursPins(random.input, pruned.at(i).choice), where);
                if (i > 0)
                    QVERIFY2(pruned.at(i - 1).score >= pruned.at(i).score, where);
            }

            // Deterministic: again, and from a second instance.
            compareStacks(search.topStacks(random.input, k), pruned);
            compareStacks(StackSearch(random.kb).topStacks(random.input, k), pruned);
        }
    }

    void fiveAreasMatchBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 101; seed <= 110; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void fiveAreasMatchBruteForce()
    {
        QFETCH(quint32, seed);
        RandomKbSpec spec = randomSpec(seed);
        spec.minAreas = spec.maxAreas = 5;
        spec.maxCandidates = 8;
        const RandomKb random = makeRandomKb(seed, spec);
        const StackSearch search(random.kb);
        const QList<StackResult> pruned = search.topStacks(random.input, 20);
        compareStacks(pruned, search.topStacksBruteForce(random.input, 20));
        QCOMPARE(pruned.size(), qMin(qsizetype(20), enumerateAll(random.kb, random.input).legal.size()));
        for (const StackResult &r : pruned)
            QCOMPARE(r.choice.size(), 5);
    }

    void handComputedStacks_data()
    {
        QTest::addColumn<bool>("bruteForce");
        QTest::newRow("pruned") << false;
        QTest::newRow("brute force") << true;
    }
    void handComputedStacks()
    {
        QFETCH(bool, bruteForce);
        HandKb h;
        h.area("frontend", {{"react", 80}, {"vue", 70}});
        h.area("backend", {{"nodejs", 60}, {"django", 90}});
        h.synergy("nodejs", "react", 4, "One language end to end.");
        h.synergy("vue", "django", -3, "Two template systems.");
        const StackSearch search(h.kb);
        const QList<StackResult> stacks = bruteForce ? search.topStacksBruteForce(h.input, 10)
                                                     : search.topStacks(h.input, 10);
        QCOMPARE(stacks.size(), 4);
        QCOMPARE(stacks.at(0).choice, choice({{"frontend", "react"}, {"backend", "django"}}));
        QCOMPARE(stacks.at(0).score, 85.0);
        QVERIFY(stacks.at(0).synergies.isEmpty());
        QCOMPARE(stacks.at(1).choice, choice({{"frontend", "vue"}, {"backend", "django"}}));
        QCOMPARE(stacks.at(1).score, 78.5); // (70 + 90 - 3) / 2: the penalty on the areas' scale
        QCOMPARE(stacks.at(1).synergies.size(), 1);
        QCOMPARE(stacks.at(1).synergies.at(0).a, s("vue"));
        QCOMPARE(stacks.at(1).synergies.at(0).b, s("django"));
        QCOMPARE(stacks.at(1).synergies.at(0).points, -3.0);
        QCOMPARE(stacks.at(1).synergies.at(0).why, s("Two template systems."));
        QCOMPARE(stacks.at(2).choice, choice({{"frontend", "react"}, {"backend", "nodejs"}}));
        QCOMPARE(stacks.at(2).score, 72.0); // (80 + 60 + 4) / 2
        // Reported in the stack's area order, whatever the KB's order of the pair.
        QCOMPARE(stacks.at(2).synergies.at(0).a, s("react"));
        QCOMPARE(stacks.at(2).synergies.at(0).b, s("nodejs"));
        QCOMPARE(stacks.at(3).choice, choice({{"frontend", "vue"}, {"backend", "nodejs"}}));
        QCOMPARE(stacks.at(3).score, 65.0);
    }

    void tiesFollowRankingPositions_data()
    {
        QTest::addColumn<bool>("bruteForce");
        QTest::newRow("pruned") << false;
        QTest::newRow("brute force") << true;
    }
    void tiesFollowRankingPositions()
    {
        QFETCH(bool, bruteForce);
        // Equal scores: rankings fall back to ids (not KB order), stacks to ranking positions.
        HandKb h;
        h.area("frontend", {{"zeta", 50}, {"alpha", 50}, {"low", 10}});
        h.area("backend", {{"two", 60}, {"one", 60}});
        h.synergy("low", "one", 40, "Makes low tie with the rest."); // (10 + 60 + 40) / 2 = 55
        const StackSearch search(h.kb);
        const QList<StackResult> stacks = bruteForce ? search.topStacksBruteForce(h.input, 6)
                                                     : search.topStacks(h.input, 6);
        const QList<Choice> expected = {
            choice({{"frontend", "alpha"}, {"backend", "one"}}),
            choice({{"frontend", "alpha"}, {"backend", "two"}}),
            choice({{"frontend", "zeta"}, {"backend", "one"}}),
            choice({{"frontend", "zeta"}, {"backend", "two"}}),
            choice({{"frontend", "low"}, {"backend", "one"}}),
            choice({{"frontend", "low"}, {"backend", "two"}}),
        };
        QCOMPARE(stacks.size(), expected.size());
        for (qsizetype i = 0; i < 5; ++i) {
            QCOMPARE(stacks.at(i).choice, expected.at(i));
            QCOMPARE(stacks.at(i).score, 55.0);
        }
        QCOMPARE(stacks.at(5).choice, expected.at(5));
        QCOMPARE(stacks.at(5).score, 35.0);
        // Cut inside the tie: the first by the same rule.
        const QList<StackResult> two = bruteForce ? search.topStacksBruteForce(h.input, 2)
                                                  : search.topStacks(h.input, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(1).choice, expected.at(1));
    }

    void kBeyondLegalStacks_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("expected");
        QTest::newRow("k 0") << 0 << 0;
        QTest::newRow("k negative") << -3 << 0;
        QTest::newRow("k 2 of 3") << 2 << 2;
        QTest::newRow("k exactly 3") << 3 << 3;
        QTest::newRow("k 10 of 3") << 10 << 3;
    }
    void kBeyondLegalStacks()
    {
        QFETCH(int, k);
        QFETCH(int, expected);
        HandKb h;
        h.area("frontend", {{"react", 80}, {"vue", 70}});
        h.area("backend", {{"nodejs", 60}, {"django", 90}});
        h.constraint("no_vue_django", "vue", Constraint::Kind::Forbids, "backend", {s("django")});
        const StackSearch search(h.kb);
        const QList<StackResult> stacks = search.topStacks(h.input, k);
        QCOMPARE(stacks.size(), expected);
        compareStacks(stacks, search.topStacksBruteForce(h.input, k));
        for (const StackResult &r : stacks)
            QVERIFY(r.choice != choice({{"frontend", "vue"}, {"backend", "django"}}));
    }

    void noLegalStack_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("constraints exclude every stack") << s("constraints");
        QTest::newRow("an area without candidates") << s("emptyArea");
        QTest::newRow("pin to an unknown candidate") << s("unknownPin");
        QTest::newRow("pin to another area's candidate") << s("foreignPin");
        QTest::newRow("conflicting pins") << s("conflictingPins");
    }
    void noLegalStack()
    {
        QFETCH(QString, scenario);
        HandKb h;
        h.area("frontend", {{"react", 80}, {"vue", 70}});
        h.area("backend", {{"nodejs", 60}, {"django", 90}});
        if (scenario == s("constraints")) {
            h.constraint("r1", "react", Constraint::Kind::Forbids, "backend", {s("nodejs"), s("django")});
            h.constraint("r2", "vue", Constraint::Kind::Requires, "backend", {s("nodejs")});
            h.constraint("r3", "nodejs", Constraint::Kind::Forbids, "frontend", {s("vue")});
        } else if (scenario == s("emptyArea")) {
            h.area("database", {});
        } else if (scenario == s("unknownPin")) {
            h.input.pins.insert(s("backend"), s("cobol"));
        } else if (scenario == s("foreignPin")) {
            h.input.pins.insert(s("backend"), s("react"));
        } else {
            h.constraint("r1", "react", Constraint::Kind::Requires, "backend", {s("nodejs")});
            h.input.pins.insert(s("frontend"), s("react"));
            h.input.pins.insert(s("backend"), s("django"));
        }
        const StackSearch search(h.kb);
        QVERIFY(search.topStacks(h.input, 20).isEmpty());
        QVERIFY(search.topStacksBruteForce(h.input, 20).isEmpty());
    }

    void pinsAreHonoured()
    {
        HandKb h;
        h.area("frontend", {{"react", 80}, {"vue", 70}});
        h.area("backend", {{"nodejs", 60}, {"django", 90}});
        h.input.pins.insert(s("frontend"), s("vue"));
        const StackSearch search(h.kb);
        const QList<StackResult> stacks = search.topStacks(h.input, 10);
        QCOMPARE(stacks.size(), 2);
        QCOMPARE(stacks.at(0).choice, choice({{"frontend", "vue"}, {"backend", "django"}}));
        QCOMPARE(stacks.at(1).choice, choice({{"frontend", "vue"}, {"backend", "nodejs"}}));
        QVERIFY(search.pinConflicts(h.input).isEmpty());
    }

    void pinConflictBetweenPins_data()
    {
        QTest::addColumn<int>("alternatives");
        QTest::addColumn<QList<Choice>>("expected");
        QTest::addColumn<QList<double>>("scores");
        const QList<Choice> best = {
            choice({{"frontend", "react"}, {"backend", "nodejs"}, {"api", "trpc"}}),
            choice({{"frontend", "react"}, {"backend", "django"}, {"api", "rest"}}),
            choice({{"frontend", "vue"}, {"backend", "nodejs"}, {"api", "trpc"}}),
            choice({{"frontend", "vue"}, {"backend", "django"}, {"api", "rest"}}),
        };
        const QList<double> scores = {(90.0 + 70.0 + 95.0) / 3, (90.0 + 85.0 + 75.0) / 3,
                                      (80.0 + 70.0 + 95.0) / 3, (80.0 + 85.0 + 75.0) / 3};
        QTest::newRow("three alternatives from both releases") << 3 << best.mid(0, 3) << scores.mid(0, 3);
        QTest::newRow("all four") << 10 << best << scores;
        QTest::newRow("none asked") << 0 << QList<Choice>() << QList<double>();
    }
    void pinConflictBetweenPins()
    {
        QFETCH(int, alternatives);
        QFETCH(QList<Choice>, expected);
        QFETCH(QList<double>, scores);
        HandKb h;
        h.area("frontend", {{"react", 90}, {"vue", 80}});
        h.area("backend", {{"nodejs", 70}, {"django", 85}});
        h.area("api", {{"rest", 75}, {"trpc", 95}});
        h.constraint("trpc_needs_node", "trpc", Constraint::Kind::Requires, "backend",
                     {s("nodejs")}, "tRPC shares TypeScript types with a Node.js backend.");
        h.input.pins.insert(s("backend"), s("django"));
        h.input.pins.insert(s("api"), s("trpc"));
        const StackSearch search(h.kb);
        QVERIFY(search.topStacks(h.input, 20).isEmpty());

        const QList<PinConflict> conflicts = search.pinConflicts(h.input, alternatives);
        QCOMPARE(conflicts.size(), 1);
        const PinConflict &c = conflicts.at(0);
        QCOMPARE(c.constraint, s("trpc_needs_node"));
        QCOMPARE(c.pins, QStringList({s("django"), s("trpc")}));
        QCOMPARE(c.why, s("tRPC shares TypeScript types with a Node.js backend."));
        QCOMPARE(c.alternatives.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(c.alternatives.at(i).choice, expected.at(i));
            QVERIFY(c.alternatives.at(i).score == scores.at(i));
            QVERIFY(legalUnderKb(h.kb, c.alternatives.at(i).choice));
        }
    }

    void pinConflictWithWholeArea()
    {
        // trpc is pinned and forbids every backend: no stack can hold it.
        HandKb h;
        h.area("frontend", {{"react", 90}, {"vue", 80}});
        h.area("backend", {{"nodejs", 70}, {"django", 85}});
        h.area("api", {{"rest", 75}, {"trpc", 95}});
        h.constraint("harmless", "rest", Constraint::Kind::Forbids, "frontend", {s("svelte")});
        h.constraint("trpc_no_backend", "trpc", Constraint::Kind::Forbids, "backend",
                     {s("nodejs"), s("django")}, "Nothing serves tRPC here.");
        h.input.pins.insert(s("api"), s("trpc"));
        const StackSearch search(h.kb);
        QVERIFY(search.topStacks(h.input, 20).isEmpty());

        const QList<PinConflict> conflicts = search.pinConflicts(h.input, 3);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).constraint, s("trpc_no_backend"));
        QCOMPARE(conflicts.at(0).pins, QStringList({s("trpc")}));
        QCOMPARE(conflicts.at(0).why, s("Nothing serves tRPC here."));
        const QList<Choice> expected = {
            choice({{"frontend", "react"}, {"backend", "django"}, {"api", "rest"}}),
            choice({{"frontend", "vue"}, {"backend", "django"}, {"api", "rest"}}),
            choice({{"frontend", "react"}, {"backend", "nodejs"}, {"api", "rest"}}),
        };
        QCOMPARE(conflicts.at(0).alternatives.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(conflicts.at(0).alternatives.at(i).choice, expected.at(i));
    }

    void randomPinConflicts_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 201; seed <= 230; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void randomPinConflicts()
    {
        QFETCH(quint32, seed);
        RandomKbSpec spec = randomSpec(seed);
        spec.pinChance = 0.7;
        spec.minConstraints = 4;
        spec.maxConstraints = 12;
        const RandomKb random = makeRandomKb(seed, spec);
        const StackSearch search(random.kb);
        const QList<PinConflict> conflicts = search.pinConflicts(random.input, 3);

        // Every pair of pins breaking a constraint, found independently, in the documented order.
        QList<QPair<QString, QStringList>> expectedPairs;
        const QStringList areas = random.kb.areaIds();
        for (qsizetype i = 0; i < areas.size(); ++i)
            for (qsizetype j = i + 1; j < areas.size(); ++j) {
                const QString a = random.input.pins.value(areas.at(i));
                const QString b = random.input.pins.value(areas.at(j));
                if (a.isEmpty() || b.isEmpty())
                    continue;
                for (const Constraint &c : random.kb.constraints)
                    if (!c.allows(a, areas.at(j), b) || !c.allows(b, areas.at(i), a))
                        expectedPairs.append({c.id, {a, b}});
            }
        QList<QPair<QString, QStringList>> pairs;
        for (const PinConflict &c : conflicts)
            if (c.pins.size() == 2)
                pairs.append({c.constraint, c.pins});
        QCOMPARE(pairs, expectedPairs);

        for (const PinConflict &c : conflicts) {
            const Constraint *rule = nullptr;
            for (const Constraint &con : random.kb.constraints)
                if (con.id == c.constraint)
                    rule = &con;
            QVERIFY(rule);
            QCOMPARE(c.why, rule->why.text());
            QVERIFY(c.pins.contains(rule->when) || c.pins.size() == 1);

            // The best alternative is the better of the brute-force bests with each pin released.
            double best = -std::numeric_limits<double>::infinity();
            StackSearch::Input rest = random.input;
            for (auto pin = random.input.pins.cbegin(); pin != random.input.pins.cend(); ++pin) {
                if (!c.pins.contains(pin.value()))
                    continue;
                rest.pins.remove(pin.key());
                StackSearch::Input released = random.input;
                released.pins.remove(pin.key());
                const QList<StackResult> top = search.topStacksBruteForce(released, 1);
                if (!top.isEmpty())
                    best = std::max(best, top.first().score);
            }
            QVERIFY(c.alternatives.size() <= 3);
            if (c.alternatives.isEmpty())
                QCOMPARE(best, -std::numeric_limits<double>::infinity());
            else
                QVERIFY(c.alternatives.first().score == best);
            for (qsizetype i = 0; i < c.alternatives.size(); ++i) {
                QVERIFY(legalUnderKb(random.kb, c.alternatives.at(i).choice));
                QVERIFY(honoursPins(rest, c.alternatives.at(i).choice));
                if (i > 0)
                    QVERIFY(c.alternatives.at(i - 1).score >= c.alternatives.at(i).score);
            }
        }
    }

    void fifthAreaCounts()
    {
        HandKb h;
        h.area("frontend", {{"react", 90}, {"vue", 80}});
        h.area("backend", {{"nodejs", 70}, {"django", 85}});
        h.area("database", {{"postgresql", 88}, {"mongodb", 60}});
        h.area("api", {{"rest", 75}, {"graphql", 70}});
        h.area("mobile", {{"flutter", 50}, {"reactnative", 45}});
        h.synergy("reactnative", "react", 12, "Shared components.");
        h.synergy("graphql", "reactnative", 0.5, "Typed queries on the phone.");
        const StackSearch search(h.kb);
        const QList<StackResult> stacks = search.topStacks(h.input, 3);
        QCOMPARE(stacks.size(), 3);
        QCOMPARE(stacks.at(0).choice, choice({{"frontend", "react"}, {"backend", "django"},
                                              {"database", "postgresql"}, {"api", "rest"},
                                              {"mobile", "reactnative"}}));
        QCOMPARE(stacks.at(0).score, (90.0 + 85.0 + 88.0 + 75.0 + 45.0 + 12.0) / 5);
        QCOMPARE(stacks.at(0).synergies.size(), 1);
        QCOMPARE(stacks.at(0).synergies.at(0).a, s("react"));
        QCOMPARE(stacks.at(0).synergies.at(0).b, s("reactnative"));
        compareStacks(stacks, search.topStacksBruteForce(h.input, 3));
    }
};

QTEST_GUILESS_MAIN(TestStackSearch)
#include "test_stacksearch.moc"
