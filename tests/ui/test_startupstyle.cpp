// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// StartupStyle: the menu bar's extension arrow is painted, not read from Qt's PNGs (which would
// load every image-format plugin before the first frame), and still looks like Qt's.
#include "StartupStyle.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

namespace {
// The pixels of an image that are clearly drawn.
QList<QPoint> inkOf(const QImage &image)
{
    QList<QPoint> ink;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(argb.pixel(x, y)) > 128)
                ink.append({x, y});
    return ink;
}
} // namespace

class TestStartupStyle : public QObject
{
    Q_OBJECT
private slots:
    void arrowLooksLikeQts_data();
    void arrowLooksLikeQts();
    void otherIconsComeFromTheBaseStyle();
    void otherBaseStylesAnswerThemselves();
    void menuBarGetsThePaintedArrow();
};

void TestStartupStyle::arrowLooksLikeQts_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("16 px") << 16 << false;
    QTest::newRow("32 px") << 32 << false;
    QTest::newRow("16 px right to left") << 16 << true;
    QTest::newRow("32 px right to left") << 32 << true;
}

// Qt's own PNG of the same size against the painted arrow: most drawn pixels agree
// (intersection over union), and the mirrored arrow matches Qt's mirrored PNG, not the other.
void TestStartupStyle::arrowLooksLikeQts()
{
    QFETCH(int, size);
    QFETCH(bool, rightToLeft);
    const QString png = QStringLiteral(":/qt-project.org/styles/commonstyle/images/toolbar-ext-h-%1%2.png")
                            .arg(rightToLeft ? QStringLiteral("rtl-") : QString())
                            .arg(size);
    const QImage qts(png);
    QVERIFY2(!qts.isNull(), qPrintable(png));

    StartupStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QWidget widget;
    widget.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &widget);
    QVERIFY(!icon.isNull());
    const QImage ours = icon.pixmap(qts.size()).toImage();
    QCOMPARE(ours.size(), qts.size());

    if (const QString dir = qEnvironmentVariable("STACKWISE_SHOT_DIR"); !dir.isEmpty()) {
        // Qt's on the left, ours on the right, eight times the size.
        QImage side(qts.width() * 2 + 4, qts.height(), QImage::Format_ARGB32);
        side.fill(QColor(0xef, 0xef, 0xef));
        QPainter painter(&side);
        painter.drawImage(0, 0, qts);
        painter.drawImage(qts.width() + 4, 0, ours);
        painter.end();
        side.scaled(side.size() * 8).save(QDir(dir).filePath(QStringLiteral("extension-arrow-%1%2.png")
                                                                 .arg(size).arg(rightToLeft ? QStringLiteral("-rtl") : QString())));
    }

    const QList<QPoint> a = inkOf(ours), b = inkOf(qts);
    QVERIFY(!a.isEmpty());
    qsizetype common = 0;
    for (const QPoint &p : a)
        common += b.contains(p);
    const double overlap = double(common) / double(a.size() + b.size() - common);
    QVERIFY2(overlap > 0.5, qPrintable(QStringLiteral("%1 of the drawn pixels agree").arg(overlap)));

    // Facing the other way it must not match: the direction is honoured.
    QWidget other;
    other.setLayoutDirection(rightToLeft ? Qt::LeftToRight : Qt::RightToLeft);
    const QList<QPoint> flipped = inkOf(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &other)
                                            .pixmap(qts.size()).toImage());
    qsizetype flippedCommon = 0;
    for (const QPoint &p : flipped)
        flippedCommon += b.contains(p);
    QVERIFY(double(flippedCommon) / double(flipped.size() + b.size() - flippedCommon) < overlap);

}

void TestStartupStyle::otherIconsComeFromTheBaseStyle()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    StartupStyle style(fusion);
    const QImage ours = style.standardIcon(QStyle::SP_ArrowUp).pixmap(16).toImage();
    const QImage base = fusion->standardIcon(QStyle::SP_ArrowUp).pixmap(16).toImage();
    QVERIFY(!ours.isNull());
    QCOMPARE(ours, base);
}

void TestStartupStyle::otherBaseStylesAnswerThemselves()
{
    QStyle *windows = QStyleFactory::create(QStringLiteral("Windows"));
    if (!windows)
        QSKIP("Qt's Windows style is not built in");
    StartupStyle style(windows);
    const QImage ours = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16, 10).toImage();
    const QImage base = windows->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16, 10).toImage();
    QCOMPARE(ours, base);
}

// As the application uses it: set on the application, a new menu bar's extension button has
// the painted icon (a pixmap-less engine: no image file was read for it).
void TestStartupStyle::menuBarGetsThePaintedArrow()
{
    QApplication::setStyle(new StartupStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QMenuBar bar;
    for (int i = 0; i < 20; ++i)
        bar.addMenu(QStringLiteral("Menu %1").arg(i));
    bar.resize(200, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *extension = bar.findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(extension);
    QVERIFY(extension->isVisible()); // 20 menus do not fit in 200 px
    QVERIFY(!extension->icon().isNull());
    QVERIFY(extension->icon().name().isEmpty());
    QVERIFY(!inkOf(extension->icon().pixmap(16, 10).toImage()).isEmpty());
}

QTEST_MAIN(TestStartupStyle)
#include "test_startupstyle.moc"
