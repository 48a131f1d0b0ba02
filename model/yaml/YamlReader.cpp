// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "YamlReader.h"

#include "YamlSource.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
};

// Ids are names (the longest built-in one has 30 characters). Without a limit a valid but
// megabyte-long id would be quoted in full by every message that names it.
constexpr qsizetype MaxIdLength = 64;

QString scalarText(const YAML::Node &node) { return QString::fromStdString(node.Scalar()); }

QString kindOf(const YAML::Node &node)
{
    if (node.IsMap())
        return Tr::tr("a map");
    if (node.IsSequence())
        return Tr::tr("a list");
    if (node.IsScalar())
        return Tr::tr("'%1'").arg(scalarText(node));
    return Tr::tr("nothing");
}
} // namespace

YamlReader::YamlReader(const YamlSource &source, Diagnostics *diagnostics)
    : m_source(source)
    , m_diagnostics(diagnostics)
{
}

bool YamlReader::isEmptyValue(const YAML::Node &node)
{
    return !node.IsDefined() || node.IsNull();
}

bool YamlReader::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]+$"));
    return id.size() <= MaxIdLength && pattern.match(id).hasMatch();
}

SourcePos YamlReader::pos(const YAML::Node &node) const
{
    return m_source.posOf(node);
}

SourcePos YamlReader::pos(const Field &field) const
{
    return pos(isEmptyValue(field.value) ? field.key : field.value);
}

void YamlReader::error(const SourcePos &at, const QString &message)
{
    m_diagnostics->append(m_source.diagnosticAt(at, message));
}

void YamlReader::error(const YAML::Node &at, const QString &message)
{
    error(pos(at), message);
}

void YamlReader::error(const Field &at, const QString &message)
{
    error(pos(at), message);
}

std::optional<YamlReader::Fields> YamlReader::map(const Field &field, const QString &what, const QStringList &required,
                                                  const QStringList &optional)
{
    if (!field.value.IsMap()) {
        error(field, Tr::tr("%1 must be a map, got %2").arg(what, kindOf(field.value)));
        return std::nullopt;
    }
    Fields fields;
    const QStringList allowed = required + optional;
    for (const auto &pair : field.value) {
        if (!pair.first.IsScalar()) {
            error(pair.first, Tr::tr("keys of %1 must be plain text").arg(what));
            continue;
        }
        const QString key = scalarText(pair.first);
        if (!allowed.contains(key)) {
            error(pair.first, Tr::tr("unknown key '%1' in %2 (expected one of: %3)").arg(key, what, allowed.join(QLatin1String(", "))));
            continue;
        }
        if (!fields.contains(key)) // a duplicate was reported by YamlGuard: keep the first
            fields.insert(key, Field{pair.first, pair.second});
    }
    for (const QString &key : required)
        if (!fields.contains(key))
            error(field.value, Tr::tr("%1 is missing the required key '%2'").arg(what, key));
    return fields;
}

std::optional<YamlReader::Entries> YamlReader::entries(const Field &field, const QString &what)
{
    if (isEmptyValue(field.value))
        return Entries{};
    if (!field.value.IsMap()) {
        error(field, Tr::tr("%1 must be a map, got %2").arg(what, kindOf(field.value)));
        return std::nullopt;
    }
    Entries out;
    QStringList seen;
    for (const auto &pair : field.value) {
        if (!pair.first.IsScalar()) {
            error(pair.first, Tr::tr("keys of %1 must be plain text").arg(what));
            continue;
        }
        const QString key = scalarText(pair.first);
        if (seen.contains(key))
            continue; // reported by YamlGuard
        seen.append(key);
        out.append({key, Field{pair.first, pair.second}});
    }
    return out;
}

std::optional<QList<YamlReader::Field>> YamlReader::list(const Field &field, const QString &what)
{
    if (isEmptyValue(field.value))
        return QList<Field>{};
    if (!field.value.IsSequence()) {
        error(field, Tr::tr("%1 must be a list, got %2").arg(what, kindOf(field.value)));
        return std::nullopt;
    }
    QList<Field> out;
    for (const YAML::Node &item : field.value)
        out.append(Field::item(item));
    return out;
}

