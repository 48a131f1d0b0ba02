// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "ReportExporter.h"

#include <QByteArray>
#include <QJsonObject>

class KnowledgeBase;

// The JSON report of contract §5 ("format": "stackwise-report/1"), plus compatible extra keys:
// "generator", "kb", "answers", "importance", per area "name", "pinned", "margin_percent",
// "fragile", "fragile_reasons", "importance"; per contribution "kind", "option", "importance",
// "rating"; per sensitivity entry "sentence"; "conflicts".
//
// Numbers are rounded to 2 decimals. A candidate's contributions are rounded by their running
// sum (each rounded contribution is the difference of two rounded prefix sums), so they add up
// to the rounded score exactly, in cents.
class JsonReportWriter
{
public:
    static QJsonObject toJson(const Evaluation &evaluation, const KnowledgeBase &kb,
                              const ReportOptions &options = {});
    static QByteArray render(const Evaluation &evaluation, const KnowledgeBase &kb,
                             const ReportOptions &options = {});

    static double round2(double value);
    static double round4(double value); // weights and ratios, which live below 1
};
