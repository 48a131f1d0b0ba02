// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "SessionTableModel.h"


// The contributions that make up one candidate's score, with their reasons. The Points column
// adds up to the score (the engine guarantees it; this model only shows the terms).
class BreakdownModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Columns { SourceColumn, ImportanceColumn, RatingColumn, PointsColumn, WhyColumn, EvidenceColumn, ColumnCount };
    enum Roles {
        PointsRole = Qt::UserRole + 1, // double
        KindRole,                      // Contribution::Kind (int)
        CriterionIdRole                // QString
    };

    explicit BreakdownModel(DecisionSession *session, QObject *parent = nullptr);

    void setCandidate(const QString &areaId, const QString &candidateId);
    QString areaId() const { return m_areaId; }
    QString candidateId() const { return m_candidateId; }
    bool hasScore() const { return m_found; }
    double score() const { return m_score.score; } // the candidate's score, as evaluated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void scoreChanged();

private:
    QString m_areaId;
    QString m_candidateId;
    CandidateScore m_score; // snapshot, replaced only inside a model reset
    bool m_found = false;

    void reload() override;
};
