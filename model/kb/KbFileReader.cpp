// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "KbFileReader.h"

#include "YamlReader.h"
#include "YamlSource.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KbFileReader)
};

using Field = YamlReader::Field;
using Fields = YamlReader::Fields;

class Reader
{
public:
    Reader(const YamlSource &source, Diagnostics *diagnostics)
        : r(source, diagnostics)
    {
    }

    void read(const YAML::Node &root, KnowledgeBase *kb)
    {
        if (YamlReader::isEmptyValue(root))
            return; // an empty file adds nothing
        const auto top = r.map(Field::item(root), Tr::tr("a knowledge-base file"), {},
                               {QStringLiteral("kb"), QStringLiteral("areas"), QStringLiteral("criteria"),
                                QStringLiteral("candidates"), QStringLiteral("questions"), QStringLiteral("synergies"),
                                QStringLiteral("constraints"), QStringLiteral("language_rules"), QStringLiteral("sources")});
        if (!top)
            return;
        if (top->contains(QStringLiteral("kb")))
            readMeta(top->value(QStringLiteral("kb")), &kb->meta);
        readList(*top, QStringLiteral("areas"), Tr::tr("areas"), [&](const Field &f) { readArea(f, kb); });
        readList(*top, QStringLiteral("criteria"), Tr::tr("criteria"), [&](const Field &f) { readCriterion(f, kb); });
        readList(*top, QStringLiteral("candidates"), Tr::tr("candidates"), [&](const Field &f) { readCandidate(f, kb); });
        readList(*top, QStringLiteral("questions"), Tr::tr("questions"), [&](const Field &f) { readQuestion(f, kb); });
        readList(*top, QStringLiteral("synergies"), Tr::tr("synergies"), [&](const Field &f) { readSynergy(f, kb); });
        readList(*top, QStringLiteral("constraints"), Tr::tr("constraints"), [&](const Field &f) { readConstraint(f, kb); });
        readList(*top, QStringLiteral("sources"), Tr::tr("sources"), [&](const Field &f) { readSource(f, kb); });
        if (top->contains(QStringLiteral("language_rules")))
            readLanguageRules(top->value(QStringLiteral("language_rules")), &kb->languageRules);
    }

private:
    template<typename Fn>
    void readList(const Fields &top, const QString &key, const QString &what, Fn readItem)
    {
        if (!top.contains(key))
            return;
        if (const auto items = r.list(top.value(key), what))
            for (const Field &item : *items)
                readItem(item);
    }

    static QStringList keys(std::initializer_list<const char *> names)
    {
        QStringList out;
        for (const char *n : names)
            out.append(QLatin1String(n));
        return out;
    }

    // Reads fields.value(key) with `read` when present; keeps `*target` otherwise.
    template<typename T, typename Fn>
    void optional(const Fields &fields, const char *key, T *target, Fn read)
    {
        const auto it = fields.constFind(QLatin1String(key));
        if (it == fields.constEnd())
            return;
        if (auto value = read(*it))
            *target = *value;
    }

    auto localizedReader(const QString &what)
    {
        return [this, what](const Field &f) { return r.localized(f, what); };
    }

    void readMeta(const Field &field, KbMeta *meta)
    {
        const auto f = r.map(field, Tr::tr("kb"), {}, keys({"version", "date"}));
        if (!f)
            return;
        optional(*f, "version", &meta->version, [&](const Field &v) { return r.text(v, Tr::tr("kb version")); });
        optional(*f, "date", &meta->date, [&](const Field &v) { return r.text(v, Tr::tr("kb date")); });
    }

    void readArea(const Field &field, KnowledgeBase *kb)
    {
        const auto f = r.map(field, Tr::tr("area"), keys({"id", "name"}), keys({"description", "order"}));
        if (!f)
            return;
        Area a;
        a.pos = r.pos(field);
        optional(*f, "id", &a.id, [&](const Field &v) { return r.id(v, Tr::tr("area id")); });
        optional(*f, "name", &a.name, localizedReader(Tr::tr("area name")));
        optional(*f, "description", &a.description, localizedReader(Tr::tr("area description")));
        optional(*f, "order", &a.order, [&](const Field &v) { return r.integer(v, Tr::tr("area order")); });
        if (!a.id.isEmpty())
            kb->areas.append(a);
    }

