// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QWizardPage>

// Stock Qt only: a wizard page that holds just what issue 4 requires of the Welcome page
// (project name, author, notes, opening a file), in a plain form. No implementation of that page
// can start faster; bench_startup builds it in process, bare_wizard --welcome-content as a
// whole process.
inline QWizardPage *welcomeContentFloorPage()
{
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    auto *form = new QFormLayout(page);
    form->addRow(QStringLiteral("Project name:"), new QLineEdit);
    form->addRow(QStringLiteral("Author:"), new QLineEdit);
    form->addRow(QStringLiteral("Notes:"), new QPlainTextEdit);
    form->addRow(new QPushButton(QStringLiteral("Open answers file…")));
    return page;
}
