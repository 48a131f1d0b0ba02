// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "KbBinary.h"
#include "KbBlobReader.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QHash>
#include <QIODevice>

#include <zlib.h>

namespace {
constexpr quint32 Magic = 0x53574b42; // "SWKB"
// Bump when any stored struct changes: older compiled parts are then ignored, not misread.
constexpr quint32 FormatVersion = 6; // 3: languages, effect areas, language_rules; 4: sources;
                                      // 5: layers (KbCache), shared-string table, little endian, CRC-32;
                                      // 6: candidates' scaffold

// Identity, not secrecy: SHA-1 tells the YAML a part was read from apart from any other.
QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

// Damage, not identity: CRC-32 (zlib's, which QtCore already loads) catches a torn or flipped
// payload at several times SHA-1's speed.
quint32 checksumOf(const QByteArray &bytes)
{
    return quint32(crc32_z(crc32_z(0, nullptr, 0), reinterpret_cast<const Bytef *>(bytes.constData()), size_t(bytes.size())));
}

// Little endian, the byte order of every machine Stackwise runs on: strings are then copied,
// not swapped character by character.
void setUp(QDataStream &s)
{
    s.setVersion(QDataStream::Qt_6_4);
    s.setByteOrder(QDataStream::LittleEndian);
}

// Enums travel as qint32 and are range-checked on the way in.
template<typename E>
void readEnum(KbBlobReader &s, E &value, int last)
{
    qint32 v = 0;
    s >> v;
    if (v < 0 || v > last)
        s.fail();
    else
        value = E(v);
}
} // namespace

// Stream operators for the knowledge-base structs: written with QDataStream, read back with
// KbBlobReader, which reads QDataStream's format from memory. They live in the global namespace,
// where the structs are, because the container operators (Qt's and KbBlobReader's) find them by
// argument-dependent lookup; static, as nothing outside this file streams them.
// Positions name one of a few files, and texts one of a few languages, thousands of times over:
// each such string is stored once in a table ahead of the payload, and referred to by index, so
// reading makes one shared QString per distinct value instead of one allocation per use. The
// table of the blob being written or read is here (one at a time per thread).
namespace {
struct StringTable
{
    QHash<QString, qint32> index; // writing
    QStringList strings;          // writing and reading
};
thread_local StringTable *tableInUse = nullptr;
} // namespace

static void writeShared(QDataStream &s, const QString &value)
{
    auto it = tableInUse->index.constFind(value);
    if (it == tableInUse->index.cend()) {
        it = tableInUse->index.insert(value, qint32(tableInUse->strings.size()));
        tableInUse->strings.append(value);
    }
    s << *it;
}

static QString readShared(KbBlobReader &s)
{
    qint32 i = -1;
    s >> i;
    if (i < 0 || i >= tableInUse->strings.size()) {
        s.fail();
        return {};
    }
    return tableInUse->strings.at(i);
}

static QDataStream &operator<<(QDataStream &s, const LocalizedText &t)
{
    const QStringList languages = t.languages();
    s << quint8(languages.size());
    for (const QString &lang : languages) {
        writeShared(s, lang);
        s << t.exact(lang);
    }
    return s;
}
static KbBlobReader &operator>>(KbBlobReader &s, LocalizedText &t)
{
    quint8 n = 0;
    s >> n;
    t = LocalizedText();
    for (int i = 0; i < n && s.ok(); ++i) {
        const QString lang = readShared(s);
        QString text;
        s >> text;
        t.set(lang, text);
    }
    return s;
}

static QDataStream &operator<<(QDataStream &s, const SourcePos &p)
{
    writeShared(s, p.path);
    return s << qint32(p.line) << qint32(p.column);
}
static KbBlobReader &operator>>(KbBlobReader &s, SourcePos &p)
{
    qint32 line = 0, column = 0;
    p.path = readShared(s);
    s >> line >> column;
    p.line = line;
    p.column = column;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Area &a) { return s << a.id << a.name << a.description << qint32(a.order) << a.pos; }
static KbBlobReader &operator>>(KbBlobReader &s, Area &a)
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
static KbBlobReader &operator>>(KbBlobReader &s, Criterion &c)
{
    return s >> c.id >> c.name >> c.description >> c.areas >> c.baseline >> c.pos >> c.areaPos >> c.baselinePos;
}

