// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "CentredSlider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

CentredSlider::CentredSlider(Qt::Orientation orientation, QWidget *parent)
    : QSlider(orientation, parent)
{
}

QPalette CentredSlider::restingPalette(const QPalette &palette)
{
    // Painting happens on the GUI thread only. Sliders of one window have equal palettes (each
    // its own copy, with its own cache key), so the last one made serves them all.
    static QPalette lastPalette;
    static QPalette lastResting;
    static bool made = false;
    if (!made || palette != lastPalette) {
        made = true;
        lastPalette = palette;
        lastResting = palette;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            lastResting.setColor(group, QPalette::Highlight, palette.color(group, QPalette::Button));
    }
    return lastResting;
}

void CentredSlider::paintEvent(QPaintEvent *)
{
    // QSlider::paintEvent, with the resting palette.
    QPainter painter(this);
    QStyleOptionSlider option;
    initStyleOption(&option);
    option.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
    if (tickPosition() != NoTicks)
        option.subControls |= QStyle::SC_SliderTickmarks;
    if (!hasFocus())
        option.palette = restingPalette(option.palette);
    style()->drawComplexControl(QStyle::CC_Slider, &option, &painter, this);
}
