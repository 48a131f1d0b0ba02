// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Evaluation.h"
#include "KnowledgeBase.h"
#include "ReportProvenance.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The content of one decision report, built once from an Evaluation and its KnowledgeBase and
// rendered by the HTML, PDF, Markdown and CSV writers. Every text is already resolved (translated
// labels, knowledge-base texts in the report language) and still unescaped: each writer escapes
// for its own format. Building is a pure function of its inputs, so the generated date is an
// input too (golden tests fix it).
class ReportDocument
{
public:
    struct Options
    {
        QDate generated;       // invalid: today
        QString language;      // empty: LocalizedText::defaultLanguage()
        int comparedCandidates = 3; // top candidates per area in the comparison and breakdowns
        int stackRows = 5;          // best whole stacks listed
        // What the reopened report or answers were made with: a different knowledge base is
        // said in the new report's warnings.
        ReportProvenance reopenedFrom;
        // In a folder of decision records: the file name of the record this one supersedes.
        QString supersedes;
        QString kbHash; // as ReportOptions::kbHash
    };

    struct StackPick
    {
        QString areaId;
        QString areaName;
        QString candidateId;
        QString candidateName;
        double score = 0.0; // the candidate's area score
        bool pinned = false;
    };

    struct AnswerRow
    {
        QString questionId;
        QString question;   // question text
        QStringList labels; // chosen option labels
    };

    struct LabelValue
    {
        QString label;
        QString value;
    };

    struct RankingRow
    {
        int rank = 0;
        QString id;
        QString name;
        double score = 0.0;
        bool pinned = false;
        bool recommended = false; // held by the recommended stack
        QString departure;        // why the recommended stack holds it instead of the leader
        QStringList sources;      // ids of the sources behind its ratings, first cited first
        QString oldestAsOf;       // the oldest date its ratings hold as of
        QMap<QString, double> ratings; // criterion id -> rating 0..10 (rated criteria only)
    };

    struct BreakdownRow
    {
        Contribution::Kind kind = Contribution::Kind::Criterion;
        QString label;  // criterion name, or the answer behind a nudge
        std::optional<double> importance;
        std::optional<double> rating;
        double points = 0.0;
        QString why;
        QList<int> citations; // numbers into `sources`
        QString asOf;
        bool stale = false;
        QString evidence;     // "[3] as of 2025-07", "[2, 5] as of 2023-05; may be out of date"
    };

    // A source the report cites, numbered in order of first citation.
    struct SourceRow
    {
        int number = 0;
        QString id;
        QString title;
        QString publisher;
        QString url;
        QString date;
    };

    struct ComparedCandidate
    {
        QString id;
        QString name;
        QString summary;
        double score = 0.0;
        QStringList strongFor;
        QStringList pros;
        QStringList cons;
        QList<BreakdownRow> breakdown;
    };

    struct CriterionRow
    {
        QString id;
        QString name;
        double importance = 0.0;
        QString importanceSource; // what set the importance, in words; empty: the baseline
        QList<std::optional<double>> ratings; // one per compared candidate
        QStringList whys;                     // one per compared candidate (rating reasons)
    };

    struct AreaSection
    {
        QString id;
        QString name;
        QString description;
        QString pinnedName;  // empty unless pinned
        QList<RankingRow> ranking;
        QList<ComparedCandidate> compared;
        QList<CriterionRow> criteria; // sorted by importance, most important first
        QStringList sensitivity;      // sentences
        bool fragile = false;
        QStringList fragileReasons;
        double marginPercent = 100.0;
        AreaResult result;            // for the charts
    };

    struct SynergyRow
    {
        QString a;
        QString b;
        double points = 0.0;
        QString why;
    };

    struct StackRow
    {
        int rank = 0;
        QStringList names; // per area, in area order
        double score = 0.0;
    };

    struct ConflictRow
    {
        QString pins;          // "tRPC + Django"
        QString why;
        QStringList alternatives; // "React + Node.js + … (87.5)"
    };

    struct DisagreementRow
    {
        QString question;
        QList<LabelValue> answers; // member name -> answer labels (joined)
    };

    struct Driver
    {
        QString id;
        QString name;
        double importance = 0.0;
        QString source; // question text that set it, or empty
    };

