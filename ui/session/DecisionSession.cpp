// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "DecisionSession.h"

#include "GroupAggregator.h"

DecisionSession::DecisionSession(const KnowledgeBase &kb, QObject *parent)
    : DecisionSession(ScoringEngine(kb), parent)
{
}

DecisionSession::DecisionSession(ScoringEngine engine, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
{
    // m_stale: the first evaluation() evaluates.
}

const KnowledgeBase &DecisionSession::knowledgeBase() const
{
    return m_engine.knowledgeBase();
}

const Answers &DecisionSession::answers() const
{
    return m_answers;
}

const Evaluation &DecisionSession::evaluation() const
{
    if (m_stale)
        evaluateNow();
    return m_evaluation;
}

void DecisionSession::setAnswers(const Answers &answers)
{
    m_answers = answers;
    m_answerWeights = answers.weights;
    m_members.clear();
    reevaluate();
    emit answersChanged();
    setModified(true);
}

void DecisionSession::setProject(const ProjectInfo &project)
{
    if (m_answers.project == project)
        return;
    m_answers.project = project;
    // The project text does not change any score: no re-evaluation, but the evaluated answers
    // carry the project for the reports (a stale evaluation picks it up when it is computed).
    if (!m_stale)
        m_evaluation.answers.project = project;
    emit answersChanged();
    setModified(true);
}

void DecisionSession::setAnswer(const QString &questionId, const QStringList &optionIds)
{
    if (optionIds.isEmpty()) {
        if (!m_answers.answers.contains(questionId))
            return;
        m_answers.answers.remove(questionId);
    } else {
        if (m_answers.answers.value(questionId) == optionIds)
            return;
        m_answers.answers.insert(questionId, optionIds);
    }
    reevaluate();
    emit answersChanged();
    setModified(true);
}

void DecisionSession::setPin(const QString &areaId, const QString &candidateId)
{
    if (m_answers.pins.value(areaId) == candidateId)
        return;
    if (candidateId.isEmpty())
        m_answers.pins.remove(areaId);
    else
        m_answers.pins.insert(areaId, candidateId);
    reevaluate();
    emit answersChanged();
    setModified(true);
}

void DecisionSession::clearPage(const QString &page)
{
    bool changed = m_answers.pins.remove(page) > 0;
    for (const Question *q : knowledgeBase().questionsOnPage(page))
        changed = m_answers.answers.remove(q->id) > 0 || changed;
    if (!changed)
        return;
    reevaluate();
    emit answersChanged();
    setModified(true);
}

void DecisionSession::setWeights(const QMap<QString, double> &weights)
{
    if (m_answers.weights == weights)
        return;
    m_answers.weights = weights;
    reevaluate();
    emit answersChanged();
    setModified(true);
}

void DecisionSession::setPairwise(const QList<PairwiseJudgment> &judgments)
{
    if (m_answers.pairwise == judgments)
        return;
    m_answers.pairwise = judgments;
    reevaluate();
    emit answersChanged();
    setModified(true);
}

QStringList DecisionSession::criteriaToCompare(int max) const
{
    return m_engine.criteriaToCompare(effectiveAnswers(), max);
}

void DecisionSession::resetWeights()
{
    setWeights(m_answerWeights);
}

void DecisionSession::setGroupMembers(const QList<QPair<QString, Answers>> &members)
{
    m_members = members;
    // The session edits the aggregate: shared answers, agreed pins, mean weights.
    QList<ScoringEngine::Member> engineMembers;
    for (const auto &[file, answers] : members)
        engineMembers.append({file, answers});
    m_answers = GroupAggregator::aggregateAnswers(engineMembers);
    m_answerWeights = m_answers.weights;
    reevaluate();
    emit answersChanged();
    setModified(false);
}

bool DecisionSession::isGroup() const
{
    return !m_members.isEmpty();
}

Answers DecisionSession::effectiveAnswers() const
{
    // In group mode m_answers already is the aggregate (see setGroupMembers).
    return m_answers;
}

QList<QPair<QString, Answers>> DecisionSession::groupMembers() const
{
    return m_members;
}

QString DecisionSession::filePath() const
{
    return m_filePath;
}

void DecisionSession::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool DecisionSession::isModified() const
{
    return m_modified;
}

void DecisionSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void DecisionSession::reevaluate()
{
    m_stale = true;
    emit evaluationChanged();
}

void DecisionSession::evaluateNow() const
{
    m_stale = false;
    if (!isGroup()) {
        m_evaluation = m_engine.evaluate(m_answers);
        return;
    }
    QList<ScoringEngine::Member> members;
    // A what-if override on the group applies to every member alike, so the mean is the
    // override itself.
    const bool whatIf = m_answers.weights != m_answerWeights;
    for (const auto &[file, answers] : std::as_const(m_members)) {
        ScoringEngine::Member member{file, answers};
        if (whatIf)
            member.answers.weights = m_answers.weights;
        members.append(member);
    }
    m_evaluation = m_engine.evaluateGroup(members);
    m_evaluation.answers.project = m_answers.project;
}
