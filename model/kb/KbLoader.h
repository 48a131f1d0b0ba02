// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "KnowledgeBase.h"

#include <QDir>
#include <QStringList>

// Reads knowledge-base YAML files (schema: resources/kb/README.md) into a KnowledgeBase.
//
// Layers are read in order: the built-in KB (":/kb"), then the user's app data folder
// (QStandardPaths::AppDataLocation + "/kb"), then each --kb directory. A file of a later layer
// with the same file name replaces the earlier file; entries with the same id replace earlier
// entries. Every problem is reported at once as PATH:LINE:COLUMN: message; a KB with any
// diagnostic must not be used.
class KbLoader
{
public:
    struct Result
    {
        KnowledgeBase kb;
        Diagnostics diagnostics;
        bool ok() const { return diagnostics.isEmpty(); }
    };

    static QString builtinDir();  // ":/kb"
    static QString userDir();     // AppDataLocation/kb

    // Built-in KB + the user folder (if it exists) + `overlayDirs`, validated. With overlays, a
    // set of files unchanged since an earlier start is read from KbCache.
    static Result loadDefault(const QStringList &overlayDirs = {});
    // Exactly these directories, in order (the first is the base), validated.
    static Result loadDirectories(const QStringList &dirs);

    // The names of the `.yaml` files in `dir` (any case, as QDir's "*.yaml" filter), in `sort`
    // order. Filtered by suffix, not with a QDir name filter: that compiles a regular
    // expression (PCRE2 and its JIT) on every start for one suffix test (issue 17).
    static QStringList yamlFileNames(const QDir &dir, QDir::SortFlags sort);

    // Largest KB file accepted; nesting deeper than this is refused before parsing.
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
    static constexpr int MaxNestingDepth = 12;
};
