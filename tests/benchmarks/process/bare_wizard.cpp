// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// The floor bench_process measures Stackwise against: the least a Qt wizard costs as a whole
// process (one empty page, shown and painted).
// With --welcome-content, the page holds just what issue 4 requires of the Welcome page
// (project name, author, notes, opening a file) in a plain form, as bench_startup's
// welcomeContentFloor does in process: no first page with that content can start faster.
#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    if (QCoreApplication::arguments().contains(QStringLiteral("--welcome-content"))) {
        page->setTitle(QStringLiteral("Welcome"));
        auto *form = new QFormLayout(page);
        form->addRow(QStringLiteral("Project name:"), new QLineEdit);
        form->addRow(QStringLiteral("Author:"), new QLineEdit);
        form->addRow(QStringLiteral("Notes:"), new QPlainTextEdit);
        form->addRow(new QPushButton(QStringLiteral("Open answers file…")));
    }
    wizard.addPage(page);
    wizard.show();
    return app.exec();
}
