// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "StackwiseWizard.h"

#include "DecisionSession.h"
#include "LeaderPanel.h"
#include "PairwisePage.h"
#include "QuestionPage.h"
#include "ResultsPage.h"
#include "WelcomePage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

StackwiseWizard::StackwiseWizard(DecisionSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("wizard"));
    setWizardStyle(QWizard::ModernStyle);
    // The window around the wizard offers New/Open/Quit; Finish and Cancel would only hide it.
    setOptions(QWizard::NoCancelButton | QWizard::NoDefaultButton);
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton});
    button(QWizard::BackButton)->setObjectName(QStringLiteral("back_button"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("next_button"));
    button(QWizard::BackButton)->setAccessibleDescription(tr("Go to the previous page; your answers stay"));
    button(QWizard::NextButton)->setAccessibleDescription(tr("Go to the next page"));

    m_welcome = new WelcomePage(session, this);
    setPage(Page_Welcome, m_welcome);
    setPage(Page_Team, new QuestionPage(session, QStringLiteral("team"), this));
    const KnowledgeBase &kb = session->knowledgeBase();
    for (const Area &area : kb.areas) {
        setPage(Page_FirstArea + int(m_areaIds.size()), new QuestionPage(session, area.id, this));
        m_areaIds.append(area.id);
    }
    setPage(Page_Pairwise, new PairwisePage(session, this));
    setPage(Page_Results, new ResultsPage(session, this));
    setStartId(Page_Welcome);
    m_order = pageIds();

    // Progress: "Step n of m" in each page's subtitle and the list of steps on the side.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("wizard_side"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 8, 0);
    auto *stepsLabel = new QLabel(tr("S&teps"), side);
    QFont bold = stepsLabel->font();
    bold.setBold(true);
    stepsLabel->setFont(bold);
    sideLayout->addWidget(stepsLabel);
    m_steps = new QListWidget(side);
    m_steps->setObjectName(QStringLiteral("step_list"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setAccessibleDescription(tr("Every page of the wizard; activate one to go there"));
    stepsLabel->setBuddy(m_steps);
    m_steps->setFrameShape(QFrame::NoFrame);
    // Blend the list into the side column instead of a white box.
    m_steps->viewport()->setBackgroundRole(QPalette::Window);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setUniformItemSizes(true); // one line each: lay out by the first item alone
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        const int id = m_order.at(i);
        page(id)->setSubTitle(tr("Step %1 of %2").arg(i + 1).arg(m_order.size()));
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(pageTitle(id)), m_steps);
        item->setData(Qt::UserRole, id);
    }
    // Tall enough for every step without a scroll bar, no taller.
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * int(m_order.size())
                            + 2 * m_steps->frameWidth() + 4);
    m_steps->setMinimumWidth(m_steps->sizeHintForColumn(0) + 16);
    sideLayout->addWidget(m_steps);
    // The leader panel is added under the steps when a question page first needs it.
    m_sideLayout = sideLayout;
    sideLayout->addStretch(1);
    // Wide enough for "Frontend: Angular · 78 (close race)" on one line; in font units, so it
    // scales with the font and QT_SCALE_FACTOR.
    const int charWidth = side->fontMetrics().averageCharWidth();
    side->setFixedWidth(qMax(charWidth * 40, m_steps->minimumWidth()));
    setSideWidget(side);

    connect(m_steps, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        goToPage(item->data(Qt::UserRole).toInt());
    });
    connect(m_steps, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        goToPage(item->data(Qt::UserRole).toInt());
    });
    connect(this, &QWizard::currentIdChanged, this, &StackwiseWizard::onPageChanged);
}

QString StackwiseWizard::pageKey(int id) const
{
    if (id == Page_Welcome)
        return QStringLiteral("welcome");
    if (id == Page_Team)
        return QStringLiteral("team");
    if (id == Page_Pairwise)
        return QStringLiteral("pairwise");
    if (id == Page_Results)
        return QStringLiteral("results");
    const int index = id - Page_FirstArea;
    return index >= 0 && index < m_areaIds.size() ? m_areaIds.at(index) : QString();
}

int StackwiseWizard::pageIdForKey(const QString &key) const
{
    if (key == QLatin1String("welcome"))
        return Page_Welcome;
    if (key == QLatin1String("team"))
        return Page_Team;
    if (key == QLatin1String("pairwise"))
        return Page_Pairwise;
    if (key == QLatin1String("results"))
        return Page_Results;
    const qsizetype index = m_areaIds.indexOf(key);
    return index < 0 ? -1 : Page_FirstArea + int(index);
}

QString StackwiseWizard::pageTitle(int id) const
{
    if (id == Page_Welcome)
        return tr("Welcome");
    const QWizardPage *p = page(id);
    return p ? p->title() : QString();
}

void StackwiseWizard::goToPage(int id)
{
    if (!m_order.contains(id))
        return;
    while (currentId() != id) {
        const int before = currentId();
        if (m_order.indexOf(id) > m_order.indexOf(before))
            next();
        else
            back();
        if (currentId() == before)
            break; // Next refused (a required field is empty)
    }
    onPageChanged(currentId());
}

void StackwiseWizard::done(int result)
{
    // Embedded in the main window: Escape or a stray accept() must not hide the wizard.
    Q_UNUSED(result);
}

void StackwiseWizard::onPageChanged(int id)
{
    const qsizetype row = m_order.indexOf(id);
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentRow(int(row));
    }
    // Only question pages need the live leaders; Results shows the full picture itself.
    const bool leaders = id != Page_Welcome && id != Page_Results && id != -1;
    if (leaders && !m_leaderPanel) {
        m_leaderPanel = new LeaderPanel(m_session, m_steps->parentWidget());
        m_sideLayout->insertWidget(m_sideLayout->indexOf(m_steps) + 1, m_leaderPanel);
    }
    if (m_leaderPanel)
        m_leaderPanel->setVisible(leaders);
}
