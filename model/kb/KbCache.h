// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "KnowledgeBase.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The merged, validated knowledge base of a start with overlays (the user's folder, --kb
// folders), kept between starts so that an unchanged overlay is not parsed again. An entry is
// keyed by a hash of everything the merge reads: every layer's folder and the name and bytes of
// each of its YAML files (for the built-in files, compiled into the binary, their size and the
// time of change the build recorded), plus the Stackwise version. Any changed byte, a file added or removed,
// or a new build makes a different key, so a stale entry is never used; a damaged one fails
// KbBinary's own hash and is ignored. Only a knowledge base that loaded without a diagnostic
// is stored, so errors are always found by reading the YAML.
class KbCache
{
public:
    // The key of the layers `dirs` (in order) as their files are now.
    static QByteArray key(const QStringList &dirs);

    // The stored knowledge base for `key`, if there is one and it reads back intact.
    static std::optional<KnowledgeBase> read(const QByteArray &key, const QString &cacheDir = defaultDir());
    // Stores `kb` under `key`, atomically; old entries beyond the newest few are removed. A cache
    // that cannot be written only costs the next start its speed, so failure is silent.
    static void write(const QByteArray &key, const KnowledgeBase &kb, const QString &cacheDir = defaultDir());

    // The bytes of a file, or of an uncompressed resource read in place (no copy).
    static std::optional<QByteArray> bytes(const QString &path);

    // QStandardPaths::CacheLocation + "/kb".
    static QString defaultDir();
    static QString entryPath(const QByteArray &key, const QString &cacheDir);

    static constexpr int KeptEntries = 8;
};
