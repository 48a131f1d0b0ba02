// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The report writers (HTML, Markdown, CSV) against golden files, under the C locale with a fixed
// date, plus the structural promises each format makes (MADR sections, RFC 4180, self-contained
// HTML). Set STACKWISE_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, then
// read the diff before committing it.

#include "Ahp.h"
#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "MarkdownReportWriter.h"
#include "PdfReportWriter.h"
#include "ReportDocument.h"
#include "ReportExporter.h"
#include "ReportFixture.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTest>

namespace {
const QDate FixedDate(2026, 1, 15);

ReportDocument fixtureDocument(bool group)
{
    ReportDocument::Options options;
    options.generated = FixedDate;
    options.language = QStringLiteral("en");
    ReportDocument doc = ReportDocument::build(ReportFixture::evaluation(group), ReportFixture::knowledgeBase(), options);
    doc.appVersion = QStringLiteral("TEST"); // the goldens do not change with each release
    doc.madeWith.generator = QStringLiteral("stackwise TEST");
    return doc;
}

QString goldenPath(const QString &name)
{
    return QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/golden/") + name;
}

// RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                *ok = false;
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else if (c == u'\n') {
            *ok = false; // a bare LF is not a record separator in RFC 4180
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        *ok = false; // the last record must end with CRLF too
    return rows;
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        LocalizedText::setDefaultLanguage(QStringLiteral("en"));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("group");
        QTest::addColumn<QString>("file");
        QTest::newRow("html, one answers file") << "html" << false << "report.html";
        QTest::newRow("html, group decision") << "html" << true << "report-group.html";
        QTest::newRow("markdown ADR, one answers file") << "md" << false << "report.md";
        QTest::newRow("markdown ADR, group decision") << "md" << true << "report-group.md";
        QTest::newRow("csv rankings") << "csv" << false << "report.csv";
    }

