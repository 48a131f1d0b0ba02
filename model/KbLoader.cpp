#include "KbLoader.h"

#include <QStandardPaths>

// Stub: replaced by the real loader.
QString KbLoader::builtinDir() { return QStringLiteral(":/kb"); }
QString KbLoader::userDir() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kb"); }
KbLoader::Result KbLoader::loadDefault(const QStringList &overlayDirs) { return loadDirectories(QStringList{builtinDir()} + overlayDirs); }
KbLoader::Result KbLoader::loadDirectories(const QStringList &) { return {}; }
