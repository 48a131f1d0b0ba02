// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "KnowledgeBase.h"

// Turns the knowledge base's LanguageRules into the plain effects and synergies that scoring
// reads, for every candidate that declares `languages` (an overlay's too), so that the team's
// language is data rather than one hand-written rule per framework:
// - every option of the team-language question gains a nudge of teamPoints for each candidate
//   of teamAreas written in one of the option's languages;
// - every pair of candidates of the two sharedAreas with a language in common gains a synergy of
//   sharedPoints ("one language end to end").
// The texts come from the rule's `why`, with the names filled in per language.
class DerivedRules
{
public:
    // Applies the rules to a merged, validated knowledge base. Call once: the derived entries
    // are appended, not merged.
    static void apply(KnowledgeBase *kb);

    // The first language `a` lists that `b` lists too, or "".
    static QString sharedLanguage(const QStringList &a, const QStringList &b);
};
