// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Tests of KbCache: a start with overlays reads an unchanged set of files from the cache and gets
// exactly the knowledge base the YAML gives; any change to an input, a damaged entry or an
// overlay with errors goes back to the parser, and an unwritable cache costs nothing but speed.
#include "KbCache.h"
#include "KbLoader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray OverlaySynergy = "synergies:\n  - between: [go, postgresql]\n    points: 2\n    why:\n"
                                  "      en: \"Our platform team runs Go on PostgreSQL already.\"\n";

QStringList cacheEntries()
{
    return QDir(KbCache::defaultDir()).entryList({QStringLiteral("*.kbc")}, QDir::Files);
}
} // namespace

class TestKbCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_overlay;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_overlay.isValid());
        QVERIFY(!QDir(KbLoader::userDir()).exists()); // only the overlays below are in play
    }

    void init()
    {
        QDir(KbCache::defaultDir()).removeRecursively();
        QVERIFY(writeFile(m_overlay.filePath(QStringLiteral("team.yaml")), OverlaySynergy));
    }

    void cleanupTestCase() { QDir(KbCache::defaultDir()).removeRecursively(); }

    // The second start reads the cache, and what it reads is what the parser gave.
    void unchangedOverlayComesFromTheCache()
    {
        const KbLoader::Result parsed = KbLoader::loadDirectories({KbLoader::builtinDir(), m_overlay.path()});
        QVERIFY(parsed.ok());
        const KbLoader::Result first = KbLoader::loadDefault({m_overlay.path()});
        QVERIFY(first.ok());
        QCOMPARE(cacheEntries().size(), 1);
        const KbLoader::Result second = KbLoader::loadDefault({m_overlay.path()});
        QVERIFY(second.ok());
        QVERIFY(first.kb == parsed.kb);
        QVERIFY(second.kb == parsed.kb);
        // The entry is really what the second start used: the cache read alone gives the same KB,
        // with its lookups rebuilt.
        const std::optional<KnowledgeBase> cached = KbCache::read(KbCache::key({KbLoader::builtinDir(), m_overlay.path()}));
        QVERIFY(cached.has_value());
        QVERIFY(*cached == parsed.kb);
        QVERIFY(cached->candidate(QStringLiteral("go")));
        QCOMPARE(cached->layerDates, parsed.kb.layerDates);
    }

    // Every kind of change to the inputs makes a new key.
    void anyChangeMakesANewKey_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("one byte changed") << "byte";
        QTest::newRow("file added") << "add";
        QTest::newRow("file removed") << "remove";
        QTest::newRow("file renamed") << "rename";
        QTest::newRow("another folder") << "folder";
    }
    void anyChangeMakesANewKey()
    {
        QFETCH(QString, change);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("team.yaml")), OverlaySynergy));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("more.yaml")), "synergies: []\n"));
        const QByteArray before = KbCache::key({KbLoader::builtinDir(), dir.path()});
        QCOMPARE(KbCache::key({KbLoader::builtinDir(), dir.path()}), before); // stable
        QString folder = dir.path();
        QTemporaryDir other;
        if (change == QLatin1String("byte")) {
            QByteArray bytes = OverlaySynergy;
            bytes.replace("points: 2", "points: 3");
            QVERIFY(writeFile(dir.filePath(QStringLiteral("team.yaml")), bytes));
        } else if (change == QLatin1String("add")) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("extra.yaml")), "synergies: []\n"));
        } else if (change == QLatin1String("remove")) {
            QVERIFY(QFile::remove(dir.filePath(QStringLiteral("more.yaml"))));
        } else if (change == QLatin1String("rename")) {
            QVERIFY(QFile::rename(dir.filePath(QStringLiteral("more.yaml")), dir.filePath(QStringLiteral("zmore.yaml"))));
        } else {
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("team.yaml")), other.filePath(QStringLiteral("team.yaml"))));
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("more.yaml")), other.filePath(QStringLiteral("more.yaml"))));
            folder = other.path();
        }
        QVERIFY(KbCache::key({KbLoader::builtinDir(), folder}) != before);
    }

    // A changed overlay is parsed again: the change shows, and the cache holds both sets.
    void changedOverlayIsParsedAgain()
    {
        QVERIFY(KbLoader::loadDefault({m_overlay.path()}).ok());
        QByteArray bytes = OverlaySynergy;
        bytes.replace("points: 2", "points: 5");
        QVERIFY(writeFile(m_overlay.filePath(QStringLiteral("team.yaml")), bytes));
        const KbLoader::Result changed = KbLoader::loadDefault({m_overlay.path()});
        QVERIFY(changed.ok());
        bool found = false;
        for (const Synergy &s : changed.kb.synergies)
            if ((s.a == QLatin1String("go") && s.b == QLatin1String("postgresql"))
                || (s.a == QLatin1String("postgresql") && s.b == QLatin1String("go"))) {
                QCOMPARE(s.points, 5.0);
                found = true;
            }
        QVERIFY(found);
        QCOMPARE(cacheEntries().size(), 2);
    }

    // A damaged entry fails its own hash: the YAML is read and the entry written anew.
    void damagedEntryIsIgnored_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("flipped byte") << "flip";
        QTest::newRow("truncated") << "truncate";
        QTest::newRow("empty") << "empty";
        QTest::newRow("garbage") << "garbage";
    }
    void damagedEntryIsIgnored()
    {
        QFETCH(QString, damage);
        const KbLoader::Result good = KbLoader::loadDefault({m_overlay.path()});
        QVERIFY(good.ok());
        const QByteArray key = KbCache::key({KbLoader::builtinDir(), m_overlay.path()});
        const QString path = KbCache::entryPath(key, KbCache::defaultDir());
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 1000);
        if (damage == QLatin1String("flip"))
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        else if (damage == QLatin1String("truncate"))
            bytes.truncate(bytes.size() - 7);
        else if (damage == QLatin1String("empty"))
            bytes.clear();
        else
            bytes = QByteArray(4096, '\xff');
        QVERIFY(writeFile(path, bytes));
        QVERIFY(!KbCache::read(key).has_value());
        const KbLoader::Result again = KbLoader::loadDefault({m_overlay.path()});
        QVERIFY(again.ok());
        QVERIFY(again.kb == good.kb);
        QVERIFY(KbCache::read(key).has_value()); // rewritten whole
    }

    // An overlay with an error is never cached: every start reports it, at its position.
    void overlayWithErrorsIsNeverCached()
    {
        QVERIFY(writeFile(m_overlay.filePath(QStringLiteral("team.yaml")),
                          "synergies:\n  - between: [go, nosuchdb]\n    points: 2\n    why:\n      en: \"x\"\n"));
        for (int start = 0; start < 2; ++start) {
            const KbLoader::Result r = KbLoader::loadDefault({m_overlay.path()});
            QVERIFY(!r.ok());
            QVERIFY2(r.diagnostics.constFirst().toString().startsWith(m_overlay.filePath(QStringLiteral("team.yaml")) + QLatin1String(":2:")),
                     qPrintable(r.diagnostics.constFirst().toString()));
        }
        QVERIFY(cacheEntries().isEmpty());
    }

    // A cache that cannot be written (here: a file where its folder would be) changes nothing
    // but speed.
    void unwritableCacheStillLoads()
    {
        const QString dir = KbCache::defaultDir();
        QVERIFY(QDir().mkpath(QFileInfo(dir).path()));
        QVERIFY(writeFile(dir, "not a folder"));
        const KbLoader::Result r = KbLoader::loadDefault({m_overlay.path()});
        QVERIFY(r.ok());
        QVERIFY(r.kb.candidate(QStringLiteral("go")));
        QVERIFY(QFile::remove(dir));
    }

    // Each set of overlays keeps an entry, up to the newest KeptEntries.
    void oldEntriesAreRemoved()
    {
        QTemporaryDir dir;
        for (int i = 0; i < KbCache::KeptEntries + 3; ++i) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("team.yaml")),
                              QByteArray(OverlaySynergy).replace("points: 2", "points: " + QByteArray::number(i % 9 + 1))
                                  + "# " + QByteArray::number(i) + '\n'));
            QVERIFY(KbLoader::loadDefault({dir.path()}).ok());
        }
        QCOMPARE(cacheEntries().size(), KbCache::KeptEntries);
    }
};

QTEST_GUILESS_MAIN(TestKbCache)
#include "test_kbcache.moc"
