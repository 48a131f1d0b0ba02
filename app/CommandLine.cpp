// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "CommandLine.h"

#include "AdrFolder.h"
#include "ScaffoldWriter.h"
#include "AtomicFile.h"
#include "DecisionDiff.h"
#include "DiffReportWriter.h"
#include "AppLanguage.h"
#include "KbLoader.h"
#include "KbValidator.h"
#include "ReportExporter.h"
#include "ReportReader.h"
#include "ScoringEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

#include <cstring>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}
} // namespace

CommandLine::CommandLine()
    : m_answers(QStringLiteral("answers"), Tr::tr("Answers file, or a report made by Stackwise, to evaluate; repeat for a group decision."), Tr::tr("FILE"))
    , m_export(QStringLiteral("export"), Tr::tr("Write the report to OUT without opening a window."), Tr::tr("OUT"))
    , m_adrDir(QStringLiteral("adr-dir"), Tr::tr("Write the decision record (MADR) into the folder of records DIR as NNNN-title.md, "
                                                 "superseding the project's earlier record there."), Tr::tr("DIR"))
    , m_scaffold(QStringLiteral("scaffold"), Tr::tr("Write a starter folder DIR for the recommended stack: the official create "
                                                    "commands in a README, compose.yaml, .env.example, the record and the answers. "
                                                    "Nothing is downloaded or run."), Tr::tr("DIR"))
    , m_stack(QStringLiteral("stack"), Tr::tr("With --scaffold: the stack ranked N instead of the recommended one (1)."), Tr::tr("N"))
    , m_force(QStringLiteral("force"), Tr::tr("With --scaffold: write into DIR even when it already holds files."))
    , m_diff(QStringLiteral("diff"), Tr::tr("Show what changed from the decision OLD to NEW (answers files or reports): "
                                            "--diff OLD NEW [--export OUT.{md,html,json}]."), Tr::tr("OLD"))
    , m_format(QStringLiteral("format"), Tr::tr("Report format: html, pdf, md, json or csv (default: from OUT's extension)."), Tr::tr("FMT"))
    , m_kb(QStringLiteral("kb"), Tr::tr("Add or override knowledge-base files from DIR (repeatable)."), Tr::tr("DIR"))
    , m_lang(QStringLiteral("lang"), Tr::tr("Language of the interface and reports (en, de, fr)."), Tr::tr("LANG"))
    , m_validateKb(QStringLiteral("validate-kb"), Tr::tr("Check the knowledge base in DIR and report every problem."), Tr::tr("DIR"))
    , m_pageSize(QStringLiteral("page-size"), Tr::tr("PDF page size: A4 or Letter (default: from the locale)."), Tr::tr("SIZE"))
    , m_strict(QStringLiteral("strict"), Tr::tr("With --validate-kb: also require a source on every rating."))
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."))
    , m_version({QStringLiteral("v"), QStringLiteral("version")}, Tr::tr("Show the version."))
{
    m_parser.setApplicationDescription(
        Tr::tr("Stackwise helps a team choose its web stack: frontend, backend, database and API style."));
    m_parser.addOptions({m_answers, m_export, m_adrDir, m_scaffold, m_stack, m_force, m_diff, m_format, m_kb, m_lang, m_validateKb, m_strict, m_pageSize, m_help, m_version});
    m_parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("Answers file, or a report made by Stackwise, to open in the wizard."),
                                   Tr::tr("[FILE.yaml]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (m_parser.isSet(m_strict) && !m_parser.isSet(m_validateKb)) {
        m_error = Tr::tr("--strict goes with --validate-kb DIR.");
        return false;
    }
    if (m_parser.isSet(m_diff)) {
        if (m_parser.positionalArguments().size() != 1 || m_parser.isSet(m_answers) || m_parser.isSet(m_adrDir)) {
            m_error = Tr::tr("--diff OLD NEW takes two decisions (answers files or reports), and no --answers.");
            return false;
        }
        return true;
    }
    if (m_parser.isSet(m_export) && m_parser.values(m_answers).isEmpty()) {
        m_error = Tr::tr("--export needs at least one --answers FILE.");
        return false;
    }
    if (m_parser.isSet(m_scaffold)
        && (m_parser.values(m_answers).isEmpty() || m_parser.isSet(m_export) || m_parser.isSet(m_adrDir))) {
        m_error = Tr::tr("--scaffold DIR needs at least one --answers FILE, and no --export or --adr-dir.");
        return false;
    }
    if ((m_parser.isSet(m_stack) || m_parser.isSet(m_force)) && !m_parser.isSet(m_scaffold)) {
        m_error = Tr::tr("--stack and --force go with --scaffold DIR.");
        return false;
    }
    if (m_parser.isSet(m_stack)) {
        bool ok = false;
        const int n = m_parser.value(m_stack).toInt(&ok);
        if (!ok || n < 1) {
            m_error = Tr::tr("--stack takes a rank, 1 or more; got \"%1\".").arg(m_parser.value(m_stack));
            return false;
        }
    }
    if (m_parser.isSet(m_adrDir) && (m_parser.values(m_answers).isEmpty() || m_parser.isSet(m_export))) {
        m_error = Tr::tr("--adr-dir DIR needs at least one --answers FILE, and no --export.");
        return false;
    }
    if (m_parser.isSet(m_lang) && !AppLanguage::isSupported(language())) {
        m_error = Tr::tr("Unknown language \"%1\"; expected one of: %2.")
                      .arg(language(), AppLanguage::supported().join(QStringLiteral(", ")));
        return false;
    }
    if (m_parser.isSet(m_answers) && !m_parser.isSet(m_export) && !m_parser.isSet(m_adrDir) && !m_parser.isSet(m_scaffold)) {
        m_error = Tr::tr("--answers needs --export OUT (to open a file in the wizard, pass it without --answers).");
        return false;
    }
    return true;
}

