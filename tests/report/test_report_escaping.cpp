// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Hostile text in every field a report shows: the project name, author and notes of the answers,
// and knowledge-base strings through an overlay directory (as `--kb DIR` would add them). The HTML
// must contain no live markup, the Markdown no HTML and no links, the CSV no cell a spreadsheet
// would run as a formula.

#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "KbLoader.h"
#include "MarkdownReportWriter.h"
#include "PdfReportWriter.h"
#include "ReportDocument.h"
#include "ScoringEngine.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Script = QStringLiteral("<script>alert(1)</script>");
const QString Img = QStringLiteral("<img src=x onerror=alert(1)>");
const QString Iframe = QStringLiteral("<iframe src=\"javascript:alert(1)\"></iframe>");
const QString Link = QStringLiteral("[click](javascript:alert(1))");
const QString Anchor = QStringLiteral("<a href=\"javascript:alert(1)\">x</a>");

QString yaml(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// Candidates rated 10 on every frontend criterion, so they lead the ranking and reach every
// section (summary, comparison, pros and cons, breakdowns).
QByteArray overlay(const KnowledgeBase &base)
{
    const QList<QPair<QString, QString>> names = {
        {QStringLiteral("evil_script"), Script},
        {QStringLiteral("evil_formula"), QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")")},
        {QStringLiteral("evil_plus"), QStringLiteral("+cmd|' /C calc'!A0")},
        {QStringLiteral("evil_minus"), QStringLiteral("-2+3")},
        {QStringLiteral("evil_at"), QStringLiteral("@SUM(A1:A9)")},
        {QStringLiteral("evil_tab"), QStringLiteral("\tTAB")},
    };
    QString y;
    y += QStringLiteral("areas:\n  - {id: frontend, name: %1, description: %2, order: 1}\n")
             .arg(yaml(QStringLiteral("<b>Front</b>") + Script), yaml(Img));
    y += QStringLiteral("candidates:\n");
    for (const auto &[id, name] : names) {
        y += QStringLiteral("  - id: %1\n    area: frontend\n    name: %2\n    summary: %3\n")
                 .arg(id, yaml(name), yaml(Img + Link));
        y += QStringLiteral("    strong_for: [%1]\n    pros: [%2, %3]\n    cons: [%4]\n    ratings:\n")
                 .arg(yaml(QStringLiteral("<svg onload=alert(1)>")), yaml(Iframe), yaml(Link), yaml(Anchor));
        for (const Criterion *c : base.criteriaOf(QStringLiteral("frontend")))
            y += QStringLiteral("      %1: {score: 10, why: %2}\n").arg(c->id, yaml(Script + Link));
    }
    y += QStringLiteral("synergies:\n  - {between: [evil_script, nodejs], points: 3, why: %1}\n").arg(yaml(Iframe));
    return y.toUtf8();
}

// Every real tag of the HTML (escaped text has no '<', so only markup matches).
QStringList tags(const QString &html)
{
    QStringList out;
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (auto it = tag.globalMatch(html); it.hasNext();)
        out << it.next().captured(0);
    return out;
}
} // namespace

