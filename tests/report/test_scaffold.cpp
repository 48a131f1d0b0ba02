// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// ScaffoldWriter: the starter folder for a stack. Goldens for three stacks of the built-in KB
// (README, compose.yaml, .env.example, .gitignore, answers); compose.yaml read back with
// yaml-cpp for every database that runs as a service; commands chosen by `with`/`without`;
// never writing into a folder that holds files unless forced. Set STACKWISE_UPDATE_GOLDEN=1 to
// rewrite the goldens after an intended change.
#include "AnswersFile.h"
#include "KbLoader.h"
#include "ReportReader.h"
#include "ScaffoldWriter.h"
#include "ScoringEngine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

namespace {
const QString Corpus = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/fuzz/corpus/answers/");
const QString Golden = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/golden/scaffold/");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const ScaffoldWriter::File *fileNamed(const QList<ScaffoldWriter::File> &files, const QString &path)
{
    for (const ScaffoldWriter::File &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}
} // namespace

class TestScaffold : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void composeServiceForEveryDatabase_data();
    void composeServiceForEveryDatabase();
    void commandsFollowTheStack_data();
    void commandsFollowTheStack();
    void aChosenStack();
    void aStackThatDoesNotExist();
    void neverWritesIntoAFolderWithFiles();
    void forceReplacesOnlyItsOwnFiles();
    void projectNameCannotEndAComment();

private:
    Answers answersOf(const QString &name) const;
    QList<ScaffoldWriter::File> filesFor(const Answers &answers, qsizetype stack = 0) const;

    KnowledgeBase m_kb;
};

void TestScaffold::initTestCase()
{
    const KbLoader::Result loaded = KbLoader::loadDefault();
    QVERIFY(loaded.ok());
    m_kb = loaded.kb;
}

Answers TestScaffold::answersOf(const QString &name) const
{
    Diagnostics diagnostics;
    const std::optional<Answers> answers = AnswersFile::parse(readFile(Corpus + name), name, m_kb, &diagnostics);
    Q_ASSERT(answers);
    return *answers;
}

QList<ScaffoldWriter::File> TestScaffold::filesFor(const Answers &answers, qsizetype stack) const
{
    ReportOptions options;
    options.language = QStringLiteral("en");
    QString error;
    const std::optional<QList<ScaffoldWriter::File>> files =
        ScaffoldWriter::files(ScoringEngine(m_kb).evaluate(answers), stack, m_kb, options, &error);
    return files.value_or(QList<ScaffoldWriter::File>{});
}

void TestScaffold::golden_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("stack");
    QTest::newRow("React, Node.js, Firestore, WebSockets") << QStringLiteral("realtime-react-team.yaml")
                                                            << QStringLiteral("react nodejs firestore websocket");
    QTest::newRow("Angular, Django, PostgreSQL, REST") << QStringLiteral("python-data-team.yaml")
                                                       << QStringLiteral("angular django postgresql rest");
    QTest::newRow("React, Django, PostgreSQL, REST") << QStringLiteral("crud-back-office.yaml")
                                                     << QStringLiteral("react django postgresql rest");
}

