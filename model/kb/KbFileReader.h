// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "KnowledgeBase.h"

#include <QByteArray>
#include <QString>

// Reads ONE knowledge-base file (schema: resources/kb/README.md) into a KnowledgeBase holding
// just that file's entries, checking types, required and unknown keys. An entry whose id could
// be read is kept even when other fields have problems, so that references to it do not cause
// a second wave of "unknown id" errors; the diagnostics make the whole KB unusable anyway.
// Cross-references are checked later by KbValidator on the merged KB.
class KbFileReader
{
public:
    // *parsed is set to false when the file is not usable YAML at all (then the result is empty).
    static KnowledgeBase read(const QString &path, const QByteArray &bytes, qint64 maxSize, int maxDepth,
                              Diagnostics *diagnostics, bool *parsed = nullptr);
};
