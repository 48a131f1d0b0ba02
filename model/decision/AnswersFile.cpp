// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "AnswersFile.h"

#include "AtomicFile.h"

#include "KnowledgeBase.h"
#include "YamlReader.h"
#include "YamlSource.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AnswersFile)
};

using Field = YamlReader::Field;

QString known(const QStringList &ids)
{
    return ids.isEmpty() ? Tr::tr("none") : ids.join(QLatin1String(", "));
}

QStringList optionIds(const Question &q)
{
    QStringList ids;
    for (const Option &o : q.options)
        ids.append(o.id);
    return ids;
}

class Reader
{
public:
    Reader(const YamlSource &source, const KnowledgeBase &kb, Diagnostics *diagnostics)
        : r(source, diagnostics)
        , m_kb(kb)
    {
    }

    Answers read(const YAML::Node &root)
    {
        Answers a;
        const auto top = r.map(Field::item(root), Tr::tr("an answers file"), {QStringLiteral("format"), QStringLiteral("project")},
                               {QStringLiteral("answers"), QStringLiteral("pins"), QStringLiteral("weights"), QStringLiteral("pairwise")});
        if (!top)
            return a;
        if (top->contains(QStringLiteral("format"))) {
            const Field &f = top->value(QStringLiteral("format"));
            const QString expected = QLatin1String(Answers::Format);
            if (const auto format = r.text(f, Tr::tr("format")); format && *format != expected)
                r.error(f, Tr::tr("unknown format '%1' (expected '%2')").arg(*format, expected));
        }
        if (top->contains(QStringLiteral("project")))
            readProject(top->value(QStringLiteral("project")), &a.project);
        if (top->contains(QStringLiteral("answers")))
            readAnswers(top->value(QStringLiteral("answers")), &a.answers);
        if (top->contains(QStringLiteral("pins")))
            readPins(top->value(QStringLiteral("pins")), &a.pins);
        if (top->contains(QStringLiteral("weights")))
            readWeights(top->value(QStringLiteral("weights")), &a.weights);
        if (top->contains(QStringLiteral("pairwise")))
            readPairwise(top->value(QStringLiteral("pairwise")), &a.pairwise);
        return a;
    }

private:
    void readProject(const Field &field, ProjectInfo *project)
    {
        const auto f = r.map(field, Tr::tr("project"), {QStringLiteral("name")}, {QStringLiteral("author"), QStringLiteral("notes")});
        if (!f)
            return;
        if (f->contains(QStringLiteral("name")))
            project->name = r.text(f->value(QStringLiteral("name")), Tr::tr("project name")).value_or(QString());
        if (f->contains(QStringLiteral("author")))
            project->author = r.text(f->value(QStringLiteral("author")), Tr::tr("project author"), true).value_or(QString());
        if (f->contains(QStringLiteral("notes")))
            project->notes = r.text(f->value(QStringLiteral("notes")), Tr::tr("project notes"), true).value_or(QString());
    }

    void readAnswers(const Field &field, QMap<QString, QStringList> *answers)
    {
        const auto entries = r.entries(field, Tr::tr("answers"));
        if (!entries)
            return;
        QStringList questionIds;
        for (const Question &q : m_kb.questions)
            questionIds.append(q.id);
        for (const auto &[id, value] : *entries) {
            const Question *q = m_kb.question(id);
            if (!q) {
                r.error(value.key, Tr::tr("unknown question '%1' (known: %2)").arg(id, known(questionIds)));
                continue;
            }
            const QStringList valid = optionIds(*q);
            if (q->kind == Question::Kind::Single) {
                if (!value.value.IsScalar()) {
                    r.error(value, Tr::tr("wrong kind: expected one option id for single question '%1' (one of: %2)")
                                       .arg(id, known(valid)));
                    continue;
                }
                const QString option = QString::fromStdString(value.value.Scalar());
                if (!q->option(option)) {
                    r.error(value, Tr::tr("unknown option '%1' for question '%2' (expected one of: %3)").arg(option, id, known(valid)));
                    continue;
                }
                answers->insert(id, {option});
                continue;
            }
            if (!value.value.IsSequence()) {
                r.error(value, Tr::tr("wrong kind: expected a list of option ids for multi question '%1' (from: %2)")
                                   .arg(id, known(valid)));
                continue;
            }
            QStringList chosen;
            bool ok = true;
            for (const YAML::Node &item : value.value) {
                const Field itemField = Field::item(item);
                if (!item.IsScalar()) {
                    r.error(itemField, Tr::tr("expected an option id in the list for question '%1' (one of: %2)").arg(id, known(valid)));
                    ok = false;
                    continue;
                }
                const QString option = QString::fromStdString(item.Scalar());
                if (!q->option(option)) {
                    r.error(itemField, Tr::tr("unknown option '%1' for question '%2' (expected one of: %3)").arg(option, id, known(valid)));
                    ok = false;
                } else if (chosen.contains(option)) {
                    r.error(itemField, Tr::tr("option '%1' is listed twice for question '%2'").arg(option, id));
                    ok = false;
                } else {
                    chosen.append(option);
                }
            }
            if (ok)
                answers->insert(id, chosen);
        }
    }

