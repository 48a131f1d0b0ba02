// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ReportDocument.h"
#include "ReportProvenance.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class DecisionSession;
class QThread;
class QWidget;

// Export…, Print… and Print Preview for the current decision. The report content comes from
// model/ (ReportExporter); this class only asks for a file name / printer and shows progress.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(DecisionSession *session, QWidget *window);
    ~ReportActions() override; // waits for a running export

public slots:
    void exportReport();
    // The Markdown record into a folder of decision records (AdrFolder), chosen in a dialog.
    void exportRecordToFolder();
    void exportStarter(); // File > Starter Folder…
    void print();
    void printPreview();

public:
    // "<project>-<yyyy-MM-dd>.<suffix>", safe on every file system.
    static QString defaultFileName(const QString &projectName, const QString &suffix);
    bool isExporting() const { return !m_exportThread.isNull(); }
    // exportRecordToFolder() without the dialog; the new record's path, or std::nullopt after
    // showing why not.
    std::optional<QString> exportRecordTo(const QString &dir);
    // The report the decision was reopened from: new reports say when the knowledge base differs.
    void setReopenedFrom(const ReportProvenance &madeWith) { m_reopenedFrom = madeWith; }

signals:
    // Emitted when an export ends (also after a failure, with ok == false).
    void exportFinished(bool ok, const QString &path);

private:
    DecisionSession *m_session;
    QPointer<QWidget> m_window;
    QPointer<QThread> m_exportThread;
    ReportProvenance m_reopenedFrom;
    mutable QString m_kbHash;

    QString kbHash() const;

    ReportDocument::Options documentOptions() const;
};
