// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

// A small knowledge base and a hand-made Evaluation for the report writers' tests. The evaluation
// is written out here, not computed, so the golden files test the writers alone and do not change
// when the scoring or the default knowledge base change. It exercises every section: a pin, a
// what-if weight, nudges and a Limit term, sensitivity, a fragile area, synergies, a constraint, a
// pin conflict and (optionally) a group with a disagreement.

#include "Evaluation.h"
#include "KnowledgeBase.h"

#include <QString>
#include <QStringList>

namespace ReportFixture {

inline LocalizedText en(const char *text)
{
    return LocalizedText(QString::fromUtf8(text));
}

inline Candidate candidate(const char *id, const char *area, const char *name,
                           const QList<QPair<const char *, double>> &ratings)
{
    Candidate c;
    c.id = QLatin1String(id);
    c.area = QLatin1String(area);
    c.name = en(name);
    c.summary = LocalizedText(QStringLiteral("%1 in one paragraph, with a comma, \"quotes\" & an ampersand.")
                                  .arg(QString::fromUtf8(name)));
    c.strongFor = {LocalizedText(QStringLiteral("Teams that like %1.").arg(QString::fromUtf8(name)))};
    c.pros = {LocalizedText(QStringLiteral("%1 is quick to start.").arg(QString::fromUtf8(name))),
              en("Large community.")};
    c.cons = {LocalizedText(QStringLiteral("%1 needs care at scale.").arg(QString::fromUtf8(name)))};
    for (const auto &[criterion, score] : ratings) {
        Rating r;
        r.score = score;
        r.why = LocalizedText(QStringLiteral("%1 on %2.").arg(QString::fromUtf8(name), QLatin1String(criterion)));
        c.ratings.insert(QLatin1String(criterion), r);
    }
    return c;
}

inline KnowledgeBase knowledgeBase()
{
    KnowledgeBase kb;
    kb.meta = {QStringLiteral("2026.11"), QStringLiteral("2026-11-25")};
    Area ui;
    ui.id = QStringLiteral("ui");
    ui.name = en("User interface");
    ui.description = en("What runs in the browser.");
    ui.order = 1;
    Area server;
    server.id = QStringLiteral("server");
    server.name = en("Server");
    server.description = en("What answers the requests.");
    server.order = 2;
    kb.areas = {ui, server};

    auto criterion = [](const char *id, const char *name, QStringList areas, double baseline) {
        Criterion c;
        c.id = QLatin1String(id);
        c.name = en(name);
        c.areas = areas;
        c.baseline = baseline;
        return c;
    };
    kb.criteria = {criterion("ecosystem", "Ecosystem", {QStringLiteral("ui"), QStringLiteral("server")}, 6),
                   criterion("speed", "Speed", {QStringLiteral("ui"), QStringLiteral("server")}, 5),
                   criterion("seo", "SEO, first paint", {QStringLiteral("ui")}, 3),
                   criterion("realtime", "Real-time", {QStringLiteral("server")}, 4)};

    kb.candidates = {candidate("alpha", "ui", "Alpha", {{"ecosystem", 9}, {"speed", 7}, {"seo", 4}}),
                     candidate("beta", "ui", "Beta.js", {{"ecosystem", 8}, {"speed", 8}, {"seo", 9}}),
                     candidate("gamma", "ui", "Gamma", {{"ecosystem", 5}, {"speed", 9}, {"seo", 6.5}}),
                     candidate("delta", "ui", "Delta", {{"ecosystem", 3}, {"speed", 6}, {"seo", 8}}),
                     candidate("node", "server", "Node", {{"ecosystem", 10}, {"speed", 7}, {"realtime", 9}}),
                     candidate("dj", "server", "Dj", {{"ecosystem", 8}, {"speed", 6}, {"realtime", 5}})};

    Question lang;
    lang.id = QStringLiteral("team_language");
    lang.page = QStringLiteral("team");
    lang.text = en("Which language does your team know best?");
    Option js;
    js.id = QStringLiteral("javascript");
    js.label = en("JavaScript / TypeScript");
    Option py;
    py.id = QStringLiteral("python");
    py.label = en("Python");
    lang.options = {js, py};
    Question rt;
    rt.id = QStringLiteral("realtime");
    rt.page = QStringLiteral("server");
    rt.text = en("How central are real-time features?");
    Option core;
    core.id = QStringLiteral("core");
    core.label = en("Core of the product");
    rt.options = {core};
    Question kinds;
    kinds.id = QStringLiteral("app_kinds");
    kinds.page = QStringLiteral("team");
    kinds.kind = Question::Kind::Multi;
    kinds.text = en("What are you building?");
    Option crud;
    crud.id = QStringLiteral("crud");
    crud.label = en("Business CRUD");
    Option shop;
    shop.id = QStringLiteral("shop");
    shop.label = en("E-commerce");
    kinds.options = {crud, shop};
    Question hosting;
    hosting.id = QStringLiteral("hosting");
    hosting.page = QStringLiteral("server");
    hosting.text = en("Where will it run?");
    kb.questions = {lang, rt, kinds, hosting};

    Synergy s;
    s.a = QStringLiteral("alpha");
    s.b = QStringLiteral("node");
    s.points = 4;
    s.why = en("One language end to end.");
    Synergy clash;
    clash.a = QStringLiteral("beta");
    clash.b = QStringLiteral("dj");
    clash.points = -2;
    clash.why = en("Two build pipelines.");
    kb.synergies = {s, clash};

    Constraint c;
    c.id = QStringLiteral("gamma_needs_node");
    c.when = QStringLiteral("gamma");
    c.kind = Constraint::Kind::Requires;
    c.area = QStringLiteral("server");
    c.candidates = {QStringLiteral("node")};
    c.why = en("Gamma's server components run only on Node.");
    Constraint alphaRule;
    alphaRule.id = QStringLiteral("alpha_prefers_node");
    alphaRule.when = QStringLiteral("alpha");
    alphaRule.kind = Constraint::Kind::Forbids;
    alphaRule.area = QStringLiteral("server");
    alphaRule.candidates = {QStringLiteral("cobol")};
    alphaRule.why = en("Alpha cannot talk to a COBOL server.");
    kb.constraints = {c, alphaRule};
    // Says who: what the fixture's ratings cite (criterionTerm), one of them old enough to be stale.
    kb.sources = {Source{QStringLiteral("survey"), QStringLiteral("Developer Survey 2025 <results & charts>"),
                         QStringLiteral("Survey & Co."), QStringLiteral("https://example.org/survey?year=2025&x=<1>"),
                         QStringLiteral("2025-07"), {}, {}},
                  Source{QStringLiteral("bench"), QStringLiteral("Speed benchmark, round 19"), QString(),
                         QStringLiteral("https://example.org/bench"), QStringLiteral("2020-05"), {}, {}}};
    kb.reindex();
    return kb;
}

inline Contribution criterionTerm(const char *criterion, const char *question, double importance, double rating,
                                  double points)
{
    Contribution c;
    c.kind = Contribution::Kind::Criterion;
    c.criterion = QLatin1String(criterion);
    c.question = QLatin1String(question);
    c.importance = importance;
    c.rating = rating;
    c.points = points;
    c.why = QStringLiteral("Rated %1 on %2.").arg(rating).arg(QLatin1String(criterion));
    // Speed cites an old benchmark (stale as of the fixture's dates); the rest the survey.
    const bool speed = c.criterion == QLatin1String("speed");
    c.sources = {speed ? QStringLiteral("bench") : QStringLiteral("survey")};
    c.asOf = speed ? QStringLiteral("2020-05") : QStringLiteral("2025-07");
    c.stale = speed;
    return c;
}

inline CandidateScore score(const char *id, double total, QList<Contribution> contributions)
{
    return CandidateScore{QLatin1String(id), total, contributions, {}};
}

inline Evaluation evaluation(bool group = false)
{
    Evaluation e;
    e.answers.project = {QStringLiteral("Acme portal, phase 2"), QStringLiteral("Jane Doe"),
                         QStringLiteral("Field technicians update jobs from tablets.\nDispatch needs live status.\n\n"
                                        "Budget: small team, mostly JavaScript.")};
    e.answers.answers = {{QStringLiteral("team_language"), {QStringLiteral("javascript")}},
                         {QStringLiteral("realtime"), {QStringLiteral("core")}},
                         {QStringLiteral("app_kinds"), {QStringLiteral("crud"), QStringLiteral("shop")}}};
    e.answers.pins = {{QStringLiteral("server"), QStringLiteral("node")}};
    e.answers.weights = {{QStringLiteral("ecosystem"), 8}};
    e.importance = {{QStringLiteral("ecosystem"), 8}, {QStringLiteral("speed"), 5}, {QStringLiteral("seo"), 3},
                    {QStringLiteral("realtime"), 9}};

    AreaResult ui;
    ui.area = QStringLiteral("ui");
    ui.importance = {{QStringLiteral("ecosystem"), 8}, {QStringLiteral("speed"), 5}, {QStringLiteral("seo"), 3}};
    ui.importanceSource = {{QStringLiteral("ecosystem"), QStringLiteral("weights")}};
    Contribution nudge;
    nudge.kind = Contribution::Kind::Nudge;
    nudge.question = QStringLiteral("team_language");
    nudge.option = QStringLiteral("javascript");
    nudge.points = 3;
    nudge.why = QStringLiteral("A JavaScript team knows Alpha.");
    Contribution pinNudge;
    pinNudge.kind = Contribution::Kind::Nudge;
    pinNudge.question = QStringLiteral("pin:server");
    pinNudge.option = QStringLiteral("node");
    pinNudge.points = 4;
    pinNudge.why = QStringLiteral("Pinned Node: One language end to end.");
    ui.ranking = {score("alpha", 83.25,
                        {criterionTerm("ecosystem", "weights", 8, 9, 45), criterionTerm("speed", "", 5, 7, 21.88),
                         criterionTerm("seo", "", 3, 4, 7.5), nudge, pinNudge, }),
                  score("beta", 81.56,
                        {criterionTerm("ecosystem", "weights", 8, 8, 40), criterionTerm("speed", "", 5, 8, 25),
                         criterionTerm("seo", "", 3, 9, 16.88)}),
                  score("gamma", 63.28,
                        {criterionTerm("ecosystem", "weights", 8, 5, 25), criterionTerm("speed", "", 5, 9, 28.13),
                         criterionTerm("seo", "", 3, 6.5, 12.19), }),
                  score("delta", 46.25,
                        {criterionTerm("ecosystem", "weights", 8, 3, 15), criterionTerm("speed", "", 5, 6, 18.75),
                         criterionTerm("seo", "", 3, 8, 15)})};
    ui.ranking[3].contributions.append(Contribution{Contribution::Kind::Limit, {}, {}, {}, 0, 0, -2.5,
                                                    QStringLiteral("Scores are kept within 0 to 100."), {}, {}, false});
    ui.sensitivity = {SensitivityEntry{QStringLiteral("seo"), 3, 4.5, QStringLiteral("beta"), QString()},
                      SensitivityEntry{QStringLiteral("ecosystem"), 8, 5, QStringLiteral("beta"),
                                       QStringLiteral("Alpha stays first unless Ecosystem importance falls below 5 (then Beta.js).")}};
    ui.marginPercent = 2.0;
    ui.fragile = true;
    ui.fragileReasons = {QStringLiteral("Alpha leads Beta.js by only 2.0 %."),
                         QStringLiteral("Answering 'Which language does your team know best?' with 'Python' would make Beta.js first.")};

    AreaResult server;
    server.area = QStringLiteral("server");
    server.pinned = QStringLiteral("node");
    server.importance = {{QStringLiteral("ecosystem"), 8}, {QStringLiteral("speed"), 5}, {QStringLiteral("realtime"), 9}};
    server.importanceSource = {{QStringLiteral("ecosystem"), QStringLiteral("weights")},
                               {QStringLiteral("realtime"), QStringLiteral("realtime")}};
    server.ranking = {score("node", 100,
                            {criterionTerm("ecosystem", "weights", 8, 10, 36.36), criterionTerm("speed", "", 5, 7, 15.91),
                             criterionTerm("realtime", "realtime", 9, 9, 36.82),
                             Contribution{Contribution::Kind::Nudge, {}, QStringLiteral("realtime"), QStringLiteral("core"), 0, 0,
                                          20, QStringLiteral("Event loop suits live updates."), {}, {}, false},
                             Contribution{Contribution::Kind::Limit, {}, {}, {}, 0, 0, -9.09,
                                          QStringLiteral("Scores are kept within 0 to 100."), {}, {}, false}}),
                      score("dj", 63.64,
                            {criterionTerm("ecosystem", "weights", 8, 8, 29.09), criterionTerm("speed", "", 5, 6, 13.64),
                             criterionTerm("realtime", "realtime", 9, 5, 20.45)})};
    server.marginPercent = 36.4;
    e.areas = {ui, server};

    StackResult best;
    best.choice = {{QStringLiteral("ui"), QStringLiteral("alpha")}, {QStringLiteral("server"), QStringLiteral("node")}};
    best.score = 95.63;
    best.synergies = {StackSynergy{QStringLiteral("alpha"), QStringLiteral("node"), 4, QStringLiteral("One language end to end.")}};
    StackResult second;
    second.choice = {{QStringLiteral("ui"), QStringLiteral("beta")}, {QStringLiteral("server"), QStringLiteral("node")}};
    second.score = 90.78;
    StackResult third;
    third.choice = {{QStringLiteral("ui"), QStringLiteral("gamma")}, {QStringLiteral("server"), QStringLiteral("node")}};
    third.score = 81.64;
    e.stacks = {best, second, third};

    PinConflict conflict;
    conflict.constraint = QStringLiteral("gamma_needs_node");
    conflict.pins = {QStringLiteral("gamma"), QStringLiteral("dj")};
    conflict.alternatives = {third};
    e.conflicts = {conflict};

    if (group) {
        GroupInfo g;
        g.members = {GroupMember{QStringLiteral("alice.yaml"), QStringLiteral("Alice")},
                     GroupMember{QStringLiteral("bob.yaml"), QStringLiteral("Bob")}};
        g.disagreements = {Disagreement{QStringLiteral("team_language"),
                                        {{QStringLiteral("alice.yaml"), {QStringLiteral("javascript")}},
                                         {QStringLiteral("bob.yaml"), {QStringLiteral("python")}}}},
                           Disagreement{QStringLiteral("app_kinds"),
                                        {{QStringLiteral("alice.yaml"), {QStringLiteral("crud"), QStringLiteral("shop")}},
                                         {QStringLiteral("bob.yaml"), {}}}}};
        e.group = g;
    }
    return e;
}

} // namespace ReportFixture
