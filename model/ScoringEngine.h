#pragma once

#include "Answers.h"
#include "Evaluation.h"
#include "KnowledgeBase.h"

// Turns answers into an Evaluation. Pure and deterministic. The model is documented in
// resources/kb/README.md ("Scoring"); the implementation's comments give the normalisation.
class ScoringEngine
{
public:
    struct Options
    {
        int topStacks = 20;
        bool sensitivity = true;
    };

    explicit ScoringEngine(const KnowledgeBase &kb);

    Evaluation evaluate(const Answers &answers) const;
    Evaluation evaluate(const Answers &answers, const Options &options) const;

    const KnowledgeBase &knowledgeBase() const { return m_kb; }

private:
    KnowledgeBase m_kb;
};
