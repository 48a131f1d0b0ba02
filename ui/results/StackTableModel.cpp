// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "StackTableModel.h"

#include "DecisionSession.h"
#include "ResultsText.h"

StackTableModel::StackTableModel(DecisionSession *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    reload();
}

void StackTableModel::reload()
{
    beginResetModel();
    m_areas = m_session->knowledgeBase().areaIds();
    m_stacks = m_session->evaluation().stacks;
    endResetModel();
}

int StackTableModel::areaColumn(const QString &areaId) const
{
    const qsizetype i = m_areas.indexOf(areaId);
    return i < 0 ? -1 : int(i) + 1;
}

int StackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stacks.size());
}

int StackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size()) + 3;
}

QVariant StackTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const StackResult &stack = m_stacks.at(index.row());
    const int column = index.column();
    const bool isArea = column >= 1 && column <= m_areas.size();
    const QString area = isArea ? m_areas.at(column - 1) : QString();

    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return index.row() + 1;
        if (isArea)
            return ResultsText::candidateName(kb, stack.choice.value(area));
        if (column == scoreColumn())
            return ResultsText::score(stack.score);
        if (column == synergyColumn()) {
            QStringList parts;
            for (const StackSynergy &s : stack.synergies)
                parts.append(tr("%1 + %2 %3").arg(ResultsText::candidateName(kb, s.a),
                                                  ResultsText::candidateName(kb, s.b),
                                                  ResultsText::points(s.points)));
            return parts.join(QStringLiteral("; "));
        }
        break;
    case Qt::ToolTipRole:
        if (column == synergyColumn()) {
            QStringList lines;
            for (const StackSynergy &s : stack.synergies)
                lines.append(tr("%1 + %2 (%3): %4").arg(ResultsText::candidateName(kb, s.a),
                                                        ResultsText::candidateName(kb, s.b),
                                                        ResultsText::points(s.points), s.why));
            return lines.join(QLatin1Char('\n'));
        }
        if (isArea)
            if (const Candidate *c = kb.candidate(stack.choice.value(area)))
                return c->summary.text();
        break;
    case Qt::TextAlignmentRole:
    case Qt::FontRole:
        return ResultsText::rankedCellStyle(role, index.row(), column == 0 || column == scoreColumn());
    case StackIndexRole:
        return index.row();
    case CandidateIdRole:
        return isArea ? stack.choice.value(area) : QVariant();
    case AreaIdRole:
        return isArea ? area : QVariant();
    case ScoreRole:
        return stack.score;
    }
    return {};
}

QVariant StackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == AreaIdRole)
        return section >= 1 && section <= m_areas.size() ? m_areas.at(section - 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("#");
    if (section == scoreColumn())
        return tr("Score");
    if (section == synergyColumn())
        return tr("Synergies");
    return ResultsText::areaName(m_session->knowledgeBase(), m_areas.at(section - 1));
}
