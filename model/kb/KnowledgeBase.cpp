// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "KnowledgeBase.h"

const Option *Question::option(const QString &optionId) const
{
    for (const Option &o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

bool Constraint::allows(const QString &x, const QString &yArea, const QString &y) const
{
    if (x != when || yArea != area)
        return true;
    const bool listed = candidates.contains(y);
    return kind == Kind::Requires ? listed : !listed;
}

void KnowledgeBase::reindex()
{
    std::stable_sort(areas.begin(), areas.end(), [](const Area &a, const Area &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    auto build = [](auto &index, const auto &list) {
        index.clear();
        for (qsizetype i = 0; i < list.size(); ++i)
            index.insert(list.at(i).id, i);
    };
    build(m_areaIndex, areas);
    build(m_criterionIndex, criteria);
    build(m_candidateIndex, candidates);
    build(m_questionIndex, questions);
    build(m_sourceIndex, sources);
}

namespace {
template<typename T>
const T *lookup(const QHash<QString, qsizetype> &index, const QList<T> &list, const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &list.at(*it);
}
} // namespace

const Area *KnowledgeBase::area(const QString &id) const { return lookup(m_areaIndex, areas, id); }
const Criterion *KnowledgeBase::criterion(const QString &id) const { return lookup(m_criterionIndex, criteria, id); }
const Candidate *KnowledgeBase::candidate(const QString &id) const { return lookup(m_candidateIndex, candidates, id); }
const Question *KnowledgeBase::question(const QString &id) const { return lookup(m_questionIndex, questions, id); }
const Source *KnowledgeBase::source(const QString &id) const { return lookup(m_sourceIndex, sources, id); }

QString KnowledgeBase::asOf(const Evidence &e) const
{
    if (!e.asOf.isEmpty())
        return e.asOf;
    QString newest;
    for (const QString &id : e.sources)
        if (const Source *s = source(id); s && s->date > newest) // ISO dates sort as text
            newest = s->date;
    return newest.isEmpty() ? layerDates.value(e.layer) : newest;
}

QStringList KnowledgeBase::areaIds() const
{
    QStringList ids;
    ids.reserve(areas.size());
    for (const Area &a : areas)
        ids.append(a.id);
    return ids;
}

QList<const Candidate *> KnowledgeBase::candidatesOf(const QString &areaId) const
{
    QList<const Candidate *> out;
    for (const Candidate &c : candidates)
        if (c.area == areaId)
            out.append(&c);
    return out;
}

QList<const Criterion *> KnowledgeBase::criteriaOf(const QString &areaId) const
{
    QList<const Criterion *> out;
    for (const Criterion &c : criteria)
        if (c.areas.contains(areaId))
            out.append(&c);
    return out;
}

QList<const Question *> KnowledgeBase::questionsOnPage(const QString &page) const
{
    QList<const Question *> out;
    for (const Question &q : questions)
        if (q.page == page)
            out.append(&q);
    return out;
}

int KnowledgeBase::ruleCount() const
{
    int n = int(synergies.size() + constraints.size());
    for (const Question &q : questions)
        for (const Option &o : q.options)
            n += int(o.effects.size());
    return n;
}
