// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Tests of KbLoader, KbValidator and the YAML guards: every kind of knowledge-base problem is
// reported with its exact PATH:LINE:COLUMN, overlays layer correctly, and the built-in KB is
// clean and complete (contract §1-2).
#include "KbLoader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString BaseDir = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/kb-base");
const QString BadDir = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/kb-bad");

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A copy of the base fixture in a temporary directory, with `name` replaced by (or added as) `content`.
bool makeFixture(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QStringList files = QDir(BaseDir).entryList({QStringLiteral("*.yaml")}, QDir::Files);
    for (const QString &f : files)
        if (!QFile::copy(BaseDir + QLatin1Char('/') + f, dir.filePath(f)))
            return false;
    QFile::remove(dir.filePath(name));
    return writeFile(dir.filePath(name), content);
}

QStringList ids(const auto &list)
{
    QStringList out;
    for (const auto &item : list)
        out.append(item.id);
    return out;
}
} // namespace

class TestKbLoader : public QObject
{
    Q_OBJECT

private slots:
    void baseFixtureIsValid()
    {
        const KbLoader::Result r = KbLoader::loadDirectories({BaseDir});
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        QCOMPARE(r.kb.areaIds(), (QStringList{QStringLiteral("web"), QStringLiteral("data")}));
        QCOMPARE(r.kb.candidates.size(), 4);
        QCOMPARE(r.kb.candidate(QStringLiteral("alpha"))->ratings.value(QStringLiteral("speed")).score, 8.0);
        QCOMPARE(r.kb.area(QStringLiteral("data"))->name.text(QStringLiteral("de")), QStringLiteral("Daten"));
        const Question *tools = r.kb.question(QStringLiteral("tools"));
        QVERIFY(tools);
        QCOMPARE(tools->kind, Question::Kind::Multi);
        QCOMPARE(tools->options.at(1).effects.at(0).amount, -1.0);
        QCOMPARE(r.kb.synergies.size(), 1);
        QCOMPARE(r.kb.constraints.at(0).kind, Constraint::Kind::Requires);
        // Positions are kept for later checks: beta's `speed` rating is on line 12, column 7.
        const Rating speed = r.kb.candidate(QStringLiteral("beta"))->ratings.value(QStringLiteral("speed"));
        QCOMPARE(speed.pos.line, 12);
        QCOMPARE(speed.pos.column, 7);
        QCOMPARE(speed.scorePos.column, 22);
    }

    // One row per kind of problem: the fixture file `file` (replacing or adding to the base
    // fixture) must give exactly one diagnostic, at LINE:COLUMN, whose message contains `message`.
    void reportsProblemAtItsPosition_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        const auto row = [](const char *tag, const char *file, const QByteArray &content, int line, int column, const char *message) {
            QTest::newRow(tag) << QString::fromLatin1(file) << content << line << column << QString::fromUtf8(message);
        };

        // --- syntax and hostile input (checked before or while yaml-cpp parses)
        row("not YAML: unclosed flow map", "zz.yaml", "kb: {version: \"1\", date: \"2026\"\n", 2, 1,
            "not valid YAML: end of map flow not found");
        // yaml-cpp counts the tab as one column and stumbles at the colon after it.
        row("not YAML: tab indentation", "zz.yaml", "kb:\n\tversion: x\n", 2, 9, "not valid YAML");
        row("invalid UTF-8", "zz.yaml", "kb: {version: \"caf\xc3\xa9 \xff\"}\n", 1, 21, "invalid UTF-8 byte 0xff");
        row("control character", "zz.yaml", "kb: {version: \"a\x01\"}\n", 1, 17, "U+0001");
        row("too deep: flow brackets", "zz.yaml", "kb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n", 1, 16,
            "nesting is deeper than 12 levels");
        row("too deep: block indentation", "zz.yaml",
            "a:\n b:\n  c:\n   d:\n    e:\n     f:\n      g:\n       h:\n        i:\n         j:\n          k:\n           l:\n            m:\n             n: 1\n",
            13, 13, "nesting is deeper than 12 levels");
        row("too deep: nested sequence entries", "zz.yaml", "- - - - - - - - - - - - - x\n", 1, 25, "nesting is deeper than 12 levels");
        row("aliases expanding without bound", "zz.yaml",
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
            1, 1, "aliases expand to too many nodes");
        row("alias cycle", "zz.yaml", "a: &a [x, *a]\n", 1, 4, "aliases nest deeper than 12 levels");
        row("two documents", "zz.yaml", "kb: {version: \"1\"}\n---\nkb: {version: \"2\"}\n", 2, 1,
            "only one YAML document");
        // yaml-cpp 0.7's LoadAll() loops forever on this (jbeder/yaml-cpp#1040).
        row("stray comma", "zz.yaml", ",\n", 1, 1, "not valid YAML: unexpected ','");
        // After the first document only its tail is scanned again, from the line of its last node;
        // these rows end it in ways that tail cannot be read alone, or hide what follows it.
        row("stray comma after a document", "zz.yaml", "kb:\n  version: \"1\"\n,\n", 3, 1, "not valid YAML");
        row("two documents, the first ending in a multi-line flow map", "zz.yaml",
            "kb: {version: \"1\",\n  date: \"2\"}\n---\nareas: []\n", 3, 1, "only one YAML document");
        row("two documents, the first ending in a block scalar", "zz.yaml",
            "kb:\n  version: |\n    1\n    ---\n---\nareas: []\n", 5, 1, "only one YAML document");
        row("duplicate key", "zz.yaml", "kb:\n  version: \"1\"\n  date: \"2026\"\n  version: \"2\"\n", 4, 3,
            "duplicate key 'version' (first at line 2, column 3)");

