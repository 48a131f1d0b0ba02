// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWizardPage>

class DecisionSession;
class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QVBoxLayout;
class QWidget;
struct Question;

// One wizard page generated from the knowledge base: the "team" page or the page of an area.
// Single questions are radio buttons plus "Not sure" (unanswered), multi questions check boxes;
// the KB's help text sits beside each question. An area page can be pinned to a candidate, which
// skips its questions. All state lives in the DecisionSession; the page only mirrors it.
// The widgets are built when the page is first entered or shown, not with the wizard.
class QuestionPage : public QWizardPage
{
    Q_OBJECT
public:
    QuestionPage(DecisionSession *session, const QString &pageKey, QWidget *parent = nullptr);

    QString pageKey() const { return m_pageKey; }
    bool isAreaPage() const { return m_isArea; }

    void initializePage() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct QuestionWidgets
    {
        QString questionId;
        bool multi = false;
        QButtonGroup *group = nullptr;          // single questions
        QAbstractButton *unsure = nullptr;      // single questions
        QList<QPair<QString, QAbstractButton *>> options; // option id -> button
        QLabel *members = nullptr;              // group mode: who answered what
    };

    void ensureBuilt();
    QWidget *buildQuestion(const Question &question, QWidget *parent);
    void buildPinRow(QWidget *parent, QVBoxLayout *layout);
    void onButtonToggled(const QuestionWidgets &widgets);
    void syncFromSession();

    DecisionSession *m_session;
    QString m_pageKey;
    QComboBox *m_pinCombo = nullptr;
    QLabel *m_pinNote = nullptr;
    QLabel *m_groupNote = nullptr;
    QWidget *m_questionsBox = nullptr;
    QList<QuestionWidgets> m_questions;
    bool m_syncing = false;
    bool m_isArea = false;
    bool m_built = false;
};
