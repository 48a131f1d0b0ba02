// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "SideBySideView.h"

#include "DecisionSession.h"
#include "ResultsText.h"
#include "RowHeightFitter.h"
#include "SideBySideModel.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int KeyRole = Qt::UserRole + 1; // candidate id (QString) or stack index (int)
enum ModeIndex { CandidatesMode, StacksMode };
} // namespace

SideBySideView::SideBySideView(DecisionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SideBySideModel(session, this))
    , m_mode(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_choices(new QListWidget(this))
    , m_hint(new WrappedLabel(this))
    , m_table(new QTableView(this))
{
    m_mode->setObjectName(QStringLiteral("sideBySideMode"));
    m_mode->setAccessibleName(tr("Compare candidates or stacks"));
    m_mode->setAccessibleDescription(tr("Whether the table sets candidates of one area or whole stacks side by side"));
    m_mode->addItem(tr("Candidates of an area"));
    m_mode->addItem(tr("Whole stacks"));
    m_area->setObjectName(QStringLiteral("sideBySideArea"));
    m_area->setAccessibleName(tr("Area"));
    m_area->setAccessibleDescription(tr("Whose candidates can be chosen below"));
    const KnowledgeBase &kb = m_session->knowledgeBase();
    for (const QString &id : kb.areaIds())
        m_area->addItem(ResultsText::areaName(kb, id), id);
    m_choices->setObjectName(QStringLiteral("sideBySideChoices"));
    m_choices->setAccessibleName(tr("Items to compare"));
    m_choices->setAccessibleDescription(tr("Check the candidates or stacks to show side by side"));
    m_hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("sideBySideTable"));
    m_table->setAccessibleName(tr("Side by side comparison"));
    m_table->setAccessibleDescription(tr("The checked items in columns, their scores and ratings in rows"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    new RowHeightFitter(m_table);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Compare:"), m_mode);
    form->addRow(tr("&Area:"), m_area);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    auto *pick = new QLabel(tr("Se&lect 2 to 4:"), this);
    pick->setBuddy(m_choices);
    left->addWidget(pick);
    left->addWidget(m_choices, 1);
    left->addWidget(m_hint);
    auto *legend = new WrappedLabel(tr("Bold on a tinted cell: the best value of a row whose values differ."), this);
    legend->setWordWrap(true);
    left->addWidget(legend);

    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setMaximumWidth(fontMetrics().averageCharWidth() * 44);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftBox);
    layout->addWidget(m_table, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_area->setEnabled(m_mode->currentIndex() == CandidatesMode);
        fillChoices();
    });
    connect(m_area, &QComboBox::currentIndexChanged, this, &SideBySideView::fillChoices);
    connect(m_choices, &QListWidget::itemChanged, this, &SideBySideView::choiceToggled);
    connect(m_session, &DecisionSession::evaluationChanged, this, &SideBySideView::fillChoices);
    fillChoices();
}

QList<QVariant> SideBySideView::checkedKeys() const
{
    QList<QVariant> keys;
    for (int i = 0; i < m_choices->count(); ++i)
        if (m_choices->item(i)->checkState() == Qt::Checked)
            keys.append(m_choices->item(i)->data(KeyRole));
    return keys;
}

void SideBySideView::fillChoices()
{
    // Keep what was checked (by id or rank) across re-evaluations; start with the top three.
    const QList<QVariant> previous = checkedKeys();
    const bool keep = m_choices->count() > 0 && m_choices->property("mode") == m_mode->currentIndex()
        && m_choices->property("area") == m_area->currentData();
    m_filling = true;
    m_choices->clear();
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Evaluation &evaluation = m_session->evaluation();
    if (m_mode->currentIndex() == CandidatesMode) {
        if (const AreaResult *area = evaluation.area(m_area->currentData().toString()))
            for (const CandidateScore &cs : area->ranking) {
                auto *item = new QListWidgetItem(tr("%1 (%2)").arg(ResultsText::candidateName(kb, cs.candidate),
                                                                   ResultsText::score(cs.score)), m_choices);
                item->setData(KeyRole, cs.candidate);
            }
    } else {
        for (int i = 0; i < evaluation.stacks.size(); ++i) {
            QStringList names;
            for (const QString &areaId : kb.areaIds())
                names.append(ResultsText::candidateName(kb, evaluation.stacks.at(i).choice.value(areaId)));
            auto *item = new QListWidgetItem(tr("#%1 %2 (%3)").arg(i + 1).arg(names.join(QStringLiteral(" · ")),
                                                                   ResultsText::score(evaluation.stacks.at(i).score)),
                                             m_choices);
            item->setData(KeyRole, i);
        }
    }
    for (int i = 0; i < m_choices->count(); ++i) {
        QListWidgetItem *item = m_choices->item(i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool checked = keep ? previous.contains(item->data(KeyRole)) : i < 3;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_choices->setProperty("mode", m_mode->currentIndex());
    m_choices->setProperty("area", m_area->currentData());
    m_filling = false;
    applyChoices();
}

void SideBySideView::choiceToggled(QListWidgetItem *)
{
    if (!m_filling)
        applyChoices();
}

void SideBySideView::applyChoices()
{
    const QList<QVariant> keys = checkedKeys();
    // At most four columns: once four are checked, the others cannot be.
    m_filling = true;
    for (int i = 0; i < m_choices->count(); ++i) {
        QListWidgetItem *item = m_choices->item(i);
        const bool enabled = keys.size() < SideBySideModel::MaxColumns || item->checkState() == Qt::Checked;
        item->setFlags(enabled ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
    }
    m_filling = false;
    m_hint->setText(keys.size() < 2 ? tr("Pick at least two to compare.") : QString());
    m_hint->setVisible(keys.size() < 2);

    if (m_mode->currentIndex() == CandidatesMode) {
        QStringList ids;
        for (const QVariant &k : keys)
            ids.append(k.toString());
        m_model->setCandidates(m_area->currentData().toString(), ids);
    } else {
        QList<int> indexes;
        for (const QVariant &k : keys)
            indexes.append(k.toInt());
        m_model->setStacks(indexes);
    }
}

void SideBySideView::compareCandidates(const QString &areaId, const QStringList &candidateIds)
{
    m_mode->setCurrentIndex(CandidatesMode);
    m_area->setCurrentIndex(std::max(0, m_area->findData(areaId)));
    m_filling = true;
    for (int i = 0; i < m_choices->count(); ++i)
        m_choices->item(i)->setCheckState(candidateIds.contains(m_choices->item(i)->data(KeyRole).toString())
                                              ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    applyChoices();
}

void SideBySideView::compareStacks(const QList<int> &stackIndexes)
{
    m_mode->setCurrentIndex(StacksMode);
    m_filling = true;
    for (int i = 0; i < m_choices->count(); ++i)
        m_choices->item(i)->setCheckState(stackIndexes.contains(m_choices->item(i)->data(KeyRole).toInt())
                                              ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    applyChoices();
}
