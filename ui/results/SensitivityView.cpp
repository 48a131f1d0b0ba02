// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "SensitivityView.h"

#include "DecisionSession.h"
#include "ResultsText.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString element(const char *tag, const QString &text)
{
    const QString t = QLatin1String(tag);
    return QStringLiteral("<%1>%2</%1>").arg(t, esc(text));
}

QString list(const QStringList &items, const char *tag = "ul")
{
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString &item : items)
        html += element("li", item);
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}
} // namespace

SensitivityView::SensitivityView(DecisionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new WrappedLabel(this))
    , m_text(new QTextBrowser(this))
{
    m_banner->setObjectName(QStringLiteral("fragileBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    // Okabe-Ito orange with dark text: a warning that reads on light and dark palettes alike.
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #e69f00; color: #000000; padding: 8px;"
                                           " border-radius: 4px; font-weight: bold; }"));
    m_banner->setAccessibleName(tr("Warning"));
    m_text->setObjectName(QStringLiteral("sensitivityText"));
    m_text->setAccessibleName(tr("Sensitivity"));
    m_text->setAccessibleDescription(tr("How far each importance would have to move to change the first choice"));
    m_text->setOpenLinks(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_text, 1);
    connect(m_session, &DecisionSession::evaluationChanged, this, &SensitivityView::onEvaluationChanged);
}

void SensitivityView::onEvaluationChanged()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void SensitivityView::showEvent(QShowEvent *event)
{
    ensureCurrent();
    QWidget::showEvent(event);
}

void SensitivityView::ensureCurrent() const
{
    if (m_stale)
        const_cast<SensitivityView *>(this)->refresh(); // only the shown texts change
}

bool SensitivityView::isWarningShown() const
{
    ensureCurrent();
    return !m_banner->isHidden();
}

QString SensitivityView::warningText() const
{
    ensureCurrent();
    return m_banner->text();
}

QString SensitivityView::plainText() const
{
    ensureCurrent();
    return m_text->toPlainText();
}

void SensitivityView::refresh()
{
    m_stale = false;
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Evaluation &evaluation = m_session->evaluation();
    auto stackNames = [&](const StackResult &stack) {
        QStringList names;
        for (const QString &areaId : kb.areaIds())
            names.append(ResultsText::candidateName(kb, stack.choice.value(areaId)));
        return names.join(QStringLiteral(" · "));
    };

    QStringList fragileAreas;
    for (const AreaResult &area : evaluation.areas)
        if (area.fragile)
            fragileAreas.append(ResultsText::areaName(kb, area.area));
    m_banner->setText(tr("Close call in %1: a small change in what matters could change the winner. "
                         "Read the reasons below before deciding.")
                          .arg(QLocale().createSeparatedList(fragileAreas)));
    m_banner->setVisible(!fragileAreas.isEmpty());

    QString html;
    html += element("h2", tr("Recommended stack"));
    if (evaluation.stacks.isEmpty()) {
        html += element("p", tr("No stack satisfies every rule with the current pins."));
    } else {
        const StackResult &best = evaluation.stacks.constFirst();
        html += element("p", tr("%1, with a stack score of %2.").arg(stackNames(best), ResultsText::score(best.score)));
        QStringList synergies;
        for (const StackSynergy &s : best.synergies)
            synergies.append(tr("%1 + %2 (%3 points): %4")
                                 .arg(ResultsText::candidateName(kb, s.a), ResultsText::candidateName(kb, s.b),
                                      ResultsText::points(s.points), s.why));
        html += element("h3", tr("Synergies in this stack"));
        html += synergies.isEmpty() ? element("p", tr("None of its pairs has a synergy or a penalty."))
                                    : list(synergies);
        QStringList departures;
        for (const StackDeparture &d : best.departures)
            departures.append(d.why);
        if (!departures.isEmpty())
            html += element("h3", tr("Where it leaves an area's leader")) + list(departures);
    }

    html += element("h2", tr("How firm is each winner?"));
    for (const AreaResult &area : evaluation.areas) {
        html += element("h3", ResultsText::areaName(kb, area.area));
        if (area.ranking.isEmpty()) {
            html += element("p", tr("No candidates."));
            continue;
        }
        const CandidateScore &leader = area.ranking.constFirst();
        if (!area.pinned.isEmpty())
            html += element("p", tr("Pinned to %1; the ranking shows how the alternatives compare.")
                                     .arg(ResultsText::candidateName(kb, area.pinned)));
        if (area.ranking.size() > 1)
            html += element("p", tr("%1 leads with %2 points, %3% ahead of %4.")
                                     .arg(ResultsText::candidateName(kb, leader.candidate),
                                          ResultsText::score(leader.score),
                                          QLocale().toString(area.marginPercent, 'f', 1),
                                          ResultsText::candidateName(kb, area.ranking.at(1).candidate)));
        if (area.fragile)
            html += element("p", tr("Fragile winner:")) + list(area.fragileReasons);
        QStringList sentences;
        for (const SensitivityEntry &e : area.sensitivity)
            sentences.append(!e.sentence.isEmpty()
                                 ? e.sentence
                                 : tr("If the importance of %1 moved from %2 to %3, %4 would win.")
                                       .arg(ResultsText::criterionName(kb, e.criterion), ResultsText::number(e.weight),
                                            ResultsText::number(e.flipsAt), ResultsText::candidateName(kb, e.runnerUp)));
        html += sentences.isEmpty()
            ? element("p", tr("No single importance between 0 and 10 changes this winner."))
            : list(sentences);
        // Information, not a warning: open questions first.
        constexpr int MaxAnswerChanges = 6;
        if (!area.couldChange.isEmpty())
            html += element("p", tr("Answers that would put another candidate first:"))
                + list(area.couldChange.mid(0, MaxAnswerChanges));
    }

    html += element("h2", tr("Pins and rules"));
    if (evaluation.conflicts.isEmpty()) {
        html += element("p", evaluation.answers.pins.isEmpty() ? tr("Nothing is pinned.")
                                                               : tr("Your pins break no rule."));
    }
    for (const PinConflict &conflict : evaluation.conflicts) {
        QStringList pins;
        for (const QString &id : conflict.pins)
            pins.append(ResultsText::candidateName(kb, id));
        html += element("p", tr("Your pins (%1) break a rule: %2")
                                 .arg(QLocale().createSeparatedList(pins), conflict.why));
        QStringList alternatives;
        for (const StackResult &s : conflict.alternatives)
            alternatives.append(tr("%1 (score %2)").arg(stackNames(s), ResultsText::score(s.score)));
        if (!alternatives.isEmpty())
            html += element("p", tr("Best stacks with that pin released:")) + list(alternatives, "ol");
    }
    QStringList rules;
    for (const Constraint &c : kb.constraints) {
        QStringList names;
        for (const QString &id : c.candidates)
            names.append(ResultsText::candidateName(kb, id));
        const QString target = QLocale().createSeparatedList(names);
        const QString rule = c.kind == Constraint::Kind::Requires
            ? tr("%1 needs %2 in %3").arg(ResultsText::candidateName(kb, c.when), target, ResultsText::areaName(kb, c.area))
            : tr("%1 rules out %2 in %3").arg(ResultsText::candidateName(kb, c.when), target, ResultsText::areaName(kb, c.area));
        rules.append(c.why.isEmpty() ? rule : tr("%1: %2").arg(rule, c.why.text()));
    }
    if (!rules.isEmpty())
        html += element("h3", tr("Rules every stack follows")) + list(rules);

    m_text->setHtml(html);
}