// The layer is stored for a merged knowledge base (KbCache); the loader sets it anew for a part.
static QDataStream &operator<<(QDataStream &s, const Evidence &e)
{
    return s << e.sources << e.asOf << e.sourcePos << e.asOfPos << qint32(e.layer);
}
static KbBlobReader &operator>>(KbBlobReader &s, Evidence &e)
{
    qint32 layer = 0;
    s >> e.sources >> e.asOf >> e.sourcePos >> e.asOfPos >> layer;
    e.layer = layer;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Source &x)
{
    return s << x.id << x.title << x.publisher << x.url << x.date << x.pos << x.datePos;
}
static KbBlobReader &operator>>(KbBlobReader &s, Source &x)
{
    return s >> x.id >> x.title >> x.publisher >> x.url >> x.date >> x.pos >> x.datePos;
}

static QDataStream &operator<<(QDataStream &s, const Rating &r) { return s << r.score << r.why << r.evidence << r.pos << r.scorePos; }
static KbBlobReader &operator>>(KbBlobReader &s, Rating &r) { return s >> r.score >> r.why >> r.evidence >> r.pos >> r.scorePos; }

static QDataStream &operator<<(QDataStream &s, const ScaffoldCommand &c)
{
    return s << c.run << c.with << c.without << c.pos << c.withPos << c.withoutPos;
}
static KbBlobReader &operator>>(KbBlobReader &s, ScaffoldCommand &c)
{
    return s >> c.run >> c.with >> c.without >> c.pos >> c.withPos >> c.withoutPos;
}

static QDataStream &operator<<(QDataStream &s, const ScaffoldVariable &v) { return s << v.name << v.value << v.pos; }
static KbBlobReader &operator>>(KbBlobReader &s, ScaffoldVariable &v) { return s >> v.name >> v.value >> v.pos; }

static QDataStream &operator<<(QDataStream &s, const ScaffoldService &x)
{
    return s << x.name << x.image << qint32(x.port) << x.volume << x.environment << x.healthcheck << x.pos;
}
static KbBlobReader &operator>>(KbBlobReader &s, ScaffoldService &x)
{
    qint32 port = 0;
    s >> x.name >> x.image >> port >> x.volume >> x.environment >> x.healthcheck >> x.pos;
    x.port = port;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Scaffold &x)
{
    return s << x.folder << x.commands << x.service << x.env << x.note << x.docs << x.checked << x.pos << x.docsPos
             << x.checkedPos;
}
static KbBlobReader &operator>>(KbBlobReader &s, Scaffold &x)
{
    return s >> x.folder >> x.commands >> x.service >> x.env >> x.note >> x.docs >> x.checked >> x.pos >> x.docsPos
             >> x.checkedPos;
}

static QDataStream &operator<<(QDataStream &s, const Candidate &c)
{
    return s << c.id << c.area << c.name << c.summary << c.link << c.strongFor << c.pros << c.cons << c.ratings
             << c.languages << c.pos << c.areaPos << c.ratingsPos << c.languagePos << c.scaffold;
}
static KbBlobReader &operator>>(KbBlobReader &s, Candidate &c)
{
    return s >> c.id >> c.area >> c.name >> c.summary >> c.link >> c.strongFor >> c.pros >> c.cons >> c.ratings
             >> c.languages >> c.pos >> c.areaPos >> c.ratingsPos >> c.languagePos >> c.scaffold;
}

static QDataStream &operator<<(QDataStream &s, const Effect &e)
{
    return s << qint32(e.kind) << e.target << e.amount << e.why << e.areas << e.evidence << e.pos << e.areaPos
             << e.targetPos << e.amountPos;
}
static KbBlobReader &operator>>(KbBlobReader &s, Effect &e)
{
    readEnum(s, e.kind, int(Effect::Kind::Nudge));
    return s >> e.target >> e.amount >> e.why >> e.areas >> e.evidence >> e.pos >> e.areaPos >> e.targetPos >> e.amountPos;
}

static QDataStream &operator<<(QDataStream &s, const Option &o)
{
    return s << o.id << o.label << o.effects << o.languages << o.pos << o.languagePos;
}
static KbBlobReader &operator>>(KbBlobReader &s, Option &o)
{
    return s >> o.id >> o.label >> o.effects >> o.languages >> o.pos >> o.languagePos;
}

