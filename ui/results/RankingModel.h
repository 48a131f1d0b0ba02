// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "SessionTableModel.h"


// One area's ranking, best first: rank, candidate, score, strong for. Follows the session.
class RankingModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Columns { RankColumn, CandidateColumn, ScoreColumn, StrongForColumn, ColumnCount };
    enum Roles {
        CandidateIdRole = Qt::UserRole + 1, // QString
        ScoreRole,                          // double, also used for sorting
        IsPinnedRole                        // bool
    };

    RankingModel(DecisionSession *session, const QString &areaId, QObject *parent = nullptr);

    QString areaId() const { return m_areaId; }
    void setAreaId(const QString &areaId);
    QString candidateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_areaId;
    AreaResult m_area; // snapshot, replaced only inside a model reset

    void reload() override;
};
