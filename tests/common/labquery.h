#pragma once

#include "journal/journal.h"
#include "lab/lab.h"

#include <QtCore/QList>
#include <QtTest/QTest>

namespace SocketScope {

// The lab sockets a listener has accepted, in the order they were opened.
inline QList<qint32> acceptedBy(const Lab &lab, qint32 listener)
{
    QList<qint32> ids;
    for (const qint32 id : lab.socketIds()) {
        const SocketInfo *info = lab.info(id);
        if (info && info->role == SocketRole::Accepted && info->parent == listener)
            ids.append(id);
    }
    return ids;
}

// Opens a lab listener on loopback (with `listenerOptions`) and a client of it, and waits up to
// 5 s until the client is connected and the listener accepted it: true with both ids.
inline bool connectLoopbackPair(
    Lab &lab, qint32 *client, qint32 *accepted, const QList<OptionRequest> &listenerOptions = {})
{
    const Lab::Opened listener
        = lab.listenTcp(QHostAddress::LocalHost, 0, Lab::kDefaultBacklog, listenerOptions);
    if (listener.error)
        return false;
    const Lab::Opened opened = lab.connectTcp(QHostAddress::LocalHost, lab.info(listener.id)->localPort);
    if (opened.error)
        return false;
    const auto connected = [&] {
        const SocketInfo *info = lab.info(opened.id);
        return info && info->qtState == QAbstractSocket::ConnectedState
            && acceptedBy(lab, listener.id).size() == 1;
    };
    if (!QTest::qWaitFor(connected, 5000))
        return false;
    *client = opened.id;
    *accepted = acceptedBy(lab, listener.id).constFirst();
    return true;
}

// Captured SYNs (without ACK) that `host` sent on its own cable (eth0) in the lab.
inline int synsSentBy(const Journal &journal, const QString &host)
{
    int count = 0;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind == EventKind::Segment && e.source == EventSource::Capture && e.flags == FlagSyn
            && journal.string(e.host) == host && journal.string(e.text) == QLatin1String("eth0"))
            ++count;
    }
    return count;
}

// The link_fault events of a journal, in order.
inline QList<Event> linkFaultEvents(const Journal &journal)
{
    QList<Event> out;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        if (journal.at(i).kind == EventKind::LinkFault)
            out.append(journal.at(i));
    }
    return out;
}

} // namespace SocketScope
