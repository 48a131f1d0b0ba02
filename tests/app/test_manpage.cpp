// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The man page and `stackwise --help` describe the same options: this fails when they drift.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
QString manPage()
{
    QFile file(QStringLiteral(STACKWISE_SOURCE_DIR "/resources/packaging/stackwise.1"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The section of a man page between `.SH NAME` and the next `.SH`.
QString section(const QString &page, const QString &name)
{
    const qsizetype start = page.indexOf(QStringLiteral("\n.SH ") + name + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

// Long option names a roff text marks up: `\-\-name` (hyphens in names escaped as `\-`).
QSet<QString> roffOptions(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression option(QStringLiteral(R"(\\-\\-([a-z]+(?:\\-[a-z]+)*))"));
    for (const QRegularExpressionMatch &m : option.globalMatch(text))
        out.insert(m.captured(1).replace(QStringLiteral("\\-"), QStringLiteral("-")));
    return out;
}

QSet<QString> helpOptions(const QString &help)
{
    QSet<QString> out;
    static const QRegularExpression option(QStringLiteral(R"(^\s+(?:-\w, )?--([a-z-]+))"),
                                           QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &m : option.globalMatch(help))
        out.insert(m.captured(1));
    return out;
}
} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!manPage().isEmpty(), "resources/packaging/stackwise.1 cannot be read");
        QProcess stackwise;
        stackwise.start(QStringLiteral(STACKWISE_BINARY), {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(stackwise.waitForFinished(30000));
        QCOMPARE(stackwise.exitCode(), 0);
        m_help = QString::fromUtf8(stackwise.readAllStandardOutput());
        QVERIFY(!helpOptions(m_help).isEmpty());
    }

    void everyHelpOptionIsDocumented_data()
    {
        QTest::addColumn<QString>("option");
        for (const QString &option : helpOptions(m_help))
            QTest::newRow(qPrintable(option)) << option;
    }
    void everyHelpOptionIsDocumented()
    {
        QFETCH(QString, option);
        QVERIFY2(roffOptions(section(manPage(), QStringLiteral("OPTIONS"))).contains(option),
                 qPrintable(QStringLiteral("--%1 is in --help but not in the man page's OPTIONS").arg(option)));
    }

    void everyDocumentedOptionExists_data()
    {
        QTest::addColumn<QString>("option");
        for (const QString &option : roffOptions(manPage()))
            QTest::newRow(qPrintable(option)) << option;
    }
    void everyDocumentedOptionExists()
    {
        QFETCH(QString, option);
        QVERIFY2(helpOptions(m_help).contains(option),
                 qPrintable(QStringLiteral("the man page names --%1, which --help does not know").arg(option)));
    }

    void exitCodesMatchTheProgram()
    {
        // The codes the program uses (README, CommandLine): 0, 1 (cannot write), 2 (bad input).
        const QString exitStatus = section(manPage(), QStringLiteral("EXIT STATUS"));
        for (const char *code : {"\n.B 0\n", "\n.B 1\n", "\n.B 2\n"})
            QVERIFY2(exitStatus.contains(QLatin1String(code)), code);
    }

    void versionMatchesTheProgram()
    {
        const QString th = manPage().split(QLatin1Char('\n')).filter(QStringLiteral(".TH ")).value(0);
        QVERIFY2(th.contains(QStringLiteral("\"Stackwise " STACKWISE_VERSION "\"")), qPrintable(th));
    }

private:
    QString m_help;
};

QTEST_GUILESS_MAIN(TestManPage)
#include "test_manpage.moc"
