// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The one way Stackwise writes a file: through QSaveFile, so a crash or kill mid-write leaves
// either the old file or the new one, never a torn mix.
class AtomicFile
{
public:
    // Writes `bytes` to `path` atomically. On failure returns false and sets *errorString to the
    // system's reason (callers phrase the sentence the user reads).
    static bool write(const QString &path, const QByteArray &bytes, QString *errorString = nullptr);
};
