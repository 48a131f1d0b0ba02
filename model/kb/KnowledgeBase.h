// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "LocalizedText.h"
#include "SourcePos.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>


// Says who: the public sources a rating, nudge, synergy or constraint rests on, and the date it
// holds as of. `asOf` empty: the newest date of its sources, else the date of the layer (the
// built-in KB, the user's folder, a --kb folder) whose file wrote the entry.
struct Evidence
{
    QStringList sources; // source ids
    QString asOf;        // YYYY-MM-DD or YYYY-MM, as written
    int layer = 0;       // index into KnowledgeBase::layerDates; set by the loader
    QList<SourcePos> sourcePos;
    SourcePos asOfPos;

    bool isEmpty() const { return sources.isEmpty() && asOf.isEmpty(); }
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

// A public source (KB `sources:`), cited by id.
struct Source
{
    QString id;
    QString title;
    QString publisher;
    QString url;
    QString date; // YYYY-MM-DD or YYYY-MM
    SourcePos pos;
    SourcePos datePos;

    friend bool operator==(const Source &, const Source &) = default;
};

struct Area
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    int order = 0;
    SourcePos pos;

    friend bool operator==(const Area &, const Area &) = default;
};

struct Criterion
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    QStringList areas;     // the areas whose candidates are rated on it
    double baseline = 5.0; // importance 0..10 when no answer touches it
    SourcePos pos;
    QList<SourcePos> areaPos; // where each entry of `areas` is written
    SourcePos baselinePos;

    friend bool operator==(const Criterion &, const Criterion &) = default;
};

struct Rating
{
    double score = 0.0; // 0..10
    LocalizedText why;
    Evidence evidence;
    SourcePos pos;      // the criterion key
    SourcePos scorePos; // the score value

    friend bool operator==(const Rating &, const Rating &) = default;
};

// What a starter folder holds for a candidate (ScaffoldWriter, `stackwise --scaffold`): the
// official commands that create its project, a compose service for a database, the variables
// its configuration reads. Data, not code: an overlay gives its own candidates one.
struct ScaffoldCommand
{
    QString run;          // a shell command, run from the starter folder
    QStringList with;     // written only when the stack holds one of these candidates...
    QStringList without;  // ...and none of these; both empty: always
    SourcePos pos;
    QList<SourcePos> withPos;
    QList<SourcePos> withoutPos;

    friend bool operator==(const ScaffoldCommand &, const ScaffoldCommand &) = default;
};

struct ScaffoldVariable
{
    QString name;
    QString value;
    SourcePos pos;

    friend bool operator==(const ScaffoldVariable &, const ScaffoldVariable &) = default;
};

// A compose.yaml service: an official image, its data in a named volume, a healthcheck.
struct ScaffoldService
{
    QString name;                        // the service's key, e.g. "postgres"
    QString image;                       // with its tag, e.g. "postgres:18"
    int port = 0;                        // published as port:port; 0 = none
    QString volume;                      // the data path in the container; empty = none
    QList<ScaffoldVariable> environment; // values may read .env: ${POSTGRES_PASSWORD:-postgres}
    QStringList healthcheck;             // the test, in exec form: ["CMD", "pg_isready", ...]
    SourcePos pos;

    bool isEmpty() const { return image.isEmpty(); }
    friend bool operator==(const ScaffoldService &, const ScaffoldService &) = default;
};

struct Scaffold
{
    QString folder;                   // where its project goes (web, api); empty = none of its own
    QList<ScaffoldCommand> commands;
    ScaffoldService service;
    QList<ScaffoldVariable> env;      // lines of .env.example
    LocalizedText note;               // what the commands cannot say
    QString docs;                     // the official page the commands come from
    QString checked;                  // YYYY-MM[-DD]: when they were checked against it
    SourcePos pos;
    SourcePos docsPos;
    SourcePos checkedPos;

    bool isEmpty() const { return commands.isEmpty() && service.isEmpty() && note.isEmpty(); }
    friend bool operator==(const Scaffold &, const Scaffold &) = default;
};

struct Candidate
{
    QString id;
    QString area;
    LocalizedText name;
    LocalizedText summary;
    QString link;
    QList<LocalizedText> strongFor;
    QList<LocalizedText> pros;
    QList<LocalizedText> cons;
    QMap<QString, Rating> ratings; // criterion id -> rating
    QStringList languages;         // language ids it is written in (LanguageRules)
    SourcePos pos;
    SourcePos areaPos;
    SourcePos ratingsPos;
    QList<SourcePos> languagePos;
    Scaffold scaffold;             // empty when the KB gives none

    friend bool operator==(const Candidate &, const Candidate &) = default;
};

// What choosing an option does: shift a criterion's importance, or nudge a candidate directly.
struct Effect
{
    enum class Kind { Importance, Nudge };
    Kind kind = Kind::Importance;
    QString target; // criterion id (Importance) or candidate id (Nudge)
    double amount = 0.0; // importance delta (-10..10) or score points (-30..30)
    LocalizedText why;
    QStringList areas;   // Importance only: the areas it applies in; empty = every area
    Evidence evidence;
    SourcePos pos;
    QList<SourcePos> areaPos;
    SourcePos targetPos; // the criterion/candidate value
    SourcePos amountPos; // the importance/points value

    friend bool operator==(const Effect &, const Effect &) = default;
};

