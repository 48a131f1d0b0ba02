// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "WelcomePage.h"

#include "DecisionSession.h"
#include "PageScrollArea.h"
#include "WrappedLabel.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(DecisionSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("page_welcome"));
    setTitle(tr("Welcome to Stackwise"));

    auto *scroll = new PageScrollArea(this);
    QWidget *content = scroll->content();
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(4, 4, 12, 4);
    // One readable column instead of fields stretched across a wide window; measured in
    // characters so it follows the font and the scale factor.
    m_column = new QWidget(content);
    m_column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    row->addWidget(m_column, 1);
    row->addStretch(0);
    m_layout = new QVBoxLayout(m_column);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);

    auto *intro = new WrappedLabel(tr("Answer a few questions about your team and your product, one "
                                      "page per part of the stack. Stackwise ranks the candidates of "
                                      "every area and the best whole stacks, and explains each score. "
                                      "Only the project name is required; skip any question you are "
                                      "not sure about."), m_column);
    m_layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(m_column);
    m_name->setObjectName(QStringLiteral("project_name"));
    m_name->setAccessibleName(tr("Project name"));
    m_name->setAccessibleDescription(tr("Required; shown in every report"));
    m_name->setPlaceholderText(tr("e.g. Field-service portal"));
    // The clear button loads its icon through an image plugin; asking for it only once the field
    // holds text keeps that load out of the first frame (issue 17), and an empty field has nothing
    // to clear anyway.
    connect(m_name, &QLineEdit::textChanged, m_name, [this](const QString &text) {
        if (!text.isEmpty() && !m_name->isClearButtonEnabled())
            m_name->setClearButtonEnabled(true);
    });
    m_nameHint = new QLabel(tr("Enter a project name to continue."), m_column);
    m_nameHint->setObjectName(QStringLiteral("project_name_hint"));
    m_nameHint->setForegroundRole(QPalette::PlaceholderText);
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameHint);
    auto *nameLabel = new QLabel(tr("&Project name:"), m_column);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);
    m_author = new QLineEdit(m_column);
    m_author->setObjectName(QStringLiteral("project_author"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setAccessibleDescription(tr("Optional; who answers the questions"));
    form->addRow(tr("&Author:"), m_author);
    m_notes = new QPlainTextEdit(m_column);
    m_notes->setObjectName(QStringLiteral("project_notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setAccessibleDescription(tr("Optional; anything the team wants on record"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 7);
    form->addRow(tr("Note&s:"), m_notes);
    m_layout->addLayout(form);

    auto *continueLabel = new QLabel(tr("Continue a decision"), m_column);
    QFont bold = continueLabel->font();
    bold.setBold(true);
    continueLabel->setFont(bold);
    m_layout->addSpacing(4);
    m_layout->addWidget(continueLabel);
    auto *buttons = new QHBoxLayout;
    auto *openButton = new QPushButton(tr("&Open answers file…"), m_column);
    openButton->setObjectName(QStringLiteral("open_file_button"));
    openButton->setAccessibleDescription(tr("Continue a decision saved in an answers file"));
    auto *groupButton = new QPushButton(tr("Open &group…"), m_column);
    groupButton->setObjectName(QStringLiteral("open_group_button"));
    groupButton->setAccessibleDescription(tr("Open several members' answers files as one group decision."));
    groupButton->setToolTip(tr("Open several members' answers files as one group decision."));
    buttons->addWidget(openButton);
    buttons->addWidget(groupButton);
    buttons->addStretch(1);
    m_layout->addLayout(buttons);
    m_layout->addStretch(1);

    registerField(QStringLiteral("project.name*"), m_name);

    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(groupButton, &QPushButton::clicked, this, &WelcomePage::openGroupRequested);
    connect(m_name, &QLineEdit::textChanged, this, &WelcomePage::writeProject);
    connect(m_author, &QLineEdit::textChanged, this, &WelcomePage::writeProject);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &WelcomePage::writeProject);
    connect(session, &DecisionSession::answersChanged, this, &WelcomePage::syncFromSession);
    syncFromSession();
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    // The list is built the first time there is something to list: a first start shows none.
    if (!m_recent) {
        if (paths.isEmpty())
            return;
        auto *recentLabel = new QLabel(tr("&Recent files:"), m_column);
        m_recent = new QListWidget(m_column);
        m_recent->setObjectName(QStringLiteral("recent_files"));
        m_recent->setAccessibleName(tr("Recent files"));
        m_recent->setAccessibleDescription(tr("Activate a file to open it"));
        recentLabel->setBuddy(m_recent);
        // Above the closing stretch, under the Open buttons.
        const int at = m_layout->count() - 1;
        m_layout->insertWidget(at, recentLabel);
        m_layout->insertWidget(at + 1, m_recent);
        m_recentLabel = recentLabel;
        connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit openRecentRequested(item->data(Qt::UserRole).toString());
        });
    }
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(),
                              QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!QFileInfo::exists(path)) { // greyed out and not activatable, like the menu entry
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (not found)").arg(QDir::toNativeSeparators(path)));
        }
    }
    // As tall as its files (the list keeps at most MainWindow::MaxRecentFiles), no empty rows.
    if (!paths.isEmpty())
        m_recent->setFixedHeight(m_recent->sizeHintForRow(0) * int(paths.size()) + 2 * m_recent->frameWidth() + 2);
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}

void WelcomePage::writeProject()
{
    m_nameHint->setVisible(m_name->text().trimmed().isEmpty());
    if (m_syncing)
        return;
    m_session->setProject({m_name->text(), m_author->text(), m_notes->toPlainText()});
}

void WelcomePage::syncFromSession()
{
    m_syncing = true;
    const ProjectInfo project = m_session->effectiveAnswers().project;
    // Only touch the editors when the text differs, so typing keeps the cursor where it is.
    if (m_name->text() != project.name)
        m_name->setText(project.name);
    if (m_author->text() != project.author)
        m_author->setText(project.author);
    if (m_notes->toPlainText() != project.notes)
        m_notes->setPlainText(project.notes);
    m_nameHint->setVisible(m_name->text().trimmed().isEmpty());

    const bool group = m_session->isGroup();
    if (group && !m_groupLabel) {
        m_groupLabel = new WrappedLabel(m_column);
        m_groupLabel->setObjectName(QStringLiteral("group_members"));
        m_groupLabel->setWordWrap(true);
        m_groupLabel->setTextFormat(Qt::PlainText);
        m_layout->insertWidget(2, m_groupLabel); // under the intro and the project form
    }
    if (m_groupLabel)
        m_groupLabel->setVisible(group);
    if (group) {
        QStringList names;
        const auto members = m_session->groupMembers();
        for (const auto &[file, answers] : members)
            names.append(answers.project.author.isEmpty()
                             ? QFileInfo(file).completeBaseName()
                             : tr("%1 (%2)").arg(answers.project.author, QFileInfo(file).fileName()));
        m_groupLabel->setText(tr("Group decision of %n member(s): %1", nullptr, int(members.size()))
                                  .arg(names.join(tr(", "))));
    }
    m_syncing = false;
}
