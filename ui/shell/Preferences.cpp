// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "Preferences.h"

#include "AppLanguage.h"
#include "PdfReportWriter.h"
#include "ReportExporter.h"

#include <QSettings>

namespace {
const auto LanguageKey = QLatin1String("preferences/language");
const auto ExportFormatKey = QLatin1String("preferences/exportFormat");
const auto ExportFolderKey = QLatin1String("preferences/exportFolder");
const auto PageSizeKey = QLatin1String("preferences/pageSize");
const auto AutosaveKey = QLatin1String("preferences/autosave");
} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    // Values edited by hand (or left by another version) fall back to the defaults.
    p.language = settings.value(LanguageKey).toString();
    if (!AppLanguage::isSupported(p.language))
        p.language.clear();
    p.exportFormat = settings.value(ExportFormatKey).toString();
    if (!ReportExporter::formatFromName(p.exportFormat))
        p.exportFormat = ReportExporter::formatName(ReportExporter::Format::Pdf);
    p.exportFolder = settings.value(ExportFolderKey).toString();
    p.pageSize = settings.value(PageSizeKey).toString();
    if (!p.pageSize.isEmpty() && !PdfReportWriter::pageSizeFromName(p.pageSize).isValid())
        p.pageSize.clear();
    p.autosave = settings.value(AutosaveKey, true).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(LanguageKey, language);
    settings.setValue(ExportFormatKey, exportFormat);
    settings.setValue(ExportFolderKey, exportFolder);
    settings.setValue(PageSizeKey, pageSize);
    settings.setValue(AutosaveKey, autosave);
}

QPageSize Preferences::effectivePageSize() const
{
    if (!pageSize.isEmpty()) {
        const QPageSize chosen = PdfReportWriter::pageSizeFromName(pageSize);
        if (chosen.isValid())
            return chosen;
    }
    return PdfReportWriter::defaultPageSize();
}
