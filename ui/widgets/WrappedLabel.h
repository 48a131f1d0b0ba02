// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

// A word-wrapped QLabel that remembers its size hints and its height for the last few widths.
// QLabel lays its whole text out again for every sizeHint, minimumSizeHint and heightForWidth
// query, and layouts ask many times while a page is shown; for a paragraph that is most of the
// cost of showing the page. The cache is keyed on the text and the font, so setText() and font
// or style changes are always honoured (setMargin() and setIndent() are not: not used with it).
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);
    explicit WrappedLabel(QWidget *parent = nullptr);
    // Secondary plain text (help, notes) in the palette's placeholder colour, which stays
    // readable with a dark palette.
    static WrappedLabel *muted(const QString &text, QWidget *parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // True when the cache was filled for the current text and font; clears it otherwise.
    bool cacheValid() const;

    static constexpr int CachedWidths = 4;
    mutable bool m_valid = false;
    mutable QString m_cachedText;
    mutable QFont m_cachedFont;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable int m_widths[CachedWidths] = {-1, -1, -1, -1};
    mutable int m_heights[CachedWidths] = {};
    mutable int m_next = 0;
};
