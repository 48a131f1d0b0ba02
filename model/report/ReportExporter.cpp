// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ReportExporter.h"

#include "AnswersFile.h"
#include "AtomicFile.h"

#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "JsonReportWriter.h"
#include "MarkdownReportWriter.h"
#include "PdfReportWriter.h"
#include "ReportDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
};

struct FormatInfo
{
    ReportExporter::Format format;
    const char *name;
    QList<const char *> extensions;
};

const QList<FormatInfo> &formats()
{
    static const QList<FormatInfo> table = {
        {ReportExporter::Format::Html, "html", {"html", "htm"}},
        {ReportExporter::Format::Pdf, "pdf", {"pdf"}},
        {ReportExporter::Format::Markdown, "md", {"md", "markdown"}},
        {ReportExporter::Format::Json, "json", {"json"}},
        {ReportExporter::Format::Csv, "csv", {"csv"}},
    };
    return table;
}
} // namespace

std::optional<ReportExporter::Format> ReportExporter::formatFromName(const QString &name)
{
    for (const FormatInfo &f : formats())
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return f.format;
    return std::nullopt;
}

std::optional<ReportExporter::Format> ReportExporter::formatFromExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    for (const FormatInfo &f : formats())
        for (const char *extension : f.extensions)
            if (suffix.compare(QLatin1String(extension), Qt::CaseInsensitive) == 0)
                return f.format;
    return std::nullopt;
}

QString ReportExporter::formatName(Format format)
{
    for (const FormatInfo &f : formats())
        if (f.format == format)
            return QLatin1String(f.name);
    return {};
}

QStringList ReportExporter::formatNames()
{
    QStringList names;
    for (const FormatInfo &f : formats())
        names.append(QLatin1String(f.name));
    return names;
}

QByteArray ReportExporter::render(Format format, const Evaluation &evaluation, const KnowledgeBase &kb,
                                  const ReportOptions &options, QString *error)
{
    switch (format) {
    case Format::Json:
        return JsonReportWriter::render(evaluation, kb, options);
    case Format::Html:
    case Format::Pdf:
    case Format::Markdown:
    case Format::Csv: {
        ReportDocument::Options documentOptions;
        documentOptions.language = options.language;
        documentOptions.reopenedFrom = options.reopenedFrom;
        documentOptions.kbHash = options.kbHash;
        const ReportDocument document = ReportDocument::build(evaluation, kb, documentOptions);
        if (format == Format::Html)
            return HtmlReportWriter::toHtml(document).toUtf8();
        if (format == Format::Markdown)
            return MarkdownReportWriter::toMarkdown(document).toUtf8();
        if (format == Format::Csv)
            return CsvReportWriter::toCsv(document).toUtf8();
        PdfReportWriter::Options pdf;
        if (!options.pageSize.isEmpty()) {
            pdf.pageSize = PdfReportWriter::pageSizeFromName(options.pageSize);
            if (!pdf.pageSize.isValid()) {
                if (error)
                    *error = Tr::tr("Unknown page size \"%1\"; expected A4 or Letter.").arg(options.pageSize);
                return {};
            }
        }
        return PdfReportWriter::toPdf(document, pdf);
    }
    }
    if (error)
        *error = Tr::tr("The %1 report format is not available in this build.").arg(formatName(format));
    return {};
}

bool ReportExporter::write(const QString &path, Format format, const Evaluation &evaluation,
                           const KnowledgeBase &kb, const ReportOptions &options, QString *error)
{
    const QByteArray bytes = render(format, evaluation, kb, options, error);
    if (bytes.isEmpty())
        return false;
    QString reason;
    if (!AtomicFile::write(path, bytes, &reason)) {
        if (error)
            *error = Tr::tr("%1: cannot write the report: %2").arg(path, reason);
        return false;
    }
    if (format == Format::Csv) {
        const QString companion = companionPath(path);
        if (!AtomicFile::write(companion, AnswersFile::serialize(evaluation.answers, kb), &reason)) {
            if (error)
                *error = Tr::tr("%1: cannot write the answers beside the CSV report: %2").arg(companion, reason);
            return false;
        }
    }
    return true;
}

QString ReportExporter::companionPath(const QString &csvPath)
{
    const QFileInfo info(csvPath);
    return info.dir().filePath(info.completeBaseName() + QLatin1String(".answers.yaml"));
}
