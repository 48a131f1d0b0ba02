// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "KbValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KbValidator)
};

QString where(const SourcePos &p)
{
    return QStringLiteral("%1:%2:%3").arg(p.path).arg(p.line).arg(p.column);
}

// The real importance and nudge ranges (see Effect): beyond them one answer would swamp all
// others, which is always a typo in practice.
constexpr double MaxImportanceDelta = 10.0;
constexpr double MaxNudgePoints = 30.0;

class Checker
{
public:
    explicit Checker(const KnowledgeBase &kb)
        : m_kb(kb)
    {
        for (const Area &a : kb.areas)
            m_areaIds.append(a.id);
        for (const Criterion &c : kb.criteria) {
            m_criterionIds.append(c.id);
            m_criteria.insert(c.id, &c);
        }
        for (const Candidate &c : kb.candidates) {
            m_candidateIds.append(c.id);
            m_candidateArea.insert(c.id, c.area);
        }
    }

    Diagnostics run()
    {
        checkAreas();
        checkCriteria();
        checkCandidates();
        checkQuestions();
        checkSynergies();
        checkConstraints();
        checkLanguages();
        checkEvidence();
        return m_out;
    }

private:
    void error(const SourcePos &p, const QString &message) { m_out.append({p.path, p.line, p.column, message}); }
    void unresolved(const SourcePos &p, const QString &message)
    {
        m_out.append({p.path, p.line, p.column, message, true});
    }

    // Reports the second and later uses of an id within one list.
    template<typename T>
    void checkDuplicates(const QList<T> &list, const QString &what)
    {
        QHash<QString, SourcePos> first;
        for (const T &item : list) {
            const auto it = first.constFind(item.id);
            if (it != first.constEnd())
                error(item.pos, Tr::tr("duplicate %1 id '%2' (first defined at %3)").arg(what, item.id, where(*it)));
            else
                first.insert(item.id, item.pos);
        }
    }

    static QString known(const QStringList &ids) { return ids.isEmpty() ? Tr::tr("none") : ids.join(QLatin1String(", ")); }

    bool isArea(const QString &id) const { return m_areaIds.contains(id); }

    void checkAreas()
    {
        checkDuplicates(m_kb.areas, Tr::tr("area"));
        for (const Area &a : m_kb.areas) {
            if (m_kb.candidatesOf(a.id).isEmpty())
                error(a.pos, Tr::tr("area '%1' has no candidates").arg(a.id));
            if (m_kb.criteriaOf(a.id).isEmpty())
                error(a.pos, Tr::tr("area '%1' has no criteria (no criterion lists it in 'areas')").arg(a.id));
        }
    }

    void checkCriteria()
    {
        checkDuplicates(m_kb.criteria, Tr::tr("criterion"));
        for (const Criterion &c : m_kb.criteria) {
            if (c.areas.isEmpty())
                error(c.pos, Tr::tr("criterion '%1' applies to no area").arg(c.id));
            QSet<QString> seen;
            for (qsizetype i = 0; i < c.areas.size(); ++i) {
                const SourcePos p = i < c.areaPos.size() ? c.areaPos.at(i) : c.pos;
                const QString &area = c.areas.at(i);
                if (!isArea(area))
                    unresolved(p, Tr::tr("unknown area '%1' (known: %2)").arg(area, known(m_areaIds)));
                else if (seen.contains(area))
                    error(p, Tr::tr("area '%1' is listed twice").arg(area));
                seen.insert(area);
            }
            if (c.baseline < 0.0 || c.baseline > 10.0)
                error(c.baselinePos, Tr::tr("baseline must be 0..10, got %1").arg(c.baseline));
        }
    }