    void readCriterion(const Field &field, KnowledgeBase *kb)
    {
        const auto f = r.map(field, Tr::tr("criterion"), keys({"id", "name", "areas"}), keys({"description", "baseline"}));
        if (!f)
            return;
        Criterion c;
        c.pos = r.pos(field);
        optional(*f, "id", &c.id, [&](const Field &v) { return r.id(v, Tr::tr("criterion id")); });
        optional(*f, "name", &c.name, localizedReader(Tr::tr("criterion name")));
        optional(*f, "description", &c.description, localizedReader(Tr::tr("criterion description")));
        if (f->contains(QStringLiteral("areas"))) {
            QList<SourcePos> positions;
            if (const auto areas = r.idList(f->value(QStringLiteral("areas")), Tr::tr("criterion areas"), &positions)) {
                c.areas = *areas;
                c.areaPos = positions;
            }
        }
        if (f->contains(QStringLiteral("baseline"))) {
            const Field &b = f->value(QStringLiteral("baseline"));
            c.baselinePos = r.pos(b);
            if (const auto v = r.number(b, Tr::tr("criterion baseline")))
                c.baseline = *v;
        }
        if (!c.id.isEmpty())
            kb->criteria.append(c);
    }

    void readCandidate(const Field &field, KnowledgeBase *kb)
    {
        const auto f = r.map(field, Tr::tr("candidate"), keys({"id", "area", "name", "ratings"}),
                             keys({"summary", "link", "strong_for", "pros", "cons", "languages", "scaffold"}));
        if (!f)
            return;
        Candidate c;
        c.pos = r.pos(field);
        optional(*f, "id", &c.id, [&](const Field &v) { return r.id(v, Tr::tr("candidate id")); });
        if (f->contains(QStringLiteral("area"))) {
            c.areaPos = r.pos(f->value(QStringLiteral("area")));
            if (const auto area = r.id(f->value(QStringLiteral("area")), Tr::tr("candidate area")))
                c.area = *area;
        }
        optional(*f, "name", &c.name, localizedReader(Tr::tr("candidate name")));
        optional(*f, "summary", &c.summary, localizedReader(Tr::tr("candidate summary")));
        optional(*f, "link", &c.link, [&](const Field &v) { return r.text(v, Tr::tr("candidate link")); });
        optional(*f, "strong_for", &c.strongFor, [&](const Field &v) { return r.localizedList(v, Tr::tr("strong_for item")); });
        optional(*f, "pros", &c.pros, [&](const Field &v) { return r.localizedList(v, Tr::tr("pros item")); });
        optional(*f, "cons", &c.cons, [&](const Field &v) { return r.localizedList(v, Tr::tr("cons item")); });
        readIdList(*f, "languages", Tr::tr("candidate language"), &c.languages, &c.languagePos);
        if (f->contains(QStringLiteral("scaffold")))
            readScaffold(f->value(QStringLiteral("scaffold")), &c.scaffold);
        if (f->contains(QStringLiteral("ratings"))) {
            const Field &ratings = f->value(QStringLiteral("ratings"));
            c.ratingsPos = r.pos(ratings.key);
            if (const auto entries = r.entries(ratings, Tr::tr("ratings"))) {
                for (const auto &[criterion, value] : *entries) {
                    Rating rating;
                    rating.pos = r.pos(value.key);
                    rating.scorePos = r.pos(value);
                    if (readRating(criterion, value, &rating))
                        c.ratings.insert(criterion, rating);
                }
            }
        }
        if (!c.id.isEmpty())
            kb->candidates.append(c);
    }

    bool readRating(const QString &criterion, const Field &field, Rating *rating)
    {
        const QString what = Tr::tr("rating of '%1'").arg(criterion);
        const auto f = r.map(field, what, keys({"score", "why"}), keys({"source", "as_of"}));
        if (!f)
            return false;
        if (f->contains(QStringLiteral("score"))) {
            const Field &score = f->value(QStringLiteral("score"));
            rating->scorePos = r.pos(score);
            if (const auto v = r.number(score, Tr::tr("rating score")))
                rating->score = *v;
        }
        optional(*f, "why", &rating->why, localizedReader(Tr::tr("rating reason")));
        readEvidence(*f, &rating->evidence);
        return true;
    }

