// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// KbBinary, the built-in knowledge base read ahead of time: it must give back exactly what the
// YAML parser gives, stand in only for the very YAML it was made from, refuse anything damaged
// without crashing, and the compiled files of this build must match the YAML compiled in.
#include "KbBinary.h"
#include "KbFileReader.h"
#include "KbLoader.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a start would read from the built-in file `name` through the YAML parser.
KnowledgeBase parsed(const QString &name, const QByteArray &yaml)
{
    Diagnostics diagnostics;
    bool ok = false;
    const KnowledgeBase part = KbFileReader::read(KbLoader::builtinDir() + QLatin1Char('/') + name, yaml,
                                                  KbLoader::MaxFileSize, KbLoader::MaxNestingDepth, &diagnostics, &ok);
    if (!ok || !diagnostics.isEmpty())
        qWarning("%s does not parse cleanly", qPrintable(name));
    return part;
}

QStringList builtinFiles()
{
    return QDir(KbLoader::builtinDir()).entryList({QStringLiteral("*.yaml")}, QDir::Files);
}
} // namespace

class TestKbBinary : public QObject
{
    Q_OBJECT
private slots:
    void givesBackWhatTheParserGives_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = builtinFiles();
        QVERIFY(names.size() >= 5);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void givesBackWhatTheParserGives()
    {
        QFETCH(QString, name);
        const QByteArray yaml = readAll(KbLoader::builtinDir() + QLatin1Char('/') + name);
        const KnowledgeBase part = parsed(name, yaml);
        const QByteArray blob = KbBinary::write(part, yaml);
        const std::optional<KnowledgeBase> back = KbBinary::read(blob, yaml);
        QVERIFY(back);
        QVERIFY(*back == part);
        QCOMPARE(KbBinary::write(*back, yaml), blob);
    }

    // Every kind of entry, with every field set, survives; and a change in any is noticed.
    void comparesEveryField()
    {
        const QByteArray yaml = readAll(KbLoader::builtinDir() + QStringLiteral("/questions.yaml"));
        const KnowledgeBase part = parsed(QStringLiteral("questions.yaml"), yaml);
        QVERIFY(!part.questions.isEmpty());
        KnowledgeBase changed = part;
        changed.questions[0].options[0].effects[0].amountPos.column += 1;
        QVERIFY(!(changed == part));
        const std::optional<KnowledgeBase> back = KbBinary::read(KbBinary::write(changed, yaml), yaml);
        QVERIFY(back);
        QVERIFY(*back == changed);
        QVERIFY(!(*back == part));
    }

    // A compiled part stands only for the YAML it was made from: a stale build parses instead.
    void refusesOtherYaml()
    {
        const QByteArray yaml = readAll(KbLoader::builtinDir() + QStringLiteral("/areas.yaml"));
        const QByteArray blob = KbBinary::write(parsed(QStringLiteral("areas.yaml"), yaml), yaml);
        QVERIFY(KbBinary::read(blob, yaml));
        QVERIFY(!KbBinary::read(blob, yaml + '\n'));
        QByteArray edited = yaml;
        edited[edited.size() / 2] = edited.at(edited.size() / 2) == 'a' ? 'b' : 'a';
        QVERIFY(!KbBinary::read(blob, edited));
    }

    void refusesDamage_data()
    {
        QTest::addColumn<int>("cut");      // keep this many bytes (-1: all, -2: half, -3: all but one)
        QTest::addColumn<int>("flipAt");   // flip the byte at this offset (-1: none, -4: last, -5: middle)
        QTest::addColumn<QByteArray>("tail"); // append
        QTest::newRow("empty") << 0 << -1 << QByteArray();
        QTest::newRow("magic only") << 4 << -1 << QByteArray();
        QTest::newRow("cut in the header") << 10 << -1 << QByteArray();
        QTest::newRow("cut in the middle") << -2 << -1 << QByteArray();
        QTest::newRow("last byte missing") << -3 << -1 << QByteArray();
        QTest::newRow("wrong magic") << -1 << 0 << QByteArray();
        QTest::newRow("wrong format version") << -1 << 7 << QByteArray();
        QTest::newRow("damaged YAML hash") << -1 << 20 << QByteArray();
        QTest::newRow("damaged payload") << -1 << -5 << QByteArray();
        QTest::newRow("damaged last byte") << -1 << -4 << QByteArray();
        QTest::newRow("trailing bytes") << -1 << -1 << QByteArray("x");
    }

    void refusesDamage()
    {
        QFETCH(int, cut);
        QFETCH(int, flipAt);
        QFETCH(QByteArray, tail);
        const QByteArray yaml = readAll(KbLoader::builtinDir() + QStringLiteral("/criteria.yaml"));
        QByteArray blob = KbBinary::write(parsed(QStringLiteral("criteria.yaml"), yaml), yaml);
        if (cut == -2)
            blob.truncate(blob.size() / 2);
        else if (cut == -3)
            blob.chop(1);
        else if (cut >= 0)
            blob.truncate(cut);
        if (flipAt == -4) // the last byte
            flipAt = int(blob.size()) - 1;
        else if (flipAt == -5) // the middle of the payload
            flipAt = int(blob.size()) / 2;
        if (flipAt >= 0)
            blob[flipAt] = char(blob.at(flipAt) ^ 0x5a);
        blob += tail;
        QVERIFY(!KbBinary::read(blob, yaml));
    }

    // Every truncation and every single-byte change of a small part is refused, before any of it
    // is read (also under ASan in CI).
    void survivesEveryTruncationAndFlip()
    {
        const QByteArray yaml = readAll(KbLoader::builtinDir() + QStringLiteral("/areas.yaml"));
        const QByteArray blob = KbBinary::write(parsed(QStringLiteral("areas.yaml"), yaml), yaml);
        int refused = 0;
        for (qsizetype n = 0; n < blob.size(); ++n)
            refused += KbBinary::read(blob.left(n), yaml) ? 0 : 1;
        QCOMPARE(refused, int(blob.size()));
        refused = 0;
        for (qsizetype i = 0; i < blob.size(); ++i) {
            QByteArray flipped = blob;
            flipped[i] = char(flipped.at(i) ^ 0xff);
            refused += KbBinary::read(flipped, yaml) ? 0 : 1;
        }
        QCOMPARE(refused, int(blob.size()));
    }

    // The build compiled every built-in file, from the YAML this build carries, and a load of the
    // built-in knowledge base gives what parsing gives.
    void thisBuildsCompiledFilesAreCurrent()
    {
        qsizetype candidates = 0;
        for (const QString &name : builtinFiles()) {
            const QString compiled = KbBinary::compiledPath(name);
            QVERIFY2(QFile::exists(compiled), qPrintable(compiled));
            const QByteArray yaml = readAll(KbLoader::builtinDir() + QLatin1Char('/') + name);
            const std::optional<KnowledgeBase> part = KbBinary::read(readAll(compiled), yaml);
            QVERIFY2(part, qPrintable(compiled + QStringLiteral(" is stale or damaged")));
            QVERIFY(*part == parsed(name, yaml));
            candidates += part->candidates.size();
        }
        const KbLoader::Result loaded = KbLoader::loadDirectories({KbLoader::builtinDir()});
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.kb.candidates.size(), candidates); // the built-in files share no ids
    }
};

QTEST_GUILESS_MAIN(TestKbBinary)
#include "test_kbbinary.moc"
