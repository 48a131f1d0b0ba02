// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Fuzzes the answers loader. Whatever it accepts must survive a save/load round trip unchanged.
#include "AnswersFile.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    const KnowledgeBase &kb = FuzzSupport::defaultKb();
    Diagnostics diagnostics;
    const std::optional<Answers> answers =
        AnswersFile::parse(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.yaml"), kb, &diagnostics);
    if (!answers) {
        if (diagnostics.isEmpty())
            std::abort(); // a refusal without a reason
        return 0;
    }
    if (!diagnostics.isEmpty())
        std::abort(); // accepted, yet with errors: a partial load that looks complete
    Diagnostics again;
    const std::optional<Answers> reread =
        AnswersFile::parse(AnswersFile::serialize(*answers, kb), QStringLiteral("fuzz.yaml"), kb, &again);
    if (!reread || !(*reread == *answers))
        std::abort(); // saving must round-trip exactly
    return 0;
}
