// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "MarkdownReportWriter.h"

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReportWriter)
};

using T = ReportDocument::Text;

QString md(const QString &s)
{
    return MarkdownReportWriter::escape(s);
}

QString bullets(const QStringList &items)
{
    QString out;
    for (const QString &i : items)
        out += QStringLiteral("* %1\n").arg(md(i));
    return out;
}

class Writer
{
public:
    explicit Writer(const ReportDocument &doc)
        : d(doc)
    {
    }

    QString run()
    {
        m.reserve(64 * 1024);
        frontMatter();
        m += QStringLiteral("# %1\n\n").arg(md(d.title));
        statusList();
        context();
        drivers();
        options();
        outcome();
        prosAndCons();
        moreInformation();
        return m;
    }

private:
    void heading(const QString &level, const QString &text) { m += QStringLiteral("%1 %2\n\n").arg(level, text); }

    void frontMatter()
    {
        // Front matter is data for tools: always the ISO date.
        // MADR 4.0 quotes the status "to tell YAML it's a string".
        m += QStringLiteral("---\nstatus: \"proposed\"\ndate: %1\n").arg(d.generated.toString(Qt::ISODate));
        QStringList makers;
        if (d.isGroup) {
            for (const ReportDocument::LabelValue &member : d.members)
                makers << member.label;
        } else if (!d.author.isEmpty()) {
            makers << d.author;
        }
        if (!makers.isEmpty())
            m += QStringLiteral("decision-makers: %1\n").arg(MarkdownReportWriter::yamlString(makers.join(QStringLiteral(", "))));
        m += QStringLiteral("---\n\n");
    }

    // The first bullet list under the title: what log4brains-style tools read (they ignore front
    // matter). Keys stay English, as those tools match them.
    void statusList()
    {
        m += QStringLiteral("- Status: proposed\n- Date: %1\n").arg(d.generated.toString(Qt::ISODate));
        if (!d.supersedes.isEmpty())
            m += QStringLiteral("- Supersedes: [%1](%2)\n").arg(QString(d.supersedes).remove(QRegularExpression(QStringLiteral("\\.md$"))), d.supersedes);
        m += QLatin1Char('\n');
    }

    void context()
    {
        //: MADR section title; keep it close to the MADR template wording
        heading(QStringLiteral("##"), Tr::tr("Context and Problem Statement"));
        QStringList areaNames;
        for (const ReportDocument::AreaSection &a : d.areas)
            areaNames << a.name;
        m += md(Tr::tr("The project \"%1\" needs a web stack: one choice for each of %2. "
                       "This record compares the candidates of the knowledge base against the team's answers.")
                    .arg(d.projectName, areaNames.join(QStringLiteral(", "))))
             + QStringLiteral("\n\n");
        if (!d.notes.isEmpty()) {
            const QStringList paras = d.notes.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
            for (const QString &p : paras)
                m += QStringLiteral("> %1\n>\n").arg(md(p.trimmed()));
            m.chop(2);
            m += QStringLiteral("\n");
        }
        if (!d.answers.isEmpty()) {
            m += QStringLiteral("| %1 | %2 |\n|---|---|\n").arg(md(ReportDocument::text(T::Question)),
                                                                md(ReportDocument::text(T::Answer)));
            for (const ReportDocument::AnswerRow &a : d.answers)
                m += QStringLiteral("| %1 | %2 |\n").arg(md(a.question), md(a.labels.join(QStringLiteral(", "))));
            m += QStringLiteral("\n");
        }
        if (d.unansweredCount > 0)
            m += md(ReportDocument::unansweredText(d.unansweredCount)) + QStringLiteral("\n\n");
        pairs(T::Pins, d.pins);
        pairs(T::WeightOverrides, d.weightOverrides);
        pairs(T::PairwiseJudgments, d.pairwiseJudgments);
        pairs(T::PairwiseWeights, d.pairwiseWeights);
        if (!d.pairwiseMatrix.isEmpty()) {
            m += md(ReportDocument::text(T::PairwiseMatrix)) + QStringLiteral(":\n\n|   |");
            for (const QString &name : d.pairwiseMatrixHeader)
                m += QStringLiteral(" %1 |").arg(md(name));
            m += QStringLiteral("\n|---|") + QStringLiteral("--:|").repeated(d.pairwiseMatrixHeader.size()) + QStringLiteral("\n");
            for (qsizetype i = 0; i < d.pairwiseMatrix.size(); ++i) {
                m += QStringLiteral("| %1 |").arg(md(d.pairwiseMatrixHeader.value(i)));
                for (const QString &cell : d.pairwiseMatrix.at(i))
                    m += QStringLiteral(" %1 |").arg(md(cell));
                m += QStringLiteral("\n");
            }
            m += QStringLiteral("\n") + md(d.pairwiseMatrixNote) + QStringLiteral("\n\n");
        }
        if (!d.pairwiseConsistency.isEmpty())
            m += md(d.pairwiseConsistency) + QStringLiteral("\n\n");
        if (!d.pairwiseProblem.isEmpty())
            m += QStringLiteral("%1: %2\n\n").arg(md(ReportDocument::text(T::PairwiseNotUsed)), md(d.pairwiseProblem));
    }

