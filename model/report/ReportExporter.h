// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "ReportProvenance.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class KnowledgeBase;

// What every report format may take into account besides the evaluation itself.
struct ReportOptions
{
    QString language;  // "en", "de", "fr"; empty: LocalizedText::defaultLanguage()
    QString pageSize;  // PDF: "A4" or "Letter"; empty: from the locale
    QString generator; // e.g. "stackwise 0.1.0"; empty: the application name and version
    // What the reopened report was made with: a different knowledge base is said in the report.
    ReportProvenance reopenedFrom;
    // ReportProvenance::knowledgeBaseHash(kb) when the caller already has it: it costs about as
    // much as building a Markdown report, and a session's knowledge base does not change.
    QString kbHash;
};

// Format dispatch for reports: one pure render function per format (a writer class per format,
// e.g. JsonReportWriter), and one small step that writes the bytes atomically.
//
// Adding a format: a Format value, its name and extensions in the tables of ReportExporter.cpp,
// and one case in render().
class ReportExporter
{
public:
    enum class Format { Html, Pdf, Markdown, Json, Csv };

    // "html", "pdf", "md", "json", "csv" (case-insensitive); std::nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    // From the path's suffix: .html/.htm, .pdf, .md/.markdown, .json, .csv.
    static std::optional<Format> formatFromExtension(const QString &path);
    static QString formatName(Format format);
    static QStringList formatNames(); // for messages: the names formatFromName() accepts

    // The report as bytes. Returns an empty array and sets *error when the format cannot be
    // produced.
    static QByteArray render(Format format, const Evaluation &evaluation, const KnowledgeBase &kb,
                             const ReportOptions &options, QString *error = nullptr);
    // render() + an atomic write through QSaveFile. On failure returns false and sets *error.
    // A CSV report also writes its answers beside it (companionPath), as CSV has no place
    // for them.
    static bool write(const QString &path, Format format, const Evaluation &evaluation,
                      const KnowledgeBase &kb, const ReportOptions &options, QString *error = nullptr);
    // "decision.csv" -> "decision.answers.yaml".
    static QString companionPath(const QString &csvPath);
};
