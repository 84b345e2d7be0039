#include "timelinelayout.h"

#include "experiments/datagramdelivery.h"
#include "journal/journal.h"
#include "network/labtopology.h"
#include "tcptransitions.h"

#include <QtNetwork/QHostAddress>

#include <algorithm>
#include <set>

namespace SocketScope {

namespace {

quint64 laneBit(LaneId lane)
{
    return quint64(1) << qMin<int>(lane, 63);
}

} // namespace

TimelineLayout::TimelineLayout(const Journal *journal)
    : m_journal(journal)
    , m_hostBroadcast(BroadcastAddresses::ofThisComputer())
    , m_labBroadcast(BroadcastAddresses::ofLab(LabTopology::homeNetwork()))
{ }

void TimelineLayout::setBroadcastAddresses(const BroadcastAddresses &host, const BroadcastAddresses &lab)
{
    m_hostBroadcast = host;
    m_labBroadcast = lab;
    restart();
}

bool TimelineLayout::setLabBroadcastAddresses(const BroadcastAddresses &lab)
{
    if (lab == m_labBroadcast)
        return false;
    m_labBroadcast = lab;
    restart();
    return true;
}

Endpoint TimelineLayout::endpoint(quint32 id)
{
    if (id >= m_endpoints.size()) {
        m_endpoints.resize(size_t(id) + 1);
        m_endpointParsed.resize(size_t(id) + 1, false);
    }
    if (!m_endpointParsed[id]) {
        m_endpoints[id] = id ? Endpoint::parse(m_journal->string(id)) : Endpoint();
        m_endpointParsed[id] = true;
    }
    return m_endpoints[id];
}

bool TimelineLayout::isBroadcast(const QHostAddress &address, LaneId sender) const
{
    const bool lab = sender >= 0 && !m_lanes[size_t(sender)].host.isEmpty();
    return (lab ? m_labBroadcast : m_hostBroadcast).isBroadcast(address);
}

bool TimelineLayout::update()
{
    return readUntil(false);
}

bool TimelineLayout::flush()
{
    return readUntil(true);
}

bool TimelineLayout::readUntil(bool all)
{
    const qsizetype changed = m_order.update(*m_journal);
    const bool reread = changed < m_read;
    const qint64 readBefore = m_readUntilT;
    if (reread)
        restart();
    const qsizetype count = m_order.count();
    qsizetype until = count;
    if (!all && m_holdBack > 0 && count > m_read) {
        // In time order, so the events older than the stretch held back come first. Read
        // again, the layout shows at least as much as it did.
        const qint64 horizon = qMax(m_journal->at(m_order.at(count - 1)).t - m_holdBack, readBefore);
        qsizetype low = m_read;
        qsizetype high = count;
        while (low < high) {
            const qsizetype mid = low + (high - low) / 2;
            if (m_journal->at(m_order.at(mid)).t <= horizon)
                low = mid + 1;
            else
                high = mid;
        }
        until = low;
    }
    if (until <= m_read)
        return reread;
    m_items.reserve(size_t(until + until / 2));
    while (m_read < until)
        read(m_order.at(m_read++));
    m_readUntilT = m_journal->at(m_order.at(until - 1)).t;
    settleDatagrams(m_readUntilT - kDatagramWindowNs);
    if (m_rowsDirty)
        reorder();
    ++m_revision;
    return true;
}

void TimelineLayout::restart()
{
    // Lanes, items and the inference all depend on what came before, so an event that belongs
    // before what was read means reading again. Rare: packets are mostly read in time.
    TimeOrder order = std::move(m_order);
    BroadcastAddresses host = std::move(m_hostBroadcast);
    BroadcastAddresses lab = std::move(m_labBroadcast);
    std::vector<Endpoint> endpoints = std::move(m_endpoints); // the journal's texts stay what they were
    std::vector<bool> parsed = std::move(m_endpointParsed);
    const quint64 revision = m_revision;
    const quint64 rereads = m_rereads;
    const qint64 holdBack = m_holdBack;
    const qint64 readUntilT = m_readUntilT;
    *this = TimelineLayout(m_journal);
    m_holdBack = holdBack;
    m_readUntilT = readUntilT;
    m_hostBroadcast = std::move(host);
    m_labBroadcast = std::move(lab);
    m_order = std::move(order);
    m_endpoints = std::move(endpoints);
    m_endpointParsed = std::move(parsed);
    m_revision = revision + 1;
    m_rereads = rereads + 1;
}

QString TimelineLayout::computerOf(LaneId id) const
{
    if (id < 0 || size_t(id) >= m_lanes.size())
        return {};
    const TimelineLane &lane = m_lanes[size_t(id)];
    return lane.translated ? LabTopology::kRouter : lane.host;
}

LaneId TimelineLayout::laneOfSocket(qint32 socket) const
{
    const auto it = m_laneOfSocket.find(socket);
    return it == m_laneOfSocket.end() ? LaneId(-1) : it->second;
}

LaneId TimelineLayout::laneFor(qint32 socket)
{
    const auto it = m_laneOfSocket.find(socket);
    if (it != m_laneOfSocket.end())
        return it->second;
    const auto id = LaneId(m_lanes.size());
    TimelineLane lane;
    lane.socket = socket;
    lane.openedItem = quint32(m_items.size());
    m_lanes.push_back(lane);
    m_laneOfSocket.emplace(socket, id);
    m_rowsDirty = true;
    return id;
}

// `at` by value on purpose: a caller may pass a lane's own endpoint, which the new lane's
// append moves before it is read.
// NOLINTNEXTLINE(performance-unnecessary-value-param)
LaneId TimelineLayout::outsideLane(Endpoint at, Protocol proto, LaneId peer)
{
    if (at.isEmpty())
        return -1;
    const auto it = m_outsideLanes.constFind(at);
    if (it != m_outsideLanes.cend())
        return *it;
    const auto id = LaneId(m_lanes.size());
    TimelineLane lane;
    lane.proto = proto;
    lane.local = at.toString();
    lane.localEnd = at;
    lane.peer = peer;
    lane.openedItem = quint32(m_items.size());
    if (!m_items.empty())
        lane.openedAt = m_items.back().t;
    m_lanes.push_back(lane);
    m_outsideLanes.insert(at, id);
    m_rowsDirty = true;
    return id;
}

quint64 TimelineLayout::indexKey(const TimelineLane &lane)
{
    // Only what the lookups ask for: open listeners and UDP sockets, and clients.
    const bool open = lane.closedItem < 0;
    if (lane.isOutside()
        || !(lane.role == SocketRole::Client
            || (open && (lane.role == SocketRole::Listener || lane.role == SocketRole::Udp))))
        return 0;
    return indexKey(lane.role, lane.localEnd.port);
}

const std::vector<LaneId> &TimelineLayout::lanesAt(SocketRole role, int port) const
{
    static const std::vector<LaneId> none;
    const auto it = m_lanesByPort.find(indexKey(role, port));
    return it == m_lanesByPort.end() ? none : it->second;
}

void TimelineLayout::reindex(LaneId id)
{
    if (m_laneKeys.size() < m_lanes.size())
        m_laneKeys.resize(m_lanes.size(), 0);
    const quint64 key = indexKey(m_lanes[size_t(id)]);
    quint64 &old = m_laneKeys[size_t(id)];
    if (key == old)
        return;
    // Each list stays in lane order, the order the lookups used to walk all lanes in.
    if (old != 0) {
        std::vector<LaneId> &lanes = m_lanesByPort[old];
        const auto it = std::lower_bound(lanes.begin(), lanes.end(), id);
        if (it != lanes.end() && *it == id)
            lanes.erase(it);
        if (lanes.empty())
            m_lanesByPort.erase(old);
    }
    if (key != 0) {
        std::vector<LaneId> &lanes = m_lanesByPort[key];
        lanes.insert(std::lower_bound(lanes.begin(), lanes.end(), id), id);
    }
    old = key;
}

LaneId TimelineLayout::findListener(const Endpoint &remote) const
{
    const std::vector<LaneId> &listeners = lanesAt(SocketRole::Listener, remote.port);
    // The newest listener first, as a port reused after a close belongs to the new one.
    for (auto it = listeners.rbegin(); it != listeners.rend(); ++it) {
        if (remote.sameAddress(m_lanes[size_t(*it)].localEnd))
            return *it;
    }
    return -1;
}

LaneId TimelineLayout::findUdpReceiver(const Endpoint &endpoint, LaneId exclude) const
{
    for (const LaneId i : lanesAt(SocketRole::Udp, endpoint.port)) {
        if (i != exclude && endpoint.sameAddress(m_lanes[size_t(i)].localEnd))
            return i;
    }
    return -1;
}

void TimelineLayout::markCaptured(LaneId a, LaneId b)
{
    if (a < 0 || b < 0 || m_inference.isCaptured(a, b))
        return;
    m_inference.setCaptured(a, b);
    // The packets speak for this connection now; hide what was only guessed.
    for (TimelineItem &item : m_items) {
        if (item.kind == TimelineItem::Segment && item.isInferred()
            && ((item.lane == a && item.toLane == b) || (item.lane == b && item.toLane == a)))
            item.itemFlags |= TimelineItem::Hidden;
    }
}

void TimelineLayout::indexLabLane(LaneId id)
{
    const TimelineLane &lane = m_lanes[size_t(id)];
    if (lane.localEnd.isEmpty())
        return;
    if (!lane.remoteEnd.isEmpty())
        m_labPairs.insert({lane.localEnd, lane.remoteEnd}, id);
    if (lane.role != SocketRole::Accepted)
        m_labLocals.insert(lane.localEnd, id);
}

LaneId TimelineLayout::labLaneAt(const Endpoint &local, const Endpoint &remote) const
{
    if (!remote.isEmpty()) {
        const LaneId pair = m_labPairs.value({local, remote}, -1);
        if (pair >= 0)
            return pair;
    }
    return m_labLocals.value(local, -1);
}

LaneId TimelineLayout::translatedFace(LaneId id)
{
    // The address the lane's socket talks to is the router's, which passes the packet on.
    const LaneId peer = m_lanes[size_t(id)].peer;
    const LaneId face = peer >= 0 && m_lanes[size_t(peer)].isOutside()
        ? peer
        : outsideLane(m_lanes[size_t(id)].remoteEnd, m_lanes[size_t(id)].proto, id);
    if (face >= 0 && !m_lanes[size_t(face)].translated) {
        m_lanes[size_t(face)].translated = true;
        m_rowsDirty = true;
    }
    return face;
}

LaneId TimelineLayout::labTarget(LaneId sender, const Endpoint &to)
{
    const TimelineLane &s = m_lanes[size_t(sender)];
    const Protocol proto = s.proto;
    const LaneId pair = m_labPairs.value({to, s.localEnd}, -1);
    if (pair >= 0)
        return pair;
    if (s.peer >= 0)
        return s.peer;
    if (s.listener >= 0)
        return s.listener;
    const LaneId receiver = m_labLocals.value(to, -1);
    if (receiver >= 0) {
        const TimelineLane &r = m_lanes[size_t(receiver)];
        if (r.role == SocketRole::Listener || r.role == SocketRole::Udp || r.remoteEnd == s.localEnd)
            return receiver;
        return translatedFace(receiver);
    }
    // A client bound to any address does not know its own address until it is connected; a
    // packet to its port on its own computer's loopback is for it all the same.
    if (to.address.isLoopback()) {
        for (const LaneId i : lanesAt(SocketRole::Client, to.port)) {
            const TimelineLane &c = m_lanes[size_t(i)];
            if (c.host == s.host && c.localEnd.isAnyAddress())
                return i;
        }
    }
    return outsideLane(to, proto, sender);
}

bool TimelineLayout::readLabSegment(const Event &e, TimelineItem &item, LaneId id)
{
    if (!placeLabSegment(e, item, id))
        return false;
    // Packets are read after the calls they belong to, often after accept() took their
    // connection; the handshake (S, SA, and the A that answers SA) belongs at the listener.
    const bool handshake = (e.flags & FlagSyn) != 0;
    const bool bareAck = e.flags == FlagAck && e.length == 0;
    for (LaneId *end : {&item.lane, &item.toLane}) {
        TimelineLane &lane = m_lanes[size_t(*end)];
        if (lane.role != SocketRole::Accepted || lane.parent < 0)
            continue;
        if (handshake || e.t < lane.openedAt) {
            lane.handshakeSeen = true;
            *end = lane.parent;
        } else if (bareAck && lane.handshakeSeen && !lane.handshakeDone) {
            lane.handshakeDone = true;
            *end = lane.parent;
        } else {
            lane.handshakeDone = true;
        }
    }
    return true;
}

bool TimelineLayout::placeLabSegment(const Event &e, TimelineItem &item, LaneId id)
{
    // Copies: outsideLane() below may grow the cache and the lanes.
    const Endpoint from = endpoint(e.local);
    const Endpoint to = endpoint(e.remote);
    // One arrow per TCP packet, whichever of its copies is read first: stamps from a capture
    // that was read late, or a recording made before they were exact, can put the receiver's
    // copy first.
    if (e.proto == Protocol::Tcp && isLabPacketDrawn(e))
        return false;
    const TimelineLane &own = m_lanes[size_t(id)];
    // As for a host socket: a client bound to any address may not know its own address yet.
    if (from == own.localEnd
        || (!own.remoteEnd.isEmpty() && to == own.remoteEnd && own.role == SocketRole::Client)) {
        item.lane = id;
        item.toLane = labTarget(id, to);
        return item.toLane >= 0;
    }
    // A copy seen where it arrived. Where a lab socket sent it, that socket's own copy draws it.
    const LaneId sender = labLaneAt(from, to);
    if (sender >= 0) {
        const TimelineLane &s = m_lanes[size_t(sender)];
        if (s.remoteEnd == to || s.role == SocketRole::Listener || s.role == SocketRole::Udp) {
            // Sent to the router's public address that stands for this socket (masquerade):
            // the router passed it on, so it comes from the face.
            const LaneId face = own.peer;
            if (face >= 0 && m_lanes[size_t(face)].translated && s.host != own.host
                && from == own.remoteEnd) {
                item.lane = face;
                item.toLane = id;
                return true;
            }
            // Between two sockets of one computer (its loopback) a packet is captured once, and
            // this is that copy: draw it here, or the handshake loses its SYN+ACK. So too for a
            // TCP packet whose sender's copy drew nothing (not captured, or not placed): no
            // arrow stands for it yet (see above), so this copy is its arrow.
            const QString host = m_journal->string(e.host);
            const bool loopback = s.host == host && own.host == host && from.address.isLoopback();
            if (!loopback && e.proto != Protocol::Tcp)
                return false;
            item.lane = sender;
            item.toLane = id;
            return true;
        }
        // Sent to another address than the one it arrived at: rewritten on the way (DNAT).
        // translatedFace() may add a lane, which moves every lane: `own` is not read after it.
        const bool toListener = own.role == SocketRole::Listener;
        item.lane = translatedFace(sender);
        // The client's call reaches this listener through the face: it waits in its queue, and
        // what the calls imply between the two is what these packets show.
        if (toListener && m_lanes[size_t(sender)].listener < 0) {
            m_lanes[size_t(sender)].listener = id;
            markCaptured(sender, id);
            m_rowsDirty = true;
        }
    } else {
        const TimelineLane &r = m_lanes[size_t(id)];
        item.lane = r.peer >= 0 ? r.peer : (r.listener >= 0 ? r.listener : outsideLane(from, e.proto, id));
    }
    item.toLane = id;
    return item.lane >= 0;
}

void TimelineLayout::matchAccepted(LaneId accepted)
{
    TimelineLane &a = m_lanes[size_t(accepted)];
    // Only clients whose own port is the one the connection came from can be its other end.
    const std::vector<LaneId> &clients = lanesAt(SocketRole::Client, a.remoteEnd.port);
    for (const LaneId i : clients) {
        TimelineLane &c = m_lanes[size_t(i)];
        if (c.peer >= 0)
            continue;
        if (c.localEnd.port == a.remoteEnd.port && c.remoteEnd.port == a.localEnd.port
            && c.localEnd.sameAddress(a.remoteEnd) && c.remoteEnd.sameAddress(a.localEnd)) {
            c.peer = accepted;
            a.peer = LaneId(i);
            m_rowsDirty = true;
            return;
        }
    }
    if (!a.host.isEmpty()) {
        // In the lab, a client elsewhere whose connection the router rewrote on the way:
        // it called the router's public address (port forwarding), or the router made the
        // call look as if it came from its own address (masquerade).
        // Both ways the client's own port is the one the connection came from.
        for (const LaneId i : clients) {
            TimelineLane &c = m_lanes[size_t(i)];
            if (c.host.isEmpty() || c.host == a.host)
                continue;
            const bool forwarded = c.localEnd == a.remoteEnd && c.remoteEnd != a.localEnd;
            const bool masqueraded = c.remoteEnd == a.localEnd && c.localEnd != a.remoteEnd
                && (c.peer < 0 || m_lanes[size_t(c.peer)].isOutside()) && c.localEnd.port == a.remoteEnd.port;
            if (!forwarded && !masqueraded)
                continue;
            // Indices from here: the calls below may grow m_lanes.
            const LaneId face
                = forwarded ? translatedFace(LaneId(i)) : outsideLane(a.remoteEnd, Protocol::Tcp, accepted);
            if (face < 0)
                break;
            m_lanes[size_t(face)].translated = true;
            m_lanes[size_t(accepted)].peer = face;
            if (masqueraded)
                m_lanes[size_t(i)].peer = face;
            m_rowsDirty = true;
            return;
        }
    }
    // Nobody of ours connected from there: a program outside the app did.
    const LaneId outside = outsideLane(a.remoteEnd, Protocol::Tcp, accepted); // may grow m_lanes
    m_lanes[size_t(accepted)].peer = outside;
    if (outside >= 0 && m_lanes[size_t(outside)].peer < 0)
        m_lanes[size_t(outside)].peer = accepted;
    m_rowsDirty = true;
}

LaneId TimelineLayout::clientOf(LaneId listener, const Endpoint &remote)
{
    const quint16 listenPort = m_lanes[size_t(listener)].localEnd.port;
    for (const LaneId i : lanesAt(SocketRole::Client, remote.port)) {
        const TimelineLane &c = m_lanes[size_t(i)];
        if (c.peer >= 0 || c.listener != listener)
            continue;
        if (c.localEnd.port == remote.port && c.remoteEnd.port == listenPort
            && c.localEnd.sameAddress(remote))
            return LaneId(i);
    }
    if (!m_lanes[size_t(listener)].host.isEmpty()) {
        // In the lab: a client on another computer whose call the router forwarded here.
        const LaneId client = m_labLocals.value(remote, -1);
        if (client >= 0 && m_lanes[size_t(client)].role == SocketRole::Client
            && m_lanes[size_t(client)].host != m_lanes[size_t(listener)].host)
            return translatedFace(client);
    }
    return outsideLane(remote, Protocol::Tcp, -1);
}

void TimelineLayout::imply(LaneId lane, TcpState state, const TimelineItem &item)
{
    if (lane < 0)
        return;
    auto &implied = m_lanes[size_t(lane)].implied;
    if (implied.empty() || implied.back().state != state)
        implied.push_back({quint32(m_items.size() - 1), item.t, state});
}

void TimelineLayout::implyFromSegment(const TimelineItem &item)
{
    if (item.lane < 0 || item.toLane < 0)
        return;
    // The sender first, then the receiver, each by the one table the state machine panel draws.
    for (const bool sent : {true, false}) {
        const LaneId id = sent ? item.lane : item.toLane;
        // A listening socket stays in LISTEN: each connection it answers for is a socket of its
        // own (the accepted lane), and the table walks that one.
        if (m_lanes[size_t(id)].role == SocketRole::Listener)
            continue;
        const TcpState next = TcpTransitions::afterSegment(impliedNow(id), sent, item.code);
        if (next != TcpState::Unknown)
            imply(id, next, item);
    }
}

TcpState TimelineLayout::impliedNow(LaneId id) const
{
    const auto &implied = m_lanes[size_t(id)].implied;
    return implied.empty() ? TcpState::Close : implied.back().state;
}

TcpState TimelineLayout::impliedStateAt(LaneId id, qsizetype step) const
{
    if (id < 0 || size_t(id) >= m_lanes.size())
        return TcpState::Unknown;
    const auto &states = m_lanes[size_t(id)].implied;
    const auto it = std::upper_bound(states.begin(), states.end(), step,
        [](qsizetype s, const TimelineLane::StateChange &c) { return s < qsizetype(c.item); });
    return it == states.begin() ? TcpState::Unknown : std::prev(it)->state;
}

SegmentInference::Context TimelineLayout::contextFor(LaneId id) const
{
    const TimelineLane &lane = m_lanes[size_t(id)];
    SegmentInference::Context c;
    c.self = id;
    c.role = lane.role;
    c.listener = lane.role == SocketRole::Accepted ? lane.parent : lane.listener;
    c.peer = lane.peer >= 0 ? lane.peer : lane.listener;
    c.peerIsOutside = c.peer >= 0 && m_lanes[size_t(c.peer)].isOutside();
    return c;
}

void TimelineLayout::addItem(TimelineItem item)
{
    // Items stay in time order even if a recording's clock stepped back, so painting can
    // binary-search them.
    if (!m_items.empty()) {
        const qint64 last = m_items.back().t;
        if (item.t < last)
            item.t = last;
        else if (item.t - last > TimeFold::kThresholdNs)
            m_folds.push_back({last, item.t});
    }
    const auto index = qsizetype(m_items.size());
    m_items.push_back(item);
    if (item.kind == TimelineItem::Segment)
        implyFromSegment(item);
    else if (item.lane >= 0
        && ((item.kind == TimelineItem::LaneOpened && item.toLane >= 0)
            || (item.kind == TimelineItem::Call && EventKind(item.code) != EventKind::Accepted))) {
        // accept() is journalled on the listener, which stays in LISTEN; the socket it returned,
        // the lane that opens off the listener, is the one its row moves.
        const EventKind call
            = item.kind == TimelineItem::LaneOpened ? EventKind::Accepted : EventKind(item.code);
        const TcpState next = TcpTransitions::afterCall(impliedNow(item.lane), call);
        if (next != TcpState::Unknown)
            imply(item.lane, next, item);
    }

    Bucket add;
    if (item.isArrow())
        add.arrows = laneBit(item.lane) | (item.toLane >= 0 ? laneBit(item.toLane) : 0);
    else if (item.lane >= 0)
        add.marks = laneBit(item.lane);
    for (int level = 0;; ++level) {
        if (size_t(level) >= m_pyramid.size()) {
            // A new top level starts with everything the level below already holds.
            Bucket all;
            if (level > 0) {
                for (const Bucket &b : m_pyramid[size_t(level - 1)]) {
                    all.marks |= b.marks;
                    all.arrows |= b.arrows;
                }
            }
            m_pyramid.emplace_back(1, all);
        }
        std::vector<Bucket> &buckets = m_pyramid[size_t(level)];
        const auto bucket = size_t(index >> (kLevelZeroShift + level));
        if (bucket >= buckets.size())
            buckets.resize(bucket + 1);
        buckets[bucket].marks |= add.marks;
        buckets[bucket].arrows |= add.arrows;
        if (bucket == 0 && buckets.size() == 1)
            break; // this level spans everything; higher ones would repeat it
    }
}

void TimelineLayout::addSegments(
    const std::vector<SegmentInference::Segment> &segments, bool before, const TimelineItem &base)
{
    for (const SegmentInference::Segment &s : segments) {
        if (s.beforeEvent != before)
            continue;
        TimelineItem item = base;
        item.kind = TimelineItem::Segment;
        item.lane = s.from;
        item.toLane = s.to;
        item.code = s.flags;
        item.value = s.bytes;
        item.reason = s.reason;
        item.itemFlags = TimelineItem::Inferred;
        addItem(item);
    }
}

void TimelineLayout::read(qsizetype index)
{
    const Event &e = m_journal->at(index);
    TimelineItem base;
    base.t = e.t;
    base.event = quint32(index);
    // The kernel's TCP numbers come up to ten times a second per socket: they are no step of
    // their own and no mark on the lane.
    if (e.kind == EventKind::TcpInfo)
        return;

    // Read in time order, a lab packet can come before the socket it was matched to exists:
    // the handshake of a connection accept() has not returned yet. It belongs at the listener,
    // as a copy no socket owns.
    const bool labCopy = e.kind == EventKind::Segment && e.host && e.source == EventSource::Capture;
    if (labCopy && e.proto == Protocol::Tcp) {
        noteLabCopy(e);
        noteMasquerade(e);
    }
    if (e.socket < 0 || (labCopy && laneOfSocket(e.socket) < 0)) {
        if (labCopy) {
            // A lab copy no socket owns: the kernel answering for a listener, or a packet for
            // a connection not accepted yet (SYN+ACK, ACK before accept()), is drawn at the
            // listener; the router's copies and the rest stay in the event log and the capture
            // file, since the hosts' copies draw the packet.
            const QString host = m_journal->string(e.host);
            LaneId owner = -1;
            for (const quint32 text : {e.local, e.remote}) {
                const LaneId candidate = m_labLocals.value(endpoint(text), -1);
                if (candidate >= 0 && m_lanes[size_t(candidate)].role == SocketRole::Listener
                    && m_lanes[size_t(candidate)].host == host) {
                    owner = candidate;
                    break;
                }
            }
            // A copy on its sender's computer, read before the app named the socket it left:
            // that socket's lane sends it all the same.
            if (owner < 0) {
                const LaneId sender = labLaneAt(endpoint(e.local), endpoint(e.remote));
                if (sender >= 0 && m_lanes[size_t(sender)].host == host
                    && m_lanes[size_t(sender)].localEnd == endpoint(e.local))
                    owner = sender;
            }
            TimelineItem item = base;
            item.kind = TimelineItem::Segment;
            item.code = e.flags;
            item.value = qint32(e.length);
            if (owner >= 0 && readLabSegment(e, item, owner)) {
                markCaptured(item.lane, item.toLane);
                drawLabCopy(e, item);
                addItem(item);
            }
            return;
        }
        // A packet with no socket of ours attached: place it by its addresses.
        if (e.kind == EventKind::Segment) {
            TimelineItem item = base;
            item.kind = TimelineItem::Segment;
            item.lane = outsideLane(endpoint(e.local), e.proto, -1);
            item.toLane = outsideLane(endpoint(e.remote), e.proto, -1);
            item.code = e.flags;
            item.value = qint32(e.length);
            if (e.source == EventSource::Inferred) {
                item.itemFlags = TimelineItem::Inferred;
                item.reason = InferenceReason::RecordedInferred;
            }
            if (item.lane >= 0 && item.toLane >= 0)
                addItem(item);
        }
        return;
    }

    const LaneId id = laneFor(e.socket);
    {
        TimelineLane &lane = m_lanes[size_t(id)];
        if (e.proto != Protocol::None)
            lane.proto = e.proto;
        const bool ownEndpoints = e.kind != EventKind::Segment && e.kind != EventKind::DatagramSent
            && e.kind != EventKind::DatagramReceived && e.kind != EventKind::Accepted
            && e.kind != EventKind::GroupJoined && e.kind != EventKind::GroupLeft;
        if (ownEndpoints) {
            if (e.local) {
                lane.local = m_journal->string(e.local);
                lane.localEnd = endpoint(e.local);
            }
            if (e.remote) {
                lane.remote = m_journal->string(e.remote);
                lane.remoteEnd = endpoint(e.remote);
            }
        }
        if (e.host && lane.host.isEmpty())
            lane.host = m_journal->string(e.host);
        if (ownEndpoints && !lane.host.isEmpty() && (e.local || e.remote))
            indexLabLane(id);
    }
    reindex(id);

    TimelineItem own = base;
    own.lane = id;
    own.kind = TimelineItem::Call;
    own.code = quint8(e.kind);
    own.value = qint32(qBound(qint64(-0x7fffffff), e.value, qint64(0x7fffffff)));
    std::vector<TimelineItem> datagrams;
    bool drawnLabCopy = false;

    switch (e.kind) {
    case EventKind::SocketOpened: {
        TimelineLane &lane = m_lanes[size_t(id)];
        lane.role = e.role;
        lane.openedItem = quint32(m_items.size());
        lane.openedAt = e.t;
        reindex(id);
        own.kind = TimelineItem::LaneOpened;
        if (e.role == SocketRole::Accepted) {
            const LaneId parent = laneOfSocket(qint32(e.value));
            m_lanes[size_t(id)].parent = parent;
            own.toLane = parent;
            matchAccepted(id);
        }
        m_rowsDirty = true;
        break;
    }
    case EventKind::ConnectStarted: {
        TimelineLane &lane = m_lanes[size_t(id)];
        if (lane.role == SocketRole::None) {
            lane.role = SocketRole::Client;
            reindex(id);
        }
        if (lane.listener < 0 && lane.peer < 0) {
            const LaneId listener = findListener(lane.remoteEnd);
            if (listener >= 0)
                m_lanes[size_t(id)].listener = listener;
            else
                m_lanes[size_t(id)].peer = outsideLane(m_lanes[size_t(id)].remoteEnd, Protocol::Tcp, id);
            m_rowsDirty = true;
        }
        break;
    }
    case EventKind::Queue: {
        own.kind = TimelineItem::Queue;
        own.value2 = quint16(qBound(qint64(0), e.value2, qint64(0xffff)));
        m_lanes[size_t(id)].queue.push_back({quint32(m_items.size()), own.value, own.value2});
        break;
    }
    case EventKind::State: {
        own.kind = TimelineItem::State;
        own.code = quint8(e.toState);
        break;
    }
    case EventKind::Error:
        own.itemFlags |= TimelineItem::Error;
        break;
    case EventKind::Segment: {
        // A packet seen (capture) or written down as inferred by whoever recorded it.
        const TimelineLane &lane = m_lanes[size_t(id)];
        // A client's own address may still read 0.0.0.0 when its first packets are seen (bound
        // to any address, not yet told it connected): going to its peer also means it sent it.
        const bool outgoing = !e.local || endpoint(e.local) == lane.localEnd
            || (!lane.remoteEnd.isEmpty() && endpoint(e.remote) == lane.remoteEnd);
        const LaneId other = lane.peer >= 0 ? lane.peer : lane.listener;
        own.kind = TimelineItem::Segment;
        own.lane = outgoing ? id : other;
        own.toLane = outgoing ? other : id;
        own.code = e.flags;
        own.value = qint32(e.length);
        if (e.source == EventSource::Capture && e.host) {
            if (!readLabSegment(e, own, id))
                return;
            drawnLabCopy = true;
            // The lanes the arrow really joins (a listener, the router's face), not the socket's.
            markCaptured(own.lane, own.toLane);
        } else if (e.source == EventSource::Capture) {
            markCaptured(id, other);
        } else {
            own.itemFlags = TimelineItem::Inferred;
            own.reason = InferenceReason::RecordedInferred;
        }
        if (own.lane < 0 || own.toLane < 0)
            own.kind = TimelineItem::Call;
        break;
    }
    case EventKind::DatagramSent: {
        const Endpoint to = endpoint(e.remote);
        TimelineItem d = base;
        d.kind = TimelineItem::Datagram;
        d.lane = id;
        d.value = own.value;
        d.reason = InferenceReason::DatagramSent;
        d.itemFlags = TimelineItem::Inferred;
        // One arrow per socket it should reach, so a broadcast or a group send fans out.
        for (const LaneId receiver : datagramReceivers(to, id)) {
            d.toLane = receiver;
            datagrams.push_back(d);
        }
        // No arrow to an address nobody can read (a recording's broken text): the marker stays.
        if (datagrams.empty()) {
            d.toLane = outsideLane(to, Protocol::Udp, id);
            if (d.toLane >= 0)
                datagrams.push_back(d);
        }
        break;
    }
    case EventKind::DatagramReceived: {
        const Endpoint from = endpoint(e.remote);
        const LaneId sender = findUdpReceiver(from, id);
        TimelineItem d = base;
        d.kind = TimelineItem::Datagram;
        d.toLane = id;
        d.value = own.value;
        if (sender < 0) {
            d.lane = outsideLane(from, Protocol::Udp, id);
            d.reason = InferenceReason::DatagramArrived;
            d.itemFlags = TimelineItem::Inferred;
            if (d.lane >= 0)
                addItem(d);
        } else if (!deliverDatagram(id, e)) {
            // Ours, but no arrow was waiting for it here (a socket the send did not name, or a
            // duplicate): draw it where it arrived, so everyone who got it has an arrow.
            d.lane = sender;
            d.reason = InferenceReason::DatagramSent;
            d.itemFlags = TimelineItem::Inferred | TimelineItem::Delivered;
            addItem(d);
        }
        break;
    }
    case EventKind::GroupJoined: {
        const QHostAddress group = endpoint(e.remote).address;
        TimelineLane &lane = m_lanes[size_t(id)];
        if (!lane.groups.contains(group))
            lane.groups.append(group);
        break;
    }
    case EventKind::GroupLeft:
        m_lanes[size_t(id)].groups.removeAll(endpoint(e.remote).address);
        break;
    default:
        break;
    }

    m_scratch.clear();
    if (e.kind != EventKind::Segment) {
        SegmentInference::Context context = contextFor(id);
        if (e.kind == EventKind::Accepted)
            context.peer = clientOf(id, endpoint(e.remote));
        m_inference.observe(e, context, m_scratch);
    }
    addSegments(m_scratch, true, base);

    const qsizetype ownIndex = qsizetype(m_items.size());
    if (drawnLabCopy)
        drawLabCopy(e, own);
    addItem(own);
    for (const TimelineItem &d : datagrams) {
        if (!m_lanes[size_t(d.toLane)].isOutside()) {
            const PendingDatagram pending {quint32(m_items.size()), quint32(index), d.t, d.toLane};
            m_pendingDatagrams.push_back(pending);
            m_pendingTo[d.toLane].push_back(pending);
        }
        addItem(d);
    }

    TimelineLane &lane = m_lanes[size_t(id)];
    if (e.kind == EventKind::SocketOpened)
        lane.openedItem = quint32(ownIndex);
    if (e.kind == EventKind::State) {
        lane.states.push_back({quint32(ownIndex), e.t, e.toState});
        if (e.toState == TcpState::Gone)
            lane.goneItem = ownIndex;
    }
    if ((e.kind == EventKind::Closed || e.kind == EventKind::Aborted) && lane.closedItem < 0) {
        lane.closedItem = ownIndex;
        missDatagramsTo(id);
        reindex(id);
    }

    addSegments(m_scratch, false, base);
}

std::vector<LaneId> TimelineLayout::datagramReceivers(const Endpoint &to, LaneId sender) const
{
    std::vector<LaneId> receivers;
    // Open UDP sockets on the port, the only ones that can receive it.
    const std::vector<LaneId> &open = lanesAt(SocketRole::Udp, to.port);
    if (to.address.isMulticast()) {
        // Only members: a socket merely bound to the port or the group address gets nothing.
        for (const LaneId i : open) {
            if (i != sender && m_lanes[size_t(i)].groups.contains(to.address))
                receivers.push_back(i);
        }
        return receivers;
    }
    // A broadcast reaches every socket bound to the port, whatever address it is bound to.
    if (isBroadcast(to.address, sender)) {
        for (const LaneId i : open) {
            if (i != sender)
                receivers.push_back(i);
        }
        return receivers;
    }
    const LaneId first = findUdpReceiver(to, sender);
    if (first >= 0)
        receivers.push_back(first);
    return receivers;
}

bool TimelineLayout::isSettled(const PendingDatagram &pending) const
{
    return m_items[pending.item].itemFlags & (TimelineItem::Delivered | TimelineItem::NotReceived);
}

bool TimelineLayout::deliverDatagram(LaneId lane, const Event &received)
{
    // Only what waits for this socket: a closing socket or a receipt never looks through the
    // datagrams on their way to everyone else.
    const auto waiting = m_pendingTo.find(lane);
    if (waiting == m_pendingTo.end())
        return false;
    std::vector<PendingDatagram> &list = waiting->second;
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (!DatagramDelivery::isReceiptOf(*m_journal, m_journal->at(it->event), received, kDatagramWindowNs))
            continue;
        // Its entry in m_pendingDatagrams stays until its time is up; the flag marks it done.
        m_items[it->item].itemFlags |= TimelineItem::Delivered;
        list.erase(it);
        if (list.empty())
            m_pendingTo.erase(waiting);
        return true;
    }
    return false;
}

