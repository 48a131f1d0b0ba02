// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "KnowledgeBase.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The built-in knowledge-base files, read ahead of time. Parsing the YAML is most of a start's
// cost (about 40 ms); the build reads each built-in file once (stackwise_kb_compile) and stores
// what it read in this compact form, which loads in a fraction of that. A compiled part names
// the exact YAML it was read from (by hash): if the file it would stand for differs in any
// byte, it is not used and the YAML is parsed as usual, so a stale build can be slower, never
// wrong. Its own bytes are hashed too, so a damaged part is refused before it is read. The
// same form stores a merged knowledge base in KbCache, keyed by the hash of its inputs.
class KbBinary
{
public:
    // The part read from `yaml`, stored with the hash of `yaml`.
    static QByteArray write(const KnowledgeBase &part, const QByteArray &yaml);
    // The stored part if `blob` is well formed and was made from exactly `yaml`.
    static std::optional<KnowledgeBase> read(const QByteArray &blob, const QByteArray &yaml);

    // Where the compiled form of a built-in file is: ":/kb/areas.yaml" -> ":/kb-compiled/areas.kbc".
    static QString compiledPath(const QString &builtinFileName);
    // The whole built-in knowledge base, merged, validated and with its derived rules applied,
    // stored with KbCache::key({":/kb"}): what a start without overlays reads.
    static QString compiledMergedPath() { return QLatin1String(CompiledPrefix) + QLatin1String("merged.kbc"); }
    static constexpr const char *CompiledPrefix = ":/kb-compiled/";
};
