// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The floor bench_process measures Stackwise against: the least a Qt wizard costs as a whole
// process (one empty page, shown and painted).
#include <QApplication>
#include <QWizard>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    wizard.show();
    return app.exec();
}
