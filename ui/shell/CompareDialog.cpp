// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "CompareDialog.h"

#include "AtomicFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

CompareDialog::CompareDialog(const DecisionDiff &diff, const DiffReportWriter::Sides &sides, QWidget *parent)
    : QDialog(parent)
    , m_diff(diff)
    , m_sides(sides)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("compare_dialog"));
    setWindowTitle(tr("Compare Decisions"));
    m_text->setObjectName(QStringLiteral("compare_text"));
    m_text->setAccessibleName(tr("What changed"));
    m_text->setOpenLinks(false); // the diff links nowhere; nothing is fetched
    m_text->setHtml(DiffReportWriter::toHtml(diff, sides));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("compare_save"));
    connect(save, &QPushButton::clicked, this, &CompareDialog::saveWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    // Room for the longest move line in font units, so that it scales with the font.
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

bool CompareDialog::saveTo(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = DiffReportWriter::toJson(m_diff, m_sides);
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        bytes = DiffReportWriter::toHtml(m_diff, m_sides).toUtf8();
    else
        bytes = DiffReportWriter::toMarkdown(m_diff, m_sides).toUtf8();
    QString reason;
    if (!AtomicFile::write(path, bytes, &reason)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

void CompareDialog::saveWithDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Comparison"), QString(),
                                                tr("Markdown (*.md);;Web page (*.html);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Comparison"), error);
}
