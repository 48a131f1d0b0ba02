// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "SvgIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

SvgIconEngine::SvgIconEngine(const QString &fileName)
    : m_fileName(fileName)
{
}

SvgIconEngine::~SvgIconEngine() = default;

QSvgRenderer &SvgIconEngine::renderer()
{
    if (!m_renderer) {
        m_renderer = std::make_unique<QSvgRenderer>(m_fileName);
        m_renderer->setAspectRatioMode(Qt::KeepAspectRatio);
    }
    return *m_renderer;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    // Through pixmap(), so that the disabled and selected looks are the style's here too.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state);
    if (size.isEmpty() || !renderer().isValid())
        return {};
    const quint64 key = (quint64(quint32(size.width())) << 32) | (quint64(quint16(size.height())) << 8) | quint64(mode);
    if (const auto found = m_pixmaps.constFind(key); found != m_pixmaps.constEnd())
        return *found;
    QPixmap drawn(size);
    drawn.fill(Qt::transparent);
    {
        QPainter painter(&drawn);
        renderer().render(&painter, QRectF(QPointF(0, 0), size));
    }
    if (mode != QIcon::Normal) {
        QStyleOption option;
        option.palette = QApplication::palette();
        drawn = QApplication::style()->generatedIconPixmap(mode, drawn, &option);
    }
    m_pixmaps.insert(key, drawn);
    return drawn;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_fileName);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("SvgIconEngine");
}

bool SvgIconEngine::isNull()
{
    return !renderer().isValid();
}
