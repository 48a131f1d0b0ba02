#include "AutosaveManager.h"

#include "AnswersFile.h"
#include "DecisionSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace {
// The autosave file holds only the answers (the canonical format); the path of the file they
// came from is kept beside it in the settings, so a restore can save back to it.
const auto OriginalPathKey = QLatin1String("autosave/originalPath");
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
    return QSettings().value(OriginalPathKey).toString();
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
    QSettings().remove(OriginalPathKey);
}

void AutosaveManager::write()
{
    // Group decisions are rebuilt from the members' files; nothing unsaved to keep.
    if (!m_enabled || !m_session->isModified() || m_session->isGroup())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QByteArray data = AnswersFile::serialize(m_session->answers(), m_session->knowledgeBase());
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        emit failed(tr("Could not write the autosave file %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return;
    }
    QSettings settings;
    settings.setValue(OriginalPathKey, m_session->filePath());
    settings.sync();
    emit written(m_path);
}
