// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ColumnWidthFitter.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

ColumnWidthFitter::ColumnWidthFitter(QTableView *table, const QList<int> &keepWidth)
    : QObject(table)
    , m_table(table)
    , m_keepWidth(keepWidth)
{
    if (QAbstractItemModel *model = m_table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnWidthFitter::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnWidthFitter::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnWidthFitter::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnWidthFitter::schedule);
    }
    schedule();
}

void ColumnWidthFitter::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

void ColumnWidthFitter::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Interactive && !header->isSectionHidden(column)
            && !m_keepWidth.contains(column))
            m_table->resizeColumnToContents(column);
    }
}
