// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ReportActions.h"

#include "AdrFolder.h"
#include "AnswersFile.h"
#include "AtomicFile.h"

#include "DecisionSession.h"
#include "PdfReportWriter.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportExporter.h"
#include "StarterDialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

#include <memory>

namespace {
struct FormatFilter
{
    ReportExporter::Format format;
    QString filter;
    QString suffix;
};

QList<FormatFilter> formatFilters()
{
    return {
        {ReportExporter::Format::Pdf, ReportActions::tr("PDF document (*.pdf)"), QStringLiteral("pdf")},
        {ReportExporter::Format::Html, ReportActions::tr("Web page, self-contained (*.html *.htm)"), QStringLiteral("html")},
        {ReportExporter::Format::Markdown, ReportActions::tr("Decision record, Markdown (*.md)"), QStringLiteral("md")},
        {ReportExporter::Format::Csv, ReportActions::tr("Rankings for spreadsheets, CSV (*.csv)"), QStringLiteral("csv")},
        {ReportExporter::Format::Json, ReportActions::tr("Data for scripts, JSON (*.json)"), QStringLiteral("json")},
    };
}

// A wait cursor for work that stays on the GUI thread because printers live there; the layout
// takes a fraction of a second (bench_report: exportPdf) and Qt's own print dialogs already
// block on the printer, so the window is not left unresponsive for long.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};
} // namespace

ReportActions::ReportActions(DecisionSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

ReportActions::~ReportActions()
{
    // The worker only renders into its own buffers; let it end before the window goes.
    if (m_exportThread)
        m_exportThread->wait();
}

QString ReportActions::defaultFileName(const QString &projectName, const QString &suffix)
{
    QString base;
    for (const QChar c : projectName.trimmed()) {
        if (c.isLetterOrNumber())
            base += c;
        else if (!base.isEmpty() && !base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
    }
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = tr("stack-decision");
    base = base.left(60);
    return QStringLiteral("%1-%2.%3").arg(base, QDate::currentDate().toString(Qt::ISODate), suffix);
}

void ReportActions::exportReport()
{
    if (isExporting())
        return;
    const Preferences preferences = Preferences::load();
    QList<FormatFilter> filters = formatFilters();
    // The preferred format is offered first and pre-selected.
    const std::optional<ReportExporter::Format> preferred = ReportExporter::formatFromName(preferences.exportFormat);
    const auto preferredFilter = std::find_if(filters.begin(), filters.end(),
                                              [&](const FormatFilter &f) { return preferred && f.format == *preferred; });
    if (preferredFilter != filters.end())
        std::rotate(filters.begin(), preferredFilter, preferredFilter + 1);
    QStringList filterList;
    for (const FormatFilter &f : filters)
        filterList << f.filter;

    // The preferred folder, else next to the answers file when there is one, else Documents.
    QString dir = preferences.exportFolder;
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = m_session->filePath().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_session->filePath()).absolutePath();
    const QString suggested = QDir(dir).filePath(defaultFileName(m_session->answers().project.name, filters.first().suffix));
    QString selected = filters.first().filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"), suggested, filterList.join(QStringLiteral(";;")),
                                                &selected);
    if (path.isEmpty())
        return;

    // The extension decides when it names a format; otherwise the chosen filter does.
    std::optional<ReportExporter::Format> format = ReportExporter::formatFromExtension(path);
    if (!format) {
        for (const FormatFilter &f : filters) {
            if (f.filter == selected) {
                format = f.format;
                path += QLatin1Char('.') + f.suffix;
                break;
            }
        }
    }
    if (!format)
        format = ReportExporter::Format::Pdf;

    // Rendering (above all the PDF) runs on a worker thread with its own copies of the inputs:
    // the window keeps repainting and the session may change meanwhile without affecting it.
    auto result = std::make_shared<QByteArray>();
    auto companion = std::make_shared<QByteArray>(); // a CSV report's answers, written beside it
    auto error = std::make_shared<QString>();
    const Evaluation evaluation = m_session->evaluation();
    const KnowledgeBase kb = m_session->knowledgeBase();
    const ReportExporter::Format chosen = *format;
    ReportOptions options;
    options.pageSize = preferences.pageSize; // empty: automatic
    options.reopenedFrom = m_reopenedFrom;
    options.kbHash = kbHash();
    QThread *thread = QThread::create([=] {
        *result = ReportExporter::render(chosen, evaluation, kb, options, error.get());
        if (chosen == ReportExporter::Format::Csv)
            *companion = AnswersFile::serialize(evaluation.answers, kb); // the answers alone: no KB hash needed
    });
    thread->setObjectName(QStringLiteral("report-export"));
    m_exportThread = thread;

    // Shown only when the export takes longer than a moment.
    auto *progress = new QProgressDialog(tr("Exporting the report to %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0,
                                         m_window);
    progress->setObjectName(QStringLiteral("export_progress"));
    progress->setWindowTitle(tr("Export Report"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setCancelButton(nullptr);
    progress->setAutoClose(false);
    progress->setValue(0);

    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, progress, result, companion, error, path] {
        progress->close();
        progress->deleteLater();
        bool ok = !result->isEmpty();
        if (ok) {
            // Writing is the small separate step: atomically (AtomicFile, through QSaveFile).
            QString reason;
            ok = AtomicFile::write(path, *result, &reason);
            if (!ok)
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
            const QString companionPath = ReportExporter::companionPath(path);
            if (ok && !companion->isEmpty() && !(ok = AtomicFile::write(companionPath, *companion, &reason)))
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(companionPath), reason);
        }
        if (!ok && m_window)
            QMessageBox::warning(m_window, tr("Export Report"),
                                 error->isEmpty() ? tr("The report could not be created.") : *error);
        emit exportFinished(ok, path);
    });
    thread->start();
}

