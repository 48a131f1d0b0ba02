// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Edit ▸ Preferences: language, default export format and folder, PDF page size, autosave. Shows
// a Preferences value and hands an edited one back; the caller saves and applies it.
//
// The language applies at the next start: the wizard pages are built from the knowledge base in
// the language current when they are made, and rebuilding them in place would lose focus and
// scroll positions, so the dialog says so instead of switching half the window.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    void chooseFolder();

    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QComboBox *m_pageSize;
    QCheckBox *m_autosave;
};
