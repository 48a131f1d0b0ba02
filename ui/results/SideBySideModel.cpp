// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "SideBySideModel.h"

#include "DecisionSession.h"
#include "ResultsText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <cmath>

SideBySideModel::SideBySideModel(DecisionSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(m_session, &DecisionSession::evaluationChanged, this, &SideBySideModel::rebuild);
}

void SideBySideModel::setCandidates(const QString &areaId, const QStringList &candidateIds)
{
    m_mode = Mode::Candidates;
    m_areaId = areaId;
    m_candidates = candidateIds.mid(0, MaxColumns);
    rebuild();
}

void SideBySideModel::setStacks(const QList<int> &stackIndexes)
{
    m_mode = Mode::Stacks;
    m_stackIndexes = stackIndexes.mid(0, MaxColumns);
    rebuild();
}

void SideBySideModel::rebuild()
{
    beginResetModel();
    m_headers.clear();
    m_rows.clear();
    if (m_mode == Mode::Candidates)
        buildCandidateRows();
    else
        buildStackRows();
    endResetModel();
}

void SideBySideModel::buildCandidateRows()
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const AreaResult *area = m_session->evaluation().area(m_areaId);
    QList<const Candidate *> candidates;
    for (const QString &id : std::as_const(m_candidates))
        if (const Candidate *c = kb.candidate(id); c && c->area == m_areaId) {
            candidates.append(c);
            m_headers.append(c->name.text());
        }
    if (candidates.isEmpty())
        return;

    Row score{tr("Score"), tr("Out of 100, from your answers"), {}, {}, {}, true};
    for (const Candidate *c : candidates) {
        double value = 0.0;
        if (area)
            for (const CandidateScore &cs : area->ranking)
                if (cs.candidate == c->id)
                    value = cs.score;
        score.cells.append(ResultsText::score(value));
        score.cellTips.append(c->summary.text());
        score.values.append(value);
    }
    m_rows.append(score);

    for (const Criterion *criterion : kb.criteriaOf(m_areaId)) {
        const double importance = area ? area->importance.value(criterion->id) : 0.0;
        Row row{tr("%1 (importance %2)").arg(criterion->name.text(), ResultsText::number(importance)),
                criterion->description.text(), {}, {}, {}, true};
        for (const Candidate *c : candidates) {
            const Rating rating = c->ratings.value(criterion->id);
            // The rating, then how current it is; who says so in the tooltip.
            const Contribution *cited = ResultsText::criterionContribution(area, c->id, criterion->id);
            QString cell = ResultsText::number(rating.score);
            if (cited && cited->stale)
                cell += QLatin1Char('\n') + tr("as of %1; may be out of date").arg(cited->asOf);
            else if (cited && !cited->asOf.isEmpty())
                cell += QLatin1Char('\n') + tr("as of %1").arg(cited->asOf);
            row.cells.append(cell);
            row.cellTips.append(ResultsText::ratingTip(kb, rating.why.text(), cited));
            row.values.append(rating.score);
        }
        m_rows.append(row);
    }

    auto textRow = [&](const QString &name, const QList<LocalizedText> Candidate::*list) {
        Row row{name, {}, {}, {}, {}, true};
        for (const Candidate *c : candidates) {
            QStringList items;
            for (const LocalizedText &t : c->*list)
                items.append(tr("• %1").arg(t.text()));
            row.cells.append(items.join(QLatin1Char('\n')));
            row.cellTips.append(QString());
        }
        m_rows.append(row);
    };
    textRow(tr("Strong for"), &Candidate::strongFor);
    textRow(tr("Pros"), &Candidate::pros);
    textRow(tr("Cons"), &Candidate::cons);
}

void SideBySideModel::buildStackRows()
{
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const Evaluation &evaluation = m_session->evaluation();
    QList<const StackResult *> stacks;
    for (int index : std::as_const(m_stackIndexes))
        if (index >= 0 && index < evaluation.stacks.size()) {
            stacks.append(&evaluation.stacks.at(index));
            m_headers.append(tr("Stack #%1").arg(index + 1));
        }
    if (stacks.isEmpty())
        return;

    Row score{tr("Stack score"), tr("Mean of the area scores plus synergies"), {}, {}, {}, true};
    for (const StackResult *s : stacks) {
        score.cells.append(ResultsText::score(s->score));
        score.cellTips.append(QString());
        score.values.append(s->score);
    }
    m_rows.append(score);

    for (const QString &areaId : kb.areaIds()) {
        const AreaResult *area = evaluation.area(areaId);
        Row row{ResultsText::areaName(kb, areaId), {}, {}, {}, {}, true};
        for (const StackResult *s : stacks) {
            const QString id = s->choice.value(areaId);
            double value = 0.0;
            if (area)
                for (const CandidateScore &cs : area->ranking)
                    if (cs.candidate == id)
                        value = cs.score;
            row.cells.append(tr("%1 (%2)").arg(ResultsText::candidateName(kb, id), ResultsText::score(value)));
            const Candidate *c = kb.candidate(id);
            row.cellTips.append(c ? c->summary.text() : QString());
            row.values.append(value);
        }
        m_rows.append(row);
    }

    Row synergies{tr("Synergies"), {}, {}, {}, {}, true};
    for (const StackResult *s : stacks) {
        QStringList lines, tips;
        for (const StackSynergy &syn : s->synergies) {
            lines.append(tr("%1 + %2 %3").arg(ResultsText::candidateName(kb, syn.a),
                                              ResultsText::candidateName(kb, syn.b),
                                              ResultsText::points(syn.points)));
            tips.append(syn.why);
        }
        synergies.cells.append(lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
        synergies.cellTips.append(tips.join(QLatin1Char('\n')));
    }
    m_rows.append(synergies);
}

int SideBySideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SideBySideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SideBySideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool numeric = !row.values.isEmpty();
    bool differs = false;
    bool best = false;
    if (numeric) {
        const auto [lo, hi] = std::minmax_element(row.values.cbegin(), row.values.cend());
        differs = *hi - *lo > 1e-9;
        const double target = row.higherIsBetter ? *hi : *lo;
        best = differs && std::abs(row.values.at(column) - target) < 1e-9;
    } else {
        differs = std::any_of(row.cells.cbegin(), row.cells.cend(),
                              [&](const QString &c) { return c != row.cells.constFirst(); });
    }

    switch (role) {
    case Qt::DisplayRole:
        return row.cells.at(column);
    case Qt::ToolTipRole:
        return row.cellTips.value(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(numeric ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignTop);
    case Qt::FontRole:
        if (best) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        // Okabe-Ito bluish green, translucent: readable on light and dark palettes; bold carries
        // the same meaning for anyone who cannot see the tint.
        if (best)
            return QBrush(QColor(0x00, 0x9e, 0x73, 70));
        break;
    case IsBestRole:
        return best;
    case DiffersRole:
        return differs;
    case ValueRole:
        return numeric ? QVariant(row.values.at(column)) : QVariant();
    }
    return {};
}

QVariant SideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
            return m_headers.at(section);
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_rows.at(section).name;
    if (role == Qt::ToolTipRole)
        return m_rows.at(section).tooltip;
    return {};
}
