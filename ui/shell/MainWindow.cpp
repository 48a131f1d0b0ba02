// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "AnswersFile.h"
#include "AutosaveManager.h"
#include "CompareDialog.h"
#include "DecisionSession.h"
#include "MessageBar.h"
#include "Currency.h"
#include "Preferences.h"
#include "PairwisePage.h"
#include "PreferencesDialog.h"
#include "QuestionPage.h"
#include "ReportActions.h"
#include "ReportReader.h"
#include "ScoringEngine.h"
#include "StackwiseWizard.h"
#include "SvgIconEngine.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
const auto RecentFilesKey = QLatin1String("recentFiles");
const auto GeometryKey = QLatin1String("window/geometry");
const auto StateKey = QLatin1String("window/state");
const auto LastDirKey = QLatin1String("lastDirectory");

QStringList diagnosticLines(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines;
}
} // namespace

MainWindow::MainWindow(const KnowledgeBase &kb, QWidget *parent, const QString &autosavePath)
    : MainWindow(ScoringEngine(kb), parent, autosavePath)
{
}

MainWindow::MainWindow(ScoringEngine engine, QWidget *parent, const QString &autosavePath)
    : QMainWindow(parent)
    , m_session(new DecisionSession(std::move(engine), this))
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messageBar = new MessageBar(central);
    layout->addWidget(m_messageBar);
    // Said once, at start, and never again in this window: facts in this field age fast.
    if (Currency::isOldKnowledgeBase(kb.builtinDate(), Currency::today()))
        m_messageBar->showInfo(tr("The built-in knowledge base dates from %1, more than a year ago: ratings marked "
                                  "\u201cmay be out of date\u201d deserve a check before you decide.")
                                   .arg(kb.builtinDate()));
    m_wizard = new StackwiseWizard(m_session, central);
    m_wizard->setWindowFlags(Qt::Widget);
    layout->addWidget(m_wizard, 1);
    setCentralWidget(central);

    m_autosave = new AutosaveManager(
        m_session, autosavePath.isEmpty() ? AutosaveManager::defaultPath() : autosavePath, this);
    m_autosave->setEnabled(Preferences::load().autosave);
    m_reports = new ReportActions(m_session, this);

    m_saveChangesPrompt = [](MainWindow *window) {
        const QString name = window->m_session->answers().project.name;
        QMessageBox box(QMessageBox::Warning, tr("Save Changes?"),
                        name.isEmpty() ? tr("This decision has unsaved changes.")
                                       : tr("The decision “%1” has unsaved changes.").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window);
        box.setInformativeText(tr("Do you want to save them?"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return SaveChoice::Save;
        case QMessageBox::Discard:
            return SaveChoice::Discard;
        default:
            return SaveChoice::Cancel;
        }
    };
    m_restorePrompt = [](MainWindow *window, const QString &projectName) {
        QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Work?"),
                        tr("Stackwise did not close properly last time. Unsaved answers were "
                           "kept."), QMessageBox::NoButton, window);
        box.setInformativeText(projectName.isEmpty()
                                   ? tr("Restore them?")
                                   : tr("Restore the answers of “%1”?").arg(projectName));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restore);
        box.exec();
        return box.clickedButton() == restore;
    };

    createActions();
    createMenus();

    WelcomePage *welcome = m_wizard->welcomePage();
    connect(welcome, &WelcomePage::openFileRequested, this, &MainWindow::openWithDialog);
    connect(welcome, &WelcomePage::openGroupRequested, this, &MainWindow::openGroupWithDialog);
    connect(welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openFile);
    connect(m_session, &DecisionSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DecisionSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DecisionSession::answersChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DecisionSession::answersChanged, this, &MainWindow::updateActions);
    connect(m_wizard, &QWizard::currentIdChanged, this, &MainWindow::updateActions);
    connect(m_autosave, &AutosaveManager::failed, this, [this](const QString &message) {
        m_messageBar->showError(tr("Autosave failed"), {message});
    });

    readSettings();
    updateRecentFiles();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

