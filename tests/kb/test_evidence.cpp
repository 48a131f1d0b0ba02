// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Evidence behind every rating (issue 13): sources as data, per-layer dates, stale facts, and
// "says who?" answered in the JSON, CSV and HTML exports of the real binary.
#include "Currency.h"
#include "KbLoader.h"
#include "KbValidator.h"
#include "ScoringEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString BaseDir = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/kb-base");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The base fixture, with its web candidates citing sources of three ages and a dated layer.
bool makeDatedKb(const QTemporaryDir &dir)
{
    for (const QString &f : QDir(BaseDir).entryList({QStringLiteral("*.yaml")}, QDir::Files))
        if (!QFile::copy(BaseDir + QLatin1Char('/') + f, dir.filePath(f)))
            return false;
    QFile candidates(dir.filePath(QStringLiteral("candidates.yaml")));
    if (!candidates.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = candidates.readAll();
    candidates.close();
    text.replace("speed: {score: 8, why: Fast.}", "speed: {score: 8, why: Fast., source: old_bench}");
    text.replace("ease: {score: 5, why: Fine.}", "ease: {score: 5, why: Fine., source: [old_bench, survey]}");
    text.replace("speed: {score: 4, why: Slow.}", "speed: {score: 4, why: Slow., source: survey, as_of: 2021-03}");
    QFile::remove(dir.filePath(QStringLiteral("candidates.yaml")));
    return writeFile(dir.filePath(QStringLiteral("candidates.yaml")), text)
        && writeFile(dir.filePath(QStringLiteral("sources.yaml")),
                     "sources:\n"
                     "  - {id: old_bench, title: Old benchmark, publisher: Bench Inc., url: \"https://example.org/b\", date: 2022-05}\n"
                     "  - {id: survey, title: Survey 2026, url: \"https://example.org/s\", date: 2026-06-30}\n")
        && writeFile(dir.filePath(QStringLiteral("kb.yaml")), "kb: {version: \"1\", date: \"2026-11-01\"}\n");
}

const Contribution *criterionTerm(const Evaluation &e, const QString &area, const QString &candidate,
                                  const QString &criterion)
{
    for (const CandidateScore &cs : e.area(area)->ranking)
        if (cs.candidate == candidate)
            for (const Contribution &c : cs.contributions)
                if (c.criterion == criterion)
                    return &c;
    return nullptr;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
Run stackwise(const QStringList &args, const QString &today = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!today.isEmpty())
        env.insert(QStringLiteral("STACKWISE_TODAY"), today);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STACKWISE_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Currency::setToday({}); }

    // --- the built-in knowledge base answers "says who?" everywhere

    void everyBuiltInRatingNamesASource()
    {
        const KbLoader::Result r = KbLoader::loadDefault();
        QVERIFY(r.ok());
        const Diagnostics unsourced = KbValidator::unsourcedRatings(r.kb);
        QStringList lines;
        for (const Diagnostic &d : unsourced)
            lines.append(d.toString());
        QVERIFY2(unsourced.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        int ratings = 0;
        for (const Candidate &c : r.kb.candidates)
            for (const Rating &rating : c.ratings) {
                ++ratings;
                for (const QString &id : rating.evidence.sources) {
                    const Source *s = r.kb.source(id);
                    QVERIFY2(s, qPrintable(id));
                    QVERIFY2(Currency::parse(s->date).isValid(), qPrintable(id + QLatin1Char(' ') + s->date));
                }
                QVERIFY(!r.kb.asOf(rating.evidence).isEmpty());
            }
        QVERIFY(ratings > 250);
    }

    void strictValidationOfTheBuiltInKbPasses()
    {
        const Run r = stackwise({QStringLiteral("--validate-kb"), QStringLiteral(STACKWISE_SOURCE_DIR "/resources/kb"),
                                 QStringLiteral("--strict")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
    }

    void strictValidationNamesAnUnsourcedRating()
    {
        QTemporaryDir overlay;
        const QString file = overlay.filePath(QStringLiteral("nestjs.yaml"));
        // An overlay candidate whose ratings cite nothing: valid, but not under --strict.
        QByteArray yaml = "candidates:\n  - id: nestjs\n    area: backend\n    name: NestJS\n    ratings:\n";
        const KbLoader::Result builtin = KbLoader::loadDefault();
        for (const Criterion *c : builtin.kb.criteriaOf(QStringLiteral("backend")))
            yaml += "      " + c->id.toUtf8() + ": {score: 7, why: Judgment.}\n";
        QVERIFY(writeFile(file, yaml));
        QCOMPARE(stackwise({QStringLiteral("--validate-kb"), overlay.path()}).exitCode, 0);
        const Run strict = stackwise({QStringLiteral("--validate-kb"), overlay.path(), QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY2(strict.err.startsWith(file + QStringLiteral(":6:7: the rating of 'nestjs' on ")), qPrintable(strict.err));
        QVERIFY2(strict.err.contains(QStringLiteral("names no source (--strict)")), qPrintable(strict.err));
    }

    // --- dates: the newest source, an explicit as_of, the layer's own date; stale past 24 months

    void staleIsMeasuredAgainstToday_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<bool>("stale");
        const QDate now(2026, 12, 2);
        QTest::newRow("one old source") << now << "alpha" << "speed" << "2022-05" << true;
        QTest::newRow("the newest of two sources") << now << "alpha" << "ease" << "2026-06-30" << false;
        QTest::newRow("as_of wins over the source's date") << now << "beta" << "speed" << "2021-03" << true;
        QTest::newRow("no source: the layer's date") << now << "beta" << "ease" << "2026-11-01" << false;
        QTest::newRow("24 months exactly is not yet stale") << QDate(2024, 5, 1) << "alpha" << "speed" << "2022-05" << false;
        QTest::newRow("a day past 24 months is") << QDate(2024, 5, 2) << "alpha" << "speed" << "2022-05" << true;
    }
    void staleIsMeasuredAgainstToday()
    {
        QFETCH(QDate, today);
        QFETCH(QString, candidate);
        QFETCH(QString, criterion);
        QFETCH(QString, asOf);
        QFETCH(bool, stale);
        QTemporaryDir dir;
        QVERIFY(makeDatedKb(dir));
        const KbLoader::Result r = KbLoader::loadDirectories({dir.path()});
        QVERIFY(r.ok());
        Currency::setToday(today);
        const Evaluation e = ScoringEngine(r.kb).evaluate(Answers{});
        const Contribution *c = criterionTerm(e, QStringLiteral("web"), candidate, criterion);
        QVERIFY(c);
        QCOMPARE(c->asOf, asOf);
        QCOMPARE(c->stale, stale);
        for (const CandidateScore &cs : e.area(QStringLiteral("web"))->ranking)
            if (cs.candidate == candidate)
                QCOMPARE(cs.stale.contains(criterion), stale);
    }

    void everyLayerKeepsItsOwnDate()
    {
        QTemporaryDir base, overlay;
        QVERIFY(makeDatedKb(base));
        // A three-line overlay with its own kb.yaml: it dates its own entries, nothing else.
        QVERIFY(writeFile(overlay.filePath(QStringLiteral("kb.yaml")), "kb: {version: \"2\", date: \"2027-02-01\"}\n"));
        QVERIFY(writeFile(overlay.filePath(QStringLiteral("more.yaml")),
                          "candidates:\n  - id: omega\n    area: web\n    name: Omega\n"
                          "    ratings: {speed: {score: 9, why: New.}, ease: {score: 9, why: New.}}\n"));
        const KbLoader::Result r = KbLoader::loadDirectories({base.path(), overlay.path()});
        QVERIFY(r.ok());
        QCOMPARE(r.kb.layerDates, (QStringList{QStringLiteral("2026-11-01"), QStringLiteral("2027-02-01")}));
        QCOMPARE(r.kb.meta.date, QStringLiteral("2027-02-01")); // the newest layer still names the KB
        QCOMPARE(r.kb.builtinDate(), QStringLiteral("2026-11-01"));
        QCOMPARE(r.kb.asOf(r.kb.candidate(QStringLiteral("omega"))->ratings.value(QStringLiteral("speed")).evidence),
                 QStringLiteral("2027-02-01"));
        QCOMPARE(r.kb.asOf(r.kb.candidate(QStringLiteral("beta"))->ratings.value(QStringLiteral("ease")).evidence),
                 QStringLiteral("2026-11-01"));
    }

    // --- the exports answer "says who?" (the real binary on the built-in KB)

    void jsonCarriesSourcesAndStaleCriteria()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("r.json"));
        const QString answers = QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/crud-back-office.yaml");
        // Today as the KB was made: nothing stale; eight years on: every rating is.
        for (const QString &today : {QStringLiteral("2026-12-02"), QStringLiteral("2034-12-02")}) {
            const Run r = stackwise({QStringLiteral("--answers"), answers, QStringLiteral("--export"), out}, today);
            QCOMPARE(r.exitCode, 0);
            const QJsonObject root = QJsonDocument::fromJson(readAll(out)).object();
            const QJsonObject backend = root.value(QStringLiteral("areas")).toObject().value(QStringLiteral("backend")).toObject();
            const QJsonObject first = backend.value(QStringLiteral("ranking")).toArray().at(0).toObject();
            int cited = 0;
            for (const QJsonValue &v : first.value(QStringLiteral("contributions")).toArray()) {
                const QJsonObject c = v.toObject();
                if (c.value(QStringLiteral("kind")).toString() != QLatin1String("criterion"))
                    continue;
                const QJsonObject source = c.value(QStringLiteral("source")).toObject();
                QVERIFY2(!source.value(QStringLiteral("id")).toString().isEmpty(), qPrintable(c.value(QStringLiteral("criterion")).toString()));
                QVERIFY(!source.value(QStringLiteral("title")).toString().isEmpty());
                QVERIFY(Currency::parse(source.value(QStringLiteral("as_of")).toString()).isValid());
                ++cited;
            }
            QVERIFY(cited > 10);
            const QJsonArray stale = first.value(QStringLiteral("stale")).toArray();
            if (today.startsWith(QLatin1String("2034")))
                QCOMPARE(stale.size(), cited);
            else
                QVERIFY(stale.size() < cited / 3); // only facts that truly rest on old sources
        }
    }

    void csvAndHtmlCiteTheirSources()
    {
        QTemporaryDir dir;
        const QString answers = QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/python-data-team.yaml");
        const QString csv = dir.filePath(QStringLiteral("r.csv"));
        QCOMPARE(stackwise({QStringLiteral("--answers"), answers, QStringLiteral("--export"), csv}).exitCode, 0);
        const QList<QByteArray> lines = readAll(csv).split('\n');
        QVERIFY(lines.value(0).contains(",departure,source,as_of,"));
        QVERIFY2(lines.value(1).contains("so_2025"), lines.value(1).constData()); // the survey backs every ranking

        // A knowledge base more than a year old says so, once; the Sources section is numbered.
        const QString html = dir.filePath(QStringLiteral("r.html"));
        QCOMPARE(stackwise({QStringLiteral("--answers"), answers, QStringLiteral("--export"), html}, QStringLiteral("2028-03-01")).exitCode, 0);
        const QString text = QString::fromUtf8(readAll(html));
        QCOMPARE(text.count(QStringLiteral("more than a year ago")), 1);
        QVERIFY(text.contains(QStringLiteral("<li id=\"source-1\" value=\"1\">")));
        QVERIFY(text.contains(QStringLiteral("<a href=\"#source-1\">1</a>")));
        QVERIFY(text.contains(QStringLiteral("may be out of date")));
        QCOMPARE(stackwise({QStringLiteral("--answers"), answers, QStringLiteral("--export"), html}, QStringLiteral("2026-12-02")).exitCode, 0);
        QVERIFY(!QString::fromUtf8(readAll(html)).contains(QStringLiteral("more than a year ago")));
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "test_evidence.moc"
