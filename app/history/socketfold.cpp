#include "socketfold.h"

namespace SocketScope {

qsizetype SocketFold::indexOf(qint32 id) const
{
    if (id >= 0 && id < kListedIds)
        return id < m_indexOfId.size() ? m_indexOfId.at(id) : -1;
    return m_indexOfOtherId.value(id, -1);
}

const SocketRecord *SocketFold::find(qint32 id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_records.at(index);
}

SocketFold::Change SocketFold::apply(const Event &event)
{
    Change change;
    if (event.socket < 0)
        return change;
    change.index = indexOf(event.socket);
    if (change.index < 0) {
        change.index = m_records.size();
        change.added = true;
        SocketRecord record;
        record.id = event.socket;
        record.proto = event.proto;
        m_records.append(record);
        if (event.socket < kListedIds) {
            m_indexOfId.resize(event.socket + 1, -1);
            m_indexOfId.writable(event.socket) = qint32(change.index);
        } else {
            m_indexOfOtherId.insert(event.socket, qint32(change.index));
        }
    }
    change.fields = m_records.writable(change.index).apply(event);
    return change;
}

void SocketFold::countMemory(std::unordered_set<const void *> &counted, qsizetype &bytes) const
{
    m_records.countMemory(counted, bytes);
    m_indexOfId.countMemory(counted, bytes);
    bytes += m_indexOfOtherId.size() * qsizetype(2 * sizeof(qint32) + sizeof(void *));
}

} // namespace SocketScope
