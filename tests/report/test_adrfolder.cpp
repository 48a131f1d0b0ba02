// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Decision records where teams keep them (issue 14): MADR 4.0 numbering and file names in a
// temporary folder, superseding an earlier record of the same project with every other byte
// kept, and the record's front matter and headings checked against the MADR 4.0.0 template.
#include "AdrFolder.h"
#include "AnswersFile.h"
#include "KbLoader.h"
#include "ScoringEngine.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestAdrFolder : public QObject
{
    Q_OBJECT
private:
    KnowledgeBase m_kb;

    Evaluation evaluation(const QString &project) const
    {
        Diagnostics d;
        Answers a = AnswersFile::load(QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/python-data-team.yaml"), m_kb, &d)
                        .value_or(Answers{});
        a.project.name = project;
        return ScoringEngine(m_kb).evaluate(a);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void put(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void initTestCase()
    {
        const KbLoader::Result loaded = KbLoader::loadDefault();
        QVERIFY(loaded.ok());
        m_kb = loaded.kb;
    }

    void slug_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << "Web stack decision: Acme portal, phase 2" << "web-stack-decision-acme-portal-phase-2";
        QTest::newRow("accents") << "Décision: Café über" << "decision-cafe-uber";
        QTest::newRow("punctuation only") << "!!! ???" << "decision";
        QTest::newRow("long") << QString(80, u'a') << QString(60, u'a');
        QTest::newRow("path characters") << "../../etc/passwd" << "etc-passwd";
    }
    void slug()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        QCOMPARE(AdrFolder::slug(title), slug);
    }

    void numbering()
    {
        QTemporaryDir dir;
        QCOMPARE(AdrFolder::nextNumber(AdrFolder::records(dir.path())), 1);
        put(dir.filePath(QStringLiteral("0001-use-postgresql.md")), "# Use PostgreSQL\n");
        put(dir.filePath(QStringLiteral("0007-use-kafka.md")), "# Use Kafka\n");
        put(dir.filePath(QStringLiteral("README.md")), "not a record\n");
        put(dir.filePath(QStringLiteral("0009-notes.txt")), "not markdown\n");
        QCOMPARE(AdrFolder::records(dir.path()).size(), 2);
        QCOMPARE(AdrFolder::nextNumber(AdrFolder::records(dir.path())), 8);
        QString error;
        const auto path = AdrFolder::write(dir.path(), evaluation(QStringLiteral("Acme portal")), m_kb, {}, &error);
        QVERIFY2(path, qPrintable(error));
        QCOMPARE(QFileInfo(*path).fileName(), QStringLiteral("0008-web-stack-decision-acme-portal.md"));
        // Records of other teams are never touched.
        QCOMPARE(read(dir.filePath(QStringLiteral("0001-use-postgresql.md"))), QByteArray("# Use PostgreSQL\n"));
    }

    void supersedesTheProjectsEarlierRecord()
    {
        QTemporaryDir dir;
        const QString decisions = dir.filePath(QStringLiteral("docs/decisions")); // created on demand
        QString error;
        const auto first = AdrFolder::write(decisions, evaluation(QStringLiteral("Acme portal")), m_kb, {}, &error);
        const auto other = AdrFolder::write(decisions, evaluation(QStringLiteral("Billing")), m_kb, {}, &error);
        QVERIFY(first && other);
        const QByteArray firstBefore = read(*first);
        const QByteArray otherBefore = read(*other);
        const auto second = AdrFolder::write(decisions, evaluation(QStringLiteral("Acme portal")), m_kb, {}, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(QFileInfo(*second).fileName(), QStringLiteral("0003-web-stack-decision-acme-portal.md"));

        const QByteArray secondBytes = read(*second);
        QVERIFY(secondBytes.contains("- Supersedes: [0001-web-stack-decision-acme-portal](0001-web-stack-decision-acme-portal.md)\n"));
        QVERIFY(secondBytes.contains("status: \"proposed\"\n"));

        // The earlier record: only its two status lines changed.
        const QByteArray link = "[0003-web-stack-decision-acme-portal](0003-web-stack-decision-acme-portal.md)";
        const QByteArray firstAfter = read(*first);
        QByteArray expected = firstBefore;
        expected.replace("status: \"proposed\"\n", "status: \"superseded by " + link + "\"\n");
        expected.replace("- Status: proposed\n", "- Status: superseded by " + link + "\n");
        QCOMPARE(firstAfter, expected);
        // Another project's record stays as it was.
        QCOMPARE(read(*other), otherBefore);

        // A third record supersedes the second, not the already superseded first.
        const auto third = AdrFolder::write(decisions, evaluation(QStringLiteral("Acme portal")), m_kb, {}, &error);
        QVERIFY(third);
        QVERIFY(read(*third).contains("- Supersedes: [0003-web-stack-decision-acme-portal]"));
        QCOMPARE(read(*first), firstAfter);
    }

    void markSupersededKeepsEveryOtherByte_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("LF") << QByteArray("---\nstatus: \"proposed\"\ndate: 2026-01-01\n---\n\n# T\n\n- Status: proposed\n\n## A\n- Status: x\n")
                            << QByteArray("---\nstatus: \"superseded by [0002-x](0002-x.md)\"\ndate: 2026-01-01\n---\n\n# T\n\n- Status: superseded by [0002-x](0002-x.md)\n\n## A\n- Status: x\n");
        QTest::newRow("CRLF") << QByteArray("---\r\nstatus: accepted\r\n---\r\n# T\r\n- Status: accepted\r\n")
                              << QByteArray("---\r\nstatus: \"superseded by [0002-x](0002-x.md)\"\r\n---\r\n# T\r\n- Status: superseded by [0002-x](0002-x.md)\r\n");
        QTest::newRow("status list only") << QByteArray("# T\n\n- Status: accepted\n- Date: 2020\n")
                                          << QByteArray("# T\n\n- Status: superseded by [0002-x](0002-x.md)\n- Date: 2020\n");
    }
    void markSupersededKeepsEveryOtherByte()
    {
        QFETCH(QByteArray, record);
        QFETCH(QByteArray, expected);
        QCOMPARE(AdrFolder::markSuperseded(record, QStringLiteral("0002-x.md")).value_or(QByteArray()), expected);
    }
    void markSupersededNeedsAStatus()
    {
        QVERIFY(!AdrFolder::markSuperseded("# T\n\nNo status here.\n", QStringLiteral("0002-x.md")));
    }

    // MADR 4.0.0's template (https://github.com/adr/madr/blob/4.0.0/template/adr-template.md):
    // front matter keys from status, date, decision-makers, consulted, informed; its headings
    // in its order (optional ones may be left out).
    void recordFollowsMadr4()
    {
        QTemporaryDir dir;
        QString error;
        const auto path = AdrFolder::write(dir.path(), evaluation(QStringLiteral("Acme portal")), m_kb, {}, &error);
        QVERIFY(path);
        const QString record = QString::fromUtf8(read(*path));
        QVERIFY(record.startsWith(QLatin1String("---\n")));
        const QString front = record.mid(4, record.indexOf(QLatin1String("\n---\n"), 4) - 4);
        const QStringList madrKeys{QStringLiteral("status"), QStringLiteral("date"), QStringLiteral("decision-makers"),
                                   QStringLiteral("consulted"), QStringLiteral("informed")};
        for (const QString &line : front.split(u'\n'))
            QVERIFY2(madrKeys.contains(line.section(u':', 0, 0)), qPrintable(line));
        const QStringList madrHeadings{QStringLiteral("## Context and Problem Statement"), QStringLiteral("## Decision Drivers"),
                                       QStringLiteral("## Considered Options"), QStringLiteral("## Decision Outcome"),
                                       QStringLiteral("### Consequences"), QStringLiteral("### Confirmation"),
                                       QStringLiteral("## Pros and Cons of the Options"), QStringLiteral("## More Information")};
        static const QRegularExpression heading(QStringLiteral("^##+ .*$"), QRegularExpression::MultilineOption);
        qsizetype next = 0;
        for (auto it = heading.globalMatch(record); it.hasNext();) {
            const QString h = it.next().captured(0);
            const qsizetype at = madrHeadings.indexOf(h);
            if (at < 0)
                continue; // an option's own "### <candidate>" under Pros and Cons
            QVERIFY2(at >= next, qPrintable(h));
            next = at;
        }
        QVERIFY(record.contains(QLatin1String("## Decision Outcome")));
        // log4brains reads the first bullet list between the title and the first section.
        const qsizetype title = record.indexOf(QLatin1String("\n# "));
        const qsizetype firstSection = record.indexOf(QLatin1String("\n## "));
        QVERIFY(record.mid(title, firstSection - title).contains(QLatin1String("\n- Status: proposed\n")));
    }

    void unwritableFolderIsAnError()
    {
        QTemporaryDir dir;
        put(dir.filePath(QStringLiteral("file")), "x");
        QString error;
        QVERIFY(!AdrFolder::write(dir.filePath(QStringLiteral("file/sub")), evaluation(QStringLiteral("A")), m_kb, {}, &error));
        QVERIFY(error.contains(QLatin1String("cannot create")));
    }
};

QTEST_MAIN(TestAdrFolder)
#include "test_adrfolder.moc"
