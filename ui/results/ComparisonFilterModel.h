// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

// Filters the comparison's criterion rows by name (the filter regular expression); the score,
// pros and cons rows always stay, since they frame every comparison.
class ComparisonFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};