    void readQuestion(const Field &field, KnowledgeBase *kb)
    {
        const auto f = r.map(field, Tr::tr("question"), keys({"id", "page", "kind", "text", "options"}), keys({"help"}));
        if (!f)
            return;
        Question q;
        q.pos = r.pos(field);
        optional(*f, "id", &q.id, [&](const Field &v) { return r.id(v, Tr::tr("question id")); });
        if (f->contains(QStringLiteral("page"))) {
            q.pagePos = r.pos(f->value(QStringLiteral("page")));
            if (const auto page = r.id(f->value(QStringLiteral("page")), Tr::tr("question page")))
                q.page = *page;
        }
        if (f->contains(QStringLiteral("kind"))) {
            const Field &kind = f->value(QStringLiteral("kind"));
            if (const auto k = r.text(kind, Tr::tr("question kind"))) {
                if (*k == QLatin1String("single"))
                    q.kind = Question::Kind::Single;
                else if (*k == QLatin1String("multi"))
                    q.kind = Question::Kind::Multi;
                else
                    r.error(kind, Tr::tr("unknown question kind '%1' (expected single or multi)").arg(*k));
            }
        }
        optional(*f, "text", &q.text, localizedReader(Tr::tr("question text")));
        optional(*f, "help", &q.help, localizedReader(Tr::tr("question help")));
        if (f->contains(QStringLiteral("options"))) {
            if (const auto options = r.list(f->value(QStringLiteral("options")), Tr::tr("options")))
                for (const Field &o : *options)
                    readOption(o, &q);
        }
        if (!q.id.isEmpty())
            kb->questions.append(q);
    }

    void readOption(const Field &field, Question *q)
    {
        // `effects` is optional here so that KbValidator reports a missing and an empty list alike.
        const auto f = r.map(field, Tr::tr("option"), keys({"id", "label"}), keys({"effects", "languages"}));
        if (!f)
            return;
        Option o;
        o.pos = r.pos(field);
        optional(*f, "id", &o.id, [&](const Field &v) { return r.id(v, Tr::tr("option id")); });
        optional(*f, "label", &o.label, localizedReader(Tr::tr("option label")));
        readIdList(*f, "languages", Tr::tr("option language"), &o.languages, &o.languagePos);
        if (f->contains(QStringLiteral("effects"))) {
            if (const auto effects = r.list(f->value(QStringLiteral("effects")), Tr::tr("effects")))
                for (const Field &e : *effects)
                    readEffect(e, &o);
        }
        if (!o.id.isEmpty())
            q->options.append(o);
    }

    void readEffect(const Field &field, Option *o)
    {
        const auto f = r.map(field, Tr::tr("effect"), keys({"why"}), keys({"criterion", "importance", "candidate", "points", "areas", "source", "as_of"}));
        if (!f)
            return;
        Effect e;
        e.pos = r.pos(field);
        const bool criterion = f->contains(QStringLiteral("criterion"));
        const bool candidate = f->contains(QStringLiteral("candidate"));
        const char *targetKey = criterion ? "criterion" : "candidate";
        const char *amountKey = criterion ? "importance" : "points";
        if (criterion == candidate) {
            r.error(field.value, Tr::tr("an effect names either a 'criterion' (with 'importance') or a 'candidate' (with 'points')"));
            return;
        }
        const char *wrongAmount = criterion ? "points" : "importance";
        const bool hasWrongAmount = f->contains(QLatin1String(wrongAmount));
        if (hasWrongAmount)
            r.error(f->value(QLatin1String(wrongAmount)).key,
                    Tr::tr("'%1' does not go with '%2' (use '%3')").arg(QLatin1String(wrongAmount), QLatin1String(targetKey), QLatin1String(amountKey)));
        e.kind = criterion ? Effect::Kind::Importance : Effect::Kind::Nudge;
        const Field &target = f->value(QLatin1String(targetKey));
        e.targetPos = r.pos(target);
        if (const auto t = r.id(target, criterion ? Tr::tr("effect criterion") : Tr::tr("effect candidate")))
            e.target = *t;
        if (!f->contains(QLatin1String(amountKey))) {
            if (!hasWrongAmount) // that error already says which key is missing
                r.error(field.value, Tr::tr("effect is missing the required key '%1'").arg(QLatin1String(amountKey)));
        } else {
            const Field &amount = f->value(QLatin1String(amountKey));
            e.amountPos = r.pos(amount);
            if (const auto v = r.number(amount, criterion ? Tr::tr("effect importance") : Tr::tr("effect points")))
                e.amount = *v;
        }
        optional(*f, "why", &e.why, localizedReader(Tr::tr("effect reason")));
        if (f->contains(QStringLiteral("areas")) && !criterion)
            r.error(f->value(QStringLiteral("areas")).key,
                    Tr::tr("'areas' scopes an importance effect; a nudge already names its candidate"));
        else
            readIdList(*f, "areas", Tr::tr("effect area"), &e.areas, &e.areaPos);
        readEvidence(*f, &e.evidence);
        o->effects.append(e);
    }

