// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"

class YamlSource;

namespace YAML {
class Node;
}

// Protects the loaders from hostile YAML, before and after yaml-cpp sees it.
//
// Before parsing (checkRaw): the file size, UTF-8 validity and YAML's printable-character rule,
// and the nesting depth. yaml-cpp parses recursively, so a document like `[[[[...` could
// overflow the stack; the depth is estimated on the raw bytes by counting flow brackets and
// block indentation levels, over- rather than under-estimating.
//
// After parsing (checkTree): duplicate map keys (yaml-cpp 0.7 keeps both pairs silently);
// explicit tags (!!binary, !custom...: nothing in a Stackwise file names a type); a quote never
// closed (yaml-cpp 0.7 lets it run to the end of the file, so a cut-off file would look
// complete); and aliases: yaml-cpp shares aliased nodes, so a "billion laughs" document is
// small in memory but huge (or even cyclic) to walk; the walk is bounded in node count and depth.
class YamlGuard
{
public:
    // Every problem found on the raw bytes; empty when the bytes may be given to yaml-cpp.
    static Diagnostics checkRaw(const YamlSource &source, qint64 maxSize, int maxDepth);

    // Appends duplicate keys and tags to *diagnostics. Returns false when the tree must not be
    // walked (alias expansion too large or too deep, an unclosed quote); the reason is appended too.
    static bool checkTree(const YamlSource &source, const YAML::Node &root, int maxDepth,
                          Diagnostics *diagnostics);
};