    void readPins(const Field &field, QMap<QString, QString> *pins)
    {
        const auto entries = r.entries(field, Tr::tr("pins"));
        if (!entries)
            return;
        for (const auto &[areaId, value] : *entries) {
            if (!m_kb.area(areaId)) {
                r.error(value.key, Tr::tr("unknown area '%1' in pins (known: %2)").arg(areaId, known(m_kb.areaIds())));
                continue;
            }
            QStringList ofArea;
            for (const Candidate *c : m_kb.candidatesOf(areaId))
                ofArea.append(c->id);
            const std::optional<QString> id = r.text(value, Tr::tr("pin of area '%1'").arg(areaId));
            if (!id)
                continue;
            const Candidate *c = m_kb.candidate(*id);
            if (!c)
                r.error(value, Tr::tr("unknown candidate '%1' pinned for area '%2' (expected one of: %3)").arg(*id, areaId, known(ofArea)));
            else if (c->area != areaId)
                r.error(value, Tr::tr("candidate '%1' is in area '%2', not '%3' (expected one of: %4)")
                                   .arg(*id, c->area, areaId, known(ofArea)));
            else
                pins->insert(areaId, *id);
        }
    }

    void readWeights(const Field &field, QMap<QString, double> *weights)
    {
        const auto entries = r.entries(field, Tr::tr("weights"));
        if (!entries)
            return;
        QStringList criterionIds;
        for (const Criterion &c : m_kb.criteria)
            criterionIds.append(c.id);
        for (const auto &[id, value] : *entries) {
            if (!m_kb.criterion(id)) {
                r.error(value.key, Tr::tr("unknown criterion '%1' in weights (known: %2)").arg(id, known(criterionIds)));
                continue;
            }
            const std::optional<double> w = r.number(value, Tr::tr("weight of '%1'").arg(id));
            if (!w)
                continue;
            if (*w < 0.0 || *w > 10.0) {
                r.error(value, Tr::tr("weight must be 0..10, got %1").arg(*w));
                continue;
            }
            weights->insert(id, *w);
        }
    }

