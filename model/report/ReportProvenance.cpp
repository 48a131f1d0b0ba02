// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "ReportProvenance.h"

#include "Answers.h"
#include "AnswersFile.h"
#include "KbBinary.h"
#include "KnowledgeBase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportProvenance)
};

QString unescapeXml(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString shortHash(const QString &hash)
{
    // "sha256:" and 12 hex digits: enough to tell versions apart in a sentence.
    return hash.left(19);
}
} // namespace

ReportProvenance ReportProvenance::of(const Answers &answers, const KnowledgeBase &kb, const QString &kbHash)
{
    ReportProvenance p;
    p.answersYaml = AnswersFile::serialize(answers, kb);
    p.generator = currentGenerator();
    p.kbVersion = kb.meta.version;
    p.kbHash = kbHash.isEmpty() ? knowledgeBaseHash(kb) : kbHash;
    return p;
}

QString ReportProvenance::knowledgeBaseHash(const KnowledgeBase &kb)
{
    // KbBinary's form is written in the knowledge base's own order, so it is a deterministic
    // serialization of everything the scores depend on.
    const QByteArray bytes = KbBinary::write(kb, QByteArray());
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ReportProvenance::currentGenerator()
{
    return QStringLiteral("stackwise %1").arg(QStringLiteral(STACKWISE_VERSION));
}

QString ReportProvenance::knowledgeBaseChange(const KnowledgeBase &kb) const
{
    if (kbHash.isEmpty())
        return {};
    const QString now = knowledgeBaseHash(kb);
    if (now == kbHash)
        return {};
    return Tr::tr("Made with knowledge base %1 (hash %2); this is %3 (hash %4): scores may differ.")
        .arg(kbVersion.isEmpty() ? Tr::tr("of unknown version") : kbVersion, shortHash(kbHash),
             kb.meta.version, shortHash(now));
}

QString ReportProvenance::attributes() const
{
    const auto attr = [](const char *name, const QString &value) {
        return QStringLiteral("data-%1=\"%2\"").arg(QLatin1String(name), value.toHtmlEscaped());
    };
    return attr("generator", generator) + u' ' + attr("kb-version", kbVersion) + u' ' + attr("kb-hash", kbHash);
}

void ReportProvenance::parseAttributes(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"re(([a-z-]+)="([^"]*)")re"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString value = unescapeXml(m.captured(2));
        QString name = m.captured(1);
        if (name.startsWith(QLatin1String("data-")))
            name.remove(0, 5);
        if (name == QLatin1String("generator"))
            generator = value;
        else if (name == QLatin1String("kb-version"))
            kbVersion = value;
        else if (name == QLatin1String("kb-hash"))
            kbHash = value;
    }
}
