// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "ScoringEngine.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <cmath>

// How robust each area's winner is.
//
// Weights. A candidate's score is linear-fractional in the importance t of one criterion k:
//     S_x(t) = 10 * (A_x + t * r_xk) / (W' + t) + N_x
// (A_x: the other criteria's weighted ratings, W': their importance, N_x: the nudges). The
// leader L and a challenger y swap where S_L(t) - S_y(t) = 0, that is
//     t = -(10 * (A_L - A_y) + (N_L - N_y) * W') / (10 * (r_Lk - r_yk) + (N_L - N_y)).
// For every criterion of the area the crossing in [0, 10] nearest to the current importance (in
// either direction, over all challengers) is kept, after re-scoring just either side of it
// (+-0.01) confirms that the winner really changes there (the 0..100 clamp can hide a crossing).
//
// Fragility: a warning only where a small change flips the winner. A winner is fragile when
// its margin over the second is under 3 % of its score, or when moving one importance the user
// set (a `weights` entry) by one step either way makes another candidate first.
//
// Could change: information, not a warning. Every one-step change of a single answer that makes
// another candidate first: answering an open question, choosing another option or leaving the
// question unanswered (single), toggling one option (multi). In group mode every member's
// answers are varied in turn. Open questions come first, then changes of given answers.
class Sensitivity
{
public:
    static constexpr double FragileMarginPercent = 3.0;
    static constexpr double Probe = 0.01; // distance of the confirming re-scorings

    // A margin under FragileMarginPercent as people read it, to one decimal: a 2.99 % lead is
    // shown as "3.0%" and is not called a close call under 3 %.
    static bool isNarrow(double marginPercent)
    {
        return std::round(marginPercent * 10.0) / 10.0 < FragileMarginPercent;
    }

    // Fills sensitivity, fragile and fragileReasons of every area of `evaluation`, whose rankings
    // must come from `profile`. `members` are the answers behind the profile (one outside group
    // mode).
    static void analyse(const ScoringEngine &engine, const ScoringEngine::Profile &profile,
                        const QList<ScoringEngine::Member> &members, Evaluation *evaluation);

    // The per-criterion weight flips of one area (only criteria whose weight alone can flip it).
    static QList<SensitivityEntry> weightFlips(const ScoringEngine &engine,
                                               const ScoringEngine::Profile &profile,
                                               const AreaResult &area);

    // Sentences naming every one-step answer change that makes another candidate first, per
    // area id. `leaders` holds each area's current winner.
    static QMap<QString, QStringList> answerFlips(const ScoringEngine &engine,
                                                  const QList<ScoringEngine::Member> &members,
                                                  const QMap<QString, QString> &leaders);
};