    // - [a, b, v]: a is v times as important as b; v is 1/9..9, written 3, 0.5 or "1/2".
    void readPairwise(const Field &field, QList<PairwiseJudgment> *out)
    {
        const auto items = r.list(field, Tr::tr("pairwise"));
        if (!items)
            return;
        QStringList criterionIds;
        for (const Criterion &c : m_kb.criteria)
            criterionIds.append(c.id);
        for (const Field &item : *items) {
            if (!item.value.IsSequence() || item.value.size() != 3) {
                r.error(item, Tr::tr("a pairwise judgment is [criterion, criterion, value], e.g. [ecosystem, performance, 3]"));
                continue;
            }
            const Field first = Field::item(item.value[0]), second = Field::item(item.value[1]), third = Field::item(item.value[2]);
            PairwiseJudgment j;
            j.pos = r.pos(item);
            bool ok = true;
            for (const auto &[f, target] : {std::pair{first, &j.a}, std::pair{second, &j.b}}) {
                const auto id = r.id(f, Tr::tr("pairwise criterion"));
                if (!id) {
                    ok = false;
                } else if (!m_kb.criterion(*id)) {
                    r.error(f, Tr::tr("unknown criterion '%1' in pairwise (known: %2)").arg(*id, known(criterionIds)));
                    ok = false;
                } else {
                    *target = *id;
                }
            }
            if (ok && j.a == j.b) {
                r.error(second, Tr::tr("'%1' is compared with itself").arg(j.a));
                ok = false;
            }
            if (ok) {
                for (const PairwiseJudgment &earlier : std::as_const(*out)) {
                    const bool same = earlier.a == j.a && earlier.b == j.b;
                    if (same || (earlier.a == j.b && earlier.b == j.a)) {
                        r.error(item, (same ? Tr::tr("the pair %1, %2 is judged twice (first at line %3)")
                                            : Tr::tr("the pair %1, %2 is judged both ways (first at line %3); keep one"))
                                          .arg(j.a, j.b).arg(earlier.pos.line));
                        ok = false;
                        break;
                    }
                }
            }
            const std::optional<double> value = pairwiseValue(third);
            if (!value)
                ok = false;
            else
                j.value = *value;
            if (ok)
                out->append(j);
        }
    }

    std::optional<double> pairwiseValue(const Field &f)
    {
        const auto text = r.text(f, Tr::tr("pairwise value"));
        if (!text)
            return std::nullopt;
        double v = 0.0;
        bool ok = false;
        if (const qsizetype slash = text->indexOf(QLatin1Char('/')); slash > 0) {
            bool okTop = false, okBottom = false;
            const double top = text->left(slash).trimmed().toDouble(&okTop);
            const double bottom = text->mid(slash + 1).trimmed().toDouble(&okBottom);
            ok = okTop && okBottom && bottom != 0.0;
            v = ok ? top / bottom : 0.0;
        } else {
            v = text->toDouble(&ok);
        }
        if (!ok || !std::isfinite(v)) {
            r.error(f, Tr::tr("a pairwise value is a number or a fraction such as 3, 0.5 or 1/2, got '%1'").arg(*text));
            return std::nullopt;
        }
        if (v < 1.0 / 9 - 1e-9 || v > 9 + 1e-9) {
            r.error(f, Tr::tr("a pairwise value is on Saaty's scale, 1/9 to 9, got '%1'").arg(*text));
            return std::nullopt;
        }
        return v;
    }

    YamlReader r;
    const KnowledgeBase &m_kb;
};

// A double-quoted YAML scalar that yaml-cpp reads back to exactly `text`.
// Runs of ordinary characters are converted in one go: character by character it took about
// 0.2 s per MB of notes, and the autosave serializes on the GUI thread.
QByteArray quoted(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    qsizetype runStart = 0; // first character not yet written
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        QByteArray escape;
        switch (c) {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        // Markup characters as escapes: a report embeds this text verbatim in HTML, Markdown
        // comments and XMP (ReportProvenance), where they could otherwise end the element.
        case '<': escape = "\\u003c"; break;
        case '>': escape = "\\u003e"; break;
        case '&': escape = "\\u0026"; break;
        default:
            // Control characters, YAML's own line breaks (which folding would change) and a BOM
            // go as escapes; all other text as UTF-8. All of them are in the BMP, so UTF-16
            // units can be tested one by one.
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
                escape = QStringLiteral("\\u%1").arg(quint32(c), 4, 16, QLatin1Char('0')).toLatin1();
            else
                continue;
        }
        out += QStringView(text).mid(runStart, i - runStart).toUtf8();
        out += escape;
        runStart = i + 1;
    }
    out += QStringView(text).mid(runStart).toUtf8();
    out += '"';
    return out;
}

// Keys are written plain when they are safe ids (all KB ids are), quoted otherwise.
QByteArray key(const QString &k)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9_]+$"));
    if (plain.match(k).hasMatch() && k != QLatin1String("null"))
        return k.toUtf8();
    return quoted(k);
}

