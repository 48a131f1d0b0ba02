// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "SourcePos.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace YAML {
class Node;
struct Mark;
}

// The raw bytes of one YAML file and the way from positions in them to what a user sees:
// 1-based lines and 1-based columns counted in characters (yaml-cpp counts bytes).
//
// parse() is the only way from bytes to a yaml-cpp tree in Stackwise: it runs YamlGuard on
// the raw bytes first (size, UTF-8, nesting), then yaml-cpp, then YamlGuard on the tree
// (duplicate keys, alias expansion), so every loader gets the same protection.
class YamlSource
{
public:
    YamlSource(const QString &path, const QByteArray &bytes);

    const QString &path() const { return m_path; }
    const QByteArray &bytes() const { return m_bytes; }

    SourcePos posOfOffset(qsizetype byteOffset) const;
    SourcePos posOf(const YAML::Mark &mark) const;
    SourcePos posOf(const YAML::Node &node) const;

    Diagnostic diagnosticAt(const SourcePos &pos, const QString &message) const;
    Diagnostic diagnosticAt(const YAML::Node &node, const QString &message) const;

    // Checks and parses the single document of the file. Returns nothing (and appends to
    // *diagnostics) when the tree cannot be used. Duplicate keys are appended to *diagnostics
    // but the tree is still returned, so that readers can report further problems; readers
    // keep the first of duplicated keys. An empty file gives a null node.
    std::optional<YAML::Node> parse(qint64 maxSize, int maxDepth, Diagnostics *diagnostics) const;

    static QString format(const SourcePos &pos); // PATH:LINE:COLUMN

    // Reads a whole file, refusing one larger than maxSize before reading it.
    static std::optional<QByteArray> readFile(const QString &path, qint64 maxSize, Diagnostics *diagnostics);

    // Byte offset in bytes() of a yaml-cpp mark; -1 for a null mark.
    qsizetype offsetOf(const YAML::Mark &mark) const;

private:
    // True when the text from the line of root's last node on is exactly one document: then
    // the whole text is, and the full second scan for a further document can be skipped.
    bool onlyOneDocumentInTail(const std::string &text, const YAML::Node &root) const;

    QString m_path;
    QByteArray m_bytes;
    qsizetype m_bomSize = 0;
    QList<qsizetype> m_lineStarts; // byte offset of each line's first byte
};
