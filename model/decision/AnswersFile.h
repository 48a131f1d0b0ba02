// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"
#include "Diagnostic.h"

#include <QByteArray>
#include <QString>

#include <functional>
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
    // Without the KB a one-option answer is written as a scalar and any other as a list, so a
    // multi question answered with ONE option would read back as the wrong kind: pass the KB
    // (the overload below) whenever one is at hand.
    static QByteArray serialize(const Answers &answers);
    // Writes atomically through QSaveFile. On failure returns false and sets *error.
    static bool save(const QString &path, const Answers &answers, QString *error = nullptr);

    // As above, but each answer takes the form its question's kind needs (a list for multi).
    static QByteArray serialize(const Answers &answers, const KnowledgeBase &kb);
    static bool save(const QString &path, const Answers &answers, const KnowledgeBase &kb, QString *error = nullptr);

private:
    // isList(questionId, options): whether the answer is written as a list.
    static QByteArray serialize(const Answers &answers,
                                const std::function<bool(const QString &, const QStringList &)> &isList);
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};
