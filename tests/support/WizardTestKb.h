// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

// A small knowledge base built in code for the GUI tests, so they do not depend on the content
// of the default KB: three areas, a team question, a single and a multi question. With no
// answers Django leads the backend; answering realtime: core makes Node.js lead.
#include "KnowledgeBase.h"

namespace WizardTestKb {

inline LocalizedText t(const char *text)
{
    return LocalizedText(QString::fromUtf8(text));
}

inline Effect importance(const char *criterion, double delta)
{
    Effect e;
    e.kind = Effect::Kind::Importance;
    e.target = QString::fromUtf8(criterion);
    e.amount = delta;
    e.why = t("Test reason.");
    return e;
}

inline Effect nudge(const char *candidate, double points)
{
    Effect e;
    e.kind = Effect::Kind::Nudge;
    e.target = QString::fromUtf8(candidate);
    e.amount = points;
    e.why = t("Test nudge.");
    return e;
}

inline Candidate candidate(const char *id, const char *area, const char *name,
                           const QMap<QString, double> &ratings)
{
    Candidate c;
    c.id = QString::fromUtf8(id);
    c.area = QString::fromUtf8(area);
    c.name = t(name);
    c.summary = t("A test candidate.");
    c.pros = {t("Good at tests.")};
    c.cons = {t("Only exists in tests.")};
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
        Rating rating;
        rating.score = it.value();
        rating.why = t("Rated for the test.");
        c.ratings.insert(it.key(), rating);
    }
    return c;
}

inline Area area(const char *id, const char *name, const char *description, int order)
{
    Area a;
    a.id = QString::fromUtf8(id);
    a.name = t(name);
    a.description = t(description);
    a.order = order;
    return a;
}

inline Criterion criterion(const char *id, const char *name, const QStringList &areas,
                           double baseline)
{
    Criterion c;
    c.id = QString::fromUtf8(id);
    c.name = t(name);
    c.description = t("A test criterion.");
    c.areas = areas;
    c.baseline = baseline;
    return c;
}

inline Option option(const char *id, const char *label, const QList<Effect> &effects)
{
    Option o;
    o.id = QString::fromUtf8(id);
    o.label = t(label);
    o.effects = effects;
    return o;
}

inline Question question(const char *id, const char *page, Question::Kind kind, const char *text,
                         const QList<Option> &options)
{
    Question q;
    q.id = QString::fromUtf8(id);
    q.page = QString::fromUtf8(page);
    q.kind = kind;
    q.text = t(text);
    q.help = t("Help text that explains why this question matters for the ranking.");
    q.options = options;
    return q;
}

inline KnowledgeBase make()
{
    const auto s = [](const char *x) { return QString::fromUtf8(x); };
    KnowledgeBase kb;
    kb.meta = {s("test"), s("2026-01-01")};
    kb.areas = {
        area("frontend", "Frontend", "What runs in the browser.", 1),
        area("backend", "Backend", "What runs on the server.", 2),
        area("database", "Database", "Where the data lives.", 3),
    };
    kb.criteria = {
        criterion("ecosystem", "Ecosystem", {s("frontend"), s("backend"), s("database")}, 5),
        criterion("realtime", "Real-time", {s("backend")}, 1),
        criterion("learning", "Learning curve", {s("frontend")}, 5),
    };
    kb.candidates = {
        candidate("react", "frontend", "React", {{s("ecosystem"), 10}, {s("learning"), 5}}),
        candidate("vue", "frontend", "Vue", {{s("ecosystem"), 7}, {s("learning"), 9}}),
        candidate("django", "backend", "Django", {{s("ecosystem"), 9}, {s("realtime"), 4}}),
        candidate("nodejs", "backend", "Node.js", {{s("ecosystem"), 7}, {s("realtime"), 9}}),
        candidate("postgresql", "database", "PostgreSQL", {{s("ecosystem"), 9}}),
        candidate("sqlite", "database", "SQLite", {{s("ecosystem"), 6}}),
    };
    kb.questions = {
        question("team_language", "team", Question::Kind::Single,
                 "Which language does the team know best?",
                 {option("javascript", "JavaScript / TypeScript", {nudge("nodejs", 5)}),
                  option("python", "Python", {nudge("django", 5)})}),
        question("app_kinds", "frontend", Question::Kind::Multi, "What are you building?",
                 {option("dashboard", "Dashboards & admin screens", {importance("learning", 2)}),
                  option("content", "Content site", {importance("ecosystem", 1)}),
                  option("realtime_collab", "Real-time collaboration", {importance("realtime", 2)})}),
        question("realtime", "backend", Question::Kind::Single,
                 "How central are real-time features?",
                 {option("core", "Core of the product", {importance("realtime", 8)}),
                  option("none", "Not needed", {importance("realtime", -1)})}),
    };
    Synergy synergy;
    synergy.a = s("react");
    synergy.b = s("nodejs");
    synergy.points = 2;
    synergy.why = t("One language.");
    kb.synergies = {synergy};
    kb.reindex();
    return kb;
}

} // namespace WizardTestKb
