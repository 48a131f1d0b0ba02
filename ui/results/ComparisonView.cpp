// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ComparisonView.h"

#include "ChartWidget.h"
#include "ComparisonFilterModel.h"
#include "ComparisonTableModel.h"
#include "DecisionSession.h"
#include "ResultsText.h"
#include "RowHeightFitter.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTransposeProxyModel>
#include <QVBoxLayout>

#include <algorithm>

ComparisonView::ComparisonView(DecisionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ComparisonTableModel(session, QString(), this))
    , m_transpose(new QTransposeProxyModel(this))
    , m_sorter(new QSortFilterProxyModel(this))
    , m_transposeBack(new QTransposeProxyModel(this))
    , m_filter(new ComparisonFilterModel(this))
    , m_area(new QComboBox(this))
    , m_sortBy(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_filterEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_chart(new ChartWidget(session, this))
{
    m_transpose->setSourceModel(m_model);
    m_sorter->setSourceModel(m_transpose);
    m_sorter->setSortRole(ComparisonTableModel::SortRole);
    m_transposeBack->setSourceModel(m_sorter);
    m_filter->setSourceModel(m_transposeBack);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_area->setObjectName(QStringLiteral("compareArea"));
    m_area->setAccessibleName(tr("Area to compare"));
    m_area->setAccessibleDescription(tr("Whose candidates the table compares"));
    m_sortBy->setObjectName(QStringLiteral("compareSortBy"));
    m_sortBy->setAccessibleName(tr("Sort candidates by"));
    m_sortBy->setAccessibleDescription(tr("The score or the criterion that orders the columns"));
    m_order->setObjectName(QStringLiteral("compareSortOrder"));
    m_order->setAccessibleName(tr("Sort order"));
    m_order->setAccessibleDescription(tr("Highest or lowest first"));
    m_order->addItem(tr("Highest first"), int(Qt::DescendingOrder));
    m_order->addItem(tr("Lowest first"), int(Qt::AscendingOrder));
    m_filterEdit->setObjectName(QStringLiteral("compareFilter"));
    m_filterEdit->setAccessibleName(tr("Filter criteria by name"));
    m_filterEdit->setAccessibleDescription(tr("Shows only the criteria whose name contains this text"));
    m_filterEdit->setPlaceholderText(tr("Filter criteria…"));
    m_filterEdit->setClearButtonEnabled(true);

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Comparison table"));
    m_table->setAccessibleDescription(tr("Ratings of the candidates, one row per criterion"));
    m_table->setModel(m_filter);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 21);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);

    auto *label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    }(tr("&Area:"), m_area);
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_area);
    auto *sortLabel = new QLabel(tr("Sort b&y:"), this);
    sortLabel->setBuddy(m_sortBy);
    controls->addSpacing(fontMetrics().height());
    controls->addWidget(sortLabel);
    controls->addWidget(m_sortBy);
    controls->addWidget(m_order);
    controls->addSpacing(fontMetrics().height());
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filterEdit);
    controls->addWidget(filterLabel);
    controls->addWidget(m_filterEdit, 1);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartCaption = new WrappedLabel(tr("Criteria profile of the first %n columns (ratings 0–10)", nullptr,
                                       ProfileCandidates), chartBox);
    chartCaption->setWordWrap(true);
    chartLayout->addWidget(chartCaption);
    m_chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    chartLayout->addWidget(m_chart);
    chartLayout->addStretch(1);

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setAreaId(m_area->currentData().toString());
        fillSortRows();
    });
    auto applySort = [this] {
        sortByRow(m_sortBy->currentData().toInt(), Qt::SortOrder(m_order->currentData().toInt()));
    };
    connect(m_sortBy, &QComboBox::activated, this, applySort);
    connect(m_order, &QComboBox::activated, this, applySort);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ComparisonView::setFilterText);
    // Pros and cons are multi-line: rows follow their content after every change.
    new RowHeightFitter(m_table);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ComparisonView::updateChart);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ComparisonView::updateChart);

    fillAreas();
}

void ComparisonView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitSet || width() <= 0)
        return;
    m_splitSet = true;
    // The table needs the room (up to eight candidate columns); the radar reads well at about
    // 30 lines wide and is never given more than two fifths. Set once the real width is known, so
    // the user's own splitter position is kept afterwards.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int chartWidth = std::min(fontMetrics().height() * 30, total * 2 / 5);
    m_splitter->setSizes({total - chartWidth, chartWidth});
}

void ComparisonView::fillAreas()
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    for (const QString &id : kb.areaIds())
        m_area->addItem(ResultsText::areaName(kb, id), id);
}

void ComparisonView::setAreaId(const QString &areaId)
{
    const int i = m_area->findData(areaId);
    if (i >= 0)
        m_area->setCurrentIndex(i);
}

void ComparisonView::fillSortRows()
{
    m_sortBy->clear();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_sortBy->addItem(m_model->headerData(row, Qt::Vertical, ComparisonTableModel::RowNameRole).toString(), row);
    // Best first by score, as the ranking: the natural start of a comparison.
    m_order->setCurrentIndex(0);
    sortByRow(0, Qt::DescendingOrder);
}

void ComparisonView::sortByRow(int sourceRow, Qt::SortOrder order)
{
    const int i = m_sortBy->findData(sourceRow);
    if (i >= 0)
        m_sortBy->setCurrentIndex(i);
    m_order->setCurrentIndex(m_order->findData(int(order)));
    // After the first transpose, source row N is column N of the sorter.
    m_sorter->sort(sourceRow, order);
    updateChart();
}

void ComparisonView::setFilterText(const QString &text)
{
    if (m_filterEdit->text() != text)
        m_filterEdit->setText(text);
    m_filter->setFilterFixedString(text);
}

QAbstractItemModel *ComparisonView::displayModel() const
{
    return m_filter;
}

void ComparisonView::updateChart()
{
    QStringList ids;
    for (int column = 0; column < m_filter->columnCount() && ids.size() < ProfileCandidates; ++column)
        ids.append(m_filter->headerData(column, Qt::Horizontal, ComparisonTableModel::CandidateIdRole).toString());
    m_chart->showCriteriaProfile(m_model->areaId(), ids);
}
