// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "AdrFolder.h"

#include "AnswersFile.h"
#include "AtomicFile.h"
#include "MarkdownReportWriter.h"
#include "ReportDocument.h"
#include "YamlSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdrFolder)
};

// Records are small; a larger file in the folder is not one of ours and is not read.
constexpr qint64 MaxRecordSize = 4 * 1024 * 1024;

// The project name from a record's embedded answers (ReportProvenance), without a knowledge
// base: the folder may hold records made with an older one.
QString embeddedProjectName(const QByteArray &bytes)
{
    const qsizetype open = bytes.indexOf("<!-- stackwise-answers");
    if (open < 0)
        return {};
    const qsizetype body = bytes.indexOf('\n', open);
    const qsizetype close = bytes.indexOf("-->", body);
    if (body < 0 || close < 0)
        return {};
    // Through YamlSource's guards (size, nesting), as for any file the user did not just write.
    const YamlSource source(QString(), bytes.mid(body + 1, close - body - 1));
    Diagnostics ignored;
    const std::optional<YAML::Node> root = source.parse(AnswersFile::MaxFileSize, AnswersFile::MaxNestingDepth, &ignored);
    if (!root)
        return {};
    try {
        const YAML::Node name = (*root)["project"]["name"];
        if (name && name.IsScalar())
            return QString::fromStdString(name.Scalar()).trimmed();
    } catch (const YAML::Exception &) {
    }
    return {};
}

bool isSuperseded(const QByteArray &bytes)
{
    static const QRegularExpression status(QStringLiteral(R"re((?m)^(?:status:\s*"?|- Status:\s*)superseded)re"));
    return status.match(QString::fromUtf8(bytes.left(4096))).hasMatch();
}
} // namespace

QList<AdrFolder::Record> AdrFolder::records(const QString &dir)
{
    static const QRegularExpression name(QStringLiteral(R"re(^(\d{4})-.+\.md$)re"));
    QList<Record> found;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = name.match(file);
        if (!m.hasMatch())
            continue;
        Record r;
        r.number = m.captured(1).toInt();
        r.fileName = file;
        QFile f(QDir(dir).filePath(file));
        if (f.size() <= MaxRecordSize && f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            r.projectName = embeddedProjectName(bytes);
            r.superseded = isSuperseded(bytes);
        }
        found.append(r);
    }
    std::sort(found.begin(), found.end(), [](const Record &a, const Record &b) { return a.number < b.number; });
    return found;
}

int AdrFolder::nextNumber(const QList<Record> &records)
{
    int last = 0;
    for (const Record &r : records)
        last = qMax(last, r.number);
    return last + 1;
}

QString AdrFolder::slug(const QString &title)
{
    // Letters and digits of any script stay (lowercased, accents removed where they decompose);
    // everything else becomes one dash.
    const QString plain = title.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    // Keep names short enough for every file system and for a readable folder listing.
    if (out.size() > 60) {
        out.truncate(60);
        while (out.endsWith(u'-'))
            out.chop(1);
    }
    return out.isEmpty() ? QStringLiteral("decision") : out;
}

std::optional<QByteArray> AdrFolder::markSuperseded(const QByteArray &record, const QString &byFileName)
{
    QString text = byFileName;
    if (text.endsWith(QLatin1String(".md")))
        text.chop(3);
    const QByteArray link = "[" + text.toUtf8() + "](" + byFileName.toUtf8() + ")";
    QByteArray out = record;
    bool changed = false;
    // Line by line, each line's own ending kept: only the two status values change.
    qsizetype start = 0;
    bool inFrontMatter = out.startsWith("---\n") || out.startsWith("---\r\n");
    bool frontStatusDone = false;
    bool listStatusDone = false;
    int lineNumber = 0;
    while (start < out.size()) {
        qsizetype end = out.indexOf('\n', start);
        if (end < 0)
            end = out.size();
        qsizetype contentEnd = end;
        if (contentEnd > start && out.at(contentEnd - 1) == '\r')
            --contentEnd;
        const QByteArray line = out.mid(start, contentEnd - start);
        QByteArray replacement;
        if (inFrontMatter && lineNumber > 0 && line == "---") {
            inFrontMatter = false;
        } else if (inFrontMatter && !frontStatusDone && line.startsWith("status:")) {
            replacement = "status: \"superseded by " + link + "\"";
            frontStatusDone = true;
        } else if (!inFrontMatter && !listStatusDone && line.startsWith("- Status:")) {
            replacement = "- Status: superseded by " + link;
            listStatusDone = true;
        } else if (!inFrontMatter && line.startsWith("## ")) {
            break; // the status list is above the first section
        }
        if (!replacement.isEmpty()) {
            out.replace(start, contentEnd - start, replacement);
            end += replacement.size() - (contentEnd - start);
            changed = true;
        }
        start = end + 1;
        ++lineNumber;
    }
    if (!changed)
        return std::nullopt;
    return out;
}

std::optional<QString> AdrFolder::write(const QString &dir, const Evaluation &evaluation, const KnowledgeBase &kb,
                                        const ReportOptions &options, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = Tr::tr("%1: cannot create the folder").arg(dir);
        return std::nullopt;
    }
    const QList<Record> existing = records(dir);
    const QString project = evaluation.answers.project.name.trimmed();
    const Record *earlier = nullptr;
    for (const Record &r : existing)
        if (!project.isEmpty() && r.projectName == project && !r.superseded)
            earlier = &r; // the latest one: records are in number order

    ReportDocument::Options documentOptions;
    documentOptions.language = options.language;
    documentOptions.reopenedFrom = options.reopenedFrom;
    documentOptions.kbHash = options.kbHash;
    if (earlier)
        documentOptions.supersedes = earlier->fileName;
    const ReportDocument document = ReportDocument::build(evaluation, kb, documentOptions);
    const QString fileName = QStringLiteral("%1-%2.md").arg(nextNumber(existing), 4, 10, QLatin1Char('0')).arg(slug(document.title));
    const QString path = QDir(dir).filePath(fileName);
    QString reason;
    if (!AtomicFile::write(path, MarkdownReportWriter::toMarkdown(document).toUtf8(), &reason)) {
        *error = Tr::tr("%1: cannot write the decision record: %2").arg(path, reason);
        return std::nullopt;
    }
    if (earlier) {
        const QString earlierPath = QDir(dir).filePath(earlier->fileName);
        QFile f(earlierPath);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("%1: cannot read the earlier record to mark it superseded: %2").arg(earlierPath, f.errorString());
            return std::nullopt;
        }
        const std::optional<QByteArray> marked = markSuperseded(f.readAll(), fileName);
        f.close();
        if (marked && !AtomicFile::write(earlierPath, *marked, &reason)) {
            *error = Tr::tr("%1: cannot mark the earlier record superseded: %2").arg(earlierPath, reason);
            return std::nullopt;
        }
    }
    return path;
}
