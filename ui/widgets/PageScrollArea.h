// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

// What a wizard page's contents sit in, so that a long page scrolls instead of growing the
// window or clipping: fills the page, no frame, the content widget (on the window's background)
// already set, so the area sizes it once, when shown, however much is added to it afterwards.
class PageScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    // Takes the whole of `page` (a layout of its own, no margins, around the area).
    explicit PageScrollArea(QWidget *page, Qt::ScrollBarPolicy horizontal = Qt::ScrollBarAlwaysOff);

    // The widget to lay the page's contents out in.
    QWidget *content() const { return widget(); }
};