static QDataStream &operator<<(QDataStream &s, const LanguageRules &l)
{
    return s << l.question << l.teamAreas << l.teamPoints << l.teamWhy << l.sharedAreas << l.sharedPoints
             << l.sharedWhy << l.names << l.pos << l.questionPos << l.teamAreaPos << l.sharedAreaPos;
}
static KbBlobReader &operator>>(KbBlobReader &s, LanguageRules &l)
{
    return s >> l.question >> l.teamAreas >> l.teamPoints >> l.teamWhy >> l.sharedAreas >> l.sharedPoints
             >> l.sharedWhy >> l.names >> l.pos >> l.questionPos >> l.teamAreaPos >> l.sharedAreaPos;
}

static QDataStream &operator<<(QDataStream &s, const Question &q)
{
    return s << q.id << q.page << qint32(q.kind) << q.text << q.help << q.options << q.pos << q.pagePos;
}
static KbBlobReader &operator>>(KbBlobReader &s, Question &q)
{
    s >> q.id >> q.page;
    readEnum(s, q.kind, int(Question::Kind::Multi));
    return s >> q.text >> q.help >> q.options >> q.pos >> q.pagePos;
}

static QDataStream &operator<<(QDataStream &s, const Synergy &y)
{
    return s << y.a << y.b << y.points << y.why << y.evidence << y.pos << y.aPos << y.bPos;
}
static KbBlobReader &operator>>(KbBlobReader &s, Synergy &y)
{
    return s >> y.a >> y.b >> y.points >> y.why >> y.evidence >> y.pos >> y.aPos >> y.bPos;
}

static QDataStream &operator<<(QDataStream &s, const Constraint &c)
{
    return s << c.id << c.when << qint32(c.kind) << c.area << c.candidates << c.why << c.evidence << c.pos
             << c.whenPos << c.areaPos << c.candidatePos;
}
static KbBlobReader &operator>>(KbBlobReader &s, Constraint &c)
{
    s >> c.id >> c.when;
    readEnum(s, c.kind, int(Constraint::Kind::Forbids));
    return s >> c.area >> c.candidates >> c.why >> c.evidence >> c.pos >> c.whenPos >> c.areaPos >> c.candidatePos;
}
QByteArray KbBinary::write(const KnowledgeBase &part, const QByteArray &yaml)
{
    StringTable table;
    tableInUse = &table;
    QByteArray body;
    {
        QDataStream s(&body, QIODevice::WriteOnly);
        setUp(s);
        s << part.meta.version << part.meta.date << part.areas << part.criteria << part.candidates
          << part.questions << part.synergies << part.constraints << part.languageRules << part.sources
          << part.layerDates;
    }
    tableInUse = nullptr;
    QByteArray payload;
    {
        QDataStream s(&payload, QIODevice::WriteOnly);
        setUp(s);
        s << table.strings;
        payload += body;
    }
    QByteArray blob;
    QDataStream s(&blob, QIODevice::WriteOnly);
    setUp(s);
    s << Magic << FormatVersion << hashOf(yaml) << checksumOf(payload) << payload;
    return blob;
}

std::optional<KnowledgeBase> KbBinary::read(const QByteArray &blob, const QByteArray &yaml)
{
    KbBlobReader s(blob);
    quint32 magic = 0, version = 0;
    QByteArray yamlHash;
    quint32 payloadChecksum = 0, payloadSize = 0;
    s >> magic >> version;
    if (!s.ok() || magic != Magic || version != FormatVersion)
        return std::nullopt;
    s >> yamlHash >> payloadChecksum >> payloadSize;
    // The payload is read where it lies (a compiled-in blob is not copied), and checked whole
    // before any of it is read.
    const qint64 offset = s.position();
    if (!s.ok() || yamlHash != hashOf(yaml) || offset + qint64(payloadSize) != blob.size())
        return std::nullopt;
    const QByteArray payload = QByteArray::fromRawData(blob.constData() + offset, qsizetype(payloadSize));
    if (payloadChecksum != checksumOf(payload))
        return std::nullopt;
    KbBlobReader p(payload);
    StringTable table;
    p >> table.strings;
    tableInUse = &table;
    KnowledgeBase part;
    p >> part.meta.version >> part.meta.date >> part.areas >> part.criteria >> part.candidates >> part.questions
      >> part.synergies >> part.constraints >> part.languageRules >> part.sources >> part.layerDates;
    tableInUse = nullptr;
    if (!p.ok() || !p.atEnd())
        return std::nullopt;
    part.reindex();
    return part;
}

QString KbBinary::compiledPath(const QString &builtinFileName)
{
    QString name = builtinFileName;
    if (name.endsWith(QLatin1String(".yaml")))
        name.chop(5);
    return QLatin1String(CompiledPrefix) + name + QLatin1String(".kbc");
}
