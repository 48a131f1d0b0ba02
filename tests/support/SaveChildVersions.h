// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"

// The two versions save_child writes in turn, shared with test_atomic_save. They differ in size
// (about 100 KB and 400 KB) so that a torn write could not pass for either; both stay under
// AnswersFile::MaxFileSize and use only ids of the tests/data/kb-base fixture.
namespace SaveChildVersions {

inline Answers version(int which)
{
    Answers a;
    a.project.name = which == 0 ? QStringLiteral("Old version") : QStringLiteral("New version");
    a.project.author = QStringLiteral("save_child");
    a.project.notes = QString(which == 0 ? 100 * 1024 : 400 * 1024, which == 0 ? QLatin1Char('o') : QLatin1Char('n'));
    a.answers.insert(QStringLiteral("pace"), {which == 0 ? QStringLiteral("slow") : QStringLiteral("fast")});
    a.answers.insert(QStringLiteral("tools"), {QStringLiteral("lint"), QStringLiteral("test")});
    a.weights.insert(QStringLiteral("speed"), which == 0 ? 2.0 : 9.5);
    return a;
}

} // namespace SaveChildVersions