// Every file but the record (which carries today's date; it is checked by reading it back).
void TestScaffold::golden()
{
    QFETCH(QString, answers);
    QFETCH(QString, stack);
    const Answers a = answersOf(answers);
    const Evaluation evaluation = ScoringEngine(m_kb).evaluate(a);
    QStringList chosen;
    for (const Area &area : m_kb.areas)
        chosen << evaluation.stacks.first().choice.value(area.id);
    QCOMPARE(chosen.join(QLatin1Char(' ')), stack); // the goldens below are for this stack

    const QList<ScaffoldWriter::File> files = filesFor(a);
    QStringList paths;
    for (const ScaffoldWriter::File &f : files)
        paths << f.path;
    const QString base = QFileInfo(answers).completeBaseName();
    for (const ScaffoldWriter::File &f : files) {
        if (f.path.startsWith(QLatin1String("docs/decisions/"))) {
            // The record reads back as the same decision.
            Diagnostics diagnostics;
            const auto decision = ReportReader::parse(f.bytes, f.path, m_kb, &diagnostics);
            QVERIFY2(decision && diagnostics.isEmpty(), qPrintable(f.path));
            QCOMPARE(decision->answers, a);
            QVERIFY(f.bytes.contains("status: \"proposed\""));
            continue;
        }
        const QString golden = Golden + base + QLatin1Char('/') + f.path;
        if (qEnvironmentVariableIsSet("STACKWISE_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(golden).absolutePath());
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(f.bytes);
            continue;
        }
        QCOMPARE(QString::fromUtf8(f.bytes), QString::fromUtf8(readFile(golden)));
    }
    // The answers file is the decision itself.
    Diagnostics diagnostics;
    const ScaffoldWriter::File *answersFile = fileNamed(files, QLatin1String(ScaffoldWriter::AnswersFileName));
    QVERIFY(answersFile);
    QCOMPARE(AnswersFile::parse(answersFile->bytes, QStringLiteral("stackwise.yaml"), m_kb, &diagnostics), a);
    QVERIFY(paths.contains(QStringLiteral("README.md")));
    QCOMPARE(paths.contains(QStringLiteral("compose.yaml")), !stack.contains(QLatin1String("firestore")));
}

void TestScaffold::composeServiceForEveryDatabase_data()
{
    QTest::addColumn<QString>("database");
    for (const Candidate *c : m_kb.candidatesOf(QStringLiteral("database")))
        QTest::newRow(qPrintable(c->id)) << c->id;
}

// compose.yaml parses with yaml-cpp and holds exactly the database's service, as the KB gives
// it: image, a named volume at its data path, a healthcheck in exec form, a localhost port.
void TestScaffold::composeServiceForEveryDatabase()
{
    QFETCH(QString, database);
    Answers a = answersOf(QStringLiteral("crud-back-office.yaml"));
    a.pins.insert(QStringLiteral("database"), database);
    const QList<ScaffoldWriter::File> files = filesFor(a);
    QVERIFY(!files.isEmpty());
    const Candidate *db = m_kb.candidate(database);
    const ScaffoldService &service = db->scaffold.service;
    const ScaffoldWriter::File *compose = fileNamed(files, QStringLiteral("compose.yaml"));
    if (service.isEmpty()) {
        QVERIFY(!compose); // SQLite, DynamoDB local, the Firestore emulator: the README says what to do
        QVERIFY(fileNamed(files, QStringLiteral("README.md"))->bytes.contains(db->scaffold.note.text(QStringLiteral("en")).toUtf8()));
        return;
    }
    QVERIFY(compose);
    const YAML::Node root = YAML::Load(compose->bytes.toStdString());
    QCOMPARE(int(root["services"].size()), 1);
    const YAML::Node s = root["services"][service.name.toStdString()];
    QVERIFY(s.IsMap());
    QCOMPARE(QString::fromStdString(s["image"].as<std::string>()), service.image);
    QVERIFY(!service.image.endsWith(QLatin1String(":latest")));
    const QString volume = service.name + QLatin1String("-data");
    QCOMPARE(QString::fromStdString(s["volumes"][0].as<std::string>()), volume + QLatin1Char(':') + service.volume);
    QVERIFY(root["volumes"][volume.toStdString()]);
    QCOMPARE(QString::fromStdString(s["ports"][0].as<std::string>()),
             QStringLiteral("127.0.0.1:%1:%1").arg(service.port));
    QStringList test;
    for (const YAML::Node &word : s["healthcheck"]["test"])
        test << QString::fromStdString(word.as<std::string>());
    QCOMPARE(test, service.healthcheck);
    QVERIFY(s["healthcheck"]["retries"].as<int>() > 0);
    for (const ScaffoldVariable &v : service.environment)
        QCOMPARE(QString::fromStdString(s["environment"][v.name.toStdString()].as<std::string>()), v.value);
    // A ${VAR:-default} in compose.yaml is named in .env.example, where the user changes it.
    const QByteArray env = fileNamed(files, QStringLiteral(".env.example"))->bytes;
    for (const ScaffoldVariable &v : service.environment)
        if (v.value.startsWith(QLatin1String("${")))
            QVERIFY2(env.contains('\n' + v.value.mid(2, v.value.indexOf(QLatin1Char(':')) - 2).toUtf8() + '='),
                     qPrintable(v.value));
}

void TestScaffold::commandsFollowTheStack_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("Rails on MySQL") << "rails" << "mysql" << "rails new api --api --database=mysql" << "rails new api --api\n";
    QTest::newRow("Rails on SQLite") << "rails" << "sqlite" << "rails new api --api\n" << "--database=";
    QTest::newRow("Laravel on PostgreSQL") << "laravel" << "postgresql" << "laravel new api --database=pgsql" << "--database=sqlite";
    QTest::newRow("Node.js on MongoDB") << "nodejs" << "mongodb" << "npm install mongodb" << "npm install pg";
    QTest::newRow("Go on PostgreSQL") << "go" << "postgresql" << "go get github.com/jackc/pgx/v5" << "go-sql-driver";
}

