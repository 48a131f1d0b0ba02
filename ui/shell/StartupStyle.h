// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

// The application's style: the platform's own, with one start-up cost taken out. Every
// QMenuBar asks its style for the toolbar-extension arrow when it is constructed, and Qt's
// common style reads that icon from PNG files; the first image read of a process loads
// every image-format plugin (gif, ico, jpeg, svg), even with the format given. That is a few
// milliseconds before the first frame for a button that only shows when the menu bar is too
// narrow for its menus (issue 17). Over Fusion, Qt's style where the desktop names none, this
// paints the same double chevron instead, in the palette's colours and crisp at any scale.
// Any other base style answers for itself.
class StartupStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Takes ownership of base, as QProxyStyle does.
    explicit StartupStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
