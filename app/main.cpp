// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "AppLanguage.h"
#include "CommandLine.h"
#include "KbLoader.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ScoringEngine.h"
#include "StartupStyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStyle>
#include <QTextStream>

#include <fontconfig/fontconfig.h>

#include <future>
#include <memory>
#include <optional>
#include <thread>

namespace {
QtMessageHandler qtHandler = nullptr;

// Keeps headless runs quiet where nothing is wrong: without XDG_RUNTIME_DIR (cron, CI,
// containers) Qt warns once that it falls back to /tmp/runtime-USER, which Stackwise never uses.
// Every other message goes to Qt's own handler unchanged.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qtHandler(type, context, message);
}
} // namespace

int main(int argc, char **argv)
{
    qtHandler = qInstallMessageHandler(messageHandler);


    // Headless commands must run without a display: choose the offscreen platform before the
    // application object exists (QPainter/QPdfWriter still need a QGuiApplication).
    const bool headless = CommandLine::looksHeadless(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Before the window can measure any text, fontconfig reads its XML configuration and font
    // cache: a quarter of a start's instructions, as many for an empty QWizard. It needs nothing
    // from Qt, so a worker starts it now while the application object, the command line and the
    // knowledge base are made (issue 17). Qt's font database waits for it below: two threads
    // that initialize fontconfig at once would each do all the work.
    std::jthread fontconfig;
    if (!headless)
        fontconfig = std::jthread([] { FcInit(); });

    std::unique_ptr<QGuiApplication> app;
    if (headless)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stackwise"));
    QCoreApplication::setApplicationName(QStringLiteral("stackwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKWISE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Stackwise"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.stackwise.Stackwise"));

    // The language comes first, so that help, errors, the window and reports all speak it:
    // --lang, else (in the window only) the Preferences choice, else the system locale. Headless
    // runs ignore Preferences so that scripts behave the same for every user.
    QString language;
    {
        CommandLine early;
        if (early.parse(QCoreApplication::arguments()) && !early.language().isEmpty())
            language = early.language();
        else if (!headless)
            language = Preferences::load().language;
    }
    AppLanguage::install(language);

    // Parsed again now that the translators are in: its texts are built in the constructor.
    CommandLine cli;
    if (!cli.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << cli.errorText() << Qt::endl;
        return 2;
    }
    if (cli.wantsHelp()) {
        QTextStream(stdout) << cli.helpText();
        return 0;
    }
    if (cli.wantsVersion()) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (cli.isHeadless())
        return cli.runHeadless();

    // The knowledge base loads, and the scoring engine is made from it, on a worker thread (both
    // are QtCore values only) while this thread waits for what the window's construction needs
    // first anyway: the fonts. On two cores the two overlap instead of adding up (issue 17).
    struct Loaded
    {
        KbLoader::Result kb;
        std::optional<ScoringEngine> engine;
    };
    std::future<Loaded> loading = std::async(std::launch::async, [dirs = cli.kbDirs()] {
        Loaded loaded{KbLoader::loadDefault(dirs), std::nullopt};
        if (loaded.kb.ok())
            loaded.engine.emplace(loaded.kb.kb);
        return loaded;
    });
    QApplication::setStyle(new StartupStyle(QApplication::style()));
    if (fontconfig.joinable())
        fontconfig.join();
    QFontMetrics(QApplication::font()).height();
    Loaded loaded = loading.get();
    const KbLoader::Result &kb = loaded.kb;
    if (!kb.ok()) {
        QStringList lines;
        for (const Diagnostic &d : kb.diagnostics)
            lines.append(d.toString());
        QTextStream(stderr) << lines.join(QLatin1Char('\n')) << Qt::endl;
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("main", "Stackwise"),
                        QCoreApplication::translate("main", "The knowledge base has errors, so "
                                                            "Stackwise cannot start."));
        // The first problems in the box itself, all of them under "Show Details...".
        box.setInformativeText(QCoreApplication::translate("main", "%n problem(s) found:", nullptr,
                                                           int(lines.size()))
                               + QLatin1Char('\n') + lines.mid(0, 10).join(QLatin1Char('\n')));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
        return 2;
    }

    auto window = std::make_unique<MainWindow>(std::move(*loaded.engine));
    loaded.engine.reset();
    window->show();
    window->offerAutosaveRestore();
    // One file opens it; several open them as one group decision.
    const QStringList files = cli.positionalFiles();
    if (files.size() == 1)
        window->openFile(files.first());
    else if (files.size() > 1)
        window->openGroup(files);
    const int status = app->exec();

    // The knowledge base is deliberately not freed: its tens of thousands of small values took
    // 2 % of a start-and-quit to free one by one (even on a worker, which exit had to join), and
    // exit returns the whole address space at once (clang's -disable-free is the same trade).
    // Nor is the window, unless an export still renders (its destructor waits for the worker):
    // freeing its widgets one by one was another 1 %, and none of their destructors does more
    // than free; QApplication's destructor still destroys its native window. Static pointers keep
    // both reachable, so leak checkers do not report them. The application is still destroyed:
    // its destructor hands the clipboard to the clipboard manager.
    if (window->isExporting())
        window.reset();
    static const Loaded *const keptUntilExit = new Loaded(std::move(loaded));
    static const MainWindow *const windowKeptUntilExit = window.release();
    Q_UNUSED(keptUntilExit);
    Q_UNUSED(windowKeptUntilExit);
    app.reset();
    return status;
}
