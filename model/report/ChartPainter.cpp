// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ChartPainter.h"

#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)
};

// Saves and restores the painter so callers get it back exactly as they passed it.
class PainterGuard
{
public:
    explicit PainterGuard(QPainter &painter) : m_painter(painter) { m_painter.save(); }
    ~PainterGuard() { m_painter.restore(); }
    PainterGuard(const PainterGuard &) = delete;
    PainterGuard &operator=(const PainterGuard &) = delete;

private:
    QPainter &m_painter;
};

// One "CSS pixel" in device units: pens and gaps scale with the device (96 dpi screen, 72 dpi
// SVG, 1200 dpi PDF), so a chart looks the same on all of them.
qreal unitOf(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    const int dpi = device ? device->logicalDpiY() : 96;
    return dpi > 0 ? dpi / 96.0 : 1.0;
}

// Text must fit `rowHeight`; shrink the font until it does (but not below a readable floor).
QFont fittedFont(const QFont &base, const QPaintDevice *device, qreal rowHeight)
{
    QFont font = base;
    for (int i = 0; i < 12; ++i) {
        const QFontMetricsF fm(font, device);
        if (fm.height() <= rowHeight || font.pointSizeF() <= 6.0)
            break;
        if (font.pointSizeF() > 0)
            font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.9));
        else
            font.setPixelSize(std::max(6, int(font.pixelSize() * 0.9)));
    }
    return font;
}

QString candidateName(const KnowledgeBase &kb, const QString &id)
{
    const Candidate *c = kb.candidate(id);
    return c ? c->name.text() : id;
}

QString scoreText(double value)
{
    return QLocale().toString(value, 'f', 1);
}

void drawNoData(QPainter &painter, const QRectF &rect, const ChartPainter::Style &style,
                const QString &message)
{
    painter.setPen(style.text);
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, message);
}

// A small marker shape per series, so the series differ by more than colour.
void drawMarker(QPainter &painter, const QPointF &at, qreal size, int index)
{
    const qreal h = size / 2;
    switch (index % 4) {
    case 0:
        painter.drawEllipse(at, h, h);
        break;
    case 1:
        painter.drawRect(QRectF(at.x() - h, at.y() - h, size, size));
        break;
    case 2:
        painter.drawPolygon(QPolygonF({QPointF(at.x(), at.y() - h), QPointF(at.x() + h, at.y() + h),
                                       QPointF(at.x() - h, at.y() + h)}));
        break;
    default:
        painter.drawPolygon(QPolygonF({QPointF(at.x(), at.y() - h), QPointF(at.x() + h, at.y()),
                                       QPointF(at.x(), at.y() + h), QPointF(at.x() - h, at.y())}));
        break;
    }
}

Qt::PenStyle penStyleFor(int index)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles[index % 4];
}

// Legend under a chart: swatch (colour + marker + line style) and name, wrapping into rows.
// Returns the height used; paints only when `paint` is true so callers can measure first.
qreal layoutLegend(QPainter &painter, const QRectF &rect, const QStringList &names,
                   const ChartPainter::Style &style, bool paint)
{
    const qreal unit = unitOf(painter);
    const QFontMetricsF fm(painter.font(), painter.device());
    const qreal swatch = fm.height() * 1.6;
    const qreal gap = fm.height();
    qreal x = rect.left();
    qreal y = rect.top();
    for (int i = 0; i < names.size(); ++i) {
        const QString name = fm.elidedText(names.at(i), Qt::ElideRight, rect.width() - swatch - gap);
        const qreal w = swatch + unit * 4 + fm.horizontalAdvance(name);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += fm.height() * 1.3;
        }
        if (paint) {
            const QColor colour = ChartPainter::seriesColor(style, i);
            const qreal cy = y + fm.height() / 2;
            painter.setPen(QPen(colour, 2 * unit, penStyleFor(i), Qt::FlatCap));
            painter.drawLine(QPointF(x, cy), QPointF(x + swatch, cy));
            painter.setPen(QPen(colour, unit));
            painter.setBrush(colour);
            drawMarker(painter, QPointF(x + swatch / 2, cy), 6 * unit, i);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(style.text);
            painter.drawText(QRectF(x + swatch + unit * 4, y, w, fm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, name);
        }
        x += w + gap;
    }
    return names.isEmpty() ? 0.0 : (y - rect.top()) + fm.height() * 1.3;
}
} // namespace

