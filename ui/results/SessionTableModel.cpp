// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "SessionTableModel.h"

#include "DecisionSession.h"

SessionTableModel::SessionTableModel(DecisionSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // A lambda, so the call reaches the subclass's reload() (and not during construction).
    connect(m_session, &DecisionSession::evaluationChanged, this, [this] { reload(); });
}
