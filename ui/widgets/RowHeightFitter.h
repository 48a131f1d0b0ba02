// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTableView;

// Keeps a table's rows as tall as their wrapped text: after model changes and whenever a column
// changes width (a stretched column only gets its width once the view is laid out), rows are
// resized once, on the next event loop turn, however many sections moved.
class RowHeightFitter : public QObject
{
    Q_OBJECT
public:
    explicit RowHeightFitter(QTableView *table);

    void schedule();

private:
    QTableView *m_table;
    bool m_pending = false;
};
