// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "PairwisePage.h"

#include "Ahp.h"
#include "CentredSlider.h"
#include "DecisionSession.h"
#include "PageScrollArea.h"
#include "WrappedLabel.h"

#include <QApplication>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr int ScaleSteps = 8; // positions -8..8: 9 .. 1 .. 9


// 3, 1/3 as the file writes them; a group's geometric means with one decimal.
QString factorText(double factor)
{
    const double rounded = std::round(factor);
    if (std::abs(factor - rounded) < 0.05)
        return QLocale().toString(int(rounded));
    return QLocale().toString(factor, 'f', 1);
}

QString valueText(double value)
{
    if (value >= 1.0 - 1e-9)
        return factorText(value);
    return QStringLiteral("1/") + factorText(1.0 / value);
}

} // namespace

PairwisePage::PairwisePage(DecisionSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("page_pairwise"));
    setTitle(tr("Compare what matters"));
    // Built when first entered, like the question pages: a start shows only the Welcome page.
}

double PairwisePage::valueAt(int position)
{
    position = qBound(-ScaleSteps, position, ScaleSteps);
    return position <= 0 ? 1.0 - position : 1.0 / (1.0 + position);
}

int PairwisePage::positionOf(double value)
{
    if (!(value > 0.0))
        return 0;
    const int steps = int(std::lround((value >= 1.0 ? value : 1.0 / value) - 1.0));
    return qBound(-ScaleSteps, value >= 1.0 ? -steps : steps, ScaleSteps);
}

void PairwisePage::initializePage()
{
    ensureBuilt();
    syncFromSession();
}

void PairwisePage::showEvent(QShowEvent *event)
{
    ensureBuilt();
    if (m_stale)
        syncFromSession();
    QWizardPage::showEvent(event);
}

void PairwisePage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;

    // Up to 21 rows and the weights under them. Names wrap and sliders shrink; only a very
    // narrow window scrolls sideways.
    auto *scroll = new PageScrollArea(this, Qt::ScrollBarAsNeeded);
    scroll->setObjectName(QStringLiteral("scroll_pairwise"));
    QWidget *content = scroll->content();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 12, 4);
    layout->setSpacing(10);

    auto *intro = new WrappedLabel(
        tr("Optional. Two criteria at a time: which matters more for this project, and how much? "
           "Slide towards the one that matters more. Each step is one point of Saaty's scale: 1 "
           "equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important. "
           "Stackwise turns the judgments into importance and checks that they agree with each "
           "other. Leave a pair alone to skip it, or the whole page to keep the importance your "
           "answers gave."),
        content);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_groupNote = WrappedLabel::muted(QString(), content);
    m_groupNote->setObjectName(QStringLiteral("pairwise_group_note"));
    m_groupNote->hide();
    layout->addWidget(m_groupNote);

    m_emptyNote = WrappedLabel::muted(tr("Nothing to compare: fewer than two criteria matter after the answers."), content);
    m_emptyNote->setObjectName(QStringLiteral("pairwise_empty_note"));
    m_emptyNote->hide();
    layout->addWidget(m_emptyNote);

    m_consistency = WrappedLabel::muted(QString(), content);
    m_consistency->setObjectName(QStringLiteral("pairwise_consistency"));
    layout->addWidget(m_consistency);

    // Qt Creator's live validation: the problem shows where the judgments are, with the fix.
    m_warning = new QWidget(content);
    m_warning->setObjectName(QStringLiteral("pairwise_warning"));
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    auto *warningIcon = new QLabel(m_warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    m_warningText = new WrappedLabel(m_warning);
    m_warningText->setObjectName(QStringLiteral("pairwise_warning_text"));
    m_warningText->setTextFormat(Qt::PlainText);
    warningLayout->addWidget(m_warningText, 1);
    m_useSuggestion = new QPushButton(m_warning);
    m_useSuggestion->setObjectName(QStringLiteral("pairwise_use_suggestion"));
    m_useSuggestion->setAccessibleName(tr("Use the suggested value"));
    m_useSuggestion->setAccessibleDescription(tr("Replaces the most inconsistent judgment with the value the others imply"));
    connect(m_useSuggestion, &QPushButton::clicked, this, &PairwisePage::applySuggestion);
    warningLayout->addWidget(m_useSuggestion, 0, Qt::AlignTop);
    m_warning->hide();
    layout->addWidget(m_warning);

    m_unlinked = new WrappedLabel(content);
    m_unlinked->setObjectName(QStringLiteral("pairwise_unlinked"));
    m_unlinked->setTextFormat(Qt::PlainText);
    m_unlinked->hide();
    layout->addWidget(m_unlinked);

    m_rowsBox = new QWidget(content);
    m_rowsBox->setObjectName(QStringLiteral("pairwise_rows"));
    m_rowsLayout = new QGridLayout(m_rowsBox);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setHorizontalSpacing(8);
    m_rowsLayout->setVerticalSpacing(4);
    // The names share the width with the slider, and wrap only when the window is narrow.
    m_rowsLayout->setColumnStretch(0, 1);
    m_rowsLayout->setColumnStretch(1, 2);
    m_rowsLayout->setColumnStretch(2, 1);
    layout->addWidget(m_rowsBox);

    auto *weightsTitle = new QLabel(tr("Weights from the judgments"), content);
    QFont bold = weightsTitle->font();
    bold.setBold(true);
    weightsTitle->setFont(bold);
    layout->addWidget(weightsTitle);
    auto *weightsBox = new QWidget(content);
    weightsBox->setObjectName(QStringLiteral("pairwise_weights"));
    m_weightsLayout = new QGridLayout(weightsBox);
    m_weightsLayout->setContentsMargins(0, 0, 0, 0);
    m_weightsLayout->setHorizontalSpacing(8);
    m_weightsLayout->setVerticalSpacing(2);
    m_weightsLayout->setColumnStretch(1, 1);
    layout->addWidget(weightsBox);

    auto *buttons = new QHBoxLayout;
    m_clearAll = new QPushButton(tr("Clear all &judgments"), content);
    m_clearAll->setObjectName(QStringLiteral("pairwise_clear_all"));
    m_clearAll->setAccessibleDescription(tr("Removes every pairwise judgment; the importance comes from the answers again"));
    connect(m_clearAll, &QPushButton::clicked, this, [this] { m_session->setPairwise({}); });
    buttons->addWidget(m_clearAll);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_session, &DecisionSession::answersChanged, this, &PairwisePage::syncFromSession);
    syncFromSession();
}