std::optional<QString> YamlReader::text(const Field &field, const QString &what, bool allowEmpty)
{
    if (isEmptyValue(field.value)) {
        if (allowEmpty)
            return QString();
        error(field, Tr::tr("%1 must not be empty").arg(what));
        return std::nullopt;
    }
    if (!field.value.IsScalar()) {
        error(field, Tr::tr("%1 must be text, got %2").arg(what, kindOf(field.value)));
        return std::nullopt;
    }
    const QString value = scalarText(field.value);
    if (!allowEmpty && value.trimmed().isEmpty()) {
        error(field, Tr::tr("%1 must not be empty").arg(what));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> YamlReader::id(const Field &field, const QString &what)
{
    const std::optional<QString> value = text(field, what);
    if (value && value->size() > MaxIdLength) {
        error(field, Tr::tr("%1 is too long: an id has at most %2 characters").arg(what).arg(MaxIdLength));
        return std::nullopt;
    }
    if (value && !isValidId(*value)) {
        error(field, Tr::tr("%1 '%2' is not a valid id: use only a-z, 0-9 and _").arg(what, *value));
        return std::nullopt;
    }
    return value;
}

std::optional<QStringList> YamlReader::idList(const Field &field, const QString &what, QList<SourcePos> *positions)
{
    const std::optional<QList<Field>> items = list(field, what);
    if (!items)
        return std::nullopt;
    QStringList ids;
    bool ok = true;
    for (const Field &item : *items) {
        const std::optional<QString> value = id(item, what);
        if (!value) {
            ok = false;
            continue;
        }
        ids.append(*value);
        if (positions)
            positions->append(pos(item));
    }
    if (!ok)
        return std::nullopt;
    return ids;
}

std::optional<double> YamlReader::number(const Field &field, const QString &what)
{
    // Only plain scalars are numbers: a quoted "5" is text.
    bool ok = false;
    double value = 0.0;
    if (field.value.IsScalar() && field.value.Tag() == "?")
        value = scalarText(field.value).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        error(field, Tr::tr("%1 must be a number, got %2").arg(what, kindOf(field.value)));
        return std::nullopt;
    }
    return value;
}

std::optional<int> YamlReader::integer(const Field &field, const QString &what)
{
    bool ok = false;
    int value = 0;
    if (field.value.IsScalar() && field.value.Tag() == "?")
        value = scalarText(field.value).toInt(&ok);
    if (!ok) {
        error(field, Tr::tr("%1 must be a whole number, got %2").arg(what, kindOf(field.value)));
        return std::nullopt;
    }
    return value;
}

std::optional<LocalizedText> YamlReader::localized(const Field &field, const QString &what)
{
    if (!field.value.IsMap()) {
        const std::optional<QString> english = text(field, what);
        if (!english)
            return std::nullopt;
        return LocalizedText(*english);
    }
    const std::optional<Entries> languages = entries(field, what);
    if (!languages)
        return std::nullopt;
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    LocalizedText result;
    bool ok = true;
    for (const auto &[lang, value] : *languages) {
        if (!languageCode.match(lang).hasMatch()) {
            error(value.key, Tr::tr("'%1' is not a language code (like en, de, fr, pt_BR) in %2").arg(lang, what));
            ok = false;
            continue;
        }
        const std::optional<QString> t = text(value, what);
        if (!t) {
            ok = false;
            continue;
        }
        result.set(lang, *t);
    }
    if (ok && !result.has(QStringLiteral("en"))) {
        error(field, Tr::tr("%1 must have an English text ('en')").arg(what));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return result;
}

std::optional<QList<LocalizedText>> YamlReader::localizedList(const Field &field, const QString &what)
{
    const std::optional<QList<Field>> items = list(field, what);
    if (!items)
        return std::nullopt;
    QList<LocalizedText> out;
    bool ok = true;
    for (const Field &item : *items) {
        if (const std::optional<LocalizedText> t = localized(item, what))
            out.append(*t);
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return out;
}
