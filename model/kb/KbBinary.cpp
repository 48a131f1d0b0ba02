// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "KbBinary.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace {
constexpr quint32 Magic = 0x53574b42; // "SWKB"
// Bump when any stored struct changes: older compiled parts are then ignored, not misread.
constexpr quint32 FormatVersion = 4; // 3: languages, effect areas, language_rules; 4: sources

// Identity, not secrecy: SHA-1 tells files apart and is about twice as fast as SHA-256 here.
QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

// Enums travel as qint32 and are range-checked on the way in.
template<typename E>
void readEnum(QDataStream &s, E &value, int last)
{
    qint32 v = 0;
    s >> v;
    if (v < 0 || v > last)
        s.setStatus(QDataStream::ReadCorruptData);
    else
        value = E(v);
}
} // namespace

// Stream operators for the knowledge-base structs. They live in the global namespace, where the
// structs are, because Qt's operators for QList<T> and QMap<K, T> find them by argument-dependent
// lookup; static, as nothing outside this file streams them.
static QDataStream &operator<<(QDataStream &s, const LocalizedText &t)
{
    QMap<QString, QString> texts;
    for (const QString &lang : t.languages())
        texts.insert(lang, t.exact(lang));
    return s << texts;
}
static QDataStream &operator>>(QDataStream &s, LocalizedText &t)
{
    QMap<QString, QString> texts;
    s >> texts;
    t = LocalizedText();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        t.set(it.key(), it.value());
    return s;
}

static QDataStream &operator<<(QDataStream &s, const SourcePos &p) { return s << p.path << qint32(p.line) << qint32(p.column); }
static QDataStream &operator>>(QDataStream &s, SourcePos &p)
{
    qint32 line = 0, column = 0;
    s >> p.path >> line >> column;
    p.line = line;
    p.column = column;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Area &a) { return s << a.id << a.name << a.description << qint32(a.order) << a.pos; }
static QDataStream &operator>>(QDataStream &s, Area &a)
{
    qint32 order = 0;
    s >> a.id >> a.name >> a.description >> order >> a.pos;
    a.order = order;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Criterion &c)
{
    return s << c.id << c.name << c.description << c.areas << c.baseline << c.pos << c.areaPos << c.baselinePos;
}
static QDataStream &operator>>(QDataStream &s, Criterion &c)
{
    return s >> c.id >> c.name >> c.description >> c.areas >> c.baseline >> c.pos >> c.areaPos >> c.baselinePos;
}

// The layer is the loader's to set, so it is not stored.
static QDataStream &operator<<(QDataStream &s, const Evidence &e) { return s << e.sources << e.asOf << e.sourcePos << e.asOfPos; }
static QDataStream &operator>>(QDataStream &s, Evidence &e) { return s >> e.sources >> e.asOf >> e.sourcePos >> e.asOfPos; }

static QDataStream &operator<<(QDataStream &s, const Source &x)
{
    return s << x.id << x.title << x.publisher << x.url << x.date << x.pos << x.datePos;
}
static QDataStream &operator>>(QDataStream &s, Source &x)
{
    return s >> x.id >> x.title >> x.publisher >> x.url >> x.date >> x.pos >> x.datePos;
}

static QDataStream &operator<<(QDataStream &s, const Rating &r) { return s << r.score << r.why << r.evidence << r.pos << r.scorePos; }
static QDataStream &operator>>(QDataStream &s, Rating &r) { return s >> r.score >> r.why >> r.evidence >> r.pos >> r.scorePos; }

static QDataStream &operator<<(QDataStream &s, const Candidate &c)
{
    return s << c.id << c.area << c.name << c.summary << c.link << c.strongFor << c.pros << c.cons << c.ratings
             << c.languages << c.pos << c.areaPos << c.ratingsPos << c.languagePos;
}
static QDataStream &operator>>(QDataStream &s, Candidate &c)
{
    return s >> c.id >> c.area >> c.name >> c.summary >> c.link >> c.strongFor >> c.pros >> c.cons >> c.ratings
             >> c.languages >> c.pos >> c.areaPos >> c.ratingsPos >> c.languagePos;
}

static QDataStream &operator<<(QDataStream &s, const Effect &e)
{
    return s << qint32(e.kind) << e.target << e.amount << e.why << e.areas << e.evidence << e.pos << e.areaPos
             << e.targetPos << e.amountPos;
}
static QDataStream &operator>>(QDataStream &s, Effect &e)
{
    readEnum(s, e.kind, int(Effect::Kind::Nudge));
    return s >> e.target >> e.amount >> e.why >> e.areas >> e.evidence >> e.pos >> e.areaPos >> e.targetPos >> e.amountPos;
}