void TimelineLayout::missDatagramsTo(LaneId lane)
{
    const auto waiting = m_pendingTo.find(lane);
    if (waiting == m_pendingTo.end())
        return;
    for (const PendingDatagram &pending : waiting->second)
        m_items[pending.item].itemFlags |= TimelineItem::NotReceived;
    m_pendingTo.erase(waiting);
}

TimelineLayout::LabPacketKey TimelineLayout::labPacketKey(const Event &e) const
{
    return {e.local, e.remote, quint32(e.value), quint32(e.value2), e.length, e.flags};
}

void TimelineLayout::noteLabCopy(const Event &e)
{
    const LabPacketKey key = labPacketKey(e);
    LabPacketKey identity = key;
    identity.from = identity.to = 0;
    m_labCopies[identity].push_back({e.host, e.t, e.local, e.remote});
    const quint64 where = (quint64(e.host) << 32) | e.text;
    auto it = m_labPackets.find(key);
    if (it != m_labPackets.end()
        && std::find(it->seenOn.begin(), it->seenOn.end(), where) != it->seenOn.end()) {
        // Seen on this cable before: the sender sent it again. If the first one never reached
        // the computer it was going to, it was lost on the way.
        if (it->item >= 0 && !it->arrivesOn.isEmpty() && !labPacketArrived(key, *it)) {
            m_items[size_t(it->item)].itemFlags |= TimelineItem::Dropped;
            ++m_revision;
        }
        *it = LabPacket();
        it->again = true;
    }
    if (it == m_labPackets.end())
        it = m_labPackets.insert(key, LabPacket());
    LabPacket &packet = *it;
    if (packet.seenOn.empty()) {
        packet.first = e.t;
        packet.generation = ++m_labGeneration;
        m_labRemembered.push_back({e.t, key, packet.generation});
    }
    packet.seenOn.push_back(where);
    // A later copy of a packet already drawn: it got this far.
    if (packet.item >= 0)
        m_items[size_t(packet.item)].arrive = qMax(m_items[size_t(packet.item)].arrive, e.t);
}

