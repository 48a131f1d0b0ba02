#include "YamlSource.h"

#include "YamlGuard.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlSource)
};

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
} // namespace

YamlSource::YamlSource(const QString &path, const QByteArray &bytes)
    : m_path(path)
    , m_bytes(bytes)
{
    // yaml-cpp skips a UTF-8 byte order mark and counts columns after it.
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_bomSize = 3;
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        if (m_bytes.at(i) == '\n')
            m_lineStarts.append(i + 1);
}

SourcePos YamlSource::posOfOffset(qsizetype byteOffset) const
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_bytes.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byteOffset);
    const qsizetype line = (next - m_lineStarts.cbegin()) - 1;
    qsizetype start = m_lineStarts.at(line);
    if (line == 0)
        start = std::min(m_bomSize, byteOffset);
    int column = 1;
    for (qsizetype i = start; i < byteOffset; ++i)
        if (!isContinuationByte(m_bytes.at(i)))
            ++column;
    return {m_path, int(line) + 1, column};
}

SourcePos YamlSource::posOf(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.line < 0 || mark.line >= m_lineStarts.size())
        return {m_path, 0, 0};
    const qsizetype base = m_lineStarts.at(mark.line) + (mark.line == 0 ? m_bomSize : 0);
    return posOfOffset(base + std::max(0, mark.column));
}

SourcePos YamlSource::posOf(const YAML::Node &node) const
{
    return posOf(node.Mark());
}

Diagnostic YamlSource::diagnosticAt(const SourcePos &pos, const QString &message) const
{
    return {pos.path.isEmpty() ? m_path : pos.path, pos.line, pos.column, message};
}

Diagnostic YamlSource::diagnosticAt(const YAML::Node &node, const QString &message) const
{
    return diagnosticAt(posOf(node), message);
}

QString YamlSource::format(const SourcePos &pos)
{
    return QStringLiteral("%1:%2:%3").arg(pos.path).arg(pos.line).arg(pos.column);
}

std::optional<YAML::Node> YamlSource::parse(qint64 maxSize, int maxDepth, Diagnostics *diagnostics) const
{
    Diagnostics found = YamlGuard::checkRaw(*this, maxSize, maxDepth);
    if (!found.isEmpty()) {
        diagnostics->append(found);
        return std::nullopt;
    }

    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(m_bytes.toStdString());
    } catch (const YAML::Exception &e) {
        // yaml-cpp's message is English and has no translation; it names the YAML problem.
        diagnostics->append(diagnosticAt(posOf(e.mark), Tr::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg))));
        return std::nullopt;
    }
    if (documents.empty())
        return YAML::Node(YAML::NodeType::Null);
    if (documents.size() > 1) {
        diagnostics->append(diagnosticAt(documents.at(1), Tr::tr("only one YAML document is allowed per file")));
        return std::nullopt;
    }

    // Duplicate keys are reported but leave the tree usable, so the reader can report more.
    if (!YamlGuard::checkTree(*this, documents.front(), maxDepth, diagnostics))
        return std::nullopt;
    return documents.front();
}

std::optional<QByteArray> YamlSource::readFile(const QString &path, qint64 maxSize, Diagnostics *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->append({path, 0, 0, Tr::tr("cannot read the file: %1").arg(file.errorString())});
        return std::nullopt;
    }
    if (file.size() > maxSize) {
        diagnostics->append({path, 1, 1, Tr::tr("file is too large: %1 bytes (the limit is %2)").arg(file.size()).arg(maxSize)});
        return std::nullopt;
    }
    // Read one byte more than allowed: a file that grows meanwhile still cannot pass.
    QByteArray bytes = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError) {
        diagnostics->append({path, 0, 0, Tr::tr("cannot read the file: %1").arg(file.errorString())});
        return std::nullopt;
    }
    return bytes;
}