    // scaffold: {folder, docs, checked, commands: [run | {run, with, without}], service, env, note}
    void readScaffold(const Field &field, Scaffold *out)
    {
        const auto f = r.map(field, Tr::tr("scaffold"), keys({"docs", "checked"}),
                             keys({"folder", "commands", "service", "env", "note"}));
        if (!f)
            return;
        Scaffold x;
        x.pos = r.pos(field);
        if (f->contains(QStringLiteral("folder"))) {
            const Field &folder = f->value(QStringLiteral("folder"));
            // A folder name of its own, never a path: the starter writes nothing outside itself.
            if (const auto name = r.id(folder, Tr::tr("scaffold folder")))
                x.folder = *name;
        }
        if (f->contains(QStringLiteral("docs"))) {
            const Field &docs = f->value(QStringLiteral("docs"));
            x.docsPos = r.pos(docs);
            if (const auto url = r.text(docs, Tr::tr("scaffold docs"))) {
                if (!url->startsWith(QLatin1String("https://")))
                    r.error(docs, Tr::tr("scaffold docs must be an https:// address of the official page, got '%1'").arg(*url));
                else
                    x.docs = *url;
            }
        }
        if (f->contains(QStringLiteral("checked"))) {
            const Field &checked = f->value(QStringLiteral("checked"));
            x.checkedPos = r.pos(checked);
            if (const auto date = readDate(checked, Tr::tr("scaffold checked date")))
                x.checked = *date;
        }
        if (f->contains(QStringLiteral("commands"))) {
            if (const auto items = r.list(f->value(QStringLiteral("commands")), Tr::tr("scaffold commands"))) {
                for (const Field &item : *items) {
                    ScaffoldCommand command;
                    command.pos = r.pos(item);
                    if (item.value.IsScalar()) {
                        if (const auto run = r.text(item, Tr::tr("scaffold command")))
                            command.run = *run;
                    } else if (const auto c = r.map(item, Tr::tr("scaffold command"), keys({"run"}), keys({"with", "without"}))) {
                        optional(*c, "run", &command.run, [&](const Field &v) { return r.text(v, Tr::tr("scaffold command")); });
                        readIdList(*c, "with", Tr::tr("scaffold command 'with' candidate"), &command.with, &command.withPos);
                        readIdList(*c, "without", Tr::tr("scaffold command 'without' candidate"), &command.without, &command.withoutPos);
                    }
                    if (command.run.contains(QLatin1Char('\n')))
                        r.error(item, Tr::tr("a scaffold command is one line; give each command its own entry"));
                    else if (!command.run.isEmpty())
                        x.commands.append(command);
                }
            }
        }
        if (f->contains(QStringLiteral("service")))
            readService(f->value(QStringLiteral("service")), &x.service);
        if (f->contains(QStringLiteral("env")))
            x.env = readVariables(f->value(QStringLiteral("env")), Tr::tr("scaffold env"));
        optional(*f, "note", &x.note, localizedReader(Tr::tr("scaffold note")));
        *out = x;
    }

