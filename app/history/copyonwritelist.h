#pragma once

#include <QtCore/QtGlobal>

#include <memory>
#include <unordered_set>
#include <vector>

namespace SocketScope {

// A list kept in small chunks that copies share until one of them writes. A checkpoint of the
// folded state is a copy of the list: it costs one pointer per chunk, and later changes copy
// only the chunks they touch. Records are appended in the order they first appear, so the
// sockets of a long session that are long gone sit in old chunks every checkpoint shares.
template<typename T> class CopyOnWriteList
{
public:
    static constexpr qsizetype kChunkSize = 32;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const T &at(qsizetype index) const
    {
        Q_ASSERT(index >= 0 && index < m_size);
        return (*m_chunks[size_t(index / kChunkSize)])[size_t(index % kChunkSize)];
    }

    // The element, copying its chunk first when a copy of the list still shares it.
    T &writable(qsizetype index)
    {
        Q_ASSERT(index >= 0 && index < m_size);
        return (*ownChunk(index / kChunkSize))[size_t(index % kChunkSize)];
    }

    void append(T value)
    {
        if (m_size % kChunkSize == 0) {
            auto chunk = std::make_shared<Chunk>();
            chunk->reserve(size_t(kChunkSize));
            m_chunks.push_back(std::move(chunk));
        }
        ownChunk(m_size / kChunkSize)->push_back(std::move(value));
        ++m_size;
    }

    // Grows to `size` elements, new ones set to `fill`.
    void resize(qsizetype size, const T &fill)
    {
        while (m_size < size)
            append(fill);
    }

    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

    // Adds the bytes of the chunks not counted yet (by a copy counted before) to `bytes`.
    void countMemory(std::unordered_set<const void *> &counted, qsizetype &bytes) const
    {
        bytes += qsizetype(m_chunks.capacity() * sizeof(std::shared_ptr<Chunk>));
        for (const auto &chunk : m_chunks) {
            if (counted.insert(chunk.get()).second)
                bytes += qsizetype(sizeof(Chunk) + chunk->capacity() * sizeof(T)) + kControlBlockBytes;
        }
    }

private:
    using Chunk = std::vector<T>;
    // What make_shared adds to each chunk: the reference counts and the vtable pointer.
    static constexpr qsizetype kControlBlockBytes = 16;

    Chunk *ownChunk(qsizetype chunk)
    {
        std::shared_ptr<Chunk> &slot = m_chunks[size_t(chunk)];
        if (slot.use_count() > 1) {
            auto copy = std::make_shared<Chunk>();
            copy->reserve(size_t(kChunkSize));
            copy->assign(slot->begin(), slot->end());
            slot = std::move(copy);
        }
        return slot.get();
    }

    std::vector<std::shared_ptr<Chunk>> m_chunks;
    qsizetype m_size = 0;
};

} // namespace SocketScope
