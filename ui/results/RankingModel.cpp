// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "RankingModel.h"

#include "DecisionSession.h"
#include "ResultsText.h"

RankingModel::RankingModel(DecisionSession *session, const QString &areaId, QObject *parent)
    : SessionTableModel(session, parent)
    , m_areaId(areaId)
{
    if (const AreaResult *a = m_session->evaluation().area(m_areaId))
        m_area = *a;
}

void RankingModel::setAreaId(const QString &areaId)
{
    if (areaId == m_areaId)
        return;
    m_areaId = areaId;
    reload();
}

void RankingModel::reload()
{
    beginResetModel();
    const AreaResult *a = m_session->evaluation().area(m_areaId);
    m_area = a ? *a : AreaResult{};
    endResetModel();
}

QString RankingModel::candidateAt(int row) const
{
    return row >= 0 && row < m_area.ranking.size() ? m_area.ranking.at(row).candidate : QString();
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_area.ranking.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateScore &cs = m_area.ranking.at(index.row());
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Candidate *candidate = kb.candidate(cs.candidate);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case CandidateColumn:
            return cs.candidate == m_area.pinned
                ? tr("%1 (pinned)").arg(ResultsText::candidateName(kb, cs.candidate))
                : ResultsText::candidateName(kb, cs.candidate);
        case ScoreColumn:
            return ResultsText::score(cs.score);
        case StrongForColumn: {
            QStringList items;
            if (candidate)
                for (const LocalizedText &t : candidate->strongFor)
                    items.append(t.text());
            return items.join(QStringLiteral("; "));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (candidate && !candidate->summary.isEmpty())
            return candidate->summary.text();
        break;
    case Qt::TextAlignmentRole:
    case Qt::FontRole:
        return ResultsText::rankedCellStyle(role, index.row(), index.column() == RankColumn || index.column() == ScoreColumn);
    case CandidateIdRole:
        return cs.candidate;
    case ScoreRole:
        return cs.score;
    case IsPinnedRole:
        return cs.candidate == m_area.pinned;
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("#");
    case CandidateColumn:
        return tr("Candidate");
    case ScoreColumn:
        return tr("Score");
    case StrongForColumn:
        return tr("Strong for");
    }
    return {};
}