    void readService(const Field &field, ScaffoldService *out)
    {
        const auto f = r.map(field, Tr::tr("scaffold service"), keys({"name", "image"}),
                             keys({"port", "volume", "environment", "healthcheck"}));
        if (!f)
            return;
        ScaffoldService x;
        x.pos = r.pos(field);
        optional(*f, "name", &x.name, [&](const Field &v) { return r.id(v, Tr::tr("service name")); });
        if (f->contains(QStringLiteral("image"))) {
            const Field &image = f->value(QStringLiteral("image"));
            if (const auto text = r.text(image, Tr::tr("service image"))) {
                // An official image with its tag: `latest` moves under the user's feet.
                static const QRegularExpression form(QStringLiteral("^[a-z0-9][a-z0-9._/-]*:[A-Za-z0-9._-]+$"));
                if (!form.match(*text).hasMatch() || text->endsWith(QLatin1String(":latest")))
                    r.error(image, Tr::tr("service image must be NAME:TAG with a fixed tag (not latest), got '%1'").arg(*text));
                else
                    x.image = *text;
            }
        }
        if (f->contains(QStringLiteral("port"))) {
            const Field &port = f->value(QStringLiteral("port"));
            if (const auto n = r.integer(port, Tr::tr("service port"))) {
                if (*n < 1 || *n > 65535)
                    r.error(port, Tr::tr("service port must be 1 to 65535, got %1").arg(*n));
                else
                    x.port = *n;
            }
        }
        if (f->contains(QStringLiteral("volume"))) {
            const Field &volume = f->value(QStringLiteral("volume"));
            if (const auto path = r.text(volume, Tr::tr("service volume"))) {
                if (!path->startsWith(QLatin1Char('/')))
                    r.error(volume, Tr::tr("service volume is the data path inside the container, an absolute path; got '%1'").arg(*path));
                else
                    x.volume = *path;
            }
        }
        if (f->contains(QStringLiteral("environment")))
            x.environment = readVariables(f->value(QStringLiteral("environment")), Tr::tr("service environment"));
        if (f->contains(QStringLiteral("healthcheck"))) {
            const Field &check = f->value(QStringLiteral("healthcheck"));
            if (const auto items = r.list(check, Tr::tr("service healthcheck"))) {
                for (const Field &item : *items)
                    if (const auto word = r.text(item, Tr::tr("healthcheck word")))
                        x.healthcheck.append(*word);
                if (!x.healthcheck.isEmpty() && x.healthcheck.first() != QLatin1String("CMD")
                    && x.healthcheck.first() != QLatin1String("CMD-SHELL"))
                    r.error(check, Tr::tr("a healthcheck starts with CMD or CMD-SHELL, got '%1'").arg(x.healthcheck.first()));
            }
        }
        *out = x;
    }

    // NAME: value, in file order; names as environment variables are written.
    QList<ScaffoldVariable> readVariables(const Field &field, const QString &what)
    {
        QList<ScaffoldVariable> variables;
        static const QRegularExpression name(QStringLiteral("^[A-Z_][A-Z0-9_]*$"));
        if (const auto entries = r.entries(field, what)) {
            for (const auto &[key, value] : *entries) {
                if (!name.match(key).hasMatch()) {
                    r.error(value.key, Tr::tr("%1: '%2' is not a variable name (A-Z, 0-9 and _)").arg(what, key));
                    continue;
                }
                if (const auto text = r.text(value, what, /*allowEmpty=*/true))
                    variables.append({key, *text, r.pos(value.key)});
            }
        }
        return variables;
    }

    void readIdList(const Fields &fields, const char *key, const QString &what, QStringList *ids,
                    QList<SourcePos> *positions)
    {
        const auto it = fields.constFind(QLatin1String(key));
        if (it == fields.constEnd())
            return;
        if (const auto list = r.idList(*it, what, positions))
            *ids = *list;
    }

    // `source: id` or `source: [id, ...]`, and `as_of: YYYY-MM[-DD]`.
    void readEvidence(const Fields &fields, Evidence *e)
    {
        if (fields.contains(QStringLiteral("source"))) {
            const Field &source = fields.value(QStringLiteral("source"));
            if (source.value.IsSequence()) {
                readIdList(fields, "source", Tr::tr("source id"), &e->sources, &e->sourcePos);
            } else if (const auto id = r.id(source, Tr::tr("source id"))) {
                e->sources = {*id};
                e->sourcePos = {r.pos(source)};
            }
        }
        if (fields.contains(QStringLiteral("as_of"))) {
            const Field &asOf = fields.value(QStringLiteral("as_of"));
            e->asOfPos = r.pos(asOf);
            if (const auto date = readDate(asOf, Tr::tr("as_of date")))
                e->asOf = *date;
        }
    }