void TimelineLayout::noteMasquerade(const Event &e)
{
    LabPacketKey identity = labPacketKey(e);
    identity.from = identity.to = 0;
    const auto copies = m_labCopies.constFind(identity);
    if (copies == m_labCopies.cend() || copies->size() < 2)
        return;
    // The copy just before this one on its way, within the window a packet takes to cross.
    const LabCopy *before = nullptr;
    for (auto it = std::next(copies->rbegin()); it != copies->rend(); ++it) {
        if (it->t < e.t - kLabArrivalWindowNs)
            break;
        if (it->from != e.local || it->to != e.remote) {
            before = &*it;
            break;
        }
    }
    if (!before || before->from == e.local || before->to != e.remote)
        return;
    LabPacketKey original = labPacketKey(e);
    original.from = before->from;
    original.to = before->to;
    const auto packet = m_labPackets.find(original);
    if (packet == m_labPackets.end() || packet->item < 0)
        return;
    const auto index = size_t(packet->item);
    const LaneId sender = m_items[index].lane;
    const LaneId receiver = m_items[index].toLane;
    // Only an arrow drawn straight from a lab socket to one of ours: the receiver's own copy,
    // with the rewritten address, draws the second leg from the face.
    if (sender < 0 || receiver < 0 || m_lanes[size_t(sender)].isOutside()
        || m_lanes[size_t(receiver)].isOutside())
        return;
    const LaneId face = outsideLane(endpoint(e.local), e.proto, sender); // may grow m_lanes
    if (face < 0)
        return;
    m_lanes[size_t(face)].translated = true;
    if (m_lanes[size_t(face)].peer < 0)
        m_lanes[size_t(face)].peer = sender;
    TimelineLane &client = m_lanes[size_t(sender)];
    if (client.peer < 0 || m_lanes[size_t(client.peer)].isOutside())
        client.peer = face;
    TimelineItem &item = m_items[index];
    item.toLane = face;
    for (size_t level = 0; level < m_pyramid.size(); ++level) {
        const size_t bucket = index >> (kLevelZeroShift + level);
        if (bucket < m_pyramid[level].size())
            m_pyramid[level][bucket].arrows |= laneBit(face);
    }
    // The face took it where the router's copy shows it: that is where it must arrive.
    packet->arrivesOn = LabTopology::kRouter;
    // Nothing before made the face a party to a connection: the arrow it now receives does.
    if (m_lanes[size_t(face)].implied.empty()) {
        const TcpState next = TcpTransitions::afterSegment(TcpState::Close, false, item.code);
        if (next != TcpState::Unknown)
            m_lanes[size_t(face)].implied.push_back({quint32(index), item.t, next});
    }
    markCaptured(sender, face);
    m_rowsDirty = true;
    ++m_revision;
}

