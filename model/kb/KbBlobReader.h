// SPDX-FileCopyrightText: The Stackwise contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

// Reads what KbBinary wrote with QDataStream (version Qt_6_4, little endian) straight out of
// memory. QDataStream reads every integer through QBuffer and QIODevice, which cost half the
// built-in knowledge base's load before the first frame (issue 17); this reads the same bytes
// with a pointer. Only the types KbBinary stores are supported. Every read is bounds-checked:
// past the end, or a count larger than the bytes left, the reader fails and stays failed, and
// the values read from then on are empty.
class KbBlobReader
{
public:
    explicit KbBlobReader(QByteArrayView bytes);

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_end; }
    qsizetype position() const { return m_pos - m_begin; }
    void fail();

    KbBlobReader &operator>>(quint8 &value);
    KbBlobReader &operator>>(qint32 &value);
    KbBlobReader &operator>>(quint32 &value);
    KbBlobReader &operator>>(double &value);
    KbBlobReader &operator>>(QString &value);
    KbBlobReader &operator>>(QByteArray &value);

    template<typename T>
    KbBlobReader &operator>>(QList<T> &list)
    {
        list.clear();
        const quint32 n = count();
        list.reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i) {
            T item;
            *this >> item;
            list.append(std::move(item));
        }
        return *this;
    }

    template<typename K, typename V>
    KbBlobReader &operator>>(QMap<K, V> &map)
    {
        map.clear();
        const quint32 n = count();
        for (quint32 i = 0; i < n && m_ok; ++i) {
            K key;
            V value;
            *this >> key >> value;
            map.insert(std::move(key), std::move(value));
        }
        return *this;
    }

private:
    // Copies n bytes out, or fails without moving.
    bool take(void *out, qsizetype n);
    // A container's element count; each element takes at least one byte, so a count beyond
    // the bytes left is damage and is refused before anything is allocated for it.
    quint32 count();

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    bool m_ok = true;
};
