#pragma once

#include "copyonwritelist.h"
#include "models/socketrecord.h"

#include <QtCore/QHash>

namespace SocketScope {

// Every socket of the journal folded into its record, in the order the sockets first
// appeared. The socket table shows it live, and History keeps copies of it (checkpoints) to
// show any instant of the past: one fold, so the past looks exactly as the present did.
// A copy is cheap and shares what neither side changes.
class SocketFold
{
public:
    struct Change
    {
        qsizetype index = -1; // the record's place, -1 when the event is about no socket
        quint32 fields = 0; // SocketRecord::Field bits that changed
        bool added = false; // the event made a new record
    };

    Change apply(const Event &event);

    qsizetype count() const { return m_records.size(); }
    const SocketRecord &at(qsizetype index) const { return m_records.at(index); }
    qsizetype indexOf(qint32 id) const;
    const SocketRecord *find(qint32 id) const;

    // Bytes held by chunks that `counted` does not hold yet (see CopyOnWriteList).
    void countMemory(std::unordered_set<const void *> &counted, qsizetype &bytes) const;

private:
    // A lab numbers its sockets 1, 2, 3 ...: those ids find their record through a list.
    static constexpr qint32 kListedIds = 1 << 22;

    CopyOnWriteList<SocketRecord> m_records;
    CopyOnWriteList<qint32> m_indexOfId;
    QHash<qint32, qint32> m_indexOfOtherId;
};

} // namespace SocketScope
