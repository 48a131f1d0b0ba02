// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "RowHeightFitter.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

RowHeightFitter::RowHeightFitter(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &RowHeightFitter::schedule);
    if (QAbstractItemModel *model = m_table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &RowHeightFitter::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &RowHeightFitter::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RowHeightFitter::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &RowHeightFitter::schedule);
    }
    schedule();
}

void RowHeightFitter::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        m_table->resizeRowsToContents();
    });
}
