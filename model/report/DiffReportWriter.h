// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "DecisionDiff.h"

#include <QByteArray>
#include <QString>

class KnowledgeBase;

// Shows a DecisionDiff as Markdown, HTML (self-contained, under the reports' CSP) or JSON. Names
// come from the new knowledge base, else the old one (a candidate that went away), else the id.
class DiffReportWriter
{
public:
    struct Sides
    {
        QString beforeLabel; // "old.yaml"
        QString afterLabel;
        const KnowledgeBase *kbBefore = nullptr;
        const KnowledgeBase *kbAfter = nullptr;
    };

    // One line per change, for people: the Markdown and HTML render these.
    struct Lines
    {
        QString title;
        QStringList answers;
        QStringList importance;
        QList<std::pair<QString, QStringList>> areas; // area name -> moves
        QString stackBefore;
        QString stackAfter;
        QStringList departuresAfter;
        QString knowledgeBases; // "Knowledge base 2026.12 → 2027.02" or "" when the same
    };
    static Lines lines(const DecisionDiff &diff, const Sides &sides);

    static QString toMarkdown(const DecisionDiff &diff, const Sides &sides);
    static QString toHtml(const DecisionDiff &diff, const Sides &sides);
    static QByteArray toJson(const DecisionDiff &diff, const Sides &sides);
};
