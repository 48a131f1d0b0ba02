#pragma once

#include <QFrame>
#include <QMap>

class DecisionSession;
class QGridLayout;
class QLabel;

// The live leader panel of the question pages: the current leader of every area and the best
// whole stack, as the session's Evaluation says. Refreshed on every evaluationChanged.
class LeaderPanel : public QFrame
{
    Q_OBJECT
public:
    explicit LeaderPanel(DecisionSession *session, QWidget *parent = nullptr);

    // Plain text of the panel (for tests and accessibility).
    QString summaryText() const;

private:
    void refresh();
    QString candidateName(const QString &id) const;

    DecisionSession *m_session;
    QGridLayout *m_grid;
    QMap<QString, QLabel *> m_leaderLabels; // area id -> "React · 78"
    QLabel *m_stackLabel;
};
