// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Reproducible reports (issue 14): every export embeds what made it (ReportProvenance), and
// ReportReader reopens it: export -> reopen -> the identical Evaluation, for every format. The
// embedded answers are validated like an answers file: tampered, oversized or missing data is
// refused with PATH:LINE:COLUMN, pointing into the report.
#include "AnswersFile.h"
#include "JsonReportWriter.h"
#include "KbLoader.h"
#include "ReportExporter.h"
#include "ReportReader.h"
#include "ScoringEngine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Format = ReportExporter::Format;
Q_DECLARE_METATYPE(ReportExporter::Format)

class TestReopen : public QObject
{
    Q_OBJECT
private:
    KnowledgeBase m_kb;
    QTemporaryDir m_dir;

    Answers example(const QString &name) const
    {
        Diagnostics d;
        const auto a = AnswersFile::load(QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/") + name, m_kb, &d);
        return a.value_or(Answers{});
    }
    QByteArray render(Format format, const Answers &answers) const
    {
        return ReportExporter::render(format, ScoringEngine(m_kb).evaluate(answers), m_kb, ReportOptions{});
    }
    // The evaluation as its JSON report: equal bytes, equal evaluation (every score, every
    // contribution, every stack).
    QByteArray fingerprint(const Answers &answers) const
    {
        return JsonReportWriter::render(ScoringEngine(m_kb).evaluate(answers), m_kb, ReportOptions{});
    }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        const KbLoader::Result loaded = KbLoader::loadDefault();
        QVERIFY(loaded.ok());
        m_kb = loaded.kb;
        QVERIFY(m_dir.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("answers");
        const QList<std::pair<Format, const char *>> formats = {
            {Format::Html, "html"}, {Format::Markdown, "md"}, {Format::Json, "json"}, {Format::Pdf, "pdf"}};
        for (const char *file : {"realtime-react-team.yaml", "python-data-team.yaml", "crud-back-office.yaml"})
            for (const auto &[format, suffix] : formats)
                QTest::addRow("%s %s", suffix, file) << format << QString::fromLatin1(suffix) << QString::fromLatin1(file);
    }

    void roundTrip()
    {
        QFETCH(Format, format);
        QFETCH(QString, suffix);
        QFETCH(QString, answers);
        const Answers original = example(answers);
        QVERIFY(!original.answers.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("report.") + suffix);
        QVERIFY(ReportExporter::write(file, format, ScoringEngine(m_kb).evaluate(original), m_kb, ReportOptions{}));

        Diagnostics diagnostics;
        const auto decision = ReportReader::load(file, m_kb, &diagnostics);
        QVERIFY2(decision, qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(decision->answers, original);
        QCOMPARE(fingerprint(decision->answers), fingerprint(original));
        QCOMPARE(decision->madeWith.kbVersion, m_kb.meta.version);
        QCOMPARE(decision->madeWith.kbHash, ReportProvenance::knowledgeBaseHash(m_kb));
        if (format != Format::Json) // JSON keeps its "generator" key: the application's name and version
            QCOMPARE(decision->madeWith.generator, ReportProvenance::currentGenerator());
        QVERIFY(decision->madeWith.knowledgeBaseChange(m_kb).isEmpty());
    }

    void csvWritesItsAnswersBeside()
    {
        const Answers original = example(QStringLiteral("crud-back-office.yaml"));
        const QString csv = path("decision.csv");
        QVERIFY(ReportExporter::write(csv, Format::Csv, ScoringEngine(m_kb).evaluate(original), m_kb, ReportOptions{}));
        QCOMPARE(ReportExporter::companionPath(csv), path("decision.answers.yaml"));
        Diagnostics diagnostics;
        const auto decision = ReportReader::load(path("decision.answers.yaml"), m_kb, &diagnostics);
        QVERIFY(decision);
        QCOMPARE(fingerprint(decision->answers), fingerprint(original));
        // The CSV itself says where its answers are.
        diagnostics.clear();
        QVERIFY(!ReportReader::load(csv, m_kb, &diagnostics));
        QVERIFY(diagnostics.value(0).message.contains(QLatin1String("decision.answers.yaml")));
    }

    void knowledgeBaseHashIsStable()
    {
        const KbLoader::Result again = KbLoader::loadDefault();
        QCOMPARE(ReportProvenance::knowledgeBaseHash(again.kb), ReportProvenance::knowledgeBaseHash(m_kb));
        KnowledgeBase changed = m_kb;
        changed.candidates.first().ratings.first().score += 1;
        QVERIFY(ReportProvenance::knowledgeBaseHash(changed) != ReportProvenance::knowledgeBaseHash(m_kb));
    }

    void otherKnowledgeBaseIsSaid()
    {
        const Answers answers = example(QStringLiteral("realtime-react-team.yaml"));
        KnowledgeBase older = m_kb;
        older.meta.version = QStringLiteral("2026.01");
        older.candidates.first().ratings.first().score += 1;
        ReportProvenance made = ReportProvenance::of(answers, older);
        const QString change = made.knowledgeBaseChange(m_kb);
        QVERIFY(change.contains(QLatin1String("2026.01")));
        QVERIFY(change.contains(m_kb.meta.version));
        QVERIFY(change.contains(made.kbHash.left(19)));
        QVERIFY(change.contains(QLatin1String("scores may differ")));
        // ... and the new report says it.
        ReportOptions options;
        options.reopenedFrom = made;
        const Evaluation evaluation = ScoringEngine(m_kb).evaluate(answers);
        for (Format format : {Format::Html, Format::Markdown, Format::Json})
            QVERIFY(QString::fromUtf8(ReportExporter::render(format, evaluation, m_kb, options))
                        .contains(QLatin1String("scores may differ")));
    }

    // A tampered answer is an error at the report's own line and column.
    void tamperedAnswerPointsIntoTheReport_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("html") << Format::Html << QStringLiteral("html");
        QTest::newRow("markdown") << Format::Markdown << QStringLiteral("md");
        QTest::newRow("json") << Format::Json << QStringLiteral("json");
    }

    void tamperedAnswerPointsIntoTheReport()
    {
        QFETCH(Format, format);
        QFETCH(QString, suffix);
        QByteArray bytes = render(format, example(QStringLiteral("realtime-react-team.yaml")));
        // In JSON the line is a string: its quotes are escaped.
        const QByteArray quote = format == Format::Json ? "\\\"" : "\"";
        const QByteArray good = "realtime: " + quote + "core" + quote;
        const qsizetype at = bytes.indexOf(good);
        QVERIFY(at > 0);
        bytes.replace(at, good.size(), "realtime: " + quote + "warp" + quote);
        const int line = int(bytes.left(at).count('\n')) + 1;
        const int column = int(at - bytes.lastIndexOf('\n', at - 1)) + 10; // the value, after "realtime: "
        const QString file = m_dir.filePath(QStringLiteral("tampered.") + suffix);
        Diagnostics diagnostics;
        QVERIFY(!ReportReader::parse(bytes, file, m_kb, &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY2(diagnostics.first().message.contains(QLatin1String("warp")), qPrintable(diagnostics.first().toString()));
        QCOMPARE(diagnostics.first().line, line);
        QCOMPARE(diagnostics.first().column, column);
    }

    void tamperedPdfNamesTheEmbeddedLine()
    {
        QByteArray bytes = render(Format::Pdf, example(QStringLiteral("realtime-react-team.yaml")));
        const qsizetype at = bytes.indexOf("realtime: \"core\"");
        QVERIFY(at > 0);
        bytes.replace(at, 16, "realtime: \"warp\""); // same length: the PDF's offsets stay valid
        Diagnostics diagnostics;
        QVERIFY(!ReportReader::parse(bytes, path("tampered.pdf"), m_kb, &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics.first().line > 0);
        QVERIFY(diagnostics.first().message.contains(QLatin1String("embedded")));
    }

    void refusedCleanly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray html = render(Format::Html, example(QStringLiteral("realtime-react-team.yaml")));
        QByteArray noBlock = html;
        noBlock.truncate(noBlock.indexOf("<template"));
        QTest::newRow("html without answers") << QStringLiteral("a.html") << noBlock << QStringLiteral("carries no answers");
        QByteArray unclosed = html;
        unclosed.truncate(unclosed.indexOf("</template>"));
        QTest::newRow("unclosed block") << QStringLiteral("b.html") << unclosed << QStringLiteral("carries no answers");
        // More than an answers file may hold: refused before it is parsed.
        QByteArray huge = html;
        huge.insert(huge.indexOf("</template>"), QByteArray("# padding\n").repeated(120 * 1024));
        QTest::newRow("oversized") << QStringLiteral("c.html") << huge << QStringLiteral("larger than 1024 KiB");
        // A crafted block can do no more than a crafted answers file: unknown keys are errors.
        QByteArray crafted = html;
        crafted.insert(crafted.indexOf("</template>"), QByteArray("run: \"rm -rf /\"\n"));
        QTest::newRow("crafted key") << QStringLiteral("d.html") << crafted << QStringLiteral("run");
        QTest::newRow("json not a report") << QStringLiteral("e.json") << QByteArray("{\"format\": 1}")
                                           << QStringLiteral("carries no answers");
        QTest::newRow("broken json") << QStringLiteral("f.json") << QByteArray("{\"answers_file\": [") << QStringLiteral("JSON");
        QTest::newRow("json lines not strings") << QStringLiteral("g.json") << QByteArray("{\"answers_file\": [1, 2]}")
                                                << QStringLiteral("list of lines");
        QTest::newRow("pdf without answers") << QStringLiteral("h.pdf") << QByteArray("%PDF-1.4\n%%EOF\n")
                                             << QStringLiteral("carries no answers");
    }

    void refusedCleanly()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        Diagnostics diagnostics;
        QVERIFY(!ReportReader::parse(bytes, path(qPrintable(name)), m_kb, &diagnostics));
        QVERIFY(!diagnostics.isEmpty());
        QVERIFY2(diagnostics.first().toString().contains(expected), qPrintable(diagnostics.first().toString()));
        QVERIFY(diagnostics.first().toString().startsWith(path(qPrintable(name))));
    }

    void oversizedReportFileIsRefused()
    {
        QFile file(path("huge.pdf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ReportReader::MaxReportSize + 1)); // sparse: nothing is written
        file.close();
        Diagnostics diagnostics;
        QVERIFY(!ReportReader::load(file.fileName(), m_kb, &diagnostics));
        QVERIFY(diagnostics.value(0).message.contains(QLatin1String("too large")));
    }
};

QTEST_MAIN(TestReopen) // charts are painted (HTML, PDF): QtGui
#include "test_reopen.moc"
