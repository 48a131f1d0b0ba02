// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ChartWidget.h"

#include "ChartPainter.h"
#include "DecisionSession.h"
#include "ResultsText.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

ChartWidget::ChartWidget(DecisionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(m_session, &DecisionSession::evaluationChanged, this, [this] {
        updateDescription();
        update();
    });
    updateDescription();
}

void ChartWidget::showScoreBars()
{
    m_kind = Kind::ScoreBars;
    setAccessibleName(tr("Scores per area"));
    updateDescription();
    updateGeometry();
    update();
}

void ChartWidget::showCriteriaProfile(const QString &areaId, const QStringList &candidateIds)
{
    m_kind = Kind::CriteriaProfile;
    m_areaId = areaId;
    m_candidates = candidateIds;
    setAccessibleName(tr("Criteria profile"));
    updateDescription();
    updateGeometry();
    update();
}

int ChartWidget::gridColumns(int width) const
{
    const int areas = std::max<int>(1, int(m_session->evaluation().areas.size()));
    // About 48 average characters per chart keeps names and scores readable.
    const int perChart = fontMetrics().averageCharWidth() * 48;
    return std::clamp(width / std::max(1, perChart), 1, areas);
}

bool ChartWidget::hasHeightForWidth() const
{
    return true;
}

int ChartWidget::heightForWidth(int width) const
{
    // A radar is round: about as tall as wide, plus its legend.
    if (m_kind == Kind::CriteriaProfile)
        return width * 4 / 5 + fontMetrics().height() * 3;
    // Mirrors paintEvent's grid: per grid row a title line plus two text lines per bar.
    const QList<AreaResult> &areas = m_session->evaluation().areas;
    const int columns = gridColumns(width);
    QFont titleFont = font();
    titleFont.setBold(true);
    const qreal title = QFontMetricsF(titleFont).height() * 1.4;
    const qreal line = QFontMetricsF(font()).height() * 2.0;
    const int margin = fontMetrics().height() / 2;
    qreal height = 2 * margin;
    for (int first = 0; first < areas.size(); first += columns) {
        qsizetype most = 1;
        for (int i = first; i < std::min<int>(first + columns, int(areas.size())); ++i)
            most = std::max(most, areas.at(i).ranking.size());
        height += title + line * most + margin;
    }
    return int(std::ceil(height));
}

QSize ChartWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    if (m_kind == Kind::CriteriaProfile)
        return {line * 24, line * 20};
    return {line * 40, line * 22};
}

QSize ChartWidget::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 12, line * 10};
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    ChartPainter::Style style = ChartPainter::styleFrom(palette());
    style.font = font();
    const KnowledgeBase &kb = m_session->knowledgeBase();
    const int margin = fontMetrics().height() / 2;
    const QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);

    if (m_kind == Kind::CriteriaProfile) {
        ChartPainter::paintCriteriaProfile(painter, area, kb, m_areaId, m_candidates, style);
        return;
    }

    const QList<AreaResult> &areas = m_session->evaluation().areas;
    if (areas.isEmpty())
        return;
    const int columns = gridColumns(int(area.width()) + 2 * margin);
    const int rows = int((areas.size() + columns - 1) / columns);
    const qreal cellWidth = area.width() / columns;
    // Rows as tall as their longest ranking needs (see heightForWidth), sharing any extra space.
    QList<qreal> rowHeights;
    const qreal line = QFontMetricsF(font()).height() * 2.0;
    for (int r = 0; r < rows; ++r) {
        qsizetype most = 1;
        for (int i = r * columns; i < std::min<int>((r + 1) * columns, int(areas.size())); ++i)
            most = std::max(most, areas.at(i).ranking.size());
        rowHeights.append(line * most);
    }
    qreal needed = 0;
    for (qreal h : rowHeights)
        needed += h;
    QFont titleFont = font();
    titleFont.setBold(true);
    const qreal titleHeight = QFontMetricsF(titleFont).height() * 1.4;
    // Short of room, every row shrinks alike (the painter then shrinks its text); with room to
    // spare the rows stay compact at the top.
    const qreal fixed = rows * (titleHeight + margin);
    const qreal scale = needed > 0 ? std::clamp<qreal>((area.height() - fixed) / needed, 0.1, 1.0) : 1.0;
    QList<qreal> rowTops{area.top()};
    for (int r = 0; r < rows; ++r)
        rowTops.append(rowTops.last() + rowHeights.at(r) * scale + titleHeight + margin);
    for (int i = 0; i < areas.size(); ++i) {
        const int r = i / columns;
        const QRectF cell(area.left() + cellWidth * (i % columns), rowTops.at(r), cellWidth,
                          rowTops.at(r + 1) - rowTops.at(r));
        const QRectF inner = cell.adjusted(margin, 0, -margin, -margin);
        painter.setFont(titleFont);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, ResultsText::areaName(kb, areas.at(i).area));
        ChartPainter::paintScoreBars(painter, inner.adjusted(0, titleHeight, 0, 0), kb, areas.at(i), style);
    }
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void ChartWidget::updateDescription()
{
    // Screen readers get the chart as a sentence per area (or per candidate).
    const KnowledgeBase &kb = m_session->knowledgeBase();
    QStringList parts;
    if (m_kind == Kind::ScoreBars) {
        for (const AreaResult &a : m_session->evaluation().areas)
            if (!a.ranking.isEmpty())
                parts.append(tr("%1: %2 leads with %3")
                                 .arg(ResultsText::areaName(kb, a.area),
                                      ResultsText::candidateName(kb, a.ranking.constFirst().candidate),
                                      ResultsText::score(a.ranking.constFirst().score)));
    } else {
        for (const QString &id : std::as_const(m_candidates))
            parts.append(ResultsText::candidateName(kb, id));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}
