#include "CommandLine.h"
#include "KbLoader.h"
#include "MainWindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

int main(int argc, char **argv)
{
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

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stackwise.svg")));
    const KbLoader::Result kb = KbLoader::loadDefault(cli.kbDirs());
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
