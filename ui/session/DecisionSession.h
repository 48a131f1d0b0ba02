// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"
#include "Evaluation.h"
#include "KnowledgeBase.h"
#include "ScoringEngine.h"

#include <QObject>
#include <QPair>
#include <QString>

// The decision being edited in the GUI: the knowledge base, the answers (or a group of members'
// answers), and the current Evaluation, recomputed by the model after every change. Widgets read
// from here and write answers through it; they never score anything themselves.
// The evaluation is computed on first read after a change, not at the change: start-up and
// changes nobody looks at (hidden pages, several changes in a row) cost no scoring run.
class DecisionSession : public QObject
{
    Q_OBJECT
public:
    explicit DecisionSession(const KnowledgeBase &kb, QObject *parent = nullptr);
    explicit DecisionSession(ScoringEngine engine, QObject *parent = nullptr);

    const KnowledgeBase &knowledgeBase() const;
    const Answers &answers() const;
    // Evaluates now if the answers changed since the last read.
    const Evaluation &evaluation() const;

    void setAnswers(const Answers &answers);       // replaces everything (open file, restore)
    void setProject(const ProjectInfo &project);
    void setAnswer(const QString &questionId, const QStringList &optionIds); // empty: unanswered
    void setPin(const QString &areaId, const QString &candidateId);       // empty: unpinned
    // Clears the answers of one wizard page ("team" or an area id) and that area's pin, as one
    // change (one evaluation).
    void clearPage(const QString &page);

    // What-if: importance overrides by criterion id; resetWeights() returns to the weights that
    // the answers themselves gave (the file's `weights`, if any).
    void setWeights(const QMap<QString, double> &weights);
    void resetWeights();
    // Pairwise judgments between criteria (AHP), replacing the answers' own; empty: none.
    void setPairwise(const QList<PairwiseJudgment> &judgments);
    // What "Compare what matters" offers: ScoringEngine::criteriaToCompare on the answers.
    QStringList criteriaToCompare(int max = 7) const;

    // Group mode: several members' answers files evaluated as one decision.
    void setGroupMembers(const QList<QPair<QString, Answers>> &members);
    bool isGroup() const;
    // What the wizard shows and Save writes: the answers, or in group mode the aggregate that was
    // evaluated.
    Answers effectiveAnswers() const;
    QList<QPair<QString, Answers>> groupMembers() const;

    QString filePath() const;
    void setFilePath(const QString &path);
    bool isModified() const;
    void setModified(bool modified);

signals:
    void answersChanged();
    // The evaluation is out of date; evaluation() returns the new one.
    void evaluationChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void reevaluate();
    void evaluateNow() const;

    ScoringEngine m_engine;
    Answers m_answers;
    QMap<QString, double> m_answerWeights; // weights as given by the answers, for resetWeights()
    QList<QPair<QString, Answers>> m_members;
    mutable Evaluation m_evaluation;   // valid when !m_stale
    mutable bool m_stale = true;
    QString m_filePath;
    bool m_modified = false;
};
