// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ResultsPage.h"

#include "BreakdownView.h"
#include "ChartWidget.h"
#include "ColumnWidthFitter.h"
#include "ComparisonView.h"
#include "DecisionSession.h"
#include "DisagreementModel.h"
#include "RankingModel.h"
#include "ResultsText.h"
#include "RowHeightFitter.h"
#include "SensitivityView.h"
#include "SideBySideView.h"
#include "StackTableModel.h"
#include "WhatIfPanel.h"
#include "WrappedLabel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel *headlineLabel(QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    return label;
}

QTableView *tableFor(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                     QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    return table;
}
} // namespace

ResultsPage::ResultsPage(DecisionSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Results"));
    // The tab widget itself is built when the page is first shown (ensureTabWidget): start-up
    // shows the Welcome page and should not pay for eight tabs nobody sees yet.
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_session, &DecisionSession::evaluationChanged, this, &ResultsPage::refresh);
}

QTabWidget *ResultsPage::tabs()
{
    ensureTabWidget();
    return m_tabs;
}

void ResultsPage::ensureTabWidget()
{
    if (m_tabs)
        return;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);

    // Each tab starts as an empty holder; its views and models are built when it is first shown
    // (ensureTab), so a click on a question page does not pay for unseen tabs.
    const QStringList titles{tr("&Overview"), tr("&Rankings"), tr("Com&pare"), tr("S&ide by side"),
                             tr("Brea&kdown"), tr("&Sensitivity"), tr("&What-if"), tr("&Group")};
    for (int i = 0; i < int(titles.size()); ++i) {
        auto *holder = new QWidget(m_tabs);
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
        m_tabs->insertTab(i, holder, titles.at(i));
    }
    m_layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_built)
            ensureTab(index);
    });
    refresh();
}

void ResultsPage::initializePage()
{
    ensureBuilt();
}

void ResultsPage::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWizardPage::showEvent(event);
}

void ResultsPage::ensureBuilt()
{
    if (m_built)
        return;
    ensureTabWidget();
    m_built = true;
    ensureTab(m_tabs->currentIndex());
}

void ResultsPage::ensureTab(int index)
{
    if (index < 0 || index >= m_tabs->count() || (m_builtTabs & (1u << index)))
        return;
    m_builtTabs |= 1u << index;
    QWidget *content = nullptr;
    switch (Tab(index)) {
    case OverviewTab:
        content = createOverview();
        break;
    case RankingsTab:
        content = createRankings();
        break;
    case CompareTab:
        content = m_compare = new ComparisonView(m_session, m_tabs);
        break;
    case SideBySideTab:
        content = m_sideBySide = new SideBySideView(m_session, m_tabs);
        break;
    case BreakdownTab:
        content = m_breakdown = new BreakdownView(m_session, m_tabs);
        break;
    case SensitivityTab:
        content = m_sensitivity = new SensitivityView(m_session, m_tabs);
        break;
    case WhatIfTab:
        content = createWhatIf();
        break;
    case GroupTab:
        content = createGroup();
        break;
    }
    QWidget *holder = m_tabs->widget(index);
    holder->layout()->addWidget(content);
    content->show(); // a widget moved into a visible holder is not shown with it
    refresh();
}

QWidget *ResultsPage::createOverview()
{
    auto *page = new QWidget(m_tabs);
    m_headline = headlineLabel(page);
    m_headline->setObjectName(QStringLiteral("recommendedStack"));
    // Every departure from an area's own leader, with the synergies or rule behind it.
    m_departures = new WrappedLabel(page);
    m_departures->setObjectName(QStringLiteral("stackDepartures"));
    m_departures->setWordWrap(true);
    m_departures->setTextFormat(Qt::PlainText);
    m_departures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new WrappedLabel(page);
    m_warnings->setObjectName(QStringLiteral("overviewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #e69f00; color: #000000; padding: 6px;"
                                             " border-radius: 4px; }"));

    m_stacks = new StackTableModel(m_session, page);
    auto *stacks = tableFor(m_stacks, QStringLiteral("stackTable"), tr("Best stacks"), page);
    stacks->setAccessibleDescription(tr("The best whole stacks, best first, with their scores"));
    stacks->horizontalHeader()->setSectionResizeMode(m_stacks->synergyColumn(), QHeaderView::Stretch);
    new ColumnWidthFitter(stacks);
    connect(m_stacks, &QAbstractItemModel::modelReset, stacks, [this, stacks] {
        stacks->horizontalHeader()->setSectionResizeMode(m_stacks->synergyColumn(), QHeaderView::Stretch);
    });
    // Double-click a stack: compare it side by side with the best one.
    connect(stacks, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        ensureTab(SideBySideTab);
        m_sideBySide->compareStacks(index.row() == 0 ? QList<int>{0, 1} : QList<int>{0, index.row()});
        m_tabs->setCurrentIndex(SideBySideTab);
    });

    auto *chart = new ChartWidget(m_session, page);
    chart->setObjectName(QStringLiteral("overviewChart"));
    chart->showScoreBars();
    chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // At least five stacks stay readable however tall the charts below get.
    const int visibleStacks = 5;
    stacks->setMinimumHeight(stacks->horizontalHeader()->sizeHint().height()
                             + visibleStacks * stacks->verticalHeader()->defaultSectionSize()
                             + 2 * stacks->frameWidth());

    auto *stacksBox = new QGroupBox(tr("Best whole stacks"), page);
    auto *stacksLayout = new QVBoxLayout(stacksBox);
    stacksLayout->addWidget(stacks);
    auto *chartBox = new QGroupBox(tr("Scores per area"), page);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(chart);

    // The chart takes the height its bars need (height for width); the stacks table the rest.
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_headline);
    layout->addWidget(m_departures);
    layout->addWidget(m_warnings);
    layout->addWidget(stacksBox, 1);
    layout->addWidget(chartBox, 0);
    return page;
}