QString PairwisePage::criterionName(const QString &id) const
{
    const Criterion *criterion = m_session->knowledgeBase().criterion(id);
    return criterion ? criterion->name.text() : id;
}

// "Security 3×", "equal", "Cost 2.4×" (a group's mean): the one that matters more, and how much.
QString PairwisePage::judgmentText(const QString &a, const QString &b, double value) const
{
    if (std::abs(value - 1.0) < 1e-9)
        return tr("equal");
    return value > 1.0 ? tr("%1 %2×").arg(criterionName(a), factorText(value))
                       : tr("%1 %2×").arg(criterionName(b), factorText(1.0 / value));
}

// "← 3×" (the left one matters three times as much), "equal", "2× →": beside the slider, whose
// row names the two.
QString PairwisePage::compactText(double value)
{
    if (std::abs(value - 1.0) < 1e-9)
        return tr("equal");
    return value > 1.0 ? tr("← %1×").arg(factorText(value)) : tr("%1× →").arg(factorText(1.0 / value));
}

void PairwisePage::rebuildRows()
{
    // A widget added to a visible grid is shown later, and each such show lays the whole grid
    // out again: for 21 rows that was 130 layouts of the page (20 ms on the first visit). Hidden
    // while they are rebuilt, the grids are laid out once, when shown again.
    QWidget *weightsBox = m_weightsLayout->parentWidget();
    m_rowsBox->hide();
    weightsBox->hide();
    rebuildGrids();
    m_rowsBox->show();
    weightsBox->show();
}

