// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Autosave: written shortly after every change, removed after a save or a clean exit, offered
// for restore in the next window, and still there after the process is killed.
#include "AnswersFile.h"
#include "AutosaveManager.h"
#include "DecisionSession.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "StackwiseWizard.h"
#include "WizardTestKb.h"

#include <QAbstractButton>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAutosave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_autosavePath;
    KnowledgeBase m_kb = WizardTestKb::make();

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_kb, nullptr, m_autosavePath);
        window->setSaveChangesPrompt([](MainWindow *) { return MainWindow::SaveChoice::Discard; });
        window->show();
        return window;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void clickOption(MainWindow *window, const QString &name)
    {
        auto *button = window->findChild<QAbstractButton *>(name);
        QVERIFY(button && button->isVisible());
        // Radio buttons react on their indicator and label only, at the left.
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->height() / 2, button->height() / 2));
    }
    // Changes answers through the widgets, as a user would.
    static void answerSomething(MainWindow *window)
    {
        window->findChild<QLineEdit *>(QStringLiteral("project_name"))->setText(QStringLiteral("Portal"));
        window->wizard()->goToPage(window->wizard()->pageIdForKey(QStringLiteral("backend")));
        clickOption(window, QStringLiteral("q_realtime_core"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_autosave"));
        QVERIFY(m_dir.isValid());
        m_autosavePath = m_dir.filePath(QStringLiteral("autosave.stackwise.yaml"));
    }
    void init()
    {
        QFile::remove(m_autosavePath);
        QSettings().clear();
    }

    void defaultPathIsInTheAppDataFolder()
    {
        QCOMPARE(AutosaveManager::defaultPath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/autosave.stackwise.yaml"));
    }

    void writtenShortlyAfterAChange()
    {
        auto window = makeWindow();
        QSignalSpy written(window->autosave(), &AutosaveManager::written);
        answerSomething(window.get());
        QVERIFY(!QFile::exists(m_autosavePath)); // debounced, not on every keystroke
        QVERIFY(written.wait(5000));
        QCOMPARE(written.size(), 1); // several changes, one write
        QCOMPARE(readAll(m_autosavePath), AnswersFile::serialize(window->session()->answers(), m_kb));
    }

    void restoreIsOfferedInTheNextWindow_data()
    {
        QTest::addColumn<bool>("restore");
        QTest::newRow("restore") << true;
        QTest::newRow("discard") << false;
    }
    void restoreIsOfferedInTheNextWindow()
    {
        QFETCH(bool, restore);
        Answers before;
        {
            auto window = makeWindow();
            QSignalSpy written(window->autosave(), &AutosaveManager::written);
            answerSomething(window.get());
            QVERIFY(written.wait(5000));
            before = window->session()->answers();
        } // destroyed without a clean close, like a crash

        auto window = makeWindow();
        QString askedFor;
        window->setRestorePrompt([&askedFor, restore](MainWindow *, const QString &project) {
            askedFor = project;
            return restore;
        });
        QCOMPARE(window->offerAutosaveRestore(), restore);
        QCOMPARE(askedFor, QStringLiteral("Portal"));
        if (restore) {
            QCOMPARE(window->session()->answers(), before);
            QVERIFY(window->isWindowModified());
            window->wizard()->goToPage(window->wizard()->pageIdForKey(QStringLiteral("backend")));
            QVERIFY(window->findChild<QAbstractButton *>(QStringLiteral("q_realtime_core"))->isChecked());
            QVERIFY(QFile::exists(m_autosavePath)); // until saved, it stays safe on disk
        } else {
            QVERIFY(window->session()->answers().answers.isEmpty());
            QVERIFY(!QFile::exists(m_autosavePath));
        }
    }

    void nothingToOfferWithoutAnAutosave()
    {
        auto window = makeWindow();
        bool asked = false;
        window->setRestorePrompt([&asked](MainWindow *, const QString &) { return asked = true; });
        QVERIFY(!window->offerAutosaveRestore());
        QVERIFY(!asked);
    }

    void unreadableAutosaveIsReportedNotRestored()
    {
        QSaveFile file(m_autosavePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("format: stackwise-answers/1\nproject: {name: X}\nanswers:\n  gone: a\n");
        QVERIFY(file.commit());
        auto window = makeWindow();
        bool asked = false;
        window->setRestorePrompt([&asked](MainWindow *, const QString &) { return asked = true; });
        QVERIFY(!window->offerAutosaveRestore());
        QVERIFY(!asked);
        QVERIFY(window->messageBar()->isVisible());
        QVERIFY(window->messageBar()->text().contains(m_autosavePath + QLatin1Char(':')));
    }

    void saveAndCleanExitRemoveIt_data()
    {
        QTest::addColumn<bool>("viaSave");
        QTest::newRow("saved") << true;
        QTest::newRow("closed cleanly") << false;
    }
    void saveAndCleanExitRemoveIt()
    {
        QFETCH(bool, viaSave);
        auto window = makeWindow();
        QSignalSpy written(window->autosave(), &AutosaveManager::written);
        answerSomething(window.get());
        QVERIFY(written.wait(5000));
        QVERIFY(QFile::exists(m_autosavePath));
        if (viaSave)
            QVERIFY(window->saveAs(m_dir.filePath(QStringLiteral("saved.yaml"))));
        else
            QVERIFY(window->close()); // the prompt answers Discard
        QVERIFY(!QFile::exists(m_autosavePath));
        // And no late write brings it back.
        QTest::qWait(AutosaveManager::DebounceMs * 2);
        QVERIFY(!QFile::exists(m_autosavePath));
    }

    void restoredWorkSavesBackToItsFile()
    {
        const QString original = m_dir.filePath(QStringLiteral("original.yaml"));
        {
            auto window = makeWindow();
            answerSomething(window.get());
            QVERIFY(window->saveAs(original));
            QSignalSpy written(window->autosave(), &AutosaveManager::written);
            clickOption(window.get(), QStringLiteral("q_realtime_none"));
            QVERIFY(written.wait(5000));
        }
        auto window = makeWindow();
        window->setRestorePrompt([](MainWindow *, const QString &) { return true; });
        QVERIFY(window->offerAutosaveRestore());
        QCOMPARE(window->session()->filePath(), original);
        QCOMPARE(window->session()->answers().answers.value(QStringLiteral("realtime")),
                 QStringList{QStringLiteral("none")});
    }

    void survivesTheProcessBeingKilled()
    {
        QProcess child;
        child.setProgram(QStringLiteral(AUTOSAVE_CHILD));
        child.setArguments({m_autosavePath});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start();
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_autosavePath), 20000);
        QVERIFY(child.readAllStandardOutput().contains("changed"));
        child.kill(); // SIGKILL: no clean exit, no chance to tidy up
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(m_autosavePath));

        auto window = makeWindow();
        window->setRestorePrompt([](MainWindow *, const QString &) { return true; });
        QVERIFY(window->offerAutosaveRestore());
        QCOMPARE(window->session()->answers().project.name, QStringLiteral("Killed"));
        QCOMPARE(window->session()->answers().answers.value(QStringLiteral("realtime")),
                 QStringList{QStringLiteral("core")});
        window->setSaveChangesPrompt([](MainWindow *) { return MainWindow::SaveChoice::Discard; });
    }
};

QTEST_MAIN(TestAutosave)
#include "test_autosave.moc"
