// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class ChartWidget;
class ComparisonFilterModel;
class ComparisonTableModel;
class DecisionSession;
class QAbstractItemModel;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTransposeProxyModel;

// Compare tab: one area's candidates as columns, sortable by any row ("Sort by") and filterable
// by criterion name, with the criteria radar of the first columns beside it.
//
// QSortFilterProxyModel sorts rows only, so the columns are sorted by transposing: source ->
// transpose (candidates become rows) -> QSortFilterProxyModel (sorts them by the chosen row, now
// a column) -> transpose back -> ComparisonFilterModel (criterion rows by name) -> view.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ProfileCandidates = 4;

    explicit ComparisonView(DecisionSession *session, QWidget *parent = nullptr);

    void setAreaId(const QString &areaId);
    // Orders the candidate columns by the values of `sourceRow` of ComparisonTableModel.
    void sortByRow(int sourceRow, Qt::SortOrder order = Qt::DescendingOrder);
    void setFilterText(const QString &text);

    ComparisonTableModel *sourceModel() const { return m_model; }
    QAbstractItemModel *displayModel() const; // what the table shows
    ChartWidget *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillAreas();
    void fillSortRows();
    void updateChart();

    DecisionSession *m_session;
    ComparisonTableModel *m_model;
    QTransposeProxyModel *m_transpose;
    QSortFilterProxyModel *m_sorter;
    QTransposeProxyModel *m_transposeBack;
    ComparisonFilterModel *m_filter;
    QComboBox *m_area;
    QComboBox *m_sortBy;
    QComboBox *m_order;
    QLineEdit *m_filterEdit;
    QTableView *m_table;
    ChartWidget *m_chart;
    QSplitter *m_splitter = nullptr;
    bool m_splitSet = false;
};
