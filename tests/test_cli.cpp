// End-to-end tests of the stackwise binary's command line (contract §4).
#include <QProcess>
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
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(STACKWISE_BINARY));
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
