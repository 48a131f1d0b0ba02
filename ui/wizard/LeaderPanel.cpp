// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "LeaderPanel.h"

#include "DecisionSession.h"
#include "WrappedLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

LeaderPanel::LeaderPanel(DecisionSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("leaderPanel"));
    setAccessibleName(tr("Current leaders"));
    setFrameShape(QFrame::StyledPanel);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Current leaders"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(8);
    const KnowledgeBase &kb = session->knowledgeBase();
    int row = 0;
    for (const Area &area : kb.areas) {
        auto *name = new QLabel(tr("%1:").arg(area.name()), this);
        auto *leader = new WrappedLabel(this);
        leader->setObjectName(QStringLiteral("leader_%1").arg(area.id));
        leader->setWordWrap(true);
        leader->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(name, row, 0, Qt::AlignTop);
        m_grid->addWidget(leader, row, 1, Qt::AlignTop);
        m_leaderLabels.insert(area.id, leader);
        ++row;
    }
    layout->addLayout(m_grid);

    auto *stackTitle = new QLabel(tr("Best stack"), this);
    stackTitle->setFont(titleFont);
    layout->addSpacing(6);
    layout->addWidget(stackTitle);
    m_stackLabel = new WrappedLabel(this);
    m_stackLabel->setObjectName(QStringLiteral("leader_stack"));
    m_stackLabel->setWordWrap(true);
    m_stackLabel->setTextFormat(Qt::PlainText); // names and reasons come from the knowledge base
    m_stackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_stackLabel);
    layout->addStretch(1);

    connect(session, &DecisionSession::evaluationChanged, this, &LeaderPanel::onEvaluationChanged);
}

void LeaderPanel::onEvaluationChanged()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void LeaderPanel::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QFrame::showEvent(event);
}

QString LeaderPanel::candidateName(const QString &id) const
{
    const Candidate *c = m_session->knowledgeBase().candidate(id);
    return c ? c->name() : id;
}

void LeaderPanel::refresh()
{
    m_stale = false;
    const Evaluation &evaluation = m_session->evaluation();
    const QLocale locale;
    for (auto it = m_leaderLabels.cbegin(); it != m_leaderLabels.cend(); ++it) {
        const AreaResult *result = evaluation.area(it.key());
        QString text;
        if (!result || result->ranking.isEmpty()) {
            text = tr("no candidates");
        } else if (!result->pinned.isEmpty()) {
            text = tr("%1 (pinned)").arg(candidateName(result->pinned));
        } else {
            const CandidateScore &best = result->ranking.first();
            text = tr("%1 · %2").arg(candidateName(best.candidate),
                                     locale.toString(best.score, 'f', 0));
            // On its own line: the side column is narrow, and a wrapped "(close / race)" reads badly.
            if (result->fragile)
                text += QLatin1Char('\n') + tr("close race");
        }
        it.value()->setText(text);
    }

    if (evaluation.stacks.isEmpty()) {
        m_stackLabel->setText(tr("No legal stack: a pin breaks a hard rule."));
    } else {
        const StackResult &best = evaluation.stacks.first();
        QStringList names;
        for (const Area &area : m_session->knowledgeBase().areas)
            if (best.choice.contains(area.id))
                names.append(candidateName(best.choice.value(area.id)));
        QString text = tr("%1 · %2").arg(names.join(QStringLiteral(" + ")), locale.toString(best.score, 'f', 0));
        // A best stack that leaves an area's leader says why, right there.
        for (const StackDeparture &d : best.departures)
            text += QLatin1Char('\n') + d.why;
        m_stackLabel->setText(text);
    }
    setAccessibleDescription(summaryText());
}

QString LeaderPanel::summaryText() const
{
    if (m_stale)
        const_cast<LeaderPanel *>(this)->refresh(); // only the cached label texts change
    QStringList lines;
    for (auto it = m_leaderLabels.cbegin(); it != m_leaderLabels.cend(); ++it)
        lines.append(it.key() + QLatin1String(": ") + it.value()->text());
    lines.append(m_stackLabel->text());
    return lines.join(QLatin1Char('\n'));
}
