// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "StartupStyle.h"

#include <QGuiApplication>
#include <QIcon>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QWidget>

namespace {

// "»", drawn: two chevrons in the shape of Qt's toolbar-ext-h PNGs (32 x 20 at full size).
class ExtensionArrowEngine : public QIconEngine
{
public:
    explicit ExtensionArrowEngine(bool rightToLeft)
        : m_rightToLeft(rightToLeft)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        // Qt's images keep a 32:20 aspect; centre that box in rect.
        const qreal scale = qMin(rect.width() / 32.0, rect.height() / 20.0);
        if (scale <= 0)
            return;
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                            QPalette::ButtonText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - 32 * scale) / 2, rect.y() + (rect.height() - 20 * scale) / 2);
        painter->scale(scale, scale);
        if (m_rightToLeft) {
            painter->translate(32, 0);
            painter->scale(-1, 1);
        }
        QPainterPath chevrons;
        for (qreal left : {7.5, 20.5}) {
            chevrons.moveTo(left, 1);
            chevrons.lineTo(left + 6.5, 10);
            chevrons.lineTo(left, 19);
        }
        painter->setPen(QPen(colour, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(chevrons);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ExtensionArrowEngine(m_rightToLeft); }

private:
    bool m_rightToLeft;
};

} // namespace

StartupStyle::StartupStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon StartupStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                 const QWidget *widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton
        || baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    const bool rightToLeft = widget ? widget->layoutDirection() == Qt::RightToLeft
                                    : QGuiApplication::isRightToLeft();
    return QIcon(new ExtensionArrowEngine(rightToLeft));
}
