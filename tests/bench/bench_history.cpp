// How fast History restores any instant of a large journal, and what its checkpoints cost:
// a synthetic 1,000,000-event session of thousands of TCP connections (handshake, data both
// ways, close, the kernel letting go) beside a pair of UDP sockets, once on this computer and
// once as on the virtual lab network (every socket on a lab computer, the clients on one, the
// server on another). Prints the worst and the median time to restore a random instant
// (target: at most 16 ms, one frame), checkpoint memory against the journal's (target: at
// most a fifth), and the longest slice the playhead spends taking a checkpoint ahead (on the
// window's thread, a timer at a time). Prints figures; never fails.

#include "history/history.h"
#include "history/playhead.h"
#include "journal/journal.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace SocketScope;

namespace {

constexpr qsizetype kEvents = 1'000'000;
constexpr int kOpenConnections = 200; // at once, interleaved as a busy server sees them
constexpr int kInstants = 300;
constexpr qint32 kListener = 1;
constexpr qint32 kUdpA = 2;
constexpr qint32 kUdpB = 3;

class SessionMaker
{
public:
    SessionMaker(Journal &journal, bool lab)
        : m_journal(journal)
    {
        if (lab) {
            m_serverHost = journal.intern(QStringLiteral("pc-a"));
            m_clientHost = journal.intern(QStringLiteral("pc-b"));
        }
        m_server = journal.intern(QStringLiteral("127.0.0.1:8080"));
        const quint32 udpA = journal.intern(QStringLiteral("127.0.0.1:5353"));
        const quint32 udpB = journal.intern(QStringLiteral("127.0.0.1:5354"));
        add(kListener, EventKind::SocketOpened, SocketRole::Listener);
        add(kListener, EventKind::Bound, SocketRole::Listener, m_server);
        add(kListener, EventKind::Listening, SocketRole::Listener, m_server, 0, 128);
        state(kListener, TcpState::Listen);
        for (const auto &[id, local] : {std::pair {kUdpA, udpA}, std::pair {kUdpB, udpB}}) {
            Event e = make(id, EventKind::SocketOpened, SocketRole::Udp, local);
            e.proto = Protocol::Udp;
            m_journal.append(e);
            e.kind = EventKind::Bound;
            m_journal.append(e);
        }
        m_udp = {udpA, udpB};
    }

    void fill(qsizetype events)
    {
        std::vector<Connection> open(kOpenConnections);
        for (Connection &c : open)
            start(c);
        while (m_journal.count() < events) {
            if (m_random() % 50 == 0) {
                datagram();
                continue;
            }
            Connection &c = open[m_random() % open.size()];
            if (!step(c))
                start(c);
        }
    }

private:
    struct Connection
    {
        qint32 client = -1;
        qint32 accepted = -1;
        quint32 local = 0;
        int step = 0;
        int rounds = 0;
    };

