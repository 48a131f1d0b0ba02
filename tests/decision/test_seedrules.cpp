// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The seed's decision rules, each as a scenario on the default knowledge base, in the seed's own
// words (row tags). A failing row means the knowledge base no longer says what the seed says.
#include "KbLoader.h"
#include "ScoringEngine.h"

#include <QTest>

namespace {
// "team_language=python;app_kinds=crud_business,internal_tool;pin:frontend=react"
Answers answersFrom(const QString &spec)
{
    Answers a;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key.startsWith(QLatin1String("pin:")))
            a.pins.insert(key.mid(4), value);
        else
            a.answers.insert(key, value.split(QLatin1Char(',')));
    }
    return a;
}

QString describe(const AreaResult &area)
{
    QStringList parts;
    for (const CandidateScore &cs : area.ranking.mid(0, 3))
        parts.append(QStringLiteral("%1 %2").arg(cs.candidate).arg(cs.score, 0, 'f', 2));
    return parts.join(QStringLiteral(", "));
}
} // namespace

class TestSeedRules : public QObject
{
    Q_OBJECT

    KnowledgeBase m_kb;

private slots:
    void initTestCase()
    {
        const KbLoader::Result loaded = KbLoader::loadDefault();
        for (const Diagnostic &d : loaded.diagnostics)
            qWarning("%s", qPrintable(d.toString()));
        QVERIFY(loaded.ok());
        m_kb = loaded.kb;
    }

    void areaWinner_data()
    {
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("winner");

        QTest::newRow("If your frontend is React ..., choose Node.js")
            << "pin:frontend=react" << "backend" << "nodejs";
        QTest::newRow("If your frontend is ... Next.js, choose Node.js")
            << "pin:frontend=nextjs" << "backend" << "nodejs";
        QTest::newRow("If you're Python-first ..., choose Django")
            << "team_language=python" << "backend" << "django";
        QTest::newRow("building something data- or AI-heavy, choose Django")
            << "data_ml=core;app_kinds=data_ml" << "backend" << "django";
        QTest::newRow("Choose Node.js if you're building real-time apps")
            << "realtime=core" << "backend" << "nodejs";
        QTest::newRow("Choose Node.js if high concurrency / non-blocking I/O matters")
            << "concurrency=high" << "backend" << "nodejs";
        QTest::newRow("Choose Node.js if you want JS/TS across frontend and backend")
            << "team_language=javascript" << "backend" << "nodejs";
        QTest::newRow("Choose Node.js if you want to assemble your own stack")
            << "stack_style=assemble" << "backend" << "nodejs";
        QTest::newRow("Node: APIs feeding a JavaScript frontend")
            << "app_kinds=api_for_js_frontend" << "backend" << "nodejs";
        QTest::newRow("Choose Django if you're building CRUD-heavy business apps")
            << "app_kinds=crud_business" << "backend" << "django";
        QTest::newRow("Choose Django if you want an admin panel and auth out of the box")
            << "admin_panel=essential" << "backend" << "django";
        QTest::newRow("Choose Django if you like an opinionated framework with conventions")
            << "stack_style=opinionated" << "backend" << "django";
        QTest::newRow("Django: productive fast if you're newer to backend work")
            << "backend_experience=new" << "backend" << "django";
        QTest::newRow("Django: for internal tools and content platforms, hard to beat")
            << "app_kinds=internal_tool,content_platform" << "backend" << "django";
        QTest::newRow("Use REST by default")
            << QString() << "api" << "rest";
        QTest::newRow("GraphQL when your clients justify it")
            << "api_clients=many_varied;mobile_app=planned" << "api" << "graphql";
        QTest::newRow("For most people, start with React")
            << QString() << "frontend" << "react";
        QTest::newRow("React carries into React Native")
            << "mobile_app=planned" << "frontend" << "react";
        QTest::newRow("When Angular wins: a large team wanting one prescribed structure")
            << "team_size=large;stack_style=opinionated;team_language=java" << "frontend" << "angular";
    }
    void areaWinner()
    {
        QFETCH(QString, answers);
        QFETCH(QString, area);
        QFETCH(QString, winner);
        const Evaluation e = ScoringEngine(m_kb).evaluate(answersFrom(answers));
        const AreaResult *result = e.area(area);
        QVERIFY(result);
        QVERIFY2(result->ranking.first().candidate == winner, qPrintable(describe(*result)));
    }

    void bestStack_data()
    {
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QStringList>("allowed");
        const QStringList sql{QStringLiteral("postgresql"), QStringLiteral("mysql"), QStringLiteral("sqlite")};
        QTest::newRow("React frontend: keep one language across the whole stack")
            << "pin:frontend=react" << "backend" << QStringList{QStringLiteral("nodejs")};
        QTest::newRow("Next.js frontend: keep one language across the whole stack")
            << "pin:frontend=nextjs" << "backend" << QStringList{QStringLiteral("nodejs")};
        QTest::newRow("Django pairs most naturally with relational SQL")
            << "pin:backend=django" << "database" << sql;
        QTest::newRow("Python-first: best stack is built on Django")
            << "team_language=python" << "backend" << QStringList{QStringLiteral("django")};
        QTest::newRow("Python-first: Django's stack keeps relational SQL")
            << "team_language=python" << "database" << sql;
    }
    void bestStack()
    {
        QFETCH(QString, answers);
        QFETCH(QString, area);
        QFETCH(QStringList, allowed);
        const Evaluation e = ScoringEngine(m_kb).evaluate(answersFrom(answers));
        QVERIFY(!e.stacks.isEmpty());
        const QString chosen = e.stacks.first().choice.value(area);
        QVERIFY2(allowed.contains(chosen), qPrintable(QStringLiteral("best stack holds %1 (score %2)")
                                                          .arg(chosen)
                                                          .arg(e.stacks.first().score)));
    }
};

QTEST_GUILESS_MAIN(TestSeedRules)
#include "test_seedrules.moc"
