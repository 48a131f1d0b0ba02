// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
// Build step: reads each built-in knowledge-base file once and writes what it read in
// KbBinary's form, compiled into the binary under :/kb-compiled/ so that a start skips the
// YAML parser. The files are labelled with their resource paths (":/kb/areas.yaml"), exactly as
// a start would read them, so positions in later messages are the same either way. It also
// writes merged.kbc, the whole built-in knowledge base merged and validated.
//   stackwise_kb_compile OUTDIR FILE.yaml...
#include "AtomicFile.h"
#include "KbBinary.h"
#include "KbCache.h"
#include "KbFileReader.h"
#include "KbLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: stackwise_kb_compile OUTDIR FILE.yaml...\n";
        return 2;
    }
    const QDir out(args.first());
    if (!out.mkpath(QStringLiteral("."))) {
        err << args.first() << ": cannot create the folder\n";
        return 1;
    }
    for (const QString &source : args.mid(1)) {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            err << source << ": " << in.errorString() << '\n';
            return 1;
        }
        const QByteArray yaml = in.readAll();
        const QString name = QFileInfo(source).fileName();
        Diagnostics diagnostics;
        bool parsed = false;
        const KnowledgeBase part = KbFileReader::read(KbLoader::builtinDir() + QLatin1Char('/') + name, yaml,
                                                      KbLoader::MaxFileSize, KbLoader::MaxNestingDepth,
                                                      &diagnostics, &parsed);
        // A built-in file with a problem must fail the build, not be compiled in.
        if (!parsed || !diagnostics.isEmpty()) {
            for (const Diagnostic &d : diagnostics)
                err << source << ": " << d.toString() << '\n';
            return 1;
        }
        const QString target = out.filePath(QFileInfo(KbBinary::compiledPath(name)).fileName());
        QString error;
        if (!AtomicFile::write(target, KbBinary::write(part, yaml), &error)) {
            err << target << ": " << error << '\n';
            return 1;
        }
    }
    // The whole built-in knowledge base as a start without overlays uses it: read from the
    // resources of this tool, which are the ones the application holds.
    const KbLoader::Result merged = KbLoader::loadDirectories({KbLoader::builtinDir()});
    if (!merged.ok()) {
        for (const Diagnostic &d : merged.diagnostics)
            err << d.toString() << '\n';
        return 1;
    }
    const QString target = out.filePath(QFileInfo(KbBinary::compiledMergedPath()).fileName());
    QString error;
    if (!AtomicFile::write(target, KbBinary::write(merged.kb, KbCache::key({KbLoader::builtinDir()})), &error)) {
        err << target << ": " << error << '\n';
        return 1;
    }
    return 0;
}
