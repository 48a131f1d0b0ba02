// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#include "KbBlobReader.h"

#include <QtEndian>

#include <cstring>

namespace {
// QDataStream's marker for a null QString or QByteArray in place of a length.
constexpr quint32 NullLength = 0xffffffffu;
} // namespace

KbBlobReader::KbBlobReader(QByteArrayView bytes)
    : m_begin(bytes.data())
    , m_pos(bytes.data())
    , m_end(bytes.data() + bytes.size())
{
}

void KbBlobReader::fail()
{
    m_ok = false;
    m_pos = m_end;
}

bool KbBlobReader::take(void *out, qsizetype n)
{
    if (!m_ok || n < 0 || m_end - m_pos < n) {
        fail();
        return false;
    }
    std::memcpy(out, m_pos, size_t(n));
    m_pos += n;
    return true;
}

quint32 KbBlobReader::count()
{
    quint32 n = 0;
    *this >> n;
    if (qsizetype(n) > m_end - m_pos) {
        fail();
        return 0;
    }
    return n;
}

KbBlobReader &KbBlobReader::operator>>(quint8 &value)
{
    value = 0;
    take(&value, 1);
    return *this;
}

KbBlobReader &KbBlobReader::operator>>(qint32 &value)
{
    value = 0;
    if (take(&value, sizeof value))
        value = qFromLittleEndian(value);
    return *this;
}

KbBlobReader &KbBlobReader::operator>>(quint32 &value)
{
    value = 0;
    if (take(&value, sizeof value))
        value = qFromLittleEndian(value);
    return *this;
}

KbBlobReader &KbBlobReader::operator>>(double &value)
{
    quint64 bits = 0;
    value = 0;
    if (take(&bits, sizeof bits)) {
        bits = qFromLittleEndian(bits);
        std::memcpy(&value, &bits, sizeof value);
    }
    return *this;
}

KbBlobReader &KbBlobReader::operator>>(QString &value)
{
    value.clear();
    quint32 bytes = 0;
    *this >> bytes;
    if (!m_ok || bytes == NullLength)
        return *this;
    if (bytes % 2 || qsizetype(bytes) > m_end - m_pos) {
        fail();
        return *this;
    }
    if (bytes == 0) {
        value = QStringLiteral(""); // empty, not null, as QDataStream reads it
        return *this;
    }
    value.resize(qsizetype(bytes / 2));
    std::memcpy(value.data(), m_pos, bytes); // UTF-16, little endian as stored and as in memory
    if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
        for (QChar &c : value)
            c = QChar(qFromLittleEndian(c.unicode()));
    }
    m_pos += bytes;
    return *this;
}

KbBlobReader &KbBlobReader::operator>>(QByteArray &value)
{
    value.clear();
    quint32 bytes = 0;
    *this >> bytes;
    if (!m_ok || bytes == NullLength)
        return *this;
    if (qsizetype(bytes) > m_end - m_pos) {
        fail();
        return *this;
    }
    value = QByteArray(m_pos, qsizetype(bytes));
    m_pos += bytes;
    return *this;
}
