// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class ReportDocument;

// Renders a ReportDocument as one architecture decision record in MADR 4 form (front matter,
// Context and Problem Statement, Decision Drivers, Considered Options, Decision Outcome with
// Consequences and Confirmation, Pros and Cons of the Options, More Information), one record for
// the whole stack with a section per area. User and knowledge-base text is escaped so it can never
// become HTML, a link or other markup.
class MarkdownReportWriter
{
public:
    static QString toMarkdown(const ReportDocument &document);

    // Escapes inline text: HTML becomes entities; Markdown punctuation, link and emphasis syntax
    // get a backslash; line breaks become spaces.
    static QString escape(const QString &text);
    // A YAML scalar for the front matter: double-quoted, with < > & as \u escapes.
    static QString yamlString(const QString &text);
};
