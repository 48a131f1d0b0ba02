#include "StackwiseWizard.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

StackwiseWizard::StackwiseWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Stackwise"));
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Welcome to Stackwise"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Choose your web stack with your team."), page));
    addPage(page);
}
