// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// A write that fails names the system's reason ("No space left on device", "Read-only file
// system", "Permission denied"), in AtomicFile (which every save, autosave and export goes
// through, so the GUI shows the same words) and end to end in the CLI; the old file stays.
//
// A full and a read-only disk are made as small tmpfs mounts in a mount namespace of this
// process alone (unshare + mount, which needs root or CAP_SYS_ADMIN); where that is not allowed,
// those rows are skipped with the reason. "Permission denied" needs a folder the user may not
// write, which root always may: that row is skipped for root.
#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {
QByteArray bigReport() { return QByteArray(256 * 1024, 'x'); }

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// QSKIP returns from the test function, so the row's check is a macro, not a helper.
#define SKIP_UNLESS_ARRANGED()                                                                     \
    do {                                                                                           \
        QFETCH(bool, needsMount);                                                                  \
        if (const QString why = cannotArrange(needsMount); !why.isEmpty())                         \
            QSKIP(qPrintable(why));                                                                \
    } while (false)

class TestWriteErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_full = m_tmp.filePath(QStringLiteral("full"));
        m_readOnly = m_tmp.filePath(QStringLiteral("read-only"));
        m_denied = m_tmp.filePath(QStringLiteral("denied"));
        for (const QString &dir : {m_full, m_readOnly, m_denied})
            QVERIFY(QDir().mkpath(dir));

        // A namespace of our own, so the mounts vanish with this process and touch nothing else.
        if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            m_noMount = QStringLiteral("cannot make a mount namespace (%1): run as root to test a full "
                                       "and a read-only disk").arg(QString::fromLocal8Bit(std::strerror(errno)));
        } else {
            // 64 KiB of room: the old versions fit, a 256 KiB report does not.
            if (mount("tmpfs", qPrintable(m_full), "tmpfs", 0, "size=64k") != 0
                || mount("tmpfs", qPrintable(m_readOnly), "tmpfs", 0, "size=64k") != 0)
                m_noMount = QStringLiteral("cannot mount a tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (m_noMount.isEmpty()) {
            QVERIFY(writeFile(m_full + QStringLiteral("/report.json"), "old version"));
            QVERIFY(writeFile(m_readOnly + QStringLiteral("/report.json"), "old version"));
            QCOMPARE(mount(nullptr, qPrintable(m_readOnly), nullptr, MS_REMOUNT | MS_RDONLY, nullptr), 0);
        }
        QVERIFY(writeFile(m_denied + QStringLiteral("/report.json"), "old version"));
        QVERIFY(QFile::setPermissions(m_denied, QFile::ReadOwner | QFile::ExeOwner));
    }
    void cleanupTestCase()
    {
        if (m_noMount.isEmpty()) {
            umount2(qPrintable(m_full), MNT_DETACH);
            umount2(qPrintable(m_readOnly), MNT_DETACH);
        }
        QFile::setPermissions(m_denied, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void atomicFileNamesTheReason_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("needsMount");
        QTest::newRow("full disk") << m_full << QStringLiteral("No space left on device") << true;
        QTest::newRow("read-only") << m_readOnly << QStringLiteral("Read-only file system") << true;
        QTest::newRow("permission") << m_denied << QStringLiteral("Permission denied") << false;
    }
    void atomicFileNamesTheReason()
    {
        QFETCH(QString, dir);
        QFETCH(QString, reason);
        SKIP_UNLESS_ARRANGED();
        const QString path = dir + QStringLiteral("/report.json");
        QString error;
        QVERIFY(!AtomicFile::write(path, bigReport(), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(readFile(path), QByteArray("old version"));
        // Nothing half-written is left beside it.
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("report.json")});
    }

    void cliNamesTheReason_data() { atomicFileNamesTheReason_data(); }
    void cliNamesTheReason()
    {
        QFETCH(QString, dir);
        QFETCH(QString, reason);
        SKIP_UNLESS_ARRANGED();
        // The child inherits this process's mount namespace, so it sees the same small disks.
        const QString path = dir + QStringLiteral("/report.json");
        QProcess stackwise;
        stackwise.start(QStringLiteral(STACKWISE_BINARY),
                        {QStringLiteral("--answers"), QStringLiteral(STACKWISE_SOURCE_DIR "/resources/examples/crud-back-office.yaml"),
                         QStringLiteral("--export"), path, QStringLiteral("--format"), QStringLiteral("html"),
                         QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(stackwise.waitForFinished(60000));
        const QString err = QString::fromUtf8(stackwise.readAllStandardError());
        QCOMPARE(stackwise.exitCode(), 1);
        QVERIFY2(err.contains(path + QStringLiteral(": cannot write the report: ") + reason), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("Unknown error")), qPrintable(err));
        QCOMPARE(readFile(path), QByteArray("old version"));
    }

private:
    // Why this row cannot be arranged here, or "".
    QString cannotArrange(bool needsMount) const
    {
        if (needsMount)
            return m_noMount;
        if (geteuid() == 0)
            return QStringLiteral("root may write any folder, so a permission error cannot be arranged");
        return {};
    }

    QTemporaryDir m_tmp;
    QString m_full;
    QString m_readOnly;
    QString m_denied;
    QString m_noMount;
};

QTEST_GUILESS_MAIN(TestWriteErrors)
#include "test_write_errors.moc"