    // YYYY-MM-DD or YYYY-MM, a real date. yaml-cpp hands back `2025-07` and `2025-07-01` as text.
    std::optional<QString> readDate(const Field &field, const QString &what)
    {
        const auto text = r.text(field, what);
        if (!text)
            return std::nullopt;
        const bool month = text->size() == 7 && QDate::fromString(*text + QStringLiteral("-01"), Qt::ISODate).isValid();
        const bool day = text->size() == 10 && QDate::fromString(*text, Qt::ISODate).isValid();
        if (!month && !day) {
            r.error(field, Tr::tr("%1 must be YYYY-MM-DD or YYYY-MM, got '%2'").arg(what, *text));
            return std::nullopt;
        }
        return text;
    }

    void readSource(const Field &field, KnowledgeBase *kb)
    {
        const auto f = r.map(field, Tr::tr("source"), keys({"id", "title", "date"}), keys({"publisher", "url"}));
        if (!f)
            return;
        Source s;
        s.pos = r.pos(field);
        optional(*f, "id", &s.id, [&](const Field &v) { return r.id(v, Tr::tr("source id")); });
        optional(*f, "title", &s.title, [&](const Field &v) { return r.text(v, Tr::tr("source title")); });
        optional(*f, "publisher", &s.publisher, [&](const Field &v) { return r.text(v, Tr::tr("source publisher")); });
        if (f->contains(QStringLiteral("url"))) {
            const Field &url = f->value(QStringLiteral("url"));
            if (const auto u = r.text(url, Tr::tr("source url"))) {
                if (!u->startsWith(QLatin1String("https://")) && !u->startsWith(QLatin1String("http://")))
                    r.error(url, Tr::tr("source url must start with https:// or http://, got '%1'").arg(*u));
                else
                    s.url = *u;
            }
        }
        if (f->contains(QStringLiteral("date"))) {
            s.datePos = r.pos(f->value(QStringLiteral("date")));
            if (const auto d = readDate(f->value(QStringLiteral("date")), Tr::tr("source date")))
                s.date = *d;
        }
        if (!s.id.isEmpty())
            kb->sources.append(s);
    }

    void readLanguageRules(const Field &field, LanguageRules *rules)
    {
        const auto f = r.map(field, Tr::tr("language_rules"), keys({"names"}), keys({"team_language", "one_language"}));
        if (!f)
            return;
        LanguageRules l;
        l.pos = r.pos(field);
        if (const auto names = r.entries(f->value(QStringLiteral("names")), Tr::tr("language names"))) {
            for (const auto &[id, value] : *names) {
                if (!YamlReader::isValidId(id))
                    r.error(value.key, Tr::tr("language id '%1' may use only a-z, 0-9 and _").arg(id));
                else if (const auto name = r.localized(value, Tr::tr("language name")))
                    l.names.insert(id, *name);
            }
        }
        if (f->contains(QStringLiteral("team_language"))) {
            const Field &team = f->value(QStringLiteral("team_language"));
            if (const auto t = r.map(team, Tr::tr("team_language rule"), keys({"question", "areas", "points", "why"}), {})) {
                if (t->contains(QStringLiteral("question"))) {
                    l.questionPos = r.pos(t->value(QStringLiteral("question")));
                    if (const auto q = r.id(t->value(QStringLiteral("question")), Tr::tr("rule question")))
                        l.question = *q;
                }
                readIdList(*t, "areas", Tr::tr("rule area"), &l.teamAreas, &l.teamAreaPos);
                optional(*t, "points", &l.teamPoints, [&](const Field &v) { return r.number(v, Tr::tr("rule points")); });
                optional(*t, "why", &l.teamWhy, localizedReader(Tr::tr("rule reason")));
            }
        }
        if (f->contains(QStringLiteral("one_language"))) {
            const Field &shared = f->value(QStringLiteral("one_language"));
            if (const auto o = r.map(shared, Tr::tr("one_language rule"), keys({"areas", "points", "why"}), {})) {
                readIdList(*o, "areas", Tr::tr("rule area"), &l.sharedAreas, &l.sharedAreaPos);
                if (o->contains(QStringLiteral("areas")) && l.sharedAreas.size() != 2)
                    r.error(o->value(QStringLiteral("areas")), Tr::tr("'areas' must list exactly 2 areas, got %1").arg(l.sharedAreas.size()));
                optional(*o, "points", &l.sharedPoints, [&](const Field &v) { return r.number(v, Tr::tr("rule points")); });
                optional(*o, "why", &l.sharedWhy, localizedReader(Tr::tr("rule reason")));
            }
        }
        *rules = l;
    }

