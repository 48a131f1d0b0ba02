// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Hostile autosave files (issue 7): a corrupt or malicious file where the autosave should be is
// refused with an inline PATH:LINE:COLUMN: message, nothing is restored, the restore prompt is
// never shown, and the file is kept as it was for the user to inspect.
#include "AnswersFile.h"
#include "AutosaveManager.h"
#include "DecisionSession.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "WizardTestKb.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// A real autosave of the test KB, for rows that damage one.
QByteArray validAutosave(const KnowledgeBase &kb)
{
    Answers a;
    a.project.name = QStringLiteral("Portal");
    a.answers.insert(QStringLiteral("realtime"), {QStringLiteral("core")});
    a.answers.insert(QStringLiteral("app_kinds"), {QStringLiteral("dashboard"), QStringLiteral("content")});
    return AnswersFile::serialize(a, kb);
}

QByteArray randomBytes(quint32 seed, int size)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}
} // namespace

class TestAutosaveHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_autosavePath;
    KnowledgeBase m_kb = WizardTestKb::make();

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_autosave_hostile"));
        QVERIFY(m_dir.isValid());
        m_autosavePath = m_dir.filePath(QStringLiteral("autosave.stackwise.yaml"));
    }
    void init()
    {
        QFile::remove(m_autosavePath);
        QSettings().clear();
    }

    void corruptAutosaveIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray valid = validAutosave(m_kb);
        constexpr int Deep = 100000;
        QTest::newRow("random garbage") << randomBytes(7, 4096);
        QTest::newRow("truncated mid-write") << valid.left(valid.indexOf("Portal") + 3);
        QTest::newRow("deep flow nesting") << QByteArray(Deep, '[') + QByteArray(Deep, ']');
        QByteArray deepMaps = "format: stackwise-answers/1\nproject:\n  name: X\n  notes:\n";
        for (int i = 0; i < 500; ++i)
            deepMaps += QByteArray(4 + 2 * i, ' ') + "a:\n";
        QTest::newRow("deep block maps") << deepMaps + QByteArray(1004, ' ') + "x\n";
        QByteArray laughs = "format: stackwise-answers/1\nproject: {name: X}\nanswers:\n  app_kinds:\n    - &a0 [a, a, a, a, a, a, a, a, a, a]\n";
        for (int i = 1; i < 10; ++i) {
            const QByteArray prev = "*a" + QByteArray::number(i - 1);
            laughs += "    - &a" + QByteArray::number(i) + " [" + prev;
            for (int k = 1; k < 10; ++k)
                laughs += ", " + prev;
            laughs += "]\n";
        }
        QTest::newRow("billion laughs") << laughs;
        QTest::newRow("over the size limit") << valid + "# " + QByteArray(AnswersFile::MaxFileSize, 'x') + '\n';
        QTest::newRow("invalid UTF-8") << QByteArray(valid).replace("Portal", "Por\xC0\xAFtal");
        QTest::newRow("NUL bytes") << QByteArray(valid).replace("Portal", QByteArray("Por\0tal", 7));
        QTest::newRow("duplicate key") << valid + "format: stackwise-answers/1\n";
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("custom tag") << QByteArray(valid).replace("\"Portal\"", "!exec \"Portal\"");
    }
    void corruptAutosaveIsRefused()
    {
        QFETCH(QByteArray, bytes);
        {
            QFile file(m_autosavePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        MainWindow window(m_kb, nullptr, m_autosavePath);
        window.setSaveChangesPrompt([](MainWindow *) { return MainWindow::SaveChoice::Discard; });
        window.show();
        bool asked = false;
        window.setRestorePrompt([&asked](MainWindow *, const QString &) { return asked = true; });

        QVERIFY(!window.offerAutosaveRestore());
        QVERIFY(!asked);
        QCOMPARE(window.session()->answers(), Answers());
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.messageBar()->isVisible());
        // The message names the file and where in it the problem is.
        const QRegularExpression position(QRegularExpression::escape(m_autosavePath) + QStringLiteral(":[1-9]\\d*:[1-9]\\d*: \\S"));
        QVERIFY2(position.match(window.messageBar()->text()).hasMatch(), qPrintable(window.messageBar()->text().left(500)));
        // Kept untouched, so nothing the user might still want is lost.
        QFile file(m_autosavePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == bytes);
    }
};

QTEST_MAIN(TestAutosaveHostile)
#include "test_autosave_hostile.moc"
