// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWizardPage>

#include <optional>

class DecisionSession;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QToolButton;
class QWidget;

// "Compare what matters": the optional page before Results where the criteria that matter most
// after the answers (at most 7, so at most 21 pairs) are weighed two at a time on Saaty's scale.
// One row per pair: a 9-to-1-to-9 slider between the two names. The model (Ahp, through the
// session's evaluation) turns the judgments into weights, importance and a consistency ratio,
// shown live under the rows; above 0.10 the most inconsistent pair is named inline with the
// value that would fix it. In a group the page shows the members' combined judgments, read-only.
// All state lives in the DecisionSession; the page only mirrors it.
class PairwisePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PairwisePage(DecisionSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    // The criteria compared on the page, in row order (for tests and the step list's tooltip).
    QStringList criteria() const { return m_criteria; }

    // Slider position -8..8 against the value of "left against right": -2 is 3 (left three
    // times as important), 0 is 1, 2 is 1/3. Values off the scale go to the nearest position.
    static double valueAt(int position);
    static int positionOf(double value);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QString a; // left
        QString b; // right
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
        QToolButton *clear = nullptr;
        QLabel *flag = nullptr; // shown on the most inconsistent judgment
    };
    struct WeightRow
    {
        QString criterion;
        QProgressBar *bar = nullptr;
        QLabel *importance = nullptr;
    };

    void ensureBuilt();
    void rebuildRows();
    void rebuildGrids();
    void syncFromSession();
    void setJudgment(const QString &a, const QString &b, std::optional<double> value);
    void applySuggestion();
    QString criterionName(const QString &id) const;
    QString judgmentText(const QString &a, const QString &b, double value) const;
    static QString compactText(double value);

    DecisionSession *m_session;
    QStringList m_criteria;
    QList<Row> m_rows;
    QList<WeightRow> m_weightRows;
    QWidget *m_rowsBox = nullptr;
    QGridLayout *m_rowsLayout = nullptr;
    QGridLayout *m_weightsLayout = nullptr;
    QLabel *m_groupNote = nullptr;
    QLabel *m_emptyNote = nullptr;
    QLabel *m_consistency = nullptr;
    QWidget *m_warning = nullptr;
    QLabel *m_warningText = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QLabel *m_unlinked = nullptr;
    QPushButton *m_clearAll = nullptr;
    std::optional<std::pair<QString, QString>> m_suggestedPair;
    double m_suggestedValue = 1.0;
    bool m_syncing = false;
    bool m_stale = true; // answers changed while hidden: sync when shown
    bool m_built = false;
};
