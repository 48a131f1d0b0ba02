// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ReportDocument.h"

#include "Ahp.h"

#include "Currency.h"

#include "Sensitivity.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

// Resolves ids to the texts people read, in the report language; unknown ids fall back to the id
// so a stale evaluation never produces empty cells.
class Names
{
public:
    Names(const KnowledgeBase &kb, const QString &lang)
        : m_kb(kb)
        , m_lang(lang)
    {
    }

    QString area(const QString &id) const
    {
        const Area *a = m_kb.area(id);
        return a && !a->name.isEmpty() ? a->name.text(m_lang) : id;
    }
    QString candidate(const QString &id) const
    {
        const Candidate *c = m_kb.candidate(id);
        return c && !c->name.isEmpty() ? c->name.text(m_lang) : id;
    }
    QString criterion(const QString &id) const
    {
        const Criterion *c = m_kb.criterion(id);
        return c && !c->name.isEmpty() ? c->name.text(m_lang) : id;
    }
    QString question(const QString &id) const
    {
        const Question *q = m_kb.question(id);
        return q && !q->text.isEmpty() ? q->text.text(m_lang) : id;
    }
    QString option(const QString &questionId, const QString &optionId) const
    {
        const Question *q = m_kb.question(questionId);
        const Option *o = q ? q->option(optionId) : nullptr;
        return o && !o->label.isEmpty() ? o->label.text(m_lang) : optionId;
    }
    QStringList options(const QString &questionId, const QStringList &optionIds) const
    {
        QStringList labels;
        for (const QString &o : optionIds)
            labels << option(questionId, o);
        return labels;
    }
    QStringList texts(const QList<LocalizedText> &list) const
    {
        QStringList out;
        for (const LocalizedText &t : list)
            out << t.text(m_lang);
        return out;
    }
    // What set a criterion's importance, in words (empty for the baseline).
    QString importanceSource(const QString &source) const
    {
        if (source.isEmpty())
            return {};
        if (source == QLatin1String("weights"))
            return Tr::tr("what-if weight");
        if (source == QLatin1String("pairwise"))
            return Tr::tr("pairwise comparison");
        return question(source);
    }
    const QString &lang() const { return m_lang; }

private:
    const KnowledgeBase &m_kb;
    QString m_lang;
};

QString joinNames(const QStringList &names)
{
    return names.join(QStringLiteral(" + "));
}

QStringList stackNames(const StackResult &stack, const QList<AreaResult> &areas, const Names &names)
{
    QStringList out;
    for (const AreaResult &a : areas)
        out << names.candidate(stack.choice.value(a.area));
    return out;
}

double scoreOf(const AreaResult &area, const QString &candidate)
{
    for (const CandidateScore &s : area.ranking)
        if (s.candidate == candidate)
            return s.score;
    return 0.0;
}

// Numbers the contribution's sources in order of first citation and says how current it is.
ReportDocument::BreakdownRow cite(ReportDocument::BreakdownRow row, const Contribution &c, ReportDocument *doc)
{
    for (const QString &id : c.sources) {
        const Source *source = doc->kb.source(id);
        if (!source)
            continue;
        auto it = std::find_if(doc->sources.cbegin(), doc->sources.cend(),
                               [&](const ReportDocument::SourceRow &r) { return r.id == id; });
        int number = 0;
        if (it == doc->sources.cend()) {
            number = int(doc->sources.size()) + 1;
            doc->sources.append({number, id, source->title, source->publisher, source->url, source->date});
        } else {
            number = it->number;
        }
        row.citations.append(number);
    }
    row.asOf = c.asOf;
    row.stale = c.stale;
    QStringList numbers;
    for (int n : std::as_const(row.citations))
        numbers.append(QString::number(n));
    QStringList parts;
    if (!numbers.isEmpty())
        parts.append(QStringLiteral("[%1]").arg(numbers.join(QStringLiteral(", "))));
    if (c.stale)
        parts.append(ReportDocument::staleText(c.asOf));
    else if (!c.asOf.isEmpty() && !numbers.isEmpty()) // an uncited answer's date says nothing
        parts.append(ReportDocument::asOfText(c.asOf));
    row.evidence = parts.join(QLatin1Char(' '));
    return row;
}

