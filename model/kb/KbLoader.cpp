// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "KbLoader.h"

#include "DerivedRules.h"
#include "KbBinary.h"
#include "KbCache.h"
#include "KbFileReader.h"
#include "KbValidator.h"
#include "YamlSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KbLoader)
};

// Where the entry that currently holds an id came from.
struct Origin
{
    int layer = 0;
    SourcePos pos;
    qsizetype index = 0;
};

// Merges the entries of one file (of layer `layer`) into `into`: a new key appends; a key from
// an earlier layer is replaced in place (so the order stays that of the base); a key seen
// before in the SAME layer is a duplicate.
template<typename T, typename KeyFn>
void mergeEntries(QList<T> *into, QHash<QString, Origin> *origins, const QList<T> &from, int layer,
                  const QString &what, KeyFn key, Diagnostics *diagnostics)
{
    for (const T &item : from) {
        const QString k = key(item);
        const auto it = origins->find(k);
        if (it == origins->end()) {
            origins->insert(k, {layer, item.pos, into->size()});
            into->append(item);
        } else if (it->layer == layer) {
            diagnostics->append({item.pos.path, item.pos.line, item.pos.column,
                                 Tr::tr("duplicate %1 '%2' (first defined at %3)").arg(what, k, YamlSource::format(it->pos))});
        } else {
            (*into)[it->index] = item;
            it->layer = layer;
            it->pos = item.pos;
        }
    }
}

class Merger
{
public:
    void add(const KnowledgeBase &input, int layer, Diagnostics *diagnostics)
    {
        // Every dated entry remembers its layer, whose date it takes when it names no source.
        KnowledgeBase part = input;
        for (Candidate &c : part.candidates)
            for (Rating &r : c.ratings)
                r.evidence.layer = layer;
        for (Question &q : part.questions)
            for (Option &o : q.options)
                for (Effect &e : o.effects)
                    e.evidence.layer = layer;
        for (Synergy &y : part.synergies)
            y.evidence.layer = layer;
        for (Constraint &c : part.constraints)
            c.evidence.layer = layer;
        if (!part.meta.version.isEmpty())
            kb.meta.version = part.meta.version;
        if (!part.meta.date.isEmpty())
            kb.meta.date = part.meta.date;
        if (!part.languageRules.isEmpty())
            kb.languageRules = part.languageRules;
        else if (!part.languageRules.names.isEmpty())
            kb.languageRules.names.insert(part.languageRules.names); // an overlay adding a language
        const auto byId = [](const auto &item) { return item.id; };
        mergeEntries(&kb.areas, &m_areas, part.areas, layer, Tr::tr("area id"), byId, diagnostics);
        mergeEntries(&kb.criteria, &m_criteria, part.criteria, layer, Tr::tr("criterion id"), byId, diagnostics);
        mergeEntries(&kb.candidates, &m_candidates, part.candidates, layer, Tr::tr("candidate id"), byId, diagnostics);
        mergeEntries(&kb.questions, &m_questions, part.questions, layer, Tr::tr("question id"), byId, diagnostics);
        mergeEntries(&kb.constraints, &m_constraints, part.constraints, layer, Tr::tr("constraint id"), byId, diagnostics);
        mergeEntries(&kb.sources, &m_sources, part.sources, layer, Tr::tr("source id"), byId, diagnostics);
        // A synergy is keyed by its pair, whichever way round it is written.
        const auto byPair = [](const Synergy &s) {
            return std::min(s.a, s.b) + QLatin1Char('+') + std::max(s.a, s.b);
        };
        mergeEntries(&kb.synergies, &m_synergies, part.synergies, layer, Tr::tr("synergy"), byPair, diagnostics);
    }

    KnowledgeBase kb;

private:
    QHash<QString, Origin> m_areas, m_criteria, m_candidates, m_questions, m_constraints, m_synergies, m_sources;
};
} // namespace

QStringList KbLoader::yamlFileNames(const QDir &dir, QDir::SortFlags sort)
{
    QStringList names = dir.entryList(QDir::Files, sort);
    names.removeIf([](const QString &name) { return !name.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive); });
    return names;
}

QString KbLoader::builtinDir()
{
    return QStringLiteral(":/kb");
}

QString KbLoader::userDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kb");
}

KbLoader::Result KbLoader::loadDefault(const QStringList &overlayDirs)
{
    QStringList dirs{builtinDir()};
    const QString user = userDir();
    if (QDir(user).exists())
        dirs.append(user);
    dirs += overlayDirs;
    if (dirs.size() == 1)
        return loadDirectories(dirs); // the built-in files alone load from their compiled form
    // With overlays, an unchanged set of files loads from the cache instead of the parser.
    const QByteArray key = KbCache::key(dirs);
    if (std::optional<KnowledgeBase> cached = KbCache::read(key)) {
        Result result;
        result.kb = std::move(*cached);
        return result;
    }
    Result result = loadDirectories(dirs);
    if (result.ok())
        KbCache::write(key, result.kb);
    return result;
}

