#pragma once

#include <QObject>
#include <QPointer>

class DecisionSession;
class QWidget;

// Export…, Print… and Print Preview for the current decision. The report content comes from
// model/ (ReportExporter); this class only asks for a file name / printer and shows progress.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(DecisionSession *session, QWidget *window);

public slots:
    void exportReport();
    void print();
    void printPreview();

private:
    DecisionSession *m_session;
    QPointer<QWidget> m_window;
};
