// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "ReportExporter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class KnowledgeBase;
struct Candidate;

// A starter folder for one stack of a decision: a README with the official commands that create
// each chosen candidate's project (in the KB's area order, the order to run them), compose.yaml
// for a database that runs as a service (official image, a named volume, a healthcheck),
// .env.example, the decision record as docs/decisions/0001-….md and the answers file. Everything
// comes from the candidates' `scaffold:` in the KB; nothing is downloaded or run.
class ScaffoldWriter
{
public:
    struct File
    {
        QString path; // relative, '/'-separated
        QByteArray bytes;
    };

    static constexpr auto AnswersFileName = "stackwise.yaml";

    // The files for evaluation.stacks[stackIndex] (0: the recommended stack). Pure: nothing is
    // written. std::nullopt with *error set when the decision has no such stack.
    static std::optional<QList<File>> files(const Evaluation &evaluation, qsizetype stackIndex, const KnowledgeBase &kb,
                                            const ReportOptions &options, QString *error);

    // Writes them under dir, each through QSaveFile. An existing dir that holds anything is left
    // untouched unless force; with force, only the starter's own files are replaced.
    static bool write(const QString &dir, const QList<File> &files, bool force, QString *error);

    // compose.yaml's text for one service (exposed for tests and the README's wording).
    static QByteArray composeFile(const Candidate &database, const QString &projectName);
};
