// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "SessionTableModel.h"


// Group mode: the questions the members answered differently, one row each, one column per
// member (after the question), so "who answered what" reads across a row.
class DisagreementModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Roles { QuestionIdRole = Qt::UserRole + 1, MemberFileRole };

    explicit DisagreementModel(DecisionSession *session, QObject *parent = nullptr);

    bool hasGroup() const { return m_group.has_value(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<GroupInfo> m_group; // snapshot, replaced only inside a model reset

    void reload() override;
};
