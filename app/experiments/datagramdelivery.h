#pragma once

#include <QtCore/QList>
#include <QtCore/QtGlobal>

namespace SocketScope {

class Journal;
struct Event;

// Which sockets a sent datagram reached, read from the journal. The journal does not tag a
// datagram with an identity, so a receipt counts when it came soon after the send, from the
// sender's port, with the same length and the same first bytes; two identical datagrams sent
// within the window cannot be told apart.
struct DatagramDelivery
{
    static constexpr qint64 kDefaultWindowNs = 2'000'000'000;

    qsizetype sent = -1; // journal index of the `datagram_sent` event
    QList<qint32> received;
    QList<qint32> missed;
    // Journal indices of the `datagram_received` events, one per receiver, for drawing.
    QList<qsizetype> receipts;

    // `candidates`: the sockets that could have received it (the sender itself is skipped).
    static DatagramDelivery of(const Journal &journal, qsizetype sentIndex, const QList<qint32> &candidates,
        qint64 windowNs = kDefaultWindowNs);
    // The rule above for one pair: `received` is a receipt of `sent`. The timeline uses it to
    // follow receipts as they are journalled, without searching back for each send.
    static bool isReceiptOf(
        const Journal &journal, const Event &sent, const Event &received, qint64 windowNs = kDefaultWindowNs);
};

} // namespace SocketScope