bool CommandLine::wantsHelp() const { return m_parser.isSet(m_help); }
bool CommandLine::wantsVersion() const { return m_parser.isSet(m_version); }
bool CommandLine::isHeadless() const
{
    return m_parser.isSet(m_validateKb) || m_parser.isSet(m_export) || m_parser.isSet(m_adrDir) || m_parser.isSet(m_scaffold)
        || m_parser.isSet(m_diff);
}

QString CommandLine::adrDirectory() const
{
    if (m_parser.isSet(m_adrDir))
        return m_parser.value(m_adrDir);
    const QString out = m_parser.value(m_export);
    if (out.endsWith(u'/') || QFileInfo(out).isDir())
        return out;
    return {};
}
QStringList CommandLine::kbDirs() const { return m_parser.values(m_kb); }
QStringList CommandLine::answersFiles() const { return m_parser.values(m_answers); }
QString CommandLine::language() const { return m_parser.value(m_lang); }

bool CommandLine::looksHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        for (const char *flag : {"--export", "-export", "--adr-dir", "-adr-dir", "--scaffold", "-scaffold", "--diff", "-diff", "--validate-kb", "-validate-kb", "--help", "-h",
                                 "--version", "-v"}) {
            const size_t n = std::strlen(flag);
            if (std::strncmp(a, flag, n) == 0 && (a[n] == '\0' || a[n] == '='))
                return true;
        }
    }
    return false;
}

int CommandLine::runHeadless() const
{
    if (m_parser.isSet(m_validateKb))
        return runValidateKb();
    if (m_parser.isSet(m_diff))
        return runDiff();
    return runExport();
}

