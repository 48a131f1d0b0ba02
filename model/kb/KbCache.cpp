// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "KbCache.h"

#include "AtomicFile.h"
#include "KbBinary.h"
#include "KbLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDateTime>
#include <QResource>
#include <QStandardPaths>

namespace {
// A file's bytes; an uncompressed resource is read in place, without a copy.
std::optional<QByteArray> bytesOf(const QString &path)
{
    if (path.startsWith(QLatin1String(":/"))) {
        const QResource resource(path);
        if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression)
            return QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > KbLoader::MaxFileSize)
        return std::nullopt;
    return file.readAll();
}
} // namespace

std::optional<QByteArray> KbCache::bytes(const QString &path)
{
    return bytesOf(path);
}

QByteArray KbCache::key(const QStringList &dirs)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("stackwise " STACKWISE_VERSION "\n"));
    for (const QString &dirPath : dirs) {
        // The folder is part of the key: positions in the cached entries name its files.
        hash.addData(QFile::encodeName(dirPath));
        hash.addData(QByteArrayView("\n", 1));
        const QDir dir(dirPath);
        for (const QString &name : KbLoader::yamlFileNames(dir, QDir::Name)) {
            const QString path = dir.filePath(name);
            hash.addData(name.toUtf8());
            if (dirPath.startsWith(QLatin1Char(':'))) {
                // A resource changes only with a build, which records the file's size and time
                // of change: enough to tell a stale compiled entry from the YAML it stands for,
                // without reading (and so keeping in memory) a byte of the YAML itself.
                const QResource resource(path);
                hash.addData(QByteArray::number(resource.uncompressedSize()) + ' '
                             + QByteArray::number(resource.lastModified().toMSecsSinceEpoch()) + '\n');
                continue;
            }
            const std::optional<QByteArray> content = bytesOf(path);
            if (!content)
                return {}; // unreadable or oversized: the loader reports it, nothing is cached
            hash.addData(QByteArray::number(content->size()) + '\n');
            hash.addData(*content);
        }
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result();
}

QString KbCache::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/kb");
}

QString KbCache::entryPath(const QByteArray &key, const QString &cacheDir)
{
    return cacheDir + QLatin1Char('/') + QString::fromLatin1(key.toHex()) + QStringLiteral(".kbc");
}

std::optional<KnowledgeBase> KbCache::read(const QByteArray &key, const QString &cacheDir)
{
    if (key.isEmpty() || cacheDir.isEmpty())
        return std::nullopt;
    QFile file(entryPath(key, cacheDir));
    // A merged knowledge base is a few hundred KiB; anything far larger is not one of ours.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 8 * KbLoader::MaxFileSize)
        return std::nullopt;
    return KbBinary::read(file.readAll(), key);
}

void KbCache::write(const QByteArray &key, const KnowledgeBase &kb, const QString &cacheDir)
{
    if (key.isEmpty() || cacheDir.isEmpty() || !QDir().mkpath(cacheDir))
        return;
    if (!AtomicFile::write(entryPath(key, cacheDir), KbBinary::write(kb, key)))
        return;
    // Each distinct set of overlays keeps its entry; only the newest few stay.
    const QFileInfoList entries = QDir(cacheDir).entryInfoList({QStringLiteral("*.kbc")}, QDir::Files, QDir::Time);
    for (qsizetype i = KeptEntries; i < entries.size(); ++i)
        QFile::remove(entries.at(i).filePath());
}
