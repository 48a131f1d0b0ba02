// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QTableView;

// Keeps a table's interactive columns as wide as their contents, measured once per model change
// on the next event loop turn. QHeaderView::ResizeToContents does the same but measures every
// cell again at each layout pass, several times while a page is first shown; here the user may
// also drag a column wider. Stretched columns, and the ones given as keepWidth (set once by
// the caller, for text that should wrap rather than widen the table), are left alone.
class ColumnWidthFitter : public QObject
{
    Q_OBJECT
public:
    explicit ColumnWidthFitter(QTableView *table, const QList<int> &keepWidth = {});

    void schedule();

private:
    void fit();

    QTableView *m_table;
    QList<int> m_keepWidth;
    bool m_pending = false;
};