struct Option
{
    QString id;
    LocalizedText label;
    QList<Effect> effects;
    QStringList languages; // the language ids this option names (the team-language question)
    SourcePos pos;
    QList<SourcePos> languagePos;

    friend bool operator==(const Option &, const Option &) = default;
};

struct Question
{
    enum class Kind { Single, Multi };
    QString id;
    QString page; // "team" or an area id: the wizard page that asks it
    Kind kind = Kind::Single;
    LocalizedText text;
    LocalizedText help;
    QList<Option> options;
    SourcePos pos;
    SourcePos pagePos;

    const Option *option(const QString &optionId) const;

    friend bool operator==(const Question &, const Question &) = default;
};

// Points added to a whole stack that holds both candidates (negative: a penalty).
struct Synergy
{
    QString a;
    QString b;
    double points = 0.0;
    LocalizedText why;
    Evidence evidence;
    SourcePos pos;
    SourcePos aPos;
    SourcePos bPos;

    friend bool operator==(const Synergy &, const Synergy &) = default;
};

// A hard rule: a stack holding `when` must (requires) / must not (forbids) hold one of
// the listed candidates in that area.
struct Constraint
{
    enum class Kind { Requires, Forbids };
    QString id;
    QString when;
    Kind kind = Kind::Requires;
    QString area;
    QStringList candidates;
    LocalizedText why;
    Evidence evidence;
    SourcePos pos;
    SourcePos whenPos;
    SourcePos areaPos;
    QList<SourcePos> candidatePos;

    // True when a stack holding both x (== when) and y (in `area`) is legal under this rule.
    bool allows(const QString &x, const QString &yArea, const QString &y) const;

    friend bool operator==(const Constraint &, const Constraint &) = default;
};

// The team's language as data (compatibility.yaml, `language_rules`). Two rules, derived for
// every candidate that declares `languages`, overlays included (LanguageRules::apply):
// - the options of `question` name languages; choosing one gives every candidate of
//   `teamAreas` written in one of them `teamPoints` (a nudge, like any answer effect);
// - a candidate of sharedAreas[0] and one of sharedAreas[1] that share a language form a
//   synergy of `sharedPoints` ("one language end to end").
struct LanguageRules
{
    QString question;
    QStringList teamAreas;
    double teamPoints = 0.0;
    LocalizedText teamWhy;   // %1: candidate, %2: language
    QStringList sharedAreas; // exactly two areas
    double sharedPoints = 0.0;
    LocalizedText sharedWhy; // %1, %2: candidates, %3: language
    QMap<QString, LocalizedText> names; // language id -> display name
    SourcePos pos;
    SourcePos questionPos;
    QList<SourcePos> teamAreaPos;
    QList<SourcePos> sharedAreaPos;

    bool isEmpty() const { return question.isEmpty() && sharedAreas.isEmpty(); }
    friend bool operator==(const LanguageRules &, const LanguageRules &) = default;
};

struct KbMeta
{
    QString version;
    QString date;

    friend bool operator==(const KbMeta &, const KbMeta &) = default;
};

// The whole knowledge base: plain data, cheap to copy (implicitly shared Qt containers).
class KnowledgeBase
{
public:
    KbMeta meta;
    QList<Area> areas;          // sorted by order, then id
    QList<Criterion> criteria;
    QList<Candidate> candidates;
    QList<Question> questions;
    QList<Synergy> synergies;
    QList<Constraint> constraints;
    LanguageRules languageRules;
    QList<Source> sources;
    // Per layer (built-in, user folder, each --kb folder): the `kb.date` of that layer's own
    // kb.yaml, or "". An entry's date comes from its own layer, never a later one.
    QStringList layerDates;

    const Source *source(const QString &id) const;
    // The date `e` holds as of (see Evidence), or "" when nothing dates it.
    QString asOf(const Evidence &e) const;
    // The built-in knowledge base's own date (layer 0).
    QString builtinDate() const { return layerDates.value(0); }

    // Rebuilds the id indexes; call after changing the lists.
    void reindex();

    const Area *area(const QString &id) const;
    const Criterion *criterion(const QString &id) const;
    const Candidate *candidate(const QString &id) const;
    const Question *question(const QString &id) const;

    QStringList areaIds() const;
    QList<const Candidate *> candidatesOf(const QString &areaId) const;
    QList<const Criterion *> criteriaOf(const QString &areaId) const;
    QList<const Question *> questionsOnPage(const QString &page) const;

    // Number of decision rules: question effects + synergies + constraints.
    int ruleCount() const;

    // Equal data; the id indexes follow from it.
    friend bool operator==(const KnowledgeBase &a, const KnowledgeBase &b)
    {
        return a.meta == b.meta && a.areas == b.areas && a.criteria == b.criteria && a.candidates == b.candidates
            && a.questions == b.questions && a.synergies == b.synergies && a.constraints == b.constraints
            && a.languageRules == b.languageRules && a.sources == b.sources && a.layerDates == b.layerDates;
    }

private:
    QHash<QString, qsizetype> m_areaIndex;
    QHash<QString, qsizetype> m_criterionIndex;
    QHash<QString, qsizetype> m_candidateIndex;
    QHash<QString, qsizetype> m_questionIndex;
    QHash<QString, qsizetype> m_sourceIndex;
};
