// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "MessageBar.h"

#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("message_bar"));
    setAccessibleName(tr("Messages"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A palette role keeps the bar distinct in light and dark palettes alike.
    setBackgroundRole(QPalette::AlternateBase);

    auto *layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_title = new WrappedLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    texts->addWidget(m_title);
    m_details = new WrappedLabel(this);
    m_details->setObjectName(QStringLiteral("message_details"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    texts->addWidget(m_details);
    layout->addLayout(texts, 1);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("message_close"));
    m_close->setAutoRaise(true);
    // Its icon is drawn when the bar first shows (ensureIcons): most starts never show it.
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::ensureIcons()
{
    if (m_close->icon().isNull())
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
}

void MessageBar::showError(const QString &title, const QStringList &lines)
{
    ensureIcons();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_title->setText(title);
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(!lines.isEmpty());
    show();
}

void MessageBar::showInfo(const QString &text)
{
    ensureIcons();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_title->setText(text);
    m_details->clear();
    m_details->hide();
    show();
}

QString MessageBar::text() const
{
    return m_details->text().isEmpty() ? m_title->text()
                                       : m_title->text() + QLatin1Char('\n') + m_details->text();
}
