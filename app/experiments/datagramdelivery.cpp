#include "datagramdelivery.h"

#include "journal/journal.h"

namespace SocketScope {

namespace {

int portOf(const QString &endpoint)
{
    const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? -1 : QStringView(endpoint).sliced(colon + 1).toInt();
}

} // namespace

DatagramDelivery DatagramDelivery::of(
    const Journal &journal, qsizetype sentIndex, const QList<qint32> &candidates, qint64 windowNs)
{
    DatagramDelivery delivery;
    delivery.sent = sentIndex;
    if (sentIndex < 0 || sentIndex >= journal.count())
        return delivery;
    const Event &sent = journal.at(sentIndex);
    if (sent.kind != EventKind::DatagramSent)
        return delivery;
    for (const qint32 socket : candidates) {
        if (socket == sent.socket || delivery.received.contains(socket) || delivery.missed.contains(socket))
            continue;
        qsizetype receipt = -1;
        for (const quint32 index : journal.eventsOfSocket(socket)) {
            const Event &e = journal.at(index);
            if (e.kind != EventKind::DatagramReceived || e.t < sent.t)
                continue;
            if (e.t > sent.t + windowNs)
                break;
            if (isReceiptOf(journal, sent, e, windowNs)) {
                receipt = index;
                break;
            }
        }
        if (receipt >= 0) {
            delivery.received.append(socket);
            delivery.receipts.append(receipt);
        } else {
            delivery.missed.append(socket);
        }
    }
    return delivery;
}

bool DatagramDelivery::isReceiptOf(
    const Journal &journal, const Event &sent, const Event &received, qint64 windowNs)
{
    if (sent.kind != EventKind::DatagramSent || received.kind != EventKind::DatagramReceived)
        return false;
    if (received.t < sent.t || received.t > sent.t + windowNs || received.value != sent.value)
        return false;
    if (portOf(journal.string(received.remote)) != portOf(journal.string(sent.local)))
        return false;
    // Previews are cut at the same length on both sides, so they compare.
    const QByteArray sentBytes = journal.payload(sent.payload);
    return sentBytes.isEmpty() || journal.payload(received.payload) == sentBytes;
}

} // namespace SocketScope
