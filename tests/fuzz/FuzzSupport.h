// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "KbLoader.h"

#include <QByteArray>
#include <QGuiApplication>

#include <cstdint>
#include <cstdlib>

// Shared set-up for the fuzz targets: a headless QGuiApplication (fonts, QPainter, QPdfWriter)
// and the built-in knowledge base, both created once per process.
namespace FuzzSupport {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "stackwise-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, argv);
    }
}

inline const KnowledgeBase &defaultKb()
{
    static const KnowledgeBase kb = [] {
        KbLoader::Result r = KbLoader::loadDirectories({KbLoader::builtinDir()});
        if (!r.ok())
            std::abort(); // the built-in KB must always be valid
        return r.kb;
    }();
    return kb;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport
