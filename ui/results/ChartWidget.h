// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class DecisionSession;

// Paints the shared charts (ChartPainter) for the session: score bars of every area in a grid,
// or the criteria profile of a few candidates of one area. Repaints on every evaluation.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { ScoreBars, CriteriaProfile };

    explicit ChartWidget(DecisionSession *session, QWidget *parent = nullptr);

    void showScoreBars();
    void showCriteriaProfile(const QString &areaId, const QStringList &candidateIds);
    Kind kind() const { return m_kind; }
    QStringList profileCandidates() const { return m_candidates; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Score bars: the height at which every bar gets its comfortable row height.
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();
    int gridColumns(int width) const;

    DecisionSession *m_session;
    Kind m_kind = Kind::ScoreBars;
    QString m_areaId;
    QStringList m_candidates;
};
