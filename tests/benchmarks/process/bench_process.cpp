// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Whole processes, as a user starts them: the real `stackwise` binary against a bare QWizard
// built beside it, each launched with the first-frame probe (LD_PRELOAD) so that it quits right
// after its first window is painted. Wall time (spawn to exit) and peak RSS (wait4's rusage) are
// taken pair by pair, alternating which program goes first, in a fresh home folder; the figures
// are medians of the per-pair ratios, so a noisy machine shifts both sides alike.
//
// Budgets (issue 17): Stackwise <= 1.5x the bare wizard in wall time and in peak RSS; a start
// with an unchanged --kb overlay <= 1.2x a start without one. A timing is reported against its
// budget, never turned into a pass or a fail.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <fcntl.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {
struct Sample
{
    double wallMs = 0;
    double peakMiB = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString verdict(double ratio, double budget)
{
    return ratio <= budget ? QStringLiteral("within budget") : QStringLiteral("OVER BUDGET");
}
} // namespace

class BenchProcess : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QList<QByteArray> m_environment;

    // One start of `program`, from spawn to its exit.
    Sample run(const QStringList &program)
    {
        QList<QByteArray> args;
        for (const QString &a : program)
            args.append(QFile::encodeName(a));
        QList<char *> argv;
        for (QByteArray &a : args)
            argv.append(a.data());
        argv.append(nullptr);
        QList<char *> envp;
        for (QByteArray &e : m_environment)
            envp.append(e.data());
        envp.append(nullptr);

        QElapsedTimer timer;
        timer.start();
        pid_t pid = 0;
        // The children's stderr goes to /dev/null: the offscreen platform's notices would drown
        // the figures, and writing them is not what a user's start costs.
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        const int spawned = posix_spawn(&pid, argv.first(), &actions, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0)
            qFatal("cannot start %s", argv.first());
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) != pid)
            qFatal("wait4 failed for %s", argv.first());
        Sample s;
        s.wallMs = double(timer.nsecsElapsed()) / 1e6;
        s.peakMiB = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            qFatal("%s did not quit cleanly after its first frame (status %d)", argv.first(), status);
        return s;
    }

    // Pairs of starts, alternating which goes first; prints the medians and the median ratios.
    void compare(const char *name, const QStringList &base, const QStringList &measured, double budget, int pairs)
    {
        for (int i = 0; i < 2; ++i) { // warm the page cache and any cache the programs keep
            run(base);
            run(measured);
        }
        QList<double> baseWall, baseRss, wall, rss, wallRatio, rssRatio;
        for (int i = 0; i < pairs; ++i) {
            Sample b, m;
            if (i % 2) {
                m = run(measured);
                b = run(base);
            } else {
                b = run(base);
                m = run(measured);
            }
            baseWall.append(b.wallMs);
            baseRss.append(b.peakMiB);
            wall.append(m.wallMs);
            rss.append(m.peakMiB);
            wallRatio.append(m.wallMs / b.wallMs);
            rssRatio.append(m.peakMiB / b.peakMiB);
        }
        const double w = median(wallRatio), r = median(rssRatio);
        qInfo("%s: %.1f ms, %.1f MiB against %.1f ms, %.1f MiB (median of %d pairs)", name, median(wall),
              median(rss), median(baseWall), median(baseRss), pairs);
        if (budget <= 0) { // a reference point, not a budget
            qInfo("  wall time %.2fx, peak RSS %.2fx (reference)", w, r);
            return;
        }
        qInfo("  wall time %.2fx (budget %.1fx): %s", w, budget, qPrintable(verdict(w, budget)));
        qInfo("  peak RSS  %.2fx (budget %.1fx): %s", r, budget, qPrintable(verdict(r, budget)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QFile::exists(QStringLiteral(FIRST_FRAME_PROBE)));
        // A home folder that has never seen Stackwise: no settings, no autosave, no caches.
        for (char **e = environ; *e; ++e) {
            const QByteArray entry(*e);
            if (!entry.startsWith("HOME=") && !entry.startsWith("XDG_") && !entry.startsWith("LD_PRELOAD=")
                && !entry.startsWith("QT_QPA_PLATFORM="))
                m_environment.append(entry);
        }
        m_environment.append("HOME=" + QFile::encodeName(m_home.path()));
        // Qt wants a private runtime folder; without one every start warns and falls back.
        const QString runtime = m_home.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_environment.append("XDG_RUNTIME_DIR=" + QFile::encodeName(runtime));
        m_environment.append("QT_QPA_PLATFORM=offscreen");
        m_environment.append("LD_PRELOAD=" + QByteArrayLiteral(FIRST_FRAME_PROBE));
    }

    // What a user sees first: `stackwise` with no arguments, against a bare QWizard.
    void startupAgainstBareWizard()
    {
        compare("stackwise", {QStringLiteral(BARE_WIZARD)}, {QStringLiteral(STACKWISE_BINARY)}, 1.5, 15);
    }

    // Where the budget stands against the first page's content: the same bare wizard with only
    // what the Welcome page must hold (a plain form of four fields), in stock Qt. Stackwise
    // cannot start faster than this floor; the 1.5x budget is measured against the empty wizard.
    void welcomeContentFloor()
    {
        compare("bare wizard --welcome-content", {QStringLiteral(BARE_WIZARD)},
                {QStringLiteral(BARE_WIZARD), QStringLiteral("--welcome-content")}, 0, 15);
        compare("stackwise against that floor", {QStringLiteral(BARE_WIZARD), QStringLiteral("--welcome-content")},
                {QStringLiteral(STACKWISE_BINARY)}, 0, 15);
    }

    // A user's --kb overlay that has not changed since the last start: read from the cache.
    void startupWithUnchangedOverlay()
    {
        // A realistic overlay: a copy of the built-in backend file and a file of its own, so that
        // both a replaced file and a new one are in play.
        const QString overlay = m_home.filePath(QStringLiteral("overlay"));
        QVERIFY(QDir().mkpath(overlay));
        QFile builtin(QStringLiteral(STACKWISE_SOURCE_DIR "/resources/kb/backend.yaml"));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        QByteArray yaml = builtin.readAll();
        QFile copy(overlay + QStringLiteral("/backend.yaml"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(yaml);
        copy.close();
        QFile extra(overlay + QStringLiteral("/team.yaml"));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("synergies:\n  - between: [go, postgresql]\n    points: 2\n    why:\n"
                    "      en: \"Our platform team runs Go services on PostgreSQL already.\"\n");
        extra.close();
        compare("stackwise --kb OVERLAY", {QStringLiteral(STACKWISE_BINARY)},
                {QStringLiteral(STACKWISE_BINARY), QStringLiteral("--kb"), overlay}, 1.2, 15);
    }
};

QTEST_GUILESS_MAIN(BenchProcess)
#include "bench_process.moc"
