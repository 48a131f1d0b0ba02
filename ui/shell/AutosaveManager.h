// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "Answers.h"
#include "Diagnostic.h"

#include <QObject>
#include <QString>

#include <optional>

class DecisionSession;
class QTimer;

// Keeps a copy of the unsaved session on disk so a crash loses nothing: every change restarts a
// short timer, and when it fires the answers are written (AnswersFile::serialize through
// QSaveFile, so a kill mid-write leaves the previous copy intact). Saving the decision or a
// clean exit removes the copy; the next start offers to restore one that is left.
class AutosaveManager : public QObject
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 500;

    AutosaveManager(DecisionSession *session, const QString &path, QObject *parent = nullptr);

    // AppDataLocation + "/autosave.stackwise.yaml".
    static QString defaultPath();

    QString path() const { return m_path; }
    bool hasAutosave() const;
    // Parses the autosaved answers against the session's knowledge base.
    std::optional<Answers> load(Diagnostics *diagnostics) const;
    // The file the autosaved work belonged to ("" when it was never saved), kept in
    // path() + ".origin" beside the autosave.
    QString originalFilePath() const;

    // Preferences ▸ autosave. Off: no new copies are written (a pending one is dropped); a copy
    // left by an earlier crash stays, so it can still be offered once.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Writes now if a write is pending (e.g. before quitting on a crash-prone path).
    void flush();
    // Stops any pending write and removes the autosave file.
    void discard();

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void schedule();
    void write();

    DecisionSession *m_session;
    QString m_path;
    QTimer *m_timer;
    bool m_enabled = true;
};
