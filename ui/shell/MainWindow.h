// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ScoringEngine.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>

class AutosaveManager;
class CompareDialog;
class DecisionSession;
class KnowledgeBase;
class MessageBar;
class QAction;
class QMenu;
class ReportActions;
class StackwiseWizard;

// The application window: menus, the inline message bar and the embedded wizard. Owns the
// DecisionSession and everything about files: open, save, recent files, the modified mark,
// autosave and its restore.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class SaveChoice { Save, Discard, Cancel };
    // The questions asked in message boxes; tests replace them so nothing blocks.
    using SaveChangesPrompt = std::function<SaveChoice(MainWindow *window)>;
    using RestorePrompt = std::function<bool(MainWindow *window, const QString &projectName)>;

    static constexpr int MaxRecentFiles = 8;

    // An empty `autosavePath` means AutosaveManager::defaultPath().
    explicit MainWindow(const KnowledgeBase &kb, QWidget *parent = nullptr,
                        const QString &autosavePath = {});
    // With the engine already made from the knowledge base (at start, on a worker thread).
    explicit MainWindow(ScoringEngine engine, QWidget *parent = nullptr, const QString &autosavePath = {});
    ~MainWindow() override;

    // True while a report export still renders on its worker (the destructor waits for it).
    bool isExporting() const;

    DecisionSession *session() const { return m_session; }
    StackwiseWizard *wizard() const { return m_wizard; }
    MessageBar *messageBar() const { return m_messageBar; }
    AutosaveManager *autosave() const { return m_autosave; }
    QStringList recentFiles() const;

    void setSaveChangesPrompt(SaveChangesPrompt prompt) { m_saveChangesPrompt = std::move(prompt); }
    void setRestorePrompt(RestorePrompt prompt) { m_restorePrompt = std::move(prompt); }

public slots:
    // At start: if an autosave is left from a session that did not end cleanly, ask whether to
    // restore it. Returns true when it was restored.
    bool offerAutosaveRestore();
    void newDecision();
    // These ask "Save changes?" first when needed; errors go to the message bar.
    bool openFile(const QString &path);
    // File > Compare With… without the file dialog: the dialog showing what changed from the
    // decision in `path` to this one (not yet shown), or nullptr after showing why not.
    CompareDialog *compareWith(const QString &path);
    bool openGroup(const QStringList &paths);
    bool save();
    bool saveAs(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void loadWindowIcon();
    void loadMenuIcons();
    void createActions();
    void createMenus();
    void openWithDialog();
    void compareWithDialog();
    QString windowTitleFileName() const;
    void openGroupWithDialog();
    bool saveAsWithDialog();
    void clearCurrentPage();
    void showAbout();
    void showPreferences();
    bool maybeSave();
    void updateTitle();
    void updateActions();
    void addRecentFile(const QString &path);
    void updateRecentFiles();
    void readSettings();
    void writeSettings() const;
    QString dialogDirectory() const;

    DecisionSession *m_session;
    StackwiseWizard *m_wizard;
    MessageBar *m_messageBar;
    AutosaveManager *m_autosave;
    ReportActions *m_reports;
    SaveChangesPrompt m_saveChangesPrompt;
    bool m_iconsLoaded = false; // loadWindowIcon() is queued by the first paint
    bool m_menuIconsLoaded = false;
    QByteArray m_geometryAtStart; // saveGeometry() and saveState() at the first paint
    QByteArray m_stateAtStart;
    RestorePrompt m_restorePrompt;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openGroupAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportRecordAction = nullptr;
    QAction *m_exportStarterAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetWeightsAction = nullptr;
    QAction *m_clearPageAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};