    Event make(
        qint32 id, EventKind kind, SocketRole role, quint32 local = 0, quint32 remote = 0, qint64 value = 0)
    {
        m_t += 1000 + qint64(m_random() % 50'000);
        Event e;
        e.t = m_t;
        e.kind = kind;
        e.socket = id;
        e.proto = Protocol::Tcp;
        e.role = role;
        e.local = local;
        e.remote = remote;
        e.value = value;
        // Clients have even ids from 4 on; the listener, the UDP pair and accepted sockets are
        // the server's.
        e.host = id >= 4 && id % 2 == 0 ? m_clientHost : m_serverHost;
        return e;
    }

    void add(qint32 id, EventKind kind, SocketRole role, quint32 local = 0, quint32 remote = 0,
        qint64 value = 0, qint64 value2 = 0, EventSource source = EventSource::App)
    {
        Event e = make(id, kind, role, local, remote, value);
        e.value2 = value2;
        e.source = source;
        m_journal.append(e);
    }

    void state(qint32 id, TcpState to)
    {
        Event e = make(id, EventKind::State, SocketRole::None);
        e.source = EventSource::Kernel;
        e.toState = to;
        m_journal.append(e);
    }

    void datagram()
    {
        const bool fromA = m_random() % 2;
        Event e = make(fromA ? kUdpA : kUdpB, EventKind::DatagramSent, SocketRole::Udp, 0,
            fromA ? m_udp.second : m_udp.first, 64);
        e.proto = Protocol::Udp;
        m_journal.append(e);
        e.socket = fromA ? kUdpB : kUdpA;
        e.kind = EventKind::DatagramReceived;
        e.remote = fromA ? m_udp.first : m_udp.second;
        m_journal.append(e);
    }

    void start(Connection &c)
    {
        c.client = m_nextId++;
        c.accepted = m_nextId++;
        c.local = m_journal.intern(QStringLiteral("127.0.0.1:%1").arg(20000 + (c.client / 2) % 40000));
        c.step = 0;
        c.rounds = 3 + int(m_random() % 8);
    }

    // One event of the connection's life; false once it is over.
    bool step(Connection &c)
    {
        const qint64 bytes = 100 + qint64(m_random() % 1400);
        switch (c.step++) {
        case 0:
            add(c.client, EventKind::SocketOpened, SocketRole::Client);
            return true;
        case 1:
            add(c.client, EventKind::ConnectStarted, SocketRole::Client, c.local, m_server);
            return true;
        case 2:
            state(c.client, TcpState::SynSent);
            return true;
        case 3:
            add(kListener, EventKind::Queue, SocketRole::Listener, 0, 0, 1, 128);
            return true;
        case 4:
            add(c.client, EventKind::Connected, SocketRole::Client, c.local, m_server);
            return true;
        case 5:
            state(c.client, TcpState::Established);
            return true;
        case 6:
            add(c.accepted, EventKind::SocketOpened, SocketRole::Accepted, m_server, c.local, kListener);
            return true;
        case 7:
            add(kListener, EventKind::Accepted, SocketRole::Listener, m_server, c.local, c.accepted);
            return true;
        case 8:
            add(kListener, EventKind::Queue, SocketRole::Listener, 0, 0, 0, 128);
            return true;
        case 9:
            state(c.accepted, TcpState::Established);
            return true;
        default:
            break;
        }
        const int data = c.step - 11; // the step already counted this one
        if (data < c.rounds * 4) {
            const bool toServer = (data / 2) % 2 == 0;
            const bool sending = data % 2 == 0;
            const qint32 id = toServer == sending ? c.client : c.accepted;
            add(id, sending ? EventKind::DataSent : EventKind::DataReceived,
                id == c.client ? SocketRole::Client : SocketRole::Accepted, 0, 0, bytes, 0,
                sending ? EventSource::App : EventSource::Qt);
            return true;
        }
        switch (data - c.rounds * 4) {
        case 0:
            add(c.client, EventKind::Shutdown, SocketRole::Client);
            return true;
        case 1:
            state(c.client, TcpState::FinWait2);
            return true;
        case 2:
            add(c.accepted, EventKind::Shutdown, SocketRole::Accepted, 0, 0, 0, 0, EventSource::Qt);
            return true;
        case 3:
            add(c.accepted, EventKind::CloseCalled, SocketRole::Accepted);
            return true;
        case 4:
            add(c.accepted, EventKind::Closed, SocketRole::Accepted);
            return true;
        case 5:
            state(c.client, TcpState::TimeWait);
            return true;
        case 6:
            add(c.client, EventKind::Closed, SocketRole::Client);
            return true;
        case 7:
            state(c.accepted, TcpState::Gone);
            return true;
        case 8:
            state(c.client, TcpState::Gone);
            return false;
        }
        return false;
    }

    Journal &m_journal;
    std::mt19937 m_random {20};
    qint64 m_t = 0;
    qint32 m_nextId = 4;
    quint32 m_server = 0;
    quint32 m_serverHost = 0; // 0: this computer
    quint32 m_clientHost = 0;
    std::pair<quint32, quint32> m_udp;
};

void measure(const char *session, bool lab, qsizetype interval)
{
    Journal journal;
    SessionMaker(journal, lab).fill(kEvents);
    const qsizetype events = journal.count();

    // As the playhead takes them: an interval at a time.
    History history(&journal, interval);
    QElapsedTimer timer;
    timer.start();
    double longestSliceMs = 0;
    while (history.prepared() + interval <= events) {
        QElapsedTimer slice;
        slice.start();
        history.prepare(history.prepared() + interval);
        longestSliceMs = qMax(longestSliceMs, double(slice.nsecsElapsed()) / 1e6);
    }
    history.prepare(events);
    const double prepareMs = double(timer.nsecsElapsed()) / 1e6;

    std::mt19937 random(7);
    std::vector<double> ms;
    qsizetype sockets = 0;
    qsizetype connections = 0;
    for (int i = 0; i < kInstants; ++i) {
        const qsizetype instant = qsizetype(random() % quint64(events + 1));
        timer.restart();
        const SessionFold state = history.stateAfter(instant);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        sockets = qMax(sockets, state.sockets().count());
        connections = qMax(connections, state.connections().count());
    }
    std::sort(ms.begin(), ms.end());
    const double worst = ms.back();
    const double median = ms[ms.size() / 2];
    const double journalMb = double(journal.memoryBytes()) / (1024.0 * 1024.0);
    const double checkpointMb = double(history.memoryBytes()) / (1024.0 * 1024.0);
    const double share = checkpointMb / journalMb;

    std::printf("%s\n", session);
    std::printf("  journal: %lld events, up to %lld sockets and %lld connections in a state\n",
        static_cast<long long>(events), static_cast<long long>(sockets), static_cast<long long>(connections));
    std::printf("  checkpoints: every %lld events, %lld of them, taken in %.0f ms (%.0f ns per event); "
                "longest slice %.2f ms (the playhead takes one per %d ms while the journal grows)\n",
        static_cast<long long>(interval), static_cast<long long>(history.checkpointCount()), prepareMs,
        prepareMs * 1e6 / double(events), longestSliceMs, Playhead::kAheadMs);
    std::printf("  restore a random instant (%d instants): median %.2f ms, worst %.2f ms; target 16 ms: %s\n",
        kInstants, median, worst, worst <= 16.0 ? "within" : "OVER the target, missed");
    std::printf("  memory: checkpoints %.1f MiB, journal %.1f MiB (%.1f%%); target 20%%: %s\n", checkpointMb,
        journalMb, share * 100.0, share <= 0.2 ? "within" : "OVER the target, missed");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype interval = argc > 1 ? qsizetype(std::atoll(argv[1])) : History::kDefaultInterval;
    measure("on this computer:", false, interval);
    measure("on the virtual lab network (clients on pc-b, the server on pc-a):", true, interval);
    return 0;
}
