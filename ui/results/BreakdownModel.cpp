// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "BreakdownModel.h"

#include "DecisionSession.h"
#include "ResultsText.h"

#include <QColor>

BreakdownModel::BreakdownModel(DecisionSession *session, QObject *parent)
    : SessionTableModel(session, parent)
{
}

void BreakdownModel::setCandidate(const QString &areaId, const QString &candidateId)
{
    m_areaId = areaId;
    m_candidateId = candidateId;
    reload();
}

void BreakdownModel::reload()
{
    beginResetModel();
    m_score = {};
    m_found = false;
    if (const AreaResult *area = m_session->evaluation().area(m_areaId))
        for (const CandidateScore &cs : area->ranking)
            if (cs.candidate == m_candidateId) {
                m_score = cs;
                m_found = true;
            }
    endResetModel();
    emit scoreChanged();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_score.contributions.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Contribution &c = m_score.contributions.at(index.row());
    const bool isCriterion = c.kind == Contribution::Kind::Criterion;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return ResultsText::contributionLabel(kb, c);
        case ImportanceColumn:
            return isCriterion ? ResultsText::number(c.importance) : QString();
        case RatingColumn:
            return isCriterion ? ResultsText::number(c.rating) : QString();
        case PointsColumn:
            return ResultsText::points(c.points);
        case WhyColumn:
            return c.why;
        case EvidenceColumn:
            return ResultsText::evidenceShort(kb, c);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == EvidenceColumn && c.stale)
            return QColor(0x8a, 0x4b, 0x00); // the reports' colour for a fact that may be stale
        break;
    case Qt::ToolTipRole:
        if (index.column() == ImportanceColumn && isCriterion)
            return ResultsText::importanceSource(kb, c.question);
        if (index.column() == WhyColumn || index.column() == SourceColumn)
            return c.why;
        if (index.column() == EvidenceColumn)
            return ResultsText::evidenceFull(kb, c);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= ImportanceColumn && index.column() <= PointsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PointsRole:
        return c.points;
    case KindRole:
        return int(c.kind);
    case CriterionIdRole:
        return c.criterion;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("From");
    case ImportanceColumn:
        return tr("Importance");
    case RatingColumn:
        return tr("Rating");
    case PointsColumn:
        return tr("Points");
    case WhyColumn:
        return tr("Why");
    case EvidenceColumn:
        return tr("Says who");
    }
    return {};
}
