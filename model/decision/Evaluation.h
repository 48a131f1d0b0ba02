// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

// The immutable result of one evaluation: what the wizard, the report writers and the
// command line all read. Plain values; ids refer into the KnowledgeBase that produced it.

// One term of a candidate's score. The points of all contributions add up to the score.
struct Contribution
{
    enum class Kind {
        Criterion, // importance x rating, normalised (see ScoringEngine.h)
        Nudge,     // a direct effect of an answer on this candidate
        Limit      // the correction that keeps the score inside 0..100
    };
    Kind kind = Kind::Criterion;
    QString criterion;  // criterion id (Criterion), empty otherwise
    QString question;   // question that set the weight / caused the nudge; "weights" for an
                        // override, empty for the baseline
    QString option;     // option id that caused a nudge
    double importance = 0.0; // criterion importance used (Criterion)
    double rating = 0.0;     // candidate's rating on the criterion (Criterion)
    double points = 0.0;
    QString why;        // the reason the user reads
    QStringList sources; // ids of the KB sources behind it (KnowledgeBase::source)
    QString asOf;        // the date it holds as of (YYYY-MM[-DD]), "" when undated
    bool stale = false;  // asOf more than Currency::StaleMonths before today
};

struct CandidateScore
{
    QString candidate;
    double score = 0.0; // 0..100
    QList<Contribution> contributions;
    QStringList stale; // criterion ids whose rating may be out of date
};

// How far one criterion's importance must move to change an area's winner.
struct SensitivityEntry
{
    QString criterion;
    double weight = 0.0;  // current importance
    double flipsAt = 0.0; // importance at which the winner changes
    QString runnerUp;     // who wins beyond that point
    QString sentence;     // phrased for people
};

struct AreaResult
{
    QString area;
    QString pinned;                     // pinned candidate id, if any
    QMap<QString, double> importance;   // criterion id -> importance used in this area
    QMap<QString, QString> importanceSource; // criterion id -> question id that set it most
    QList<CandidateScore> ranking;      // best first
    QList<SensitivityEntry> sensitivity;
    double marginPercent = 100.0;       // (first - second) / first * 100
    bool fragile = false;
    QStringList fragileReasons;         // why it is fragile: a narrow margin, or a one-step move of
                                        // an importance the user set
    QStringList couldChange;            // information, not a warning: answer changes (open
                                        // questions first) that would make another candidate first
};

struct StackSynergy
{
    QString a;
    QString b;
    double points = 0.0;
    QString why;
};

// Why a stack holds another candidate than an area's own leader (an unpinned area only).
struct StackDeparture
{
    QString area;
    QString leader;     // the area's leader
    QString chosen;     // what this stack holds instead
    double lead = 0.0;  // leader's score minus chosen's, in the area's points
    double gained = 0.0; // synergy points the chosen candidate brings minus the leader's
    QStringList constraints; // ids of the constraints that rule the leader out of this stack
    QString why;        // e.g. "Node.js instead of Laravel (Backend leader by 2.7 points): ..."
};

struct StackResult
{
    QMap<QString, QString> choice;      // area id -> candidate id
    QMap<QString, double> areaScores;   // area id -> the chosen candidate's area score
    // (sum of areaScores + sum of synergy points) / number of areas: the parts are
    // areaScores / n and synergies' points / n, and they add up to it.
    double score = 0.0;
    QList<StackSynergy> synergies;
    QList<StackDeparture> departures;   // in KB area order
};

// A pin that breaks a hard constraint, with what to do instead.
struct PinConflict
{
    QString constraint; // constraint id
    QStringList pins;   // the candidate ids involved
    QString why;        // the constraint's sentence
    QList<StackResult> alternatives; // best legal stacks with the conflicting pin released
};

struct GroupMember
{
    QString file;
    QString name; // author, else the file's base name
};

struct Disagreement
{
    QString question;
    QMap<QString, QStringList> answers; // member file -> option ids (empty: unanswered)
};

// How far apart members' pairwise judgments are: per pair, the largest ratio between two
// members' values (9 against 1/9 is 81).
struct PairwiseDisagreement
{
    QString a;
    QString b;
    QMap<QString, double> values; // member file -> value of a against b
    double spread = 1.0;

    // The lowest and highest value a member gave (1 when nobody did).
    double lowest() const { return values.isEmpty() ? 1.0 : *std::min_element(values.cbegin(), values.cend()); }
    double highest() const { return values.isEmpty() ? 1.0 : *std::max_element(values.cbegin(), values.cend()); }
};

struct GroupInfo
{
    QList<GroupMember> members;
    QList<Disagreement> disagreements;
    QMap<QString, double> pairwiseConsistency;         // member file -> CR of their own judgments
    QList<PairwiseDisagreement> pairwiseDisagreements; // widest spread first
};

struct Evaluation
{
    Answers answers;                   // what was evaluated (in group mode: the aggregate)
    QMap<QString, double> importance;  // criterion id -> importance (all areas)
    QList<AreaResult> areas;           // in the KB's area order
    QList<StackResult> stacks;         // best first, all legal
    QList<PinConflict> conflicts;
    std::optional<GroupInfo> group;
    std::optional<AhpResult> pairwise; // from answers.pairwise (group: their geometric mean)
    // Why the judgments set no importance when there are some but `pairwise` is empty: they
    // leave a criterion unlinked to the others ("compare it with one of the others").
    QString pairwiseProblem;

    const AreaResult *area(const QString &id) const
    {
        for (const AreaResult &a : areas)
            if (a.area == id)
                return &a;
        return nullptr;
    }
};
