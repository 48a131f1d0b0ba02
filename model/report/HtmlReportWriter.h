// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class ReportDocument;

// Renders a ReportDocument as one self-contained HTML file: inline CSS (resources/report/report.css),
// charts as inline SVG, no scripts and no external resources (a Content-Security-Policy meta tag
// enforces that), every text escaped.
class HtmlReportWriter
{
public:
    struct Options
    {
        // Charts depend on font metrics; golden tests turn them off to stay machine-independent.
        bool charts = true;
    };

    static QString toHtml(const ReportDocument &document);
    static QString toHtml(const ReportDocument &document, const Options &options);

    // The Content-Security-Policy every report carries.
    static QString contentSecurityPolicy();
};
