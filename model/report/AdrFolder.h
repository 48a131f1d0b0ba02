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

// A folder of decision records the way MADR 4.0 keeps them (docs/decisions/NNNN-title-with-dashes.md):
// a new Stackwise record takes the next free number; when the folder holds an earlier Stackwise
// record of the same project, the new one links to it and the earlier one's status becomes
// "superseded by [NNNN-….md](NNNN-….md)", in its front matter and in its status list, with
// every other byte kept.
class AdrFolder
{
public:
    struct Record
    {
        int number = 0;
        QString fileName;
        QString projectName; // from the embedded answers; empty for a record Stackwise did not write
        bool superseded = false;
    };

    // Every NNNN-*.md file, by number.
    static QList<Record> records(const QString &dir);
    static int nextNumber(const QList<Record> &records);
    // "Web stack decision: Acme portal, phase 2" -> "web-stack-decision-acme-portal-phase-2".
    static QString slug(const QString &title);
    // The record with its status set to "superseded by [fileName](fileName)"; std::nullopt when it
    // has no status to change.
    static std::optional<QByteArray> markSuperseded(const QByteArray &record, const QString &byFileName);

    // Writes the record into `dir` (created if missing), atomically, then marks the earlier one.
    // Returns the new file's path, or std::nullopt with *error set.
    static std::optional<QString> write(const QString &dir, const Evaluation &evaluation, const KnowledgeBase &kb,
                                        const ReportOptions &options, QString *error);
};