void PairwisePage::rebuildGrids()
{
    // Every widget of the rows sits in one of the two grids.
    m_rows.clear();
    m_weightRows.clear();
    for (QGridLayout *grid : {m_rowsLayout, m_weightsLayout}) {
        while (QLayoutItem *item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }

    int line = 0;
    if (m_criteria.size() >= 2) {
        // The scale over the sliders: the side a slider leans to is the one that matters more.
        // Short: the intro says what the sides mean, and the column must stay narrow.
        auto *left = new QLabel(tr("← 9×"), m_rowsBox);
        auto *right = new QLabel(tr("9× →"), m_rowsBox);
        for (QLabel *label : {left, right})
            label->setForegroundRole(QPalette::PlaceholderText);
        auto *scale = new QWidget(m_rowsBox);
        auto *scaleLayout = new QHBoxLayout(scale);
        scaleLayout->setContentsMargins(0, 0, 0, 0);
        scaleLayout->addWidget(left);
        scaleLayout->addStretch(1);
        auto *equal = new QLabel(tr("equal"), scale);
        equal->setForegroundRole(QPalette::PlaceholderText);
        scaleLayout->addWidget(equal, 0, Qt::AlignHCenter);
        scaleLayout->addStretch(1);
        scaleLayout->addWidget(right);
        m_rowsLayout->addWidget(scale, line++, 1);
    }
    QFont italic = font();
    italic.setItalic(true);
    const int valueWidth = std::max({QFontMetrics(italic).horizontalAdvance(tr("not compared")),
                                 fontMetrics().horizontalAdvance(tr("equal")),
                                 fontMetrics().horizontalAdvance(compactText(9.9)),
                                 fontMetrics().horizontalAdvance(compactText(1 / 9.9))});
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QPixmap warningPixmap = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize);
    for (qsizetype i = 0; i < m_criteria.size(); ++i) {
        for (qsizetype k = i + 1; k < m_criteria.size(); ++k) {
            Row row;
            row.a = m_criteria.at(i);
            row.b = m_criteria.at(k);
            // Names wrap, so that the rows fit a narrow window.
            auto *leftName = new WrappedLabel(criterionName(row.a), m_rowsBox);
            leftName->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *rightName = new WrappedLabel(criterionName(row.b), m_rowsBox);
            row.slider = new CentredSlider(Qt::Horizontal, m_rowsBox);
            row.slider->setObjectName(QStringLiteral("pairwise_%1_%2").arg(row.a, row.b));
            row.slider->setRange(-ScaleSteps, ScaleSteps);
            row.slider->setPageStep(2);
            row.slider->setTickPosition(QSlider::TicksBelow);
            row.slider->setTickInterval(1);
            row.slider->setAccessibleName(tr("%1 against %2").arg(criterionName(row.a), criterionName(row.b)));
            row.slider->setToolTip(tr("Left: %1 matters more. Right: %2 matters more. Delete clears the judgment.")
                                       .arg(criterionName(row.a), criterionName(row.b)));
            row.slider->installEventFilter(this);
            leftName->setBuddy(row.slider);
            row.value = new QLabel(m_rowsBox);
            row.value->setObjectName(QStringLiteral("pairwise_value_%1_%2").arg(row.a, row.b));
            // Wide enough for every value: the column does not jump as values change.
            row.value->setMinimumWidth(valueWidth);
            row.clear = new QToolButton(m_rowsBox);
            row.clear->setObjectName(QStringLiteral("pairwise_clear_%1_%2").arg(row.a, row.b));
            row.clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, this));
            row.clear->setAutoRaise(true);
            // Out of the Tab chain: Delete on the slider does the same, and Tab then moves from
            // pair to pair (21 stops, not 42).
            row.clear->setFocusPolicy(Qt::NoFocus);
            row.clear->setAccessibleName(tr("Clear the judgment of %1 against %2")
                                             .arg(criterionName(row.a), criterionName(row.b)));
            row.clear->setToolTip(row.clear->accessibleName());
            row.clear->setAccessibleDescription(tr("The pair is then not compared"));
            m_rowsLayout->addWidget(leftName, line, 0);
            m_rowsLayout->addWidget(row.slider, line, 1);
            m_rowsLayout->addWidget(rightName, line, 2);
            m_rowsLayout->addWidget(row.value, line, 3);
            m_rowsLayout->addWidget(row.clear, line, 4);
            // Marks the row of the most inconsistent judgment, where the fix applies.
            row.flag = new QLabel(m_rowsBox);
            row.flag->setObjectName(QStringLiteral("pairwise_flag_%1_%2").arg(row.a, row.b));
            row.flag->setPixmap(warningPixmap);
            row.flag->setFixedWidth(iconSize);
            row.flag->setToolTip(tr("The most inconsistent judgment"));
            row.flag->setVisible(false);
            m_rowsLayout->addWidget(row.flag, line, 5);
            ++line;

            const QString a = row.a, b = row.b;
            QSlider *slider = row.slider;
            connect(slider, &QSlider::valueChanged, this, [this, a, b](int position) {
                if (!m_syncing)
                    setJudgment(a, b, valueAt(position));
            });
            // A press and release without a move still judges: "equal" for a pair not compared.
            connect(slider, &QSlider::sliderReleased, this, [this, a, b, slider] {
                if (!m_syncing)
                    setJudgment(a, b, valueAt(slider->value()));
            });
            connect(row.clear, &QToolButton::clicked, this, [this, a, b] { setJudgment(a, b, std::nullopt); });
            m_rows.append(row);
        }
    }

    for (qsizetype i = 0; i < m_criteria.size(); ++i) {
        WeightRow row;
        row.criterion = m_criteria.at(i);
        auto *name = new QLabel(criterionName(row.criterion), m_weightsLayout->parentWidget());
        row.bar = new QProgressBar(m_weightsLayout->parentWidget());
        row.bar->setObjectName(QStringLiteral("pairwise_weight_%1").arg(row.criterion));
        row.bar->setRange(0, 1000);
        row.bar->setAccessibleName(tr("Weight of %1").arg(criterionName(row.criterion)));
        row.importance = new QLabel(m_weightsLayout->parentWidget());
        row.importance->setObjectName(QStringLiteral("pairwise_importance_%1").arg(row.criterion));
        name->setBuddy(row.bar);
        m_weightsLayout->addWidget(name, int(i), 0);
        m_weightsLayout->addWidget(row.bar, int(i), 1);
        m_weightsLayout->addWidget(row.importance, int(i), 2);
        m_weightRows.append(row);
    }
}