    void checkCandidates()
    {
        checkDuplicates(m_kb.candidates, Tr::tr("candidate"));
        for (const Candidate &c : m_kb.candidates) {
            if (!isArea(c.area)) {
                unresolved(c.areaPos.line > 0 ? c.areaPos : c.pos,
                      Tr::tr("unknown area '%1' for candidate '%2' (known: %3)").arg(c.area, c.id, known(m_areaIds)));
                continue; // its ratings cannot be checked against the criteria of an unknown area
            }
            for (auto it = c.ratings.cbegin(); it != c.ratings.cend(); ++it) {
                const Rating &rating = *it;
                const Criterion *criterion = m_criteria.value(it.key());
                if (!criterion)
                    unresolved(rating.pos, Tr::tr("unknown criterion '%1' (known: %2)").arg(it.key(), known(m_criterionIds)));
                else if (!criterion->areas.contains(c.area))
                    error(rating.pos, Tr::tr("criterion '%1' does not apply to area '%2' (it applies to: %3)")
                                          .arg(it.key(), c.area, known(criterion->areas)));
                if (rating.score < 0.0 || rating.score > 10.0)
                    error(rating.scorePos, Tr::tr("rating must be 0..10, got %1").arg(rating.score));
            }
            // Without a `ratings` key at all the reader has already said so, once; a line for
            // every criterion of the area on top would only bury that.
            const bool ratingsWritten = c.ratingsPos.line > 0 || !c.ratings.isEmpty();
            for (const Criterion *criterion : m_kb.criteriaOf(c.area))
                if (ratingsWritten && !c.ratings.contains(criterion->id))
                    error(c.ratingsPos.line > 0 ? c.ratingsPos : c.pos,
                          Tr::tr("candidate '%1' has no rating for criterion '%2' (every criterion of area '%3' needs one)")
                              .arg(c.id, criterion->id, c.area));
            checkScaffold(c);
        }
    }

    // A scaffold command's `with`/`without` name candidates; two services would fight over one
    // name in compose.yaml.
    void checkScaffold(const Candidate &c)
    {
        for (const ScaffoldCommand &command : c.scaffold.commands) {
            const auto check = [&](const QStringList &ids, const QList<SourcePos> &positions) {
                for (qsizetype i = 0; i < ids.size(); ++i)
                    if (!m_kb.candidate(ids.at(i)))
                        unresolved(i < positions.size() ? positions.at(i) : command.pos,
                                   Tr::tr("unknown candidate '%1' in a scaffold command of '%2'").arg(ids.at(i), c.id));
            };
            check(command.with, command.withPos);
            check(command.without, command.withoutPos);
        }
        if (c.scaffold.service.isEmpty())
            return;
        for (const Candidate &other : m_kb.candidates)
            if (&other != &c && other.area == c.area && other.scaffold.service.name == c.scaffold.service.name
                && &other < &c) {
                error(c.scaffold.service.pos, Tr::tr("scaffold service '%1' of '%2' has the name of '%3''s service")
                                                  .arg(c.scaffold.service.name, c.id, other.id));
                break;
            }
    }

    void checkQuestions()
    {
        checkDuplicates(m_kb.questions, Tr::tr("question"));
        for (const Question &q : m_kb.questions) {
            if (q.page != QLatin1String("team") && !isArea(q.page))
                unresolved(q.pagePos.line > 0 ? q.pagePos : q.pos,
                           Tr::tr("question page '%1' is neither 'team' nor an area (known areas: %2)").arg(q.page, known(m_areaIds)));
            if (q.options.isEmpty())
                error(q.pos, Tr::tr("question '%1' has no options").arg(q.id));
            checkDuplicates(q.options, Tr::tr("option"));
            for (const Option &o : q.options) {
                // An option that names languages has the effects of the team-language rule.
                if (o.effects.isEmpty() && o.languages.isEmpty())
                    error(o.pos, Tr::tr("option '%1' of question '%2' has no effects").arg(o.id, q.id));
                for (const Effect &e : o.effects)
                    checkEffect(e);
                if (!o.languages.isEmpty() && q.id != m_kb.languageRules.question)
                    error(o.languagePos.value(0, o.pos),
                          Tr::tr("only options of the team-language question ('%1') name languages")
                              .arg(m_kb.languageRules.question.isEmpty() ? Tr::tr("none") : m_kb.languageRules.question));
                checkLanguageIds(o.languages, o.languagePos, o.pos);
            }
        }
    }

