// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "YamlGuard.h"

#include "YamlSource.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlGuard)
};

// YAML 1.2 c-printable, plus the line breaks and tab that the scanner handles itself.
bool isAllowedCodePoint(char32_t c)
{
    if (c == 0x09 || c == 0x0A || c == 0x0D || c == 0x85)
        return true;
    if (c >= 0x20 && c <= 0x7E)
        return true;
    if (c >= 0xA0 && c <= 0xD7FF)
        return true;
    if (c >= 0xE000 && c <= 0xFFFD)
        return true;
    return c >= 0x10000 && c <= 0x10FFFF;
}

// Byte offset of the first invalid UTF-8 sequence or disallowed character, or -1.
// *what receives the reason.
qsizetype findBadCharacter(const QByteArray &b, QString *what)
{
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        const auto lead = static_cast<unsigned char>(b.at(i));
        int length = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (lead < 0x80) {
            length = 1;
            cp = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            cp = lead & 0x1F;
            min = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            cp = lead & 0x0F;
            min = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            cp = lead & 0x07;
            min = 0x10000;
        } else {
            *what = Tr::tr("invalid UTF-8 byte 0x%1").arg(lead, 2, 16, QLatin1Char('0'));
            return i;
        }
        if (i + length > n) {
            *what = Tr::tr("invalid UTF-8: truncated sequence at end of file");
            return i;
        }
        for (int k = 1; k < length; ++k) {
            const auto cont = static_cast<unsigned char>(b.at(i + k));
            if ((cont & 0xC0) != 0x80) { // report the sequence's first byte: that is where it goes wrong
                *what = Tr::tr("invalid UTF-8 byte 0x%1").arg(lead, 2, 16, QLatin1Char('0'));
                return i;
            }
            cp = (cp << 6) | (cont & 0x3F);
        }
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            *what = Tr::tr("invalid UTF-8 sequence (overlong, surrogate or out of range)");
            return i;
        }
        if (!(i == 0 && cp == 0xFEFF) && !isAllowedCodePoint(cp)) {
            *what = Tr::tr("character U+%1 is not allowed in YAML")
                        .arg(QString::number(quint32(cp), 16).toUpper().rightJustified(4, QLatin1Char('0')));
            return i;
        }
        i += length;
    }
    return -1;
}

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// Estimates the nesting depth of a YAML text line by line, without building anything.
// Block collections are tracked as a stack of indentation columns (a `- ` entry opens a
// sequence level, a `key:` a map level); flow collections as a stack of brackets. Quoted
// scalars, block scalars and comments are skipped so that their text is not mistaken for
// structure. Where unsure it counts a level too many, never one too few.
class NestingScanner
{
public:
    NestingScanner(const QByteArray &bytes, int maxDepth)
        : m_b(bytes)
        , m_max(maxDepth)
    {
    }

    // Byte offset of the first spot nested deeper than the limit, or -1.
    qsizetype run()
    {
        qsizetype pos = 0;
        const qsizetype n = m_b.size();
        while (pos <= n) {
            qsizetype end = m_b.indexOf('\n', pos);
            if (end < 0)
                end = n;
            const qsizetype next = end + 1;
            if (end > pos && m_b.at(end - 1) == '\r')
                --end;
            if (const qsizetype bad = line(pos, end); bad >= 0)
                return bad;
            pos = next;
        }
        return -1;
    }

private:
    struct Level
    {
        qsizetype column;
        bool sequence;
    };
    struct Flow
    {
        char bracket;
        int weight; // 2 once a [ ] holds an implicit `key: value` map
    };
    enum class Quote { None, Single, Double };

    int depth() const
    {
        int d = int(m_block.size());
        for (const Flow &f : m_flow)
            d += f.weight;
        return d;
    }
    bool tooDeep() const { return depth() > m_max; }

    bool indicatorAt(qsizetype i, qsizetype end, char c) const
    {
        return i < end && m_b.at(i) == c && (i + 1 == end || isBlank(m_b.at(i + 1)));
    }

