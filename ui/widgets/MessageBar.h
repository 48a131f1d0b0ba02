// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// An inline message at the top of the window (errors of a file that could not be opened or
// saved, one PATH:LINE:COLUMN: message per line). Not modal; closed by its button or replaced.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &title, const QStringList &lines);
    void showInfo(const QString &text);
    QString text() const;

private:
    void ensureIcons();
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_details;
    QToolButton *m_close;
};