    void checkEffect(const Effect &e)
    {
        if (e.kind == Effect::Kind::Importance) {
            if (!m_criteria.contains(e.target))
                unresolved(e.targetPos, Tr::tr("unknown criterion '%1' (known: %2)").arg(e.target, known(m_criterionIds)));
            if (std::abs(e.amount) > MaxImportanceDelta)
                error(e.amountPos, Tr::tr("importance must be -%1..%1, got %2").arg(MaxImportanceDelta).arg(e.amount));
            const Criterion *criterion = m_criteria.value(e.target);
            for (qsizetype i = 0; i < e.areas.size(); ++i) {
                const SourcePos p = e.areaPos.value(i, e.pos);
                if (!isArea(e.areas.at(i)))
                    unresolved(p, Tr::tr("unknown area '%1' (known: %2)").arg(e.areas.at(i), known(m_areaIds)));
                else if (criterion && !criterion->areas.contains(e.areas.at(i)))
                    error(p, Tr::tr("criterion '%1' is not rated in area '%2' (it is in: %3)")
                                 .arg(e.target, e.areas.at(i), criterion->areas.join(QLatin1String(", "))));
            }
        } else {
            if (!m_candidateArea.contains(e.target))
                unresolved(e.targetPos, Tr::tr("unknown candidate '%1' (known: %2)").arg(e.target, known(m_candidateIds)));
            if (std::abs(e.amount) > MaxNudgePoints)
                error(e.amountPos, Tr::tr("points must be -%1..%1, got %2").arg(MaxNudgePoints).arg(e.amount));
        }
    }

    void checkSourceRefs(const Evidence &e)
    {
        for (qsizetype i = 0; i < e.sources.size(); ++i)
            if (!m_kb.source(e.sources.at(i)))
                unresolved(e.sourcePos.value(i), Tr::tr("unknown source '%1'").arg(e.sources.at(i)));
    }

    void checkEvidence()
    {
        for (const Candidate &c : m_kb.candidates)
            for (const Rating &r : c.ratings)
                checkSourceRefs(r.evidence);
        for (const Question &q : m_kb.questions)
            for (const Option &o : q.options)
                for (const Effect &e : o.effects)
                    checkSourceRefs(e.evidence);
        for (const Synergy &y : m_kb.synergies)
            checkSourceRefs(y.evidence);
        for (const Constraint &c : m_kb.constraints)
            checkSourceRefs(c.evidence);
    }

    void checkLanguageIds(const QStringList &ids, const QList<SourcePos> &positions, const SourcePos &fallback)
    {
        for (qsizetype i = 0; i < ids.size(); ++i)
            if (!m_kb.languageRules.names.contains(ids.at(i)))
                unresolved(positions.value(i, fallback),
                           Tr::tr("unknown language '%1' (known: %2)").arg(ids.at(i), known(m_kb.languageRules.names.keys())));
    }

    void checkLanguages()
    {
        const LanguageRules &rules = m_kb.languageRules;
        for (const Candidate &c : m_kb.candidates)
            checkLanguageIds(c.languages, c.languagePos, c.pos);
        if (rules.isEmpty())
            return;
        if (!rules.question.isEmpty()) {
            const Question *q = m_kb.question(rules.question);
            if (!q)
                unresolved(rules.questionPos, Tr::tr("unknown question '%1'").arg(rules.question));
            else if (q->kind != Question::Kind::Single)
                error(rules.questionPos, Tr::tr("the team-language question '%1' must be single-choice").arg(rules.question));
            if (rules.teamWhy.isEmpty())
                error(rules.pos, Tr::tr("the team_language rule needs a 'why'"));
        }
        const auto checkAreaList = [&](const QStringList &areas, const QList<SourcePos> &positions) {
            for (qsizetype i = 0; i < areas.size(); ++i)
                if (!isArea(areas.at(i)))
                    unresolved(positions.value(i, rules.pos), Tr::tr("unknown area '%1' (known: %2)").arg(areas.at(i), known(m_areaIds)));
        };
        checkAreaList(rules.teamAreas, rules.teamAreaPos);
        checkAreaList(rules.sharedAreas, rules.sharedAreaPos);
        if (std::abs(rules.teamPoints) > MaxNudgePoints || std::abs(rules.sharedPoints) > MaxNudgePoints)
            error(rules.pos, Tr::tr("rule points must be -%1..%1").arg(MaxNudgePoints));
        if (!rules.sharedAreas.isEmpty() && rules.sharedWhy.isEmpty())
            error(rules.pos, Tr::tr("the one_language rule needs a 'why'"));
    }

