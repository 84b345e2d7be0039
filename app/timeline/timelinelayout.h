#pragma once

#include "broadcastaddresses.h"
#include "endpoint.h"
#include "segmentinference.h"
#include "timeline/timeorder.h"
#include "timelineitem.h"
#include "timelinelane.h"

#include <QtCore/QHash>

#include <deque>
#include <limits>
#include <unordered_map>
#include <vector>

namespace SocketScope {

class Journal;

// The sequence diagram of a journal, with no widget: one lane per socket, and a flat list of
// items (call markers, arrows, state and queue changes) in the order they happened: by each
// event's time `t` (TimeOrder), never by the order events reached the journal, so a packet
// read late still sits before the accept() it made possible. It reads the journal
// incrementally, so following a live session costs only the new events; an event that lands
// before what was already read makes it read the session again in the corrected order.
//
// Lanes are ordered so a connection's two ends face each other across their listener: the
// clients above it (the first accepted nearest), the accepted sockets below it in the order
// accept() returned them, so every accepted lane sits by the listener it split off.
class TimelineLayout
{
public:
    // Per-pixel aggregates: one bit per lane (lanes 63 and up share the last bit).
    struct Bucket
    {
        quint64 marks = 0; // lanes with a marker or state change in the bucket
        quint64 arrows = 0; // lanes an arrow starts or ends on
    };
    static constexpr int kLevelZeroShift = 4; // 16 items per bucket at level 0

    // Broadcast addresses are this computer's for host sockets and the standard lab's for
    // sockets on lab computers; setBroadcastAddresses() names others (a lab with more hosts).
    explicit TimelineLayout(const Journal *journal);
    void setBroadcastAddresses(const BroadcastAddresses &host, const BroadcastAddresses &lab);
    // The lab's, as computers join it. Reads the session again only when a subnet was added,
    // since datagrams already drawn may reach more sockets now; returns whether it did.
    bool setLabBroadcastAddresses(const BroadcastAddresses &lab);
    const BroadcastAddresses &labBroadcastAddresses() const { return m_labBroadcast; }

    // Reads the events appended since the last call; returns true when something changed.
    // With a hold-back, the events of its last stretch of time stay unread until later
    // events push them out of it, or flush() reads them.
    bool update();
    bool flush();
    // Live, a captured packet is journalled a little after the calls around it, with the
    // kernel's earlier stamp. An event landing before what was read makes the layout read the
    // whole session again, so the newest stretch waits this long for late arrivals instead.
    void setHoldBack(qint64 ns) { m_holdBack = qMax<qint64>(0, ns); }
    qint64 holdBack() const { return m_holdBack; }
    bool hasUnread() const { return m_read < m_order.count(); }
    const Journal &journal() const { return *m_journal; }
    qsizetype eventsRead() const { return m_read; }
    // How often an event read late made the layout start again (item indices changed).
    quint64 rereads() const { return m_rereads; }

    const std::vector<TimelineLane> &lanes() const { return m_lanes; }
    const TimelineLane &lane(qsizetype id) const { return m_lanes[size_t(id)]; }
    const std::vector<TimelineItem> &items() const { return m_items; }
    qsizetype itemCount() const { return qsizetype(m_items.size()); }
    const std::vector<TimeFold> &folds() const { return m_folds; }

    // Lanes from top to bottom, and the row of a lane.
    const std::vector<LaneId> &rows() const { return m_rows; }
    int rowOf(LaneId lane) const
    {
        return lane >= 0 && size_t(lane) < m_rowOf.size() ? m_rowOf[size_t(lane)] : -1;
    }
    LaneId laneOfSocket(qint32 socket) const;
    // The lab computer a lane's socket is on ("router" for the router's faces; empty on this
    // computer or for a program elsewhere). In the lab each computer's lanes sit together,
    // the computers in the order the paths first reach them.
    QString computerOf(LaneId lane) const;

    // What an item is, independent of its index (which a re-read changes): the journal event
    // it came from, what it draws, and which of that event's items of that kind it is.
    struct ItemKey
    {
        qint64 event = -1; // -1: none
        TimelineItem::Kind kind = TimelineItem::Call;
        quint8 code = 0;
        int ordinal = 0;
        bool operator==(const ItemKey &) const = default;
    };
    ItemKey keyOf(qsizetype item) const;
    // The item with that key now (-1: none).
    qsizetype itemOf(const ItemKey &key) const;

    // The first item at or after `ns` (itemCount() when none).
    qsizetype firstItemAtOrAfter(qint64 ns) const;
    // The lane's kernel state after item `step` (Unknown before the first report).
    TcpState stateAt(LaneId lane, qsizetype step) const;
    // The state the arrows up to item `step` imply for the lane, by the standard machine.
    TcpState impliedStateAt(LaneId lane, qsizetype step) const;
    // The listener's accept queue after item `step`: {length, limit}.
    std::pair<qint32, qint32> queueAt(LaneId lane, qsizetype step) const;