bool TimelineLayout::isLabPacketDrawn(const Event &e) const
{
    const auto it = m_labPackets.constFind(labPacketKey(e));
    return it != m_labPackets.cend() && it->item >= 0;
}

bool TimelineLayout::labPacketArrived(const LabPacketKey &key, const LabPacket &packet) const
{
    LabPacketKey identity = key;
    identity.from = identity.to = 0;
    const auto copies = m_labCopies.constFind(identity);
    if (copies == m_labCopies.cend())
        return false;
    // Copies are noted in time order; only those within the window after it left can be its
    // arrival, so a flood of one segment costs no more than the window holds.
    const auto from = std::lower_bound(copies->begin(), copies->end(), packet.first,
        [](const LabCopy &copy, qint64 t) { return copy.t < t; });
    quint32 checked = 0;
    bool match = false;
    for (auto it = from; it != copies->end() && it->t <= packet.first + kLabArrivalWindowNs; ++it) {
        if (it->host != checked) {
            checked = it->host;
            match = m_journal->string(checked) == packet.arrivesOn;
        }
        if (match)
            return true;
    }
    return false;
}

void TimelineLayout::drawLabCopy(const Event &e, TimelineItem &item)
{
    const LabPacketKey key = labPacketKey(e);
    const auto it = m_labPackets.find(key);
    if (it == m_labPackets.end())
        return;
    LabPacket &packet = *it;
    // It leaves when it was first seen with these addresses (addItem keeps items in time order)
    // and has got as far as this copy so far.
    item.t = packet.first;
    item.arrive = e.t;
    if (packet.again)
        item.itemFlags |= TimelineItem::Duplicate;
    if (packet.item >= 0)
        return;
    packet.item = qint64(m_items.size());
    const TimelineLane &to = m_lanes[size_t(item.toLane)];
    // Where it must be seen to have arrived: the receiving socket's computer, or the router for
    // its face. A program elsewhere: nobody captures there, so it cannot be called lost.
    packet.arrivesOn = !to.isOutside() ? to.host : (to.translated ? LabTopology::kRouter : QString());
    m_labUnsettled.push_back({e.t, key, packet.generation});
}

