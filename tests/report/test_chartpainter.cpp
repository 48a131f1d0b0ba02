// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The shared chart painting: the same calls on a raster image, an SVG generator and a PDF writer.
#include "ChartPainter.h"
#include "KnowledgeBase.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTest>

#include <functional>

namespace {
LocalizedText t(const QString &text)
{
    return LocalizedText(text);
}

// One area with `criteria` criteria and three candidates whose ratings differ per criterion.
KnowledgeBase kbWith(int criteria)
{
    KnowledgeBase kb;
    Area area;
    area.id = QStringLiteral("frontend");
    area.name = t(QStringLiteral("Frontend"));
    kb.areas = {area};
    for (int i = 0; i < criteria; ++i) {
        Criterion c;
        c.id = QStringLiteral("c%1").arg(i);
        c.name = t(QStringLiteral("Criterion number %1").arg(i));
        c.areas = {QStringLiteral("frontend")};
        kb.criteria.append(c);
    }
    const QStringList names{QStringLiteral("Reactor"), QStringLiteral("Vuetiful"), QStringLiteral("Sveltish")};
    for (int c = 0; c < names.size(); ++c) {
        Candidate candidate;
        candidate.id = names.at(c).toLower();
        candidate.area = QStringLiteral("frontend");
        candidate.name = t(names.at(c));
        for (int i = 0; i < criteria; ++i)
        {
            Rating rating;
            rating.score = double((3 + c * 3 + i) % 11);
            candidate.ratings.insert(QStringLiteral("c%1").arg(i), rating);
        }
        kb.candidates.append(candidate);
    }
    kb.reindex();
    return kb;
}

AreaResult areaResult(const QList<double> &scores)
{
    AreaResult area;
    area.area = QStringLiteral("frontend");
    const QStringList ids{QStringLiteral("reactor"), QStringLiteral("vuetiful"), QStringLiteral("sveltish")};
    for (int i = 0; i < scores.size(); ++i)
    {
        CandidateScore cs;
        cs.candidate = ids.at(i);
        cs.score = scores.at(i);
        area.ranking.append(cs);
    }
    return area;
}

QImage blankImage(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    return image;
}

QByteArray svgOf(const std::function<void(QPainter &, const QRectF &)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(640, 400));
    generator.setViewBox(QRect(0, 0, 640, 400));
    {
        QPainter painter(&generator);
        paint(painter, QRectF(0, 0, 640, 400));
    }
    return buffer.data();
}
} // namespace

class TestChartPainter : public QObject
{
    Q_OBJECT
private slots:
    void scoreBarsPaintTheLeaderInTheFirstSeriesColour_data();
    void scoreBarsPaintTheLeaderInTheFirstSeriesColour();
    void scoreBarLengthFollowsTheScore();
    void scoreBarsInSvgNameEveryCandidate();
    void profileInSvgNamesCandidatesAndCriteria_data();
    void profileInSvgNamesCandidatesAndCriteria();
    void profilePaintsEverySeries();
    void emptyInputPaintsAMessageNotACrash();
    void pdfOutputIsAPdf();
    void darkPaletteGivesLightTextAndBrightSeries();
    void painterStateIsRestored();
};

void TestChartPainter::scoreBarsPaintTheLeaderInTheFirstSeriesColour_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("roomy") << QSize(640, 300);
    QTest::newRow("cramped, text shrinks") << QSize(320, 60);
    QTest::newRow("tall") << QSize(400, 900);
}

void TestChartPainter::scoreBarsPaintTheLeaderInTheFirstSeriesColour()
{
    QFETCH(QSize, size);
    const KnowledgeBase kb = kbWith(3);
    QImage image = blankImage(size);
    ChartPainter::Style style;
    {
        QPainter painter(&image);
        ChartPainter::paintScoreBars(painter, QRectF(image.rect()), kb, areaResult({80, 60, 30}), style);
    }
    const QRgb bar = ChartPainter::seriesColor(style, 0).rgb();
    // The leader's bar is the only one in the full first colour, and it sits in the top third.
    int inTop = 0;
    int below = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == bar)
                (y < image.height() / 3 ? inTop : below) += 1;
    QVERIFY2(inTop > 50, qPrintable(QString::number(inTop)));
    QCOMPARE(below, 0);
}

void TestChartPainter::scoreBarLengthFollowsTheScore()
{
    const KnowledgeBase kb = kbWith(3);
    ChartPainter::Style style;
    const QRgb bar = ChartPainter::seriesColor(style, 0).rgb();
    auto barWidth = [&](double score) {
        QImage image = blankImage(QSize(600, 120));
        {
            QPainter painter(&image);
            ChartPainter::paintScoreBars(painter, QRectF(image.rect()), kb, areaResult({score}), style);
        }
        // The widest run of bar colour over all pixel rows is the bar's length.
        int width = 0;
        for (int y = 0; y < image.height(); ++y) {
            int row = 0;
            for (int x = 0; x < image.width(); ++x)
                row += image.pixel(x, y) == bar ? 1 : 0;
            width = std::max(width, row);
        }
        return width;
    };
    const int full = barWidth(100);
    const int half = barWidth(50);
    QVERIFY(full > 200);
    QVERIFY2(qAbs(half * 2 - full) <= 4, qPrintable(QStringLiteral("%1 vs %2").arg(half).arg(full)));
    QCOMPARE(barWidth(0), 0);
}

