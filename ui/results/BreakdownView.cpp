// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "BreakdownView.h"

#include "BreakdownModel.h"
#include "ColumnWidthFitter.h"
#include "DecisionSession.h"
#include "ResultsText.h"
#include "RowHeightFitter.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

BreakdownView::BreakdownView(DecisionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BreakdownModel(session, this))
    , m_area(new QComboBox(this))
    , m_candidate(new QComboBox(this))
    , m_summary(new WrappedLabel(this))
    , m_table(new QTableView(this))
    , m_total(new WrappedLabel(this))
    , m_evidence(new WrappedLabel(this))
{
    m_area->setObjectName(QStringLiteral("breakdownArea"));
    m_area->setAccessibleName(tr("Area"));
    m_area->setAccessibleDescription(tr("Whose candidates can be chosen next"));
    m_candidate->setObjectName(QStringLiteral("breakdownCandidate"));
    m_candidate->setAccessibleName(tr("Candidate"));
    m_candidate->setAccessibleDescription(tr("Whose score the table explains"));
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const KnowledgeBase &kb = m_session->knowledgeBase();
    for (const QString &id : kb.areaIds())
        m_area->addItem(ResultsText::areaName(kb, id), id);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setAccessibleName(tr("Score breakdown"));
    m_table->setAccessibleDescription(tr("What each criterion and answer adds to the score; the points add up to it"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(BreakdownModel::WhyColumn, QHeaderView::Stretch);
    // Answers' labels can be long: the source column wraps instead of pushing "Why" aside.
    header->setSectionResizeMode(BreakdownModel::SourceColumn, QHeaderView::Interactive);
    header->resizeSection(BreakdownModel::SourceColumn, fontMetrics().averageCharWidth() * 36);
    header->setSectionResizeMode(BreakdownModel::EvidenceColumn, QHeaderView::Interactive);
    header->resizeSection(BreakdownModel::EvidenceColumn, fontMetrics().averageCharWidth() * 32);
    // Widths first, then the rows' heights for them: both run on the next event loop turn.
    new ColumnWidthFitter(m_table, {BreakdownModel::SourceColumn, BreakdownModel::EvidenceColumn});
    new RowHeightFitter(m_table);
    m_total->setObjectName(QStringLiteral("breakdownTotal"));
    m_total->setWordWrap(true); // the explanation is long in German and French
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto *controls = new QHBoxLayout;
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area);
    auto *candidateLabel = new QLabel(tr("&Candidate:"), this);
    candidateLabel->setBuddy(m_candidate);
    controls->addWidget(areaLabel);
    controls->addWidget(m_area);
    controls->addSpacing(fontMetrics().height());
    controls->addWidget(candidateLabel);
    controls->addWidget(m_candidate);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_evidence);
    layout->addWidget(m_total);

    connect(m_area, &QComboBox::currentIndexChanged, this, &BreakdownView::fillCandidates);
    connect(m_candidate, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCandidate(m_area->currentData().toString(), m_candidate->currentData().toString());
    });
    connect(m_model, &BreakdownModel::scoreChanged, this, &BreakdownView::updateTotal);
    // Says who, in full and as selectable text (title, publisher, date, URL), for the row in hand.
    m_evidence->setObjectName(QStringLiteral("breakdownEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BreakdownView::updateEvidence);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BreakdownView::updateEvidence);
    connect(m_session, &DecisionSession::evaluationChanged, this, [this] {
        // The ranking order may change; keep the chosen candidate.
        const QString current = m_candidate->currentData().toString();
        fillCandidates();
        const int i = m_candidate->findData(current);
        if (i >= 0)
            m_candidate->setCurrentIndex(i);
    });
    fillCandidates();
}

void BreakdownView::fillCandidates()
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const QString areaId = m_area->currentData().toString();
    const QString current = m_candidate->currentData().toString();
    const QSignalBlocker blocker(m_candidate);
    m_candidate->clear();
    if (const AreaResult *area = m_session->evaluation().area(areaId))
        for (int i = 0; i < area->ranking.size(); ++i)
            m_candidate->addItem(tr("%1. %2").arg(i + 1).arg(ResultsText::candidateName(kb, area->ranking.at(i).candidate)),
                                 area->ranking.at(i).candidate);
    const int i = m_candidate->findData(current);
    m_candidate->setCurrentIndex(i >= 0 ? i : 0);
    m_model->setCandidate(areaId, m_candidate->currentData().toString());
}

void BreakdownView::showCandidate(const QString &areaId, const QString &candidateId)
{
    m_area->setCurrentIndex(std::max(0, m_area->findData(areaId)));
    const int i = m_candidate->findData(candidateId);
    if (i >= 0)
        m_candidate->setCurrentIndex(i);
}

void BreakdownView::updateTotal()
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Candidate *c = kb.candidate(m_model->candidateId());
    m_summary->setText(c ? c->summary.text() : QString());
    m_summary->setVisible(c && !c->summary.isEmpty());
    if (!m_model->hasScore()) {
        m_total->setText(tr("No score for this choice."));
        return;
    }
    m_total->setText(tr("Total: %1 points, the score of %2 (criterion points are importance × rating, "
                        "scaled so that all criteria together give 0–100).")
                         .arg(ResultsText::score(m_model->score()),
                              ResultsText::candidateName(kb, m_model->candidateId())));
}

void BreakdownView::updateEvidence()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    const QModelIndex cell = m_model->index(row, BreakdownModel::EvidenceColumn);
    const QString full = cell.isValid() ? m_model->data(cell, Qt::ToolTipRole).toString() : QString();
    const QString label = m_model->data(m_model->index(row, BreakdownModel::SourceColumn)).toString();
    m_evidence->setText(full.isEmpty() ? QString() : tr("Says who (%1):\n%2").arg(label, full));
    m_evidence->setVisible(!full.isEmpty());
}
