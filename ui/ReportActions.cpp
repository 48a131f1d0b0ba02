#include "ReportActions.h"

#include <QWidget>

// Placeholder until the report writers land (issue 5).
ReportActions::ReportActions(DecisionSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

void ReportActions::exportReport() {}
void ReportActions::print() {}
void ReportActions::printPreview() {}
