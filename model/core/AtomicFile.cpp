// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "AtomicFile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#include <unistd.h>

namespace {
// QSaveFile's own messages do not always carry the system's reason: a write that stops short
// on a full disk says "Unknown error", and a read-only file system "Existing file ... is not
// writable". errno, read right after the failing call, does.
QString reason(int error, const QString &fallback)
{
    return error != 0 ? qt_error_string(error) : fallback;
}

// Why a file cannot be opened for writing: the file if it exists, else its folder.
int openError(const QString &path)
{
    const QFileInfo info(path);
    const QString probe = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    return ::access(QFile::encodeName(probe).constData(), W_OK) == 0 ? 0 : errno;
}
} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *errorString)
{
    QString error;
    QSaveFile file(path);
    // Unbuffered, so a failing write fails at once, with errno still telling why.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        error = reason(openError(path), file.errorString());
    } else {
        errno = 0;
        if (file.write(bytes) != bytes.size()) {
            error = reason(errno, file.errorString());
            file.cancelWriting();
        } else {
            errno = 0;
            if (file.commit())
                return true;
            error = reason(errno, file.errorString());
        }
    }
    if (errorString)
        *errorString = error;
    return false;
}
