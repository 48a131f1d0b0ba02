// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "KbLoader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

// The command line of contract §4. Parsing is separate from running so that main() can decide
// whether a GUI is needed before it creates the application object.
class CommandLine
{
public:
    CommandLine();

    // Parses `arguments` (including argv[0]). Returns false and sets errorText() on bad usage.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }

    bool wantsHelp() const;
    bool wantsVersion() const;
    bool isHeadless() const; // --validate-kb, --export or --adr-dir
    QString helpText() const { return m_parser.helpText(); }

    // Runs a headless command; returns the process exit code (0 ok, 2 bad input, 1 other).
    int runHeadless() const;

    QStringList kbDirs() const;
    QStringList answersFiles() const;
    QString language() const;
    QStringList positionalFiles() const { return m_parser.positionalArguments(); }

    // True when argv asks for a headless run; decided before QCoreApplication exists.
    static bool looksHeadless(int argc, char **argv);

private:
    int runValidateKb() const;
    int runExport() const;
    int runDiff() const;
    // The built-in KB with --kb overlays, or std::nullopt after printing why not.
    std::optional<KbLoader::Result> loadKnowledgeBase() const;
    // The decision record into a folder of records (AdrFolder): --adr-dir DIR, or --export DIR/.
    QString adrDirectory() const;

    QCommandLineParser m_parser;
    QCommandLineOption m_answers;
    QCommandLineOption m_export;
    QCommandLineOption m_adrDir;
    QCommandLineOption m_scaffold;
    QCommandLineOption m_stack;
    QCommandLineOption m_force;
    QCommandLineOption m_diff;
    QCommandLineOption m_format;
    QCommandLineOption m_kb;
    QCommandLineOption m_lang;
    QCommandLineOption m_validateKb;
    QCommandLineOption m_pageSize;
    QCommandLineOption m_strict;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QString m_error;
};
