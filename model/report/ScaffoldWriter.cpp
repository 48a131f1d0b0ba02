// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ScaffoldWriter.h"

#include "AdrFolder.h"
#include "AnswersFile.h"
#include "AtomicFile.h"
#include "KnowledgeBase.h"
#include "MarkdownReportWriter.h"
#include "ReportDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScaffoldWriter)
};

// YAML's double-quoted scalar: every value is quoted, so no KB text can change the structure.
QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

// A value in .env: dotenv files read a double-quoted value the same way Compose and shells do.
QString envValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]*$"));
    return plain.match(value).hasMatch() ? value : quoted(value);
}

bool applies(const ScaffoldCommand &command, const QStringList &chosen)
{
    const auto any = [&](const QStringList &ids) {
        return std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return chosen.contains(id); });
    };
    return (command.with.isEmpty() || any(command.with)) && !any(command.without);
}

// Markdown code spans cannot hold a backtick run as long as their own delimiters.
QString fence(const QStringList &lines)
{
    QString marker = QStringLiteral("```");
    while (lines.join(QLatin1Char('\n')).contains(marker))
        marker += QLatin1Char('`');
    return marker + QLatin1String("sh\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + marker + QLatin1Char('\n');
}

QString ordinalOf(qsizetype index, qsizetype count)
{
    return index == 0 ? Tr::tr("the stack Stackwise recommends")
                      : Tr::tr("the stack ranked %1 of %2").arg(index + 1).arg(count);
}
} // namespace

