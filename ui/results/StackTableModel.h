// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "SessionTableModel.h"

#include <QStringList>

// The best whole stacks, best first: rank, one column per area of the knowledge base (any
// number of areas), score, synergies.
class StackTableModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Roles {
        StackIndexRole = Qt::UserRole + 1, // int: index into Evaluation::stacks
        CandidateIdRole,                   // QString, area columns
        AreaIdRole,                        // QString, area columns
        ScoreRole                          // double, score column
    };

    explicit StackTableModel(DecisionSession *session, QObject *parent = nullptr);

    // Columns: rank, then the areas (KB order), then score and synergies.
    int areaColumn(const QString &areaId) const; // -1 when unknown
    int scoreColumn() const { return 1 + int(m_areas.size()); }
    int synergyColumn() const { return 2 + int(m_areas.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_areas;
    QList<StackResult> m_stacks; // snapshot, replaced only inside a model reset

    void reload() override;
};