    qsizetype line(qsizetype start, qsizetype end)
    {
        if (m_quote != Quote::None || !m_flow.empty()) // continuation: indentation is irrelevant
            return tokens(start, end, start == end || !m_flow.empty());

        qsizetype i = start;
        while (i < end && m_b.at(i) == ' ')
            ++i;
        const qsizetype column = i - start;
        if (m_blockScalarParent > NotInBlockScalar) {
            if (i == end || column > m_blockScalarParent)
                return -1; // block scalar content
            m_blockScalarParent = NotInBlockScalar;
        }
        if (i == end || m_b.at(i) == '#')
            return -1;
        if (column == 0 && m_b.at(i) == '%')
            return -1; // directive
        if (column == 0 && end - i >= 3 && (m_b.mid(i, 3) == "---" || m_b.mid(i, 3) == "...")
            && (end - i == 3 || isBlank(m_b.at(i + 3)))) {
            m_block.clear();
            m_contentColumn = 0;
            m_contentOffset = i;
            return tokens(i + 3, end, true);
        }

        while (!m_block.empty() && m_block.back().column > column)
            m_block.pop_back();
        const bool dash = indicatorAt(i, end, '-');
        const bool sameSequence = !m_block.empty() && m_block.back().column == column && m_block.back().sequence;
        if (!dash && sameSequence)
            m_block.pop_back(); // a key at the column of a compact sequence ends that sequence
        if (dash && !sameSequence) {
            m_block.push_back({column, true});
            if (tooDeep())
                return i;
        }
        // `- - x`, `- ? x`: further indicators on the same line open further levels.
        while (indicatorAt(i, end, '-') || indicatorAt(i, end, '?')) {
            if (i != start + column) {
                m_block.push_back({i - start, m_b.at(i) == '-'});
                if (tooDeep())
                    return i;
            } else if (m_b.at(i) == '?' && !(!m_block.empty() && m_block.back().column == column)) {
                m_block.push_back({column, false});
                if (tooDeep())
                    return i;
            }
            ++i;
            while (i < end && isBlank(m_b.at(i)))
                ++i;
        }
        m_contentColumn = i - start;
        m_contentOffset = i;
        return tokens(i, end, true);
    }