int CommandLine::runValidateKb() const
{
    const QString dir = m_parser.value(m_validateKb);
    // DIR may be a whole knowledge base, or an overlay that names areas, criteria or candidates
    // of the built-in one (a new backend, a synergy with React). An overlay is checked the way
    // `--kb DIR` loads it: on top of the built-in knowledge base.
    const KbLoader::Result standalone = KbLoader::loadDirectories({dir});
    const bool overlay = std::any_of(standalone.diagnostics.cbegin(), standalone.diagnostics.cend(),
                                     [](const Diagnostic &d) { return d.unresolved; });
    const KbLoader::Result result = overlay ? KbLoader::loadDirectories({KbLoader::builtinDir(), dir}) : standalone;
    if (!result.ok()) {
        for (const Diagnostic &d : result.diagnostics)
            err() << d.toString() << Qt::endl;
        return 2;
    }
    const KnowledgeBase &kb = result.kb;
    if (m_parser.isSet(m_strict)) {
        const Diagnostics unsourced = KbValidator::unsourcedRatings(kb);
        for (const Diagnostic &d : unsourced)
            err() << d.toString() << Qt::endl;
        if (!unsourced.isEmpty())
            return 2;
    }
    const QString counts = Tr::tr("%1 areas, %2 candidates, %3 questions, %4 criteria, %5 rules")
                               .arg(kb.areas.size())
                               .arg(kb.candidates.size())
                               .arg(kb.questions.size())
                               .arg(kb.criteria.size())
                               .arg(kb.ruleCount());
    if (overlay)
        out() << Tr::tr("%1: valid as an overlay on the built-in knowledge base; together: %2").arg(dir, counts)
              << Qt::endl;
    else
        out() << Tr::tr("%1: knowledge base is valid: %2").arg(dir, counts) << Qt::endl;
    return 0;
}

std::optional<KbLoader::Result> CommandLine::loadKnowledgeBase() const
{
    KbLoader::Result loaded = KbLoader::loadDefault(kbDirs());
    if (loaded.ok())
        return loaded;
    for (const Diagnostic &d : loaded.diagnostics)
        err() << d.toString() << Qt::endl;
    return std::nullopt;
}