    void pairs(T which, const QList<ReportDocument::LabelValue> &rows)
    {
        if (rows.isEmpty())
            return;
        m += md(ReportDocument::text(which)) + QStringLiteral(":\n\n");
        for (const ReportDocument::LabelValue &r : rows)
            m += QStringLiteral("* %1: %2\n").arg(md(r.label), md(r.value));
        m += QStringLiteral("\n");
    }

    void drivers()
    {
        //: MADR section title
        heading(QStringLiteral("##"), Tr::tr("Decision Drivers"));
        for (const ReportDocument::Driver &dr : d.drivers) {
            const QString line = dr.source.isEmpty()
                ? Tr::tr("%1 (importance %2 of 10)").arg(dr.name, d.formatRating(dr.importance))
                : Tr::tr("%1 (importance %2 of 10, set by \"%3\")").arg(dr.name, d.formatRating(dr.importance), dr.source);
            m += QStringLiteral("* %1\n").arg(md(line));
        }
        m += QStringLiteral("\n");
    }

    void options()
    {
        //: MADR section title
        heading(QStringLiteral("##"), Tr::tr("Considered Options"));
        for (const ReportDocument::AreaSection &a : d.areas) {
            heading(QStringLiteral("###"), md(a.name));
            for (const ReportDocument::ComparedCandidate &c : a.compared)
                m += QStringLiteral("* %1\n").arg(md(Tr::tr("%1 (%2 of 100)").arg(c.name, d.formatScore(c.score))));
            QStringList others;
            for (const ReportDocument::RankingRow &r : a.ranking.mid(a.compared.size()))
                others << Tr::tr("%1 (%2)").arg(r.name, d.formatScore(r.score));
            if (!others.isEmpty())
                m += QStringLiteral("\n") + md(Tr::tr("Also evaluated: %1.").arg(others.join(QStringLiteral(", "))))
                     + QStringLiteral("\n");
            m += QStringLiteral("\n");
        }
    }

