// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QMap>

class DecisionSession;
class QGridLayout;
class QLabel;

// The live leader panel of the question pages: the current leader of every area and the best
// whole stack, as the session's Evaluation says. Refreshed on every evaluationChanged while
// shown; hidden (the Welcome and Results pages), it only notes that it is out of date and
// refreshes when shown, so it never asks for an evaluation nobody sees.
class LeaderPanel : public QFrame
{
    Q_OBJECT
public:
    explicit LeaderPanel(DecisionSession *session, QWidget *parent = nullptr);

    // Plain text of the panel (for tests and accessibility); brought up to date first.
    QString summaryText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void onEvaluationChanged();
    QString candidateName(const QString &id) const;

    DecisionSession *m_session;
    QGridLayout *m_grid;
    QMap<QString, QLabel *> m_leaderLabels; // area id -> "React · 78"
    QLabel *m_stackLabel;
    bool m_stale = true;
};
