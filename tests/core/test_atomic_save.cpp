// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Atomic saves (issue 7, "No data lost"): a child process saves an answers file over and over
// and is killed with SIGKILL at random moments; every time, the file on disk must be one complete
// version, old or new, byte for byte, and must read back through AnswersFile::parse.
#include "AnswersFile.h"
#include "KbLoader.h"
#include "SaveChildVersions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
const QString KbDir = QStringLiteral(STACKWISE_SOURCE_DIR "/tests/data/kb-base");
const QString Child = QStringLiteral(SAVE_CHILD);

// Fixed so that a failure can be replayed; the kill moments still depend on scheduling.
constexpr quint32 Seed = 20261125;
constexpr int Kills = 100;
constexpr int MaxDelayMs = 30;

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestAtomicSave : public QObject
{
    Q_OBJECT

private slots:
    void fileIsAlwaysOneCompleteVersion()
    {
        const KbLoader::Result loaded = KbLoader::loadDirectories({KbDir});
        QVERIFY2(loaded.ok(), qPrintable(joined(loaded.diagnostics)));
        const Answers versions[2] = {SaveChildVersions::version(0), SaveChildVersions::version(1)};
        const QByteArray bytes[2] = {AnswersFile::serialize(versions[0]), AnswersFile::serialize(versions[1])};
        QVERIFY(bytes[0] != bytes[1]);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("answers.yaml"));

        qInfo("random seed: %u", Seed);
        QRandomGenerator random(Seed);
        int found[2] = {0, 0};
        int completedSaves = 0;
        for (int run = 0; run < Kills; ++run) {
            QString error;
            QVERIFY2(AnswersFile::save(path, versions[0], &error), qPrintable(error));

            QProcess child;
            child.start(Child, {path});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            while (!child.canReadLine())
                QVERIFY2(child.waitForReadyRead(10000), "save_child did not start saving");
            QCOMPARE(child.readLine(), QByteArray("started\n"));

            const int delayMs = int(random.bounded(MaxDelayMs + 1));
            QThread::msleep(delayMs);
            child.kill(); // SIGKILL: no chance to clean up
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            completedSaves += int(child.readAllStandardOutput().count("saved "));

            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(file.errorString())));
            const QByteArray onDisk = file.readAll();
            file.close();
            const int which = onDisk == bytes[0] ? 0 : onDisk == bytes[1] ? 1 : -1;
            QVERIFY2(which >= 0, qPrintable(QStringLiteral("run %1 (killed after %2 ms): the file is neither version (%3 bytes)")
                                                .arg(run)
                                                .arg(delayMs)
                                                .arg(onDisk.size())));
            Diagnostics diagnostics;
            const std::optional<Answers> back = AnswersFile::parse(onDisk, path, loaded.kb, &diagnostics);
            QVERIFY2(back, qPrintable(joined(diagnostics)));
            QVERIFY(*back == versions[which]);
            ++found[which];

            // QSaveFile's temporary files of interrupted saves are left behind; clear them.
            const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files);
            for (const QString &name : leftovers)
                if (name != QLatin1String("answers.yaml"))
                    QVERIFY(QFile::remove(dir.filePath(name)));
        }
        qInfo("%d kills: old version found %d times, new version %d times; %d saves completed in all", Kills,
              found[0], found[1], completedSaves);
        // Otherwise every kill came before the first save finished and nothing was tested.
        QVERIFY2(completedSaves > 0, "save_child never completed a save before it was killed");
    }
};

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "test_atomic_save.moc"