    void outcome()
    {
        //: MADR section title
        heading(QStringLiteral("##"), Tr::tr("Decision Outcome"));
        if (d.recommended.isEmpty()) {
            m += md(ReportDocument::text(T::NoStack)) + QStringLiteral("\n\n");
        } else {
            QStringList names;
            for (const ReportDocument::StackPick &p : d.recommended)
                names << p.candidateName;
            //: MADR sentence: Chosen option: "<option>", because <justification>
            m += md(Tr::tr("Chosen option: \"%1\", because it is the best-scoring whole stack (%2 of 100) that "
                           "respects every hard rule of the knowledge base.")
                        .arg(names.join(QStringLiteral(" + ")), d.formatScore(d.stackScore)))
                 + QStringLiteral("\n\n");
            for (const QString &reason : d.reasons)
                m += QStringLiteral("* %1\n").arg(md(reason));
            m += QStringLiteral("\n");
        }
        if (!d.warnings.isEmpty()) {
            m += QStringLiteral("**%1:**\n\n").arg(md(ReportDocument::text(T::WatchOut)));
            for (const ReportDocument::Warning &w : d.warnings) {
                m += QStringLiteral("* %1\n").arg(md(w.text));
                for (const QString &detail : w.details)
                    m += QStringLiteral("  * %1\n").arg(md(detail));
            }
            m += QStringLiteral("\n");
        }

        //: MADR section title
        heading(QStringLiteral("###"), Tr::tr("Consequences"));
        for (const ReportDocument::StackPick &p : d.recommended) {
            const ReportDocument::ComparedCandidate *c = chosen(p);
            if (!c)
                continue;
            for (const QString &pro : c->pros)
                //: MADR bullet: "Good, because <consequence>"; %1 names the candidate
                m += QStringLiteral("* %1\n").arg(md(Tr::tr("Good, because %1: %2").arg(c->name, pro)));
        }
        for (const ReportDocument::SynergyRow &s : d.synergies)
            if (s.points > 0)
                m += QStringLiteral("* %1\n").arg(md(Tr::tr("Good, because %1 and %2 work well together: %3").arg(s.a, s.b, s.why)));
        for (const ReportDocument::StackPick &p : d.recommended) {
            const ReportDocument::ComparedCandidate *c = chosen(p);
            if (!c)
                continue;
            for (const QString &con : c->cons)
                //: MADR bullet: "Bad, because <consequence>"; %1 names the candidate
                m += QStringLiteral("* %1\n").arg(md(Tr::tr("Bad, because %1: %2").arg(c->name, con)));
        }
        for (const ReportDocument::SynergyRow &s : d.synergies)
            if (s.points < 0)
                m += QStringLiteral("* %1\n").arg(md(Tr::tr("Bad, because %1 and %2 clash: %3").arg(s.a, s.b, s.why)));
        m += QStringLiteral("\n");

        //: MADR section title
        heading(QStringLiteral("###"), Tr::tr("Confirmation"));
        QStringList top;
        for (const ReportDocument::Driver &dr : d.drivers.mid(0, 3))
            top << dr.name;
        m += md(top.isEmpty()
                    ? Tr::tr("Confirm the choice with a small prototype before committing, and review this record "
                             "with the team.")
                    : Tr::tr("Confirm the choice with a small prototype that exercises the most important criteria "
                             "(%1) before committing, and review this record with the team.")
                          .arg(top.join(QStringLiteral(", "))))
             + QStringLiteral(" ")
             + md(Tr::tr("Evaluate the same answers again when the knowledge base changes; a different first choice "
                         "is a reason to revisit this decision."))
             + QStringLiteral("\n\n");
    }

    const ReportDocument::ComparedCandidate *chosen(const ReportDocument::StackPick &p) const
    {
        for (const ReportDocument::AreaSection &a : d.areas)
            if (a.id == p.areaId)
                for (const ReportDocument::ComparedCandidate &c : a.compared)
                    if (c.id == p.candidateId)
                        return &c;
        return nullptr;
    }