QWidget *ResultsPage::createRankings()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const QStringList areas = kb.areaIds();
    // Two columns of area tables: four areas fit at 1280x800; more areas scroll.
    const int columns = 2;
    for (int i = 0; i < areas.size(); ++i) {
        auto *box = new QGroupBox(ResultsText::areaName(kb, areas.at(i)), page);
        auto *model = new RankingModel(m_session, areas.at(i), box);
        auto *table = tableFor(model, QStringLiteral("ranking_%1").arg(areas.at(i)),
                               tr("Ranking of %1").arg(ResultsText::areaName(kb, areas.at(i))), box);
        table->setAccessibleDescription(tr("Candidates of this area ranked by score, best first"));
        table->horizontalHeader()->setSectionResizeMode(RankingModel::StrongForColumn, QHeaderView::Stretch);
        new ColumnWidthFitter(table);
        table->setToolTip(tr("Double-click a candidate to see its score breakdown."));
        connect(table, &QTableView::doubleClicked, this, [this, model](const QModelIndex &index) {
            ensureTab(BreakdownTab);
            m_breakdown->showCandidate(model->areaId(), model->candidateAt(index.row()));
            m_tabs->setCurrentIndex(BreakdownTab);
        });
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(table);
        grid->addWidget(box, i / columns, i % columns);
    }
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *ResultsPage::createWhatIf()
{
    auto *page = new QWidget(m_tabs);
    m_whatIf = new WhatIfPanel(m_session, page);
    m_whatIf->setObjectName(QStringLiteral("whatIfPanel"));
    m_whatIfHeadline = headlineLabel(page);
    m_whatIfHeadline->setObjectName(QStringLiteral("whatIfHeadline"));
    auto *chart = new ChartWidget(m_session, page);
    chart->setObjectName(QStringLiteral("whatIfChart"));
    chart->showScoreBars();

    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_whatIfHeadline);
    rightLayout->addWidget(chart, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(m_whatIf);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QWidget *ResultsPage::createGroup()
{
    auto *page = new QWidget(m_tabs);
    m_disagreements = new DisagreementModel(m_session, page);
    auto *intro = new WrappedLabel(tr("Questions the members answered differently. The results use the "
                                "group's combined answers."), page);
    intro->setWordWrap(true);
    auto *table = tableFor(m_disagreements, QStringLiteral("disagreementTable"), tr("Disagreements"), page);
    table->setAccessibleDescription(tr("Questions the group members answered differently, with each answer"));
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    new RowHeightFitter(table);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    return page;
}

QString ResultsPage::recommendedText() const
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Evaluation &evaluation = m_session->evaluation();
    if (evaluation.stacks.isEmpty())
        return tr("No stack satisfies every rule with the current pins; see Sensitivity.");
    const StackResult &best = evaluation.stacks.constFirst();
    QStringList names;
    for (const QString &areaId : kb.areaIds())
        names.append(ResultsText::candidateName(kb, best.choice.value(areaId)));
    return tr("Recommended stack: %1 (score %2)").arg(names.join(QStringLiteral(" · ")),
                                                      ResultsText::score(best.score));
}

QString ResultsPage::headline() const
{
    return recommendedText();
}

void ResultsPage::refresh()
{
    if (!m_tabs)
        return;
    // Group mode is known without an evaluation; the rest needs one only once a tab shows it.
    m_tabs->setTabVisible(GroupTab, m_session->isGroup());
    if (m_whatIfHeadline)
        m_whatIfHeadline->setText(recommendedText());
    if (!m_headline)
        return;
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Evaluation &evaluation = m_session->evaluation();
    m_headline->setText(recommendedText());
    QStringList departures;
    if (!evaluation.stacks.isEmpty())
        for (const StackDeparture &d : evaluation.stacks.constFirst().departures)
            departures.append(tr("Not the area's leader: %1.").arg(d.why));
    m_departures->setText(departures.join(QLatin1Char('\n')));
    m_departures->setVisible(!departures.isEmpty());

    QStringList warnings;
    QStringList fragile;
    for (const AreaResult &area : evaluation.areas)
        if (area.fragile)
            fragile.append(ResultsText::areaName(kb, area.area));
    if (!fragile.isEmpty())
        warnings.append(tr("Close call in %1: the winner could change with a small change in what matters.")
                            .arg(QLocale().createSeparatedList(fragile)));
    if (!evaluation.conflicts.isEmpty())
        warnings.append(tr("%n pin conflict(s) with the knowledge base's rules.", nullptr,
                           int(evaluation.conflicts.size())));
    if (!warnings.isEmpty())
        warnings.append(tr("See the Sensitivity tab for the reasons."));
    m_warnings->setText(warnings.join(QLatin1Char(' ')));
    m_warnings->setVisible(!warnings.isEmpty());
}
