// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Hostile input (issue 7): every way a file can attack a YAML loader, driven through the answers
// loader and the knowledge-base loader, at unit level and end to end through the stackwise
// binary. A hostile file must be refused with PATH:LINE:COLUMN: message (1-based) and exit 2,
// never crash, hang or write a report; the few harmless oddities (a BOM, an empty KB file, a
// long but legal string) must be accepted.
#include "AnswersFile.h"
#include "KbLoader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {
const QString BaseDir = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/kb-base");
const QString ExampleAnswers = QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/realtime-react-team.yaml");
const QByteArray PreviousReport = "previous report, must survive\n";

// The hostile part of a row goes into an otherwise valid file of each kind, so that the refusal
// is caused by it and not by something else.
struct Target
{
    QByteArray head;      // a valid file; its last line is a key of a second-level map
    QByteArray topKey;    // a key of the top-level map (for duplicates)
    QByteArray innerKey;  // the key used in `head` on the second level (for duplicates)
    QByteArray valueKey;  // an optional text key of that second-level map, free for hostile values
    QByteArray echoed;    // appended to `head`: an unknown id ECHO, which the error message quotes
    qint64 maxSize;
};
const Target AnswersTarget{"format: stackwise-answers/1\nproject:\n  name: Demo\n", "format", "name", "notes",
                           "answers:\n  ECHO: x\n", AnswersFile::MaxFileSize};
const Target KbTarget{"kb:\n  version: \"1\"\n", "kb", "version", "date", "areas:\n  - {id: ECHO, name: X}\n",
                      KbLoader::MaxFileSize};

