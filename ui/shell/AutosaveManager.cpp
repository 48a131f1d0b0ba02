// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "AutosaveManager.h"

#include "AtomicFile.h"

#include "AnswersFile.h"
#include "DecisionSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QStandardPaths>
#include <QTimer>

namespace {
// The autosave file holds only the answers (the canonical format); the path of the file they
// came from is kept in a small file beside it, so a restore can save back to it. Not in
// QSettings: that file is shared by every running instance (and test process) of the
// application, so another instance's autosave or exit could overwrite the path between this
// one's write and its restore.
QString originFilePath(const QString &autosavePath)
{
    return autosavePath + QLatin1String(".origin");
}
}

AutosaveManager::AutosaveManager(DecisionSession *session, const QString &path, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(path)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMs);
    connect(m_timer, &QTimer::timeout, this, &AutosaveManager::write);
    connect(session, &DecisionSession::answersChanged, this, &AutosaveManager::schedule);
    connect(session, &DecisionSession::modifiedChanged, this, [this](bool modified) {
        if (modified)
            schedule();
        else
            discard(); // saved: the file on disk is the truth now
    });
}

QString AutosaveManager::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/autosave.stackwise.yaml");
}

bool AutosaveManager::hasAutosave() const
{
    return QFileInfo::exists(m_path);
}

std::optional<Answers> AutosaveManager::load(Diagnostics *diagnostics) const
{
    return AnswersFile::load(m_path, m_session->knowledgeBase(), diagnostics);
}

QString AutosaveManager::originalFilePath() const
{
    QFile file(originFilePath(m_path));
    // A path, not a document: anything longer is not ours.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return {};
    return QString::fromUtf8(file.readAll());
}

void AutosaveManager::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        m_timer->stop();
    else if (m_session->isModified())
        schedule();
}

void AutosaveManager::schedule()
{
    if (m_enabled)
        m_timer->start();
}

void AutosaveManager::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        write();
    }
}

void AutosaveManager::discard()
{
    m_timer->stop();
    if (QFile::exists(m_path))
        QFile::remove(m_path);
    QFile::remove(originFilePath(m_path));
}

void AutosaveManager::write()
{
    // Group decisions are rebuilt from the members' files; nothing unsaved to keep.
    if (!m_enabled || !m_session->isModified() || m_session->isGroup())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // The origin first: a kill between the two writes leaves the previous answers with the
    // current origin, which is the same file (a save in between would have removed both).
    const QList<QPair<QString, QByteArray>> files{
        {originFilePath(m_path), m_session->filePath().toUtf8()},
        {m_path, AnswersFile::serialize(m_session->answers(), m_session->knowledgeBase())}};
    for (const auto &[path, data] : files) {
        QString reason;
        if (!AtomicFile::write(path, data, &reason)) {
            emit failed(tr("Could not write the autosave file %1: %2").arg(QDir::toNativeSeparators(path), reason));
            return;
        }
    }
    emit written(m_path);
}
