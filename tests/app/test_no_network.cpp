// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Nothing leaves the machine (issue 7): the stackwise binary links no network or TLS library,
// no CMakeLists links one, and no product source uses networking, starts processes, runs
// scripts or loads code — so nothing read from a file is ever executed.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString SourceDir = QStringLiteral(STACKWISE_SOURCE_DIR);

// The whole text of a file.
QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Files of the source tree under `dirs` ("" for all of it) whose names match `nameFilters`;
// build trees and hidden folders skipped.
QStringList sourceFiles(const QStringList &dirs, const QStringList &nameFilters)
{
    QStringList out;
    for (const QString &dir : dirs) {
        QDirIterator it(dir.isEmpty() ? SourceDir : SourceDir + QLatin1Char('/') + dir, nameFilters, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(SourceDir.size() + 1);
            if (relative.startsWith(QLatin1String("build")) || relative.startsWith(QLatin1Char('.')))
                continue;
            out.append(path);
        }
    }
    out.sort();
    return out;
}

// "file:line: text" for every line of `files` that matches `pattern`.
QStringList matchingLines(const QStringList &files, const QRegularExpression &pattern)
{
    QStringList hits;
    for (const QString &path : files) {
        const QStringList lines = readText(path).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (pattern.match(lines.at(i)).hasMatch())
                hits.append(QStringLiteral("%1:%2: %3").arg(path.mid(SourceDir.size() + 1)).arg(i + 1).arg(lines.at(i).trimmed()));
    }
    return hits;
}
} // namespace

class TestNoNetwork : public QObject
{
    Q_OBJECT

private slots:
    // The libraries the binary asks the dynamic loader for (ELF NEEDED entries).
    void binaryLinksNoNetworkLibrary()
    {
        const QString binary = QStringLiteral(STACKWISE_BINARY);
        QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));

        QStringList needed;
        static const QRegularExpression readelfLine(QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
        static const QRegularExpression objdumpLine(QStringLiteral("^\\s*NEEDED\\s+(\\S+)\\s*$"), QRegularExpression::MultilineOption);
        QString tool = QStandardPaths::findExecutable(QStringLiteral("readelf"));
        QStringList arguments{QStringLiteral("-d"), binary};
        const QRegularExpression *pattern = &readelfLine;
        if (tool.isEmpty()) {
            tool = QStandardPaths::findExecutable(QStringLiteral("objdump"));
            arguments = {QStringLiteral("-p"), binary};
            pattern = &objdumpLine;
        }
        if (tool.isEmpty())
            QSKIP("neither readelf nor objdump is installed");

        QProcess p;
        p.start(tool, arguments);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString output = QString::fromUtf8(p.readAllStandardOutput());
        for (auto it = pattern->globalMatch(output); it.hasNext();)
            needed.append(it.next().captured(1));
        qInfo("%s needs: %s", qPrintable(QFileInfo(tool).fileName()), qPrintable(needed.join(QLatin1Char(' '))));

        // The parse found the real entries (a binary without QtCore is not this one).
        QVERIFY2(needed.filter(QRegularExpression(QStringLiteral("^libQt6Core\\.so"))).size() == 1, qPrintable(output));
        static const QRegularExpression network(QStringLiteral("^lib(Qt6Network|Qt6WebSockets|Qt6WebEngine\\w*|curl\\w*|ssl|crypto|gnutls|nghttp\\d*|ssh\\d*)\\.so"));
        QCOMPARE(needed.filter(network), QStringList{});
    }

    void noBuildFileLinksNetwork()
    {
        const QStringList files = sourceFiles({QString()}, {QStringLiteral("CMakeLists.txt"), QStringLiteral("*.cmake")});
        QVERIFY2(files.size() >= 4, qPrintable(files.join(QLatin1Char(' ')))); // root, app, model, ui, tests
        static const QRegularExpression network(QStringLiteral("^[^#]*(\\bNetwork\\b|\\bCURL\\b|\\bOpenSSL\\b|WebSockets|WebEngine)"));
        QCOMPARE(matchingLines(files, network), QStringList{});
    }

    // One row per way a program could reach the network or run something it read.
    void productSourcesStayLocal_data()
    {
        QTest::addColumn<QString>("pattern");
        const QString include = QStringLiteral("^\\s*#\\s*include\\s*[<\"](?:Qt\\w+/)?(%1)\\b");
        QTest::newRow("network classes")
            << include.arg(QStringLiteral("QNetwork\\w*|QTcpSocket|QTcpServer|QUdpSocket|QSslSocket|QAbstractSocket|QLocalSocket|QLocalServer|QDnsLookup|QHostInfo|QtNetwork"));
        QTest::newRow("network classes used without an include") << QStringLiteral("\\bQ(Network\\w+|TcpSocket|UdpSocket|SslSocket)\\b");
        QTest::newRow("starting processes") << include.arg(QStringLiteral("QProcess"));
        QTest::newRow("QProcess used without an include") << QStringLiteral("\\bQProcess\\b");
        QTest::newRow("C process and shell calls")
            << QStringLiteral("(^|[^\\w.>:])(system|popen|fork|vfork|execl|execlp|execle|execv|execvp|execvpe|execve|posix_spawnp?)\\s*\\(");
        QTest::newRow("script engines") << include.arg(QStringLiteral("QJSEngine|QJSValue|QQmlEngine|QQmlApplicationEngine|QScriptEngine"));
        QTest::newRow("loading code") << include.arg(QStringLiteral("QLibrary|QPluginLoader"));
        QTest::newRow("dlopen") << QStringLiteral("\\bdlopen\\s*\\(");
    }
    void productSourcesStayLocal()
    {
        QFETCH(QString, pattern);
        const QStringList files = sourceFiles({QStringLiteral("model"), QStringLiteral("ui"), QStringLiteral("app")},
                                              {QStringLiteral("*.h"), QStringLiteral("*.cpp")});
        QVERIFY2(files.size() >= 20, qPrintable(QString::number(files.size()))); // the scan sees the sources
        QCOMPARE(matchingLines(files, QRegularExpression(pattern)), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestNoNetwork)
#include "test_no_network.moc"
