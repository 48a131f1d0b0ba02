// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Tests of AnswersFile (contract §3): exact round trips, one row per malformed form with its
// exact PATH:LINE:COLUMN, and saving through QSaveFile.
#include "AnswersFile.h"
#include "KbLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
const QString KbDir = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/kb-base");
const QString Path = QStringLiteral("team/answers.yaml");

// A valid file for the kb-base fixture; rows derive malformed files from it.
const QByteArray Base = "format: stackwise-answers/1\n" // 1
                        "project:\n"                    // 2
                        "  name: Demo\n"                // 3
                        "answers:\n"                    // 4
                        "  pace: fast\n"                // 5
                        "  tools: [lint, test]\n"       // 6
                        "pins:\n"                       // 7
                        "  web: alpha\n"                // 8
                        "weights:\n"                    // 9
                        "  speed: 8\n";                 // 10

QByteArray baseWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = Base;
    Q_ASSERT(text.contains(from));
    return text.replace(text.indexOf(from), from.size(), to);
}

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

Answers fullAnswers()
{
    Answers a;
    a.project = {QStringLiteral("Acme portal"), QStringLiteral("Jane Doe"), QStringLiteral("Decided in March.")};
    a.answers.insert(QStringLiteral("pace"), {QStringLiteral("slow")});
    a.answers.insert(QStringLiteral("tools"), {QStringLiteral("test"), QStringLiteral("lint")});
    a.pins.insert(QStringLiteral("web"), QStringLiteral("beta"));
    a.pins.insert(QStringLiteral("data"), QStringLiteral("gamma"));
    a.weights.insert(QStringLiteral("speed"), 8.0);
    a.weights.insert(QStringLiteral("ease"), 0.1);
    return a;
}
} // namespace

Q_DECLARE_METATYPE(Answers)

class TestAnswersFile : public QObject
{
    Q_OBJECT

    KnowledgeBase m_kb;

private slots:
    void initTestCase()
    {
        const KbLoader::Result r = KbLoader::loadDirectories({KbDir});
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        m_kb = r.kb;
    }

    void parsesTheBaseFile()
    {
        Diagnostics d;
        const std::optional<Answers> a = AnswersFile::parse(Base, Path, m_kb, &d);
        QVERIFY2(a, qPrintable(joined(d)));
        QCOMPARE(a->project.name, QStringLiteral("Demo"));
        QCOMPARE(a->answers.value(QStringLiteral("pace")), QStringList{QStringLiteral("fast")});
        QCOMPARE(a->answers.value(QStringLiteral("tools")), (QStringList{QStringLiteral("lint"), QStringLiteral("test")}));
        QCOMPARE(a->pins.value(QStringLiteral("web")), QStringLiteral("alpha"));
        QCOMPARE(a->weights.value(QStringLiteral("speed")), 8.0);
    }