ReportDocument::BreakdownRow breakdownRow(const Contribution &c, const Names &names)
{
    ReportDocument::BreakdownRow row;
    row.kind = c.kind;
    row.points = c.points;
    row.why = c.why;
    switch (c.kind) {
    case Contribution::Kind::Criterion:
        row.label = names.criterion(c.criterion);
        row.importance = c.importance;
        row.rating = c.rating;
        break;
    case Contribution::Kind::Nudge:
        if (c.question.startsWith(QLatin1String("pin:")))
            row.label = Tr::tr("Pinned %1").arg(names.candidate(c.option));
        else if (!c.question.isEmpty() && !c.option.isEmpty())
            row.label = Tr::tr("Answer: %1").arg(names.option(c.question, c.option));
        else
            row.label = Tr::tr("Pinned choice");
        break;
    case Contribution::Kind::Limit:
        row.label = Tr::tr("Kept within 0 to 100");
        break;
    }
    return row;
}
} // namespace

QList<ReportDocument::Section> ReportDocument::sections() const
{
    QList<Section> out{Section::Summary,    Section::Project,     Section::Rankings, Section::Comparison,
                       Section::Breakdowns, Section::Sensitivity, Section::Stacks};
    if (isGroup)
        out.append(Section::Group);
    if (!sources.isEmpty())
        out.append(Section::Sources);
    out.append(Section::About);
    return out;
}

QString ReportDocument::sectionId(Section section)
{
    switch (section) {
    case Section::Summary: return QStringLiteral("summary");
    case Section::Project: return QStringLiteral("project");
    case Section::Rankings: return QStringLiteral("rankings");
    case Section::Comparison: return QStringLiteral("comparison");
    case Section::Breakdowns: return QStringLiteral("breakdowns");
    case Section::Sensitivity: return QStringLiteral("sensitivity");
    case Section::Stacks: return QStringLiteral("stacks");
    case Section::Group: return QStringLiteral("group");
    case Section::Sources: return QStringLiteral("sources");
    case Section::About: return QStringLiteral("about");
    }
    return {};
}

ReportDocument::Text ReportDocument::sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary: return Text::Summary;
    case Section::Project: return Text::Project;
    case Section::Rankings: return Text::Rankings;
    case Section::Comparison: return Text::Comparison;
    case Section::Breakdowns: return Text::Breakdowns;
    case Section::Sensitivity: return Text::Sensitivity;
    case Section::Stacks: return Text::Stacks;
    case Section::Group: return Text::Group;
    case Section::Sources: return Text::Sources;
    case Section::About: return Text::About;
    }
    return Text::Summary;
}

QString ReportDocument::asOfText(const QString &asOf)
{
    return Tr::tr("as of %1").arg(asOf);
}

QString ReportDocument::staleText(const QString &asOf)
{
    return Tr::tr("as of %1; may be out of date").arg(asOf);
}

