// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

struct Answers;
class KnowledgeBase;

// What made a report: the answers file it was evaluated from, and the knowledge base and
// Stackwise that evaluated it. Every export embeds it (HTML in an inert <template>, Markdown in a
// closing comment, PDF in its XMP metadata, JSON as keys, CSV in a companion answers file), so a
// report can be reopened, compared and evaluated again.
//
// The embedded answers are an ordinary answers file (contract §3) whose strings escape <, > and &
// (AnswersFile::serialize does): they cannot end the element or comment that holds them, and
// need no further escaping, so their lines and columns are the file's own.
struct ReportProvenance
{
    QByteArray answersYaml;
    QString generator; // "stackwise 0.1.0"
    QString kbVersion; // the knowledge base's meta.version
    QString kbHash;    // "sha256:" + hex over the merged knowledge base (knowledgeBaseHash)

    bool isEmpty() const { return answersYaml.isEmpty(); }

    // kbHash: knowledgeBaseHash(kb) when the caller has it; empty: computed here.
    static ReportProvenance of(const Answers &answers, const KnowledgeBase &kb, const QString &kbHash = {});
    // A hash of the merged, validated knowledge base's content: two loads of the same files give
    // the same hash, and any change to a rating, rule or text changes it.
    static QString knowledgeBaseHash(const KnowledgeBase &kb);
    static QString currentGenerator();

    // Empty when `kb` is the knowledge base the report was made with; otherwise the sentence a
    // reopened decision shows in the window and in its new report.
    QString knowledgeBaseChange(const KnowledgeBase &kb) const;

    // The header line's attributes: data-generator="…" data-kb-version="…" data-kb-hash="…", with
    // < > & " escaped as XML character references; parseAttributes() reads them back.
    QString attributes() const;
    void parseAttributes(const QString &text);
};