        // --- schema: types, required and unknown keys
        row("unknown top-level key", "zz.yaml", "candidate:\n  - id: x\n", 1, 1,
            "unknown key 'candidate' in a knowledge-base file (expected one of: kb, areas, criteria, candidates");
        row("unknown key (typo)", "areas.yaml",
            "areas:\n  - {id: web, name: Web, order: 1}\n  - {id: data, name: Data, ordre: 2}\n", 3, 28,
            "unknown key 'ordre' in area (expected one of: id, name, description, order)");
        row("missing required key", "criteria.yaml",
            "criteria:\n  - {id: speed, name: Speed, areas: [web, data], baseline: 5}\n  - {id: ease, areas: [web], baseline: 6}\n",
            3, 5, "criterion is missing the required key 'name'");
        row("wrong type: text instead of number", "areas.yaml",
            "areas:\n  - {id: web, name: Web, order: first}\n  - {id: data, name: Data, order: 2}\n", 2, 33,
            "area order must be a whole number, got 'first'");
        row("wrong type: map instead of list", "zz.yaml", "areas: {id: ops}\n", 1, 8, "areas must be a list, got a map");
        row("wrong type: quoted number", "criteria.yaml",
            "criteria:\n  - {id: speed, name: Speed, areas: [web, data], baseline: \"5\"}\n  - {id: ease, name: Ease, areas: [web], baseline: 6}\n",
            2, 60, "criterion baseline must be a number, got '5'");
        row("empty required text", "areas.yaml",
            "areas:\n  - {id: web, name: \"\", order: 1}\n  - {id: data, name: Data, order: 2}\n", 2, 21,
            "area name must not be empty");
        row("text map without English", "areas.yaml",
            "areas:\n  - {id: web, name: {de: Netz}, order: 1}\n  - {id: data, name: Data, order: 2}\n", 2, 21,
            "area name must have an English text ('en')");
        row("invalid id", "zz.yaml", "areas:\n  - {id: Ops-Area, name: Ops}\n", 2, 10, "area id 'Ops-Area' is not a valid id");
        row("unknown question kind", "questions.yaml", QByteArray(questionsWith("kind: single", "kind: several")), 4, 11,
            "unknown question kind 'several' (expected single or multi)");
        row("effect with criterion and candidate", "questions.yaml",
            questionsWith("{criterion: speed, importance: 3, why: Speed matters.}",
                          "{criterion: speed, importance: 3, why: Speed matters.}\n"
                          "          - {criterion: speed, candidate: beta, importance: 3, why: Both.}"),
            11, 13, "an effect names either a 'criterion' (with 'importance') or a 'candidate' (with 'points')");
        row("effect with the wrong amount key", "questions.yaml",
            questionsWith("{criterion: speed, importance: 3,", "{criterion: speed, points: 3,"), 10, 32,
            "'points' does not go with 'criterion' (use 'importance')");