bool TimelineLayout::settleLabPackets(qint64 ns)
{
    bool changed = false;
    while (!m_labUnsettled.empty() && m_labUnsettled.front().t < ns) {
        const LabPacketTime entry = m_labUnsettled.front();
        m_labUnsettled.pop_front();
        const auto it = m_labPackets.constFind(entry.key);
        if (it == m_labPackets.cend() || it->generation != entry.generation)
            continue; // sent again meanwhile, and settled then
        if (it->item >= 0 && !it->arrivesOn.isEmpty() && !labPacketArrived(entry.key, *it)) {
            m_items[size_t(it->item)].itemFlags |= TimelineItem::Dropped;
            changed = true;
        }
    }
    // Packets long gone are forgotten: a copy after that is not taken for a retransmission.
    const qint64 forget = ns + kLabArrivalWindowNs - kLabRetransmitWindowNs;
    while (!m_labRemembered.empty() && m_labRemembered.front().t < forget) {
        const LabPacketTime entry = m_labRemembered.front();
        m_labRemembered.pop_front();
        const auto it = m_labPackets.find(entry.key);
        if (it != m_labPackets.end() && it->generation == entry.generation)
            m_labPackets.erase(it);
        LabPacketKey identity = entry.key;
        identity.from = identity.to = 0;
        const auto copies = m_labCopies.find(identity);
        if (copies != m_labCopies.end()) {
            std::erase_if(*copies, [&](const LabCopy &copy) { return copy.t < forget; });
            if (copies->empty())
                m_labCopies.erase(copies);
        }
    }
    return changed;
}

