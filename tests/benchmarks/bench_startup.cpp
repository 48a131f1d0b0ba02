// Start-up and responsiveness of the wizard, compared with a bare QWizard in the same run.
// Budgets (issue 4): stackwiseWizard within 1.5x bareWizard; answerChangeToResults under 16 ms.
#include "DecisionSession.h"
#include "KbLoader.h"
#include "MainWindow.h"
#include "StackwiseWizard.h"
#include "ResultsPage.h"
#include "StackwiseWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

class BenchStartup : public QObject
{
    Q_OBJECT
private:
    KnowledgeBase m_kb;
    QTemporaryDir m_dir;

    // Shows a top-level widget and paints it once, synchronously.
    static void showAndPaint(QWidget &w)
    {
        w.resize(1280, 800);
        w.show();
        QApplication::processEvents();
        w.repaint();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const KbLoader::Result r = KbLoader::loadDirectories({KbLoader::builtinDir()});
        QVERIFY2(r.ok(), "the built-in knowledge base must load");
        m_kb = r.kb;
        QVERIFY(m_dir.isValid());
    }

    static void bareWizardOnce()
    {
        QWizard wizard;
        wizard.addPage(new QWizardPage);
        showAndPaint(wizard);
    }

    // Both start-up slots run their exact steps once before measuring, so neither pays the
    // process's first-window costs (platform plugin, fonts, style) inside QBENCHMARK; every
    // measured iteration is a complete window start: construct, show, paint, destroy.
    void bareWizard()
    {
        bareWizardOnce();
        QBENCHMARK {
            bareWizardOnce();
        }
    }

    // The knowledge base is parsed once per process, before the window: measured separately.
    void knowledgeBaseLoad()
    {
        QBENCHMARK {
            const KbLoader::Result r = KbLoader::loadDirectories({KbLoader::builtinDir()});
            QVERIFY(r.ok());
        }
    }

    void stackwiseWizard()
    {
        const QString autosave = m_dir.filePath(QStringLiteral("autosave.stackwise.yaml"));
        {
            MainWindow window(m_kb, nullptr, autosave);
            showAndPaint(window);
        }
        QBENCHMARK {
            MainWindow window(m_kb, nullptr, autosave);
            showAndPaint(window);
        }
    }

    // The wizard alone (session + StackwiseWizard, no menus or message bar), to show how much of
    // the window's start-up is the wizard itself.
    void stackwiseWizardWidget()
    {
        auto once = [this] {
            DecisionSession session(m_kb);
            StackwiseWizard wizard(&session);
            showAndPaint(wizard);
        };
        once();
        QBENCHMARK {
            once();
        }
    }

    void answerChangeToResults()
    {
        MainWindow window(m_kb, nullptr, m_dir.filePath(QStringLiteral("autosave2.stackwise.yaml")));
        showAndPaint(window);
        // The worst case a user meets: every Results tab has been looked at (so all its views
        // and models exist and follow each change), then an answer is changed on a question page
        // while the leader panel shows.
        window.findChild<QLineEdit *>(QStringLiteral("project_name"))->setText(QStringLiteral("Bench"));
        StackwiseWizard *wizard = window.wizard();
        wizard->goToPage(StackwiseWizard::Page_Results);
        QCOMPARE(wizard->currentId(), int(StackwiseWizard::Page_Results));
        auto *results = qobject_cast<ResultsPage *>(wizard->currentPage());
        QVERIFY(results);
        for (int i = 0; i < results->tabs()->count(); ++i) {
            results->tabs()->setCurrentIndex(i);
            QApplication::processEvents();
        }
        wizard->goToPage(wizard->pageIdForKey(QStringLiteral("backend")));
        QApplication::processEvents();
        auto *core = window.findChild<QAbstractButton *>(QStringLiteral("q_realtime_core"));
        auto *none = window.findChild<QAbstractButton *>(QStringLiteral("q_realtime_none"));
        QVERIFY(core && none);
        QVERIFY(core->isVisible());
        int updates = 0;
        connect(window.session(), &DecisionSession::evaluationChanged, this, [&updates] { ++updates; });
        bool toggle = false;
        // One click: the session re-evaluates and every connected view (leader panel, results
        // models, charts) updates synchronously before click() returns.
        QBENCHMARK {
            toggle = !toggle;
            (toggle ? core : none)->click();
        }
        QVERIFY(updates > 0);
        QVERIFY(window.session()->answers().answers.contains(QStringLiteral("realtime")));
    }
};

QTEST_MAIN(BenchStartup)
#include "bench_startup.moc"
