// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class DecisionSession;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableView;
class SideBySideModel;

// Side by side tab: pick 2–4 candidates of an area, or 2–4 whole stacks, and see them in
// columns with each row's best value highlighted.
class SideBySideView : public QWidget
{
    Q_OBJECT
public:
    explicit SideBySideView(DecisionSession *session, QWidget *parent = nullptr);

    void compareCandidates(const QString &areaId, const QStringList &candidateIds);
    void compareStacks(const QList<int> &stackIndexes);
    SideBySideModel *model() const { return m_model; }

private:
    void fillChoices();
    void choiceToggled(QListWidgetItem *item);
    void applyChoices();
    QList<QVariant> checkedKeys() const;

    DecisionSession *m_session;
    SideBySideModel *m_model;
    QComboBox *m_mode;
    QComboBox *m_area;
    QListWidget *m_choices;
    QLabel *m_hint;
    QTableView *m_table;
    bool m_filling = false;
};
