// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

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
    void print();
    void printPreview();

public:
    // "<project>-<yyyy-MM-dd>.<suffix>", safe on every file system.
    static QString defaultFileName(const QString &projectName, const QString &suffix);
    bool isExporting() const { return !m_exportThread.isNull(); }

signals:
    // Emitted when an export ends (also after a failure, with ok == false).
    void exportFinished(bool ok, const QString &path);

private:
    DecisionSession *m_session;
    QPointer<QWidget> m_window;
    QPointer<QThread> m_exportThread;
};
