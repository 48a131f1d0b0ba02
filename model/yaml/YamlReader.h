// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "SourcePos.h"
#include "LocalizedText.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

#include <yaml-cpp/node/node.h>

class YamlSource;

// Typed, strict reads from a yaml-cpp tree that keep positions: every read either returns the
// value or appends a PATH:LINE:COLUMN diagnostic saying what was expected, and returns nothing.
// Callers go on reading after a failure, so that one run reports every problem of a file.
class YamlReader
{
public:
    // A value together with the key it belongs to. yaml-cpp gives an empty value (`key:`) the
    // position of the next token, so problems with empty values are reported at the key.
    struct Field
    {
        YAML::Node key;
        YAML::Node value;
        static Field item(const YAML::Node &node) { return {node, node}; }
    };
    using Fields = QMap<QString, Field>;
    using Entries = QList<std::pair<QString, Field>>;

    YamlReader(const YamlSource &source, Diagnostics *diagnostics);

    const YamlSource &source() const { return m_source; }
    SourcePos pos(const YAML::Node &node) const;
    SourcePos pos(const Field &field) const;
    void error(const YAML::Node &at, const QString &message);
    void error(const Field &at, const QString &message);
    void error(const SourcePos &at, const QString &message);

    // A map with only the `required` and `optional` keys, and every `required` one. Unknown
    // keys are reported with the allowed ones; the other keys are still returned.
    std::optional<Fields> map(const Field &field, const QString &what, const QStringList &required,
                              const QStringList &optional);
    // A map with free scalar keys (ratings, answers, ...), in file order. A missing/empty value
    // gives an empty list.
    std::optional<Entries> entries(const Field &field, const QString &what);
    // A list; a missing/empty value gives an empty list.
    std::optional<QList<Field>> list(const Field &field, const QString &what);

    std::optional<QString> text(const Field &field, const QString &what, bool allowEmpty = false);
    // An id: lower case a-z, 0-9 and _.
    std::optional<QString> id(const Field &field, const QString &what);
    std::optional<QStringList> idList(const Field &field, const QString &what, QList<SourcePos> *positions = nullptr);
    std::optional<double> number(const Field &field, const QString &what);
    std::optional<int> integer(const Field &field, const QString &what);
    // Plain text (English) or a map of language code -> text holding "en".
    std::optional<LocalizedText> localized(const Field &field, const QString &what);
    std::optional<QList<LocalizedText>> localizedList(const Field &field, const QString &what);

    static bool isValidId(const QString &id);
    static bool isEmptyValue(const YAML::Node &node);

private:
    const YamlSource &m_source;
    Diagnostics *m_diagnostics;
};
