// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "WrappedLabel.h"

#include <QEvent>

#include <algorithm>

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::WrappedLabel(QWidget *parent)
    : WrappedLabel(QString(), parent)
{
}

WrappedLabel *WrappedLabel::muted(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

bool WrappedLabel::cacheValid() const
{
    // Comparing an unchanged QString is cheap: the data is shared, and the sizes differ first
    // when the text changed.
    if (m_valid && m_cachedText == text() && m_cachedFont == font())
        return true;
    m_valid = true;
    m_cachedText = text();
    m_cachedFont = font();
    m_sizeHint = {};
    m_minimumSizeHint = {};
    std::fill(std::begin(m_widths), std::end(m_widths), -1);
    return false;
}

QSize WrappedLabel::sizeHint() const
{
    if (!cacheValid() || !m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!cacheValid() || !m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    if (cacheValid()) {
        for (int i = 0; i < CachedWidths; ++i)
            if (m_widths[i] == width)
                return m_heights[i];
    }
    const int height = QLabel::heightForWidth(width);
    m_widths[m_next] = width;
    m_heights[m_next] = height;
    m_next = (m_next + 1) % CachedWidths;
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // Margins, indent and style metrics live outside the text and font: start over.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::ContentsRectChange)
        m_valid = false;
    QLabel::changeEvent(event);
}