QString ReportDocument::text(Text which)
{
    switch (which) {
    case Text::Kicker: return Tr::tr("Web stack decision");
    case Text::Summary: return Tr::tr("Summary");
    case Text::RecommendedStack: return Tr::tr("Recommended stack");
    case Text::WhyThisStack: return Tr::tr("Why this stack");
    case Text::WatchOut: return Tr::tr("Watch out");
    case Text::StackScore: return Tr::tr("Stack score");
    case Text::Project: return Tr::tr("Project and answers");
    case Text::Notes: return Tr::tr("Notes");
    case Text::Answers: return Tr::tr("Answers");
    case Text::Question: return Tr::tr("Question");
    case Text::Answer: return Tr::tr("Answer");
    case Text::Unanswered: return Tr::tr("Unanswered");
    case Text::Pins: return Tr::tr("Choices already made");
    case Text::WeightOverrides: return Tr::tr("What-if weights");
    case Text::PairwiseJudgments: return Tr::tr("Pairwise judgments (analytic hierarchy process)");
    case Text::PairwiseWeights: return Tr::tr("Weights from the pairwise judgments");
    case Text::PairwiseMatrix: return Tr::tr("Pairwise comparison matrix");
    case Text::PairwiseNotUsed: return Tr::tr("Pairwise judgments not used");
    case Text::Rankings: return Tr::tr("Rankings");
    case Text::Rank: return Tr::tr("Rank");
    case Text::Candidate: return Tr::tr("Candidate");
    case Text::Score: return Tr::tr("Score");
    case Text::Pinned: return Tr::tr("pinned");
    case Text::Comparison: return Tr::tr("Top candidates compared");
    case Text::Criterion: return Tr::tr("Criterion");
    case Text::Importance: return Tr::tr("Importance");
    case Text::Rating: return Tr::tr("Rating");
    case Text::StrongFor: return Tr::tr("Strong for");
    case Text::Pros: return Tr::tr("Pros");
    case Text::Cons: return Tr::tr("Cons");
    case Text::Sources: return Tr::tr("Sources");
    case Text::SaysWho: return Tr::tr("Says who");
    case Text::Breakdowns: return Tr::tr("Score breakdowns");
    case Text::Source: return Tr::tr("Source");
    case Text::Points: return Tr::tr("Points");
    case Text::Why: return Tr::tr("Why");
    case Text::Sensitivity: return Tr::tr("Sensitivity");
    case Text::NoSensitivity: return Tr::tr("No single importance change would change the first choice.");
    case Text::Stacks: return Tr::tr("Stacks, synergies and constraints");
    case Text::Synergies: return Tr::tr("Synergies in the recommended stack");
    case Text::NoSynergies: return Tr::tr("The recommended stack has no synergies or penalties.");
    case Text::Constraints: return Tr::tr("Hard rules that apply");
    case Text::Conflicts: return Tr::tr("Conflicting pins");
    case Text::Alternatives: return Tr::tr("Best stacks with a pin released");
    case Text::TopStacks: return Tr::tr("Best whole stacks");
    case Text::Group: return Tr::tr("Group decision");
    case Text::Members: return Tr::tr("Members");
    case Text::Disagreements: return Tr::tr("Where the members disagree");
    case Text::NoDisagreements: return Tr::tr("The members answered every question alike.");
    case Text::MembersConsistency: return Tr::tr("Each member's pairwise consistency ratio");
    case Text::PairwiseApart: return Tr::tr("Pairwise judgments furthest apart");
    case Text::About: return Tr::tr("About this report");
    case Text::Author: return Tr::tr("Author");
    case Text::Date: return Tr::tr("Date");
    case Text::KnowledgeBase: return Tr::tr("Knowledge base");
    case Text::Generated: return Tr::tr("Generated");
    case Text::NoStack: return Tr::tr("No legal stack");
    case Text::Contents: return Tr::tr("Contents");
    case Text::SetBy: return Tr::tr("Set by");
    case Text::Baseline: return Tr::tr("baseline");
    case Text::Total: return Tr::tr("Total");
    case Text::Pair: return Tr::tr("Candidates");
    }
    return {};
}

QString ReportDocument::unansweredText(int count)
{
    return Tr::tr("%n question(s) left unanswered; they do not affect any score.", nullptr, count);
}

QString ReportDocument::stackScoreText(const QString &score)
{
    return Tr::tr("Stack score: %1 of 100").arg(score);
}

QString ReportDocument::generatedByText(const QString &version, const QString &date)
{
    return Tr::tr("Generated by Stackwise %1 on %2.").arg(version, date);
}

QString ReportDocument::knowledgeBaseText(const QString &version, const QString &date)
{
    if (version.isEmpty() && date.isEmpty())
        return Tr::tr("unversioned");
    if (date.isEmpty())
        return Tr::tr("version %1").arg(version);
    return Tr::tr("version %1 of %2").arg(version, date);
}

QString ReportDocument::formatScore(double value) const
{
    return locale.toString(value, 'f', 1);
}

QString ReportDocument::formatSigned(double value) const
{
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded < 0)
        return QChar(0x2212) + locale.toString(-rounded, 'f', 1);
    return QLatin1Char('+') + locale.toString(rounded, 'f', 1);
}

QString ReportDocument::formatRating(double value) const
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return locale.toString(qRound(value));
    return locale.toString(value, 'f', 1);
}

QString ReportDocument::generatedText() const
{
    // The C locale has no wording of its own for dates (it would give English month names):
    // there the neutral ISO form, as in the golden files.
    if (locale.language() == QLocale::C)
        return generated.toString(Qt::ISODate);
    return locale.toString(generated, QLocale::LongFormat);
}

ReportDocument ReportDocument::build(const Evaluation &evaluation, const KnowledgeBase &kb)
{
    return build(evaluation, kb, Options{});
}