    void golden()
    {
        QFETCH(QString, format);
        QFETCH(bool, group);
        QFETCH(QString, file);
        const ReportDocument doc = fixtureDocument(group);
        QString actual;
        if (format == QLatin1String("html")) {
            HtmlReportWriter::Options options;
            options.charts = false; // chart SVG depends on the machine's font metrics
            actual = HtmlReportWriter::toHtml(doc, options);
        } else if (format == QLatin1String("md")) {
            actual = MarkdownReportWriter::toMarkdown(doc);
        } else {
            actual = CsvReportWriter::toCsv(doc);
        }

        const QString path = goldenPath(file);
        if (qEnvironmentVariableIsSet("STACKWISE_UPDATE_GOLDEN")) {
            QSaveFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
            QVERIFY(out.commit());
            QSKIP("golden file rewritten");
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
        const QString expected = QString::fromUtf8(in.readAll());
        if (actual != expected) {
            // Point at the first line that differs rather than dumping two whole reports.
            const QStringList a = actual.split(QLatin1Char('\n'));
            const QStringList e = expected.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i))
                    QFAIL(qPrintable(QStringLiteral("%1:%2: differs\n  actual:   %3\n  expected: %4")
                                         .arg(path)
                                         .arg(i + 1)
                                         .arg(a.value(i), e.value(i))));
            }
        }
    }

    void markdownHasEveryMadrSection()
    {
        const QString md = MarkdownReportWriter::toMarkdown(fixtureDocument(false));
        QVERIFY(md.startsWith(QLatin1String("---\nstatus: \"proposed\"\ndate: 2026-01-15\ndecision-makers: \"Jane Doe\"\n---\n")));
        const QStringList headings = {QStringLiteral("\n# Web stack decision: Acme portal, phase 2\n"),
                                      QStringLiteral("\n## Context and Problem Statement\n"),
                                      QStringLiteral("\n## Decision Drivers\n"),
                                      QStringLiteral("\n## Considered Options\n"),
                                      QStringLiteral("\n## Decision Outcome\n"),
                                      QStringLiteral("\n### Consequences\n"),
                                      QStringLiteral("\n### Confirmation\n"),
                                      QStringLiteral("\n## Pros and Cons of the Options\n"),
                                      QStringLiteral("\n## More Information\n")};
        qsizetype at = 0;
        for (const QString &h : headings) {
            const qsizetype found = md.indexOf(h, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: %1").arg(h.trimmed())));
            at = found;
        }
        QVERIFY(md.contains(QLatin1String("Chosen option: \"Alpha + Node\", because")));
        QVERIFY(md.contains(QLatin1String("* Good, because Alpha: Alpha is quick to start.")));
        QVERIFY(md.contains(QLatin1String("* Bad, because Alpha: Alpha needs care at scale.")));
        // A section per area in the options, and one per compared option in the pros and cons.
        QVERIFY(md.contains(QLatin1String("### User interface\n")));
        QVERIFY(md.contains(QLatin1String("### Server\n")));
        QVERIFY(md.contains(QLatin1String("### User interface: Beta.js\n")));
    }

    void reasonsSpeakOfTheRecommendedCandidate()
    {
        // A pin (or synergies) can put a runner-up into the recommended stack.
        Evaluation e = ReportFixture::evaluation();
        e.areas[0].pinned = QStringLiteral("beta");
        e.stacks.removeFirst();
        ReportDocument::Options options;
        options.generated = FixedDate;
        const ReportDocument pinned = ReportDocument::build(e, ReportFixture::knowledgeBase(), options);
        QCOMPARE(pinned.recommended.value(0).candidateName, QStringLiteral("Beta.js"));
        QVERIFY2(pinned.reasons.value(0).startsWith(QLatin1String(
                     "Beta.js was pinned for User interface and scores 81.6 of 100. Without the pin, Alpha would rank first with 83.3.")),
                 qPrintable(pinned.reasons.value(0)));

        e.areas[0].pinned.clear();
        const ReportDocument lifted = ReportDocument::build(e, ReportFixture::knowledgeBase(), options);
        QVERIFY2(lifted.reasons.value(0).startsWith(QLatin1String("Beta.js is chosen for User interface with 81.6 of 100, although Alpha scores 83.3")),
                 qPrintable(lifted.reasons.value(0)));
        // Its own contributions explain it, not the leader's.
        QVERIFY(lifted.reasons.value(0).contains(QLatin1String("SEO, first paint (+16.9)")));
    }

    void markdownDecisionMakersInGroupMode()
    {
        const QString md = MarkdownReportWriter::toMarkdown(fixtureDocument(true));
        QVERIFY(md.contains(QLatin1String("\ndecision-makers: \"Alice, Bob\"\n")));
        QVERIFY(md.contains(QLatin1String("### Where the members disagree")));
    }

    void markdownEscape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html tag becomes entities") << "<b>x</b>" << "&lt;b&gt;x&lt;/b&gt;";
        QTest::newRow("link syntax is broken") << "[a](http://x)" << "\\[a\\](http://x)";
        QTest::newRow("image syntax is broken") << "![i](x.png)" << "!\\[i\\](x.png)";
        QTest::newRow("emphasis stays literal") << "*a* _b_" << "\\*a\\* \\_b\\_";
        QTest::newRow("heading marker at the start") << "# not a heading" << "\\# not a heading";
        QTest::newRow("ordered list marker at the start") << "1. not a list" << "1\\. not a list";
        QTest::newRow("hyphen inside text stays") << "end-to-end" << "end-to-end";
        QTest::newRow("list marker at the start") << "- not a list" << "\\- not a list";
        QTest::newRow("thematic break") << "---" << "\\---";
        QTest::newRow("signed number stays") << "+4.0" << "+4.0";
        QTest::newRow("decimal number stays") << "83.3" << "83.3";
        QTest::newRow("table pipe") << "a | b" << "a \\| b";
        QTest::newRow("line breaks become spaces") << "a\nb" << "a b";
        QTest::newRow("ampersand") << "R&D" << "R&amp;D";
    }

    void markdownEscape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownReportWriter::escape(input), expected);
    }

    void yamlString_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Jane Doe" << "\"Jane Doe\"";
        QTest::newRow("quote and backslash") << "a\"b\\c" << "\"a\\\"b\\\\c\"";
        QTest::newRow("markup as escapes") << "<b>&" << "\"\\u003Cb\\u003E\\u0026\"";
        QTest::newRow("line break") << "a\nb" << "\"a b\"";
    }

    void yamlString()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownReportWriter::yamlString(input), expected);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "React" << "React";
        QTest::newRow("comma is quoted") << "a,b" << "\"a,b\"";
        QTest::newRow("quote is doubled") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("line break is quoted") << "a\nb" << "\"a\nb\"";
        QTest::newRow("formula =") << "=1+1" << "'=1+1";
        QTest::newRow("formula +") << "+1" << "'+1";
        QTest::newRow("formula -") << "-1" << "'-1";
        QTest::newRow("formula @") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("leading tab") << "\tx" << "'\tx";
        QTest::newRow("leading carriage return") << "\rx" << "\"'\rx\"";
        QTest::newRow("formula with comma is neutralised then quoted")
            << "=HYPERLINK(\"http://x\",\"y\")" << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("minus inside is fine") << "a-b" << "a-b";
    }

    void csvField()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(CsvReportWriter::field(input), expected);
    }

    void csvParsesBackToTheRankings()
    {
        const ReportDocument doc = fixtureDocument(false);
        bool ok = false;
        const QList<QStringList> rows = parseCsv(CsvReportWriter::toCsv(doc), &ok);
        QVERIFY2(ok, "not RFC 4180 (CRLF records)");
        QStringList header = {QStringLiteral("area"), QStringLiteral("rank"), QStringLiteral("id"),
                              QStringLiteral("name"), QStringLiteral("score"), QStringLiteral("in_recommended_stack"),
                              QStringLiteral("departure"), QStringLiteral("source"), QStringLiteral("as_of")};
        for (const Criterion &c : doc.kb.criteria)
            header << c.id;
        const qsizetype ratingsEnd = header.size();
        for (const Criterion &c : doc.kb.criteria)
            header << QStringLiteral("importance_") + c.id;
        QCOMPARE(rows.value(0), header);

        qsizetype line = 1;
        for (const ReportDocument::AreaSection &area : doc.areas) {
            for (const ReportDocument::RankingRow &r : area.ranking) {
                QVERIFY(line < rows.size());
                const QStringList &row = rows.at(line++);
                QCOMPARE(row.size(), header.size());
                QCOMPARE(row.at(0), area.id);
                QCOMPARE(row.at(1).toInt(), r.rank);
                QCOMPARE(row.at(2), r.id);
                QCOMPARE(row.at(3), r.name);
                QCOMPARE(row.at(4).toDouble(), r.score);
                QCOMPARE(row.at(5), r.recommended ? QStringLiteral("yes") : QStringLiteral("no"));
                QCOMPARE(row.at(6), r.departure);
                QCOMPARE(row.at(7), r.sources.join(QLatin1Char(' ')));
                QCOMPARE(row.at(8), r.oldestAsOf);
                const Candidate *c = doc.kb.candidate(r.id);
                QVERIFY(c);
                for (qsizetype k = 9; k < ratingsEnd; ++k) {
                    if (c->ratings.contains(header.at(k)))
                        QCOMPARE(row.at(k).toDouble(), c->ratings.value(header.at(k)).score);
                    else
                        QVERIFY2(row.at(k).isEmpty(), qPrintable(header.at(k)));
                }
                // The importance each criterion had in this row's area: what the score weighed.
                for (qsizetype k = ratingsEnd; k < header.size(); ++k) {
                    const QString id = header.at(k).mid(int(qstrlen("importance_")));
                    if (area.result.importance.contains(id))
                        QCOMPARE(row.at(k).toDouble(), area.result.importance.value(id));
                    else
                        QVERIFY2(row.at(k).isEmpty(), qPrintable(header.at(k)));
                }
            }
        }
        QCOMPARE(line, rows.size());
    }

    void csvNumbersIgnoreTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const ReportDocument doc = fixtureDocument(false);
        QLocale::setDefault(QLocale::c());
        const QString csv = CsvReportWriter::toCsv(doc);
        QVERIFY(csv.contains(QLatin1String(",alpha,Alpha,83.25,")));
        QVERIFY(csv.contains(QLatin1String(",9,7,4,,8,5,3,\r\n")));
        // The human formats do follow it.
        QVERIFY(MarkdownReportWriter::toMarkdown(doc).contains(QLatin1String("(95,6 of 100)")));
    }

    // Ecosystem 3x Speed, Speed 2x SEO, Ecosystem against SEO not judged: Harker completes it.
    static Evaluation withPairwise(bool group)
    {
        Evaluation e = ReportFixture::evaluation(group);
        auto judgment = [](const char *a, const char *b, double v) {
            PairwiseJudgment j;
            j.a = QLatin1String(a);
            j.b = QLatin1String(b);
            j.value = v;
            return j;
        };
        e.answers.pairwise = {judgment("ecosystem", "speed", 3), judgment("seo", "speed", 0.5)};
        QString error;
        e.pairwise = Ahp::compute(e.answers.pairwise, &error);
        if (group) {
            e.group->pairwiseConsistency = {{QStringLiteral("alice.yaml"), 0.042}};
            PairwiseDisagreement apart;
            apart.a = QStringLiteral("ecosystem");
            apart.b = QStringLiteral("speed");
            apart.values = {{QStringLiteral("alice.yaml"), 9}, {QStringLiteral("bob.yaml"), 1}};
            apart.spread = 9;
            e.group->pairwiseDisagreements = {apart};
        }
        return e;
    }
    static ReportDocument document(const Evaluation &e)
    {
        ReportDocument::Options options;
        options.generated = FixedDate;
        options.language = QStringLiteral("en");
        return ReportDocument::build(e, ReportFixture::knowledgeBase(), options);
    }

    void pairwiseMatrixAndWeightsInEveryFormat()
    {
        const Evaluation e = withPairwise(false);
        QVERIFY(e.pairwise);
        const ReportDocument doc = document(e);
        // Rows and columns in the order first named: Ecosystem, Speed, SEO.
        QCOMPARE(doc.pairwiseMatrixHeader.size(), 3);
        QCOMPARE(doc.pairwiseMatrix.size(), 3);
        QCOMPARE(doc.pairwiseMatrix.at(0).at(0), QStringLiteral("1"));
        QCOMPARE(doc.pairwiseMatrix.at(0).at(1), QStringLiteral("3"));   // as judged
        QCOMPARE(doc.pairwiseMatrix.at(1).at(0), QStringLiteral("1/3")); // its reciprocal
        QCOMPARE(doc.pairwiseMatrix.at(2).at(1), QStringLiteral("1/2"));
        // Not judged: w_ecosystem / w_seo from Harker's completion, which is 6 for these two.
        QCOMPARE(doc.pairwiseMatrix.at(0).at(2), QStringLiteral("(6.00)"));
        QCOMPARE(doc.pairwiseMatrix.at(2).at(0), QStringLiteral("(0.17)"));
        QVERIFY(doc.pairwiseMatrixNote.contains(QLatin1String("Harker")));

        HtmlReportWriter::Options html;
        html.charts = false;
        const QString page = HtmlReportWriter::toHtml(doc, html);
        QVERIFY(page.contains(QLatin1String("<table class=\"pairwise-matrix\">")));
        QVERIFY(page.contains(QLatin1String("<td class=\"num muted\">(6.00)</td>")));
        QVERIFY(page.contains(QLatin1String("random index 0.58")));
        const QString record = MarkdownReportWriter::toMarkdown(doc);
        QVERIFY(record.contains(QLatin1String("| Speed | 1/3 | 1 | 2 |")));
        QVERIFY(record.contains(QLatin1String("random index 0.58")));

        // CSV: each compared criterion's weight, on every row.
        bool ok = false;
        const QList<QStringList> rows = parseCsv(CsvReportWriter::toCsv(doc), &ok);
        QVERIFY(ok);
        const QStringList header = rows.value(0);
        for (qsizetype i = 0; i < e.pairwise->criteria.size(); ++i) {
            const qsizetype column = header.indexOf(QStringLiteral("pairwise_weight_") + e.pairwise->criteria.at(i));
            QVERIFY(column > 0);
            for (qsizetype r = 1; r < rows.size(); ++r)
                QCOMPARE(rows.at(r).at(column), QString::number(e.pairwise->weights.at(i), 'f', 4));
        }
        QVERIFY(!header.contains(QStringLiteral("pairwise_weight_realtime")));
    }

    void groupReportShowsEachMembersConsistency()
    {
        const ReportDocument doc = document(withPairwise(true));
        QCOMPARE(doc.memberConsistency.size(), 2);
        QCOMPARE(doc.memberConsistency.at(0).label, QStringLiteral("Alice"));
        QCOMPARE(doc.memberConsistency.at(0).value, QStringLiteral("0.042"));
        QVERIFY(doc.memberConsistency.at(1).value.contains(QLatin1String("no pairwise judgments")));
        QCOMPARE(doc.pairwiseApart.size(), 1);
        QVERIFY(doc.pairwiseApart.first().contains(QLatin1String("Alice 9, Bob 1")));
        HtmlReportWriter::Options html;
        html.charts = false;
        const QString page = HtmlReportWriter::toHtml(doc, html);
        QVERIFY(page.contains(QLatin1String("Each member's pairwise consistency ratio")));
        QVERIFY(page.contains(QLatin1String("<li>Alice: 0.042</li>")));
        QVERIFY(MarkdownReportWriter::toMarkdown(doc).contains(QLatin1String("* Alice: 0.042")));
    }

    // Judgments that do not link every criterion set no importance, and the report says so.
    void unlinkedJudgmentsAreReportedNotDropped()
    {
        Evaluation e = ReportFixture::evaluation(false);
        PairwiseJudgment ab;
        ab.a = QStringLiteral("ecosystem");
        ab.b = QStringLiteral("speed");
        ab.value = 3;
        PairwiseJudgment cd;
        cd.a = QStringLiteral("seo");
        cd.b = QStringLiteral("realtime");
        cd.value = 2;
        e.answers.pairwise = {ab, cd};
        e.pairwise = Ahp::compute(e.answers.pairwise, &e.pairwiseProblem);
        QVERIFY(!e.pairwise);
        const ReportDocument doc = document(e);
        QVERIFY(doc.pairwiseMatrix.isEmpty());
        QVERIFY2(doc.pairwiseProblem.contains(QLatin1String("SEO")), qPrintable(doc.pairwiseProblem));
        HtmlReportWriter::Options html;
        html.charts = false;
        QVERIFY(HtmlReportWriter::toHtml(doc, html).contains(QLatin1String("Pairwise judgments not used")));
        QVERIFY(MarkdownReportWriter::toMarkdown(doc).contains(QLatin1String("Pairwise judgments not used")));
    }

    void htmlIsSelfContained()
    {
        const QString html = HtmlReportWriter::toHtml(fixtureDocument(true));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">")
                                  .arg(HtmlReportWriter::contentSecurityPolicy())));
        QCOMPARE(HtmlReportWriter::contentSecurityPolicy(),
                 QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; img-src data:"));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("src="), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("href=\"(?!#)"))));
        QVERIFY(html.contains(QLatin1String("<style>")));
        QVERIFY(html.contains(QLatin1String(".pick {"))); // the compiled-in stylesheet, inlined
        // Charts: a ranking per area, a profile per area with two or more compared candidates.
        QCOMPARE(html.count(QLatin1String("<svg ")), 4);
        QCOMPARE(html.count(QLatin1String("</svg>")), 4);
        QVERIFY(!html.contains(QLatin1String("<?xml")));
        QVERIFY(html.contains(QLatin1String("<section id=\"group\">")));
    }

    void htmlLanguageFollowsTheReportLanguage()
    {
        KnowledgeBase kb = ReportFixture::knowledgeBase();
        kb.candidates[0].name.set(QStringLiteral("de"), QStringLiteral("Alpha-DE"));
        kb.reindex();
        ReportDocument::Options options;
        options.generated = FixedDate;
        options.language = QStringLiteral("de");
        const ReportDocument doc = ReportDocument::build(ReportFixture::evaluation(), kb, options);
        HtmlReportWriter::Options html;
        html.charts = false;
        const QString out = HtmlReportWriter::toHtml(doc, html);
        QVERIFY(out.contains(QLatin1String("<html lang=\"de\">")));
        QVERIFY(out.contains(QLatin1String("<span class=\"name\">Alpha-DE</span>")));
    }

    void generatedDateIsInjected()
    {
        const ReportDocument doc = fixtureDocument(false);
        QCOMPARE(doc.generatedText(), QStringLiteral("2026-01-15"));
        QVERIFY(HtmlReportWriter::toHtml(doc).contains(QLatin1String("<dd>2026-01-15</dd>")));
        ReportDocument::Options options;
        const ReportDocument today = ReportDocument::build(ReportFixture::evaluation(), ReportFixture::knowledgeBase(), options);
        QCOMPARE(today.generated, QDate::currentDate());
    }

    void exporterRendersEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
        QTest::newRow("md") << "md" << QByteArray("---\nstatus: \"proposed\"\n");
        QTest::newRow("csv") << "csv" << QByteArray("area,rank,id,name,score,");
    }

    void exporterRendersEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, prefix);
        const auto format = ReportExporter::formatFromName(name);
        QVERIFY(format);
        QString error;
        const QByteArray bytes = ReportExporter::render(*format, ReportFixture::evaluation(), ReportFixture::knowledgeBase(),
                                                        ReportOptions{}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(bytes.startsWith(prefix));
    }

    void exporterRejectsAnUnknownPageSize()
    {
        ReportOptions options;
        options.pageSize = QStringLiteral("A3");
        QString error;
        const QByteArray bytes = ReportExporter::render(ReportExporter::Format::Pdf, ReportFixture::evaluation(),
                                                        ReportFixture::knowledgeBase(), options, &error);
        QVERIFY(bytes.isEmpty());
        QVERIFY(error.contains(QLatin1String("A3")));
    }
};

// Not GUILESS: the charts and the PDF lay out text, which needs the font database of a
// QGuiApplication (offscreen platform, no display).
QTEST_MAIN(TestReports)
#include "test_reports.moc"