void TestScaffold::commandsFollowTheStack()
{
    QFETCH(QString, backend);
    QFETCH(QString, database);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    Answers a = answersOf(QStringLiteral("crud-back-office.yaml"));
    a.pins.insert(QStringLiteral("backend"), backend);
    a.pins.insert(QStringLiteral("database"), database);
    a.pins.insert(QStringLiteral("api"), QStringLiteral("rest"));
    const QList<ScaffoldWriter::File> files = filesFor(a);
    QVERIFY(!files.isEmpty());
    const QString readme = QString::fromUtf8(fileNamed(files, QStringLiteral("README.md"))->bytes);
    QVERIFY2(readme.contains(expected), qPrintable(readme));
    QVERIFY2(!readme.contains(absent), qPrintable(readme));
    // Frontend, backend, database, API style: the KB's area order is the order to run them in.
    const Candidate *b = m_kb.candidate(backend);
    QVERIFY(readme.indexOf(QStringLiteral("## 1. Frontend")) < readme.indexOf(QStringLiteral("## 2. Backend: ") + b->name()));
    QVERIFY(readme.contains(QStringLiteral("Source: %1 (checked %2).").arg(b->scaffold.docs, b->scaffold.checked)));
}

void TestScaffold::aChosenStack()
{
    const Answers a = answersOf(QStringLiteral("python-data-team.yaml"));
    const Evaluation evaluation = ScoringEngine(m_kb).evaluate(a);
    QVERIFY(evaluation.stacks.size() > 1);
    const QList<ScaffoldWriter::File> files = filesFor(a, 1);
    const QString readme = QString::fromUtf8(fileNamed(files, QStringLiteral("README.md"))->bytes);
    QVERIFY(readme.contains(QStringLiteral("the stack ranked 2 of %1").arg(evaluation.stacks.size())));
    for (const QString &id : evaluation.stacks.at(1).choice)
        QVERIFY2(readme.contains(m_kb.candidate(id)->name()), qPrintable(id));
}

void TestScaffold::aStackThatDoesNotExist()
{
    const Evaluation evaluation = ScoringEngine(m_kb).evaluate(answersOf(QStringLiteral("python-data-team.yaml")));
    QString error;
    QVERIFY(!ScaffoldWriter::files(evaluation, evaluation.stacks.size(), m_kb, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("ranks %1").arg(evaluation.stacks.size())), qPrintable(error));
    QVERIFY(!ScaffoldWriter::files(evaluation, -1, m_kb, {}, &error));
}

void TestScaffold::neverWritesIntoAFolderWithFiles()
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("README.md"));
    {
        QFile f(mine);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("my own notes\n");
    }
    const QList<ScaffoldWriter::File> files = filesFor(answersOf(QStringLiteral("python-data-team.yaml")));
    QString error;
    QVERIFY(!ScaffoldWriter::write(dir.path(), files, false, &error));
    QVERIFY2(error.contains(QStringLiteral("--force")), qPrintable(error));
    QCOMPARE(readFile(mine), QByteArray("my own notes\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
    // A file where the folder should be.
    QVERIFY(!ScaffoldWriter::write(mine, files, true, &error));
    QVERIFY2(error.contains(QStringLiteral("not a folder")), qPrintable(error));
    // A missing folder, or an empty one, is fine.
    QVERIFY(ScaffoldWriter::write(dir.filePath(QStringLiteral("new/starter")), files, false, &error));
    for (const ScaffoldWriter::File &f : files)
        QCOMPARE(readFile(dir.filePath(QStringLiteral("new/starter/") + f.path)), f.bytes);
}

void TestScaffold::forceReplacesOnlyItsOwnFiles()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("notes.txt"));
    for (const QString &path : {other, dir.filePath(QStringLiteral("README.md"))}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old\n");
    }
    const QList<ScaffoldWriter::File> files = filesFor(answersOf(QStringLiteral("python-data-team.yaml")));
    QString error;
    QVERIFY2(ScaffoldWriter::write(dir.path(), files, true, &error), qPrintable(error));
    QCOMPARE(readFile(other), QByteArray("old\n"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("README.md"))), fileNamed(files, QStringLiteral("README.md"))->bytes);
}

void TestScaffold::projectNameCannotEndAComment()
{
    Answers a = answersOf(QStringLiteral("python-data-team.yaml"));
    a.project.name = QStringLiteral("Evil\nservices: {}\r\n# x\u2028y");
    const QByteArray compose = fileNamed(filesFor(a), QStringLiteral("compose.yaml"))->bytes;
    const YAML::Node root = YAML::Load(compose.toStdString());
    QVERIFY(root["services"]["postgres"].IsMap());
    QVERIFY(compose.startsWith("# Made by Stackwise for Evil services: {} # x y: PostgreSQL"));
}

QTEST_MAIN(TestScaffold)
#include "test_scaffold.moc"