    qsizetype tokens(qsizetype i, qsizetype end, bool atTokenStart)
    {
        bool afterBlank = true;
        while (i < end) {
            const char c = m_b.at(i);
            if (m_quote == Quote::Double) {
                if (c == '\\')
                    i += 2;
                else {
                    if (c == '"')
                        m_quote = Quote::None;
                    ++i;
                }
                atTokenStart = false;
                afterBlank = false;
                continue;
            }
            if (m_quote == Quote::Single) {
                if (c == '\'') {
                    if (i + 1 < end && m_b.at(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    m_quote = Quote::None;
                }
                ++i;
                atTokenStart = false;
                afterBlank = false;
                continue;
            }
            if (isBlank(c)) {
                afterBlank = true;
                ++i;
                continue;
            }
            if (c == '#' && afterBlank)
                return -1; // comment to the end of the line
            afterBlank = false;
            const bool flow = !m_flow.empty();
            if (atTokenStart) {
                if (c == '"' || c == '\'') {
                    m_quote = c == '"' ? Quote::Double : Quote::Single;
                    ++i;
                    continue;
                }
                if (c == '&' || c == '!' || c == '*') { // anchor, tag, alias: a name up to a blank
                    while (i < end && !isBlank(m_b.at(i)) && !(flow && isFlowIndicator(m_b.at(i))))
                        ++i;
                    atTokenStart = c != '*';
                    continue;
                }
                if (!flow && (c == '|' || c == '>')) {
                    m_blockScalarParent = m_block.empty() ? -1 : m_block.back().column;
                    return -1;
                }
            }
            if ((c == '[' || c == '{') && (flow || atTokenStart)) {
                m_flow.push_back({c, 1});
                if (tooDeep())
                    return i;
                atTokenStart = true;
                ++i;
                continue;
            }
            if (flow && (c == ']' || c == '}')) {
                m_flow.pop_back();
                atTokenStart = false;
                ++i;
                continue;
            }
            if (flow && c == ',') {
                atTokenStart = true;
                ++i;
                continue;
            }
            if (c == ':' && (i + 1 == end || isBlank(m_b.at(i + 1)) || (flow && isFlowIndicator(m_b.at(i + 1))))) {
                if (flow) {
                    if (m_flow.back().bracket == '[')
                        m_flow.back().weight = 2;
                } else if (m_block.empty() || m_block.back().column != m_contentColumn || m_block.back().sequence) {
                    m_block.push_back({m_contentColumn, false});
                    if (tooDeep())
                        return m_contentOffset; // the key that opens the level
                }
                if (tooDeep())
                    return i;
                atTokenStart = true;
                ++i;
                continue;
            }
            atTokenStart = false; // inside a plain scalar
            ++i;
        }
        return -1;
    }

    static constexpr qsizetype NotInBlockScalar = -2;

    const QByteArray &m_b;
    const int m_max;
    std::vector<Level> m_block;
    std::vector<Flow> m_flow;
    Quote m_quote = Quote::None;
    qsizetype m_contentColumn = 0; // where the current block line's node starts
    qsizetype m_contentOffset = 0;
    qsizetype m_blockScalarParent = NotInBlockScalar; // content is indented more than this
};

// Whether the quoted scalar whose opening quote is at `start` has its closing quote.
// Offsets that do not hold a quote (a scalar with an explicit `!` tag) count as closed.
bool isClosedQuote(const QByteArray &b, qsizetype start)
{
    if (start < 0 || start >= b.size() || (b.at(start) != '"' && b.at(start) != '\''))
        return true;
    const char quote = b.at(start);
    for (qsizetype i = start + 1; i < b.size(); ++i) {
        const char c = b.at(i);
        if (quote == '"' && c == '\\')
            ++i; // the escaped character, which may be a quote
        else if (c == quote && quote == '\'' && i + 1 < b.size() && b.at(i + 1) == '\'')
            ++i; // '' is a quote inside single-quoted text
        else if (c == quote)
            return true;
    }
    return false;
}
} // namespace

Diagnostics YamlGuard::checkRaw(const YamlSource &source, qint64 maxSize, int maxDepth)
{
    const QByteArray &bytes = source.bytes();
    if (bytes.size() > maxSize)
        return {source.diagnosticAt(source.posOfOffset(0),
                                    Tr::tr("file is too large: %1 bytes (the limit is %2)").arg(bytes.size()).arg(maxSize))};

    QString what;
    if (const qsizetype bad = findBadCharacter(bytes, &what); bad >= 0)
        return {source.diagnosticAt(source.posOfOffset(bad), what)};

    if (const qsizetype deep = NestingScanner(bytes, maxDepth).run(); deep >= 0)
        return {source.diagnosticAt(source.posOfOffset(deep),
                                    Tr::tr("nesting is deeper than %1 levels").arg(maxDepth))};
    return {};
}

bool YamlGuard::checkTree(const YamlSource &source, const YAML::Node &root, int maxDepth, Diagnostics *diagnostics)
{
    // Without aliases a document cannot hold more nodes than about one per byte; anything
    // beyond that is alias expansion.
    const qint64 budget = 2 * qint64(source.bytes().size()) + 1024;
    qint64 visited = 0;
    Diagnostics problems; // duplicate keys and tags: the tree stays usable for further checks
    qsizetype lastQuoted = -1; // offset of the quoted scalar that starts last in the file

    std::vector<std::pair<YAML::Node, int>> stack;
    stack.emplace_back(root, 1);
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        if (++visited > budget) { // reported at the document: no single alias is to blame
            diagnostics->append(source.diagnosticAt(root, Tr::tr("aliases expand to too many nodes (more than %1)").arg(budget)));
            return false;
        }
        // "?" is an untagged plain node and "!" an untagged quoted scalar; anything else was
        // written in the file (!!binary, !!python/object, !custom...). Stackwise files hold
        // text, numbers, lists and maps only, so a tag is a mistake or an attack: refuse it.
        const std::string &tag = node.Tag();
        if (!tag.empty() && tag != "?" && tag != "!") {
            QString shown = QString::fromStdString(tag); // as written: yaml-cpp expands !! to the full prefix
            if (shown.startsWith(QLatin1String("tag:yaml.org,2002:")))
                shown.replace(0, 18, QStringLiteral("!!"));
            problems.append(source.diagnosticAt(node, Tr::tr("tags are not allowed in Stackwise files (found '%1')").arg(shown)));
        }
        if (node.IsScalar() && tag == "!")
            lastQuoted = std::max(lastQuoted, source.offsetOf(node.Mark()));
        if (!node.IsMap() && !node.IsSequence())
            continue;
        if (depth > maxDepth) {
            diagnostics->append(source.diagnosticAt(node, Tr::tr("aliases nest deeper than %1 levels").arg(maxDepth)));
            return false;
        }
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                stack.emplace_back(item, depth + 1);
            continue;
        }
        QHash<QString, YAML::Mark> seen;
        for (const auto &pair : node) {
            if (pair.first.IsScalar()) {
                const QString key = QString::fromStdString(pair.first.Scalar());
                const auto it = seen.constFind(key);
                if (it != seen.constEnd()) {
                    const SourcePos first = source.posOf(*it);
                    problems.append(source.diagnosticAt(pair.first, Tr::tr("duplicate key '%1' (first at line %2, column %3)")
                                                                        .arg(key)
                                                                        .arg(first.line)
                                                                        .arg(first.column)));
                } else {
                    seen.insert(key, pair.first.Mark());
                }
            }
            stack.emplace_back(pair.first, depth + 1);
            stack.emplace_back(pair.second, depth + 1);
        }
    }
    // yaml-cpp 0.7 takes a quote that is never closed as running to the end of the file, so a
    // file cut off inside quoted text would load as if complete. Such a quote swallows the
    // rest of the file, so only the last quoted scalar can be the one.
    if (lastQuoted >= 0 && !isClosedQuote(source.bytes(), lastQuoted)) {
        diagnostics->append(source.diagnosticAt(source.posOfOffset(lastQuoted),
                                                Tr::tr("quoted text is never closed (the file may be cut off)")));
        return false;
    }
    // An aliased node is walked once per alias: report each problem once, in file order.
    std::sort(problems.begin(), problems.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    for (const Diagnostic &d : std::as_const(problems))
        if (!diagnostics->contains(d))
            diagnostics->append(d);
    return true;
}
