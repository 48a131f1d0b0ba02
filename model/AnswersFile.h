#pragma once

#include "Answers.h"
#include "Diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

class KnowledgeBase;

// Reads and writes answers files (contract §3), strictly: every problem is reported as
// PATH:LINE:COLUMN: message, and nothing partial is returned when there is one.
class AnswersFile
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    static constexpr int MaxNestingDepth = 6; // a real file nests 3 deep

    static std::optional<Answers> load(const QString &path, const KnowledgeBase &kb,
                                       Diagnostics *diagnostics);
    static std::optional<Answers> parse(const QByteArray &yaml, const QString &path,
                                        const KnowledgeBase &kb, Diagnostics *diagnostics);

    // Canonical YAML: parse(serialize(a)) == a.
    static QByteArray serialize(const Answers &answers);
    // Writes atomically through QSaveFile. On failure returns false and sets *error.
    static bool save(const QString &path, const Answers &answers, QString *error = nullptr);
};
