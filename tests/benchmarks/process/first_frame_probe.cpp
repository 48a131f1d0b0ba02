// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Loaded with LD_PRELOAD by bench_process only: it quits the application right after the first
// frame of its first window is painted, so that a whole process (dynamic loading, start-up,
// first paint, shut-down) can be timed from outside. The program itself runs unchanged: the
// probe needs no hook in it and works the same for Stackwise and for the bare wizard.
#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QPixmap>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace {
// FIRST_FRAME_PROBE_TRACE=1 prints when each stage is reached, in ms since the probe was loaded
// (after the dynamic loader, before main): for finding where a start's time goes.
const QElapsedTimer &sinceLoad()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
const bool tracing = [] {
    sinceLoad();
    return qEnvironmentVariableIntValue("FIRST_FRAME_PROBE_TRACE") != 0;
}();

void trace(const char *stage)
{
    if (tracing) {
        // Also the monotonic clock itself, so that a harness can place the stages in a process's
        // whole life (fork to exit).
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::fprintf(stderr, "probe: %-22s %7.2f ms (monotonic %.3f ms)\n", stage,
                     double(sinceLoad().nsecsElapsed()) / 1e6, double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6);
    }
}

struct ExitTrace
{
    ~ExitTrace() { trace("static destructors"); }
} exitTrace;

class FirstFrameQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget->window()->isVisible()) {
                // Queued: the paint in progress and the flush of the frame finish first.
                m_quitting = true;
                trace("first paint");
                QMetaObject::invokeMethod(QCoreApplication::instance(), [window = widget->window()] {
                    // FIRST_FRAME_PROBE_SHOT=FILE.png saves the first frame: for looking at it.
                    if (const QString shot = qEnvironmentVariable("FIRST_FRAME_PROBE_SHOT"); !shot.isEmpty())
                        window->grab().save(shot);
                    // FIRST_FRAME_PROBE_SMAPS=FILE copies /proc/self/smaps: where the memory is.
                    if (const QString smaps = qEnvironmentVariable("FIRST_FRAME_PROBE_SMAPS"); !smaps.isEmpty()) {
                        QFile in(QStringLiteral("/proc/self/smaps"));
                        QFile out(smaps);
                        if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly))
                            out.write(in.readAll());
                    }
                    QCoreApplication::quit();
                }, Qt::QueuedConnection);
            }
        }
        return false;
    }

private:
    bool m_quitting = false;
};

void installQuitter()
{
    // Only GUI processes paint; a headless Stackwise command runs as it always does.
    trace("application object");
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QCoreApplication::instance()->installEventFilter(new FirstFrameQuitter(QCoreApplication::instance()));
        QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, [] { trace("event loop left"); });
    }
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installQuitter)
