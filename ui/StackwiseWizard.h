#pragma once

#include <QWizard>

// Placeholder; the real wizard is built in issue 4.
class StackwiseWizard : public QWizard
{
    Q_OBJECT
public:
    explicit StackwiseWizard(QWidget *parent = nullptr);
};
