// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "SessionTableModel.h"

#include <QStringList>

// The comparison of one area's candidates: candidates as columns (best first), rows for the
// score, each criterion of the area (rating; tooltip: the reason), pros and cons. Candidates as
// columns reads like a product comparison sheet; ComparisonView sorts the columns by a row
// through a transpose-sort-transpose proxy chain.
class ComparisonTableModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum RowKind { ScoreRow, CriterionRow, ProsRow, ConsRow };
    Q_ENUM(RowKind)
    enum Roles {
        RowKindRole = Qt::UserRole + 1, // RowKind (int)
        CriterionIdRole,                // QString, criterion rows only
        CandidateIdRole,                // QString
        SortRole,                       // double: score, rating, or number of pros/cons
        RowNameRole                     // QString: the row's name, for filtering
    };

    ComparisonTableModel(DecisionSession *session, const QString &areaId, QObject *parent = nullptr);

    QString areaId() const { return m_areaId; }
    void setAreaId(const QString &areaId);
    RowKind rowKind(int row) const;
    QString criterionAt(int row) const;  // empty for non-criterion rows
    QString candidateAt(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rowName(int row) const;

    QString m_areaId;
    AreaResult m_area;       // snapshot, replaced only inside a model reset
    QStringList m_criteria;  // criterion ids of the area, KB order

    void reload() override;
};
