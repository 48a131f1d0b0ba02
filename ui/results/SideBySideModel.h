// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"

#include <QAbstractTableModel>
#include <QStringList>

class DecisionSession;

// Two to four candidates of an area, or two to four whole stacks, in columns. Numeric rows mark
// their best value (bold, tinted) where the columns differ, so the differences stand out.
class SideBySideModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Candidates, Stacks };
    enum Roles {
        IsBestRole = Qt::UserRole + 1, // bool: best value of a row whose values differ
        DiffersRole,                   // bool: the row's values are not all equal
        ValueRole                      // double: the compared number (numeric rows)
    };
    static constexpr int MaxColumns = 4;

    explicit SideBySideModel(DecisionSession *session, QObject *parent = nullptr);

    // Candidates of `areaId` (at most MaxColumns are kept).
    void setCandidates(const QString &areaId, const QStringList &candidateIds);
    // Stacks by their rank index into Evaluation::stacks (at most MaxColumns are kept). A rank is
    // a position, so after a what-if change the columns show the stacks now at those ranks.
    void setStacks(const QList<int> &stackIndexes);
    Mode mode() const { return m_mode; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString tooltip;
        QStringList cells;
        QStringList cellTips;
        QList<double> values; // empty for text rows
        bool higherIsBetter = true;
    };
    void rebuild();
    void buildCandidateRows();
    void buildStackRows();

    DecisionSession *m_session;
    Mode m_mode = Mode::Candidates;
    QString m_areaId;
    QStringList m_candidates;
    QList<int> m_stackIndexes;
    QStringList m_headers;
    QList<Row> m_rows; // built inside a model reset
};
