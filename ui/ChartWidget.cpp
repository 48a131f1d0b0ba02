#include "ChartWidget.h"

#include "ChartPainter.h"
#include "DecisionSession.h"
#include "ResultsText.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

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

int ChartWidget::gridColumns() const
{
    const int areas = std::max<int>(1, int(m_session->evaluation().areas.size()));
    // About 24 text widths per chart keeps names and scores readable.
    const int perChart = fontMetrics().averageCharWidth() * 48;
    return std::clamp(width() / std::max(1, perChart), 1, areas);
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
    const int columns = gridColumns();
    const int rows = int((areas.size() + columns - 1) / columns);
    const qreal cellWidth = area.width() / columns;
    const qreal cellHeight = area.height() / rows;
    QFont titleFont = font();
    titleFont.setBold(true);
    const qreal titleHeight = QFontMetricsF(titleFont).height() * 1.4;
    for (int i = 0; i < areas.size(); ++i) {
        const QRectF cell(area.left() + cellWidth * (i % columns), area.top() + cellHeight * (i / columns),
                          cellWidth, cellHeight);
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
