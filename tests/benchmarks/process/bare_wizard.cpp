// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The floor bench_process measures Stackwise against: the least a Qt wizard costs as a whole
// process (one empty page, shown and painted).
// With --welcome-content, the page holds just what issue 4 requires of the Welcome page
// (project name, author, notes, opening a file) in a plain form, as bench_startup's
// welcomeContentFloor does in process: no first page with that content can start faster.
#include "../WelcomeContentFloor.h"

#include <QApplication>
#include <QWizard>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(QCoreApplication::arguments().contains(QStringLiteral("--welcome-content"))
                       ? welcomeContentFloorPage()
                       : new QWizardPage);
    wizard.show();
    return app.exec();
}
