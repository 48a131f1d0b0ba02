// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The wizard driven through its widgets (found by objectName): pages generated from the KB,
// answers kept across Next/Back, pins, the leader panel, files, the modified mark and groups.
#include "AnswersFile.h"
#include "AutosaveManager.h"
#include "CompareDialog.h"
#include "DecisionSession.h"
#include "KbLoader.h"
#include "LeaderPanel.h"
#include "MainWindow.h"
#include "StarterDialog.h"
#include "MessageBar.h"
#include "ReportActions.h"
#include "ReportExporter.h"
#include "ScoringEngine.h"
#include "StackwiseWizard.h"
#include "WizardTestKb.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRadioButton>
#include <QSaveFile>
#include <QTimer>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTextBrowser>
#include <QPushButton>
#include <QTest>

#include <memory>

class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KnowledgeBase m_kb = WizardTestKb::make();

    std::unique_ptr<MainWindow> makeWindow(const KnowledgeBase &kb)
    {
        auto window = std::make_unique<MainWindow>(kb, nullptr,
                                                   m_dir.filePath(QStringLiteral("autosave.yaml")));
        // Nothing may block: a test that reaches a prompt it did not expect fails.
        window->setSaveChangesPrompt([](MainWindow *) {
            qWarning("unexpected Save changes prompt");
            return MainWindow::SaveChoice::Cancel;
        });
        window->setRestorePrompt([](MainWindow *, const QString &) { return false; });
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }
    template<typename T>
    static T *widget(QWidget *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    static void click(QWidget *root, const QString &name)
    {
        auto *button = widget<QAbstractButton>(root, name);
        QVERIFY(button);
        QVERIFY2(button->isVisible(), qPrintable(name));
        // Radio buttons and check boxes react on their indicator and label only, at the left.
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->height() / 2, button->height() / 2));
    }
    static void enterProjectName(MainWindow *window, const QString &name)
    {
        auto *edit = widget<QLineEdit>(window, QStringLiteral("project_name"));
        edit->setFocus();
        QTest::keyClicks(edit, name);
    }
    static void goTo(MainWindow *window, const QString &key)
    {
        StackwiseWizard *wizard = window->wizard();
        wizard->goToPage(wizard->pageIdForKey(key));
    }
    // Question pages build their widgets when first entered: walk through every page once.
    static void visitEveryPage(MainWindow *window)
    {
        StackwiseWizard *wizard = window->wizard();
        if (wizard->field(QStringLiteral("project.name")).toString().isEmpty())
            enterProjectName(window, QStringLiteral("Portal"));
        for (int id : wizard->pageOrder()) {
            wizard->goToPage(id);
            QCOMPARE(wizard->currentId(), id);
        }
    }
    static QString leaderName(const DecisionSession *session, const QString &area)
    {
        const AreaResult *result = session->evaluation().area(area);
        return session->knowledgeBase().candidate(result->ranking.first().candidate)->name();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StackwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_wizard"));
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        QSettings().clear();
    }

    // A window closed where it opened writes no geometry, so the default size follows the
    // screen it meets next time; a resized one is remembered, and restored at the next start.
    void windowGeometryIsKeptOnlyWhenChanged()
    {
        {
            auto window = makeWindow(m_kb);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QCoreApplication::processEvents();
            QVERIFY(window->close());
        }
        QVERIFY(!QSettings().contains(QStringLiteral("window/geometry")));
        QVERIFY(!QSettings().contains(QStringLiteral("window/state")));
        QSize resized;
        {
            auto window = makeWindow(m_kb);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QCoreApplication::processEvents();
            resized = window->size() - QSize(40, 30);
            window->resize(resized);
            QVERIFY(window->close());
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        auto window = makeWindow(m_kb);
        QCOMPARE(window->size(), resized);
    }

    void pagesFollowTheKnowledgeBase()
    {
        auto window = makeWindow(m_kb);
        StackwiseWizard *wizard = window->wizard();
        QStringList keys;
        for (int id : wizard->pageOrder())
            keys.append(wizard->pageKey(id));
        QStringList expected{QStringLiteral("welcome"), QStringLiteral("team")};
        for (const Area &area : m_kb.areas)
            expected.append(area.id);
        expected.append(QStringLiteral("pairwise"));
        expected.append(QStringLiteral("results"));
        QCOMPARE(keys, expected);
        QCOMPARE(wizard->currentId(), int(StackwiseWizard::Page_Welcome));
        // One step entry per page, and "Step n of m" on each page.
        QCOMPARE(widget<QListWidget>(window.get(), QStringLiteral("step_list"))->count(),
                 expected.size());
        QCOMPARE(wizard->page(wizard->pageIdForKey(QStringLiteral("backend")))->subTitle(),
                 QStringLiteral("Step 4 of %1").arg(expected.size()));
    }

    void anAreaAddedByAnOverlayGetsItsPage()
    {
        KnowledgeBase kb = m_kb;
        kb.areas.append(WizardTestKb::area("hosting", "Hosting", "Where it runs.", 5));
        kb.criteria[0].areas.append(QStringLiteral("hosting"));
        kb.candidates.append(WizardTestKb::candidate("fly", "hosting", "Fly.io",
                                                     {{QStringLiteral("ecosystem"), 6}}));
        kb.questions.append(WizardTestKb::question(
            "scale", "hosting", Question::Kind::Single, "How big?",
            {WizardTestKb::option("small", "Small", {WizardTestKb::importance("ecosystem", 1)})}));
        kb.reindex();
        auto window = makeWindow(kb);
        const int id = window->wizard()->pageIdForKey(QStringLiteral("hosting"));
        QVERIFY(id >= StackwiseWizard::Page_FirstArea);
        QCOMPARE(window->wizard()->page(id)->title(), QStringLiteral("Hosting"));
        enterProjectName(window.get(), QStringLiteral("Portal"));
        goTo(window.get(), QStringLiteral("hosting"));
        QVERIFY(widget<QComboBox>(window.get(), QStringLiteral("pin_hosting")));
        QVERIFY(widget<QRadioButton>(window.get(), QStringLiteral("q_scale_small")));
    }

    void nextNeedsOnlyTheProjectName()
    {
        auto window = makeWindow(m_kb);
        QAbstractButton *next = widget<QAbstractButton>(window.get(), QStringLiteral("next_button"));
        QVERIFY(!next->isEnabled());
        QVERIFY(widget<QLabel>(window.get(), QStringLiteral("project_name_hint"))->isVisible());
        enterProjectName(window.get(), QStringLiteral("Portal"));
        QVERIFY(next->isEnabled());
        QVERIFY(!widget<QLabel>(window.get(), QStringLiteral("project_name_hint"))->isVisible());
        QCOMPARE(window->session()->answers().project.name, QStringLiteral("Portal"));
        // Every other page can be left without answering anything.
        while (window->wizard()->currentId() != StackwiseWizard::Page_Results) {
            QVERIFY(next->isEnabled());
            QTest::mouseClick(next, Qt::LeftButton);
        }
        QVERIFY(window->session()->answers().answers.isEmpty());
    }

    void answersSurviveNextAndBack_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("clicks");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("single on the team page") << QStringLiteral("team")
            << QStringList{QStringLiteral("q_team_language_python")}
            << QStringLiteral("team_language") << QStringList{QStringLiteral("python")};
        QTest::newRow("single, changed mind") << QStringLiteral("backend")
            << QStringList{QStringLiteral("q_realtime_none"), QStringLiteral("q_realtime_core")}
            << QStringLiteral("realtime") << QStringList{QStringLiteral("core")};
        QTest::newRow("not sure leaves it unanswered") << QStringLiteral("backend")
            << QStringList{QStringLiteral("q_realtime_core"), QStringLiteral("q_realtime_unsure")}
            << QStringLiteral("realtime") << QStringList{};
        QTest::newRow("multi keeps KB option order") << QStringLiteral("frontend")
            << QStringList{QStringLiteral("q_app_kinds_realtime_collab"),
                           QStringLiteral("q_app_kinds_dashboard")}
            << QStringLiteral("app_kinds")
            << QStringList{QStringLiteral("dashboard"), QStringLiteral("realtime_collab")};
        QTest::newRow("multi unticked to nothing") << QStringLiteral("frontend")
            << QStringList{QStringLiteral("q_app_kinds_content"), QStringLiteral("q_app_kinds_content")}
            << QStringLiteral("app_kinds") << QStringList{};
    }
    void answersSurviveNextAndBack()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, clicks);
        QFETCH(QString, question);
        QFETCH(QStringList, expected);
        auto window = makeWindow(m_kb);
        enterProjectName(window.get(), QStringLiteral("Portal"));
        goTo(window.get(), page);
        QCOMPARE(window->wizard()->pageKey(window->wizard()->currentId()), page);
        for (const QString &name : clicks)
            click(window.get(), name);
        QCOMPARE(window->session()->answers().answers.value(question), expected);
        QCOMPARE(window->session()->answers().isAnswered(question), !expected.isEmpty());

        // Away and back: the widgets still show the same answer.
        window->wizard()->next();
        window->wizard()->back();
        window->wizard()->back();
        window->wizard()->next();
        QCOMPARE(window->session()->answers().answers.value(question), expected);
        const Question *q = m_kb.question(question);
        for (const Option &option : q->options) {
            auto *button = widget<QAbstractButton>(
                window.get(), QStringLiteral("q_%1_%2").arg(question, option.id));
            QCOMPARE(button->isChecked(), expected.contains(option.id));
        }
        if (q->kind == Question::Kind::Single)
            QCOMPARE(widget<QRadioButton>(window.get(), QStringLiteral("q_%1_unsure").arg(question))
                         ->isChecked(),
                     expected.isEmpty());
    }

    void inputsHaveAccessibleNames()
    {
        auto window = makeWindow(m_kb);
        visitEveryPage(window.get());
        const auto buttons = window->findChildren<QAbstractButton *>();
        int checked = 0;
        for (QAbstractButton *button : buttons) {
            if (!button->objectName().startsWith(QLatin1String("q_")))
                continue;
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 8);
        for (const Area &area : m_kb.areas)
            QVERIFY(!widget<QComboBox>(window.get(), QStringLiteral("pin_") + area.id)
                         ->accessibleName().isEmpty());
        QVERIFY(!widget<QLineEdit>(window.get(), QStringLiteral("project_name"))
                     ->accessibleName().isEmpty());
    }

    void pinSkipsThePageQuestions()
    {
        auto window = makeWindow(m_kb);
        enterProjectName(window.get(), QStringLiteral("Portal"));
        goTo(window.get(), QStringLiteral("backend"));
        auto *pin = widget<QComboBox>(window.get(), QStringLiteral("pin_backend"));
        auto *core = widget<QRadioButton>(window.get(), QStringLiteral("q_realtime_core"));
        auto *note = widget<QLabel>(window.get(), QStringLiteral("pin_note_backend"));
        QCOMPARE(pin->currentIndex(), 0);
        QVERIFY(core->isEnabled());
        QVERIFY(!note->isVisible());

        pin->setFocus();
        pin->setCurrentIndex(pin->findData(QStringLiteral("django")));
        QCOMPARE(window->session()->answers().pins.value(QStringLiteral("backend")),
                 QStringLiteral("django"));
        QVERIFY(!core->isEnabled());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("Django")));
        QCOMPARE(window->session()->evaluation().area(QStringLiteral("backend"))->pinned,
                 QStringLiteral("django"));

        pin->setCurrentIndex(0);
        QVERIFY(!window->session()->answers().pins.contains(QStringLiteral("backend")));
        QVERIFY(core->isEnabled());
    }

    // A start shows the Welcome page only: what other pages hold (question widgets, the leader
    // panel, the results tabs) is built when first needed, and then is there.
    void startBuildsOnlyTheWelcomePage()
    {
        auto window = makeWindow(m_kb);
        QCOMPARE(window->wizard()->currentId(), int(StackwiseWizard::Page_Welcome));
        QVERIFY(window->wizard()->leaderPanel() == nullptr);
        QVERIFY(window->findChild<QTabWidget *>(QStringLiteral("resultsTabs")) == nullptr);
        QVERIFY(window->findChild<QAbstractButton *>(QStringLiteral("q_realtime_core")) == nullptr);
        QVERIFY(window->findChild<QListWidget *>(QStringLiteral("recent_files")) == nullptr);
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("group_members")) == nullptr);

        enterProjectName(window.get(), QStringLiteral("Portal"));
        goTo(window.get(), QStringLiteral("backend"));
        QVERIFY(window->wizard()->leaderPanel() != nullptr);
        QVERIFY(window->wizard()->leaderPanel()->isVisible());
        QVERIFY(widget<QAbstractButton>(window.get(), QStringLiteral("q_realtime_core"))->isVisible());
        goTo(window.get(), QStringLiteral("results"));
        QVERIFY(!window->wizard()->leaderPanel()->isVisible());
        auto *tabs = widget<QTabWidget>(window.get(), QStringLiteral("resultsTabs"));
        QVERIFY(tabs->isVisible());
        QCOMPARE(tabs->count(), 8);
        goTo(window.get(), QStringLiteral("welcome"));
        QVERIFY(!window->wizard()->leaderPanel()->isVisible());
        window->session()->setModified(false);
    }

    void leaderPanelFollowsEveryClick()
    {
        auto window = makeWindow(m_kb);
        enterProjectName(window.get(), QStringLiteral("Portal"));
        goTo(window.get(), QStringLiteral("backend"));
        LeaderPanel *panel = window->wizard()->leaderPanel();
        QVERIFY(panel->isVisible());
        auto *backend = widget<QLabel>(panel, QStringLiteral("leader_backend"));
        auto *stack = widget<QLabel>(panel, QStringLiteral("leader_stack"));
        const QString leaderBefore = leaderName(window->session(), QStringLiteral("backend"));
        const QString textBefore = backend->text();
        const QString stackBefore = stack->text();
        QVERIFY(textBefore.contains(leaderBefore));

        click(window.get(), QStringLiteral("q_realtime_core"));
        const QString leaderAfter = leaderName(window->session(), QStringLiteral("backend"));
        // The test KB is built so that real-time as the core of the product changes the leader.
        QVERIFY(leaderAfter != leaderBefore);
        QVERIFY2(backend->text().contains(leaderAfter), qPrintable(backend->text()));
        QVERIFY(backend->text() != textBefore);
        QVERIFY(stack->text() != stackBefore);
        QVERIFY(stack->text().contains(leaderAfter));

        // Not sure undoes it.
        click(window.get(), QStringLiteral("q_realtime_unsure"));
        QCOMPARE(backend->text(), textBefore);
        // Hidden on Welcome, where there is nothing to lead yet.
        goTo(window.get(), QStringLiteral("welcome"));
        QVERIFY(!panel->isVisible());
    }

    void saveAndOpenRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.yaml"));
        Answers saved;
        {
            auto window = makeWindow(m_kb);
            enterProjectName(window.get(), QStringLiteral("Field portal"));
            QTest::keyClicks(widget<QLineEdit>(window.get(), QStringLiteral("project_author")),
                             QStringLiteral("Jane"));
            goTo(window.get(), QStringLiteral("team"));
            click(window.get(), QStringLiteral("q_team_language_javascript"));
            goTo(window.get(), QStringLiteral("frontend"));
            click(window.get(), QStringLiteral("q_app_kinds_content"));
            widget<QComboBox>(window.get(), QStringLiteral("pin_frontend"))
                ->setCurrentIndex(2); // the second candidate
            QVERIFY(window->isWindowModified());

            QVERIFY(window->saveAs(path));
            QVERIFY(!window->isWindowModified());
            QVERIFY(!window->session()->isModified());
            QCOMPARE(window->session()->filePath(), path);
            QCOMPARE(window->recentFiles().value(0), path);
            saved = window->session()->answers();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), AnswersFile::serialize(saved, m_kb));
        }
        QCOMPARE(saved.pins.value(QStringLiteral("frontend")), m_kb.candidatesOf(QStringLiteral("frontend")).at(1)->id);

        auto window = makeWindow(m_kb);
        QVERIFY2(window->openFile(path), qPrintable(window->messageBar()->text()));
        QCOMPARE(window->session()->answers(), saved);
        QVERIFY(!window->isWindowModified());
        QCOMPARE(widget<QLineEdit>(window.get(), QStringLiteral("project_name"))->text(),
                 QStringLiteral("Field portal"));
        QCOMPARE(widget<QLineEdit>(window.get(), QStringLiteral("project_author"))->text(),
                 QStringLiteral("Jane"));
        goTo(window.get(), QStringLiteral("team"));
        QVERIFY(widget<QRadioButton>(window.get(), QStringLiteral("q_team_language_javascript"))
                    ->isChecked());
        goTo(window.get(), QStringLiteral("frontend"));
        QVERIFY(widget<QCheckBox>(window.get(), QStringLiteral("q_app_kinds_content"))->isChecked());
        QCOMPARE(widget<QComboBox>(window.get(), QStringLiteral("pin_frontend"))->currentIndex(), 2);
        QVERIFY(window->windowTitle().contains(QLatin1String("roundtrip.yaml")));
    }

    void badFilesShowInlineErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not YAML") << QByteArray("format: [unclosed\n");
        QTest::newRow("unknown question")
            << QByteArray("format: stackwise-answers/1\nproject: {name: X}\nanswers:\n  nope: a\n");
        QTest::newRow("option the question does not offer")
            << QByteArray("format: stackwise-answers/1\nproject: {name: X}\nanswers:\n  realtime: sometimes\n");
        QTest::newRow("pin to an unknown candidate")
            << QByteArray("format: stackwise-answers/1\nproject: {name: X}\npins:\n  backend: cobol\n");
    }
    void badFilesShowInlineErrors()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("bad.yaml"));
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        QVERIFY(file.commit());

        auto window = makeWindow(m_kb);
        window->session()->setAnswer(QStringLiteral("team_language"), {QStringLiteral("python")});
        window->session()->setModified(false);
        const Answers before = window->session()->answers();
        QVERIFY(!window->openFile(path));
        MessageBar *bar = window->messageBar();
        QVERIFY(bar->isVisible());
        // PATH:LINE:COLUMN: message, 1-based.
        const QRegularExpression located(QRegularExpression::escape(path)
                                         + QStringLiteral(":[1-9]\\d*:[1-9]\\d*: \\S"));
        QVERIFY2(bar->text().contains(located), qPrintable(bar->text()));
        QCOMPARE(window->session()->answers(), before);
        QVERIFY(window->session()->filePath().isEmpty());
    }

    // Issue 14: File > Open takes a report; Save then asks for an answers file, never
    // overwriting the report.
    void reportReopensInTheWizard()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("decision.html"));
        Answers made;
        {
            auto window = makeWindow(m_kb);
            widget<QLineEdit>(window.get(), QStringLiteral("project_name"))->setText(QStringLiteral("Reopened portal"));
            goTo(window.get(), QStringLiteral("team"));
            widget<QRadioButton>(window.get(), QStringLiteral("q_team_language_javascript"))->click();
            made = window->session()->answers();
            QVERIFY(ReportExporter::write(report, ReportExporter::Format::Html, window->session()->evaluation(),
                                          m_kb, ReportOptions{}));
            window->session()->setModified(false);
        }
        const QByteArray before = [&] {
            QFile f(report);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto window = makeWindow(m_kb);
        QVERIFY2(window->openFile(report), qPrintable(window->messageBar()->text()));
        QCOMPARE(window->session()->answers(), made);
        QCOMPARE(widget<QLineEdit>(window.get(), QStringLiteral("project_name"))->text(), QStringLiteral("Reopened portal"));
        QVERIFY(window->session()->filePath().isEmpty());
        QVERIFY(window->session()->isModified());
        QVERIFY(window->messageBar()->isVisible() || !window->messageBar()->text().isEmpty());
        QVERIFY(window->messageBar()->text().contains(QLatin1String("decision.html")));
        QVERIFY(!window->messageBar()->text().contains(QLatin1String("scores may differ")));
        window->session()->setModified(false);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        // Made with another version of the knowledge base: the window says so.
        KnowledgeBase older = m_kb;
        older.meta.version = QStringLiteral("2026.01");
        older.candidates.first().ratings.first().score += 1;
        const QString oldReport = dir.filePath(QStringLiteral("decision-2026-01.pdf"));
        QVERIFY(ReportExporter::write(oldReport, ReportExporter::Format::Pdf, ScoringEngine(older).evaluate(made), older,
                                      ReportOptions{}));
        auto reopened = makeWindow(m_kb);
        QVERIFY(reopened->openFile(oldReport));
        QVERIFY2(reopened->messageBar()->text().contains(QLatin1String("Made with knowledge base 2026.01")),
                 qPrintable(reopened->messageBar()->text()));
        QVERIFY(reopened->messageBar()->text().contains(QLatin1String("scores may differ")));
        if (const QString shots = qEnvironmentVariable("STACKWISE_SHOT_DIR"); !shots.isEmpty()) {
            reopened->resize(1100, 700);
            reopened->show();
            QTest::qWait(50);
            reopened->grab().save(shots + QStringLiteral("/reopened-pdf.png"));
        }
        reopened->session()->setModified(false);
    }

    // Issue 14: File > Decision Record into Folder… numbers the record and supersedes the
    // project's earlier one.
    void recordIntoFolderFromTheWindow()
    {
        auto window = makeWindow(m_kb);
        auto *action = window->findChild<QAction *>(QStringLiteral("action_export_record"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        auto *reports = window->findChild<ReportActions *>();
        QVERIFY(reports);
        widget<QLineEdit>(window.get(), QStringLiteral("project_name"))->setText(QStringLiteral("Folder portal"));
        QTemporaryDir dir;
        const auto first = reports->exportRecordTo(dir.path());
        const auto second = reports->exportRecordTo(dir.path());
        QVERIFY(first && second);
        QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("0001-web-stack-decision-folder-portal.md"));
        QCOMPARE(QFileInfo(*second).fileName(), QStringLiteral("0002-web-stack-decision-folder-portal.md"));
        QFile earlier(*first);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QVERIFY(earlier.readAll().contains("- Status: superseded by [0002-web-stack-decision-folder-portal]"));
        window->session()->setModified(false);
    }

    // Issue 14: File > Compare With… shows what changed from another decision to this one.
    void compareWithAnotherDecision()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.yaml"));
        auto window = makeWindow(m_kb);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("action_compare")));
        widget<QLineEdit>(window.get(), QStringLiteral("project_name"))->setText(QStringLiteral("Compared portal"));
        goTo(window.get(), QStringLiteral("team"));
        widget<QRadioButton>(window.get(), QStringLiteral("q_team_language_javascript"))->click();
        QVERIFY(window->saveAs(before));
        widget<QRadioButton>(window.get(), QStringLiteral("q_team_language_python"))->click();

        CompareDialog *dialog = window->compareWith(before);
        QVERIFY(dialog);
        dialog->show();
        auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("compare_text"));
        QVERIFY(text);
        const QString shown = text->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("Answers that changed")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("before.yaml")));
        QVERIFY(shown.contains(QLatin1String("Recommended stack")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("compare_save")));
        QString error;
        const QString saved = dir.filePath(QStringLiteral("diff.md"));
        QVERIFY(dialog->saveTo(saved, &error));
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# What changed: before.yaml"));
        if (const QString shots = qEnvironmentVariable("STACKWISE_SHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/compare-dialog.png"));
        dialog->close();
        window->session()->setModified(false);
        // A file that is not a decision is said in the window, no dialog.
        QVERIFY(!window->compareWith(dir.filePath(QStringLiteral("missing.yaml"))));
        QVERIFY(window->messageBar()->text().contains(QLatin1String("missing.yaml")));
    }

    // Issue 14: File > Starter Folder… writes the starter for the chosen stack; a folder that
    // holds files is only written into when the user agrees.
    void starterFolderFromTheWindow()
    {
        QTemporaryDir dir;
        const QString starter = dir.filePath(QStringLiteral("starter"));
        auto window = makeWindow(m_kb);
        widget<QLineEdit>(window.get(), QStringLiteral("project_name"))->setText(QStringLiteral("Starter portal"));
        goTo(window.get(), QStringLiteral("team"));
        widget<QRadioButton>(window.get(), QStringLiteral("q_team_language_python"))->click();
        auto *action = window->findChild<QAction *>(QStringLiteral("action_export_starter"));
        QVERIFY(action);
        const Evaluation &evaluation = window->session()->evaluation();
        QVERIFY(evaluation.stacks.size() > 1);

        const auto driveDialog = [&](int stack, bool agree, bool *sawConfirm, const QString &shot) {
            QTimer::singleShot(0, [&, stack, agree, sawConfirm, shot] {
                auto *dialog = qobject_cast<StarterDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QCOMPARE(dialog->objectName(), QStringLiteral("starter_dialog"));
                dialog->confirmOverwrite = [sawConfirm, agree](const QString &) { *sawConfirm = true; return agree; };
                dialog->findChild<QLineEdit *>(QStringLiteral("starter_folder"))->setText(starter);
                dialog->findChild<QComboBox *>(QStringLiteral("starter_stack"))->setCurrentIndex(stack);
                const QString readme = dialog->findChild<QPlainTextEdit *>(QStringLiteral("starter_readme"))->toPlainText();
                QVERIFY(readme.startsWith(QStringLiteral("# Starter: Starter portal")));
                QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("starter_files"))->text().contains(QLatin1String("README.md")));
                if (!shot.isEmpty())
                    dialog->grab().save(shot);
                dialog->findChild<QPushButton *>(QStringLiteral("starter_write"))->click();
                if (dialog->isVisible()) // refused: leave it
                    dialog->reject();
            });
            action->trigger();
        };
        bool sawConfirm = false;
        const QString shots = qEnvironmentVariable("STACKWISE_SHOT_DIR");
        driveDialog(0, true, &sawConfirm, shots.isEmpty() ? QString() : shots + QStringLiteral("/starter-dialog.png"));
        QVERIFY(!sawConfirm); // a new folder: nothing to ask
        QFile readme(QDir(starter).filePath(QStringLiteral("README.md")));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray first = readme.readAll();
        readme.close();
        QVERIFY(first.contains("the stack Stackwise recommends"));
        QVERIFY(QFileInfo::exists(QDir(starter).filePath(QStringLiteral("stackwise.yaml"))));

        driveDialog(1, false, &sawConfirm, QString());
        QVERIFY(sawConfirm);
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QCOMPARE(readme.readAll(), first); // said no: untouched
        readme.close();

        sawConfirm = false;
        driveDialog(1, true, &sawConfirm, QString());
        QVERIFY(sawConfirm);
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY(readme.readAll().contains("the stack ranked 2 of"));
        window->session()->setModified(false);
    }

    void unsavedChangesAreAskedAbout_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("cleared");
        QTest::newRow("cancel keeps the answers") << int(MainWindow::SaveChoice::Cancel) << false;
        QTest::newRow("discard starts afresh") << int(MainWindow::SaveChoice::Discard) << true;
    }
    void unsavedChangesAreAskedAbout()
    {
        QFETCH(int, choice);
        QFETCH(bool, cleared);
        auto window = makeWindow(m_kb);
        QVERIFY(!window->isWindowModified());
        enterProjectName(window.get(), QStringLiteral("Portal"));
        goTo(window.get(), QStringLiteral("backend"));
        click(window.get(), QStringLiteral("q_realtime_core"));
        QVERIFY(window->isWindowModified());
        int asked = 0;
        window->setSaveChangesPrompt([&asked, choice](MainWindow *) {
            ++asked;
            return MainWindow::SaveChoice(choice);
        });
        window->newDecision();
        QCOMPARE(asked, 1);
        QCOMPARE(window->session()->answers().isAnswered(QStringLiteral("realtime")), !cleared);
        QCOMPARE(window->isWindowModified(), !cleared);
        if (cleared) {
            QCOMPARE(window->wizard()->currentId(), int(StackwiseWizard::Page_Welcome));
            QVERIFY(widget<QLineEdit>(window.get(), QStringLiteral("project_name"))->text().isEmpty());
        }
        // Closing asks as well; Cancel keeps the window open.
        if (!cleared) {
            QVERIFY(!window->close());
            QCOMPARE(asked, 2);
            window->setSaveChangesPrompt([](MainWindow *) { return MainWindow::SaveChoice::Discard; });
        }
    }

    void clearPageActionClearsOnlyThatPage()
    {
        auto window = makeWindow(m_kb);
        enterProjectName(window.get(), QStringLiteral("Portal"));
        goTo(window.get(), QStringLiteral("team"));
        click(window.get(), QStringLiteral("q_team_language_python"));
        goTo(window.get(), QStringLiteral("backend"));
        click(window.get(), QStringLiteral("q_realtime_core"));
        widget<QComboBox>(window.get(), QStringLiteral("pin_backend"))->setCurrentIndex(1);
        auto *action = widget<QAction>(window.get(), QStringLiteral("action_clear_page"));
        QVERIFY(action->isEnabled());
        action->trigger();
        QVERIFY(!window->session()->answers().isAnswered(QStringLiteral("realtime")));
        QVERIFY(window->session()->answers().pins.isEmpty());
        QVERIFY(window->session()->answers().isAnswered(QStringLiteral("team_language")));
        QVERIFY(widget<QRadioButton>(window.get(), QStringLiteral("q_realtime_unsure"))->isChecked());
        goTo(window.get(), QStringLiteral("welcome"));
        QVERIFY(!action->isEnabled());
        window->session()->setModified(false);
    }

    void viewMenuGoesToEveryPage()
    {
        auto window = makeWindow(m_kb);
        enterProjectName(window.get(), QStringLiteral("Portal"));
        for (int id : window->wizard()->pageOrder()) {
            const QString key = window->wizard()->pageKey(id);
            widget<QAction>(window.get(), QStringLiteral("action_goto_") + key)->trigger();
            QCOMPARE(window->wizard()->currentId(), id);
        }
        window->session()->setModified(false);
    }

    void recentFilesKeepTheLatestEight()
    {
        auto window = makeWindow(m_kb);
        enterProjectName(window.get(), QStringLiteral("Portal"));
        QStringList paths;
        for (int i = 0; i < MainWindow::MaxRecentFiles + 2; ++i) {
            paths.prepend(m_dir.filePath(QStringLiteral("recent%1.yaml").arg(i)));
            QVERIFY(window->saveAs(paths.first()));
        }
        QCOMPARE(window->recentFiles(), paths.mid(0, MainWindow::MaxRecentFiles));
        auto *list = widget<QListWidget>(window.get(), QStringLiteral("recent_files"));
        QCOMPARE(list->count(), MainWindow::MaxRecentFiles);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), paths.first());
    }

    // A recent file that is gone is shown greyed out and cannot be opened from the list or menu.
    void missingRecentFilesAreGreyedOut()
    {
        auto window = makeWindow(m_kb);
        enterProjectName(window.get(), QStringLiteral("Portal"));
        const QString kept = m_dir.filePath(QStringLiteral("kept.yaml"));
        const QString gone = m_dir.filePath(QStringLiteral("gone.yaml"));
        QVERIFY(window->saveAs(gone));
        QVERIFY(window->saveAs(kept));
        QVERIFY(QFile::remove(gone));
        window->session()->setModified(false);
        auto fresh = makeWindow(m_kb); // reads the list at start
        auto *list = widget<QListWidget>(fresh.get(), QStringLiteral("recent_files"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), kept);
        QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
        QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), gone);
        QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled));
        QVERIFY(list->item(1)->toolTip().contains(QLatin1String("not found")));
        auto *menu = widget<QMenu>(fresh.get(), QStringLiteral("menu_recent"));
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() >= 2);
        QVERIFY(actions.at(0)->isEnabled());
        QVERIFY(!actions.at(1)->isEnabled());
        window->session()->setModified(false);
    }

    void groupShowsWhoAnsweredWhat()
    {
        const QString alice = m_dir.filePath(QStringLiteral("alice.yaml"));
        const QString bob = m_dir.filePath(QStringLiteral("bob.yaml"));
        Answers a;
        a.project = {QStringLiteral("Portal"), QStringLiteral("Alice"), {}};
        a.answers.insert(QStringLiteral("realtime"), {QStringLiteral("core")});
        a.answers.insert(QStringLiteral("team_language"), {QStringLiteral("python")});
        Answers b = a;
        b.project.author = QStringLiteral("Bob");
        b.answers.insert(QStringLiteral("realtime"), {QStringLiteral("none")});
        QVERIFY(AnswersFile::save(alice, a, m_kb));
        QVERIFY(AnswersFile::save(bob, b, m_kb));

        auto window = makeWindow(m_kb);
        QVERIFY(window->openGroup({alice, bob}));
        QVERIFY(window->session()->isGroup());
        QVERIFY(window->session()->evaluation().group.has_value());
        QCOMPARE(window->session()->evaluation().group->members.size(), 2);
        QVERIFY(widget<QLabel>(window.get(), QStringLiteral("group_members"))->text()
                    .contains(QLatin1String("Bob")));
        goTo(window.get(), QStringLiteral("backend"));
        auto *members = widget<QLabel>(window.get(), QStringLiteral("q_realtime_members"));
        QVERIFY(members->isVisible());
        QVERIFY(members->text().contains(QLatin1String("Alice: Core of the product")));
        QVERIFY(members->text().contains(QLatin1String("Bob: Not needed")));
        QVERIFY(!widget<QRadioButton>(window.get(), QStringLiteral("q_realtime_core"))->isEnabled());
        // The answer both gave is shown as the group's.
        goTo(window.get(), QStringLiteral("team"));
        QVERIFY(widget<QRadioButton>(window.get(), QStringLiteral("q_team_language_python"))->isChecked());

        // Opening a single file leaves group mode.
        QVERIFY(window->openFile(alice));
        QVERIFY(!window->session()->isGroup());
        QVERIFY(widget<QRadioButton>(window.get(), QStringLiteral("q_team_language_python"))->isEnabled());
    }

    void defaultKnowledgeBaseBuildsEveryPage()
    {
        const KbLoader::Result result = KbLoader::loadDefault();
        QVERIFY2(result.ok() && !result.kb.areas.isEmpty(), "the default knowledge base must load");
        auto window = makeWindow(result.kb);
        QCOMPARE(window->wizard()->pageOrder().size(), result.kb.areas.size() + 4);
        visitEveryPage(window.get());
        for (const Question &q : result.kb.questions)
            for (const Option &o : q.options)
                QVERIFY2(window->findChild<QAbstractButton *>(QStringLiteral("q_%1_%2").arg(q.id, o.id)),
                         qPrintable(q.id + QLatin1Char('/') + o.id));
    }
};

QTEST_MAIN(TestWizard)
#include "test_wizard.moc"