        // --- cross-references (KbValidator)
        row("duplicate id in one layer", "zz.yaml", "areas:\n  - {id: web, name: Web again}\n", 2, 5,
            "duplicate area id 'web' (first defined at");
        // --- scaffold (the starter folder's data)
        const auto alphaScaffold = [](const QByteArray &scaffold) {
            return candidatesWith("    name: Alpha\n", "    name: Alpha\n    scaffold: " + scaffold + "\n");
        };
        row("scaffold docs not an https address", "candidates.yaml", alphaScaffold("{docs: \"http://x.org\", checked: 2026-12}"),
            5, 22, "scaffold docs must be an https:// address");
        row("scaffold without docs", "candidates.yaml", alphaScaffold("{checked: 2026-12}"),
            5, 15, "scaffold is missing the required key 'docs'");
        row("scaffold checked not a date", "candidates.yaml", alphaScaffold("{docs: \"https://x.org\", checked: 2026-13}"),
            5, 48, "scaffold checked date must be YYYY-MM-DD or YYYY-MM");
        row("scaffold folder is a path", "candidates.yaml",
            alphaScaffold("{docs: \"https://x.org\", checked: 2026-12, folder: ../up}"), 5, 65, "scaffold folder '../up' is not a valid id");
        row("scaffold command for an unknown candidate", "candidates.yaml",
            alphaScaffold("{docs: \"https://x.org\", checked: 2026-12, commands: [{run: x, with: [nosuch]}]}"), 5, 84,
            "unknown candidate 'nosuch' in a scaffold command of 'alpha'");
        row("scaffold command of two lines", "candidates.yaml",
            alphaScaffold("{docs: \"https://x.org\", checked: 2026-12, commands: [\"a\\nb\"]}"), 5, 68,
            "a scaffold command is one line");
        row("service image on latest", "candidates.yaml",
            alphaScaffold("{docs: \"https://x.org\", checked: 2026-12, service: {name: db, image: \"db:latest\"}}"), 5, 84,
            "service image must be NAME:TAG with a fixed tag (not latest)");
        row("service port out of range", "candidates.yaml",
            alphaScaffold("{docs: \"https://x.org\", checked: 2026-12, service: {name: db, image: \"db:1\", port: 70000}}"), 5, 98,
            "service port must be 1 to 65535, got 70000");
        row("service volume not absolute", "candidates.yaml",
            alphaScaffold("{docs: \"https://x.org\", checked: 2026-12, service: {name: db, image: \"db:1\", volume: data}}"), 5, 100,
            "service volume is the data path inside the container");
        row("healthcheck not in exec form", "candidates.yaml",
            alphaScaffold("{docs: \"https://x.org\", checked: 2026-12, service: {name: db, image: \"db:1\", healthcheck: [RUN, x]}}"), 5, 105,
            "a healthcheck starts with CMD or CMD-SHELL, got 'RUN'");
        row("env name not a variable", "candidates.yaml",
            alphaScaffold("{docs: \"https://x.org\", checked: 2026-12, env: {lower: x}}"), 5, 63,
            "scaffold env: 'lower' is not a variable name");
        row("rating above 10", "candidates.yaml", candidatesWith("speed: {score: 8, why: Fast.}", "speed: {score: 12, why: Fast.}"),
            6, 22, "rating must be 0..10, got 12");
        row("rating below 0", "candidates.yaml", candidatesWith("ease: {score: 5, why: Fine.}", "ease: {score: -1, why: Fine.}"),
            7, 21, "rating must be 0..10, got -1");
        row("candidate missing a criterion of its area", "candidates.yaml",
            candidatesWith("      ease: {score: 5, why: Fine.}\n", ""), 5, 5,
            "candidate 'alpha' has no rating for criterion 'ease' (every criterion of area 'web' needs one)");
        // Said once: not again for every criterion of the area.
        row("candidate without ratings", "candidates.yaml",
            candidatesWith("    ratings:\n      speed: {score: 8, why: Fast.}\n      ease: {score: 5, why: Fine.}\n", ""), 2, 5,
            "candidate is missing the required key 'ratings'");
        row("rating a criterion not of its area", "candidates.yaml",
            candidatesWith("      speed: {score: 7, why: Quick.}\n", "      speed: {score: 7, why: Quick.}\n      ease: {score: 7, why: Easy.}\n"),
            25, 7, "criterion 'ease' does not apply to area 'data' (it applies to: web)");
        row("rating an unknown criterion", "candidates.yaml",
            candidatesWith("      ease: {score: 5, why: Fine.}\n", "      ease: {score: 5, why: Fine.}\n      sped: {score: 5, why: Typo.}\n"),
            8, 7, "unknown criterion 'sped' (known: speed, ease)");
        row("candidate in an unknown area", "zz.yaml",
            "candidates:\n  - id: omega\n    area: mobile\n    name: Omega\n    ratings: {}\n", 3, 11,
            "unknown area 'mobile' for candidate 'omega' (known: web, data)");
        row("area without candidates", "zz.yaml",
            "areas:\n  - {id: ops, name: Ops, order: 3}\ncriteria:\n  - {id: uptime, name: Uptime, areas: [ops]}\n", 2, 5,
            "area 'ops' has no candidates");
        row("area without criteria", "zz.yaml",
            "areas:\n  - {id: ops, name: Ops, order: 3}\ncandidates:\n  - {id: cron, area: ops, name: Cron, ratings: {}}\n", 2, 5,
            "area 'ops' has no criteria");
        row("criterion of an unknown area", "zz.yaml", "criteria:\n  - {id: cost, name: Cost, areas: [dta]}\n", 2, 36,
            "unknown area 'dta' (known: web, data)");
        row("baseline out of range", "criteria.yaml",
            "criteria:\n  - {id: speed, name: Speed, areas: [web, data], baseline: 11}\n  - {id: ease, name: Ease, areas: [web], baseline: 6}\n",
            2, 60, "baseline must be 0..10, got 11");
        row("option without effects", "questions.yaml",
            questionsWith("        effects:\n          - {candidate: beta, points: 5, why: Beta is easy.}\n", "        effects: []\n"),
            11, 9, "option 'slow' of question 'pace' has no effects");
        row("effect on an unknown criterion", "questions.yaml",
            questionsWith("{criterion: speed, importance: 3", "{criterion: sped, importance: 3"), 10, 25,
            "unknown criterion 'sped' (known: speed, ease)");
        row("effect on an unknown candidate", "questions.yaml",
            questionsWith("{candidate: beta, points: 5", "{candidate: bta, points: 5"), 14, 25,
            "unknown candidate 'bta' (known: alpha, beta, delta, gamma)");
        row("importance out of range", "questions.yaml",
            questionsWith("{criterion: speed, importance: 3", "{criterion: speed, importance: 14"), 10, 44,
            "importance must be -10..10, got 14");
        row("question page neither team nor area", "questions.yaml", questionsWith("page: team", "page: tema"), 3, 11,
            "question page 'tema' is neither 'team' nor an area (known areas: web, data)");
        row("duplicate option id", "questions.yaml", questionsWith("- id: slow", "- id: fast"), 11, 9,
            "duplicate option id 'fast' (first defined at");
        row("synergy with an unknown candidate", "compatibility.yaml",
            compatibilityWith("[alpha, gamma]", "[alpha, gama]"), 2, 23, "unknown candidate 'gama'");
        row("synergy within one area", "compatibility.yaml",
            compatibilityWith("[alpha, gamma]", "[alpha, beta]"), 2, 5,
            "synergy between 'alpha' and 'beta' of the same area 'web'");
        row("synergy listing three candidates", "compatibility.yaml",
            compatibilityWith("[alpha, gamma]", "[alpha, gamma, beta]"), 2, 15, "'between' must list exactly 2 candidates, got 3");
        row("constraint naming an unknown candidate", "compatibility.yaml",
            compatibilityWith("when: beta", "when: bta"), 5, 11, "unknown candidate 'bta'");
        row("constraint naming an unknown area", "compatibility.yaml",
            compatibilityWith("area: data", "area: storage"), 6, 22, "unknown area 'storage' (known: web, data)");
        row("constraint candidate of another area", "compatibility.yaml",
            compatibilityWith("candidates: [gamma]", "candidates: [delta]"), 6, 41, "candidate 'delta' is in area 'web', not 'data'");
        row("constraint with requires and forbids", "compatibility.yaml",
            compatibilityWith("    why: Beta needs Gamma.\n", "    forbids: {area: data, candidates: [gamma]}\n    why: Beta needs Gamma.\n"),
            4, 5, "a constraint has exactly one of 'requires' or 'forbids'");

