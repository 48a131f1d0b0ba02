// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "DecisionDiff.h"
#include "DiffReportWriter.h"

#include <QDialog>

class QTextBrowser;

// File > Compare With…: shows what changed from another decision to this one (a DecisionDiff
// computed in model/), and saves it as Markdown, HTML or JSON.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const DecisionDiff &diff, const DiffReportWriter::Sides &sides, QWidget *parent = nullptr);

    // Writes the diff in the format OUT's extension names (.md, .html, .json).
    bool saveTo(const QString &path, QString *error) const;

private:
    void saveWithDialog();

    DecisionDiff m_diff;
    DiffReportWriter::Sides m_sides;
    QTextBrowser *m_text;
};
