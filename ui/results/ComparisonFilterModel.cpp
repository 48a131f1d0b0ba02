// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ComparisonFilterModel.h"

#include "ComparisonTableModel.h"

bool ComparisonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const QAbstractItemModel *source = sourceModel();
    const int kind = source->headerData(sourceRow, Qt::Vertical, ComparisonTableModel::RowKindRole).toInt();
    if (kind != ComparisonTableModel::CriterionRow)
        return true;
    const QString name = source->headerData(sourceRow, Qt::Vertical, ComparisonTableModel::RowNameRole).toString();
    return name.contains(filterRegularExpression());
}
