// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Issue 6: the translations are complete (both .ts files, every text of the default knowledge
// base) and `--lang` makes a headless export speak the language: French headings, lang="fr",
// knowledge-base texts and dates in French.
#include "AnswersFile.h"
#include "AppLanguage.h"
#include "KbLoader.h"
#include "KnowledgeBase.h"
#include "ReportDocument.h"
#include "ScoringEngine.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QString SourceDir = QStringLiteral(STACKWISE_SOURCE_DIR);

// Every text of the default KB a user reads, with where it is; candidate names are proper nouns.
QList<std::pair<QString, LocalizedText>> knowledgeBaseTexts(const KnowledgeBase &kb)
{
    QList<std::pair<QString, LocalizedText>> texts;
    auto add = [&texts](const QString &where, const LocalizedText &text) { texts.append({where, text}); };
    for (const Area &a : kb.areas) {
        add(QStringLiteral("area %1 name").arg(a.id), a.name);
        add(QStringLiteral("area %1 description").arg(a.id), a.description);
    }
    for (const Criterion &c : kb.criteria) {
        add(QStringLiteral("criterion %1 name").arg(c.id), c.name);
        add(QStringLiteral("criterion %1 description").arg(c.id), c.description);
    }
    for (const Candidate &c : kb.candidates) {
        add(QStringLiteral("candidate %1 summary").arg(c.id), c.summary);
        for (qsizetype i = 0; i < c.strongFor.size(); ++i)
            add(QStringLiteral("candidate %1 strong_for[%2]").arg(c.id).arg(i), c.strongFor.at(i));
        for (qsizetype i = 0; i < c.pros.size(); ++i)
            add(QStringLiteral("candidate %1 pros[%2]").arg(c.id).arg(i), c.pros.at(i));
        for (qsizetype i = 0; i < c.cons.size(); ++i)
            add(QStringLiteral("candidate %1 cons[%2]").arg(c.id).arg(i), c.cons.at(i));
        for (auto it = c.ratings.cbegin(); it != c.ratings.cend(); ++it)
            add(QStringLiteral("candidate %1 rating %2 why").arg(c.id, it.key()), it->why);
    }
    for (const Question &q : kb.questions) {
        add(QStringLiteral("question %1 text").arg(q.id), q.text);
        add(QStringLiteral("question %1 help").arg(q.id), q.help);
        for (const Option &o : q.options) {
            add(QStringLiteral("question %1 option %2 label").arg(q.id, o.id), o.label);
            for (qsizetype i = 0; i < o.effects.size(); ++i)
                add(QStringLiteral("question %1 option %2 effect[%3] why").arg(q.id, o.id).arg(i),
                    o.effects.at(i).why);
        }
    }
    for (const Synergy &s : kb.synergies)
        add(QStringLiteral("synergy %1+%2 why").arg(s.a, s.b), s.why);
    for (const Constraint &c : kb.constraints)
        add(QStringLiteral("constraint %1 why").arg(c.id), c.why);
    return texts;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFileHasNoUnfinishedEntries_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German catalogue") << QStringLiteral("de");
        QTest::newRow("French catalogue") << QStringLiteral("fr");
    }

    void tsFileHasNoUnfinishedEntries()
    {
        QFETCH(QString, language);
        const QString path = SourceDir + QStringLiteral("/translations/stackwise_%1.ts").arg(language);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        QStringList unfinished;
        bool inTranslation = false;
        QString translationType;
        QString translated; // the text of <translation>, or of its <numerusform>s
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("TS"))
                    QCOMPARE(xml.attributes().value(QLatin1String("language")).left(2).toString(), language);
                else if (xml.name() == QLatin1String("name") && source.isNull())
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    ++messages;
                else if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation")) {
                    inTranslation = true;
                    translationType = xml.attributes().value(QLatin1String("type")).toString();
                    translated.clear();
                } else if (xml.name() == QLatin1String("numerusform") && inTranslation) {
                    const QString form = xml.readElementText();
                    translated += form.isEmpty() ? QStringLiteral("\x01") : form; // \x01: an empty form
                }
            } else if (xml.isCharacters() && inTranslation) {
                translated += xml.text();
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("translation")) {
                    inTranslation = false;
                    // Obsolete entries (-no-obsolete keeps none) would not be shown anyway.
                    const bool obsolete = translationType == QLatin1String("obsolete")
                        || translationType == QLatin1String("vanished");
                    if (!obsolete && (translationType == QLatin1String("unfinished")
                                      || translated.trimmed().isEmpty() || translated.contains(QChar(1))))
                        unfinished << QStringLiteral("%1: %2").arg(context, source);
                } else if (xml.name() == QLatin1String("message")) {
                    source = QString();
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString())));
        QVERIFY2(messages > 0, "the catalogue holds no messages");
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 entries unfinished, e.g.\n  %3")
                                .arg(unfinished.size())
                                .arg(messages)
                                .arg(unfinished.mid(0, 10).join(QStringLiteral("\n  ")))));
    }

    void knowledgeBaseTextHasTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("every KB text in German") << QStringLiteral("de");
        QTest::newRow("every KB text in French") << QStringLiteral("fr");
    }

    void knowledgeBaseTextHasTranslation()
    {
        QFETCH(QString, language);
        const KbLoader::Result loaded = KbLoader::loadDefault({});
        QVERIFY(loaded.ok());
        const auto texts = knowledgeBaseTexts(loaded.kb);
        QVERIFY(texts.size() > 100); // the whole default KB, not an empty one
        QStringList missing;
        for (const auto &[where, text] : texts) {
            if (text.isEmpty())
                continue; // optional and not given in English either (e.g. a help text)
            if (text.exact(language).trimmed().isEmpty())
                missing << where;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 texts have no \"%3\" version, e.g.\n  %4")
                                .arg(missing.size())
                                .arg(texts.size())
                                .arg(language, missing.mid(0, 10).join(QStringLiteral("\n  ")))));
    }

    void catalogueIsCompiledIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void catalogueIsCompiledIn()
    {
        QFETCH(QString, language);
        QVERIFY2(QFile::exists(AppLanguage::catalogPath(language)), qPrintable(AppLanguage::catalogPath(language)));
    }

    void languageChoiceFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German in Germany") << QStringLiteral("de_DE") << QStringLiteral("de");
        QTest::newRow("German in Austria") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("French in Canada") << QStringLiteral("fr_CA") << QStringLiteral("fr");
        QTest::newRow("British English") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("Spanish falls back to English") << QStringLiteral("es_ES") << QStringLiteral("en");
        QTest::newRow("C locale falls back to English") << QStringLiteral("C") << QStringLiteral("en");
    }

    void languageChoiceFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(AppLanguage::fromLocale(QLocale(locale)), language);
    }

    void installRejectsUnsupportedLanguage()
    {
        QVERIFY(AppLanguage::install(QStringLiteral("en")));
        QVERIFY(!AppLanguage::install(QStringLiteral("xx")));
        QCOMPARE(AppLanguage::current(), QStringLiteral("en"));
    }

    void unknownLanguageOnTheCommandLineIsBadInput()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(STACKWISE_BINARY),
                {QStringLiteral("--answers"), SourceDir + QStringLiteral("/resources/examples/crud-back-office.yaml"),
                 QStringLiteral("--export"), dir.filePath(QStringLiteral("out.html")), QStringLiteral("--lang"),
                 QStringLiteral("xx")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("\"xx\"")) && err.contains(QLatin1String("de")), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.html"))));
    }

    void exportSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("--lang fr") << QStringLiteral("fr");
        QTest::newRow("--lang de") << QStringLiteral("de");
    }

    void exportSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report.html"));
        const QDate before = QDate::currentDate();
        QProcess p;
        p.start(QStringLiteral(STACKWISE_BINARY),
                {QStringLiteral("--answers"), SourceDir + QStringLiteral("/resources/examples/crud-back-office.yaml"),
                 QStringLiteral("--export"), out, QStringLiteral("--lang"), language});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QDate after = QDate::currentDate();
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());

        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">").arg(language)));

        // The headings, looked up in the compiled catalogue the binary uses.
        const QList<ReportDocument::Text> headings = {ReportDocument::Text::Summary, ReportDocument::Text::Rankings,
                                                      ReportDocument::Text::Comparison, ReportDocument::Text::Sensitivity};
        QVERIFY(AppLanguage::install(QStringLiteral("en")));
        QStringList english;
        for (ReportDocument::Text heading : headings)
            english << ReportDocument::text(heading);
        QVERIFY(AppLanguage::install(language));
        for (qsizetype i = 0; i < headings.size(); ++i) {
            const QString translated = ReportDocument::text(headings.at(i));
            QVERIFY2(translated != english.at(i), qPrintable(QStringLiteral("\"%1\" is not translated").arg(english.at(i))));
            QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(htmlEscaped(translated))), qPrintable(translated));
            QVERIFY2(!html.contains(QStringLiteral("<h2>%1</h2>").arg(english.at(i))), qPrintable(english.at(i)));
        }

        // Knowledge-base texts in the language: every area's name.
        const KbLoader::Result loaded = KbLoader::loadDefault({});
        QVERIFY(loaded.ok());
        for (const Area &area : loaded.kb.areas) {
            const QString name = area.name.exact(language);
            QVERIFY2(!name.isEmpty(), qPrintable(area.id));
            QVERIFY2(html.contains(htmlEscaped(name)), qPrintable(name));
        }

        // Numbers as the language writes them: the stack score with a decimal comma.
        {
            Diagnostics diagnostics;
            const std::optional<Answers> answers = AnswersFile::load(
                SourceDir + QStringLiteral("/resources/examples/crud-back-office.yaml"), loaded.kb, &diagnostics);
            QVERIFY(answers);
            const Evaluation evaluation = ScoringEngine(loaded.kb).evaluate(*answers);
            ReportDocument::Options options;
            options.language = language;
            const ReportDocument doc = ReportDocument::build(evaluation, loaded.kb, options);
            const QString score = doc.formatScore(doc.stackScore);
            QVERIFY2(score.contains(QLatin1Char(',')), qPrintable(score));
            QVERIFY2(html.contains(htmlEscaped(ReportDocument::stackScoreText(score))), qPrintable(score));
        }

        // The date as the language writes it (the export may straddle midnight).
        const QLocale locale = AppLanguage::localeFor(language);
        QVERIFY(html.contains(htmlEscaped(locale.toString(before, QLocale::LongFormat)))
                || html.contains(htmlEscaped(locale.toString(after, QLocale::LongFormat))));
        QVERIFY(AppLanguage::install(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
