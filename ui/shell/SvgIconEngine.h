// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QIconEngine>
#include <QString>

#include <memory>

class QSvgRenderer;

// An icon drawn from an SVG file with QSvgRenderer, at whatever size is asked for. QIcon given
// an .svg file name first finds Qt's SVG icon-engine plugin: a scan of the plugin folder and a
// library loaded, about a million instructions right after the first frame (issue 17).
// Stackwise links QtSvg anyway, so the application icon is rendered by it directly, crisp at
// every size and device pixel ratio. Disabled and selected modes are the style's, as for any
// icon; pixmaps are kept per size and mode, as Qt's engines keep theirs.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &fileName);
    ~SvgIconEngine() override;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    // Parsed on first use: a start that never draws the icon (offscreen) never reads the file.
    QSvgRenderer &renderer();

    QString m_fileName;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<quint64, QPixmap> m_pixmaps; // by size and mode
};
