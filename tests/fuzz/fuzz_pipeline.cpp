// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Fuzzes the whole pipeline: answers -> evaluation -> every report writer.
#include "AnswersFile.h"
#include "FuzzSupport.h"
#include "ReportExporter.h"
#include "ScoringEngine.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    const KnowledgeBase &kb = FuzzSupport::defaultKb();
    static const ScoringEngine engine(kb);
    Diagnostics diagnostics;
    const std::optional<Answers> answers =
        AnswersFile::parse(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.yaml"), kb, &diagnostics);
    if (!answers)
        return 0;
    const Evaluation evaluation = engine.evaluate(*answers);
    for (const AreaResult &area : evaluation.areas)
        for (const CandidateScore &c : area.ranking) {
            double sum = 0;
            for (const Contribution &p : c.contributions)
                sum += p.points;
            if (c.score < 0 || c.score > 100 || std::abs(sum - c.score) > 1e-6)
                std::abort(); // every score explained and on 0..100
        }
    const ReportOptions options;
    for (ReportExporter::Format format : {ReportExporter::Format::Json, ReportExporter::Format::Html,
                                          ReportExporter::Format::Markdown, ReportExporter::Format::Csv,
                                          ReportExporter::Format::Pdf}) {
        QString error;
        if (ReportExporter::render(format, evaluation, kb, options, &error).isEmpty())
            std::abort();
    }
    return 0;
}