    bool checkCandidateRef(const QString &id, const SourcePos &p)
    {
        if (m_candidateArea.contains(id))
            return true;
        unresolved(p, Tr::tr("unknown candidate '%1' (known: %2)").arg(id, known(m_candidateIds)));
        return false;
    }

    void checkSynergies()
    {
        QHash<QString, SourcePos> first;
        for (const Synergy &s : m_kb.synergies) {
            const QString key = std::min(s.a, s.b) + QLatin1Char('+') + std::max(s.a, s.b);
            if (const auto it = first.constFind(key); it != first.constEnd())
                error(s.pos, Tr::tr("duplicate synergy between '%1' and '%2' (first defined at %3)").arg(s.a, s.b, where(*it)));
            else
                first.insert(key, s.pos);
            const bool aKnown = checkCandidateRef(s.a, s.aPos);
            const bool bKnown = checkCandidateRef(s.b, s.bPos);
            if (s.a == s.b)
                error(s.bPos, Tr::tr("a synergy joins two different candidates, got '%1' twice").arg(s.a));
            else if (aKnown && bKnown && m_candidateArea.value(s.a) == m_candidateArea.value(s.b))
                error(s.pos, Tr::tr("synergy between '%1' and '%2' of the same area '%3' (a synergy joins candidates of different areas)")
                                 .arg(s.a, s.b, m_candidateArea.value(s.a)));
        }
    }

    void checkConstraints()
    {
        checkDuplicates(m_kb.constraints, Tr::tr("constraint"));
        for (const Constraint &c : m_kb.constraints) {
            const bool whenKnown = checkCandidateRef(c.when, c.whenPos);
            if (!isArea(c.area)) {
                unresolved(c.areaPos.line > 0 ? c.areaPos : c.pos, Tr::tr("unknown area '%1' (known: %2)").arg(c.area, known(m_areaIds)));
                continue;
            }
            if (whenKnown && m_candidateArea.value(c.when) == c.area)
                error(c.areaPos, Tr::tr("constraint area '%1' is the area of its 'when' candidate '%2' (name another area)").arg(c.area, c.when));
            for (qsizetype i = 0; i < c.candidates.size(); ++i) {
                const QString &id = c.candidates.at(i);
                const SourcePos p = i < c.candidatePos.size() ? c.candidatePos.at(i) : c.pos;
                if (checkCandidateRef(id, p) && m_candidateArea.value(id) != c.area)
                    error(p, Tr::tr("candidate '%1' is in area '%2', not '%3'").arg(id, m_candidateArea.value(id), c.area));
            }
        }
    }

    const KnowledgeBase &m_kb;
    QStringList m_areaIds;
    QStringList m_criterionIds;
    QStringList m_candidateIds;
    QHash<QString, QString> m_candidateArea;
    QHash<QString, const Criterion *> m_criteria; // own index: kb.reindex() may not have run
    Diagnostics m_out;
};
} // namespace

Diagnostics KbValidator::validate(const KnowledgeBase &kb)
{
    return Checker(kb).run();
}

Diagnostics KbValidator::unsourcedRatings(const KnowledgeBase &kb)
{
    Diagnostics out;
    for (const Candidate &c : kb.candidates)
        for (auto it = c.ratings.constBegin(); it != c.ratings.constEnd(); ++it)
            if (it->evidence.sources.isEmpty())
                out.append({it->pos.path, it->pos.line, it->pos.column,
                            Tr::tr("the rating of '%1' on '%2' names no source (--strict)").arg(c.id, it.key())});
    // In file order, like every other list of problems.
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
    });
    return out;
}
