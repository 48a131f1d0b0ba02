// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSlider>

// A slider on a scale with its neutral value in the middle (9 .. 1 .. 9). Fusion fills the groove
// from its left end up to the handle, which reads as an amount: at rest the fill has the groove's
// own colour, and it shows only while the slider has the focus, where it marks the row in hand.
class CentredSlider : public QSlider
{
    Q_OBJECT
public:
    explicit CentredSlider(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The palette a resting slider paints with: one shared value per palette, because the
    // style caches a slider's pixmaps by the palette's cache key, and a palette of its own for
    // each of 21 sliders painted them 17 times more slowly.
    static QPalette restingPalette(const QPalette &palette);
};