class TestReportEscaping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        const KbLoader::Result builtin = KbLoader::loadDirectories({KbLoader::builtinDir()});
        QVERIFY2(builtin.ok(), qPrintable(builtin.diagnostics.value(0).toString()));
        QFile file(m_dir.filePath(QStringLiteral("evil.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(overlay(builtin.kb));
        file.close();

        const KbLoader::Result loaded = KbLoader::loadDirectories({KbLoader::builtinDir(), m_dir.path()});
        QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
        QVERIFY(loaded.kb.candidate(QStringLiteral("evil_script")));

        Answers answers;
        answers.project.name = Script + QStringLiteral(" portal");
        answers.project.author = Img;
        answers.project.notes = Iframe + QStringLiteral("\n\n") + Link + QStringLiteral("\n# heading\n1. list");
        answers.answers.insert(QStringLiteral("team_language"), {QStringLiteral("javascript")});
        const Evaluation evaluation = ScoringEngine(loaded.kb).evaluate(answers);
        QVERIFY(!evaluation.stacks.isEmpty());
        QCOMPARE(evaluation.stacks.first().choice.value(QStringLiteral("frontend")).left(5), QStringLiteral("evil_"));

        ReportDocument::Options options;
        options.generated = QDate(2026, 1, 15);
        m_doc = ReportDocument::build(evaluation, loaded.kb, options);
    }

    void htmlHasNoLiveMarkup()
    {
        const QString html = HtmlReportWriter::toHtml(m_doc);
        QVERIFY(html.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">")
                                  .arg(HtmlReportWriter::contentSecurityPolicy())));
        static const QSet<QString> allowed = {
            QStringLiteral("!DOCTYPE"), QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"),
            QStringLiteral("title"), QStringLiteral("style"), QStringLiteral("body"), QStringLiteral("header"),
            QStringLiteral("main"), QStringLiteral("footer"), QStringLiteral("nav"), QStringLiteral("section"),
            QStringLiteral("article"), QStringLiteral("div"), QStringLiteral("span"), QStringLiteral("p"),
            QStringLiteral("br"), QStringLiteral("strong"), QStringLiteral("h1"), QStringLiteral("h2"),
            QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("ul"),
            QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("dl"), QStringLiteral("dt"),
            QStringLiteral("dd"), QStringLiteral("a"), QStringLiteral("table"), QStringLiteral("caption"),
            QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr"), QStringLiteral("th"),
            QStringLiteral("td"), QStringLiteral("figure"),
            // the embedded answers (ReportProvenance): inert, never rendered or executed
            QStringLiteral("template"),
            // inline SVG charts, as QSvgGenerator writes them
            QStringLiteral("svg"), QStringLiteral("g"), QStringLiteral("path"), QStringLiteral("rect"),
            QStringLiteral("text"), QStringLiteral("polyline"), QStringLiteral("polygon"),
            QStringLiteral("circle"), QStringLiteral("ellipse"), QStringLiteral("line"), QStringLiteral("defs")};
        static const QRegularExpression name(QStringLiteral("^</?([!A-Za-z][A-Za-z0-9]*)"));
        // Attribute values are double-quoted and escaped, so this splits a tag reliably.
        static const QRegularExpression attribute(QStringLiteral("\\s([A-Za-z:-]+)(?:=\"([^\"]*)\")?"));
        static const QSet<QString> urlAttributes = {QStringLiteral("href"), QStringLiteral("src"), QStringLiteral("action"),
                                                    QStringLiteral("formaction"), QStringLiteral("xlink:href"),
                                                    QStringLiteral("srcdoc"), QStringLiteral("data")};
        for (const QString &t : tags(html)) {
            const QString element = name.match(t).captured(1);
            QVERIFY2(allowed.contains(element), qPrintable(QStringLiteral("unexpected element: %1").arg(t)));
            if (element == QLatin1String("!DOCTYPE"))
                continue;
            for (auto it = attribute.globalMatch(t); it.hasNext();) {
                const QRegularExpressionMatch a = it.next();
                const QString attr = a.captured(1).toLower();
                QVERIFY2(!attr.startsWith(QLatin1String("on")), qPrintable(QStringLiteral("event handler in: %1").arg(t)));
                if (urlAttributes.contains(attr))
                    QVERIFY2(attr == QLatin1String("href") && a.captured(2).startsWith(QLatin1Char('#')), qPrintable(t));
            }
        }
        // The embedded answers hold no markup of their own: the payloads are YAML escapes there.
        const qsizetype open = html.indexOf(QLatin1String("<template id=\"stackwise-answers\""));
        QVERIFY(open > 0);
        const qsizetype body = html.indexOf(QLatin1Char('\n'), open) + 1;
        const QString embedded = html.mid(body, html.indexOf(QLatin1String("</template>"), body) - body);
        QVERIFY(embedded.contains(QLatin1String("\\u003cscript\\u003e")));
        QVERIFY(!embedded.contains(QLatin1Char('<')) && !embedded.contains(QLatin1Char('&')));
        // The payloads are shown as text, not dropped.
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; portal")));
        QVERIFY(html.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;&lt;/iframe&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;Front&lt;/b&gt;")));
    }

    void markdownHasNoHtmlAndNoLinks()
    {
        QString md = MarkdownReportWriter::toMarkdown(m_doc);
        // The one comment, last, holds the embedded answers; with no ">" in them it cannot end
        // early. The rest is checked without it.
        const qsizetype comment = md.indexOf(QLatin1String("\n<!-- stackwise-answers "));
        QVERIFY(comment > 0);
        QVERIFY(md.endsWith(QLatin1String("\n-->\n")));
        QCOMPARE(md.indexOf(QLatin1String("-->")), md.size() - 4);
        md.truncate(comment);
        static const QRegularExpression rawTag(QStringLiteral("<[A-Za-z/!?]"));
        const QRegularExpressionMatch tag = rawTag.match(md);
        QVERIFY2(!tag.hasMatch(), qPrintable(md.mid(qMax<qsizetype>(0, tag.capturedStart() - 60), 120)));
        static const QRegularExpression bracket(QStringLiteral("(?<!\\\\)[\\[\\]]"));
        const QRegularExpressionMatch m = bracket.match(md);
        QVERIFY2(!m.hasMatch(), qPrintable(md.mid(qMax<qsizetype>(0, m.capturedStart() - 40), 80)));
        QVERIFY(md.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; portal")));
        QVERIFY(md.contains(QLatin1String("\\[click\\](javascript:alert(1))")));
        // Notes cannot open a heading or a list of their own.
        static const QRegularExpression heading(QStringLiteral("^#+ .*heading"), QRegularExpression::MultilineOption);
        QVERIFY(!md.contains(heading));
    }

    void csvHasNoFormulaCells()
    {
        const QString csv = CsvReportWriter::toCsv(m_doc);
        QVERIFY(csv.contains(QLatin1String("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")));
        QVERIFY(csv.contains(QLatin1String(",'-2+3,")));
        QVERIFY(csv.contains(QLatin1String(",'@SUM(A1:A9),")));
        QVERIFY(csv.contains(QLatin1String(",'\tTAB,")));
        // No field (quoted or not) starts with a formula trigger.
        const QStringList records = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (const QString &record : records) {
            QString field;
            bool quoted = false;
            auto check = [&] {
                const QString f = field;
                QVERIFY2(f.isEmpty() || !QStringLiteral("=+-@\t\r").contains(f.front()), qPrintable(record));
                field.clear();
            };
            for (qsizetype i = 0; i < record.size(); ++i) {
                const QChar c = record.at(i);
                if (quoted) {
                    if (c == u'"' && i + 1 < record.size() && record.at(i + 1) == u'"') {
                        field += c;
                        ++i;
                    } else if (c == u'"') {
                        quoted = false;
                    } else {
                        field += c;
                    }
                } else if (c == u'"') {
                    quoted = true;
                } else if (c == u',') {
                    check();
                } else {
                    field += c;
                }
            }
            check();
        }
    }

    void pdfRendersHostileTextAsText()
    {
        const QByteArray pdf = PdfReportWriter::toPdf(m_doc);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(!pdf.contains("/JavaScript"));
        QVERIFY(!pdf.contains("/JS "));
    }

private:
    QTemporaryDir m_dir;
    ReportDocument m_doc;
};

// QTEST_MAIN: the charts and the PDF lay out text, which needs a QGuiApplication's fonts.
QTEST_MAIN(TestReportEscaping)
#include "test_report_escaping.moc"
