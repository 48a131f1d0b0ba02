// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Report export on the full default knowledge base, from the Evaluation to the bytes written
// (document building included). Budgets: HTML under 20 ms, PDF under 250 ms.

#include "KbLoader.h"
#include "ReportExporter.h"
#include "ScoringEngine.h"

#include <QTest>

class BenchReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const KbLoader::Result loaded = KbLoader::loadDirectories({KbLoader::builtinDir()});
        QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
        m_kb = loaded.kb;
        Answers answers;
        answers.project.name = QStringLiteral("Benchmark project");
        answers.answers.insert(QStringLiteral("team_language"), {QStringLiteral("javascript")});
        answers.answers.insert(QStringLiteral("realtime"), {QStringLiteral("core")});
        answers.answers.insert(QStringLiteral("app_kinds"),
                               {QStringLiteral("realtime_collab"), QStringLiteral("api_for_js_frontend")});
        m_evaluation = ScoringEngine(m_kb).evaluate(answers);
        QVERIFY(!m_evaluation.stacks.isEmpty());
        // As the window does (ReportActions): the session's knowledge base is hashed once.
        m_options.kbHash = ReportProvenance::knowledgeBaseHash(m_kb);
    }

    // What that one hash costs, for the record.
    void knowledgeBaseHash() { QBENCHMARK { ReportProvenance::knowledgeBaseHash(m_kb); } }

    void exportHtml() { bench(ReportExporter::Format::Html); }
    void exportPdf() { bench(ReportExporter::Format::Pdf); }
    void exportMarkdown() { bench(ReportExporter::Format::Markdown); }
    void exportCsv() { bench(ReportExporter::Format::Csv); }

private:
    void bench(ReportExporter::Format format)
    {
        QByteArray bytes;
        QBENCHMARK {
            bytes = ReportExporter::render(format, m_evaluation, m_kb, m_options);
        }
        QVERIFY(!bytes.isEmpty());
    }

    KnowledgeBase m_kb;
    Evaluation m_evaluation;
    ReportOptions m_options;
};

// QTEST_MAIN: charts and the PDF lay out text, which needs a QGuiApplication's fonts.
QTEST_MAIN(BenchReport)
#include "bench_report.moc"