    void readSynergy(const Field &field, KnowledgeBase *kb)
    {
        const auto f = r.map(field, Tr::tr("synergy"), keys({"between", "points", "why"}), keys({"source", "as_of"}));
        if (!f)
            return;
        Synergy s;
        s.pos = r.pos(field);
        if (f->contains(QStringLiteral("between"))) {
            const Field &between = f->value(QStringLiteral("between"));
            QList<SourcePos> positions;
            if (const auto ids = r.idList(between, Tr::tr("synergy candidate"), &positions)) {
                if (ids->size() != 2) {
                    r.error(between, Tr::tr("'between' must list exactly 2 candidates, got %1").arg(ids->size()));
                } else {
                    s.a = ids->at(0);
                    s.b = ids->at(1);
                    s.aPos = positions.at(0);
                    s.bPos = positions.at(1);
                }
            }
        }
        optional(*f, "points", &s.points, [&](const Field &v) { return r.number(v, Tr::tr("synergy points")); });
        optional(*f, "why", &s.why, localizedReader(Tr::tr("synergy reason")));
        readEvidence(*f, &s.evidence);
        if (!s.a.isEmpty())
            kb->synergies.append(s);
    }

    void readConstraint(const Field &field, KnowledgeBase *kb)
    {
        const auto f = r.map(field, Tr::tr("constraint"), keys({"id", "when", "why"}),
                             keys({"requires", "forbids", "source", "as_of"}));
        if (!f)
            return;
        Constraint c;
        c.pos = r.pos(field);
        optional(*f, "id", &c.id, [&](const Field &v) { return r.id(v, Tr::tr("constraint id")); });
        if (f->contains(QStringLiteral("when"))) {
            c.whenPos = r.pos(f->value(QStringLiteral("when")));
            if (const auto when = r.id(f->value(QStringLiteral("when")), Tr::tr("constraint 'when' candidate")))
                c.when = *when;
        }
        optional(*f, "why", &c.why, localizedReader(Tr::tr("constraint reason")));
        readEvidence(*f, &c.evidence);
        const bool requires_ = f->contains(QStringLiteral("requires"));
        const bool forbids = f->contains(QStringLiteral("forbids"));
        if (requires_ == forbids) {
            r.error(field.value, Tr::tr("a constraint has exactly one of 'requires' or 'forbids'"));
            return; // without a rule nothing else about it can be checked
        } else {
            c.kind = requires_ ? Constraint::Kind::Requires : Constraint::Kind::Forbids;
            const Field &rule = f->value(requires_ ? QStringLiteral("requires") : QStringLiteral("forbids"));
            if (const auto g = r.map(rule, requires_ ? Tr::tr("'requires'") : Tr::tr("'forbids'"), keys({"area", "candidates"}), {})) {
                if (g->contains(QStringLiteral("area"))) {
                    c.areaPos = r.pos(g->value(QStringLiteral("area")));
                    if (const auto area = r.id(g->value(QStringLiteral("area")), Tr::tr("constraint area")))
                        c.area = *area;
                }
                if (g->contains(QStringLiteral("candidates"))) {
                    const Field &list = g->value(QStringLiteral("candidates"));
                    QList<SourcePos> positions;
                    if (const auto ids = r.idList(list, Tr::tr("constraint candidate"), &positions)) {
                        if (ids->isEmpty())
                            r.error(list, Tr::tr("a constraint must list at least one candidate"));
                        c.candidates = *ids;
                        c.candidatePos = positions;
                    }
                }
            }
        }
        if (!c.id.isEmpty())
            kb->constraints.append(c);
    }

    YamlReader r;
};
} // namespace

KnowledgeBase KbFileReader::read(const QString &path, const QByteArray &bytes, qint64 maxSize, int maxDepth,
                                 Diagnostics *diagnostics, bool *parsed)
{
    KnowledgeBase kb;
    const YamlSource source(path, bytes);
    const std::optional<YAML::Node> root = source.parse(maxSize, maxDepth, diagnostics);
    if (parsed)
        *parsed = root.has_value();
    if (root)
        Reader(source, diagnostics).read(*root, &kb);
    return kb;
}