QByteArray ScaffoldWriter::composeFile(const Candidate &database, const QString &projectName)
{
    const ScaffoldService &s = database.scaffold.service;
    const QString volume = s.name + QLatin1String("-data");
    QStringList lines;
    // A comment is one line: a project name cannot end it.
    QString project = projectName;
    project.replace(QRegularExpression(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}]+")), QStringLiteral(" "));
    lines << Tr::tr("# Made by Stackwise for %1: %2, the stack's database.").arg(project, database.name())
          << Tr::tr("# `docker compose up -d --wait` starts it and returns once its healthcheck passes.")
          << Tr::tr("# Values in ${...} come from .env (copy .env.example); the default follows \":-\".")
          << QStringLiteral("services:") << QStringLiteral("  %1:").arg(s.name)
          << QStringLiteral("    image: %1").arg(quoted(s.image));
    if (!s.environment.isEmpty()) {
        lines << QStringLiteral("    environment:");
        for (const ScaffoldVariable &v : s.environment)
            lines << QStringLiteral("      %1: %2").arg(v.name, quoted(v.value));
    }
    if (s.port > 0) // on this machine only: a development database is not for the network
        lines << QStringLiteral("    ports:") << QStringLiteral("      - \"127.0.0.1:%1:%1\"").arg(s.port);
    if (!s.volume.isEmpty())
        lines << QStringLiteral("    volumes:") << QStringLiteral("      - %1").arg(quoted(volume + QLatin1Char(':') + s.volume));
    if (!s.healthcheck.isEmpty()) {
        QStringList words;
        for (const QString &w : s.healthcheck)
            words << quoted(w);
        lines << QStringLiteral("    healthcheck:") << QStringLiteral("      test: [%1]").arg(words.join(QLatin1String(", ")))
              << QStringLiteral("      interval: 5s") << QStringLiteral("      timeout: 5s")
              << QStringLiteral("      retries: 20");
    }
    if (!s.volume.isEmpty())
        lines << QStringLiteral("volumes:") << QStringLiteral("  %1:").arg(volume);
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

std::optional<QList<ScaffoldWriter::File>> ScaffoldWriter::files(const Evaluation &evaluation, qsizetype stackIndex,
                                                                 const KnowledgeBase &kb, const ReportOptions &options,
                                                                 QString *error)
{
    if (stackIndex < 0 || stackIndex >= evaluation.stacks.size()) {
        *error = evaluation.stacks.isEmpty()
            ? Tr::tr("The answers leave no legal stack, so there is no starter to write.")
            : Tr::tr("There is no stack %1: this decision ranks %2.").arg(stackIndex + 1).arg(evaluation.stacks.size());
        return std::nullopt;
    }
    const StackResult &stack = evaluation.stacks.at(stackIndex);
    const QString language = options.language;

    ReportDocument::Options documentOptions;
    documentOptions.language = language;
    documentOptions.reopenedFrom = options.reopenedFrom;
    documentOptions.kbHash = options.kbHash;
    const ReportDocument document = ReportDocument::build(evaluation, kb, documentOptions);
    const QString recordPath = QStringLiteral("docs/decisions/0001-%1.md").arg(AdrFolder::slug(document.title));

    QList<const Candidate *> chosen;
    QStringList chosenIds, names;
    for (const Area &area : kb.areas) {
        const QString id = stack.choice.value(area.id);
        if (const Candidate *c = kb.candidate(id)) {
            chosen.append(c);
            chosenIds.append(id);
            names.append(Tr::tr("%1: %2").arg(area.name.text(language), c->name.text(language)));
        }
    }

    QList<File> out;
    QStringList readme;
    readme << Tr::tr("# Starter: %1").arg(document.projectName) << QString()
           << Tr::tr("This starter is for %1:").arg(ordinalOf(stackIndex, evaluation.stacks.size())) << QString();
    for (const QString &name : std::as_const(names))
        readme << QStringLiteral("- ") + name;
    readme << QString()
           << Tr::tr("Stackwise downloaded and ran nothing. Below are the official commands that create each part, "
                     "in the order to run them, from this folder. Each names the page it comes from and when it was "
                     "checked: tools change, so read that page before you run them.")
           << QString();

    QStringList env;
    const Candidate *service = nullptr;
    for (const Candidate *c : std::as_const(chosen)) {
        if (!c->scaffold.env.isEmpty()) {
            env << QStringLiteral("# %1").arg(c->name.text(language));
            for (const ScaffoldVariable &v : c->scaffold.env)
                env << QStringLiteral("%1=%2").arg(v.name, envValue(v.value));
        }
        if (!c->scaffold.service.isEmpty() && !service)
            service = c;
    }
    if (!env.isEmpty())
        readme << Tr::tr("First copy `.env.example` to `.env` and change its values; keep `.env` out of version control.")
               << QString();

    int step = 0;
    for (const Candidate *c : std::as_const(chosen)) {
        const Area *area = kb.area(c->area);
        const Scaffold &s = c->scaffold;
        readme << Tr::tr("## %1. %2: %3").arg(++step).arg(area ? area->name.text(language) : c->area, c->name.text(language))
               << QString();
        if (s.isEmpty()) {
            readme << Tr::tr("The knowledge base has no starter commands for %1; see %2.").arg(c->name.text(language), c->link)
                   << QString();
            continue;
        }
        QStringList commands;
        for (const ScaffoldCommand &command : s.commands)
            if (applies(command, chosenIds))
                commands << command.run;
        if (!s.folder.isEmpty())
            readme << Tr::tr("Creates `%1/`.").arg(s.folder) << QString();
        if (c == service)
            readme << Tr::tr("Runs as the `%1` service of `compose.yaml`: the image `%2`, its data in the named volume "
                             "`%3-data`, healthy once `%4` passes.")
                          .arg(s.service.name, s.service.image, s.service.name,
                               s.service.healthcheck.mid(1).join(QLatin1Char(' ')))
                   << QString();
        if (!commands.isEmpty())
            readme << fence(commands);
        if (!s.note.isEmpty())
            readme << s.note.text(language) << QString();
        readme << Tr::tr("Source: %1 (checked %2).").arg(s.docs, s.checked) << QString();
    }

    readme << Tr::tr("## The decision") << QString()
           << Tr::tr("`%1` records what was decided and why. `%2` holds the answers: `stackwise %2` reopens them, "
                     "and `stackwise --diff %2 NEW.yaml` shows what changed when the needs move.")
                  .arg(recordPath, QLatin1String(AnswersFileName))
           << QString();

    out.append({QStringLiteral("README.md"), readme.join(QLatin1Char('\n')).toUtf8()});
    if (service)
        out.append({QStringLiteral("compose.yaml"), composeFile(*service, document.projectName)});
    if (!env.isEmpty()) {
        const QString header = Tr::tr("# Made by Stackwise: copy to .env and change the values.");
        out.append({QStringLiteral(".env.example"), (header + QLatin1Char('\n') + env.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()});
        out.append({QStringLiteral(".gitignore"), QByteArrayLiteral(".env\n")});
    }
    out.append({recordPath, MarkdownReportWriter::toMarkdown(document).toUtf8()});
    out.append({QLatin1String(AnswersFileName), AnswersFile::serialize(evaluation.answers, kb)});
    return out;
}

bool ScaffoldWriter::write(const QString &dir, const QList<File> &files, bool force, QString *error)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        *error = Tr::tr("%1: exists and is not a folder; nothing was written").arg(dir);
        return false;
    }
    if (info.exists() && !force && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        *error = Tr::tr("%1: the folder already holds files; nothing was written (--force writes the starter's files into it)").arg(dir);
        return false;
    }
    for (const File &file : files) {
        const QString path = QDir(dir).filePath(file.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = Tr::tr("%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
            return false;
        }
        QString reason;
        if (!AtomicFile::write(path, file.bytes, &reason)) {
            *error = Tr::tr("%1: cannot write: %2").arg(path, reason);
            return false;
        }
    }
    return true;
}
