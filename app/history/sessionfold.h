#pragma once

#include "connectionfold.h"
#include "socketfold.h"

namespace SocketScope {

class Journal;

// What the tables show after the first `eventCount()` events of a journal: every socket and
// every TCP connection. Copies are cheap (see CopyOnWriteList), so History keeps one every
// few thousand events.
class SessionFold
{
public:
    struct Change
    {
        SocketFold::Change socket;
        ConnectionFold::Change connection;
    };

    // Folds the next event; `event` must be journal event number eventCount().
    Change apply(const Journal &journal, const Event &event);
    // Folds events up to (not including) `count`.
    void foldTo(const Journal &journal, qsizetype count);

    qsizetype eventCount() const { return m_eventCount; }
    const SocketFold &sockets() const { return m_sockets; }
    const ConnectionFold &connections() const { return m_connections; }

    void countMemory(std::unordered_set<const void *> &counted, qsizetype &bytes) const;

private:
    SocketFold m_sockets;
    ConnectionFold m_connections;
    qsizetype m_eventCount = 0;
};

} // namespace SocketScope
