// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class BreakdownModel;
class DecisionSession;
class QComboBox;
class QLabel;
class QTableView;

// Breakdown tab: the contributions behind any candidate's score, each with its reason.
class BreakdownView : public QWidget
{
    Q_OBJECT
public:
    explicit BreakdownView(DecisionSession *session, QWidget *parent = nullptr);

    void showCandidate(const QString &areaId, const QString &candidateId);
    BreakdownModel *model() const { return m_model; }

private:
    void fillCandidates();
    void updateTotal();
    void updateEvidence();

    DecisionSession *m_session;
    BreakdownModel *m_model;
    QComboBox *m_area;
    QComboBox *m_candidate;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_total;
    QLabel *m_evidence;
};