KbLoader::Result KbLoader::loadDirectories(const QStringList &dirs)
{
    Result result;

    // The built-in knowledge base alone, as the build merged and validated it, when it was made
    // from exactly the YAML this binary holds.
    if (dirs.size() == 1 && dirs.first() == builtinDir()) {
        if (const std::optional<QByteArray> compiled = KbCache::bytes(KbBinary::compiledMergedPath())) {
            if (std::optional<KnowledgeBase> kb = KbBinary::read(*compiled, KbCache::key(dirs))) {
                result.kb = std::move(*kb);
                return result;
            }
        }
    }

    // The file set: a file of a later layer replaces the file of the same name wholesale.
    struct File
    {
        int layer;
        QString name;
        QString path;
    };
    QHash<QString, File> byName;
    for (int layer = 0; layer < dirs.size(); ++layer) {
        const QDir dir(dirs.at(layer));
        if (!dir.exists()) {
            result.diagnostics.append({dirs.at(layer), 0, 0, Tr::tr("knowledge-base directory does not exist")});
            continue;
        }
        const QStringList names = yamlFileNames(dir, dir.sorting());
        for (const QString &name : names)
            byName.insert(name, {layer, name, dir.filePath(name)});
    }
    QList<File> files = byName.values();
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) {
        return a.layer != b.layer ? a.layer < b.layer : a.name < b.name;
    });

    // A built-in file the build has already read (KbBinary) skips the YAML parser.
    auto readPart = [&](int layer, const QString &name, const QString &path, Diagnostics *diagnostics,
                        bool *parsed) -> std::optional<KnowledgeBase> {
        const std::optional<QByteArray> bytes = YamlSource::readFile(path, MaxFileSize, diagnostics);
        *parsed = false;
        if (!bytes)
            return std::nullopt;
        std::optional<KnowledgeBase> part;
        if (dirs.at(layer) == builtinDir()) {
            if (const std::optional<QByteArray> compiled = KbCache::bytes(KbBinary::compiledPath(name)))
                part = KbBinary::read(*compiled, *bytes);
        }
        *parsed = part.has_value();
        if (!part)
            part = KbFileReader::read(path, *bytes, MaxFileSize, MaxNestingDepth, diagnostics, parsed);
        return part;
    };

    // Every layer keeps its own date, from its own kb.yaml, even where a later layer's kb.yaml
    // replaces that file: an overlay dates only its own entries.
    const QString metaFile = QStringLiteral("kb.yaml");
    Merger merger;
    merger.kb.layerDates.resize(dirs.size());
    for (int layer = 0; layer < dirs.size(); ++layer) {
        const QString path = QDir(dirs.at(layer)).filePath(metaFile);
        const bool usedAsIs = byName.contains(metaFile) && byName.value(metaFile).layer == layer;
        if (usedAsIs || !QFileInfo::exists(path))
            continue; // read below with the rest, or there is none
        Diagnostics ignored; // a replaced file is not used; only its date is
        bool parsed = false;
        if (const auto part = readPart(layer, metaFile, path, &ignored, &parsed); part && parsed)
            merger.kb.layerDates[layer] = part->meta.date;
    }

    bool everyFileRead = true;
    for (const File &file : std::as_const(files)) {
        bool parsed = false;
        if (const auto part = readPart(file.layer, file.name, file.path, &result.diagnostics, &parsed)) {
            if (file.name == metaFile)
                merger.kb.layerDates[file.layer] = part->meta.date;
            merger.add(*part, file.layer, &result.diagnostics);
        }
        everyFileRead = everyFileRead && parsed;
    }

    result.kb = merger.kb;
    result.kb.reindex();
    // With a whole file missing, every reference into it would be reported as unknown: that
    // noise would hide the one real problem, so cross-references wait until all files read.
    if (everyFileRead)
        result.diagnostics.append(KbValidator::validate(result.kb));
    // The language rules become plain effects and synergies once every reference is known good.
    if (everyFileRead && result.diagnostics.isEmpty())
        DerivedRules::apply(&result.kb);
    if (everyFileRead && result.kb.areas.isEmpty() && !dirs.isEmpty())
        result.diagnostics.append({dirs.constFirst(), 0, 0, Tr::tr("the knowledge base defines no areas"), true});

    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
    });
    return result;
}