ReportDocument ReportDocument::build(const Evaluation &evaluation, const KnowledgeBase &kb,
                                     const Options &options)
{
    ReportDocument doc;
    doc.kb = kb;
    doc.language = options.language.isEmpty() ? LocalizedText::defaultLanguage() : options.language;
    doc.locale = QLocale();
    doc.generated = options.generated.isValid() ? options.generated : QDate::currentDate();
    doc.appVersion = QStringLiteral(STACKWISE_VERSION);
    const Names names(doc.kb, doc.language);

    const ProjectInfo &project = evaluation.answers.project;
    doc.projectName = project.name.trimmed().isEmpty() ? Tr::tr("Untitled project") : project.name.trimmed();
    doc.title = Tr::tr("Web stack decision: %1").arg(doc.projectName);
    doc.author = project.author.trimmed();
    doc.notes = project.notes.trimmed();
    doc.kbVersion = kb.meta.version;
    // An ISO date in the KB reads like the report's own date; anything else stays as written.
    const QDate kbDate = QDate::fromString(kb.meta.date, Qt::ISODate);
    doc.kbDate = kbDate.isValid() && doc.locale.language() != QLocale::C
        ? doc.locale.toString(kbDate, QLocale::LongFormat)
        : kb.meta.date;

    doc.madeWith = ReportProvenance::of(evaluation.answers, kb, options.kbHash);
    doc.supersedes = options.supersedes;
    if (const QString change = options.reopenedFrom.knowledgeBaseChange(kb); !change.isEmpty())
        doc.warnings.append({change, {}});

    // Facts go stale: a built-in knowledge base over a year old says so once, here.
    if (Currency::isOldKnowledgeBase(kb.builtinDate(), Currency::today()))
        doc.warnings.append({Tr::tr("The built-in knowledge base dates from %1, more than a year ago: check the "
                                    "ratings marked \u201cmay be out of date\u201d.")
                                 .arg(kb.builtinDate()),
                             {}});

    // --- answers, in the knowledge base's question order
    for (const Question &q : kb.questions) {
        const auto it = evaluation.answers.answers.constFind(q.id);
        if (it == evaluation.answers.answers.constEnd() || it->isEmpty()) {
            ++doc.unansweredCount;
            continue;
        }
        doc.answers.append({q.id, q.text.text(doc.language), names.options(q.id, *it)});
    }
    for (auto it = evaluation.answers.answers.constBegin(); it != evaluation.answers.answers.constEnd(); ++it) {
        if (!kb.question(it.key()) && !it->isEmpty()) // answers to questions an overlay removed
            doc.answers.append({it.key(), it.key(), *it});
    }
    for (auto it = evaluation.answers.pins.constBegin(); it != evaluation.answers.pins.constEnd(); ++it)
        doc.pins.append({names.area(it.key()), names.candidate(it.value())});
    for (auto it = evaluation.answers.weights.constBegin(); it != evaluation.answers.weights.constEnd(); ++it)
        doc.weightOverrides.append({names.criterion(it.key()), doc.formatRating(it.value())});
    if (evaluation.pairwise) {
        const AhpResult &p = *evaluation.pairwise;
        // 3 and 1/3 as the answers file writes them.
        auto fraction = [&doc](double v) {
            if (v < 1.0 && std::abs(1.0 / v - std::round(1.0 / v)) < 1e-9)
                return QStringLiteral("1/%1").arg(std::lround(1.0 / v));
            return doc.locale.toString(v, 'g', 3);
        };
        for (const PairwiseJudgment &j : evaluation.answers.pairwise)
            doc.pairwiseJudgments.append({Tr::tr("%1 against %2").arg(names.criterion(j.a), names.criterion(j.b)),
                                          fraction(j.value)});
        const QMap<QString, double> importance = p.importance();
        for (qsizetype i = 0; i < p.criteria.size(); ++i)
            doc.pairwiseWeights.append({names.criterion(p.criteria.at(i)),
                                        Tr::tr("%1 (importance %2)").arg(doc.locale.toString(p.weights.at(i), 'f', 3),
                                                                         doc.formatRating(std::round(importance.value(p.criteria.at(i)) * 10) / 10))});
        QString sentence = p.criteria.size() < 3
            ? Tr::tr("Two criteria are always consistent.")
            : Tr::tr("λmax %1, consistency index %2, consistency ratio %3 (random index %4, Saaty's table for n = %5); "
                     "%6.")
                  .arg(doc.locale.toString(p.lambdaMax, 'f', 3), doc.locale.toString(p.consistencyIndex, 'f', 3),
                       doc.locale.toString(p.consistencyRatio, 'f', 3), doc.locale.toString(p.randomIndex, 'f', 2))
                  .arg(p.criteria.size())
                  .arg(p.isConsistentEnough() ? Tr::tr("consistent enough (at most 0.10)")
                                              : Tr::tr("above 0.10: the judgments contradict each other"));
        if (p.missing > 0)
            sentence += QLatin1Char(' ') + Tr::tr("%n pair(s) not judged, completed by Harker's method.", nullptr, p.missing);
        if (p.mostInconsistent && !p.isConsistentEnough())
            sentence += QLatin1Char(' ') + Tr::tr("Most inconsistent: %1 against %2, given %3; the other judgments imply %4.")
                                              .arg(names.criterion(p.mostInconsistent->a), names.criterion(p.mostInconsistent->b),
                                                   doc.locale.toString(p.mostInconsistent->value, 'g', 3),
                                                   doc.locale.toString(p.suggested, 'g', 3));
        doc.pairwiseConsistency = sentence;

        // The matrix: what was judged, and what Harker's completion put where nothing was.
        const qsizetype n = p.criteria.size();
        for (qsizetype i = 0; i < n; ++i) {
            doc.pairwiseMatrixHeader.append(names.criterion(p.criteria.at(i)));
            doc.pairwiseWeightById.insert(p.criteria.at(i), p.weights.at(i));
        }
        for (qsizetype i = 0; i < n; ++i) {
            QStringList row;
            for (qsizetype k = 0; k < n; ++k) {
                if (i == k) {
                    row.append(QStringLiteral("1"));
                    continue;
                }
                std::optional<double> given;
                for (const PairwiseJudgment &j : evaluation.answers.pairwise) {
                    if (j.a == p.criteria.at(i) && j.b == p.criteria.at(k))
                        given = j.value;
                    else if (j.a == p.criteria.at(k) && j.b == p.criteria.at(i))
                        given = 1.0 / j.value;
                }
                row.append(given ? fraction(*given)
                                 : QStringLiteral("(%1)").arg(doc.locale.toString(p.weights.at(i) / p.weights.at(k), 'f', 2)));
            }
            doc.pairwiseMatrix.append(row);
        }
        doc.pairwiseMatrixNote = p.missing > 0
            ? Tr::tr("Row against column: how many times as important. In brackets, pairs not judged, "
                     "completed as w_row / w_column (Harker's method).")
            : Tr::tr("Row against column: how many times as important.");
    } else if (!evaluation.answers.pairwise.isEmpty()) {
        QStringList unlinked;
        for (const QString &id : Ahp::unlinkedCriteria(evaluation.answers.pairwise))
            unlinked.append(names.criterion(id));
        doc.pairwiseProblem = unlinked.isEmpty()
            ? evaluation.pairwiseProblem
            : Tr::tr("The pairwise judgments set no importance: they do not link %1 with the other "
                     "criteria compared. Compare it with one of them.").arg(unlinked.join(QStringLiteral(", ")));
    }

    // --- decision drivers: criteria moved by the answers first, then the heaviest baselines
    {
        QMap<QString, QString> sources;
        for (const AreaResult &a : evaluation.areas)
            for (auto it = a.importanceSource.constBegin(); it != a.importanceSource.constEnd(); ++it)
                if (!it.value().isEmpty() && !sources.contains(it.key()))
                    sources.insert(it.key(), it.value());
        QList<Driver> all;
        for (auto it = evaluation.importance.constBegin(); it != evaluation.importance.constEnd(); ++it)
            all.append({it.key(), names.criterion(it.key()), it.value(), names.importanceSource(sources.value(it.key()))});
        std::stable_sort(all.begin(), all.end(), [](const Driver &a, const Driver &b) {
            if (a.source.isEmpty() != b.source.isEmpty())
                return !a.source.isEmpty();
            if (a.importance != b.importance)
                return a.importance > b.importance;
            return a.id < b.id;
        });
        constexpr int MaxDrivers = 6;
        for (const Driver &d : std::as_const(all)) {
            if (doc.drivers.size() >= MaxDrivers || d.importance <= 0.0)
                break;
            doc.drivers.append(d);
        }
        std::stable_sort(doc.drivers.begin(), doc.drivers.end(),
                         [](const Driver &a, const Driver &b) { return a.importance > b.importance; });
    }

    // --- areas
    const int compared = std::max(1, options.comparedCandidates);
    for (const AreaResult &ar : evaluation.areas) {
        AreaSection section;
        section.id = ar.area;
        section.name = names.area(ar.area);
        if (const Area *a = kb.area(ar.area))
            section.description = a->description.text(doc.language);
        section.pinnedName = ar.pinned.isEmpty() ? QString() : names.candidate(ar.pinned);
        section.fragile = ar.fragile;
        section.fragileReasons = ar.fragileReasons;
        section.marginPercent = ar.marginPercent;
        section.result = ar;

        int rank = 0;
        for (const CandidateScore &s : ar.ranking) {
            RankingRow row;
            row.rank = ++rank;
            row.id = s.candidate;
            row.name = names.candidate(s.candidate);
            row.score = s.score;
            row.pinned = s.candidate == ar.pinned;
            for (const Contribution &c : s.contributions) {
                if (c.kind != Contribution::Kind::Criterion)
                    continue;
                for (const QString &id : c.sources)
                    if (!row.sources.contains(id))
                        row.sources.append(id);
                if (!c.asOf.isEmpty() && (row.oldestAsOf.isEmpty() || c.asOf < row.oldestAsOf))
                    row.oldestAsOf = c.asOf;
            }
            if (!evaluation.stacks.isEmpty()) {
                const StackResult &best = evaluation.stacks.first();
                row.recommended = best.choice.value(ar.area) == s.candidate;
                for (const StackDeparture &d : best.departures)
                    if (d.area == ar.area && d.chosen == s.candidate)
                        row.departure = d.why;
            }
            if (const Candidate *c = kb.candidate(s.candidate))
                for (auto it = c->ratings.constBegin(); it != c->ratings.constEnd(); ++it)
                    row.ratings.insert(it.key(), it->score);
            section.ranking.append(row);
        }

        for (const CandidateScore &s : ar.ranking.mid(0, compared)) {
            ComparedCandidate cc;
            cc.id = s.candidate;
            cc.name = names.candidate(s.candidate);
            cc.score = s.score;
            if (const Candidate *c = kb.candidate(s.candidate)) {
                cc.summary = c->summary.text(doc.language);
                cc.strongFor = names.texts(c->strongFor);
                cc.pros = names.texts(c->pros);
                cc.cons = names.texts(c->cons);
            }
            for (const Contribution &c : s.contributions)
                cc.breakdown.append(cite(breakdownRow(c, names), c, &doc));
            // Biggest criterion terms first, then the answers' nudges, then the 0..100 correction.
            std::stable_sort(cc.breakdown.begin(), cc.breakdown.end(), [](const BreakdownRow &x, const BreakdownRow &y) {
                if (x.kind != y.kind)
                    return int(x.kind) < int(y.kind);
                return x.kind == Contribution::Kind::Criterion && x.points > y.points;
            });
            section.compared.append(cc);
        }

        QList<const Criterion *> criteria = kb.criteriaOf(ar.area);
        for (const Criterion *c : criteria) {
            CriterionRow row;
            row.id = c->id;
            row.name = c->name.text(doc.language);
            row.importance = ar.importance.value(c->id, evaluation.importance.value(c->id, c->baseline));
            row.importanceSource = names.importanceSource(ar.importanceSource.value(c->id));
            for (const ComparedCandidate &cc : std::as_const(section.compared)) {
                const Candidate *cand = kb.candidate(cc.id);
                if (cand && cand->ratings.contains(c->id)) {
                    const Rating rating = cand->ratings.value(c->id);
                    row.ratings.append(rating.score);
                    row.whys.append(rating.why.text(doc.language));
                } else {
                    row.ratings.append(std::nullopt);
                    row.whys.append(QString());
                }
            }
            section.criteria.append(row);
        }
        std::stable_sort(section.criteria.begin(), section.criteria.end(),
                         [](const CriterionRow &a, const CriterionRow &b) { return a.importance > b.importance; });

        for (const SensitivityEntry &e : ar.sensitivity) {
            if (!e.sentence.isEmpty())
                section.sensitivity << e.sentence;
            else
                section.sensitivity << Tr::tr("If %1 mattered %2 instead of %3 (out of 10), %4 would come first.")
                                           .arg(names.criterion(e.criterion), doc.formatRating(e.flipsAt),
                                                doc.formatRating(e.weight), names.candidate(e.runnerUp));
        }

        // Answer changes that would make another candidate first: information, not a warning.
        constexpr int MaxOpenQuestions = 4;
        for (const QString &sentence : ar.couldChange.mid(0, MaxOpenQuestions))
            section.sensitivity << sentence;

        // Summary sentence and warning for this area.
        if (!ar.ranking.isEmpty()) {
            const CandidateScore &first = ar.ranking.first();
            // The reason speaks of the candidate the recommended stack holds: the pin, or a
            // runner-up that synergies with the rest of the stack lifted above the area's leader.
            const QString chosenId = !evaluation.stacks.isEmpty()
                ? evaluation.stacks.first().choice.value(ar.area, first.candidate)
                : (ar.pinned.isEmpty() ? first.candidate : ar.pinned);
            const CandidateScore *chosen = &first;
            for (const CandidateScore &s : ar.ranking)
                if (s.candidate == chosenId)
                    chosen = &s;
            const QString chosenName = names.candidate(chosen->candidate);
            if (!ar.pinned.isEmpty() && ar.pinned == chosen->candidate) {
                doc.reasons << Tr::tr("%1 was pinned for %2 and scores %3 of 100.")
                                   .arg(chosenName, section.name, doc.formatScore(chosen->score));
                if (chosen != &first)
                    doc.reasons.last() += QLatin1Char(' ')
                        + Tr::tr("Without the pin, %1 would rank first with %2.")
                              .arg(names.candidate(first.candidate), doc.formatScore(first.score));
            } else if (chosen != &first) {
                // The departure names the synergies or the constraint that outweigh the lead.
                QString why;
                for (const StackDeparture &d : evaluation.stacks.first().departures)
                    if (d.area == ar.area)
                        why = d.why;
                doc.reasons << (why.isEmpty()
                                    ? Tr::tr("%1 is chosen for %2 with %3 of 100, although %4 scores %5.")
                                          .arg(chosenName, section.name, doc.formatScore(chosen->score),
                                               names.candidate(first.candidate), doc.formatScore(first.score))
                                    : why + QLatin1Char('.'));
            } else if (ar.ranking.size() > 1) {
                const CandidateScore &second = ar.ranking.at(1);
                doc.reasons << Tr::tr("%1 leads %2 with %3 of 100, %4 points ahead of %5.")
                                   .arg(chosenName, section.name, doc.formatScore(first.score),
                                        doc.formatScore(first.score - second.score), names.candidate(second.candidate));
            } else {
                doc.reasons << Tr::tr("%1 is the only candidate for %2 (%3 of 100).")
                                   .arg(chosenName, section.name, doc.formatScore(first.score));
            }
            QList<Contribution> top;
            for (const Contribution &c : chosen->contributions)
                if (c.kind != Contribution::Kind::Limit && c.points > 0.0)
                    top << c;
            std::stable_sort(top.begin(), top.end(),
                             [](const Contribution &a, const Contribution &b) { return a.points > b.points; });
            QStringList parts;
            for (const Contribution &c : top.mid(0, 3))
                parts << QStringLiteral("%1 (%2)").arg(breakdownRow(c, names).label, doc.formatSigned(c.points));
            if (!parts.isEmpty())
                doc.reasons.last() += QLatin1Char(' ')
                    + Tr::tr("Its largest contributions: %1.").arg(parts.join(QStringLiteral(", ")));
            // A pinned area is decided already: its fragility is no warning.
            if (ar.fragile && ar.ranking.size() > 1 && ar.pinned.isEmpty()) {
                Warning w;
                w.text = Tr::tr("The %1 choice is fragile: %2 leads %3 by %4 points (%5%).")
                             .arg(section.name, names.candidate(first.candidate),
                                  names.candidate(ar.ranking.at(1).candidate),
                                  doc.formatScore(first.score - ar.ranking.at(1).score),
                                  doc.locale.toString(ar.marginPercent, 'f', 1));
                // Sensitivity puts its own margin sentence first when the margin is small; the
                // sentence above says that already, so keep only the changes that flip the winner.
                const qsizetype skip = Sensitivity::isNarrow(ar.marginPercent) ? 1 : 0;
                constexpr int MaxDetails = 4;
                w.details = ar.fragileReasons.mid(skip, MaxDetails);
                doc.warnings.append(w);
            }
        }
        doc.areas.append(section);
    }

    // --- the recommended stack
    for (const AreaSection &s : std::as_const(doc.areas))
        doc.stackHeader << s.name;
    if (!evaluation.stacks.isEmpty()) {
        const StackResult &best = evaluation.stacks.first();
        doc.stackScore = best.score;
        for (const AreaResult &ar : evaluation.areas) {
            const QString id = best.choice.value(ar.area);
            doc.recommended.append({ar.area, names.area(ar.area), id, names.candidate(id), scoreOf(ar, id),
                                    !ar.pinned.isEmpty() && ar.pinned == id});
        }
        for (const StackSynergy &s : best.synergies) {
            doc.synergies.append({names.candidate(s.a), names.candidate(s.b), s.points, s.why});
            if (s.points > 0)
                doc.reasons << Tr::tr("%1 and %2 work well together (%3): %4")
                                   .arg(names.candidate(s.a), names.candidate(s.b), doc.formatSigned(s.points), s.why);
            else if (s.points < 0)
                doc.reasons << Tr::tr("%1 and %2 cost the stack %3 points together: %4")
                                   .arg(names.candidate(s.a), names.candidate(s.b), doc.formatScore(-s.points), s.why);
        }
        QSet<QString> chosen;
        for (const QString &id : best.choice)
            chosen.insert(id);
        for (const Constraint &c : kb.constraints)
            if (chosen.contains(c.when))
                doc.constraintNotes << c.why.text(doc.language);
        int rank = 0;
        for (const StackResult &s : evaluation.stacks.mid(0, std::max(1, options.stackRows)))
            doc.stacks.append({++rank, stackNames(s, evaluation.areas, names), s.score});
    } else {
        doc.warnings.append({Tr::tr("No stack satisfies every hard rule of the knowledge base with the current pins."), {}});
    }

    for (const PinConflict &pc : evaluation.conflicts) {
        ConflictRow row;
        QStringList pinNames;
        for (const QString &p : pc.pins)
            pinNames << names.candidate(p);
        row.pins = joinNames(pinNames);
        row.why = pc.why;
        for (const Constraint &k : kb.constraints)
            if (row.why.isEmpty() && k.id == pc.constraint)
                row.why = k.why.text(doc.language);
        for (const StackResult &s : pc.alternatives)
            row.alternatives << QStringLiteral("%1 (%2)").arg(joinNames(stackNames(s, evaluation.areas, names)),
                                                             doc.formatScore(s.score));
        doc.conflicts.append(row);
        doc.warnings.append({Tr::tr("Pinned choices %1 break a hard rule: %2").arg(row.pins, row.why), row.alternatives});
    }

    // --- group mode
    if (evaluation.group) {
        doc.isGroup = true;
        QMap<QString, QString> memberNames;
        for (const GroupMember &m : evaluation.group->members) {
            doc.members.append({m.name, m.file});
            memberNames.insert(m.file, m.name.isEmpty() ? m.file : m.name);
        }
        for (const Disagreement &d : evaluation.group->disagreements) {
            DisagreementRow row;
            row.question = names.question(d.question);
            for (const GroupMember &m : evaluation.group->members) {
                const QStringList ids = d.answers.value(m.file);
                row.answers.append({memberNames.value(m.file),
                                    ids.isEmpty() ? Tr::tr("(no answer)")
                                                  : names.options(d.question, ids).join(QStringLiteral(", "))});
            }
            doc.disagreements.append(row);
        }
        for (const GroupMember &m : evaluation.group->members) {
            const auto cr = evaluation.group->pairwiseConsistency.constFind(m.file);
            if (cr != evaluation.group->pairwiseConsistency.cend())
                doc.memberConsistency.append({memberNames.value(m.file), doc.locale.toString(*cr, 'f', 3)});
        }
        if (!doc.memberConsistency.isEmpty())
            for (const GroupMember &m : evaluation.group->members)
                if (!evaluation.group->pairwiseConsistency.contains(m.file))
                    doc.memberConsistency.append({memberNames.value(m.file), Tr::tr("no pairwise judgments (or fewer than three criteria)")});
        for (const PairwiseDisagreement &d : evaluation.group->pairwiseDisagreements) {
            QStringList values;
            for (auto it = d.values.constBegin(); it != d.values.constEnd(); ++it)
                values.append(Tr::tr("%1 %2").arg(memberNames.value(it.key()), doc.locale.toString(it.value(), 'g', 3)));
            doc.pairwiseApart.append(Tr::tr("%1 against %2: %3 (the highest %4 times the lowest).")
                                         .arg(names.criterion(d.a), names.criterion(d.b), values.join(QStringLiteral(", ")),
                                              doc.locale.toString(d.spread, 'g', 3)));
        }
    }

    for (const Criterion &c : kb.criteria)
        doc.allCriteria.append({c.id, c.name.text(doc.language)});
    return doc;
}

QString ReportDocument::joinItems(const QStringList &items)
{
    // "A.; B." reads badly: list items lose their final full stop when joined into one line.
    QStringList trimmed;
    trimmed.reserve(items.size());
    for (QString item : items) {
        while (item.endsWith(QLatin1Char('.')))
            item.chop(1);
        trimmed << item;
    }
    return trimmed.join(QStringLiteral("; "));
}
