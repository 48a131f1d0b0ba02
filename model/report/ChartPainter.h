// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class KnowledgeBase;
class QPainter;
class QPalette;

// Chart painting shared by the GUI widgets and the report writers (SVG, PDF): the same code
// draws on a widget, a QSvgGenerator or a QPdfWriter.
class ChartPainter
{
public:
    struct Style
    {
        QColor text = Qt::black;
        QColor grid = QColor(0xd0, 0xd0, 0xd0);
        QColor background = Qt::transparent;
        QList<QColor> series; // empty: a built-in colour-blind-safe palette
        QFont font;
    };
    static Style styleFrom(const QPalette &palette);

    // Okabe-Ito colours (distinguishable with the common colour-vision deficiencies); on a dark
    // background the darkest ones move to the end so the first series stay readable.
    static QList<QColor> defaultSeries(bool darkBackground = false);
    // The index-th series colour of `style` (its own list, else the default), cycling.
    static QColor seriesColor(const Style &style, int index);

    // The overloads without a Style use the default Style (GCC 12 rejects `= {}` default
    // arguments of a nested type with default member initializers).

    // Horizontal bars: one per candidate of the area, best first, with the score.
    static void paintScoreBars(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                               const AreaResult &area, const Style &style);
    static void paintScoreBars(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                               const AreaResult &area);
    // Criteria profile of a few candidates (ratings 0..10 on the area's criteria): a radar.
    static void paintCriteriaProfile(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                                     const QString &areaId, const QStringList &candidateIds,
                                     const Style &style);
    static void paintCriteriaProfile(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                                     const QString &areaId, const QStringList &candidateIds);
};