        // --- evidence (issue 13): sources, citations and dates
        row("source with an impossible date", "zz.yaml", "sources:\n  - {id: s1, title: T, date: 2025-13}\n", 2, 30,
            "source date must be YYYY-MM-DD or YYYY-MM, got '2025-13'");
        row("source with a URL that is not a web address", "zz.yaml",
            "sources:\n  - {id: s1, title: T, url: ftp://x.org, date: 2025-01}\n", 2, 29,
            "source url must start with https:// or http://");
        row("source without a date", "zz.yaml", "sources:\n  - {id: s1, title: T}\n", 2, 5,
            "missing the required key 'date'");
        row("source id given twice", "zz.yaml",
            "sources:\n  - {id: s1, title: T, date: 2025-01}\n  - {id: s1, title: U, date: 2025-02}\n", 3, 5,
            "duplicate source id 's1'");
        row("rating citing an unknown source", "candidates.yaml",
            candidatesWith("speed: {score: 8, why: Fast.}", "speed: {score: 8, why: Fast., source: nope}"), 6, 45,
            "unknown source 'nope'");
        row("rating dated with something that is no date", "candidates.yaml",
            candidatesWith("speed: {score: 8, why: Fast.}", "speed: {score: 8, why: Fast., as_of: soon}"), 6, 44,
            "as_of date must be YYYY-MM-DD or YYYY-MM, got 'soon'");
        row("synergy citing an unknown source", "compatibility.yaml",
            compatibilityWith("why: Together.}", "why: Together., source: [nope]}"), 2, 67, "unknown source 'nope'");