// The shortest text that reads back to exactly the same double.
QByteArray number(double v)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    return QByteArray(buffer, result.ptr - buffer);
}
} // namespace

std::optional<Answers> AnswersFile::load(const QString &path, const KnowledgeBase &kb, Diagnostics *diagnostics)
{
    Diagnostics found;
    const std::optional<QByteArray> bytes = YamlSource::readFile(path, MaxFileSize, &found);
    if (!bytes) {
        if (diagnostics)
            diagnostics->append(found);
        return std::nullopt;
    }
    return parse(*bytes, path, kb, diagnostics);
}

std::optional<Answers> AnswersFile::parse(const QByteArray &yaml, const QString &path, const KnowledgeBase &kb,
                                          Diagnostics *diagnostics)
{
    Diagnostics found;
    const YamlSource source(path, yaml);
    Answers answers;
    if (const std::optional<YAML::Node> root = source.parse(MaxFileSize, MaxNestingDepth, &found))
        answers = Reader(source, kb, &found).read(*root);
    if (diagnostics)
        diagnostics->append(found);
    if (!found.isEmpty())
        return std::nullopt;
    return answers;
}

QByteArray AnswersFile::serialize(const Answers &answers, const KnowledgeBase &kb)
{
    return serialize(answers, [&kb](const QString &questionId, const QStringList &options) {
        const Question *q = kb.question(questionId);
        return q ? q->kind == Question::Kind::Multi : options.size() != 1;
    });
}

QByteArray AnswersFile::serialize(const Answers &answers)
{
    return serialize(answers, [](const QString &, const QStringList &options) { return options.size() != 1; });
}

QByteArray AnswersFile::serialize(const Answers &answers, const std::function<bool(const QString &, const QStringList &)> &isList)
{
    QByteArray out;
    out += "format: " + quoted(QLatin1String(Answers::Format)) + '\n';
    out += "project:\n";
    out += "  name: " + quoted(answers.project.name) + '\n';
    if (!answers.project.author.isEmpty())
        out += "  author: " + quoted(answers.project.author) + '\n';
    if (!answers.project.notes.isEmpty())
        out += "  notes: " + quoted(answers.project.notes) + '\n';
    if (answers.answers.isEmpty()) {
        out += "answers: {}\n";
    } else {
        out += "answers:\n";
        for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it) {
            out += "  " + key(it.key()) + ": ";
            if (isList(it.key(), *it)) {
                QByteArrayList items;
                for (const QString &option : *it)
                    items.append(quoted(option));
                out += '[' + items.join(", ") + "]\n";
            } else {
                out += quoted(it->value(0)) + '\n';
            }
        }
    }
    if (!answers.pins.isEmpty()) {
        out += "pins:\n";
        for (auto it = answers.pins.cbegin(); it != answers.pins.cend(); ++it)
            out += "  " + key(it.key()) + ": " + quoted(*it) + '\n';
    }
    if (!answers.weights.isEmpty()) {
        out += "weights:\n";
        for (auto it = answers.weights.cbegin(); it != answers.weights.cend(); ++it)
            out += "  " + key(it.key()) + ": " + number(*it) + '\n';
    }
    if (!answers.pairwise.isEmpty()) {
        out += "pairwise:\n";
        for (const PairwiseJudgment &j : answers.pairwise) {
            // 1/k as the fraction people write; anything else as its number.
            const double k = 1.0 / j.value;
            const QByteArray value = j.value < 1.0 && std::abs(k - std::round(k)) < 1e-9
                ? "\"1/" + QByteArray::number(qint64(std::round(k))) + '"'
                : number(j.value);
            out += "  - [" + key(j.a) + ", " + key(j.b) + ", " + value + "]\n";
        }
    }
    return out;
}

bool AnswersFile::save(const QString &path, const Answers &answers, const KnowledgeBase &kb, QString *error)
{
    return write(path, serialize(answers, kb), error);
}

bool AnswersFile::save(const QString &path, const Answers &answers, QString *error)
{
    return write(path, serialize(answers), error);
}

bool AnswersFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QString reason;
    if (!AtomicFile::write(path, bytes, &reason)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, reason);
        return false;
    }
    return true;
}
