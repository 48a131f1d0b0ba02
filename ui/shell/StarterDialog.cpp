// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "StarterDialog.h"

#include "KnowledgeBase.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

StarterDialog::StarterDialog(const Evaluation &evaluation, const KnowledgeBase &kb, const ReportOptions &options,
                             const QString &startFolder, QWidget *parent)
    : QDialog(parent)
    , m_evaluation(evaluation)
    , m_kb(kb)
    , m_options(options)
{
    setObjectName(QStringLiteral("starter_dialog"));
    setWindowTitle(tr("Starter Folder"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new WrappedLabel(tr("A folder to start the project from: the official commands that create each part, "
                                      "compose.yaml for the database, .env.example, the decision record and the answers. "
                                      "Stackwise downloads and runs nothing."), this);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_stacks = new QComboBox(this);
    m_stacks->setObjectName(QStringLiteral("starter_stack"));
    const qsizetype shown = qMin<qsizetype>(evaluation.stacks.size(), 10);
    for (qsizetype i = 0; i < shown; ++i) {
        QStringList names;
        for (const Area &area : kb.areas)
            if (const Candidate *c = kb.candidate(evaluation.stacks.at(i).choice.value(area.id)))
                names << c->name();
        const QString label = i == 0 ? tr("%1 (recommended)").arg(names.join(QStringLiteral(" · ")))
                                     : tr("%1. %2").arg(i + 1).arg(names.join(QStringLiteral(" · ")));
        m_stacks->addItem(label);
    }
    form->addRow(tr("&Stack:"), m_stacks);

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(startFolder, this);
    m_folder->setObjectName(QStringLiteral("starter_folder"));
    m_folder->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("starter_browse"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);
    form->addRow(tr("&Folder:"), folderRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(folderRow)))
        label->setBuddy(m_folder);
    m_fileList = new WrappedLabel(this);
    m_fileList->setObjectName(QStringLiteral("starter_files"));
    m_fileList->setTextFormat(Qt::PlainText);
    form->addRow(tr("Writes:"), m_fileList);
    layout->addLayout(form);

    m_readme = new QPlainTextEdit(this);
    m_readme->setObjectName(QStringLiteral("starter_readme"));
    m_readme->setReadOnly(true);
    m_readme->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_readme->setAccessibleName(tr("README.md of the starter"));
    m_readme->setMinimumHeight(fontMetrics().lineSpacing() * 18);
    m_readme->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_readme, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("&Write Starter"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("starter_write"));
    write->setDefault(true);
    layout->addWidget(buttons);

    connect(m_stacks, &QComboBox::currentIndexChanged, this, &StarterDialog::updatePreview);
    connect(m_folder, &QLineEdit::textChanged, this, [write](const QString &text) { write->setEnabled(!text.trimmed().isEmpty()); });
    connect(browseButton, &QPushButton::clicked, this, &StarterDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &StarterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    write->setEnabled(!startFolder.trimmed().isEmpty());

    confirmOverwrite = [this](const QString &folder) {
        return QMessageBox::question(this, tr("Starter Folder"),
                                     tr("“%1” already holds files. Write the starter's files into it? Files of the same "
                                        "name are replaced; every other file stays.").arg(QDir::toNativeSeparators(folder)),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    updatePreview();
    // Wide enough for the README's lines without a horizontal scroll bar, tall enough for its start.
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 96), sizeHint().height());
}

qsizetype StarterDialog::stackIndex() const { return qMax(0, m_stacks->currentIndex()); }
QString StarterDialog::folder() const { return m_folder->text().trimmed(); }
void StarterDialog::setFolder(const QString &folder) { m_folder->setText(folder); }
void StarterDialog::setStackIndex(qsizetype index) { m_stacks->setCurrentIndex(int(index)); }

QList<ScaffoldWriter::File> StarterDialog::files() const
{
    QString error;
    return ScaffoldWriter::files(m_evaluation, stackIndex(), m_kb, m_options, &error).value_or(QList<ScaffoldWriter::File>{});
}

void StarterDialog::updatePreview()
{
    const QList<ScaffoldWriter::File> list = files();
    QStringList paths;
    for (const ScaffoldWriter::File &f : list)
        paths << f.path;
    m_fileList->setText(paths.join(QStringLiteral(", ")));
    m_readme->setPlainText(list.isEmpty() ? QString() : QString::fromUtf8(list.first().bytes));
}

void StarterDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Starter Folder"), folder());
    if (!dir.isEmpty())
        setFolder(dir);
}

bool StarterDialog::writeStarter(QString *error)
{
    const QString dir = folder();
    const QFileInfo info(dir);
    const bool holdsFiles = info.isDir() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (holdsFiles && !(confirmOverwrite && confirmOverwrite(dir))) {
        error->clear(); // the user said no: nothing to report
        return false;
    }
    return ScaffoldWriter::write(dir, files(), holdsFiles, error);
}

void StarterDialog::accept()
{
    QString error;
    if (writeStarter(&error)) {
        QDialog::accept();
        return;
    }
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Starter Folder"), error);
}
