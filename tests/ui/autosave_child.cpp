// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Helper process for test_autosave: a Stackwise window that changes one answer through its
// widgets and then waits to be killed, so the test can check that the autosave survives.
// Usage: autosave_child AUTOSAVE_PATH
#include "MainWindow.h"
#include "StackwiseWizard.h"
#include "WizardTestKb.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StackwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("autosave_child"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return 2;

    MainWindow window(WizardTestKb::make(), nullptr, args.at(1));
    window.setRestorePrompt([](MainWindow *, const QString &) { return false; });
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        window.findChild<QLineEdit *>(QStringLiteral("project_name"))->setText(QStringLiteral("Killed"));
        window.wizard()->goToPage(window.wizard()->pageIdForKey(QStringLiteral("backend")));
        window.findChild<QAbstractButton *>(QStringLiteral("q_realtime_core"))->click();
        QTextStream(stdout) << "changed" << Qt::endl;
    });
    return app.exec(); // runs until the test kills the process
}
