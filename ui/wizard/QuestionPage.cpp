// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "QuestionPage.h"

#include "DecisionSession.h"
#include "PageScrollArea.h"
#include "WrappedLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

// KB texts are plain text: a literal '&' must not turn into a mnemonic.
QString mnemonicSafe(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
}


} // namespace

QuestionPage::QuestionPage(DecisionSession *session, const QString &pageKey, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_pageKey(pageKey)
{
    setObjectName(QStringLiteral("page_%1").arg(pageKey));
    const Area *area = session->knowledgeBase().area(pageKey);
    setTitle(area ? area->name() : tr("Team"));
    m_isArea = area != nullptr;
    // The contents are built when the page is first entered (see ensureBuilt): a start-up shows
    // only the Welcome page.
}

void QuestionPage::initializePage()
{
    ensureBuilt();
}

void QuestionPage::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWizardPage::showEvent(event);
}

void QuestionPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Area *area = kb.area(m_pageKey);

    auto *scroll = new PageScrollArea(this);
    scroll->setObjectName(QStringLiteral("scroll_%1").arg(m_pageKey));
    QWidget *content = scroll->content();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 12, 4);
    layout->setSpacing(10);

    const QString intro = area ? area->description()
                               : tr("About the team that will build and run the product.");
    if (!intro.isEmpty()) {
        auto *introLabel = new WrappedLabel(intro, content);
        introLabel->setTextFormat(Qt::PlainText);
        layout->addWidget(introLabel);
    }

    if (area)
        buildPinRow(content, layout);

    m_groupNote = WrappedLabel::muted(tr("Group decision: the answers come from the members' files. "
                                "Each question lists who answered what."), content);
    m_groupNote->setObjectName(QStringLiteral("group_note_%1").arg(m_pageKey));
    m_groupNote->hide();
    layout->addWidget(m_groupNote);

    m_questionsBox = new QWidget(content);
    auto *questionsLayout = new QVBoxLayout(m_questionsBox);
    questionsLayout->setContentsMargins(0, 0, 0, 0);
    questionsLayout->setSpacing(14);
    const QList<const Question *> questions = kb.questionsOnPage(m_pageKey);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (i > 0) {
            auto *line = new QFrame(m_questionsBox);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            questionsLayout->addWidget(line);
        }
        questionsLayout->addWidget(buildQuestion(*questions.at(i), m_questionsBox));
    }
    if (questions.isEmpty())
        questionsLayout->addWidget(WrappedLabel::muted(tr("There are no questions on this page."),
                                              m_questionsBox));
    layout->addWidget(m_questionsBox);
    layout->addStretch(1);
    // Built from showEvent the page is already visible, and a new child is not shown with it.
    scroll->show();

    connect(m_session, &DecisionSession::answersChanged, this, &QuestionPage::syncFromSession);
    syncFromSession();
}

void QuestionPage::buildPinRow(QWidget *parent, QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("We &already use:"), parent);
    m_pinCombo = new QComboBox(parent);
    m_pinCombo->setObjectName(QStringLiteral("pin_%1").arg(m_pageKey));
    m_pinCombo->setAccessibleName(tr("Already decided for %1").arg(title()));
    m_pinCombo->setAccessibleDescription(tr("A candidate chosen here is kept in every stack and its questions are skipped"));
    label->setBuddy(m_pinCombo);
    m_pinCombo->addItem(tr("Not decided yet"), QString());
    for (const Candidate *candidate : m_session->knowledgeBase().candidatesOf(m_pageKey))
        m_pinCombo->addItem(candidate->name(), candidate->id);
    m_pinCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(label);
    row->addWidget(m_pinCombo);
    row->addStretch(1);
    layout->addLayout(row);

    m_pinNote = new WrappedLabel(parent);
    m_pinNote->setObjectName(QStringLiteral("pin_note_%1").arg(m_pageKey));
    m_pinNote->setWordWrap(true);
    m_pinNote->setTextFormat(Qt::PlainText);
    QFont bold = m_pinNote->font();
    bold.setBold(true);
    m_pinNote->setFont(bold);
    m_pinNote->hide();
    layout->addWidget(m_pinNote);

    connect(m_pinCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_syncing)
            m_session->setPin(m_pageKey, m_pinCombo->itemData(index).toString());
    });
}