    void prosAndCons()
    {
        //: MADR section title
        heading(QStringLiteral("##"), Tr::tr("Pros and Cons of the Options"));
        for (const ReportDocument::AreaSection &a : d.areas) {
            for (const ReportDocument::ComparedCandidate &c : a.compared) {
                heading(QStringLiteral("###"), md(Tr::tr("%1: %2").arg(a.name, c.name)));
                if (!c.summary.isEmpty())
                    m += md(c.summary) + QStringLiteral("\n\n");
                if (!c.strongFor.isEmpty())
                    m += md(Tr::tr("Strong for: %1.").arg(ReportDocument::joinItems(c.strongFor))) + QStringLiteral("\n\n");
                for (const QString &pro : c.pros)
                    m += QStringLiteral("* %1\n").arg(md(Tr::tr("Good, because %1").arg(pro)));
                for (const QString &con : c.cons)
                    m += QStringLiteral("* %1\n").arg(md(Tr::tr("Bad, because %1").arg(con)));
                if (!c.pros.isEmpty() || !c.cons.isEmpty())
                    m += QStringLiteral("\n");
                m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|--:|--:|--:|---|\n")
                         .arg(md(ReportDocument::text(T::Source)), md(ReportDocument::text(T::Importance)),
                              md(ReportDocument::text(T::Rating)), md(ReportDocument::text(T::Points)),
                              md(ReportDocument::text(T::SaysWho)));
                for (const ReportDocument::BreakdownRow &b : c.breakdown)
                    m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                             .arg(md(b.label), b.importance ? md(d.formatRating(*b.importance)) : QString(),
                                  b.rating ? md(d.formatRating(*b.rating)) : QString(), md(d.formatSigned(b.points)),
                                  md(b.evidence));
                m += QStringLiteral("| **%1** | | | **%2** | |\n\n")
                         .arg(md(ReportDocument::text(T::Total)), md(d.formatScore(c.score)));
            }
        }
    }

    void moreInformation()
    {
        //: MADR section title
        heading(QStringLiteral("##"), Tr::tr("More Information"));
        heading(QStringLiteral("###"), md(ReportDocument::text(T::Sensitivity)));
        for (const ReportDocument::AreaSection &a : d.areas) {
            if (a.sensitivity.isEmpty())
                m += QStringLiteral("* %1: %2\n").arg(md(a.name), md(ReportDocument::text(T::NoSensitivity)));
            for (const QString &s : a.sensitivity)
                m += QStringLiteral("* %1: %2\n").arg(md(a.name), md(s));
        }
        m += QStringLiteral("\n");
        if (!d.constraintNotes.isEmpty()) {
            heading(QStringLiteral("###"), md(ReportDocument::text(T::Constraints)));
            m += bullets(d.constraintNotes) + QStringLiteral("\n");
        }
        if (!d.conflicts.isEmpty()) {
            heading(QStringLiteral("###"), md(ReportDocument::text(T::Conflicts)));
            for (const ReportDocument::ConflictRow &c : d.conflicts) {
                m += QStringLiteral("* %1: %2\n").arg(md(c.pins), md(c.why));
                for (const QString &alt : c.alternatives)
                    m += QStringLiteral("  * %1\n").arg(md(alt));
            }
            m += QStringLiteral("\n");
        }
        if (!d.stacks.isEmpty()) {
            heading(QStringLiteral("###"), md(ReportDocument::text(T::TopStacks)));
            m += QStringLiteral("| %1 |").arg(md(ReportDocument::text(T::Rank)));
            QString rule = QStringLiteral("|--:|");
            for (const QString &h : d.stackHeader) {
                m += QStringLiteral(" %1 |").arg(md(h));
                rule += QStringLiteral("---|");
            }
            m += QStringLiteral(" %1 |\n%2--:|\n").arg(md(ReportDocument::text(T::Score)), rule);
            for (const ReportDocument::StackRow &s : d.stacks) {
                m += QStringLiteral("| %1 |").arg(s.rank);
                for (const QString &n : s.names)
                    m += QStringLiteral(" %1 |").arg(md(n));
                m += QStringLiteral(" %1 |\n").arg(md(d.formatScore(s.score)));
            }
            m += QStringLiteral("\n");
        }
        if (!d.sources.isEmpty()) {
            heading(QStringLiteral("###"), md(ReportDocument::text(T::Sources)));
            for (const ReportDocument::SourceRow &r : d.sources) {
                const QString who = r.publisher.isEmpty() ? r.date : r.publisher + QStringLiteral(", ") + r.date;
                QString url = r.url;
                // A code span shows the address as text and cannot become a link or markup.
                url.remove(QLatin1Char('`'));
                m += QStringLiteral("%1. %2 (%3)%4\n")
                         .arg(QString::number(r.number), md(r.title), md(who),
                              url.isEmpty() ? QString() : QStringLiteral(" `%1`").arg(url));
            }
            m += QStringLiteral("\n");
        }
        if (d.isGroup) {
            heading(QStringLiteral("###"), md(ReportDocument::text(T::Disagreements)));
            if (d.disagreements.isEmpty())
                m += md(ReportDocument::text(T::NoDisagreements)) + QStringLiteral("\n");
            for (const ReportDocument::DisagreementRow &r : d.disagreements) {
                m += QStringLiteral("* %1\n").arg(md(r.question));
                for (const ReportDocument::LabelValue &a : r.answers)
                    m += QStringLiteral("  * %1: %2\n").arg(md(a.label), md(a.value));
            }
            m += QStringLiteral("\n");
            if (!d.memberConsistency.isEmpty()) {
                m += md(ReportDocument::text(T::MembersConsistency)) + QStringLiteral(":\n\n");
                for (const ReportDocument::LabelValue &c : d.memberConsistency)
                    m += QStringLiteral("* %1: %2\n").arg(md(c.label), md(c.value));
                m += QStringLiteral("\n");
            }
            if (!d.pairwiseApart.isEmpty()) {
                m += md(ReportDocument::text(T::PairwiseApart)) + QStringLiteral(":\n\n");
                for (const QString &line : d.pairwiseApart)
                    m += QStringLiteral("* %1\n").arg(md(line));
                m += QStringLiteral("\n");
            }
        }
        m += QStringLiteral("%1: %2. %3\n")
                 .arg(md(ReportDocument::text(T::KnowledgeBase)),
                      md(ReportDocument::knowledgeBaseText(d.kbVersion, d.kbDate)),
                      md(ReportDocument::generatedByText(d.appVersion, d.generatedText())));
        // What made the record, to reopen it (ReportProvenance): a comment, which renderers
        // hide; the answers' own escaping keeps "-->" out of it.
        m += QStringLiteral("\n<!-- stackwise-answers %1\n").arg(d.madeWith.attributes());
        m += QString::fromUtf8(d.madeWith.answersYaml);
        m += QStringLiteral("-->\n");
    }

