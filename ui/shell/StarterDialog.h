// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ScaffoldWriter.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class KnowledgeBase;

// File > Starter Folder…: which stack (the recommended one, or another of the ranked stacks)
// and where; shows the files ScaffoldWriter will write and the README they start with. A folder
// that already holds files is only written into after the user says so.
class StarterDialog : public QDialog
{
    Q_OBJECT
public:
    StarterDialog(const Evaluation &evaluation, const KnowledgeBase &kb, const ReportOptions &options,
                  const QString &startFolder, QWidget *parent = nullptr);

    qsizetype stackIndex() const;
    QString folder() const;
    void setFolder(const QString &folder);
    void setStackIndex(qsizetype index);
    // What ScaffoldWriter makes for the stack chosen now.
    QList<ScaffoldWriter::File> files() const;

    // Writes the starter; asks first when the folder holds files (confirm, so tests can answer).
    bool writeStarter(QString *error);
    std::function<bool(const QString &folder)> confirmOverwrite;

    void accept() override;

private:
    void updatePreview();
    void browse();

    Evaluation m_evaluation;
    const KnowledgeBase &m_kb;
    ReportOptions m_options;
    QComboBox *m_stacks;
    QLineEdit *m_folder;
    QLabel *m_fileList;
    QPlainTextEdit *m_readme;
};
