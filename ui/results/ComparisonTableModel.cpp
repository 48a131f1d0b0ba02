// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ComparisonTableModel.h"

#include "DecisionSession.h"
#include "ResultsText.h"

ComparisonTableModel::ComparisonTableModel(DecisionSession *session, const QString &areaId, QObject *parent)
    : SessionTableModel(session, parent)
    , m_areaId(areaId)
{
    reload();
}

void ComparisonTableModel::setAreaId(const QString &areaId)
{
    if (areaId == m_areaId)
        return;
    m_areaId = areaId;
    reload();
}

void ComparisonTableModel::reload()
{
    beginResetModel();
    const AreaResult *a = m_session->evaluation().area(m_areaId);
    m_area = a ? *a : AreaResult{};
    m_criteria.clear();
    for (const Criterion *c : m_session->knowledgeBase().criteriaOf(m_areaId))
        m_criteria.append(c->id);
    endResetModel();
}

ComparisonTableModel::RowKind ComparisonTableModel::rowKind(int row) const
{
    if (row == 0)
        return ScoreRow;
    if (row <= m_criteria.size())
        return CriterionRow;
    return row == m_criteria.size() + 1 ? ProsRow : ConsRow;
}

QString ComparisonTableModel::criterionAt(int row) const
{
    return rowKind(row) == CriterionRow ? m_criteria.at(row - 1) : QString();
}

QString ComparisonTableModel::candidateAt(int column) const
{
    return column >= 0 && column < m_area.ranking.size() ? m_area.ranking.at(column).candidate : QString();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    // Score, the criteria, pros, cons; nothing when the area has no ranking.
    return parent.isValid() || m_area.ranking.isEmpty() ? 0 : int(m_criteria.size()) + 3;
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_area.ranking.size());
}

QString ComparisonTableModel::rowName(int row) const
{
    switch (rowKind(row)) {
    case ScoreRow:
        return tr("Score");
    case CriterionRow:
        return ResultsText::criterionName(m_session->knowledgeBase(), criterionAt(row));
    case ProsRow:
        return tr("Pros");
    case ConsRow:
        return tr("Cons");
    }
    return {};
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const CandidateScore &cs = m_area.ranking.at(index.column());
    const Candidate *candidate = kb.candidate(cs.candidate);
    const RowKind kind = rowKind(index.row());
    const QString criterion = criterionAt(index.row());

    auto listOf = [&](RowKind k) {
        QStringList items;
        if (candidate)
            for (const LocalizedText &t : (k == ProsRow ? candidate->pros : candidate->cons))
                items.append(tr("• %1").arg(t.text()));
        return items;
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (kind) {
        case ScoreRow:
            return ResultsText::score(cs.score);
        case CriterionRow:
            if (candidate && candidate->ratings.contains(criterion))
                return ResultsText::number(candidate->ratings.value(criterion).score);
            return tr("–");
        case ProsRow:
        case ConsRow:
            return listOf(kind).join(QLatin1Char('\n'));
        }
        break;
    case Qt::ToolTipRole:
        if (kind == CriterionRow && candidate && candidate->ratings.contains(criterion))
            return ResultsText::ratingTip(m_session->knowledgeBase(), candidate->ratings.value(criterion).why.text(),
                                          ResultsText::criterionContribution(&m_area, cs.candidate, criterion));
        if (kind == ScoreRow && candidate)
            return candidate->summary.text();
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((kind == ProsRow || kind == ConsRow) ? Qt::AlignLeft | Qt::AlignTop
                                                                       : Qt::AlignCenter);
    case RowKindRole:
        return int(kind);
    case CriterionIdRole:
        return criterion;
    case CandidateIdRole:
        return cs.candidate;
    case RowNameRole:
        return rowName(index.row());
    case SortRole:
        switch (kind) {
        case ScoreRow:
            return cs.score;
        case CriterionRow:
            return candidate ? candidate->ratings.value(criterion).score : 0.0;
        case ProsRow:
        case ConsRow:
            return double(listOf(kind).size());
        }
        break;
    }
    return {};
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const QString id = m_area.ranking.at(section).candidate;
        if (role == Qt::DisplayRole)
            return ResultsText::candidateName(kb, id);
        if (role == CandidateIdRole)
            return id;
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const QString criterion = criterionAt(section);
    switch (role) {
    case Qt::DisplayRole:
        if (!criterion.isEmpty())
            return tr("%1 (importance %2)").arg(rowName(section),
                                                ResultsText::number(m_area.importance.value(criterion)));
        return rowName(section);
    case Qt::ToolTipRole:
        if (const Criterion *c = kb.criterion(criterion))
            return tr("%1\nImportance %2, %3")
                .arg(c->description.text(), ResultsText::number(m_area.importance.value(criterion)),
                     ResultsText::importanceSource(kb, m_area.importanceSource.value(criterion)));
        break;
    case RowKindRole:
        return int(rowKind(section));
    case CriterionIdRole:
        return criterion;
    case RowNameRole:
        return rowName(section);
    }
    return {};
}
