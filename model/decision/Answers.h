// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Ahp.h"

#include <QMap>
#include <QString>
#include <QStringList>

// One person's answers file (contract §3), as plain data.
struct ProjectInfo
{
    QString name;
    QString author;
    QString notes;
    friend bool operator==(const ProjectInfo &, const ProjectInfo &) = default;
};

struct Answers
{
    static constexpr auto Format = "stackwise-answers/1";

    ProjectInfo project;
    // question id -> chosen option ids: exactly one for a single question, any number for
    // a multi question. A question that is absent is unanswered and has no effect.
    QMap<QString, QStringList> answers;
    QMap<QString, QString> pins;    // area id -> candidate id
    QMap<QString, double> weights;  // criterion id -> importance override 0..10
    QList<PairwiseJudgment> pairwise; // AHP judgments between criteria, in file order

    bool isAnswered(const QString &questionId) const { return answers.contains(questionId); }
    friend bool operator==(const Answers &, const Answers &) = default;
};