    // The aggregate pyramid: level 0 buckets hold 16 items, each level twice as many.
    int levels() const { return int(m_pyramid.size()); }
    const std::vector<Bucket> &level(int level) const { return m_pyramid[size_t(level)]; }
    // OR of every bucket that overlaps items [first, last).
    Bucket aggregate(qsizetype first, qsizetype last) const;

    // A datagram arrow whose receiver has not journalled it yet turns into "not received" once
    // the journal clock passes its send by this much (or the receiver closes first).
    static constexpr qint64 kDatagramWindowNs = 2'000'000'000;
    // Datagram arrows still waiting for their receipt, or lab segments for their arrival.
    bool hasPendingDatagrams() const { return !m_pendingTo.empty() || !m_labUnsettled.empty(); }
    // Marks every datagram still waiting that was sent before `ns` as not received. update()
    // does it for those a window older than the newest event; a view calls it with the largest
    // time once the journal has been quiet for a whole window, since no receipt can come after
    // that. Returns true when an arrow changed.
    bool settleDatagrams(qint64 ns);
    // A lab segment not seen on the computer it was going to within this window is dropped.
    // settleDatagrams() settles these too.
    static constexpr qint64 kLabArrivalWindowNs = 2'000'000'000;
    // A copy of a segment seen again on a computer within this window is a retransmission.
    static constexpr qint64 kLabRetransmitWindowNs = 120'000'000'000;

    // Bumped whenever anything drawn changed, so views can drop their caches.
    quint64 revision() const { return m_revision; }

    qsizetype memoryBytes() const;

private:
    bool readUntil(bool all);
    // Drops everything read and starts from the first event in time order.
    void restart();
    void read(qsizetype index);
    // Lanes by what the lookups ask for (role and local port), so matching a new socket to a
    // listener, a client or a UDP receiver looks at the few on that port, not at every lane.
    static quint64 indexKey(SocketRole role, int port) { return (quint64(role) << 32) | quint32(port); }
    static quint64 indexKey(const TimelineLane &lane); // 0: not looked up
    const std::vector<LaneId> &lanesAt(SocketRole role, int port) const;
    // After a lane's role, address or open state may have changed.
    void reindex(LaneId lane);
    LaneId laneFor(qint32 socket);
    // The journal's endpoint text `id` as values, parsed once per text.
    Endpoint endpoint(quint32 id);
    // A copy of `at`, as outsideLane() may grow m_lanes.
    LaneId outsideLane(Endpoint at, Protocol proto, LaneId peer);
    LaneId findListener(const Endpoint &remote) const;
    LaneId findUdpReceiver(const Endpoint &endpoint, LaneId exclude) const;
    // A datagram from `sender` to `address` reaches every socket on the port.
    bool isBroadcast(const QHostAddress &address, LaneId sender) const;
    void matchAccepted(LaneId accepted);
    // The virtual lab network sees each packet on every host it crosses. These pick the one
    // copy that draws it (the sender's, where a lab socket sent it) and, where the router
    // rewrote the addresses, draw it to or from the router's face instead of straight across.
    void indexLabLane(LaneId lane);
    // Packets were captured between lanes `a` and `b`: what was only inferred between them goes.
    void markCaptured(LaneId a, LaneId b);
    LaneId labLaneAt(const Endpoint &local, const Endpoint &remote) const;
    LaneId labTarget(LaneId sender, const Endpoint &to);
    LaneId translatedFace(LaneId lane);
    bool readLabSegment(const Event &e, TimelineItem &item, LaneId lane);
    bool placeLabSegment(const Event &e, TimelineItem &item, LaneId lane);
    // The client lane behind a connection a listener accepted from `remote`.
    LaneId clientOf(LaneId listener, const Endpoint &remote);
    void addItem(TimelineItem item);

