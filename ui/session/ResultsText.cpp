// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ResultsText.h"

#include "Evaluation.h"
#include "KnowledgeBase.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace {
// A KB entry's text in the current language, or its id when the entry is unknown.
template<typename Entry>
QString textOr(const Entry *entry, LocalizedText Entry::*text, const QString &id)
{
    return entry ? (entry->*text).text() : id;
}
} // namespace

QString ResultsText::candidateName(const KnowledgeBase &kb, const QString &id)
{
    return textOr(kb.candidate(id), &Candidate::name, id);
}

QString ResultsText::criterionName(const KnowledgeBase &kb, const QString &id)
{
    return textOr(kb.criterion(id), &Criterion::name, id);
}

QString ResultsText::areaName(const KnowledgeBase &kb, const QString &id)
{
    return textOr(kb.area(id), &Area::name, id);
}

QString ResultsText::questionText(const KnowledgeBase &kb, const QString &id)
{
    return textOr(kb.question(id), &Question::text, id);
}

QString ResultsText::optionLabel(const KnowledgeBase &kb, const QString &questionId, const QString &optionId)
{
    const Question *q = kb.question(questionId);
    const Option *o = q ? q->option(optionId) : nullptr;
    return o ? o->label.text() : optionId;
}

QString ResultsText::importanceSource(const KnowledgeBase &kb, const QString &questionId)
{
    if (questionId.isEmpty())
        return tr("baseline");
    if (questionId == QLatin1String("weights"))
        return tr("what-if");
    if (questionId == QLatin1String("pairwise"))
        return tr("set by pairwise comparison");
    return tr("set by “%1”").arg(questionText(kb, questionId));
}

QString ResultsText::contributionLabel(const KnowledgeBase &kb, const Contribution &c)
{
    switch (c.kind) {
    case Contribution::Kind::Criterion:
        return criterionName(kb, c.criterion);
    case Contribution::Kind::Nudge:
        if (c.question.isEmpty())
            return tr("Pinned choice");
        if (c.option.isEmpty())
            return tr("Answer: %1").arg(questionText(kb, c.question));
        return tr("Answer: %1 → %2").arg(questionText(kb, c.question), optionLabel(kb, c.question, c.option));
    case Contribution::Kind::Limit:
        return tr("Kept within 0–100");
    }
    return {};
}

QString ResultsText::score(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString ResultsText::points(double value)
{
    const QString text = QLocale().toString(std::abs(value), 'f', 1);
    return value < 0 ? tr("−%1").arg(text) : tr("+%1").arg(text);
}

QString ResultsText::number(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QLocale().toString(qRound(value))
                                                       : QLocale().toString(value, 'f', 1);
}

QVariant ResultsText::rankedCellStyle(int role, int row, bool numericColumn)
{
    if (role == Qt::TextAlignmentRole && numericColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && row == 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QString ResultsText::evidenceShort(const KnowledgeBase &kb, const Contribution &c)
{
    // Short enough for a table cell: the first source's title, cut at a word, and how many more;
    // the full list is the tooltip and the line under the Breakdown table.
    constexpr int MaxTitle = 48;
    QStringList titles;
    for (const QString &id : c.sources)
        if (const Source *source = kb.source(id))
            titles.append(source->title);
    QString text;
    if (!titles.isEmpty()) {
        text = titles.first();
        if (text.size() > MaxTitle) {
            const qsizetype cut = text.lastIndexOf(QLatin1Char(' '), MaxTitle);
            text = text.left(cut > MaxTitle / 2 ? cut : MaxTitle) + QStringLiteral("\u2026");
        }
        if (titles.size() > 1)
            text = tr("%1 and %n more", nullptr, int(titles.size() - 1)).arg(text);
    }
    if (c.stale)
        text = tr("%1 (as of %2; may be out of date)").arg(text, c.asOf).trimmed();
    else if (!c.asOf.isEmpty() && !text.isEmpty()) // an uncited answer's date says nothing
        text = tr("%1 (%2)").arg(text, c.asOf);
    return text;
}

QString ResultsText::evidenceFull(const KnowledgeBase &kb, const Contribution &c)
{
    QStringList lines;
    for (const QString &id : c.sources) {
        const Source *source = kb.source(id);
        if (!source)
            continue;
        QStringList parts{source->title};
        if (!source->publisher.isEmpty())
            parts.append(source->publisher);
        parts.append(source->date);
        if (!source->url.isEmpty())
            parts.append(source->url);
        lines.append(parts.join(QStringLiteral(", ")));
    }
    if (c.stale)
        lines.append(tr("As of %1: this may be out of date.").arg(c.asOf));
    else if (!c.asOf.isEmpty())
        lines.append(tr("As of %1.").arg(c.asOf));
    return lines.join(QLatin1Char('\n'));
}

const Contribution *ResultsText::criterionContribution(const AreaResult *area, const QString &candidateId,
                                                       const QString &criterionId)
{
    if (!area)
        return nullptr;
    for (const CandidateScore &cs : area->ranking) {
        if (cs.candidate != candidateId)
            continue;
        for (const Contribution &c : cs.contributions)
            if (c.kind == Contribution::Kind::Criterion && c.criterion == criterionId)
                return &c;
    }
    return nullptr;
}

QString ResultsText::ratingTip(const KnowledgeBase &kb, const QString &why, const Contribution *c)
{
    const QString evidence = c ? evidenceFull(kb, *c) : QString();
    return evidence.isEmpty() ? why : why + QStringLiteral("\n\n") + tr("Says who: %1").arg(evidence);
}
