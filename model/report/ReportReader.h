// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"
#include "Diagnostic.h"
#include "ReportProvenance.h"

#include <QByteArray>
#include <QString>

#include <optional>

class KnowledgeBase;

// Reads a decision from an answers file or from a report Stackwise exported (HTML, Markdown,
// JSON, PDF): wherever an answers file is accepted (contract §4). A report's embedded answers go
// through AnswersFile::parse like any answers file, so a crafted report can do no more than a
// crafted answers file; their errors point into the report (PATH:LINE:COLUMN of the report's
// own lines for HTML, Markdown and JSON; for a PDF, whose metadata has no useful lines, of the
// embedded answers, as the message says).
class ReportReader
{
public:
    static constexpr qint64 MaxReportSize = 32 * 1024 * 1024;

    struct Decision
    {
        Answers answers;
        ReportProvenance madeWith; // empty for a plain answers file
    };

    static std::optional<Decision> load(const QString &path, const KnowledgeBase &kb, Diagnostics *diagnostics);
    static std::optional<Decision> parse(const QByteArray &bytes, const QString &path, const KnowledgeBase &kb,
                                         Diagnostics *diagnostics);

    // True when `path` names a report format (by its extension or, for PDF, its first bytes).
    static bool isReport(const QString &path, const QByteArray &bytes);

    // The embedded provenance of a report; std::nullopt with *diagnostics set when the report
    // carries none or it cannot be read. *firstLine and *firstColumnOffset say where the
    // embedded answers' first line starts in the file (0: positions are the answers' own).
    static std::optional<ReportProvenance> extract(const QByteArray &bytes, const QString &path, int *firstLine,
                                                   int *columnOffset, Diagnostics *diagnostics);
};