    // One packet in the lab, by what the router's rewrite leaves alone (flags, sequence and
    // acknowledgement numbers, length) and the addresses it carried on this part of its path.
    struct LabPacketKey
    {
        quint32 from = 0; // journal string ids
        quint32 to = 0;
        quint32 seq = 0;
        quint32 ack = 0;
        quint32 length = 0;
        quint8 flags = 0;
        friend bool operator==(const LabPacketKey &a, const LabPacketKey &b)
        {
            return a.from == b.from && a.to == b.to && a.seq == b.seq && a.ack == b.ack
                && a.length == b.length && a.flags == b.flags;
        }
        friend size_t qHash(const LabPacketKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.from, k.to, k.seq, k.ack, k.length, k.flags);
        }
    };
    struct LabPacket
    {
        qint64 first = 0; // its first capture on this part of its path
        qint64 item = -1; // the arrow drawn for it
        quint32 generation = 0;
        std::vector<quint64> seenOn; // (host, interface) of each copy
        QString arrivesOn; // the computer of the arrow's receiving lane; empty: not known
        bool again = false; // sent before: a retransmission
    };
    struct LabCopy
    {
        quint32 host = 0;
        qint64 t = 0;
        quint32 from = 0; // the addresses it carried there (journal string ids)
        quint32 to = 0;
    };
    // Every lab copy of a TCP segment: the arrow drawn for its packet arrives later.
    LabPacketKey labPacketKey(const Event &e) const;
    void noteLabCopy(const Event &e);
    // A copy whose sender address differs from the copy before it: the router made the packet
    // look as if it came from its own public address (masquerade). The arrow drawn from the
    // sender's copy goes to the router's face instead, and the face passes it on.
    void noteMasquerade(const Event &e);
    // `item` is drawn from the copy `e`: it leaves when the packet was first seen.
    void drawLabCopy(const Event &e, TimelineItem &item);
    bool settleLabPackets(qint64 ns);
    // Whether an arrow already stands for the packet of the copy `e`.
    bool isLabPacketDrawn(const Event &e) const;
    // Whether a copy of the packet, with any addresses (the router may have rewritten them),
    // was seen on the computer its arrow goes to.
    bool labPacketArrived(const LabPacketKey &key, const LabPacket &packet) const;
    void imply(LaneId lane, TcpState state, const TimelineItem &item);
    void implyFromSegment(const TimelineItem &item);
    // What the arrows so far imply for the lane now (CLOSED before any).
    TcpState impliedNow(LaneId lane) const;
    void addSegments(
        const std::vector<SegmentInference::Segment> &segments, bool before, const TimelineItem &base);
    void reorder();
    // In the lab, where each computer's band goes (by its index in `computers`, the order the
    // paths first reach them): the order in which connections pass the fewest bands of other
    // computers, so an arrow crosses only the lanes it travels through.
    std::vector<int> bandOrder(const std::vector<QString> &computers, const std::vector<int> &groupOf) const;
    SegmentInference::Context contextFor(LaneId lane) const;
    // The lanes a datagram to `endpoint` should reach: one for a unicast, every socket on the
    // port for a broadcast, the group's members for a multicast.
    std::vector<LaneId> datagramReceivers(const Endpoint &endpoint, LaneId sender) const;
    // Marks the arrow of the send that `received` answers as delivered; false if none waits.
    bool deliverDatagram(LaneId lane, const Event &received);
    void missDatagramsTo(LaneId lane);

    const Journal *m_journal;
    TimeOrder m_order;
    qsizetype m_read = 0; // positions of m_order read
    qint64 m_holdBack = 0;
    // The time of the last event read; kept when reading again, which reads at least as far.
    qint64 m_readUntilT = std::numeric_limits<qint64>::min();
    quint64 m_rereads = 0;
    std::vector<TimelineLane> m_lanes;
    std::unordered_map<qint32, LaneId> m_laneOfSocket;
    std::unordered_map<quint64, std::vector<LaneId>> m_lanesByPort; // sorted by lane
    std::vector<quint64> m_laneKeys; // each lane's key in m_lanesByPort
    BroadcastAddresses m_hostBroadcast;
    BroadcastAddresses m_labBroadcast;
    std::vector<Endpoint> m_endpoints; // by journal string id
    std::vector<bool> m_endpointParsed;
    QHash<Endpoint, LaneId> m_outsideLanes;
    // Lab lanes by (local, remote) and, for listeners, clients and UDP sockets, by local alone.
    QHash<std::pair<Endpoint, Endpoint>, LaneId> m_labPairs;
    QHash<Endpoint, LaneId> m_labLocals;
    std::vector<TimelineItem> m_items;
    std::vector<TimeFold> m_folds;
    std::vector<std::vector<Bucket>> m_pyramid;
    std::vector<LaneId> m_rows;
    std::vector<int> m_rowOf;
    SegmentInference m_inference;
    std::vector<SegmentInference::Segment> m_scratch;
    struct PendingDatagram
    {
        quint32 item = 0; // the arrow
        quint32 event = 0; // the send
        qint64 t = 0;
        LaneId lane = -1; // the receiver
    };
    // In send order, to settle them when their time is up; entries delivered or missed
    // meanwhile stay until then, marked by their arrow's flags.
    std::deque<PendingDatagram> m_pendingDatagrams;
    std::unordered_map<LaneId, std::vector<PendingDatagram>>
        m_pendingTo; // the ones still waiting, by receiver
    bool isSettled(const PendingDatagram &pending) const;
    QHash<LabPacketKey, LabPacket> m_labPackets;
    QHash<LabPacketKey, std::vector<LabCopy>> m_labCopies; // by the packet alone: no addresses
    quint32 m_labGeneration = 0;
    struct LabPacketTime
    {
        qint64 t = 0;
        LabPacketKey key;
        quint32 generation = 0;
    };
    std::deque<LabPacketTime> m_labUnsettled; // arrows whose arrival is still open, in time order
    std::deque<LabPacketTime> m_labRemembered; // packets kept to recognise a retransmission
    bool m_rowsDirty = false;
    quint64 m_revision = 0;
};

} // namespace SocketScope
