// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "DisagreementModel.h"

#include "DecisionSession.h"
#include "ResultsText.h"

DisagreementModel::DisagreementModel(DecisionSession *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    reload();
}

void DisagreementModel::reload()
{
    beginResetModel();
    m_group = m_session->evaluation().group;
    endResetModel();
}

int DisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_group ? 0 : int(m_group->disagreements.size());
}

int DisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_group ? 0 : 1 + int(m_group->members.size());
}

QVariant DisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Disagreement &d = m_group->disagreements.at(index.row());
    if (role == QuestionIdRole)
        return d.question;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return ResultsText::questionText(kb, d.question);
        return {};
    }
    const QString file = m_group->members.at(index.column() - 1).file;
    if (role == MemberFileRole)
        return file;
    if (role != Qt::DisplayRole)
        return {};
    const QStringList options = d.answers.value(file);
    if (options.isEmpty())
        return tr("not answered");
    QStringList labels;
    for (const QString &option : options)
        labels.append(ResultsText::optionLabel(kb, d.question, option));
    return labels.join(QStringLiteral(", "));
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_group || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Question")) : QVariant();
    const GroupMember &m = m_group->members.at(section - 1);
    if (role == Qt::DisplayRole)
        return m.name;
    if (role == Qt::ToolTipRole)
        return m.file;
    return {};
}