    const ReportDocument &d;
    QString m;
};
} // namespace

QString MarkdownReportWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    bool onlyDigits = true; // so far: "1." or "1)" at the start would open an ordered list
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'\\': case u'`': case u'*': case u'_': case u'[': case u']': case u'|': case u'~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case u'\n': case u'\r': case u'\t':
            out += QLatin1Char(' ');
            break;
        case u'#': case u'=':
            // At the start these open a heading or a setext underline.
            if (lineStart)
                out += QLatin1Char('\\');
            out += c;
            break;
        case u'+': case u'-':
            // "- x", "+ x" open a list and "---" a rule; "+4.0" or "-x" stay plain.
            if (lineStart && (next.isNull() || next.isSpace() || next == u'-'))
                out += QLatin1Char('\\');
            out += c;
            break;
        case u'.': case u')':
            // "1. x" or "1) x" opens an ordered list; "83.3" does not.
            if (onlyDigits && !lineStart && (next.isNull() || next.isSpace()))
                out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
        onlyDigits = onlyDigits && c.isDigit();
        lineStart = false;
    }
    return out;
}

QString MarkdownReportWriter::yamlString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\') + QString(c);
        else if (c == u'<' || c == u'>' || c == u'&')
            // YAML escapes keep the value exact for parsers, and the raw file free of markup.
            out += QStringLiteral("\\u00") + QString::number(c.unicode(), 16).toUpper();
        else if (c == u'\n' || c == u'\r' || c == u'\t')
            out += QLatin1Char(' ');
        else if (c.unicode() < 0x20)
            continue;
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString MarkdownReportWriter::toMarkdown(const ReportDocument &document)
{
    return Writer(document).run();
}