void TestChartPainter::scoreBarsInSvgNameEveryCandidate()
{
    const KnowledgeBase kb = kbWith(3);
    const QByteArray svg = svgOf([&](QPainter &p, const QRectF &r) {
        ChartPainter::paintScoreBars(p, r, kb, areaResult({91.5, 60, 30}));
    });
    QVERIFY(svg.startsWith("<?xml"));
    for (const Candidate &c : kb.candidates)
        QVERIFY2(svg.contains(c.name.text().toUtf8()), qPrintable(c.name.text()));
    QVERIFY(svg.contains(QLocale().toString(91.5, 'f', 1).toUtf8()));
}

void TestChartPainter::profileInSvgNamesCandidatesAndCriteria_data()
{
    QTest::addColumn<int>("criteria");
    QTest::newRow("two criteria: grouped bars") << 2;
    QTest::newRow("three criteria: triangle radar") << 3;
    QTest::newRow("seven criteria radar") << 7;
}

void TestChartPainter::profileInSvgNamesCandidatesAndCriteria()
{
    QFETCH(int, criteria);
    const KnowledgeBase kb = kbWith(criteria);
    const QStringList ids{QStringLiteral("reactor"), QStringLiteral("sveltish")};
    const QByteArray svg = svgOf([&](QPainter &p, const QRectF &r) {
        ChartPainter::paintCriteriaProfile(p, r, kb, QStringLiteral("frontend"), ids);
    });
    QVERIFY(svg.contains("Reactor"));
    QVERIFY(svg.contains("Sveltish"));
    QVERIFY(!svg.contains("Vuetiful")); // not asked for
    for (const Criterion &c : kb.criteria)
        QVERIFY2(svg.contains(c.name.text().toUtf8()), qPrintable(c.name.text()));
}

void TestChartPainter::profilePaintsEverySeries()
{
    const KnowledgeBase kb = kbWith(5);
    QImage image = blankImage(QSize(500, 500));
    ChartPainter::Style style;
    {
        QPainter painter(&image);
        ChartPainter::paintCriteriaProfile(painter, QRectF(image.rect()), kb, QStringLiteral("frontend"),
                                           {QStringLiteral("reactor"), QStringLiteral("vuetiful"),
                                            QStringLiteral("sveltish")},
                                           style);
    }
    // Markers and legend swatches are drawn in each series' full colour.
    for (int i = 0; i < 3; ++i) {
        const QRgb colour = ChartPainter::seriesColor(style, i).rgb();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == colour ? 1 : 0;
        QVERIFY2(count > 20, qPrintable(QStringLiteral("series %1: %2 pixels").arg(i).arg(count)));
    }
}

void TestChartPainter::emptyInputPaintsAMessageNotACrash()
{
    const KnowledgeBase kb = kbWith(3);
    QImage image = blankImage(QSize(300, 100));
    {
        QPainter painter(&image);
        ChartPainter::paintScoreBars(painter, QRectF(image.rect()), kb, AreaResult{});
        ChartPainter::paintScoreBars(painter, QRectF(), kb, areaResult({50}));
        ChartPainter::paintCriteriaProfile(painter, QRectF(image.rect()), kb, QStringLiteral("nowhere"), {});
        ChartPainter::paintCriteriaProfile(painter, QRectF(image.rect()), kb, QStringLiteral("frontend"),
                                           {QStringLiteral("unknown")});
    }
    // Something (the message) was written.
    bool inked = false;
    for (int y = 0; y < image.height() && !inked; ++y)
        for (int x = 0; x < image.width() && !inked; ++x)
            inked = image.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY(inked);
}

void TestChartPainter::pdfOutputIsAPdf()
{
    const KnowledgeBase kb = kbWith(4);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        QPainter painter(&writer);
        const QRectF page(0, 0, writer.width(), writer.height() / 2.0);
        ChartPainter::paintScoreBars(painter, page, kb, areaResult({70, 50, 20}));
        ChartPainter::paintCriteriaProfile(painter, page.translated(0, page.height()), kb, QStringLiteral("frontend"),
                                           {QStringLiteral("reactor"), QStringLiteral("vuetiful")});
    }
    QVERIFY(buffer.data().startsWith("%PDF"));
    QVERIFY(buffer.data().size() > 1000);
}

void TestChartPainter::darkPaletteGivesLightTextAndBrightSeries()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    const ChartPainter::Style style = ChartPainter::styleFrom(dark);
    QVERIFY(style.text.lightnessF() > 0.8);
    QVERIFY(style.grid.lightnessF() > 0.15 && style.grid.lightnessF() < style.text.lightnessF());
    // The first series must stand out against the dark background.
    QVERIFY(ChartPainter::seriesColor(style, 0).lightnessF() > 0.5);

    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    QVERIFY(ChartPainter::styleFrom(light).text.lightnessF() < 0.2);
    QCOMPARE(ChartPainter::seriesColor(ChartPainter::styleFrom(light), 0), ChartPainter::defaultSeries().at(0));
}

void TestChartPainter::painterStateIsRestored()
{
    const KnowledgeBase kb = kbWith(3);
    QImage image = blankImage(QSize(300, 200));
    QPainter painter(&image);
    const QPen pen(Qt::magenta, 3);
    painter.setPen(pen);
    painter.setBrush(Qt::cyan);
    ChartPainter::paintScoreBars(painter, QRectF(image.rect()), kb, areaResult({70, 50, 20}));
    ChartPainter::paintCriteriaProfile(painter, QRectF(image.rect()), kb, QStringLiteral("frontend"),
                                       {QStringLiteral("reactor")});
    QCOMPARE(painter.pen(), pen);
    QCOMPARE(painter.brush().color(), QColor(Qt::cyan));
}

QTEST_MAIN(TestChartPainter)
#include "test_chartpainter.moc"
