// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ReportReader.h"

#include "AnswersFile.h"
#include "ReportExporter.h"
#include "YamlSource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportReader)
};

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The text between `open` (up to the end of its line) and `close`; the open line's text after
// `open` goes to *header.
std::optional<QByteArray> block(const QByteArray &bytes, const QByteArray &open, const QByteArray &close,
                                QByteArray *header, qsizetype *bodyStart)
{
    const qsizetype at = bytes.indexOf(open);
    if (at < 0)
        return std::nullopt;
    const qsizetype eol = bytes.indexOf('\n', at);
    if (eol < 0)
        return std::nullopt;
    const qsizetype end = bytes.indexOf(close, eol + 1);
    if (end < 0)
        return std::nullopt;
    *header = bytes.mid(at + open.size(), eol - at - open.size());
    *bodyStart = eol + 1;
    return bytes.mid(eol + 1, end - eol - 1);
}
} // namespace

bool ReportReader::isReport(const QString &path, const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return true;
    const std::optional<ReportExporter::Format> format = ReportExporter::formatFromExtension(path);
    return format && *format != ReportExporter::Format::Csv;
}

std::optional<ReportProvenance> ReportReader::extract(const QByteArray &bytes, const QString &path, int *firstLine,
                                                      int *columnOffset, Diagnostics *diagnostics)
{
    *firstLine = 0;
    *columnOffset = 0;
    ReportProvenance p;
    QByteArray header;
    qsizetype bodyStart = 0;
    const auto fail = [&](int line, const QString &message) -> std::optional<ReportProvenance> {
        diagnostics->append({path, line, line > 0 ? 1 : 0, message});
        return std::nullopt;
    };
    const QString none = Tr::tr("this report carries no answers (it was not exported by Stackwise 0.1 or later, "
                                "or the part that holds them was removed)");

    if (bytes.startsWith("%PDF-")) {
        // XMP: <rdf:Description … stackwise:generator="…"><stackwise:answers>…</stackwise:answers>
        const std::optional<QByteArray> body = block(bytes, "<stackwise:answers>", "</stackwise:answers>", &header, &bodyStart);
        if (!body)
            return fail(0, none);
        const qsizetype description = bytes.lastIndexOf("<rdf:Description", bodyStart);
        const QString attributes = QString::fromUtf8(bytes.mid(description, bodyStart - description));
        static const QRegularExpression attr(QStringLiteral(R"re(stackwise:(generator|kbVersion|kbHash)="([^"]*)")re"));
        QString normalized;
        for (auto it = attr.globalMatch(attributes); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1) == QLatin1String("generator") ? QStringLiteral("generator")
                : m.captured(1) == QLatin1String("kbVersion")               ? QStringLiteral("kb-version")
                                                                               : QStringLiteral("kb-hash");
            normalized += QStringLiteral("%1=\"%2\" ").arg(name, m.captured(2));
        }
        p.parseAttributes(normalized);
        p.answersYaml = *body;
    } else if (ReportExporter::formatFromExtension(path) == ReportExporter::Format::Json) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(lineAt(bytes, error.offset), Tr::tr("not a JSON report: %1").arg(error.errorString()));
        const QJsonObject root = json.object();
        const QJsonValue lines = root.value(QLatin1String("answers_file"));
        if (!lines.isArray())
            return fail(0, none);
        QByteArray yaml;
        for (const QJsonValue &line : lines.toArray()) {
            if (!line.isString())
                return fail(0, Tr::tr("\"answers_file\" must be a list of lines (strings)"));
            yaml += line.toString().toUtf8() + '\n';
        }
        const QJsonObject kbInfo = root.value(QLatin1String("kb")).toObject();
        p.generator = root.value(QLatin1String("generator")).toString();
        p.kbVersion = kbInfo.value(QLatin1String("version")).toString();
        p.kbHash = kbInfo.value(QLatin1String("hash")).toString();
        p.answersYaml = yaml;
        // JsonReportWriter writes one line per array element, after the key's own line; each
        // element starts after its indentation and opening quote.
        const qsizetype key = bytes.indexOf("\"answers_file\": [");
        if (key >= 0) {
            *firstLine = lineAt(bytes, key) + 1;
            const qsizetype next = bytes.indexOf('\n', key) + 1;
            const qsizetype quote = bytes.indexOf('"', next);
            *columnOffset = quote >= next ? int(quote - next + 1) : 0;
        }
        return p;
    } else {
        // HTML: <template id="stackwise-answers" …>; Markdown: <!-- stackwise-answers … -->.
        std::optional<QByteArray> body = block(bytes, "<template id=\"stackwise-answers\"", "</template>", &header, &bodyStart);
        if (!body)
            body = block(bytes, "<!-- stackwise-answers", "-->", &header, &bodyStart);
        if (!body)
            return fail(0, none);
        p.parseAttributes(QString::fromUtf8(header));
        p.answersYaml = *body;
    }
    if (!bytes.startsWith("%PDF-"))
        *firstLine = lineAt(bytes, bodyStart);
    return p;
}

std::optional<ReportReader::Decision> ReportReader::parse(const QByteArray &bytes, const QString &path,
                                                          const KnowledgeBase &kb, Diagnostics *diagnostics)
{
    Diagnostics found;
    if (ReportExporter::formatFromExtension(path) == ReportExporter::Format::Csv && !bytes.startsWith("%PDF-")) {
        diagnostics->append({path, 0, 0, Tr::tr("a CSV report holds no answers; open the answers file written "
                                                "beside it: %1").arg(ReportExporter::companionPath(path))});
        return std::nullopt;
    }
    if (!isReport(path, bytes)) {
        std::optional<Answers> answers = AnswersFile::parse(bytes, path, kb, &found);
        diagnostics->append(found);
        if (!answers)
            return std::nullopt;
        return Decision{*answers, {}};
    }
    int firstLine = 0;
    int columnOffset = 0;
    const std::optional<ReportProvenance> madeWith = extract(bytes, path, &firstLine, &columnOffset, &found);
    if (!madeWith) {
        diagnostics->append(found);
        return std::nullopt;
    }
    if (madeWith->answersYaml.size() > AnswersFile::MaxFileSize) {
        diagnostics->append({path, firstLine, firstLine > 0 ? 1 : 0,
                             Tr::tr("the embedded answers are larger than %1 KiB").arg(AnswersFile::MaxFileSize / 1024)});
        return std::nullopt;
    }
    std::optional<Answers> answers = AnswersFile::parse(madeWith->answersYaml, path, kb, &found);
    for (Diagnostic &d : found) {
        if (firstLine > 0 && d.line > 0) {
            d.line += firstLine - 1;
            d.column += columnOffset;
        } else if (d.line > 0) {
            d.message += Tr::tr(" (line %1 of the answers embedded in the report's metadata)").arg(d.line);
        }
    }
    diagnostics->append(found);
    if (!answers || !found.isEmpty())
        return std::nullopt;
    return Decision{*answers, *madeWith};
}

std::optional<ReportReader::Decision> ReportReader::load(const QString &path, const KnowledgeBase &kb,
                                                         Diagnostics *diagnostics)
{
    // A report is allowed to be larger than an answers file; what it embeds is not.
    const bool report = ReportExporter::formatFromExtension(path).has_value();
    const std::optional<QByteArray> bytes =
        YamlSource::readFile(path, report ? MaxReportSize : AnswersFile::MaxFileSize, diagnostics);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, path, kb, diagnostics);
}