void PairwisePage::syncFromSession()
{
    if (!m_built)
        return;
    // Hidden, the page waits until it is shown: a change on another page then costs no
    // evaluation here (the session evaluates on first read).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_syncing = true;
    const bool group = m_session->isGroup();
    const QStringList criteria = m_session->criteriaToCompare();
    if (criteria != m_criteria) {
        m_criteria = criteria;
        rebuildRows();
    }
    const Answers answers = m_session->effectiveAnswers();
    const Evaluation &evaluation = m_session->evaluation();
    const std::optional<AhpResult> &ahp = evaluation.pairwise;

    m_emptyNote->setVisible(m_criteria.size() < 2);
    // A group's judgments come from the members' files: shown, not edited.
    m_clearAll->setVisible(!group);
    m_clearAll->setEnabled(!answers.pairwise.isEmpty());

    for (const Row &row : std::as_const(m_rows)) {
        std::optional<double> value;
        for (const PairwiseJudgment &j : answers.pairwise) {
            if (j.a == row.a && j.b == row.b)
                value = j.value;
            else if (j.a == row.b && j.b == row.a)
                value = 1.0 / j.value;
        }
        row.slider->setValue(value ? positionOf(*value) : 0);
        row.slider->setEnabled(!group);
        row.clear->setEnabled(value.has_value() && !group);
        QFont font = row.value->font();
        font.setItalic(!value);
        row.value->setFont(font);
        row.value->setForegroundRole(value ? QPalette::WindowText : QPalette::PlaceholderText);
        const QString text = value ? judgmentText(row.a, row.b, *value) : tr("not compared");
        row.value->setText(value ? compactText(*value) : text);
        row.value->setToolTip(text);
        row.slider->setAccessibleDescription(text);
    }

    const QMap<QString, double> importance = ahp ? ahp->importance() : QMap<QString, double>();
    for (const WeightRow &row : std::as_const(m_weightRows)) {
        const qsizetype index = ahp ? ahp->criteria.indexOf(row.criterion) : -1;
        if (index < 0) {
            row.bar->setValue(0);
            row.bar->setFormat(tr("not compared"));
            row.importance->setText(QString());
            continue;
        }
        const double weight = ahp->weights.at(index);
        row.bar->setValue(int(std::lround(weight * 1000)));
        row.bar->setFormat(tr("%1%").arg(QLocale().toString(weight * 100, 'f', 0)));
        row.importance->setText(tr("importance %1").arg(QLocale().toString(importance.value(row.criterion), 'f', 1)));
    }

    // Consistency, and the judgment to change when the ratio is too high.
    m_suggestedPair.reset();
    QString consistency;
    if (!ahp) {
        consistency = answers.pairwise.isEmpty()
            ? tr("No judgments yet: the importance comes from your answers.")
            : QString();
    } else if (ahp->criteria.size() < 3) {
        consistency = tr("Two criteria are always consistent; the consistency ratio needs three or more.");
    } else {
        consistency = tr("Consistency ratio %1 (CI %2 ÷ RI %3, Saaty's random index for %n criteria): %4.",
                         nullptr, int(ahp->criteria.size()))
                          .arg(QLocale().toString(ahp->consistencyRatio, 'f', 2),
                               QLocale().toString(ahp->consistencyIndex, 'f', 3),
                               QLocale().toString(ahp->randomIndex, 'f', 2),
                               ahp->isConsistentEnough() ? tr("consistent enough (0.10 at most)")
                                                         : tr("too inconsistent to rely on"));
        if (ahp->missing > 0)
            consistency += QLatin1Char(' ')
                + tr("%n pair(s) not compared were completed from the others (Harker's method).", nullptr, ahp->missing);
    }
    m_consistency->setText(consistency);
    m_consistency->setVisible(!consistency.isEmpty());

    const bool warn = ahp && !ahp->isConsistentEnough() && ahp->mostInconsistent;
    m_warning->setVisible(warn);
    for (const Row &row : std::as_const(m_rows)) {
        const PairwiseJudgment *worst = warn ? &*ahp->mostInconsistent : nullptr;
        row.flag->setVisible(worst && ((worst->a == row.a && worst->b == row.b) || (worst->a == row.b && worst->b == row.a)));
    }
    if (warn) {
        const PairwiseJudgment &worst = *ahp->mostInconsistent;
        m_warningText->setText(
            tr("These judgments contradict each other (consistency ratio %1, above 0.10). Furthest "
               "out: %2 against %3, given as %4; the other judgments imply %5.")
                .arg(QLocale().toString(ahp->consistencyRatio, 'f', 2), criterionName(worst.a),
                     criterionName(worst.b), judgmentText(worst.a, worst.b, worst.value),
                     judgmentText(worst.a, worst.b, ahp->suggested)));
        m_useSuggestion->setText(tr("&Use %1").arg(valueText(ahp->suggested)));
        m_useSuggestion->setAccessibleName(tr("Use %1 for %2 against %3")
                                               .arg(judgmentText(worst.a, worst.b, ahp->suggested),
                                                    criterionName(worst.a), criterionName(worst.b)));
        m_useSuggestion->setVisible(!group);
        m_suggestedPair = std::make_pair(worst.a, worst.b);
        m_suggestedValue = ahp->suggested;
    }

    const QStringList unlinked = Ahp::unlinkedCriteria(answers.pairwise);
    m_unlinked->setVisible(!ahp && !unlinked.isEmpty());
    if (!ahp && !unlinked.isEmpty()) {
        QStringList names;
        for (const QString &id : unlinked)
            names.append(criterionName(id));
        m_unlinked->setText(tr("Compare %1 with one of the others as well: until every criterion "
                               "compared is linked to the rest, the judgments set no importance.")
                                .arg(names.join(tr(", "))));
    }

    m_groupNote->setVisible(group);
    if (group && evaluation.group) {
        QStringList lines{tr("Group decision: each pair shows the geometric mean of the members who "
                             "judged it, the standard way to combine judgments.")};
        QStringList members;
        for (const GroupMember &member : evaluation.group->members) {
            const auto cr = evaluation.group->pairwiseConsistency.constFind(member.file);
            members.append(cr == evaluation.group->pairwiseConsistency.cend()
                               ? tr("%1: no judgments").arg(member.name)
                               : tr("%1: consistency ratio %2").arg(member.name, QLocale().toString(*cr, 'f', 2)));
        }
        lines.append(members.join(tr("; ")));
        const QList<PairwiseDisagreement> &apart = evaluation.group->pairwiseDisagreements;
        for (qsizetype i = 0; i < qMin<qsizetype>(3, apart.size()); ++i) {
            const PairwiseDisagreement &d = apart.at(i);
            lines.append(tr("Furthest apart: %1 against %2, from %3 to %4.")
                             .arg(criterionName(d.a), criterionName(d.b), judgmentText(d.a, d.b, d.lowest()),
                                  judgmentText(d.a, d.b, d.highest())));
        }
        m_groupNote->setText(lines.join(QLatin1Char('\n')));
    }
    m_syncing = false;
}

