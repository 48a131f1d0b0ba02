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

    // Horizontal bars: one per candidate of the area, best first, with the score.
    static void paintScoreBars(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                               const AreaResult &area, const Style &style = {});
    // Criteria profile of a few candidates (ratings 0..10 on the area's criteria): a radar.
    static void paintCriteriaProfile(QPainter &painter, const QRectF &rect, const KnowledgeBase &kb,
                                     const QString &areaId, const QStringList &candidateIds,
                                     const Style &style = {});
};