        // --- languages and area-scoped effects (issue 11)
        row("candidate in an unknown language", "candidates.yaml",
            candidatesWith("    name: Alpha\n", "    name: Alpha\n    languages: [klingon]\n"), 5, 17,
            "unknown language 'klingon'");
        row("area scope on a nudge", "questions.yaml",
            questionsWith("{candidate: beta, points: 5,", "{candidate: beta, points: 5, areas: [web],"), 14, 42,
            "'areas' scopes an importance effect");
        row("importance scoped to an area that does not rate the criterion", "questions.yaml",
            questionsWith("{criterion: speed, importance: 3,", "{criterion: speed, importance: 3, areas: [nowhere],"), 10, 55,
            "unknown area 'nowhere'");
        row("language rule naming an unknown question", "zz.yaml",
            "language_rules:\n  names: {js: JS}\n  team_language: {question: lingo, areas: [web], points: 5, why: x}\n", 3, 29,
            "unknown question 'lingo'");
    }
    void reportsProblemAtItsPosition()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(makeFixture(dir, file, content));
        const KbLoader::Result r = KbLoader::loadDirectories({dir.path()});
        QVERIFY2(r.diagnostics.size() == 1, qPrintable(joined(r.diagnostics)));
        const Diagnostic &d = r.diagnostics.constFirst();
        const QString expectedPrefix = QStringLiteral("%1:%2:%3: ").arg(dir.filePath(file)).arg(line).arg(column);
        QVERIFY2(d.toString().startsWith(expectedPrefix), qPrintable(d.toString() + QStringLiteral("\nexpected prefix: ") + expectedPrefix));
        QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
    }

    // Which files of a folder are KB files: what QDir's "*.yaml" filter matched (the suffix in
    // any case, files only, no hidden ones), in the order asked for.
    void listsYamlFilesLikeANameFilter_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("by name") << int(QDir::Name) << QStringList{QStringLiteral("B.YAML"), QStringLiteral("a.yaml"), QStringLiteral("c.Yaml")};
        QTest::newRow("by name, any case") << int(QDir::Name | QDir::IgnoreCase)
                                           << QStringList{QStringLiteral("a.yaml"), QStringLiteral("B.YAML"), QStringLiteral("c.Yaml")};
    }
    void listsYamlFilesLikeANameFilter()
    {
        QFETCH(int, sort);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : {"a.yaml", "B.YAML", "c.Yaml", "d.yml", "e.yaml.bak", "yaml", ".hidden.yaml"})
            QVERIFY(writeFile(dir.filePath(QString::fromLatin1(name)), "kb: {}\n"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.yaml")));
        const QDir qdir(dir.path());
        QCOMPARE(KbLoader::yamlFileNames(qdir, QDir::SortFlags(sort)), expected);
        // The same files as the name filter it replaces.
        QCOMPARE(KbLoader::yamlFileNames(qdir, QDir::SortFlags(sort)),
                 qdir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::SortFlags(sort)));
    }

    void refusesTooLargeFile()
    {
        QTemporaryDir dir;
        QByteArray big = "# padding\n";
        big += QByteArray(KbLoader::MaxFileSize, '#');
        QVERIFY(makeFixture(dir, QStringLiteral("zz.yaml"), big));
        const KbLoader::Result r = KbLoader::loadDirectories({dir.path()});
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.at(0).path, dir.filePath(QStringLiteral("zz.yaml")));
        QVERIFY2(r.diagnostics.at(0).message.contains(QLatin1String("file is too large")), qPrintable(r.diagnostics.at(0).message));
    }

    void reportsEveryProblemOfAFileAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(makeFixture(dir, QStringLiteral("zz.yaml"),
                            "areas:\n"
                            "  - {id: ops, name: Ops, colour: red}\n"          // unknown key
                            "criteria:\n"
                            "  - {id: uptime, name: Uptime, areas: [ops], baseline: 20}\n" // out of range
                            "candidates:\n"
                            "  - id: cron\n"
                            "    area: ops\n"
                            "    name: Cron\n"
                            "    ratings:\n"
                            "      uptime: {score: 11, why: Always.}\n"     // out of range
                            "      speed: {score: 5, why: Fine.}\n"));      // criterion of another area
        const KbLoader::Result r = KbLoader::loadDirectories({dir.path()});
        const QString p = dir.filePath(QStringLiteral("zz.yaml"));
        QStringList got;
        for (const Diagnostic &d : r.diagnostics)
            got.append(QStringLiteral("%1:%2:%3").arg(d.path).arg(d.line).arg(d.column));
        const QStringList expected{p + QStringLiteral(":2:26"), p + QStringLiteral(":4:56"), p + QStringLiteral(":10:23"),
                                   p + QStringLiteral(":11:7")};
        QVERIFY2(got == expected, qPrintable(joined(r.diagnostics)));
    }

    void laterLayerReplacesFileOfTheSameName()
    {
        QTemporaryDir overlay;
        // The overlay's candidates.yaml has no `delta`: the base file is replaced, not merged.
        QFile base(BaseDir + QStringLiteral("/candidates.yaml"));
        QVERIFY(base.open(QIODevice::ReadOnly));
        QByteArray text = base.readAll();
        const qsizetype from = text.indexOf("  - id: delta");
        const qsizetype to = text.indexOf("  - id: gamma");
        QVERIFY(from > 0 && to > from);
        text.remove(from, to - from);
        text.replace("name: Alpha", "name: Alpha Prime");
        QVERIFY(writeFile(overlay.filePath(QStringLiteral("candidates.yaml")), text));

        const KbLoader::Result r = KbLoader::loadDirectories({BaseDir, overlay.path()});
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        QCOMPARE(ids(r.kb.candidates), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
        QCOMPARE(r.kb.candidate(QStringLiteral("alpha"))->name.text(), QStringLiteral("Alpha Prime"));
        QCOMPARE(r.kb.candidate(QStringLiteral("alpha"))->pos.path, overlay.filePath(QStringLiteral("candidates.yaml")));
    }

    void laterLayerOverridesEntriesById()
    {
        QTemporaryDir overlay;
        QVERIFY(writeFile(overlay.filePath(QStringLiteral("tweaks.yaml")),
                          "candidates:\n"
                          "  - id: beta\n    area: web\n    name: Beta 2\n"
                          "    ratings: {speed: {score: 10, why: Faster now.}, ease: {score: 9, why: Easy.}}\n"
                          "synergies:\n  - {between: [gamma, alpha], points: -2, why: Not any more.}\n"
                          "questions:\n"
                          "  - id: pace\n    page: web\n    kind: single\n    text: Pace?\n"
                          "    options: [{id: fast, label: Fast, effects: [{criterion: ease, importance: 1, why: Why not.}]}]\n"));
        const KbLoader::Result r = KbLoader::loadDirectories({BaseDir, overlay.path()});
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        // Replaced in place: order and count unchanged, content from the overlay.
        QCOMPARE(ids(r.kb.candidates), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("delta"), QStringLiteral("gamma")}));
        QCOMPARE(r.kb.candidate(QStringLiteral("beta"))->name.text(), QStringLiteral("Beta 2"));
        QCOMPARE(r.kb.candidate(QStringLiteral("beta"))->ratings.value(QStringLiteral("speed")).score, 10.0);
        // The synergy is keyed by its pair whichever way round it is written.
        QCOMPARE(r.kb.synergies.size(), 1);
        QCOMPARE(r.kb.synergies.at(0).points, -2.0);
        QCOMPARE(ids(r.kb.questions), (QStringList{QStringLiteral("pace"), QStringLiteral("tools")}));
        QCOMPARE(r.kb.question(QStringLiteral("pace"))->options.size(), 1);
        QCOMPARE(r.kb.question(QStringLiteral("pace"))->page, QStringLiteral("web"));
    }

    void overlayCanAddAnArea()
    {
        QTemporaryDir overlay;
        QVERIFY(writeFile(overlay.filePath(QStringLiteral("hosting.yaml")), hostingOverlay("alpha")));
        const KbLoader::Result r = KbLoader::loadDirectories({BaseDir, overlay.path()});
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        QCOMPARE(r.kb.areaIds(), (QStringList{QStringLiteral("web"), QStringLiteral("data"), QStringLiteral("hosting")}));
        QCOMPARE(r.kb.candidatesOf(QStringLiteral("hosting")).size(), 2);
        QCOMPARE(r.kb.questionsOnPage(QStringLiteral("hosting")).size(), 1);
    }

    void missingOverlayDirectoryIsAnError()
    {
        const QString missing = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/no-such-dir");
        const KbLoader::Result r = KbLoader::loadDirectories({BaseDir, missing});
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.at(0).path, missing);
    }

    // --- the built-in knowledge base

    void defaultKbValidatesClean()
    {
        const KbLoader::Result r = KbLoader::loadDirectories({KbLoader::builtinDir()});
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        QVERIFY(!r.kb.areas.isEmpty());
    }

    void defaultKbHoldsContractIds_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QStringList>("candidates");
        const auto row = [](const char *area, const char *list) {
            QTest::newRow(area) << QString::fromLatin1(area) << QString::fromLatin1(list).split(QLatin1Char(' '));
        };
        row("frontend", "react nextjs angular vue svelte htmx");
        row("backend", "nodejs django fastapi rails spring aspnet go laravel");
        row("database", "postgresql mysql sqlite mongodb dynamodb firestore");
        row("api", "rest graphql grpc trpc websocket");
    }
    void defaultKbHoldsContractIds()
    {
        QFETCH(QString, area);
        QFETCH(QStringList, candidates);
        const KbLoader::Result r = KbLoader::loadDirectories({KbLoader::builtinDir()});
        QVERIFY(r.kb.area(area));
        for (const QString &id : candidates) {
            const Candidate *c = r.kb.candidate(id);
            QVERIFY2(c, qPrintable(id));
            QCOMPARE(c->area, area);
        }
    }

    void defaultKbHoldsContractQuestions_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("multi");
        QTest::addColumn<QStringList>("options");
        const auto row = [](const char *q, bool multi, const char *list) {
            QTest::newRow(q) << QString::fromLatin1(q) << multi << QString::fromLatin1(list).split(QLatin1Char(' '));
        };
        row("team_language", false, "javascript python java csharp go ruby php mixed");
        row("app_kinds", true, "crud_business content_platform internal_tool realtime_collab api_for_js_frontend data_ml ecommerce saas");
        row("realtime", false, "none some core");
        row("concurrency", false, "low medium high");
        row("admin_panel", false, "not_needed nice essential");
        row("data_ml", false, "none some core");
        row("stack_style", false, "opinionated assemble");
        row("backend_experience", false, "new experienced");
        row("data_shape", false, "relational document mixed");
        row("transactions", false, "strict relaxed");
        row("api_clients", false, "single_web web_and_mobile many_varied");
        row("public_api", false, "no yes");
        row("mobile_app", false, "none planned");
        row("seo", false, "unimportant important");
        row("team_size", false, "small medium large");
        row("hiring_priority", false, "low high");
        row("hosting", false, "any serverless self_hosted");
    }
    void defaultKbHoldsContractQuestions()
    {
        QFETCH(QString, question);
        QFETCH(bool, multi);
        QFETCH(QStringList, options);
        const KbLoader::Result r = KbLoader::loadDirectories({KbLoader::builtinDir()});
        const Question *q = r.kb.question(question);
        QVERIFY2(q, qPrintable(question));
        QCOMPARE(q->kind == Question::Kind::Multi, multi);
        for (const QString &o : options)
            QVERIFY2(q->option(o), qPrintable(question + QLatin1Char('.') + o));
    }

    void defaultKbTakesAFifthAreaFromAnOverlay()
    {
        QTemporaryDir overlay;
        QVERIFY(writeFile(overlay.filePath(QStringLiteral("hosting.yaml")), hostingOverlay("nodejs")));
        const KbLoader::Result r = KbLoader::loadDefault({overlay.path()});
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        QCOMPARE(r.kb.areas.size(), 5);
        QVERIFY(r.kb.areaIds().contains(QStringLiteral("hosting")));
        QCOMPARE(r.kb.candidatesOf(QStringLiteral("hosting")).size(), 2);
    }

    void userFolderIsALayer()
    {
        // Test mode points AppDataLocation into ~/.qttest, away from the real user folder.
        QStandardPaths::setTestModeEnabled(true);
        QDir user(KbLoader::userDir());
        QVERIFY(user.mkpath(QStringLiteral(".")));
        const auto cleanup = qScopeGuard([&] { user.removeRecursively(); });
        QVERIFY(writeFile(user.filePath(QStringLiteral("hosting.yaml")), hostingOverlay("nodejs")));
        const KbLoader::Result r = KbLoader::loadDefault();
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        QVERIFY(r.kb.area(QStringLiteral("hosting")));
        QCOMPARE(r.kb.area(QStringLiteral("hosting"))->pos.path, user.filePath(QStringLiteral("hosting.yaml")));
    }

    // --- stackwise --validate-kb (contract §4)

    void validateKbCommandReportsProblems()
    {
        QProcess p;
        p.start(QStringLiteral(STACKWISE_BINARY), {QStringLiteral("--validate-kb"), BadDir});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QStringList lines = linesStartingWith(p.readAllStandardError(), BadDir);
        const QString file = BadDir + QStringLiteral("/candidates.yaml");
        QCOMPARE(lines, (QStringList{file + QStringLiteral(":7:22: rating must be 0..10, got 12"),
                                     file + QStringLiteral(":9:5: candidate is missing the required key 'name'"),
                                     file + QStringLiteral(":11:5: unknown key 'nmae' in candidate (expected one of: id, area, name, ratings, summary, link, strong_for, pros, cons, languages, scaffold)")}));
    }

    void validateKbCommandSummarisesAGoodKb()
    {
        QProcess p;
        p.start(QStringLiteral(STACKWISE_BINARY), {QStringLiteral("--validate-kb"), BaseDir});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(linesStartingWith(p.readAllStandardError(), BaseDir).isEmpty());
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        // 2 areas, 4 candidates, 2 questions, 2 criteria, 4 effects + 1 synergy + 1 constraint.
        static const QRegularExpression summary(QStringLiteral("\\b2 areas, 4 candidates, 2 questions, 2 criteria, 6 rules"));
        QVERIFY2(summary.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    }

    // The overlay of resources/kb/README.md's worked example, as a user would write it: it adds
    // a backend and two synergies with built-in candidates, so it is only valid on top of the
    // built-in knowledge base.
    void validateKbCommandAcceptsAnOverlay()
    {
        QTemporaryDir overlay;
        const QByteArray example = readmeExample("`my-kb/nestjs.yaml`:");
        QVERIFY(example.contains("id: nestjs"));
        QVERIFY(writeFile(overlay.filePath(QStringLiteral("nestjs.yaml")), example));
        QProcess p;
        p.start(QStringLiteral(STACKWISE_BINARY), {QStringLiteral("--validate-kb"), overlay.path()});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(linesStartingWith(p.readAllStandardError(), overlay.path()).isEmpty());
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        const KbLoader::Result builtin = KbLoader::loadDirectories({KbLoader::builtinDir()});
        QVERIFY2(out.startsWith(overlay.path() + QStringLiteral(": valid as an overlay on the built-in knowledge base")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("%1 candidates").arg(builtin.kb.candidates.size() + 1)), qPrintable(out));
    }

    // A mistake in an overlay is reported alone, at its place: not buried under the errors of
    // reading the overlay without the knowledge base it extends.
    void validateKbCommandReportsAnOverlaysOwnMistake()
    {
        QTemporaryDir overlay;
        QByteArray example = readmeExample("`my-kb/nestjs.yaml`:");
        const QByteArray from = "realtime: {score: 9,";
        QVERIFY(example.contains(from));
        example.replace(from, "realtime: {score: 19,");
        QVERIFY(writeFile(overlay.filePath(QStringLiteral("nestjs.yaml")), example));
        QProcess p;
        p.start(QStringLiteral(STACKWISE_BINARY), {QStringLiteral("--validate-kb"), overlay.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QStringList lines = linesStartingWith(p.readAllStandardError(), overlay.path());
        int line = 1;
        for (const QByteArray &l : example.split('\n')) {
            if (l.contains("score: 19"))
                break;
            ++line;
        }
        QCOMPARE(lines, QStringList{overlay.filePath(QStringLiteral("nestjs.yaml"))
                                    + QStringLiteral(":%1:%2: rating must be 0..10, got 19")
                                          .arg(line)
                                          .arg(example.split('\n').at(line - 1).indexOf("19") + 1)});
    }

    // A file name is text too: a line break in it must not forge a second error line.
    void validateKbCommandEscapesFileNames()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("evil\nfake.yaml:1:1: all good.yaml");
        QVERIFY(writeFile(dir.filePath(name), "kb: [\n"));
        QProcess p;
        p.start(QStringLiteral(STACKWISE_BINARY), {QStringLiteral("--validate-kb"), dir.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QStringList lines = linesStartingWith(p.readAllStandardError(), dir.path());
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).startsWith(dir.path() + QStringLiteral("/evil\\nfake.yaml:1:1: all good.yaml:")),
                 qPrintable(lines.at(0)));
    }

private:
    // The first ```yaml block after `marker` in resources/kb/README.md.
    static QByteArray readmeExample(const char *marker)
    {
        QFile readme(QStringLiteral(STACKWISE_SOURCE_DIR "/resources/kb/README.md"));
        if (!readme.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = readme.readAll();
        const qsizetype at = text.indexOf(marker);
        const qsizetype start = text.indexOf("```yaml\n", at);
        const qsizetype end = text.indexOf("```", start + 8);
        if (at < 0 || start < 0 || end < 0)
            return {};
        return text.mid(start + 8, end - start - 8);
    }
    // Qt may add its own warnings on stderr (e.g. about XDG_RUNTIME_DIR): keep the diagnostics.
    static QStringList linesStartingWith(const QByteArray &output, const QString &prefix)
    {
        QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([&](const QString &l) { return !l.startsWith(prefix); });
        return lines;
    }
    static QByteArray readBase(const char *name)
    {
        QFile f(BaseDir + QLatin1Char('/') + QLatin1String(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray replaced(const char *name, const QByteArray &from, const QByteArray &to)
    {
        QByteArray text = readBase(name);
        Q_ASSERT(text.contains(from));
        return text.replace(text.indexOf(from), from.size(), to);
    }
    static QByteArray questionsWith(const QByteArray &from, const QByteArray &to) { return replaced("questions.yaml", from, to); }
    static QByteArray candidatesWith(const QByteArray &from, const QByteArray &to) { return replaced("candidates.yaml", from, to); }
    static QByteArray compatibilityWith(const QByteArray &from, const QByteArray &to) { return replaced("compatibility.yaml", from, to); }

    // A whole new area, as a user would add it: criteria, candidates, a question, a synergy.
    static QByteArray hostingOverlay(const char *partner)
    {
        return QByteArray("areas:\n"
                          "  - {id: hosting, name: Hosting, description: Where it runs., order: 9}\n"
                          "criteria:\n"
                          "  - {id: monthly_cost, name: Monthly cost, areas: [hosting], baseline: 5}\n"
                          "  - {id: ops_effort, name: Ops effort, areas: [hosting], baseline: 5}\n"
                          "candidates:\n"
                          "  - id: vps\n    area: hosting\n    name: VPS\n    ratings:\n"
                          "      monthly_cost: {score: 8, why: Cheap.}\n      ops_effort: {score: 3, why: You run it.}\n"
                          "  - id: paas\n    area: hosting\n    name: PaaS\n    ratings:\n"
                          "      monthly_cost: {score: 4, why: Pricier.}\n      ops_effort: {score: 9, why: Managed.}\n"
                          "questions:\n"
                          "  - id: ops_team\n    page: hosting\n    kind: single\n    text: Do you have an ops team?\n"
                          "    options:\n"
                          "      - {id: 'yes', label: 'Yes', effects: [{criterion: ops_effort, importance: -3, why: They run it.}]}\n"
                          "      - {id: 'no', label: 'No', effects: [{candidate: paas, points: 5, why: Nobody to run servers.}]}\n"
                          "synergies:\n"
                          "  - {between: [paas, ")
            + partner + "], points: 2, why: One-click deploys.}\n";
    }
};

QTEST_GUILESS_MAIN(TestKbLoader)
#include "test_kbloader.moc"