    // Texts shared by every writer, so a heading reads the same in HTML, PDF and Markdown.
    enum class Text {
        Kicker,            // "Web stack decision"
        Summary,
        RecommendedStack,
        WhyThisStack,
        WatchOut,
        StackScore,        // "Stack score: %1 of 100"
        Project,
        Notes,
        Answers,
        Question,
        Answer,
        Unanswered,        // "%n question(s) left unanswered."
        Pins,
        WeightOverrides,
        PairwiseJudgments, // "Pairwise judgments (analytic hierarchy process)"
        PairwiseWeights,
        PairwiseMatrix,    // "Pairwise comparison matrix"
        PairwiseNotUsed,   // heading of why the judgments set no importance
        Rankings,
        Rank,
        Candidate,
        Score,
        Pinned,
        Comparison,
        Criterion,
        Importance,
        Rating,
        StrongFor,
        Pros,
        Cons,
        Breakdowns,
        Source,
        Sources,
        SaysWho,
        Points,
        Why,
        Sensitivity,
        NoSensitivity,
        Stacks,
        Synergies,
        NoSynergies,
        Constraints,
        Conflicts,
        Alternatives,
        TopStacks,
        Group,
        Members,
        Disagreements,
        NoDisagreements,
        MembersConsistency, // "Each member's pairwise consistency"
        PairwiseApart,      // "Pairwise judgments furthest apart"
        About,
        Author,
        Date,
        KnowledgeBase,
        Generated,         // "Generated by Stackwise %1 on %2."
        NoStack,
        Contents,
        SetBy,             // "set by %1"
        Baseline,
        Total,
        Pair,              // column of candidate pairs
    };
    // The report's sections in reading order: the one list the HTML and PDF writers walk
    // (walkSections), so a new section is added here once. Group only for a group decision;
    // Sources only when something is cited.
    enum class Section { Summary, Project, Rankings, Comparison, Breakdowns, Sensitivity, Stacks, Group, Sources, About };
    QList<Section> sections() const;
    // Calls writer.summary(), writer.project(), ... for sections() in order: every writer that
    // prints sections walks them here, so their order and presence live in one place.
    template<typename Writer>
    void walkSections(Writer &writer) const
    {
        for (const Section section : sections()) {
            switch (section) {
            case Section::Summary: writer.summary(); break;
            case Section::Project: writer.project(); break;
            case Section::Rankings: writer.rankings(); break;
            case Section::Comparison: writer.comparison(); break;
            case Section::Breakdowns: writer.breakdowns(); break;
            case Section::Sensitivity: writer.sensitivity(); break;
            case Section::Stacks: writer.stacks(); break;
            case Section::Group: writer.group(); break;
            case Section::Sources: writer.sources(); break;
            case Section::About: writer.about(); break;
            }
        }
    }
    static QString sectionId(Section section); // "summary", ... (HTML anchors)
    static Text sectionTitle(Section section);

    static QString text(Text which);
    static QString asOfText(const QString &asOf);  // "as of 2025-07"
    static QString staleText(const QString &asOf); // "as of 2023-05; may be out of date"
    // List items joined into one line ("A; B"), each without its final full stop.
    static QString joinItems(const QStringList &items);
    static QString unansweredText(int count);
    static QString stackScoreText(const QString &score);
    static QString generatedByText(const QString &version, const QString &date);
    static QString knowledgeBaseText(const QString &version, const QString &date);

    static ReportDocument build(const Evaluation &evaluation, const KnowledgeBase &kb);
    static ReportDocument build(const Evaluation &evaluation, const KnowledgeBase &kb, const Options &options);

    // Numbers and dates as the report shows them (the locale in effect when built).
    QString formatScore(double value) const;   // one decimal
    QString formatSigned(double value) const;  // "+4.0" / "−2.5"
    QString formatRating(double value) const;  // "9" or "7.5"
    QString generatedText() const;             // the locale's long date; ISO in the C locale

    // --- metadata
    QString language;
    QLocale locale;
    QDate generated;
    QString title;        // "Web stack decision: <project>"
    QString projectName;  // "Untitled project" when empty
    QString author;
    QString notes;
    QString kbVersion;
    QString kbDate;
    QString appVersion;
    ReportProvenance madeWith; // embedded by every writer, so that the report can be reopened
    QString supersedes;        // "0001-web-stack-decision-acme.md" (Options::supersedes)

    // --- summary
    QList<StackPick> recommended; // empty when no legal stack exists
    double stackScore = 0.0;
    QStringList reasons;          // why this stack, one sentence each
    struct Warning
    {
        QString text;
        QStringList details; // e.g. the answers that would change the first choice
    };
    QList<Warning> warnings;      // an old knowledge base, fragile winners and conflicts
    QList<SourceRow> sources;     // every source the breakdowns cite, numbered

    // --- the project and its answers
    QList<AnswerRow> answers;
    int unansweredCount = 0;
    QList<LabelValue> pins;
    QList<LabelValue> weightOverrides;
    // Pairwise importance (AHP): "Ecosystem : Performance" -> "3"; criterion -> weight and the
    // importance it gives; one sentence with λmax, CI, CR, RI and the completion method.
    QList<LabelValue> pairwiseJudgments;
    QList<LabelValue> pairwiseWeights;
    QString pairwiseConsistency;
    // The full matrix, rows and columns in pairwiseMatrixHeader's order (criterion names): a
    // judged entry as given ("3", "1/3"), one completed by Harker's method as w_i/w_j in
    // brackets ("(2.1)"), "1" on the diagonal; pairwiseMatrixNote says which is which.
    QStringList pairwiseMatrixHeader;
    QList<QStringList> pairwiseMatrix;
    QString pairwiseMatrixNote;
    QMap<QString, double> pairwiseWeightById; // criterion id -> weight (CSV)
    QString pairwiseProblem;                  // judgments that set no importance, and why
    QList<Driver> drivers;        // most important criteria, most important first

    // --- per area
    QList<AreaSection> areas;

    // --- stacks, synergies, constraints
    QList<SynergyRow> synergies;   // of the recommended stack
    QStringList constraintNotes;   // hard rules that shaped the recommended stack
    QList<ConflictRow> conflicts;
    QList<StackRow> stacks;
    QStringList stackHeader;       // area names, in area order

    // --- group mode
    bool isGroup = false;
    QList<LabelValue> members;     // name, file
    QList<DisagreementRow> disagreements;
    QList<LabelValue> memberConsistency; // member name -> "0.04" or "no pairwise judgments"
    QStringList pairwiseApart;           // sentences, widest spread first

    // --- CSV: every criterion of the knowledge base
    QList<LabelValue> allCriteria; // id, name

    // Kept for the chart painters, which read the knowledge base directly.
    KnowledgeBase kb;
};