ChartPainter::Style ChartPainter::styleFrom(const QPalette &palette)
{
    Style style;
    style.text = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    // The grid sits between text and background so it stays faint on light and dark alike.
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    style.grid = QColor::fromRgbF(window.redF() * 0.75 + style.text.redF() * 0.25,
                                  window.greenF() * 0.75 + style.text.greenF() * 0.25,
                                  window.blueF() * 0.75 + style.text.blueF() * 0.25);
    style.background = Qt::transparent;
    style.series = defaultSeries(dark);
    return style;
}

QList<QColor> ChartPainter::defaultSeries(bool darkBackground)
{
    // Okabe & Ito (2008), "Color Universal Design".
    const QColor blue(0x00, 0x72, 0xb2), orange(0xe6, 0x9f, 0x00), green(0x00, 0x9e, 0x73),
        purple(0xcc, 0x79, 0xa7), sky(0x56, 0xb4, 0xe9), vermillion(0xd5, 0x5e, 0x00),
        yellow(0xf0, 0xe4, 0x42);
    if (darkBackground)
        return {sky, orange, green, purple, yellow, vermillion, blue};
    return {blue, orange, green, purple, vermillion, sky, yellow};
}

QColor ChartPainter::seriesColor(const Style &style, int index)
{
    const QList<QColor> series = style.series.isEmpty() ? defaultSeries() : style.series;
    return series.at(std::max(0, index) % series.size());
}