int CommandLine::runExport() const
{
    const QString outPath = m_parser.value(m_export);
    const QString adrDir = adrDirectory();
    const bool scaffold = m_parser.isSet(m_scaffold);
    const QString formatName = m_parser.value(m_format);
    const std::optional<ReportExporter::Format> format = (scaffold || !adrDir.isEmpty()) && !m_parser.isSet(m_format)
        ? std::optional(ReportExporter::Format::Markdown)
        : m_parser.isSet(m_format)
        ? ReportExporter::formatFromName(formatName)
        : ReportExporter::formatFromExtension(outPath);
    if (!format) {
        const QString known = ReportExporter::formatNames().join(QStringLiteral(", "));
        if (m_parser.isSet(m_format))
            err() << Tr::tr("Unknown report format \"%1\"; expected one of: %2.").arg(formatName, known) << Qt::endl;
        else
            err() << Tr::tr("%1: cannot tell the report format from the file name; use --format with one of: %2.")
                         .arg(outPath, known)
                  << Qt::endl;
        return 2;
    }
    if ((scaffold || !adrDir.isEmpty()) && *format != ReportExporter::Format::Markdown) {
        err() << Tr::tr("%1: a folder of decision records takes the Markdown record (--format md).").arg(adrDir) << Qt::endl;
        return 2;
    }
    // main() has already made the language current (translators, KB texts, number and date
    // locale): --lang, else the system's.
    const std::optional<KbLoader::Result> loaded = loadKnowledgeBase();
    if (!loaded)
        return 2;

    // Every file is checked before giving up, so that all problems are reported at once.
    // An answers file or a report made by Stackwise (ReportReader).
    QList<ScoringEngine::Member> members;
    ReportProvenance reopenedFrom;
    Diagnostics diagnostics;
    for (const QString &path : answersFiles()) {
        Diagnostics fileDiagnostics;
        const std::optional<ReportReader::Decision> decision = ReportReader::load(path, loaded->kb, &fileDiagnostics);
        diagnostics += fileDiagnostics;
        if (decision && fileDiagnostics.isEmpty()) {
            members.append({path, decision->answers});
            if (const QString change = decision->madeWith.knowledgeBaseChange(loaded->kb); !change.isEmpty()) {
                err() << Tr::tr("%1: note: %2").arg(path, change) << Qt::endl;
                reopenedFrom = decision->madeWith;
            }
        } else if (fileDiagnostics.isEmpty())
            diagnostics.append({path, 0, 0, Tr::tr("cannot read the answers file")});
    }
    if (!diagnostics.isEmpty()) {
        for (const Diagnostic &d : std::as_const(diagnostics))
            err() << d.toString() << Qt::endl;
        return 2;
    }

    const ScoringEngine engine(loaded->kb);
    const Evaluation evaluation = members.size() == 1 ? engine.evaluate(members.first().answers)
                                                      : engine.evaluateGroup(members);
    ReportOptions options;
    options.language = language();
    options.pageSize = m_parser.value(m_pageSize);
    options.reopenedFrom = reopenedFrom;
    QString error;
    if (scaffold) {
        const QString dir = m_parser.value(m_scaffold);
        const qsizetype index = m_parser.isSet(m_stack) ? m_parser.value(m_stack).toInt() - 1 : 0;
        const std::optional<QList<ScaffoldWriter::File>> files = ScaffoldWriter::files(evaluation, index, loaded->kb, options, &error);
        if (!files) {
            err() << error << Qt::endl;
            return 2;
        }
        if (!ScaffoldWriter::write(dir, *files, m_parser.isSet(m_force), &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        for (const ScaffoldWriter::File &file : *files)
            out() << QDir(dir).filePath(file.path) << Qt::endl;
        return 0;
    }
    if (!adrDir.isEmpty()) {
        const std::optional<QString> written = AdrFolder::write(adrDir, evaluation, loaded->kb, options, &error);
        if (!written) {
            err() << error << Qt::endl;
            return 1;
        }
        out() << *written << Qt::endl; // its name was chosen here: say it
        return 0;
    }
    if (!ReportExporter::write(outPath, *format, evaluation, loaded->kb, options, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    return 0;
}

int CommandLine::runDiff() const
{
    const QString oldPath = m_parser.value(m_diff);
    const QString newPath = m_parser.positionalArguments().value(0);
    const QString outPath = m_parser.value(m_export);
    std::optional<ReportExporter::Format> format = ReportExporter::Format::Markdown;
    if (m_parser.isSet(m_format))
        format = ReportExporter::formatFromName(m_parser.value(m_format));
    else if (!outPath.isEmpty())
        format = ReportExporter::formatFromExtension(outPath);
    if (!format || (*format != ReportExporter::Format::Markdown && *format != ReportExporter::Format::Html
                    && *format != ReportExporter::Format::Json)) {
        err() << Tr::tr("A diff is written as md, html or json.") << Qt::endl;
        return 2;
    }
    const std::optional<KbLoader::Result> loaded = loadKnowledgeBase();
    if (!loaded)
        return 2;
    Diagnostics diagnostics;
    const std::optional<ReportReader::Decision> before = ReportReader::load(oldPath, loaded->kb, &diagnostics);
    const std::optional<ReportReader::Decision> after = ReportReader::load(newPath, loaded->kb, &diagnostics);
    if (!before || !after || !diagnostics.isEmpty()) {
        for (const Diagnostic &d : std::as_const(diagnostics))
            err() << d.toString() << Qt::endl;
        return 2;
    }
    // Both are evaluated with this knowledge base: a report made with another one says so, as
    // its scores then may have moved for that reason too.
    for (const auto &[path, decision] : {std::pair{oldPath, &*before}, std::pair{newPath, &*after}})
        if (const QString change = decision->madeWith.knowledgeBaseChange(loaded->kb); !change.isEmpty())
            err() << Tr::tr("%1: note: %2").arg(path, change) << Qt::endl;
    const ScoringEngine engine(loaded->kb);
    const DecisionDiff diff = DecisionDiff::compute(engine.evaluate(before->answers), engine.evaluate(after->answers));
    const DiffReportWriter::Sides sides{QFileInfo(oldPath).fileName(), QFileInfo(newPath).fileName(), &loaded->kb, &loaded->kb};
    const QByteArray bytes = *format == ReportExporter::Format::Json ? DiffReportWriter::toJson(diff, sides)
        : *format == ReportExporter::Format::Html                   ? DiffReportWriter::toHtml(diff, sides).toUtf8()
                                                                     : DiffReportWriter::toMarkdown(diff, sides).toUtf8();
    if (outPath.isEmpty()) {
        out() << QString::fromUtf8(bytes) << Qt::flush;
        return 0;
    }
    QString reason;
    if (!AtomicFile::write(outPath, bytes, &reason)) {
        err() << Tr::tr("%1: cannot write the diff: %2").arg(outPath, reason) << Qt::endl;
        return 1;
    }
    return 0;
}
