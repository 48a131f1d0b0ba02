// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "PageScrollArea.h"

#include <QVBoxLayout>

PageScrollArea::PageScrollArea(QWidget *page, Qt::ScrollBarPolicy horizontal)
    : QScrollArea(page)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(this);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(horizontal);
    auto *content = new QWidget(this);
    content->setBackgroundRole(QPalette::Window);
    // Set before the contents are added: the area then sizes them once, when shown, instead of
    // laying out every wrapped text as it is added.
    setWidget(content);
}
