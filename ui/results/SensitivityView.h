// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class DecisionSession;
class QLabel;
class QTextBrowser;

// Sensitivity tab: how firm each area's winner is, in sentences; a warning banner when a winner
// is fragile; the synergies of the best stack; pins that break a constraint, with alternatives;
// and the constraints of the knowledge base.
// Its rich text is laid out only while shown: hidden, a change just marks it out of date.
class SensitivityView : public QWidget
{
    Q_OBJECT
public:
    explicit SensitivityView(DecisionSession *session, QWidget *parent = nullptr);

    bool isWarningShown() const;  // the fragile-winner banner
    QString warningText() const;
    QString plainText() const;    // the sentences, for tests and copying

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void onEvaluationChanged();
    void ensureCurrent() const;

    DecisionSession *m_session;
    QLabel *m_banner;
    QTextBrowser *m_text;
    bool m_stale = true;
};
