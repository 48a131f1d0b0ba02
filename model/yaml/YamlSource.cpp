// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "YamlSource.h"

#include "YamlGuard.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>
#include <vector>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlSource)
};

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Records where each document starts and ignores everything else.
class DocumentStarts : public YAML::EventHandler
{
public:
    std::vector<YAML::Mark> marks;

    void OnDocumentStart(const YAML::Mark &mark) override { marks.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};
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

qsizetype YamlSource::offsetOf(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.line < 0 || mark.line >= m_lineStarts.size())
        return -1;
    return m_lineStarts.at(mark.line) + (mark.line == 0 ? m_bomSize : 0) + std::max(0, mark.column);
}

SourcePos YamlSource::posOf(const YAML::Mark &mark) const
{
    // A node without a mark is one yaml-cpp made up, such as the null document of an empty
    // file: the start of the file is the best place to point at (positions are 1-based).
    const qsizetype offset = offsetOf(mark);
    return posOfOffset(offset < 0 ? 0 : offset);
}

SourcePos YamlSource::posOf(const YAML::Node &node) const
{
    return posOf(node.Mark());
}

Diagnostic YamlSource::diagnosticAt(const SourcePos &pos, const QString &message) const
{
    return {pos.path.isEmpty() ? m_path : pos.path, pos.line, pos.column, Diagnostic::printable(message)};
}

Diagnostic YamlSource::diagnosticAt(const YAML::Node &node, const QString &message) const
{
    return diagnosticAt(posOf(node), message);
}

QString YamlSource::format(const SourcePos &pos)
{
    return QStringLiteral("%1:%2:%3").arg(pos.path).arg(pos.line).arg(pos.column);
}

bool YamlSource::onlyOneDocumentInTail(const std::string &text, const YAML::Node &root) const
{
    // Whatever could follow the first document (a second one, or a stray token that ended it)
    // comes after its last node. Scanning only from that node's line on is much cheaper than
    // scanning the whole file again; when the tail alone is not clearly one document (it failed
    // to parse out of context, or holds another), the caller scans the whole file as before.
    int lastLine = -1;
    // Alias expansion is bounded the way YamlGuard::checkTree bounds it; past that, the full
    // scan runs and checkTree reports the expansion.
    qint64 budget = 2 * qint64(m_bytes.size()) + 1024;
    std::vector<YAML::Node> stack{root};
    while (!stack.empty()) {
        if (--budget < 0)
            return false;
        const YAML::Node node = stack.back();
        stack.pop_back();
        lastLine = std::max(lastLine, node.Mark().line);
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                stack.push_back(item);
        } else if (node.IsMap()) {
            for (const auto &entry : node) {
                stack.push_back(entry.first);
                stack.push_back(entry.second);
            }
        }
    }
    if (lastLine <= 0 || lastLine >= m_lineStarts.size())
        return false;
    std::istringstream in(text.substr(size_t(m_lineStarts.at(lastLine))));
    YAML::Parser parser(in);
    DocumentStarts starts;
    try {
        return parser.HandleNextDocument(starts) && !parser.HandleNextDocument(starts);
    } catch (const YAML::Exception &) {
        return false;
    }
}

std::optional<YAML::Node> YamlSource::parse(qint64 maxSize, int maxDepth, Diagnostics *diagnostics) const
{
    Diagnostics found = YamlGuard::checkRaw(*this, maxSize, maxDepth);
    if (!found.isEmpty()) {
        diagnostics->append(found);
        return std::nullopt;
    }

    // Not YAML::LoadAll: yaml-cpp 0.7 loops forever there on a stray ',' (jbeder/yaml-cpp#1040,
    // fixed in 0.8 by #1319) as every call yields another empty document at the same token.
    // YAML::Load reads the first document only; one more bounded pass looks for a second.
    const std::string text = m_bytes.toStdString();
    YAML::Node root;
    std::optional<YAML::Mark> second;
    try {
        root = YAML::Load(text);
        if (!onlyOneDocumentInTail(text, root)) {
            std::istringstream in(text);
            YAML::Parser parser(in);
            DocumentStarts starts;
            if (parser.HandleNextDocument(starts) && parser.HandleNextDocument(starts) && starts.marks.size() >= 2)
                second = starts.marks.at(1);
        }
    } catch (const YAML::Exception &e) {
        // yaml-cpp's message is English and has no translation; it names the YAML problem.
        diagnostics->append(diagnosticAt(posOf(e.mark), Tr::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg))));
        return std::nullopt;
    }
    if (second) {
        const qsizetype at = offsetOf(*second);
        if (m_bytes.mid(at, 3) == "---")
            diagnostics->append(diagnosticAt(posOf(*second), Tr::tr("only one YAML document is allowed per file")));
        else // a token no document can start with, such as a stray ','
            diagnostics->append(diagnosticAt(posOf(*second), Tr::tr("not valid YAML: unexpected '%1'")
                                                                 .arg(QString::fromUtf8(m_bytes.mid(at, 1)))));
        return std::nullopt;
    }
    const YAML::Node document = root.IsDefined() ? root : YAML::Node(YAML::NodeType::Null);

    // Duplicate keys are reported but leave the tree usable, so the reader can report more.
    if (!YamlGuard::checkTree(*this, document, maxDepth, diagnostics))
        return std::nullopt;
    return document;
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