static QDataStream &operator<<(QDataStream &s, const Option &o)
{
    return s << o.id << o.label << o.effects << o.languages << o.pos << o.languagePos;
}
static QDataStream &operator>>(QDataStream &s, Option &o)
{
    return s >> o.id >> o.label >> o.effects >> o.languages >> o.pos >> o.languagePos;
}

static QDataStream &operator<<(QDataStream &s, const LanguageRules &l)
{
    return s << l.question << l.teamAreas << l.teamPoints << l.teamWhy << l.sharedAreas << l.sharedPoints
             << l.sharedWhy << l.names << l.pos << l.questionPos << l.teamAreaPos << l.sharedAreaPos;
}
static QDataStream &operator>>(QDataStream &s, LanguageRules &l)
{
    return s >> l.question >> l.teamAreas >> l.teamPoints >> l.teamWhy >> l.sharedAreas >> l.sharedPoints
             >> l.sharedWhy >> l.names >> l.pos >> l.questionPos >> l.teamAreaPos >> l.sharedAreaPos;
}

static QDataStream &operator<<(QDataStream &s, const Question &q)
{
    return s << q.id << q.page << qint32(q.kind) << q.text << q.help << q.options << q.pos << q.pagePos;
}
static QDataStream &operator>>(QDataStream &s, Question &q)
{
    s >> q.id >> q.page;
    readEnum(s, q.kind, int(Question::Kind::Multi));
    return s >> q.text >> q.help >> q.options >> q.pos >> q.pagePos;
}

static QDataStream &operator<<(QDataStream &s, const Synergy &y)
{
    return s << y.a << y.b << y.points << y.why << y.evidence << y.pos << y.aPos << y.bPos;
}
static QDataStream &operator>>(QDataStream &s, Synergy &y)
{
    return s >> y.a >> y.b >> y.points >> y.why >> y.evidence >> y.pos >> y.aPos >> y.bPos;
}

static QDataStream &operator<<(QDataStream &s, const Constraint &c)
{
    return s << c.id << c.when << qint32(c.kind) << c.area << c.candidates << c.why << c.evidence << c.pos
             << c.whenPos << c.areaPos << c.candidatePos;
}
static QDataStream &operator>>(QDataStream &s, Constraint &c)
{
    s >> c.id >> c.when;
    readEnum(s, c.kind, int(Constraint::Kind::Forbids));
    return s >> c.area >> c.candidates >> c.why >> c.evidence >> c.pos >> c.whenPos >> c.areaPos >> c.candidatePos;
}
QByteArray KbBinary::write(const KnowledgeBase &part, const QByteArray &yaml)
{
    QByteArray payload;
    {
        QDataStream s(&payload, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << part.meta.version << part.meta.date << part.areas << part.criteria << part.candidates
          << part.questions << part.synergies << part.constraints << part.languageRules << part.sources;
    }
    QByteArray blob;
    QDataStream s(&blob, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << Magic << FormatVersion << hashOf(yaml) << hashOf(payload) << payload;
    return blob;
}

std::optional<KnowledgeBase> KbBinary::read(const QByteArray &blob, const QByteArray &yaml)
{
    QDataStream s(blob);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    QByteArray yamlHash, payloadHash, payload;
    s >> magic >> version;
    if (s.status() != QDataStream::Ok || magic != Magic || version != FormatVersion)
        return std::nullopt;
    s >> yamlHash >> payloadHash >> payload;
    // The payload is checked whole before any of it is read: a damaged count could otherwise ask
    // a container for gigabytes.
    if (s.status() != QDataStream::Ok || !s.atEnd() || yamlHash != hashOf(yaml) || payloadHash != hashOf(payload))
        return std::nullopt;
    QDataStream p(payload);
    p.setVersion(QDataStream::Qt_6_4);
    KnowledgeBase part;
    p >> part.meta.version >> part.meta.date >> part.areas >> part.criteria >> part.candidates >> part.questions
      >> part.synergies >> part.constraints >> part.languageRules >> part.sources;
    if (p.status() != QDataStream::Ok || !p.atEnd())
        return std::nullopt;
    return part;
}

QString KbBinary::compiledPath(const QString &builtinFileName)
{
    QString name = builtinFileName;
    if (name.endsWith(QLatin1String(".yaml")))
        name.chop(5);
    return QLatin1String(CompiledPrefix) + name + QLatin1String(".kbc");
}
