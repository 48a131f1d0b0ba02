// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class DecisionSession;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

// First page: the project (name required, author, notes), opening an answers file or a group,
// and the recent files. Edits go straight into the session.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(DecisionSession *session, QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);

signals:
    void openFileRequested();
    void openGroupRequested();
    void openRecentRequested(const QString &path);

private:
    void syncFromSession();
    void writeProject();

    DecisionSession *m_session;
    QLineEdit *m_name;
    QLabel *m_nameHint;
    QLineEdit *m_author;
    QPlainTextEdit *m_notes;
    QWidget *m_column;
    QVBoxLayout *m_layout;
    // Built on first need: most starts have neither a group nor, the first time, recent files.
    QListWidget *m_recent = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_groupLabel = nullptr;
    bool m_syncing = false;
};
