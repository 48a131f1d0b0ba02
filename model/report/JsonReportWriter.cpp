// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "JsonReportWriter.h"

#include "Ahp.h"

#include "ReportProvenance.h"

#include <algorithm>

#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
qint64 cents(double value) { return std::llround(value * 100.0); }

QString kindName(Contribution::Kind kind)
{
    switch (kind) {
    case Contribution::Kind::Criterion:
        return QStringLiteral("criterion");
    case Contribution::Kind::Nudge:
        return QStringLiteral("nudge");
    case Contribution::Kind::Limit:
        return QStringLiteral("limit");
    }
    return {};
}

class Writer
{
public:
    Writer(const KnowledgeBase &kb, const ReportOptions &options)
        : m_kb(kb)
        , m_lang(options.language)
    {
    }

    QString text(const LocalizedText &t) const { return t.text(m_lang); }
    QString candidateName(const QString &id) const
    {
        const Candidate *c = m_kb.candidate(id);
        return c ? text(c->name) : id;
    }

    QJsonArray texts(const QList<LocalizedText> &list) const
    {
        QJsonArray out;
        for (const LocalizedText &t : list)
            out.append(text(t));
        return out;
    }

    QJsonObject candidate(const CandidateScore &cs) const
    {
        QJsonObject o;
        o.insert(QStringLiteral("id"), cs.candidate);
        o.insert(QStringLiteral("name"), candidateName(cs.candidate));
        o.insert(QStringLiteral("score"), JsonReportWriter::round2(cs.score));
        // Rounded by running sum: the rounded points add up to the rounded score in cents.
        QJsonArray contributions;
        double running = 0.0;
        qint64 previous = 0;
        for (const Contribution &c : cs.contributions) {
            running += c.points;
            const qint64 now = cents(running);
            QJsonObject j;
            j.insert(QStringLiteral("kind"), kindName(c.kind));
            j.insert(QStringLiteral("criterion"), c.criterion);
            j.insert(QStringLiteral("question"), c.question);
            if (!c.option.isEmpty())
                j.insert(QStringLiteral("option"), c.option);
            if (c.kind == Contribution::Kind::Criterion) {
                j.insert(QStringLiteral("importance"), JsonReportWriter::round2(c.importance));
                j.insert(QStringLiteral("rating"), JsonReportWriter::round2(c.rating));
            }
            j.insert(QStringLiteral("points"), double(now - previous) / 100.0);
            j.insert(QStringLiteral("why"), c.why);
            // Says who: the first source in full, every id when there are more.
            if (const Source *source = c.sources.isEmpty() ? nullptr : m_kb.source(c.sources.first())) {
                j.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("id"), source->id},
                                                               {QStringLiteral("title"), source->title},
                                                               {QStringLiteral("url"), source->url},
                                                               {QStringLiteral("as_of"), c.asOf}});
                if (c.sources.size() > 1)
                    j.insert(QStringLiteral("sources"), QJsonArray::fromStringList(c.sources));
            }
            if (!c.asOf.isEmpty())
                j.insert(QStringLiteral("as_of"), c.asOf);
            if (c.stale)
                j.insert(QStringLiteral("stale"), true);
            contributions.append(j);
            previous = now;
        }
        o.insert(QStringLiteral("contributions"), contributions);
        o.insert(QStringLiteral("stale"), QJsonArray::fromStringList(cs.stale));
        if (const Candidate *c = m_kb.candidate(cs.candidate)) {
            o.insert(QStringLiteral("pros"), texts(c->pros));
            o.insert(QStringLiteral("cons"), texts(c->cons));
        } else {
            o.insert(QStringLiteral("pros"), QJsonArray());
            o.insert(QStringLiteral("cons"), QJsonArray());
        }
        return o;
    }

    QJsonObject area(const AreaResult &a) const
    {
        QJsonObject o;
        if (const Area *area = m_kb.area(a.area))
            o.insert(QStringLiteral("name"), text(area->name));
        if (!a.pinned.isEmpty())
            o.insert(QStringLiteral("pinned"), a.pinned);
        QJsonArray ranking;
        for (const CandidateScore &cs : a.ranking)
            ranking.append(candidate(cs));
        o.insert(QStringLiteral("ranking"), ranking);
        QJsonArray sensitivity;
        for (const SensitivityEntry &e : a.sensitivity) {
            sensitivity.append(QJsonObject{
                {QStringLiteral("criterion"), e.criterion},
                {QStringLiteral("weight"), JsonReportWriter::round2(e.weight)},
                {QStringLiteral("flips_at"), JsonReportWriter::round2(e.flipsAt)},
                {QStringLiteral("runner_up"), e.runnerUp},
                {QStringLiteral("sentence"), e.sentence},
            });
        }
        o.insert(QStringLiteral("sensitivity"), sensitivity);
        o.insert(QStringLiteral("margin_percent"), JsonReportWriter::round2(a.marginPercent));
        o.insert(QStringLiteral("fragile"), a.fragile);
        o.insert(QStringLiteral("fragile_reasons"), QJsonArray::fromStringList(a.fragileReasons));
        o.insert(QStringLiteral("could_change"), QJsonArray::fromStringList(a.couldChange));
        QJsonObject importance;
        for (auto it = a.importance.constBegin(); it != a.importance.constEnd(); ++it)
            importance.insert(it.key(), QJsonObject{{QStringLiteral("weight"), JsonReportWriter::round2(it.value())},
                                                    {QStringLiteral("source"), a.importanceSource.value(it.key())}});
        o.insert(QStringLiteral("importance"), importance);
        return o;
    }

    QJsonObject stack(const StackResult &s) const
    {
        QJsonObject o;
        for (auto it = s.choice.constBegin(); it != s.choice.constEnd(); ++it)
            o.insert(it.key(), it.value());
        o.insert(QStringLiteral("score"), JsonReportWriter::round2(s.score));
        QJsonArray synergies;
        for (const StackSynergy &y : s.synergies)
            synergies.append(QJsonObject{{QStringLiteral("between"), QJsonArray{y.a, y.b}},
                                         {QStringLiteral("points"), JsonReportWriter::round2(y.points)},
                                         {QStringLiteral("why"), y.why}});
        o.insert(QStringLiteral("synergies"), synergies);
        // The score's parts: each area score and each synergy's points, divided by the number of
        // areas (ScoringEngine.h); they add up to `score` (within 0.01 per part, from rounding).
        const double n = double(std::max<qsizetype>(1, s.choice.size()));
        QJsonArray parts;
        for (auto it = s.areaScores.constBegin(); it != s.areaScores.constEnd(); ++it)
            parts.append(QJsonObject{{QStringLiteral("area"), it.key()},
                                     {QStringLiteral("candidate"), s.choice.value(it.key())},
                                     {QStringLiteral("points"), JsonReportWriter::round2(it.value() / n)}});
        for (const StackSynergy &y : s.synergies)
            parts.append(QJsonObject{{QStringLiteral("between"), QJsonArray{y.a, y.b}},
                                     {QStringLiteral("points"), JsonReportWriter::round2(y.points / n)}});
        o.insert(QStringLiteral("score_parts"), parts);
        QJsonArray departures;
        for (const StackDeparture &d : s.departures)
            departures.append(QJsonObject{{QStringLiteral("area"), d.area},
                                          {QStringLiteral("leader"), d.leader},
                                          {QStringLiteral("chosen"), d.chosen},
                                          {QStringLiteral("lead"), JsonReportWriter::round2(d.lead)},
                                          {QStringLiteral("synergy_gain"), JsonReportWriter::round2(d.gained)},
                                          {QStringLiteral("constraints"), QJsonArray::fromStringList(d.constraints)},
                                          {QStringLiteral("why"), d.why}});
        o.insert(QStringLiteral("departures"), departures);
        return o;
    }

    QJsonValue answer(const QString &questionId, const QStringList &options) const
    {
        // A single question's answer is its option id (null when unanswered), a multi
        // question's a list; pins ("pin:<area>") read like single answers.
        const Question *q = m_kb.question(questionId);
        if (q && q->kind == Question::Kind::Multi)
            return QJsonArray::fromStringList(options);
        return options.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(options.join(QStringLiteral(", ")));
    }

