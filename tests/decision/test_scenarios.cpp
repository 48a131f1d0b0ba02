// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Scenarios as a specification (issue 11): one row per situation, as a team lead would put it,
// with the area winners and the recommended stack the built-in knowledge base must give.
// Covers every team language alone and with typical needs, the seed's rules, pins and
// constraints, and robustness: an unrelated answer added to a clear case changes nothing.
// Every stack that departs from an area's leader must say why, with numbers.
#include "KbLoader.h"
#include "ScoringEngine.h"

#include <QTest>

namespace {
const QStringList Areas = {QStringLiteral("frontend"), QStringLiteral("backend"), QStringLiteral("database"),
                           QStringLiteral("api")};

// "team_language=php;app_kinds=ecommerce,content_platform;pin:frontend=react"
Answers answersFrom(const QString &spec, const KnowledgeBase &kb)
{
    Answers a;
    a.project.name = QStringLiteral("Scenario");
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key.startsWith(QLatin1String("pin:")))
            a.pins.insert(key.mid(4), value);
        else if (const Question *q = kb.question(key))
            a.answers.insert(key, q->kind == Question::Kind::Multi ? value.split(QLatin1Char(',')) : QStringList{value});
        else
            qFatal("unknown question in a scenario: %s", qPrintable(key));
    }
    return a;
}
} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

    static void row(const char *situation, const char *spec, const char *leaders, const char *stack)
    {
        QTest::newRow(situation) << QString::fromUtf8(spec) << QString::fromUtf8(leaders).split(QLatin1Char(' '))
                                 << QString::fromUtf8(stack).split(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        const KbLoader::Result loaded = KbLoader::loadDefault();
        QVERIFY2(loaded.ok(), "the built-in knowledge base must load");
        m_kb = loaded.kb;
    }

    void teamLeadsGetWhatFitsTheirTeam_data()
    {
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QStringList>("leaders"); // frontend, backend, database, api
        QTest::addColumn<QStringList>("stack");
        row("JavaScript team, nothing else said", "team_language=javascript", "react nodejs postgresql rest", "react nodejs postgresql rest");
        row("Python team, nothing else said", "team_language=python", "react django postgresql rest", "react django postgresql rest");
        row("Java or Kotlin team, nothing else said", "team_language=java", "react spring postgresql rest", "react spring postgresql rest");
        row("C# team, nothing else said", "team_language=csharp", "react aspnet postgresql rest", "react aspnet postgresql rest");
        row("Go team, nothing else said", "team_language=go", "react go postgresql rest", "react go postgresql rest");
        row("Ruby team, nothing else said", "team_language=ruby", "react rails postgresql rest", "react rails postgresql rest");
        row("PHP team, nothing else said", "team_language=php", "react laravel postgresql rest", "react laravel postgresql rest");
        row("Mixed-language team, nothing else said", "team_language=mixed", "react nodejs postgresql rest", "react nodejs postgresql rest");
        row("JS team building a real-time collaboration app", "team_language=javascript;app_kinds=realtime_collab;realtime=core", "react nodejs postgresql websocket", "react nodejs postgresql websocket");
        row("Python team whose product is data and ML", "team_language=python;app_kinds=data_ml;data_ml=core", "react django postgresql rest", "react django postgresql rest");
        row("Large Java team that wants an opinionated stack", "team_language=java;team_size=large;stack_style=opinionated", "angular spring postgresql rest", "angular spring postgresql rest");
        row("C# team with real-time at the core", "team_language=csharp;realtime=core", "react aspnet postgresql websocket", "react aspnet postgresql websocket");
        row("Go team serving a public API under high concurrency", "team_language=go;concurrency=high;public_api=yes", "react go postgresql rest", "react go postgresql rest");
        row("Ruby team building a CRUD back office with an essential admin", "team_language=ruby;app_kinds=crud_business;admin_panel=essential", "react rails postgresql rest", "react rails postgresql rest");
        row("PHP team building shops and content sites, opinionated", "team_language=php;app_kinds=ecommerce,content_platform;stack_style=opinionated", "nextjs laravel postgresql rest", "nextjs laravel postgresql rest");
        row("PHP team building an internal tool with an admin", "team_language=php;app_kinds=internal_tool;admin_panel=essential", "react laravel postgresql rest", "react laravel postgresql rest");
        row("Nothing answered at all", "", "react nodejs postgresql rest", "react nodejs postgresql rest");
        row("We already use React", "pin:frontend=react", "react nodejs postgresql rest", "react nodejs postgresql rest");
        row("We already use Next.js", "pin:frontend=nextjs", "react nodejs postgresql rest", "nextjs nodejs postgresql rest");
        row("CRUD-heavy business app, no language said", "app_kinds=crud_business", "react django postgresql rest", "react django postgresql rest");
        row("Internal tool whose admin is essential", "app_kinds=internal_tool;admin_panel=essential", "react django postgresql rest", "react django postgresql rest");
        row("Data- and AI-heavy product, no language said", "app_kinds=data_ml;data_ml=core", "react django postgresql rest", "react django postgresql rest");
        row("Python team that needs an admin panel", "team_language=python;admin_panel=essential", "react django postgresql rest", "react django postgresql rest");
        row("We already chose Django", "pin:backend=django", "react nodejs postgresql rest", "react django postgresql rest");
        row("Many varied API clients", "api_clients=many_varied", "react nodejs postgresql graphql", "react nodejs postgresql graphql");
        row("Web and mobile clients of one API", "api_clients=web_and_mobile", "react nodejs postgresql rest", "react nodejs postgresql rest");
        row("A mobile app is planned", "mobile_app=planned", "react nodejs postgresql rest", "react nodejs postgresql rest");
        row("SEO matters", "seo=important", "nextjs nodejs postgresql rest", "nextjs nodejs postgresql rest");
        row("Serverless hosting", "hosting=serverless", "react nodejs postgresql rest", "react nodejs postgresql rest");
        row("Document-shaped data", "data_shape=document", "react nodejs mongodb rest", "react nodejs mongodb rest");
        row("We already chose tRPC", "pin:api=trpc", "react nodejs postgresql rest", "react nodejs postgresql trpc");
        row("We already use htmx", "pin:frontend=htmx", "react django postgresql rest", "htmx django postgresql rest");
        row("Real-time at the core", "realtime=core", "react nodejs postgresql websocket", "react nodejs postgresql websocket");
        row("Large team that wants conventions", "team_size=large;stack_style=opinionated", "angular django postgresql rest", "angular django postgresql rest");
        row("Newer to backend work", "backend_experience=new", "react django postgresql rest", "react django postgresql rest");
        row("Team that likes to assemble its own stack", "stack_style=assemble", "react nodejs postgresql rest", "react nodejs postgresql rest");
        row("Python data team that also cares about SEO", "team_language=python;app_kinds=data_ml;data_ml=core;seo=important", "nextjs django postgresql rest", "nextjs django postgresql rest");
        row("Java team that also plans a mobile app", "team_language=java;mobile_app=planned", "react spring postgresql rest", "react spring postgresql rest");
        row("PHP shop that also hosts itself", "team_language=php;app_kinds=ecommerce,content_platform;stack_style=opinionated;hosting=self_hosted", "nextjs laravel postgresql rest", "nextjs laravel postgresql rest");
        row("JS real-time team that also wants strict transactions", "team_language=javascript;app_kinds=realtime_collab;realtime=core;transactions=strict", "react nodejs postgresql websocket", "react nodejs postgresql websocket");
        row("C# team that also says its data is relational", "team_language=csharp;data_shape=relational", "react aspnet postgresql rest", "react aspnet postgresql rest");
        row("Ruby team that also offers a public API", "team_language=ruby;public_api=yes", "react rails postgresql rest", "react rails postgresql rest");
        row("Go team that is also newer to backend work", "team_language=go;backend_experience=new", "react go postgresql rest", "react django postgresql rest");
        row("Python team, also a small team", "team_language=python;team_size=small", "react django postgresql rest", "react django postgresql rest");
    }
    void teamLeadsGetWhatFitsTheirTeam()
    {
        QFETCH(QString, answers);
        QFETCH(QStringList, leaders);
        QFETCH(QStringList, stack);
        const ScoringEngine engine(m_kb);
        const Answers a = answersFrom(answers, m_kb);
        const Evaluation e = engine.evaluate(a);
        QVERIFY(!e.stacks.isEmpty());
        const StackResult &best = e.stacks.first();
        QStringList gotLeaders, gotStack;
        for (const QString &area : Areas) {
            gotLeaders << e.area(area)->ranking.first().candidate;
            gotStack << best.choice.value(area);
        }
        QCOMPARE(gotLeaders, leaders);
        QCOMPARE(gotStack, stack);
        // Every departure from an unpinned area's leader is there, with its numbers.
        for (qsizetype i = 0; i < Areas.size(); ++i) {
            const bool departs = stack.at(i) != leaders.at(i) && !a.pins.contains(Areas.at(i));
            const auto d = std::find_if(best.departures.cbegin(), best.departures.cend(),
                                        [&](const StackDeparture &x) { return x.area == Areas.at(i); });
            QCOMPARE(d != best.departures.cend(), departs);
            if (departs) {
                QVERIFY2(d->why.contains(QLatin1String(" instead of ")) && d->why.contains(QLatin1String(" points")),
                         qPrintable(d->why));
                QVERIFY2(d->gained >= d->lead || !d->constraints.isEmpty(), qPrintable(d->why));
            }
        }
    }

private:
    KnowledgeBase m_kb;
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "test_scenarios.moc"
