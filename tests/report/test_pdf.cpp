// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The PDF report of the full default knowledge base, read back with poppler-utils: page count,
// page size (A4 and Letter), the text a reader sees (headings, the recommended stack, page
// numbers) and embedded fonts.

#include "KbLoader.h"
#include "PdfReportWriter.h"
#include "ReportDocument.h"
#include "ScoringEngine.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString run(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    p.start(tool, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        for (const char *tool : {"pdfinfo", "pdftotext", "pdffonts"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP("poppler-utils (pdfinfo, pdftotext, pdffonts) is not installed");
        QVERIFY(m_dir.isValid());
        const KbLoader::Result loaded = KbLoader::loadDirectories({KbLoader::builtinDir()});
        QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
        Answers answers;
        answers.project.name = QStringLiteral("Acme field-service portal");
        answers.project.author = QStringLiteral("Jane Doe");
        answers.answers.insert(QStringLiteral("team_language"), {QStringLiteral("python")});
        answers.answers.insert(QStringLiteral("data_ml"), {QStringLiteral("core")});
        answers.answers.insert(QStringLiteral("admin_panel"), {QStringLiteral("essential")});
        const Evaluation evaluation = ScoringEngine(loaded.kb).evaluate(answers);
        QVERIFY(!evaluation.stacks.isEmpty());
        ReportDocument::Options options;
        options.generated = QDate(2026, 1, 15);
        m_doc = ReportDocument::build(evaluation, loaded.kb, options);
    }

    void pageSizeAndContent_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("points");
        QTest::newRow("A4") << "A4" << "595 x 842";
        QTest::newRow("Letter") << "Letter" << "612 x 792";
    }

    void pageSizeAndContent()
    {
        QFETCH(QString, size);
        QFETCH(QString, points);
        PdfReportWriter::Options options;
        options.pageSize = PdfReportWriter::pageSizeFromName(size);
        QVERIFY(options.pageSize.isValid());
        const QByteArray pdf = PdfReportWriter::toPdf(m_doc, options);
        const QString path = m_dir.filePath(size + QStringLiteral(".pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        const int pageCount = pages.captured(1).toInt();
        QVERIFY2(pageCount > 1, qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Page size:       %1 pts").arg(points)), qPrintable(info));

        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(!text.isEmpty());
        for (ReportDocument::Text heading : {ReportDocument::Text::RecommendedStack, ReportDocument::Text::Summary,
                                             ReportDocument::Text::Project, ReportDocument::Text::Rankings,
                                             ReportDocument::Text::Comparison, ReportDocument::Text::Breakdowns,
                                             ReportDocument::Text::Sensitivity, ReportDocument::Text::Stacks,
                                             ReportDocument::Text::About})
            QVERIFY2(text.contains(ReportDocument::text(heading)), qPrintable(ReportDocument::text(heading)));
        QVERIFY(text.contains(QLatin1String("Acme field-service portal")));
        QVERIFY(!m_doc.recommended.isEmpty());
        for (const ReportDocument::StackPick &pick : m_doc.recommended)
            QVERIFY2(text.contains(pick.candidateName), qPrintable(pick.candidateName));
        // Footers number every page but the title page.
        QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pageCount)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
        QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
        // Pages are separated by form feeds; the title page holds the title, not the summary.
        const QString titlePage = text.section(QChar(u'\f'), 0, 0);
        QVERIFY(titlePage.contains(QLatin1String("Acme field-service portal")));
        QVERIFY(!titlePage.contains(ReportDocument::text(ReportDocument::Text::WhyThisStack)));
    }

    void fontsAreEmbedded()
    {
        const QString path = m_dir.filePath(QStringLiteral("fonts.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PdfReportWriter::toPdf(m_doc));
        file.close();
        const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 2, "no fonts listed");
        // Columns: name type encoding emb sub uni object ID (the header and a rule come first).
        const qsizetype embColumn = lines.at(0).indexOf(QLatin1String("emb"));
        QVERIFY(embColumn > 0);
        for (const QString &line : lines.mid(2))
            QVERIFY2(line.mid(embColumn, 3) == QLatin1String("yes"), qPrintable(line));
    }

    void paintReportsThePageCount()
    {
        // Charts off and on paginate differently, but each count matches the file's.
        for (bool charts : {false, true}) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            int painted = 0;
            {
                QPdfWriter writer(&buffer);
                writer.setPageSize(QPageSize(QPageSize::A4));
                painted = PdfReportWriter::paint(m_doc, &writer, charts);
            }
            const QString path = m_dir.filePath(QStringLiteral("count.pdf"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            file.close();
            const QString info = run(QStringLiteral("pdfinfo"), {path});
            QCOMPARE(QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt(), painted);
        }
    }

    void pageSizeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("A4") << "A4" << true;
        QTest::newRow("a4, any case") << "a4" << true;
        QTest::newRow("Letter") << "Letter" << true;
        QTest::newRow("LETTER") << "LETTER" << true;
        QTest::newRow("A3 is not offered") << "A3" << false;
        QTest::newRow("empty") << "" << false;
    }

    void pageSizeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(PdfReportWriter::pageSizeFromName(name).isValid(), valid);
    }

private:
    QTemporaryDir m_dir;
    ReportDocument m_doc;
};

QTEST_MAIN(TestPdf)
#include "test_pdf.moc"
