// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"

#include <QList>
#include <QString>
#include <QStringList>

// What changed between two decisions (issue 14): answers, importance, per area who moved up or
// down and why, who came in or went out, and the recommended stack then and now. A pure value
// computed from two Evaluations, possibly made with different knowledge bases; the writers and
// the window only show it. Ids only: names are the shower's business (DiffReportWriter).
struct DecisionDiff
{
    struct AnswerChange
    {
        QString question;
        QStringList before; // option ids; empty: unanswered
        QStringList after;
    };
    struct ValueChange
    {
        QString id; // criterion, or area for a pin
        QString before;
        QString after;
    };
    struct ImportanceChange
    {
        QString criterion;
        double before = 0.0; // -1: not a criterion of that decision
        double after = 0.0;
    };
    // The contribution whose points moved most: why a candidate moved.
    struct Reason
    {
        QString criterion; // a criterion's contribution, or
        QString question;  // an answer's nudge (with option)
        QString option;
        double before = 0.0;
        double after = 0.0;
    };
    struct CandidateMove
    {
        QString candidate;
        int rankBefore = 0; // 1-based; 0: not ranked then (came in)
        int rankAfter = 0;  // 0: not ranked now (went out)
        double scoreBefore = 0.0;
        double scoreAfter = 0.0;
        Reason reason;
    };
    struct AreaChange
    {
        QString area;
        QString leaderBefore;
        QString leaderAfter;
        QList<CandidateMove> moves; // every candidate whose rank or score changed, by rank now
    };

    QString projectBefore;
    QString projectAfter;
    QList<AnswerChange> answers;
    QList<ValueChange> pins;
    QList<ImportanceChange> importance; // by how far it moved, largest first
    QList<AreaChange> areas;            // areas of the new decision, then areas that went away
    StackResult stackBefore;            // the recommended stack (with its departures)
    StackResult stackAfter;
    bool stackChanged = false;

    bool isEmpty() const
    {
        return answers.isEmpty() && pins.isEmpty() && importance.isEmpty() && areas.isEmpty() && !stackChanged;
    }

    // A score or importance that moved by less than this is the same (rounding of the reports).
    static constexpr double Epsilon = 0.005;

    static DecisionDiff compute(const Evaluation &before, const Evaluation &after);
};
