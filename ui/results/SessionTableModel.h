// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

class DecisionSession;

// A table over the decision in hand: it keeps a snapshot of what it shows and takes a new one
// (reload(), inside a model reset) whenever the session's evaluation changes, so a view never
// reads an evaluation that is being replaced.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SessionTableModel(DecisionSession *session, QObject *parent = nullptr);

protected:
    // Takes a new snapshot; wraps it in beginResetModel()/endResetModel() itself.
    virtual void reload() = 0;

    DecisionSession *const m_session;
};