void ReportActions::exportRecordToFolder()
{
    // Next to the answers file, in its project's docs/decisions when there is one.
    QString start = m_session->filePath().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                    : QFileInfo(m_session->filePath()).absolutePath();
    if (const QString decisions = QDir(start).filePath(QStringLiteral("docs/decisions")); QFileInfo(decisions).isDir())
        start = decisions;
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Decision Record into Folder"), start);
    if (dir.isEmpty())
        return;
    exportRecordTo(dir);
}

std::optional<QString> ReportActions::exportRecordTo(const QString &dir)
{
    ReportOptions options;
    options.reopenedFrom = m_reopenedFrom;
    options.kbHash = kbHash();
    QString error;
    const std::optional<QString> path = AdrFolder::write(dir, m_session->evaluation(), m_session->knowledgeBase(), options, &error);
    if (!path && m_window)
        QMessageBox::warning(m_window, tr("Decision Record into Folder"), error);
    emit exportFinished(path.has_value(), path.value_or(QString()));
    return path;
}

void ReportActions::exportStarter()
{
    // Beside the answers file, else in Documents; in a new folder named after the project.
    const QString base = m_session->filePath().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                         : QFileInfo(m_session->filePath()).absolutePath();
    const QString name = AdrFolder::slug(m_session->evaluation().answers.project.name);
    ReportOptions options;
    options.reopenedFrom = m_reopenedFrom;
    options.kbHash = kbHash();
    StarterDialog dialog(m_session->evaluation(), m_session->knowledgeBase(), options,
                         QDir(base).filePath(name.isEmpty() ? QStringLiteral("starter") : name + QLatin1String("-starter")),
                         m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit exportFinished(true, dialog.folder());
}

ReportDocument::Options ReportActions::documentOptions() const
{
    ReportDocument::Options options;
    options.reopenedFrom = m_reopenedFrom;
    options.kbHash = kbHash();
    return options;
}

QString ReportActions::kbHash() const
{
    // The session's knowledge base is fixed for its lifetime: hash it once, at the first report.
    if (m_kbHash.isEmpty())
        m_kbHash = ReportProvenance::knowledgeBaseHash(m_session->knowledgeBase());
    return m_kbHash;
}

void ReportActions::print()
{
    const ReportDocument document = ReportDocument::build(m_session->evaluation(), m_session->knowledgeBase(), documentOptions());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(Preferences::load().effectivePageSize());
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WaitCursor wait;
    if (PdfReportWriter::paint(document, &printer) == 0 && m_window)
        QMessageBox::warning(m_window, tr("Print Report"), tr("The printer could not be started."));
}

void ReportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(Preferences::load().effectivePageSize());
    // Built once: the preview repaints (zoom, page setup) from the same document.
    const ReportDocument document = ReportDocument::build(m_session->evaluation(), m_session->knowledgeBase(), documentOptions());
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("print_preview"));
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document](QPrinter *target) {
        const WaitCursor wait;
        PdfReportWriter::paint(document, target);
    });
    dialog.exec();
}