void ChartPainter::paintScoreBars(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                                  const AreaResult &area, const Style &style)
{
    PainterGuard guard(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    if (style.background.alpha() > 0)
        painter.fillRect(rect, style.background);
    painter.setFont(style.font);

    const auto &ranking = area.ranking;
    if (ranking.isEmpty() || rect.width() <= 0 || rect.height() <= 0) {
        drawNoData(painter, rect, style, Tr::tr("No candidates"));
        return;
    }
    const qreal unit = unitOf(painter);
    const int n = int(ranking.size());
    const QFontMetricsF natural(style.font, painter.device());
    const qreal rowHeight = std::min(natural.height() * 2.0, rect.height() / n);
    const QFont font = fittedFont(style.font, painter.device(), rowHeight / 1.1);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold, painter.device());

    QStringList labels;
    qreal labelWidth = 0;
    for (const CandidateScore &cs : ranking) {
        QString label = candidateName(kb, cs.candidate);
        if (cs.candidate == area.pinned)
            label = Tr::tr("%1 (pinned)").arg(label);
        labels.append(label);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
    }
    const qreal pad = fm.height() * 0.5;
    labelWidth = std::min(labelWidth + pad, rect.width() * 0.45);
    const qreal scoreWidth = fm.horizontalAdvance(scoreText(100.0)) + pad;
    const qreal barLeft = rect.left() + labelWidth;
    const qreal barSpan = std::max<qreal>(0, rect.right() - scoreWidth - barLeft);

    // Faint guides at 25, 50, 75 and 100 points.
    painter.setPen(QPen(style.grid, unit, Qt::SolidLine));
    const qreal chartBottom = rect.top() + rowHeight * n;
    for (int g = 0; g <= 4; ++g) {
        const qreal x = barLeft + barSpan * g / 4.0;
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, chartBottom));
    }

    const QColor barColour = seriesColor(style, 0);
    for (int i = 0; i < n; ++i) {
        const CandidateScore &cs = ranking.at(i);
        const qreal top = rect.top() + rowHeight * i;
        const QRectF row(rect.left(), top, rect.width(), rowHeight);
        painter.setFont(i == 0 ? bold : font);
        painter.setPen(style.text);
        const QString label = QFontMetricsF(painter.font(), painter.device())
                                  .elidedText(labels.at(i), Qt::ElideRight, labelWidth - pad);
        painter.drawText(QRectF(row.left(), top, labelWidth - pad, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, label);

        const double score = std::clamp(cs.score, 0.0, 100.0);
        const qreal barHeight = rowHeight * 0.62;
        const QRectF bar(barLeft, top + (rowHeight - barHeight) / 2, barSpan * score / 100.0, barHeight);
        // The leader in full colour, the rest lighter: the order reads at a glance.
        QColor fill = barColour;
        if (i > 0)
            fill.setAlphaF(0.55);
        painter.fillRect(bar, fill);
        painter.drawText(QRectF(bar.right() + unit * 4, top, scoreWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, scoreText(cs.score));
    }
}

void ChartPainter::paintCriteriaProfile(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                                        const QString &areaId, const QStringList &candidateIds,
                                        const Style &style)
{
    PainterGuard guard(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    if (style.background.alpha() > 0)
        painter.fillRect(rect, style.background);
    painter.setFont(style.font);

    const QList<const Criterion *> criteria = kb.criteriaOf(areaId);
    QList<const Candidate *> candidates;
    for (const QString &id : candidateIds)
        if (const Candidate *c = kb.candidate(id))
            candidates.append(c);
    if (criteria.isEmpty() || candidates.isEmpty() || rect.width() <= 0 || rect.height() <= 0) {
        drawNoData(painter, rect, style, Tr::tr("Choose candidates to compare"));
        return;
    }

    const qreal unit = unitOf(painter);
    const QFontMetricsF fm(painter.font(), painter.device());
    QStringList names;
    for (const Candidate *c : candidates)
        names.append(c->name.text());
    const qreal legendHeight = layoutLegend(painter, rect, names, style, false);
    const qreal legendGap = fm.height() * 0.5;
    QRectF plot(rect.left(), rect.top(), rect.width(), rect.height() - legendHeight - legendGap);
    auto paintLegendBelow = [&](qreal top) {
        layoutLegend(painter, QRectF(rect.left(), top + legendGap, rect.width(), legendHeight), names, style, true);
    };

    const int axes = int(criteria.size());
    if (axes < 3) {
        // Too few axes for a radar: grouped horizontal bars, one group per criterion.
        paintLegendBelow(plot.bottom());
        const qreal groupHeight = plot.height() / axes;
        const qreal barHeight = std::max<qreal>(unit, (groupHeight - fm.height() * 1.4) / candidates.size());
        for (int a = 0; a < axes; ++a) {
            const qreal top = plot.top() + groupHeight * a;
            painter.setPen(style.text);
            painter.drawText(QRectF(plot.left(), top, plot.width(), fm.height()), Qt::AlignLeft,
                             criteria.at(a)->name.text());
            for (int i = 0; i < candidates.size(); ++i) {
                const double r = std::clamp(candidates.at(i)->ratings.value(criteria.at(a)->id).score, 0.0, 10.0);
                painter.fillRect(QRectF(plot.left(), top + fm.height() * 1.2 + barHeight * i,
                                        plot.width() * r / 10.0, barHeight * 0.85),
                                 seriesColor(style, i));
            }
        }
        return;
    }

    // Criterion names sit around the radar, wrapped onto two lines when long; keep room for them
    // on every side.
    qreal labelWidth = 0;
    for (const Criterion *c : criteria)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c->name.text()));
    labelWidth = std::min(labelWidth + fm.height() * 0.5, plot.width() * 0.2);
    const qreal labelHeight = fm.height() * 2.6;
    const qreal radius = std::max<qreal>(
        unit * 10, std::min(plot.width() / 2 - labelWidth, plot.height() / 2 - labelHeight));
    // The radar and its legend form one block, centred vertically: the legend stays close.
    const qreal block = 2 * (radius + labelHeight);
    plot.setTop(plot.top() + std::max<qreal>(0, (plot.height() - block) / 2));
    plot.setHeight(block);
    const QPointF centre = plot.center();
    paintLegendBelow(plot.bottom());
    auto pointAt = [&](int axis, double value) {
        const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * axis / axes;
        return QPointF(centre.x() + std::cos(angle) * radius * value / 10.0,
                       centre.y() + std::sin(angle) * radius * value / 10.0);
    };

    // Rings at 2, 4, 6, 8, 10 and the spokes.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.grid, unit));
    for (int ring = 2; ring <= 10; ring += 2) {
        QPolygonF polygon;
        for (int a = 0; a < axes; ++a)
            polygon.append(pointAt(a, ring));
        painter.drawPolygon(polygon);
    }
    for (int a = 0; a < axes; ++a)
        painter.drawLine(centre, pointAt(a, 10));
    // Scale hints along the first spoke.
    QFont small = painter.font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    painter.setPen(style.text);
    const QFontMetricsF smallFm(small, painter.device());
    for (int ring = 5; ring <= 10; ring += 5) {
        const QPointF p = pointAt(0, ring);
        const QString text = QLocale().toString(ring);
        painter.drawText(QRectF(p.x() + unit * 3, p.y(),
                                smallFm.horizontalAdvance(text) + unit * 2, smallFm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter.setFont(style.font);

    // Axis labels: aligned away from the centre so they never overlap the plot.
    for (int a = 0; a < axes; ++a) {
        const QPointF tip = pointAt(a, 10);
        const QPointF dir = tip - centre;
        QString label = criteria.at(a)->name.text();
        QRectF fit = fm.boundingRect(QRectF(0, 0, labelWidth, fm.height() * 10), Qt::TextWordWrap, label);
        if (fit.height() > fm.height() * 2.5 || fit.width() > labelWidth + 1) {
            // Still too long for two lines (or one unbreakable word): elide.
            label = fm.elidedText(label, Qt::ElideRight, labelWidth);
            fit = fm.boundingRect(QRectF(0, 0, labelWidth, fm.height()), 0, label);
        }
        const qreal w = fit.width() + unit * 2;
        const qreal h = fit.height();
        const qreal gap = unit * 6;
        QRectF box(0, 0, w, h);
        Qt::Alignment align = Qt::AlignVCenter;
        if (std::abs(dir.x()) < radius * 0.15) {
            box.moveCenter(QPointF(tip.x(), tip.y() + (dir.y() < 0 ? -h / 2 - gap : h / 2 + gap)));
            align |= Qt::AlignHCenter;
        } else if (dir.x() > 0) {
            box.moveTopLeft(QPointF(tip.x() + gap, tip.y() - h / 2));
            align |= Qt::AlignLeft;
        } else {
            box.moveTopRight(QPointF(tip.x() - gap, tip.y() - h / 2));
            align |= Qt::AlignRight;
        }
        painter.drawText(box, align | Qt::TextWordWrap, label);
    }

    for (int i = 0; i < candidates.size(); ++i) {
        const QColor colour = seriesColor(style, i);
        QPolygonF polygon;
        for (int a = 0; a < axes; ++a)
            polygon.append(pointAt(a, std::clamp(candidates.at(i)->ratings.value(criteria.at(a)->id).score, 0.0, 10.0)));
        QColor fill = colour;
        fill.setAlphaF(0.15);
        painter.setBrush(fill);
        painter.setPen(QPen(colour, 2 * unit, penStyleFor(i), Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolygon(polygon);
        painter.setBrush(colour);
        painter.setPen(QPen(colour, unit));
        for (const QPointF &p : polygon)
            drawMarker(painter, p, 6 * unit, i);
    }
}

void ChartPainter::paintScoreBars(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                                  const AreaResult &area)
{
    paintScoreBars(painter, rect, kb, area, Style());
}

void ChartPainter::paintCriteriaProfile(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                                        const QString &areaId, const QStringList &candidateIds)
{
    paintCriteriaProfile(painter, rect, kb, areaId, candidateIds, Style());
}
