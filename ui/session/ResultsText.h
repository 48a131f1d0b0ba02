// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

class KnowledgeBase;
struct AreaResult;
struct Contribution;

// Display names and number formats shared by the result views: formatting only, no scoring.
class ResultsText
{
    Q_DECLARE_TR_FUNCTIONS(ResultsText)
public:
    static QString candidateName(const KnowledgeBase &kb, const QString &id);
    static QString criterionName(const KnowledgeBase &kb, const QString &id);
    static QString areaName(const KnowledgeBase &kb, const QString &id);
    static QString questionText(const KnowledgeBase &kb, const QString &id);
    static QString optionLabel(const KnowledgeBase &kb, const QString &questionId, const QString &optionId);
    // Where a criterion's importance comes from: a question, a what-if override, or the baseline.
    static QString importanceSource(const KnowledgeBase &kb, const QString &questionId);
    // What a contribution is, in a few words ("Ecosystem", "Answer: Team language → Python").
    static QString contributionLabel(const KnowledgeBase &kb, const Contribution &c);
    // Says who, short: "Stack Overflow Developer Survey 2025 (2025-07)", with "; may be out of
    // date" for a stale fact; "" when it cites nothing and is undated.
    static QString evidenceShort(const KnowledgeBase &kb, const Contribution &c);
    // Says who, in full, one source a line: title, publisher, date and URL.
    static QString evidenceFull(const KnowledgeBase &kb, const Contribution &c);
    // The contribution of `criterionId` to `candidateId`'s score in `area`, or nullptr.
    static const Contribution *criterionContribution(const AreaResult *area, const QString &candidateId,
                                                     const QString &criterionId);
    // A rating's reason, then who says so (for tooltips).
    static QString ratingTip(const KnowledgeBase &kb, const QString &why, const Contribution *c);
    static QString score(double value);
    static QString points(double value); // signed, e.g. "+4.0"
    static QString number(double value); // "7" or "7.5"

    // How a ranking table shows a cell beyond its text: numbers right-aligned, the best row
    // (row 0) bold. Null for any other role, so the model answers it itself.
    static QVariant rankedCellStyle(int role, int row, bool numericColumn);
};
