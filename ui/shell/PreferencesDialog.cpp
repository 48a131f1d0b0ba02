// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "PreferencesDialog.h"

#include "AppLanguage.h"
#include "ReportExporter.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
// Each language by its own name, so that someone who cannot read the current one finds theirs.
QString nativeName(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}
} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferences_dialog"));
    setWindowTitle(tr("Preferences"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("preferences_language"));
    m_language->addItem(tr("System default (%1)").arg(nativeName(AppLanguage::systemLanguage())), QString());
    for (const QString &language : AppLanguage::supported())
        m_language->addItem(nativeName(language), language);
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Language of the window and of new reports"));
    m_languageNote = new WrappedLabel(tr("Takes effect the next time Stackwise starts."), this);
    m_languageNote->setObjectName(QStringLiteral("preferences_language_note"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto *languageBox = new QVBoxLayout;
    languageBox->setSpacing(2);
    languageBox->addWidget(m_language);
    languageBox->addWidget(m_languageNote);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageBox);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("preferences_format"));
    const QList<std::pair<ReportExporter::Format, QString>> formats = {
        {ReportExporter::Format::Pdf, tr("PDF document")},
        {ReportExporter::Format::Html, tr("Web page (HTML)")},
        {ReportExporter::Format::Markdown, tr("Decision record (Markdown)")},
        {ReportExporter::Format::Csv, tr("Rankings for spreadsheets (CSV)")},
        {ReportExporter::Format::Json, tr("Data for scripts (JSON)")},
    };
    for (const auto &[format, label] : formats)
        m_format->addItem(label, ReportExporter::formatName(format));
    m_format->setAccessibleName(tr("Default export format"));
    m_format->setAccessibleDescription(tr("The format File, Export offers first"));
    form->addRow(tr("Export &format:"), m_format);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("preferences_folder"));
    m_folder->setPlaceholderText(tr("Next to the answers file"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setAccessibleName(tr("Default export folder"));
    m_folder->setAccessibleDescription(
        tr("Where File, Export suggests saving; empty means next to the answers file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("preferences_browse"));
    browse->setAccessibleDescription(tr("Choose the default export folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Export f&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("preferences_page_size"));
    m_pageSize->addItem(tr("Automatic (from the region)"), QString());
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setAccessibleDescription(tr("Paper size of PDF reports and printouts"));
    form->addRow(tr("&Page size:"), m_pageSize);

    m_autosave = new QCheckBox(tr("&Keep a copy of unsaved answers (autosave)"), this);
    m_autosave->setObjectName(QStringLiteral("preferences_autosave"));
    m_autosave->setAccessibleDescription(
        tr("Unsaved answers are written aside every few moments and offered again after a crash"));
    form->addRow(QString(), m_autosave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    m_format->setCurrentIndex(qMax(0, m_format->findData(preferences.exportFormat)));
    m_folder->setText(QDir::toNativeSeparators(preferences.exportFolder));
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(preferences.pageSize)));
    m_autosave->setChecked(preferences.autosave);

    // Tab order follows the form from top to bottom.
    setTabOrder(m_language, m_format);
    setTabOrder(m_format, m_folder);
    setTabOrder(m_folder, browse);
    setTabOrder(browse, m_pageSize);
    setTabOrder(m_pageSize, m_autosave);
    setTabOrder(m_autosave, buttons);

    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.exportFormat = m_format->currentData().toString();
    p.exportFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    p.pageSize = m_pageSize->currentData().toString();
    p.autosave = m_autosave->isChecked();
    return p;
}

void PreferencesDialog::chooseFolder()
{
    const QString start = m_folder->text().trimmed().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_folder->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Default Export Folder"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}
