// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class BreakdownView;
class ChartWidget;
class ComparisonView;
class DecisionSession;
class DisagreementModel;
class QLabel;
class QTabWidget;
class QVBoxLayout;
class SensitivityView;
class SideBySideView;
class StackTableModel;
class WhatIfPanel;

// The wizard's last page: everything the evaluation says, in tabs — Overview (recommended stack,
// warnings, best stacks, score bars), Rankings (one table per area), Compare, Side by side,
// Breakdown, Sensitivity, What-if, and Group (only in group mode). Every number shown comes from
// DecisionSession::evaluation(); the page and its views only format.
class ResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Tab { OverviewTab, RankingsTab, CompareTab, SideBySideTab, BreakdownTab, SensitivityTab,
               WhatIfTab, GroupTab };

    explicit ResultsPage(DecisionSession *session, QWidget *parent = nullptr);

    // The tab widget is built on first use; a tab's contents only once it has been shown.
    QTabWidget *tabs();
    QString headline() const;

    void initializePage() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureTabWidget();
    void ensureBuilt();
    void ensureTab(int index);
    QWidget *createOverview();
    QWidget *createRankings();
    QWidget *createWhatIf();
    QWidget *createGroup();
    void refresh();
    QString recommendedText() const;

    DecisionSession *m_session;
    QVBoxLayout *m_layout;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_departures = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_whatIfHeadline = nullptr;
    StackTableModel *m_stacks = nullptr;
    ComparisonView *m_compare = nullptr;
    SideBySideView *m_sideBySide = nullptr;
    BreakdownView *m_breakdown = nullptr;
    SensitivityView *m_sensitivity = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    DisagreementModel *m_disagreements = nullptr;
    bool m_built = false;      // shown at least once: the current tab gets built
    quint32 m_builtTabs = 0;   // bit i: tab i has its contents
};
