// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// CentredSlider: at rest its groove shows no fill (the scale's middle is neutral, not an amount);
// with the focus the fill marks the slider in hand, as a QSlider's does.
#include "CentredSlider.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QTest>

namespace {
// Saturated pixels in the slider's left half, which the fill would cover with the handle at the
// right end: Fusion's fill is the palette's Highlight (a blue); groove, handle and ticks are grey.
int filledPixels(QSlider &slider)
{
    const QImage image = slider.grab().toImage();
    int filled = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width() / 2; ++x)
            if (QColor(image.pixel(x, y)).hsvSaturation() > 100)
                ++filled;
    return filled;
}
} // namespace

class TestCentredSlider : public QObject
{
    Q_OBJECT
private slots:
    void fillShowsOnlyWithTheFocus_data()
    {
        QTest::addColumn<bool>("centred");
        QTest::addColumn<bool>("focused");
        QTest::addColumn<bool>("fillExpected");
        QTest::newRow("QSlider at rest (the fill the test must see)") << false << false << true;
        QTest::newRow("centred at rest") << true << false << false;
        QTest::newRow("centred with the focus") << true << true << true;
    }
    void fillShowsOnlyWithTheFocus()
    {
        QFETCH(bool, centred);
        QFETCH(bool, focused);
        QFETCH(bool, fillExpected);
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        QSlider *slider = centred ? new CentredSlider(Qt::Horizontal, &window) : new QSlider(Qt::Horizontal, &window);
        auto *other = new QSlider(Qt::Horizontal, &window); // takes the focus otherwise
        layout->addWidget(slider);
        layout->addWidget(other);
        for (QSlider *s : {slider, other}) {
            s->setRange(-8, 8);
            s->setValue(8); // the handle at the right end: the fill would span the groove
            s->setFixedWidth(240);
        }
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        (focused ? slider : other)->setFocus();
        QTRY_COMPARE(slider->hasFocus(), focused);
        const int filled = filledPixels(*slider);
        if (fillExpected)
            QVERIFY2(filled > 20, qPrintable(QString::number(filled)));
        else
            QCOMPARE(filled, 0);
    }

    void followsAPaletteChange()
    {
        // A dark palette: the resting groove takes the new button colour, still without a fill.
        CentredSlider slider(Qt::Horizontal);
        slider.setRange(-8, 8);
        slider.setValue(8);
        slider.setFixedWidth(240);
        QPalette dark = slider.palette();
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        slider.setPalette(dark);
        QCOMPARE(filledPixels(slider), 0);
        const QImage image = slider.grab().toImage();
        const QColor middle(image.pixel(image.width() / 4, image.height() / 2));
        QVERIFY2(middle.lightness() < 128, qPrintable(middle.name()));
    }
};

QTEST_MAIN(TestCentredSlider)
#include "test_centredslider.moc"
