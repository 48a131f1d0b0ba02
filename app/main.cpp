#include "CommandLine.h"
#include "StackwiseWizard.h"

#include <QApplication>
#include <QGuiApplication>
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

    StackwiseWizard wizard;
    wizard.show();
    return app->exec();
}
