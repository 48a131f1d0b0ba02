// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "KnowledgeBase.h"

// Cross-reference checks on a merged knowledge base: unknown or missing ids, ratings outside
// 0..10, a candidate missing a criterion of its area, an option with no effect, a synergy or
// constraint naming an unknown candidate, ... Positions come from the entries' SourcePos.
class KbValidator
{
public:
    static Diagnostics validate(const KnowledgeBase &kb);
    // --validate-kb --strict: every rating names a source (at the rating's criterion key).
    static Diagnostics unsourcedRatings(const KnowledgeBase &kb);
};
