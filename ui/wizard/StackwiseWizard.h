// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWizard>

class DecisionSession;
class LeaderPanel;
class QListWidget;
class QVBoxLayout;
class WelcomePage;

// The decision wizard: Welcome, Team, one page per area of the knowledge base (in KB order),
// the optional "Compare what matters" (pairwise importance), Results. Pages are generated from the KB; all state lives in the DecisionSession, so Back and
// Next never lose answers. Embedded in MainWindow, it never closes itself.
class StackwiseWizard : public QWizard
{
    Q_OBJECT
public:
    // Area pages take the ids Page_FirstArea, Page_FirstArea + 1, ... in KB order.
    enum PageId { Page_Welcome = 0, Page_Team = 1, Page_FirstArea = 2, Page_Pairwise = 9000, Page_Results = 10000 };

    explicit StackwiseWizard(DecisionSession *session, QWidget *parent = nullptr);

    // "welcome", "team", an area id, "pairwise" or "results".
    QString pageKey(int id) const;
    int pageIdForKey(const QString &key) const;
    // Visited-or-not, every page id in order.
    QList<int> pageOrder() const { return m_order; }
    QString pageTitle(int id) const;

    // Moves with Next/Back until `id` is current; stops early where Next is not allowed
    // (e.g. no project name yet).
    void goToPage(int id);

    WelcomePage *welcomePage() const { return m_welcome; }
    // Null until a question page was shown: the panel is built on first need.
    LeaderPanel *leaderPanel() const { return m_leaderPanel; }

    void done(int result) override;

private:
    void onPageChanged(int id);

    DecisionSession *m_session;
    WelcomePage *m_welcome = nullptr;
    LeaderPanel *m_leaderPanel = nullptr;
    QListWidget *m_steps = nullptr;
    QVBoxLayout *m_sideLayout = nullptr;
    QList<int> m_order;
    QStringList m_areaIds; // index i has page id Page_FirstArea + i
};