using Builder = std::function<QByteArray(const Target &)>;
} // namespace
Q_DECLARE_METATYPE(Builder)
namespace {

// `body` is appended to the head; it sees the target to use its keys.
Builder after(std::function<QByteArray(const Target &)> body)
{
    return [body](const Target &t) { return t.head + body(t); };
}
// A value for the free text key, on the second level.
Builder value(const QByteArray &v)
{
    return after([v](const Target &t) { return "  " + t.valueKey + ": " + v + '\n'; });
}
Builder whole(const QByteArray &text)
{
    return [text](const Target &) { return text; };
}

QByteArray repeated(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

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

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Text from the file quoted in a message, with `id` (a YAML scalar) where the target needs an id.
Builder echoing(const QByteArray &id)
{
    return after([id](const Target &t) { return QByteArray(t.echoed).replace("ECHO", id); });
}

// Why a list of diagnostics is not a proper refusal, or "" when it is: at least one, each at a
// 1-based position and printable on one line of reasonable length, at least one in `file`, and
// one mentioning `hint` (when given).
QString refusalProblem(const Diagnostics &diagnostics, const QString &file, const QString &hint)
{
    if (diagnostics.isEmpty())
        return QStringLiteral("accepted, expected a refusal");
    static const QRegularExpression unprintable(QStringLiteral("[\\p{Cc}\\p{Zl}\\p{Zp}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    bool inFile = false;
    bool hinted = hint.isEmpty();
    for (const Diagnostic &d : diagnostics) {
        if (d.line < 1 || d.column < 1)
            return QStringLiteral("not a 1-based position: ") + d.toString();
        if (d.message.contains(unprintable))
            return QStringLiteral("a control character in the message: ") + d.toString();
        if (d.message.size() > 2000)
            return QStringLiteral("a message of %1 characters").arg(d.message.size());
        inFile = inFile || d.path == file;
        hinted = hinted || d.message.contains(hint);
    }
    if (!inFile)
        return QStringLiteral("no diagnostic in %1:\n%2").arg(file, joined(diagnostics));
    if (!hinted)
        return QStringLiteral("no diagnostic mentions '%1':\n%2").arg(hint, joined(diagnostics));
    return {};
}
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    KnowledgeBase m_kb;
    QTemporaryDir m_home; // HOME, XDG dirs of the stackwise processes: no user KB, no warnings

    struct Run
    {
        int exitCode = -1;
        QByteArray stderrBytes;
    };

    Run runStackwise(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STACKWISE_BINARY), arguments);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        if (p.exitStatus() != QProcess::NormalExit)
            return {-2, p.readAllStandardError()};
        return {p.exitCode(), p.readAllStandardError()};
    }

    // Runs `arguments` + --export twice: without an output file (none may appear) and over an
    // existing one (it must stay as it was). Every stderr line must be PATH:LINE:COLUMN: message.
    void checkRefusedEndToEnd(const QStringList &arguments, const QString &hostileFile)
    {
        QTemporaryDir outDir;
        QVERIFY(outDir.isValid());
        const QString out = outDir.filePath(QStringLiteral("out.json"));
        static const QRegularExpression diagnostic(QStringLiteral("^.+:\\d+:\\d+: .+$"));
        static const QRegularExpression position(QStringLiteral("^.+?:(\\d+):(\\d+): ")); // the first one

        for (const bool existing : {false, true}) {
            if (existing)
                QVERIFY(writeFile(out, PreviousReport));
            const Run run = runStackwise(arguments + QStringList{QStringLiteral("--export"), out});
            const QStringList lines = QString::fromUtf8(run.stderrBytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(run.exitCode == 2, qPrintable(QStringLiteral("exit %1, stderr:\n%2").arg(run.exitCode).arg(lines.join(QLatin1Char('\n')))));
            QVERIFY(!lines.isEmpty());
            bool inFile = false;
            for (const QString &line : lines) {
                QVERIFY2(diagnostic.match(line).hasMatch(), qPrintable(QStringLiteral("not PATH:LINE:COLUMN: message: ") + line.left(300)));
                // Not from the match: a message may itself hold "x:1:2: " (quoting the file).
                const QRegularExpressionMatch m = position.match(line);
                QVERIFY2(m.hasMatch() && m.captured(1).toInt() >= 1 && m.captured(2).toInt() >= 1, qPrintable(line.left(300)));
                inFile = inFile || line.startsWith(hostileFile + QLatin1Char(':'));
            }
            QVERIFY2(inFile, qPrintable(QStringLiteral("no line names %1:\n%2").arg(hostileFile, lines.join(QLatin1Char('\n')))));
            if (existing)
                QCOMPARE(readFile(out), PreviousReport);
            else
                QVERIFY2(!QFile::exists(out), "a report was written for a refused input");
            const QStringList leftovers = QDir(outDir.path()).entryList(QDir::Files);
            QCOMPARE(leftovers, existing ? QStringList{QStringLiteral("out.json")} : QStringList{});
        }
    }

    void checkAcceptedEndToEnd(const QStringList &arguments)
    {
        QTemporaryDir outDir;
        QVERIFY(outDir.isValid());
        const QString out = outDir.filePath(QStringLiteral("out.json"));
        const Run run = runStackwise(arguments + QStringList{QStringLiteral("--export"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1, stderr:\n%2").arg(run.exitCode).arg(QString::fromUtf8(run.stderrBytes.left(2000)))));
        QVERIFY(readFile(out).startsWith('{'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const KbLoader::Result r = KbLoader::loadDirectories({BaseDir});
        QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
        m_kb = r.kb;
    }

private:
    // Columns: how to build the file for each target, whether each target refuses it, and a
    // word the refusal must contain (empty: any message).
    static void addHostileRows()
    {
        QTest::addColumn<Builder>("build");
        QTest::addColumn<bool>("answersRefuse");
        QTest::addColumn<bool>("kbRefuses");
        QTest::addColumn<QString>("hint");
        const auto refused = [](const char *tag, const Builder &b, const char *hint) {
            QTest::newRow(tag) << b << true << true << QString::fromUtf8(hint);
        };
        const auto accepted = [](const char *tag, const Builder &b) {
            QTest::newRow(tag) << b << false << false << QString();
        };
        constexpr int Deep = 100000;

        // Nesting: yaml-cpp recurses, so these would overflow the stack without the raw check.
        refused("deep flow sequences", value(QByteArray(Deep, '[') + QByteArray(Deep, ']')), "nesting is deeper");
        refused("deep flow sequences, never closed", value(QByteArray(Deep, '[')), "nesting is deeper");
        refused("deep flow maps", value(repeated("{a: ", Deep) + 'x' + QByteArray(Deep, '}')), "nesting is deeper");
        refused("deep block sequences on one line", after([](const Target &t) {
                    return "  " + t.valueKey + ":\n    " + repeated("- ", Deep) + "x\n";
                }), "nesting is deeper");
        refused("deep block maps", after([](const Target &t) {
                    QByteArray out = "  " + t.valueKey + ":\n";
                    for (int i = 0; i < 700; ++i) // 700 levels are ~500 KB: within every size limit
                        out += QByteArray(4 + 2 * i, ' ') + "a:\n";
                    return out + QByteArray(4 + 2 * 700, ' ') + "x\n";
                }), "nesting is deeper");
        refused("deep flow sequences as the whole file", whole(QByteArray(Deep, '[') + QByteArray(Deep, ']')), "nesting is deeper");

        // Aliases: shared in memory, exponential (or endless) to walk.
        refused("billion laughs", after([](const Target &t) {
                    QByteArray out = "  " + t.valueKey + ":\n    - &a0 [" + repeated("lol, ", 9) + "lol]\n";
                    for (int i = 1; i < 10; ++i) {
                        const QByteArray prev = "*a" + QByteArray::number(i - 1);
                        out += "    - &a" + QByteArray::number(i) + " [" + repeated(prev + ", ", 9) + prev + "]\n";
                    }
                    return out;
                }), "aliases");
        refused("alias cycle", value("&c [*c]"), "aliases");
        refused("alias of a map used as a key", after([](const Target &t) {
                    return "  " + t.valueKey + ": &m {a: 1}\n  ? *m\n  : x\n";
                }), "");
        refused("alias of a scalar used as a key", after([](const Target &t) {
                    return "  " + t.valueKey + ": &k " + t.innerKey + "\n  *k : Again\n";
                }), "duplicate key");

        // Size: refused before reading, at the start of the file.
        refused("5 MB string value", value('"' + QByteArray(5 * 1024 * 1024, 'x') + '"'), "too large");
        refused("file one byte over the limit", [](const Target &t) {
                    const QByteArray head = t.head + "# ";
                    return head + QByteArray(t.maxSize + 1 - head.size() - 1, 'x') + '\n';
                }, "too large");

        // Encoding.
        refused("invalid UTF-8: overlong slash", value("\"a\xC0\xAF" "b\""), "UTF-8");
        refused("invalid UTF-8: overlong three bytes", value("a\xE0\x80\xAF"), "UTF-8");
        refused("invalid UTF-8: lone continuation byte", value("a\x80" "b"), "UTF-8");
        refused("invalid UTF-8: truncated at end of file", after([](const Target &t) {
                    return "  " + t.valueKey + ": caf\xE2\x82";
                }), "UTF-8");
        refused("invalid UTF-8: truncated before a space", value("caf\xE2\x82 ok"), "UTF-8");
        refused("invalid UTF-8: encoded surrogate", value("\xED\xA0\x80"), "UTF-8");
        refused("invalid UTF-8: beyond U+10FFFF", value("\xF4\x90\x80\x80"), "UTF-8");
        refused("invalid UTF-8: byte 0xFF", value("\xFF"), "UTF-8");
        refused("NUL byte in a value", value(QByteArray("a\0b", 3)), "U+0000");
        refused("NUL byte at the start", [](const Target &t) { return QByteArray(1, '\0') + t.head; }, "U+0000");
        refused("UTF-16 file", whole(QByteArray("\xFF\xFE" "k\0b\0:\0 \0{\0}\0\n\0", 16)), "UTF-8");

        // Duplicate keys, which yaml-cpp would keep silently.
        refused("duplicate key at the top level", after([](const Target &t) { return t.topKey + ": {}\n"; }), "duplicate key");
        refused("duplicate key on the second level", after([](const Target &t) {
                    return "  " + t.innerKey + ": \"Again\"\n";
                }), "duplicate key");
        refused("duplicate key deep in a value", value("[{a: 1, b: {c: 1, c: 2}}]"), "duplicate key");
        refused("duplicate key in a flow map file", [](const Target &t) {
                    return "{" + t.topKey + ": {}, " + t.topKey + ": {}}\n";
                }, "duplicate key");

        // Structure.
        refused("tab-indented file", [](const Target &t) { return QByteArray(t.head).replace("  ", "\t"); }, "");
        refused("top level is a scalar", whole("just some text\n"), "must be a map");
        refused("top level is a number", whole("42\n"), "must be a map");
        refused("top level is a list", whole("- format\n- project\n"), "must be a map");
        refused("two documents", after([](const Target &t) { return "---\n" + t.head; }), "one YAML document");
        refused("stray comma after the document", after([](const Target &) { return QByteArray(",\n"); }), "");
        refused("unclosed quote", value("\"never closed"), "");

        // Tags: nothing in a file names a type or anything else to construct.
        refused("binary tag", value("!!binary SGVsbG8="), "tag");
        refused("custom tag", value("!shell \"rm -rf ~\""), "tag");
        refused("language tag", value("!!python/object/apply:os.system [\"ls\"]"), "tag");
        refused("tag on the whole document", [](const Target &t) { return "--- !config\n" + t.head; }, "tag");
        refused("explicit string tag", value("!!str 5"), "tag");

        // Messages quote the file: its text must not forge error lines or drive the terminal.
        refused("line breaks in a quoted unknown id", echoing("\"bad\\nfake.yaml:1:1: forged\\rline\""), "");
        refused("terminal escape in a quoted unknown id", echoing("\"bad\\e[2J\\e]0;title\\aid\""), "");
        refused("Unicode line separator in an unknown id", echoing("\"bad\\u2028\\u2029id\\x85\""), "");
        refused("bidi override in an unknown id", echoing("\"bad\\u202Edi\""), "");
        refused("900 KB unknown id", echoing(QByteArray(900 * 1024, 'k')), "");

        // Harmless: accepted everywhere.
        accepted("byte order mark at the start", [](const Target &t) { return "\xEF\xBB\xBF" + t.head; });
        accepted("long string within the size limit", value('"' + QByteArray(900 * 1024, 'y') + '"'));

        // An empty answers file is no decision; an empty KB file adds nothing (and a KB file of
        // the same name as a built-in one, emptied, leaves its ids undefined: the validator's job).
        QTest::newRow("empty file") << whole({}) << true << false << QStringLiteral("must be a map");
        QTest::newRow("only a comment") << whole("# nothing here\n\n") << true << false << QStringLiteral("must be a map");
    }

private slots:
    // AnswersFile::parse on the bytes and AnswersFile::load on the file.
    void hostileAnswersFile_data() { addHostileRows(); }
    void hostileAnswersFile()
    {
        QFETCH(Builder, build);
        QFETCH(bool, answersRefuse);
        QFETCH(QString, hint);
        const QByteArray text = build(AnswersTarget);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hostile.yaml"));
        QVERIFY(writeFile(path, text));

        Diagnostics parsed;
        const std::optional<Answers> fromBytes = AnswersFile::parse(text, path, m_kb, &parsed);
        Diagnostics loaded;
        const std::optional<Answers> fromFile = AnswersFile::load(path, m_kb, &loaded);
        if (!answersRefuse) {
            QVERIFY2(fromBytes && parsed.isEmpty(), qPrintable(joined(parsed)));
            QVERIFY2(fromFile && loaded.isEmpty(), qPrintable(joined(loaded)));
            QCOMPARE(fromFile->project.name, QStringLiteral("Demo"));
            return;
        }
        QVERIFY(!fromBytes);
        QVERIFY(!fromFile);
        const QString parseProblem = refusalProblem(parsed, path, hint);
        QVERIFY2(parseProblem.isEmpty(), qPrintable(parseProblem));
        const QString loadProblem = refusalProblem(loaded, path, hint);
        QVERIFY2(loadProblem.isEmpty(), qPrintable(loadProblem));
    }

    // The file as hostile.yaml in an overlay on top of the kb-base fixture.
    void hostileKbOverlay_data() { addHostileRows(); }
    void hostileKbOverlay()
    {
        QFETCH(Builder, build);
        QFETCH(bool, kbRefuses);
        QFETCH(QString, hint);
        QTemporaryDir overlay;
        QVERIFY(overlay.isValid());
        const QString path = overlay.filePath(QStringLiteral("hostile.yaml"));
        QVERIFY(writeFile(path, build(KbTarget)));

        const KbLoader::Result r = KbLoader::loadDirectories({BaseDir, overlay.path()});
        if (!kbRefuses) {
            QVERIFY2(r.ok(), qPrintable(joined(r.diagnostics)));
            return;
        }
        const QString problem = refusalProblem(r.diagnostics, path, hint);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // stackwise --answers hostile.yaml --export out.json
    void hostileAnswersFileEndToEnd_data() { addHostileRows(); }
    void hostileAnswersFileEndToEnd()
    {
        QFETCH(Builder, build);
        QFETCH(bool, answersRefuse);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hostile.yaml"));
        QVERIFY(writeFile(path, build(AnswersTarget)));
        const QStringList arguments{QStringLiteral("--answers"), path};
        if (answersRefuse)
            checkRefusedEndToEnd(arguments, path);
        else
            checkAcceptedEndToEnd(arguments);
    }

    // stackwise --kb DIR --answers example.yaml --export out.json, DIR holding hostile.yaml
    void hostileKbOverlayEndToEnd_data() { addHostileRows(); }
    void hostileKbOverlayEndToEnd()
    {
        QFETCH(Builder, build);
        QFETCH(bool, kbRefuses);
        QTemporaryDir overlay;
        QVERIFY(overlay.isValid());
        const QString path = overlay.filePath(QStringLiteral("hostile.yaml"));
        QVERIFY(writeFile(path, build(KbTarget)));
        const QStringList arguments{QStringLiteral("--kb"), overlay.path(), QStringLiteral("--answers"), ExampleAnswers};
        if (kbRefuses)
            checkRefusedEndToEnd(arguments, path);
        else
            checkAcceptedEndToEnd(arguments);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostile_input.moc"
