// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Fuzzes one knowledge-base file: the raw guard, the YAML reader, and the cross-reference
// validator on that file layered over the built-in KB's entries.
#include "FuzzSupport.h"
#include "KbFileReader.h"
#include "KbValidator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    Diagnostics diagnostics;
    bool parsed = false;
    const KnowledgeBase file = KbFileReader::read(QStringLiteral("fuzz.yaml"), FuzzSupport::bytes(data, size),
                                                  KbLoader::MaxFileSize, KbLoader::MaxNestingDepth,
                                                  &diagnostics, &parsed);
    for (const Diagnostic &d : diagnostics)
        if (d.path.isEmpty() || d.line < 0 || d.column < 0 || d.message.isEmpty())
            std::abort(); // every refusal must say where and what

    // Layer the file's entries over the defaults, as an overlay would, and validate.
    KnowledgeBase kb = FuzzSupport::defaultKb();
    kb.areas += file.areas;
    kb.criteria += file.criteria;
    kb.candidates += file.candidates;
    kb.questions += file.questions;
    kb.synergies += file.synergies;
    kb.constraints += file.constraints;
    kb.reindex();
    (void)KbValidator::validate(kb);
    return 0;
}