bool TimelineLayout::settleDatagrams(qint64 ns)
{
    bool changed = settleLabPackets(ns);
    while (!m_pendingDatagrams.empty() && m_pendingDatagrams.front().t < ns) {
        const PendingDatagram pending = m_pendingDatagrams.front();
        m_pendingDatagrams.pop_front();
        if (isSettled(pending))
            continue; // delivered, or its receiver closed first
        m_items[pending.item].itemFlags |= TimelineItem::NotReceived;
        changed = true;
        // In send order, so it is the oldest waiting for its receiver.
        const auto waiting = m_pendingTo.find(pending.lane);
        if (waiting != m_pendingTo.end()) {
            std::vector<PendingDatagram> &list = waiting->second;
            list.erase(std::find_if(
                list.begin(), list.end(), [&](const PendingDatagram &p) { return p.item == pending.item; }));
            if (list.empty())
                m_pendingTo.erase(waiting);
        }
    }
    if (changed)
        ++m_revision;
    return changed;
}

void TimelineLayout::reorder()
{
    m_rowsDirty = false;
    const size_t count = m_lanes.size();
    // Who hangs off whom, gathered in one pass: reordering runs after every batch of a live
    // session, so it must not look through all lanes once per lane.
    std::vector<std::vector<LaneId>> accepted(count); // by listener, in the order accept() took them
    std::vector<std::vector<LaneId>> waiting(count); // by listener: clients not accepted yet
    std::vector<std::vector<LaneId>> outside(count); // by lane: the programs at its other end
    std::vector<bool> acceptedPeer(count, false); // lanes an accepted socket talks to
    for (size_t i = 0; i < count; ++i) {
        const TimelineLane &lane = m_lanes[i];
        if (lane.parent >= 0 && lane.peer >= 0)
            acceptedPeer[size_t(lane.peer)] = true;
    }
    for (size_t i = 0; i < count; ++i) {
        const TimelineLane &lane = m_lanes[i];
        const auto id = LaneId(i);
        if (lane.parent >= 0)
            accepted[size_t(lane.parent)].push_back(id);
        if (lane.listener >= 0 && lane.peer < 0)
            waiting[size_t(lane.listener)].push_back(id);
        // A client whose SYN the router passed on from its own address (masquerade) waits
        // behind that face until accept() takes the connection.
        if (lane.listener >= 0 && lane.peer >= 0 && m_lanes[size_t(lane.peer)].translated
            && m_lanes[size_t(lane.peer)].peer == id && !acceptedPeer[size_t(lane.peer)])
            waiting[size_t(lane.listener)].push_back(lane.peer);
        if (lane.isOutside() && lane.peer >= 0)
            outside[size_t(lane.peer)].push_back(id);
    }
    // The clients whose packets reach a listener through the router's face: above the face,
    // so their arrows cross only the lanes they pass through (client, router, listener).
    std::vector<std::vector<LaneId>> behind(count); // by face
    for (size_t i = 0; i < count; ++i) {
        const TimelineLane &lane = m_lanes[i];
        if (lane.translated && lane.peer >= 0 && m_lanes[size_t(lane.peer)].role == SocketRole::Client)
            behind[i].push_back(lane.peer);
        if (lane.role == SocketRole::Client && lane.peer >= 0 && m_lanes[size_t(lane.peer)].translated
            && m_lanes[size_t(lane.peer)].peer != LaneId(i))
            behind[size_t(lane.peer)].push_back(LaneId(i));
    }

    std::vector<LaneId> rows;
    rows.reserve(count);
    std::vector<bool> placed(count, false);
    const auto place = [&](LaneId lane) {
        if (lane >= 0 && !placed[size_t(lane)]) {
            placed[size_t(lane)] = true;
            rows.push_back(lane);
        }
    };
    std::vector<LaneId> clients;
    for (size_t l = 0; l < count; ++l) {
        if (m_lanes[l].role != SocketRole::Listener || placed[l])
            continue;
        // Clients in the order accept() took them, then those still waiting in the queue.
        clients.clear();
        for (const LaneId a : accepted[l]) {
            if (m_lanes[size_t(a)].peer >= 0)
                clients.push_back(m_lanes[size_t(a)].peer);
        }
        clients.insert(clients.end(), waiting[l].begin(), waiting[l].end());
        for (auto it = clients.rbegin(); it != clients.rend(); ++it) {
            for (const LaneId b : behind[size_t(*it)])
                place(b);
            place(*it);
        }
        place(LaneId(l));
        for (const LaneId a : accepted[l])
            place(a);
    }
    // Everything else in the order it appeared, each with its outside peer right after it.
    for (size_t l = 0; l < count; ++l) {
        const TimelineLane &lane = m_lanes[l];
        if (placed[l] || (lane.isOutside() && lane.peer >= 0 && !placed[size_t(lane.peer)]))
            continue;
        place(LaneId(l));
        for (const LaneId o : outside[l])
            place(o);
    }
    for (size_t l = 0; l < count; ++l)
        place(LaneId(l));

    // In the lab, one computer's lanes together under its name: each computer where its first
    // lane is in the path order, its lanes in that order (stable, so a path stays in order
    // within a computer).
    std::vector<QString> computers;
    std::vector<int> groupOf(count, 0);
    bool lab = false;
    for (const LaneId lane : rows) {
        const QString computer = computerOf(lane);
        lab = lab || !computer.isEmpty();
        auto it = std::find(computers.begin(), computers.end(), computer);
        if (it == computers.end())
            it = computers.insert(computers.end(), computer);
        groupOf[size_t(lane)] = int(it - computers.begin());
    }
    if (lab) {
        const std::vector<int> band = bandOrder(computers, groupOf);
        std::stable_sort(rows.begin(), rows.end(), [&](LaneId a, LaneId b) {
            return band[size_t(groupOf[size_t(a)])] < band[size_t(groupOf[size_t(b)])];
        });
    }

    m_rows = std::move(rows);
    m_rowOf.assign(count, -1);
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_rowOf[size_t(m_rows[r])] = int(r);
}