void PairwisePage::setJudgment(const QString &a, const QString &b, std::optional<double> value)
{
    QList<PairwiseJudgment> judgments = m_session->answers().pairwise;
    qsizetype found = -1;
    for (qsizetype i = 0; i < judgments.size(); ++i) {
        const PairwiseJudgment &j = judgments.at(i);
        if ((j.a == a && j.b == b) || (j.a == b && j.b == a))
            found = i;
    }
    if (value) {
        PairwiseJudgment judgment;
        judgment.a = a;
        judgment.b = b;
        judgment.value = *value;
        if (found >= 0)
            judgments[found] = judgment;
        else
            judgments.append(judgment);
    } else if (found >= 0) {
        judgments.removeAt(found);
    }
    m_session->setPairwise(judgments);
}

void PairwisePage::applySuggestion()
{
    if (m_suggestedPair)
        setJudgment(m_suggestedPair->first, m_suggestedPair->second, m_suggestedValue);
}

bool PairwisePage::eventFilter(QObject *watched, QEvent *event)
{
    // Delete or Backspace on a slider clears its judgment: keyboard-only use can undo a pair.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            for (const Row &row : std::as_const(m_rows)) {
                if (row.slider == watched) {
                    setJudgment(row.a, row.b, std::nullopt);
                    return true;
                }
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}
