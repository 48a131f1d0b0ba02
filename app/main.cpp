// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "AppLanguage.h"
#include "CommandLine.h"
#include "KbLoader.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "StartupStyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStyle>
#include <QTextStream>

#include <future>
#include <memory>

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

    // The knowledge base loads on a worker thread (it is QtCore values only) while this thread
    // does what the window's construction would do first anyway: the font database. On two
    // cores the two overlap instead of adding up (issue 17).
    std::future<KbLoader::Result> loading =
        std::async(std::launch::async, [dirs = cli.kbDirs()] { return KbLoader::loadDefault(dirs); });
    QApplication::setStyle(new StartupStyle(QApplication::style()));
    QFontMetrics(QApplication::font()).height();
    const KbLoader::Result kb = loading.get();
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

    MainWindow window(kb.kb);
    window.show();
    window.offerAutosaveRestore();
    // One file opens it; several open them as one group decision.
    const QStringList files = cli.positionalFiles();
    if (files.size() == 1)
        window.openFile(files.first());
    else if (files.size() > 1)
        window.openGroup(files);
    return app->exec();
}