std::vector<int> TimelineLayout::bandOrder(
    const std::vector<QString> &computers, const std::vector<int> &groupOf) const
{
    const size_t count = computers.size();
    std::vector<int> identity(count);
    for (size_t g = 0; g < count; ++g)
        identity[g] = int(g);
    // Trying every order is cheap for the few computers a lab has; past that the path order
    // stays as it is.
    constexpr size_t kMostTried = 7;
    if (count < 3 || count > kMostTried)
        return identity;
    // How many legs of connections join each two computers: each lane with the lane at its
    // other end (a client still waiting, with its listener), each pair of lanes once.
    std::vector<int> joins(count * count, 0);
    std::set<std::pair<LaneId, LaneId>> legs;
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        const TimelineLane &lane = m_lanes[l];
        const LaneId other = lane.peer >= 0 ? lane.peer : lane.listener;
        if (other < 0 || !legs.emplace(qMin(LaneId(l), other), qMax(LaneId(l), other)).second)
            continue;
        const int a = groupOf[l];
        const int b = groupOf[size_t(other)];
        if (a != b) {
            ++joins[size_t(a) * count + size_t(b)];
            ++joins[size_t(b) * count + size_t(a)];
        }
    }
    // The network each computer is on: the router stands between two of them, so a picture
    // that puts it between two computers of one network draws that network torn in two.
    const LabTopology topology = LabTopology::homeNetwork();
    std::vector<QString> network(count);
    for (size_t g = 0; g < count; ++g) {
        if (const LabHost *host = topology.host(computers[g]))
            network[g] = host->segment;
    }
    // What each computer is along a path: clients first, then the router, then the servers.
    std::vector<int> rank(count, 1);
    std::vector<bool> serves(count, false);
    std::vector<bool> asks(count, false);
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        const TimelineLane &lane = m_lanes[l];
        if (lane.role == SocketRole::Listener || lane.role == SocketRole::Accepted)
            serves[size_t(groupOf[l])] = true;
        if (lane.role == SocketRole::Client)
            asks[size_t(groupOf[l])] = true;
    }
    for (size_t g = 0; g < count; ++g) {
        if (computers[g] == LabTopology::kRouter)
            rank[g] = 1;
        else if (serves[g])
            rank[g] = 2;
        else if (asks[g])
            rank[g] = 0;
    }
    // The order that keeps each network on one side of the router and whose connections pass
    // the fewest other computers' bands; of equal ones, the one closest to clients, router,
    // servers, and then to the order the paths reached them.
    const auto cost = [&](const std::vector<int> &order) {
        long long torn = 0;
        long long passed = 0;
        for (size_t a = 0; a < count; ++a) {
            for (size_t b = a + 1; b < count; ++b) {
                const size_t ga = size_t(order[a]);
                const size_t gb = size_t(order[b]);
                passed += joins[ga * count + gb] * qint64(b - a - 1);
                if (!network[ga].isEmpty() && network[ga] == network[gb]) {
                    for (size_t between = a + 1; between < b; ++between)
                        torn += computers[size_t(order[between])] == LabTopology::kRouter ? 1 : 0;
                }
            }
        }
        // Far more than any count of legs: a torn network is never the better picture.
        return torn * 1'000'000 + passed;
    };
    const auto ranks = [&](const std::vector<int> &order) {
        std::vector<int> r(count);
        for (size_t i = 0; i < count; ++i)
            r[i] = rank[size_t(order[i])];
        return r;
    };
    std::vector<int> order = identity;
    std::vector<int> best = order;
    long long bestCost = cost(best);
    std::vector<int> bestRanks = ranks(best);
    while (std::next_permutation(order.begin(), order.end())) {
        const long long c = cost(order);
        if (c > bestCost)
            continue;
        const std::vector<int> r = ranks(order);
        if (c < bestCost || r < bestRanks) {
            best = order;
            bestCost = c;
            bestRanks = r;
        }
    }
    // From "which group is in place i" to "in which place group g goes".
    std::vector<int> place(count);
    for (size_t i = 0; i < count; ++i)
        place[size_t(best[i])] = int(i);
    return place;
}