private:
    const KnowledgeBase &m_kb;
    QString m_lang;
};
} // namespace

double JsonReportWriter::round2(double value)
{
    return double(cents(value)) / 100.0;
}

double JsonReportWriter::round4(double value)
{
    return double(std::llround(value * 10000.0)) / 10000.0;
}

QJsonObject JsonReportWriter::toJson(const Evaluation &evaluation, const KnowledgeBase &kb,
                                     const ReportOptions &options)
{
    const Writer w(kb, options);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("stackwise-report/1"));
    root.insert(QStringLiteral("generator"),
                options.generator.isEmpty()
                    ? QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()).trimmed()
                    : options.generator);
    // What made the report, to reopen it: the answers file line by line (so that an error in
    // it points at a line of this file) and the hash of the knowledge base (ReportProvenance).
    const ReportProvenance madeWith = ReportProvenance::of(evaluation.answers, kb, options.kbHash);
    root.insert(QStringLiteral("kb"), QJsonObject{{QStringLiteral("version"), kb.meta.version},
                                                  {QStringLiteral("date"), kb.meta.date},
                                                  {QStringLiteral("hash"), madeWith.kbHash}});
    QJsonArray answersFile;
    for (const QByteArray &line : madeWith.answersYaml.split('\n'))
        if (!line.isEmpty())
            answersFile.append(QString::fromUtf8(line));
    root.insert(QStringLiteral("answers_file"), answersFile);
    if (const QString change = options.reopenedFrom.knowledgeBaseChange(kb); !change.isEmpty())
        root.insert(QStringLiteral("knowledge_base_changed"), change);

    const ProjectInfo &project = evaluation.answers.project;
    root.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), project.name},
                                                       {QStringLiteral("author"), project.author},
                                                       {QStringLiteral("notes"), project.notes}});

    QJsonObject answers;
    for (auto it = evaluation.answers.answers.constBegin(); it != evaluation.answers.answers.constEnd(); ++it)
        answers.insert(it.key(), w.answer(it.key(), it.value()));
    QJsonObject pins;
    for (auto it = evaluation.answers.pins.constBegin(); it != evaluation.answers.pins.constEnd(); ++it)
        pins.insert(it.key(), it.value());
    QJsonObject weights;
    for (auto it = evaluation.answers.weights.constBegin(); it != evaluation.answers.weights.constEnd(); ++it)
        weights.insert(it.key(), round2(it.value()));
    root.insert(QStringLiteral("answers"), QJsonObject{{QStringLiteral("answers"), answers},
                                                       {QStringLiteral("pins"), pins},
                                                       {QStringLiteral("weights"), weights}});

    QJsonObject importance;
    for (auto it = evaluation.importance.constBegin(); it != evaluation.importance.constEnd(); ++it)
        importance.insert(it.key(), round2(it.value()));
    root.insert(QStringLiteral("importance"), importance);

    QJsonObject areas;
    for (const AreaResult &a : evaluation.areas)
        areas.insert(a.area, w.area(a));
    root.insert(QStringLiteral("areas"), areas);

    QJsonArray stacks;
    for (const StackResult &s : evaluation.stacks)
        stacks.append(w.stack(s));
    root.insert(QStringLiteral("stacks"), stacks);

    QJsonArray conflicts;
    for (const PinConflict &c : evaluation.conflicts) {
        QJsonArray alternatives;
        for (const StackResult &s : c.alternatives)
            alternatives.append(w.stack(s));
        conflicts.append(QJsonObject{{QStringLiteral("constraint"), c.constraint},
                                     {QStringLiteral("pins"), QJsonArray::fromStringList(c.pins)},
                                     {QStringLiteral("why"), c.why},
                                     {QStringLiteral("alternatives"), alternatives}});
    }
    root.insert(QStringLiteral("conflicts"), conflicts);

    if (evaluation.group) {
        QJsonArray members;
        for (const GroupMember &m : evaluation.group->members)
            members.append(QJsonObject{{QStringLiteral("file"), m.file}, {QStringLiteral("name"), m.name}});
        QJsonArray disagreements;
        for (const Disagreement &d : evaluation.group->disagreements) {
            QJsonObject byMember;
            for (auto it = d.answers.constBegin(); it != d.answers.constEnd(); ++it)
                byMember.insert(it.key(), w.answer(d.question, it.value()));
            disagreements.append(QJsonObject{{QStringLiteral("question"), d.question},
                                             {QStringLiteral("answers"), byMember}});
        }
        QJsonObject group{{QStringLiteral("members"), members}, {QStringLiteral("disagreements"), disagreements}};
        if (!evaluation.group->pairwiseConsistency.isEmpty()) {
            QJsonObject consistency;
            for (auto it = evaluation.group->pairwiseConsistency.constBegin(); it != evaluation.group->pairwiseConsistency.constEnd(); ++it)
                consistency.insert(it.key(), round4(it.value()));
            QJsonArray apart;
            for (const PairwiseDisagreement &d : evaluation.group->pairwiseDisagreements) {
                QJsonObject values;
                for (auto it = d.values.constBegin(); it != d.values.constEnd(); ++it)
                    values.insert(it.key(), round4(it.value()));
                apart.append(QJsonObject{{QStringLiteral("pair"), QJsonArray{d.a, d.b}}, {QStringLiteral("values"), values},
                                         {QStringLiteral("spread"), round4(d.spread)}});
            }
            group.insert(QStringLiteral("pairwise_consistency"), consistency);
            group.insert(QStringLiteral("pairwise_disagreements"), apart);
        }
        root.insert(QStringLiteral("group"), group);
    }
    // Contract §5: the AHP result when the answers hold pairwise judgments.
    if (evaluation.pairwise) {
        const AhpResult &p = *evaluation.pairwise;
        QJsonObject weights, importance;
        const QMap<QString, double> scaled = p.importance();
        for (qsizetype i = 0; i < p.criteria.size(); ++i) {
            weights.insert(p.criteria.at(i), round4(p.weights.at(i)));
            importance.insert(p.criteria.at(i), round2(scaled.value(p.criteria.at(i))));
        }
        QJsonObject pairwise{{QStringLiteral("criteria"), QJsonArray::fromStringList(p.criteria)},
                             {QStringLiteral("weights"), weights},
                             {QStringLiteral("importance"), importance},
                             {QStringLiteral("lambda_max"), round4(p.lambdaMax)},
                             {QStringLiteral("consistency_index"), round4(p.consistencyIndex)},
                             {QStringLiteral("consistency_ratio"), round4(p.consistencyRatio)},
                             {QStringLiteral("random_index"), p.randomIndex},
                             {QStringLiteral("missing"), p.missing},
                             {QStringLiteral("completion"), p.missing > 0 ? QStringLiteral("harker") : QStringLiteral("none")}};
        if (p.mostInconsistent)
            pairwise.insert(QStringLiteral("most_inconsistent"),
                            QJsonObject{{QStringLiteral("pair"), QJsonArray{p.mostInconsistent->a, p.mostInconsistent->b}},
                                        {QStringLiteral("given"), round4(p.mostInconsistent->value)},
                                        {QStringLiteral("suggested"), round4(p.suggested)}});
        else
            pairwise.insert(QStringLiteral("most_inconsistent"), QJsonValue::Null);
        root.insert(QStringLiteral("pairwise"), pairwise);
    } else if (!evaluation.answers.pairwise.isEmpty()) {
        // Judgments that set no importance (a criterion left unlinked) are said, not dropped.
        // A key of its own: "pairwise" keeps its contract shape whenever it is present.
        root.insert(QStringLiteral("pairwise_problem"),
                    QJsonObject{{QStringLiteral("message"), evaluation.pairwiseProblem},
                                {QStringLiteral("unlinked"), QJsonArray::fromStringList(Ahp::unlinkedCriteria(evaluation.answers.pairwise))}});
    }
    return root;
}

QByteArray JsonReportWriter::render(const Evaluation &evaluation, const KnowledgeBase &kb,
                                    const ReportOptions &options)
{
    return QJsonDocument(toJson(evaluation, kb, options)).toJson(QJsonDocument::Indented);
}