QWidget *QuestionPage::buildQuestion(const Question &question, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("question_%1").arg(question.id));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(24);

    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    auto *text = new WrappedLabel(question.text(), box);
    text->setObjectName(QStringLiteral("q_%1_text").arg(question.id));
    text->setTextFormat(Qt::PlainText);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    left->addWidget(text);
    if (question.kind == Question::Kind::Multi)
        left->addWidget(WrappedLabel::muted(tr("Choose all that apply."), box));

    QuestionWidgets widgets;
    widgets.questionId = question.id;
    widgets.multi = question.kind == Question::Kind::Multi;
    if (!widgets.multi) {
        widgets.group = new QButtonGroup(box);
        widgets.group->setExclusive(true);
    }
    for (const Option &option : question.options) {
        QAbstractButton *button = widgets.multi
            ? static_cast<QAbstractButton *>(new QCheckBox(mnemonicSafe(option.label()), box))
            : static_cast<QAbstractButton *>(new QRadioButton(mnemonicSafe(option.label()), box));
        button->setObjectName(QStringLiteral("q_%1_%2").arg(question.id, option.id));
        button->setAccessibleName(option.label());
        button->setAccessibleDescription(question.text());
        if (widgets.group)
            widgets.group->addButton(button);
        widgets.options.append({option.id, button});
        left->addWidget(button);
    }
    if (!widgets.multi) {
        auto *unsure = new QRadioButton(tr("Not sure"), box);
        unsure->setObjectName(QStringLiteral("q_%1_unsure").arg(question.id));
        unsure->setAccessibleName(tr("Not sure"));
        unsure->setAccessibleDescription(question.text());
        unsure->setToolTip(tr("Leaves the question unanswered: it has no effect."));
        widgets.group->addButton(unsure);
        widgets.unsure = unsure;
        left->addWidget(unsure);
    }
    widgets.members = WrappedLabel::muted(QString(), box);
    widgets.members->setObjectName(QStringLiteral("q_%1_members").arg(question.id));
    widgets.members->hide();
    left->addWidget(widgets.members);
    row->addLayout(left, 3);

    auto *help = WrappedLabel::muted(question.help(), box);
    help->setObjectName(QStringLiteral("q_%1_help").arg(question.id));
    help->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    row->addWidget(help, 2);

    for (const auto &[optionId, button] : std::as_const(widgets.options))
        connect(button, &QAbstractButton::toggled, this, [this, index = m_questions.size()] {
            onButtonToggled(m_questions.at(index));
        });
    if (widgets.unsure)
        connect(widgets.unsure, &QAbstractButton::toggled, this,
                [this, index = m_questions.size()] { onButtonToggled(m_questions.at(index)); });
    m_questions.append(widgets);
    return box;
}

void QuestionPage::onButtonToggled(const QuestionWidgets &widgets)
{
    if (m_syncing)
        return;
    // An exclusive group toggles two buttons per click; both calls end in the same state and
    // the session ignores the repeated one.
    QStringList chosen;
    for (const auto &[optionId, button] : widgets.options)
        if (button->isChecked())
            chosen.append(optionId);
    if (!widgets.multi && chosen.size() > 1)
        return; // transient state inside one exclusive click
    m_session->setAnswer(widgets.questionId, chosen);
}

void QuestionPage::syncFromSession()
{
    m_syncing = true;
    const bool group = m_session->isGroup();
    const Answers answers = m_session->effectiveAnswers();

    QString pinned;
    if (m_pinCombo) {
        pinned = answers.pins.value(m_pageKey);
        const int index = m_pinCombo->findData(pinned);
        m_pinCombo->setCurrentIndex(index < 0 ? 0 : index);
        m_pinCombo->setEnabled(!group);
        const Candidate *candidate = m_session->knowledgeBase().candidate(pinned);
        m_pinNote->setVisible(!pinned.isEmpty());
        if (candidate)
            m_pinNote->setText(tr("Pinned to %1: the questions on this page are skipped. "
                                  "Choose \"Not decided yet\" to answer them.")
                                   .arg(candidate->name()));
    }
    m_groupNote->setVisible(group);
    m_questionsBox->setEnabled(pinned.isEmpty() && !group);

    const QList<QPair<QString, Answers>> members = group ? m_session->groupMembers()
                                                         : QList<QPair<QString, Answers>>{};
    const KnowledgeBase &kb = m_session->knowledgeBase();
    for (const QuestionWidgets &widgets : std::as_const(m_questions)) {
        const QStringList chosen = answers.answers.value(widgets.questionId);
        for (const auto &[optionId, button] : widgets.options)
            button->setChecked(chosen.contains(optionId));
        if (widgets.unsure && chosen.isEmpty())
            widgets.unsure->setChecked(true);

        widgets.members->setVisible(group);
        if (group) {
            const Question *question = kb.question(widgets.questionId);
            QStringList lines;
            for (const auto &[file, memberAnswers] : members) {
                const QString name = memberAnswers.project.author.isEmpty()
                    ? QFileInfo(file).completeBaseName() : memberAnswers.project.author;
                QStringList labels;
                for (const QString &optionId : memberAnswers.answers.value(widgets.questionId)) {
                    const Option *option = question ? question->option(optionId) : nullptr;
                    labels.append(option ? option->label() : optionId);
                }
                lines.append(tr("%1: %2").arg(name, labels.isEmpty()
                                                        ? tr("not answered")
                                                        : labels.join(tr(", "))));
            }
            widgets.members->setText(lines.join(QLatin1Char('\n')));
        }
    }
    m_syncing = false;
}
