// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// End-to-end tests of the stackwise binary's command line (contract §4).
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(STACKWISE_BINARY));
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    // Issue 14: a report is accepted wherever an answers file is, headless too.
    void reportReopensHeadless_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : {"html", "md", "json", "pdf"})
            QTest::newRow(suffix) << QString::fromLatin1(suffix);
    }
    void reportReopensHeadless()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString example = QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/python-data-team.yaml");
        const QString report = dir.filePath(QStringLiteral("decision.") + suffix);
        QCOMPARE(run({QStringLiteral("--answers"), example, QStringLiteral("--export"), report}).exitCode, 0);
        const QString first = dir.filePath(QStringLiteral("first.json"));
        const QString again = dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(run({QStringLiteral("--answers"), example, QStringLiteral("--export"), first}).exitCode, 0);
        const Run r = run({QStringLiteral("--answers"), report, QStringLiteral("--export"), again});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString()); // same knowledge base: nothing to say
        QFile a(first), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }
    void tamperedReportIsBadInput()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("decision.md"));
        QCOMPARE(run({QStringLiteral("--answers"), QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/python-data-team.yaml"),
                      QStringLiteral("--export"), report}).exitCode, 0);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        const qsizetype at = bytes.indexOf("team_language: ");
        QVERIFY(at > 0);
        bytes.insert(at + 15, "x");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        const int line = int(bytes.left(at).count('\n')) + 1;
        const Run r = run({QStringLiteral("--answers"), report, QStringLiteral("--export"), dir.filePath(QStringLiteral("out.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("%1:%2:").arg(report).arg(line)), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.json"))));
    }

    void recordIntoFolderOfRecords()
    {
        QTemporaryDir dir;
        const QString decisions = dir.filePath(QStringLiteral("docs/decisions"));
        const QString example = QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/crud-back-office.yaml");
        const Run first = run({QStringLiteral("--answers"), example, QStringLiteral("--export"), decisions + u'/'});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.trimmed().endsWith(QLatin1String("/0001-web-stack-decision-ledgerline-back-office.md")),
                 qPrintable(first.out));
        const Run second = run({QStringLiteral("--answers"), example, QStringLiteral("--adr-dir"), decisions});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.trimmed().endsWith(QLatin1String("/0002-web-stack-decision-ledgerline-back-office.md")));
        QFile earlier(first.out.trimmed());
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QVERIFY(earlier.readAll().contains("status: \"superseded by [0002-"));
        QCOMPARE(run({QStringLiteral("--answers"), example, QStringLiteral("--adr-dir"), decisions, QStringLiteral("--format"),
                      QStringLiteral("pdf")}).exitCode, 2);
    }

    // Issue 14: a starter folder, headless; never into a folder with files without --force.
    void scaffoldAStarter()
    {
        QTemporaryDir dir;
        const QString starter = dir.filePath(QStringLiteral("starter"));
        const QString example = QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/python-data-team.yaml");
        const Run first = run({QStringLiteral("--answers"), example, QStringLiteral("--scaffold"), starter});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.err, QString());
        const QStringList written = first.out.trimmed().split(QLatin1Char('\n'));
        for (const QString &name : {QStringLiteral("README.md"), QStringLiteral("compose.yaml"), QStringLiteral(".env.example"),
                                    QStringLiteral("stackwise.yaml")})
            QVERIFY2(written.contains(QDir(starter).filePath(name)), qPrintable(first.out));
        for (const QString &path : written)
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
        // The answers in the starter evaluate as the original does.
        const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json"));
        QCOMPARE(run({QStringLiteral("--answers"), example, QStringLiteral("--export"), a}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--answers"), QDir(starter).filePath(QStringLiteral("stackwise.yaml")), QStringLiteral("--export"), b}).exitCode, 0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QByteArray ja = fa.readAll(), jb = fb.readAll();
        // Only the file name the answers were read from differs.
        ja.replace(example.toUtf8(), "X");
        jb.replace(QDir(starter).filePath(QStringLiteral("stackwise.yaml")).toUtf8(), "X");
        QCOMPARE(jb, ja);

        QFile readme(QDir(starter).filePath(QStringLiteral("README.md")));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray before = readme.readAll();
        readme.close();
        const Run again = run({QStringLiteral("--answers"), example, QStringLiteral("--scaffold"), starter, QStringLiteral("--stack"), QStringLiteral("2")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("--force")), qPrintable(again.err));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QCOMPARE(readme.readAll(), before);
        readme.close();
        const Run forced = run({QStringLiteral("--answers"), example, QStringLiteral("--scaffold"), starter, QStringLiteral("--stack"),
                                QStringLiteral("2"), QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY(readme.readAll().contains("the stack ranked 2 of"));

        QCOMPARE(run({QStringLiteral("--answers"), example, QStringLiteral("--scaffold"), starter, QStringLiteral("--stack"), QStringLiteral("0")}).exitCode, 2);
        const Run far = run({QStringLiteral("--answers"), example, QStringLiteral("--scaffold"), dir.filePath(QStringLiteral("far")),
                             QStringLiteral("--stack"), QStringLiteral("100000")});
        QCOMPARE(far.exitCode, 2);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("far"))));
        QCOMPARE(run({QStringLiteral("--answers"), example, QStringLiteral("--export"), a, QStringLiteral("--force")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--scaffold"), starter}).exitCode, 2);
    }

    void diffTwoDecisions()
    {
        QTemporaryDir dir;
        const QString before = QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/realtime-react-team.yaml");
        const QString report = dir.filePath(QStringLiteral("before.html"));
        QCOMPARE(run({QStringLiteral("--answers"), before, QStringLiteral("--export"), report}).exitCode, 0);
        QFile source(before);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray changed = source.readAll();
        QVERIFY(changed.contains("realtime: core"));
        changed.replace("realtime: core", "realtime: none");
        const QString after = dir.filePath(QStringLiteral("after.yaml"));
        QFile out(after);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(changed);
        out.close();

        const Run md = run({QStringLiteral("--diff"), report, after});
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(md.out.startsWith(QStringLiteral("# What changed: before.html → after.yaml")), qPrintable(md.out));
        QVERIFY(md.out.contains(QLatin1String("## Answers that changed")));
        QVERIFY(md.out.contains(QStringLiteral("(live updates, chat, collaboration)? Core of the product → Not needed")));
        QVERIFY(md.out.contains(QLatin1String("## Recommended stack")));

        const QString json = dir.filePath(QStringLiteral("diff.json"));
        QCOMPARE(run({QStringLiteral("--diff"), report, after, QStringLiteral("--export"), json}).exitCode, 0);
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QVERIFY(j.readAll().contains("\"format\": \"stackwise-diff/1\""));

        QVERIFY(run({QStringLiteral("--diff"), report, report}).out.contains(QLatin1String("Nothing changed")));
        QCOMPARE(run({QStringLiteral("--diff"), report}).exitCode, 2);
        const Run bad = run({QStringLiteral("--diff"), report, dir.filePath(QStringLiteral("missing.yaml"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("missing.yaml")));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *opt : {"--answers", "--export", "--format", "--kb", "--lang", "--validate-kb", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(opt)), opt);
    }
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("stackwise " STACKWISE_VERSION));
    }
    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option")};
        QTest::newRow("export without answers") << QStringList{QStringLiteral("--export"), QStringLiteral("out.json")};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    // A headless run that succeeds prints nothing on stderr, also where cron, CI and containers
    // leave XDG_RUNTIME_DIR unset and no platform is chosen (issue 12).
    void quietWhenAllIsWell_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString answers = QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/realtime-react-team.yaml");
        for (const char *format : {"json", "html", "md", "csv", "pdf"})
            QTest::newRow(format) << QStringList{QStringLiteral("--answers"), answers, QStringLiteral("--export"),
                                                 m_dir.filePath(QStringLiteral("out.") + QLatin1String(format))};
        QTest::newRow("validate-kb") << QStringList{QStringLiteral("--validate-kb"),
                                                    QStringLiteral(STACKWISE_SOURCE_DIR "/resources/kb")};
    }
    void quietWhenAllIsWell()
    {
        QFETCH(QStringList, args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run r = run(args, env);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
    }
    // ...while real problems are still reported there.
    void problemsStillReachStderr()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        const Run r = run({QStringLiteral("--answers"), m_dir.filePath(QStringLiteral("missing.yaml")),
                           QStringLiteral("--export"), m_dir.filePath(QStringLiteral("x.json"))}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("missing.yaml")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
