// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"
#include "Evaluation.h"
#include "ScoringEngine.h"

#include <QList>

class KnowledgeBase;

// Group mode: several answers files are several stakeholders of one decision, ranked once.
//
// Aggregation (documented in resources/kb/README.md, "Group decisions"):
// - importance of a criterion = the mean of the members' importance (each member's own
//   baseline + deltas, clamped), so every member weighs the same;
// - a criterion that members override with `weights` takes the mean of the overrides given;
// - nudges = the mean of the members' nudges (an option chosen by one member of two counts half);
// - a pin is kept only when every member who pins that area pins the same candidate; otherwise
//   the area is left open and the clash is listed as a disagreement "pin:<area>";
// - disagreements: every question where the members' answers differ, an unanswered question
//   counting as its own answer (an empty list); multi answers are compared as sets.
class GroupAggregator
{
public:
    using Member = ScoringEngine::Member;

    // The aggregate profile that the engine ranks.
    static ScoringEngine::Profile aggregate(const ScoringEngine &engine, const QList<Member> &members,
                                            bool detailed = true);
    // The aggregate as an answers value: project of the first member (authors joined), the
    // answers all members share, the agreed pins and the mean weights.
    static Answers aggregateAnswers(const QList<Member> &members);
    static QMap<QString, QString> agreedPins(const QList<Member> &members);
    static QMap<QString, double> meanWeights(const QList<Member> &members);
    // Members (file name + display name) and disagreements, in KB question order, then pins in
    // area order.
    static GroupInfo groupInfo(const KnowledgeBase &kb, const QList<Member> &members);
    // The key of a member in reports: the file name, or the path if two members share a name.
    static QStringList memberKeys(const QList<Member> &members);
};