    void acceptsEmptyAnswers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty map") << QByteArray("format: stackwise-answers/1\nproject: {name: X}\nanswers: {}\n");
        QTest::newRow("empty value") << QByteArray("format: stackwise-answers/1\nproject: {name: X}\nanswers:\n");
        QTest::newRow("no answers key") << QByteArray("format: stackwise-answers/1\nproject: {name: X}\n");
    }
    void acceptsEmptyAnswers()
    {
        QFETCH(QByteArray, text);
        Diagnostics d;
        const std::optional<Answers> a = AnswersFile::parse(text, Path, m_kb, &d);
        QVERIFY2(a, qPrintable(joined(d)));
        QVERIFY(a->answers.isEmpty());
        QCOMPARE(a->project.name, QStringLiteral("X"));
    }

    void roundTrips_data()
    {
        QTest::addColumn<Answers>("answers");

        Answers minimal;
        minimal.project.name = QStringLiteral("Minimal");
        QTest::newRow("project name only") << minimal;

        QTest::newRow("everything") << fullAnswers();

        Answers oneOfMulti = minimal;
        oneOfMulti.answers.insert(QStringLiteral("tools"), {QStringLiteral("lint")});
        QTest::newRow("multi question with one option") << oneOfMulti;

        Answers noneOfMulti = minimal;
        noneOfMulti.answers.insert(QStringLiteral("tools"), {});
        QTest::newRow("multi question with no option") << noneOfMulti;

        Answers awkward = fullAnswers();
        awkward.project.name = QStringLiteral("# not a comment: \"quoted\" and 'single' \\ back\\slash");
        awkward.project.author = QStringLiteral("  Zoë Ångström 漢字 🚀 - &anchor *alias !tag {[ ]} %  ");
        awkward.project.notes = QStringLiteral("line one\nline two\r\n\ttabbed\x01 bell\u0085next\u2028sep\u2029para\uFEFFbom ~ null yes");
        QTest::newRow("awkward strings") << awkward;

        Answers yamlWords = minimal;
        yamlWords.project.name = QStringLiteral("null");
        yamlWords.project.author = QStringLiteral("~");
        yamlWords.project.notes = QStringLiteral("- item");
        QTest::newRow("YAML words as text") << yamlWords;

        Answers weights = minimal;
        weights.weights.insert(QStringLiteral("speed"), 1.0 / 3.0);
        weights.weights.insert(QStringLiteral("ease"), 0.1 + 0.2);
        QTest::newRow("weights needing 17 digits") << weights;

        Answers tiny = minimal;
        tiny.weights.insert(QStringLiteral("speed"), 5e-324);
        tiny.weights.insert(QStringLiteral("ease"), std::nextafter(10.0, 0.0));
        QTest::newRow("weights at the edges") << tiny;

        Answers judged = minimal;
        judged.pairwise = {{QStringLiteral("speed"), QStringLiteral("ease"), 1.0 / 3, {}}};
        QTest::newRow("pairwise as a fraction") << judged;
        judged.pairwise = {{QStringLiteral("ease"), QStringLiteral("speed"), 0.4, {}}};
        QTest::newRow("pairwise as a decimal") << judged;
        judged.pairwise = {{QStringLiteral("ease"), QStringLiteral("speed"), 9, {}}};
        QTest::newRow("pairwise at the top of the scale") << judged;
    }
    void roundTrips()
    {
        QFETCH(Answers, answers);
        const QByteArray text = AnswersFile::serialize(answers, m_kb);
        Diagnostics d;
        const std::optional<Answers> back = AnswersFile::parse(text, Path, m_kb, &d);
        QVERIFY2(back, qPrintable(joined(d) + QStringLiteral("\n") + QString::fromUtf8(text)));
        QVERIFY2(*back == answers, text.constData());
        // Canonical: writing what was read gives the same bytes.
        QCOMPARE(AnswersFile::serialize(*back, m_kb), text);
    }

    void serializesCanonically()
    {
        const QByteArray expected = "format: \"stackwise-answers/1\"\n"
                                    "project:\n"
                                    "  name: \"Acme portal\"\n"
                                    "  author: \"Jane Doe\"\n"
                                    "  notes: \"Decided in March.\"\n"
                                    "answers:\n"
                                    "  pace: \"slow\"\n"
                                    "  tools: [\"test\", \"lint\"]\n"
                                    "pins:\n"
                                    "  data: \"gamma\"\n"
                                    "  web: \"beta\"\n"
                                    "weights:\n"
                                    "  ease: 0.1\n"
                                    "  speed: 8\n";
        QCOMPARE(AnswersFile::serialize(fullAnswers(), m_kb), expected);
        // Without the KB the form follows the number of options, which is the same here.
        QCOMPARE(AnswersFile::serialize(fullAnswers()), expected);
    }

    void rejectsMalformedFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *tag, const QByteArray &text, int line, int column, const char *message) {
            QTest::newRow(tag) << text << line << column << QString::fromUtf8(message);
        };

        row("not YAML", baseWith("[lint, test]", "[lint, test}"), 6, 21, "not valid YAML: illegal flow end");
        row("stray comma after the document", Base + ",\n", 11, 1, "not valid YAML");
        row("not a map", "just some text\n", 1, 1, "an answers file must be a map, got 'just some text'");
        row("unknown format", baseWith("answers/1", "answers/2"), 1, 9,
            "unknown format 'stackwise-answers/2' (expected 'stackwise-answers/1')");
        row("missing format", baseWith("format: stackwise-answers/1\n", ""), 1, 1,
            "an answers file is missing the required key 'format'");
        row("unknown top-level key", Base + "extras: 1\n", 11, 1,
            "unknown key 'extras' in an answers file (expected one of: format, project, answers, pins, weights, pairwise)");
        row("unknown question", baseWith("pace: fast", "pase: fast"), 5, 3, "unknown question 'pase' (known: pace, tools)");
        row("unknown option of single question", baseWith("pace: fast", "pace: quick"), 5, 9,
            "unknown option 'quick' for question 'pace' (expected one of: fast, slow)");
        row("unknown option of multi question", baseWith("[lint, test]", "[lint, tset]"), 6, 17,
            "unknown option 'tset' for question 'tools' (expected one of: lint, test)");
        row("wrong kind: list for single", baseWith("pace: fast", "pace: [fast]"), 5, 9,
            "wrong kind: expected one option id for single question 'pace'");
        row("wrong kind: map for single", baseWith("pace: fast", "pace: {fast: 1}"), 5, 9,
            "wrong kind: expected one option id for single question 'pace'");
        row("wrong kind: empty single", baseWith("pace: fast", "pace:"), 5, 3,
            "wrong kind: expected one option id for single question 'pace'");
        row("wrong kind: scalar for multi", baseWith("tools: [lint, test]", "tools: lint"), 6, 10,
            "wrong kind: expected a list of option ids for multi question 'tools'");
        row("wrong kind: map for multi", baseWith("tools: [lint, test]", "tools: {lint: yes}"), 6, 10,
            "wrong kind: expected a list of option ids for multi question 'tools'");
        row("option listed twice", baseWith("[lint, test]", "[lint, lint]"), 6, 17, "option 'lint' is listed twice for question 'tools'");
        row("duplicate answer key", baseWith("  pace: fast\n", "  pace: fast\n  pace: slow\n"), 6, 3,
            "duplicate key 'pace' (first at line 5, column 3)");
        row("duplicate top-level key", Base + "format: stackwise-answers/1\n", 11, 1,
            "duplicate key 'format' (first at line 1, column 1)");
        row("unknown pin area", baseWith("web: alpha", "wbe: alpha"), 8, 3, "unknown area 'wbe' in pins (known: web, data)");
        row("unknown pin candidate", baseWith("web: alpha", "web: alpah"), 8, 8,
            "unknown candidate 'alpah' pinned for area 'web' (expected one of: alpha, beta, delta)");
        row("pin candidate of another area", baseWith("web: alpha", "web: gamma"), 8, 8,
            "candidate 'gamma' is in area 'data', not 'web' (expected one of: alpha, beta, delta)");
        row("unknown criterion weight", baseWith("speed: 8", "sped: 8"), 10, 3, "unknown criterion 'sped' in weights (known: speed, ease)");
        row("weight above range", baseWith("speed: 8", "speed: 11"), 10, 10, "weight must be 0..10, got 11");
        row("weight below range", baseWith("speed: 8", "speed: -0.5"), 10, 10, "weight must be 0..10, got -0.5");
        row("weight not a number", baseWith("speed: 8", "speed: high"), 10, 10, "weight of 'speed' must be a number, got 'high'");
        // Issue 15: pairwise judgments (line 11 is "pairwise:", the first judgment line 12).
        const auto pairwise = [](const QByteArray &items) { return Base + "pairwise:\n" + items; };
        row("pairwise unknown criterion", pairwise("  - [speed, sped, 3]\n"), 12, 13,
            "unknown criterion 'sped' in pairwise (known: speed, ease)");
        row("pairwise compared with itself", pairwise("  - [speed, speed, 3]\n"), 12, 13, "'speed' is compared with itself");
        row("pairwise above 9", pairwise("  - [speed, ease, 10]\n"), 12, 19, "on Saaty's scale, 1/9 to 9, got '10'");
        row("pairwise below 1/9", pairwise("  - [speed, ease, 1/10]\n"), 12, 19, "on Saaty's scale, 1/9 to 9, got '1/10'");
        row("pairwise zero", pairwise("  - [speed, ease, 0]\n"), 12, 19, "on Saaty's scale, 1/9 to 9, got '0'");
        row("pairwise division by zero", pairwise("  - [speed, ease, 1/0]\n"), 12, 19,
            "a pairwise value is a number or a fraction such as 3, 0.5 or 1/2, got '1/0'");
        row("pairwise not a number", pairwise("  - [speed, ease, lots]\n"), 12, 19, "got 'lots'");
        row("pairwise not a triple", pairwise("  - [speed, ease]\n"), 12, 5, "a pairwise judgment is [criterion, criterion, value]");
        row("pairwise judged twice", pairwise("  - [speed, ease, 3]\n  - [speed, ease, 2]\n"), 13, 5,
            "the pair speed, ease is judged twice (first at line 12)");
        row("pairwise judged both ways", pairwise("  - [speed, ease, 3]\n  - [ease, speed, 1/3]\n"), 13, 5,
            "the pair ease, speed is judged both ways (first at line 12); keep one");
        row("too deep nesting", baseWith("speed: 8", "speed: [[[[[8]]]]]"), 10, 14, "nesting is deeper than 6 levels");
        row("bad UTF-8", baseWith("name: Demo", "name: D\xc3\xa9mo\xe9"), 3, 13, "invalid UTF-8 byte 0xe9");
        row("alias cycle", "format: stackwise-answers/1\nproject: &p {name: Demo, self: *p}\n", 2, 10,
            "aliases nest deeper than 6 levels");
        row("missing project name", baseWith("name: Demo", "author: Jane"), 3, 3, "project is missing the required key 'name'");
        row("empty project name", baseWith("name: Demo", "name: \"  \""), 3, 9, "project name must not be empty");
        row("missing project", baseWith("project:\n  name: Demo\n", ""), 1, 1,
            "an answers file is missing the required key 'project'");
        row("too large", Base + "# " + QByteArray(AnswersFile::MaxFileSize, 'x') + '\n', 1, 1, "file is too large");
    }
    void rejectsMalformedFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        Diagnostics d;
        const std::optional<Answers> a = AnswersFile::parse(text, Path, m_kb, &d);
        QVERIFY(!a);
        QVERIFY2(d.size() == 1, qPrintable(joined(d)));
        const QString prefix = QStringLiteral("%1:%2:%3: ").arg(Path).arg(line).arg(column);
        QVERIFY2(d.at(0).toString().startsWith(prefix), qPrintable(d.at(0).toString() + QStringLiteral("\nexpected prefix: ") + prefix));
        QVERIFY2(d.at(0).message.contains(message), qPrintable(d.at(0).toString()));
    }

    void reportsEveryProblemAtOnce()
    {
        const QByteArray text = "format: stackwise-answers/1\n"
                                "project: {name: Demo}\n"
                                "answers: {pace: quick, tools: lint, nope: x}\n"
                                "pins: {web: gamma}\n"
                                "weights: {speed: 12}\n";
        Diagnostics d;
        QVERIFY(!AnswersFile::parse(text, Path, m_kb, &d));
        QStringList positions;
        for (const Diagnostic &x : d)
            positions.append(QStringLiteral("%1:%2").arg(x.line).arg(x.column));
        QCOMPARE(positions, (QStringList{QStringLiteral("3:17"), QStringLiteral("3:31"), QStringLiteral("3:37"),
                                         QStringLiteral("4:13"), QStringLiteral("5:18")}));
    }

    void savesThroughQSaveFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("answers.yaml"));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly)); // an older file is replaced
        Answers a = fullAnswers();
        a.answers.insert(QStringLiteral("tools"), {QStringLiteral("lint")});
        QString error;
        QVERIFY2(AnswersFile::save(path, a, m_kb, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), AnswersFile::serialize(a, m_kb));
        Diagnostics d;
        const std::optional<Answers> back = AnswersFile::load(path, m_kb, &d);
        QVERIFY2(back, qPrintable(joined(d)));
        QVERIFY(*back == a);
    }

    void reportsSaveFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/answers.yaml"));
        QString error;
        QVERIFY(!AnswersFile::save(path, fullAnswers(), m_kb, &error));
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void reportsMissingFile()
    {
        const QString path = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/no-such-answers.yaml");
        Diagnostics d;
        QVERIFY(!AnswersFile::load(path, m_kb, &d));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.at(0).path, path);
    }
};

QTEST_GUILESS_MAIN(TestAnswersFile)
#include "test_answersfile.moc"