bool MainWindow::isExporting() const
{
    return m_reports->isExporting();
}

// The window icon is set right after the first frame, which does not need it. It comes from the
// compiled-in SVG, not from the icon theme: the package installs that same SVG as the theme's
// copy, and a theme lookup at start costs more than the window gains from it.
void MainWindow::loadWindowIcon()
{
    QApplication::setWindowIcon(QIcon(new SvgIconEngine(QStringLiteral(":/icons/stackwise.svg"))));
}

// The actions' themed icons show only in the menus, so they are looked up when a menu first
// opens (a few milliseconds of icon-theme index reading that a start does not spend).
void MainWindow::loadMenuIcons()
{
    if (m_menuIconsLoaded)
        return;
    m_menuIconsLoaded = true;
    const std::pair<QAction *, const char *> themed[] = {
        {m_newAction, "document-new"},       {m_openAction, "document-open"},
        {m_saveAction, "document-save"},     {m_saveAsAction, "document-save-as"},
        {m_printAction, "document-print"},   {m_quitAction, "application-exit"},
        {m_preferencesAction, "preferences-system"},
    };
    for (const auto &[action, name] : themed)
        action->setIcon(QIcon::fromTheme(QLatin1String(name)));
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_iconsLoaded) {
        m_iconsLoaded = true;
        // Where the window opened: closing it there writes nothing (see writeSettings).
        m_geometryAtStart = saveGeometry();
        m_stateAtStart = saveState();
        QTimer::singleShot(0, this, &MainWindow::loadWindowIcon); // once this frame is on screen
    }
    return QMainWindow::event(event);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setObjectName(QStringLiteral("action_new"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new decision"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDecision);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("action_open"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWithDialog);

    m_openGroupAction = new QAction(tr("Open &Group…"), this);
    m_openGroupAction->setObjectName(QStringLiteral("action_open_group"));
    m_openGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openGroupAction->setStatusTip(tr("Open several members' answers files as one decision"));
    connect(m_openGroupAction, &QAction::triggered, this, &MainWindow::openGroupWithDialog);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("action_save"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("action_save_as"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAsWithDialog);

    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("action_export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, m_reports, &ReportActions::exportReport);

    m_compareAction = new QAction(tr("Co&mpare With…"), this);
    m_compareAction->setObjectName(QStringLiteral("action_compare"));
    m_compareAction->setStatusTip(tr("See what changed from another decision (answers file or report) to this one"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareWithDialog);

    m_exportRecordAction = new QAction(tr("Decision &Record into Folder…"), this);
    m_exportRecordAction->setObjectName(QStringLiteral("action_export_record"));
    m_exportRecordAction->setStatusTip(tr("Add the decision record to a folder of records such as docs/decisions, "
                                          "numbered, superseding this project's earlier one"));
    connect(m_exportRecordAction, &QAction::triggered, m_reports, &ReportActions::exportRecordToFolder);

    m_exportStarterAction = new QAction(tr("S&tarter Folder…"), this);
    m_exportStarterAction->setObjectName(QStringLiteral("action_export_starter"));
    m_exportStarterAction->setStatusTip(tr("Write a folder to start the project from: the official create commands, "
                                           "compose.yaml, .env.example, the record and the answers"));
    connect(m_exportStarterAction, &QAction::triggered, m_reports, &ReportActions::exportStarter);

    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("action_print"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, m_reports, &ReportActions::print);

    m_printPreviewAction = new QAction(tr("Print Pre&view…"), this);
    m_printPreviewAction->setObjectName(QStringLiteral("action_print_preview"));
    m_printPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_printPreviewAction, &QAction::triggered, m_reports, &ReportActions::printPreview);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("action_quit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_resetWeightsAction = new QAction(tr("&Reset What-If Weights"), this);
    m_resetWeightsAction->setObjectName(QStringLiteral("action_reset_weights"));
    m_resetWeightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_resetWeightsAction->setStatusTip(tr("Return every importance to what your answers give"));
    connect(m_resetWeightsAction, &QAction::triggered, m_session, &DecisionSession::resetWeights);

    m_clearPageAction = new QAction(tr("&Clear Answers of This Page"), this);
    m_clearPageAction->setObjectName(QStringLiteral("action_clear_page"));
    connect(m_clearPageAction, &QAction::triggered, this, &MainWindow::clearCurrentPage);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("action_preferences"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    // The platform's binding where it has one (Ctrl+, on macOS); Linux desktops have none.
    const QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_preferencesAction->setShortcuts(preferencesKeys.isEmpty()
                                          ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                          : preferencesKeys);
    m_preferencesAction->setStatusTip(tr("Language, export defaults, page size and autosave"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(tr("&About Stackwise"), this);
    m_aboutAction->setObjectName(QStringLiteral("action_about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("action_about_qt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_openGroupAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menu_recent"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_compareAction);
    file->addAction(m_exportAction);
    file->addAction(m_exportRecordAction);
    file->addAction(m_exportStarterAction);
    file->addAction(m_printAction);
    file->addAction(m_printPreviewAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_resetWeightsAction);
    edit->addAction(m_clearPageAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *goTo = view->addMenu(tr("&Go to Page"));
    const QList<int> order = m_wizard->pageOrder();
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int id = order.at(i);
        auto *action = goTo->addAction(m_wizard->pageTitle(id));
        action->setObjectName(QStringLiteral("action_goto_%1").arg(m_wizard->pageKey(id)));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, id] { m_wizard->goToPage(id); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    for (QMenu *menu : {file, edit, view, help})
        connect(menu, &QMenu::aboutToShow, this, &MainWindow::loadMenuIcons);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList();
}

bool MainWindow::offerAutosaveRestore()
{
    if (!m_autosave->hasAutosave())
        return false;
    Diagnostics diagnostics;
    const std::optional<Answers> answers = m_autosave->load(&diagnostics);
    if (!answers) {
        // Keep the file: the knowledge base may have changed, and the user can still read it.
        m_messageBar->showError(tr("The autosaved answers could not be restored"),
                                diagnosticLines(diagnostics));
        return false;
    }
    const QString originalPath = m_autosave->originalFilePath();
    if (!m_restorePrompt(this, answers->project.name)) {
        m_autosave->discard();
        return false;
    }
    m_session->setAnswers(*answers);
    m_session->setFilePath(originalPath);
    m_session->setModified(true); // restored work is not saved yet
    m_messageBar->showInfo(tr("Unsaved answers were restored. Save them to keep them."));
    return true;
}

void MainWindow::newDecision()
{
    if (!maybeSave())
        return;
    m_session->setAnswers(Answers{});
    m_session->setFilePath(QString());
    m_session->setModified(false);
    m_reports->setReopenedFrom({});
    m_messageBar->hide();
    m_wizard->restart();
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    Diagnostics diagnostics;
    const std::optional<ReportReader::Decision> decision =
        ReportReader::load(path, m_session->knowledgeBase(), &diagnostics);
    if (!decision) {
        m_messageBar->showError(tr("Could not open %1").arg(QDir::toNativeSeparators(path)),
                                diagnosticLines(diagnostics));
        return false;
    }
    m_session->setAnswers(decision->answers);
    m_reports->setReopenedFrom(decision->madeWith);
    addRecentFile(QFileInfo(path).absoluteFilePath());
    if (decision->madeWith.isEmpty()) {
        m_session->setFilePath(QFileInfo(path).absoluteFilePath());
        m_session->setModified(false);
        m_messageBar->hide();
        return true;
    }
    // A reopened report: Save must never write answers over the report, so the decision is
    // untitled and unsaved until the user names an answers file.
    m_session->setFilePath(QString());
    m_session->setModified(true);
    QString text = tr("Reopened the decision that %1 was made from; Save asks for a name for its answers file.")
                       .arg(QFileInfo(path).fileName());
    if (const QString change = decision->madeWith.knowledgeBaseChange(m_session->knowledgeBase()); !change.isEmpty())
        text += QLatin1Char(' ') + change;
    m_messageBar->showInfo(text);
    return true;
}

bool MainWindow::openGroup(const QStringList &paths)
{
    if (paths.isEmpty() || !maybeSave())
        return false;
    QList<QPair<QString, Answers>> members;
    QStringList errors;
    for (const QString &path : paths) {
        Diagnostics diagnostics;
        const std::optional<ReportReader::Decision> decision =
            ReportReader::load(path, m_session->knowledgeBase(), &diagnostics);
        if (decision)
            members.append({QFileInfo(path).absoluteFilePath(), decision->answers});
        else
            errors += diagnosticLines(diagnostics);
    }
    if (!errors.isEmpty()) {
        m_messageBar->showError(tr("Could not open the group: %n file(s) have errors", nullptr,
                                   int(paths.size() - members.size())), errors);
        return false;
    }
    m_session->setGroupMembers(members);
    m_reports->setReopenedFrom({});
    m_session->setFilePath(QString());
    m_session->setModified(false);
    m_messageBar->showInfo(tr("Group decision of %n member(s). The question pages show who "
                              "answered what; Results lists the disagreements.", nullptr,
                              int(members.size())));
    return true;
}

bool MainWindow::save()
{
    if (m_session->filePath().isEmpty())
        return saveAsWithDialog();
    return saveAs(m_session->filePath());
}

bool MainWindow::saveAs(const QString &path)
{
    QString error;
    if (!AnswersFile::save(path, m_session->effectiveAnswers(), m_session->knowledgeBase(), &error)) {
        m_messageBar->showError(tr("Could not save %1").arg(QDir::toNativeSeparators(path)),
                                {error});
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_session->setFilePath(absolute);
    m_session->setModified(false); // also removes the autosave
    m_messageBar->hide();
    addRecentFile(absolute);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return true;
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Answers File"), dialogDirectory(),
        tr("Answers files (*.yaml *.yml);;Reports made by Stackwise (*.html *.htm *.md *.json *.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openGroupWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Group: Choose the Members' Answers Files"), dialogDirectory(),
        tr("Answers files (*.yaml *.yml);;Reports made by Stackwise (*.html *.htm *.md *.json *.pdf);;All files (*)"));
    if (paths.isEmpty())
        return;
    QSettings().setValue(LastDirKey, QFileInfo(paths.first()).absolutePath());
    openGroup(paths);
}

bool MainWindow::saveAsWithDialog()
{
    QString suggested = m_session->filePath();
    if (suggested.isEmpty()) {
        QString name = m_session->answers().project.name.trimmed();
        name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
        suggested = dialogDirectory() + QLatin1Char('/')
            + (name.isEmpty() ? QStringLiteral("answers") : name.toLower())
            + QLatin1String(".yaml");
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Answers File"), suggested,
                                                tr("Answers files (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".yaml");
    QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
    return saveAs(path);
}

void MainWindow::clearCurrentPage()
{
    const QString key = m_wizard->pageKey(m_wizard->currentId());
    if (qobject_cast<QuestionPage *>(m_wizard->currentPage()))
        m_session->clearPage(key);
    else if (qobject_cast<PairwisePage *>(m_wizard->currentPage()))
        m_session->setPairwise({});
}

void MainWindow::showAbout()
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    QMessageBox::about(
        this, tr("About Stackwise"),
        tr("Stackwise %1\n\nA decision wizard for choosing a web stack with your team: it ranks "
           "the candidates of every area and the best whole stacks, and explains every score.\n\n"
           "Knowledge base %2 (%3): %n rule(s).", nullptr, kb.ruleCount())
            .arg(QCoreApplication::applicationVersion(), kb.meta.version, kb.meta.date));
}

void MainWindow::showPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences after = dialog.preferences();
    after.save();
    m_autosave->setEnabled(after.autosave);
    // Export and print read the other choices each time they run.
    if (after.language != before.language)
        m_messageBar->showInfo(tr("The new language applies the next time Stackwise starts."));
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified())
        return true;
    switch (m_saveChangesPrompt(this)) {
    case SaveChoice::Save:
        return save();
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::updateTitle()
{
    QString name;
    if (m_session->isGroup())
        name = tr("Group decision");
    else if (!m_session->filePath().isEmpty())
        name = QFileInfo(m_session->filePath()).fileName();
    else if (!m_session->answers().project.name.trimmed().isEmpty())
        name = m_session->answers().project.name.trimmed();
    else
        name = tr("Untitled");
    // "[*]" is where Qt shows the modified mark.
    setWindowTitle(tr("%1[*] — Stackwise").arg(name));
    setWindowModified(m_session->isModified());
}

void MainWindow::updateActions()
{
    m_clearPageAction->setEnabled(!m_session->isGroup()
                                  && (qobject_cast<QuestionPage *>(m_wizard->currentPage())
                                      || qobject_cast<PairwisePage *>(m_wizard->currentPage())));
    m_resetWeightsAction->setEnabled(true);
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
    updateRecentFiles();
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = recentFiles();
    m_recentMenu->clear();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // Mnemonics 1..8 make the list usable from the keyboard.
        QString label = QFileInfo(path).fileName();
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        auto *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(label));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        // Kept, not dropped: the file may be on a drive that is not mounted right now.
        if (!QFileInfo::exists(path)) {
            action->setEnabled(false);
            action->setStatusTip(tr("%1 (not found)").arg(QDir::toNativeSeparators(path)));
        }
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(RecentFilesKey);
            updateRecentFiles();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_wizard->welcomePage()->setRecentFiles(files);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Roomy where the screen allows it, never larger than the screen: a 1366x768 laptop
        // would otherwise get a window whose buttons sit below the task bar.
        QSize size(1280, 800);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    // Unchanged values are not written again: QSettings would rewrite and sync the whole file
    // on every close. Neither is a window the user never moved or resized: it opens in the
    // default size for whatever screen it meets next time.
    QSettings settings;
    const QByteArray geometry = saveGeometry();
    if (geometry != m_geometryAtStart && settings.value(GeometryKey).toByteArray() != geometry)
        settings.setValue(GeometryKey, geometry);
    const QByteArray state = saveState();
    if (state != m_stateAtStart && settings.value(StateKey).toByteArray() != state)
        settings.setValue(StateKey, state);
}

QString MainWindow::dialogDirectory() const
{
    if (!m_session->filePath().isEmpty())
        return QFileInfo(m_session->filePath()).absolutePath();
    const QString last = QSettings().value(LastDirKey).toString();
    return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                          : last;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autosave->discard(); // a clean exit: nothing to restore next time
    event->accept();
}

void MainWindow::compareWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare With"), dialogDirectory(),
        tr("Answers files (*.yaml *.yml);;Reports made by Stackwise (*.html *.htm *.md *.json *.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    if (CompareDialog *dialog = compareWith(path))
        dialog->open();
}

CompareDialog *MainWindow::compareWith(const QString &path)
{
    Diagnostics diagnostics;
    const std::optional<ReportReader::Decision> other = ReportReader::load(path, m_session->knowledgeBase(), &diagnostics);
    if (!other) {
        m_messageBar->showError(tr("Could not open %1").arg(QDir::toNativeSeparators(path)), diagnosticLines(diagnostics));
        return nullptr;
    }
    // The other decision is evaluated with this knowledge base, as this one is.
    const ScoringEngine engine(m_session->knowledgeBase());
    const DecisionDiff diff = DecisionDiff::compute(engine.evaluate(other->answers), m_session->evaluation());
    const DiffReportWriter::Sides sides{QFileInfo(path).fileName(), windowTitleFileName(), &m_session->knowledgeBase(),
                                        &m_session->knowledgeBase()};
    auto *dialog = new CompareDialog(diff, sides, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QString MainWindow::windowTitleFileName() const
{
    // Unsaved changes are not what the file holds.
    return m_session->filePath().isEmpty() || m_session->isModified() ? tr("this decision")
                                                                      : QFileInfo(m_session->filePath()).fileName();
}