TimelineLayout::ItemKey TimelineLayout::keyOf(qsizetype index) const
{
    if (index < 0 || index >= itemCount())
        return {};
    const TimelineItem &item = m_items[size_t(index)];
    ItemKey key {item.event, item.kind, item.code, 0};
    // One event's items are drawn together, one after the other: count those before this one.
    for (qsizetype i = index - 1; i >= 0 && m_items[size_t(i)].event == item.event; --i) {
        const TimelineItem &other = m_items[size_t(i)];
        if (other.kind == item.kind && other.code == item.code)
            ++key.ordinal;
    }
    return key;
}

qsizetype TimelineLayout::itemOf(const ItemKey &key) const
{
    if (key.event < 0)
        return -1;
    // A re-read after a rare late event: a walk over the items is what reading cost anyway.
    int seen = 0;
    for (qsizetype i = 0; i < itemCount(); ++i) {
        const TimelineItem &item = m_items[size_t(i)];
        if (qint64(item.event) == key.event && item.kind == key.kind && item.code == key.code
            && seen++ == key.ordinal)
            return i;
    }
    return -1;
}

qsizetype TimelineLayout::firstItemAtOrAfter(qint64 ns) const
{
    const auto it = std::lower_bound(
        m_items.begin(), m_items.end(), ns, [](const TimelineItem &item, qint64 t) { return item.t < t; });
    return qsizetype(it - m_items.begin());
}

TcpState TimelineLayout::stateAt(LaneId id, qsizetype step) const
{
    if (id < 0 || size_t(id) >= m_lanes.size())
        return TcpState::Unknown;
    const auto &states = m_lanes[size_t(id)].states;
    const auto it = std::upper_bound(states.begin(), states.end(), step,
        [](qsizetype s, const TimelineLane::StateChange &c) { return s < qsizetype(c.item); });
    return it == states.begin() ? TcpState::Unknown : std::prev(it)->state;
}

std::pair<qint32, qint32> TimelineLayout::queueAt(LaneId id, qsizetype step) const
{
    if (id < 0 || size_t(id) >= m_lanes.size())
        return {0, 0};
    const auto &queue = m_lanes[size_t(id)].queue;
    const auto it = std::upper_bound(queue.begin(), queue.end(), step,
        [](qsizetype s, const TimelineLane::QueueChange &c) { return s < qsizetype(c.item); });
    return it == queue.begin() ? std::pair<qint32, qint32> {0, 0}
                               : std::pair<qint32, qint32> {std::prev(it)->length, std::prev(it)->limit};
}

TimelineLayout::Bucket TimelineLayout::aggregate(qsizetype first, qsizetype last) const
{
    Bucket result;
    if (m_pyramid.empty() || last <= first)
        return result;
    const qsizetype span = last - first;
    int level = 0;
    while (level + 1 < int(m_pyramid.size()) && (qsizetype(1) << (kLevelZeroShift + level + 1)) <= span)
        ++level;
    const int shift = kLevelZeroShift + level;
    const std::vector<Bucket> &buckets = m_pyramid[size_t(level)];
    const auto from = size_t(first >> shift);
    const auto to = qMin(buckets.size() - 1, size_t((last - 1) >> shift));
    for (size_t b = from; b <= to; ++b) {
        result.marks |= buckets[b].marks;
        result.arrows |= buckets[b].arrows;
    }
    return result;
}

qsizetype TimelineLayout::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_items.capacity()) * qsizetype(sizeof(TimelineItem));
    for (const auto &level : m_pyramid)
        bytes += qsizetype(level.capacity() * sizeof(Bucket));
    for (const TimelineLane &lane : m_lanes)
        bytes += qsizetype(sizeof(TimelineLane) + lane.states.capacity() * sizeof(TimelineLane::StateChange)
            + lane.queue.capacity() * sizeof(TimelineLane::QueueChange));
    bytes += qsizetype(m_folds.capacity() * sizeof(TimeFold));
    bytes += qsizetype(m_endpoints.capacity() * sizeof(Endpoint) + m_endpointParsed.capacity() / 8);
    return bytes;
}

} // namespace SocketScope
