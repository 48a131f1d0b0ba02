// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Helper process for test_atomic_save: saves an answers file through AnswersFile::save over and
// over, alternating the two versions of SaveChildVersions, until it is killed.
// Usage: save_child PATH
// Prints "started" before the first save and "saved N" (N = 0 or 1, the version) after each
// completed save, so the test knows which versions may be on disk when it kills the process.
#include "AnswersFile.h"
#include "SaveChildVersions.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return 2;
    const Answers versions[2] = {SaveChildVersions::version(0), SaveChildVersions::version(1)};

    QTextStream out(stdout);
    out << "started" << Qt::endl;
    for (int which = 1;; which = 1 - which) { // the test created version 0 before starting us
        QString error;
        if (!AnswersFile::save(args.at(1), versions[which], &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        out << "saved " << which << Qt::endl;
    }
}
