#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocket.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "kernel/procnetsource.h"
#include "kernel/sockdiagsource.h"
#include "lab/lab.h"
#include "livelabtest.h"

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtNetwork/QUdpSocket>
#include <QtTest/QtTest>

#include <algorithm>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace SocketScope;

namespace {

// True when the journal recorded that the kernel moved `socket` into `state`.
bool sawState(const Journal &journal, qint32 socket, TcpState state)
{
    for (const Event &e : eventsOf(journal, socket, EventKind::State)) {
        if (e.toState == state && e.source == EventSource::Kernel)
            return true;
    }
    return false;
}

QByteArray tupleOf(const SocketInfo &info)
{
    return KernelSocket::tupleKey(
        info.proto, info.localAddress, info.localPort, info.remoteAddress, info.remotePort);
}

// The same connection seen from its other end.
QByteArray peerTupleOf(const SocketInfo &info)
{
    return KernelSocket::tupleKey(
        info.proto, info.remoteAddress, info.remotePort, info.localAddress, info.localPort);
}

// A socket made with plain system calls, as another program on the machine would: the lab
// knows nothing of it. Closed when it goes.
class ForeignSocket
{
public:
    ForeignSocket()
        : m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
    { }
    explicit ForeignSocket(int fd)
        : m_fd(fd)
    { }
    ForeignSocket(const ForeignSocket &) = delete;
    ForeignSocket &operator=(const ForeignSocket &) = delete;
    ~ForeignSocket() { close(); }

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    int fd() const { return m_fd; }

    // Listens on 127.0.0.1, on a port the system picks; returns the port, 0 on failure.
    quint16 listen()
    {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_fd, 4) != 0)
            return 0;
        return localPort();
    }
    // Connects to 127.0.0.1:port; blocking, which a loopback listener answers at once.
    bool connectTo(quint16 port)
    {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        return ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    quint16 localPort() const
    {
        sockaddr_in address {};
        socklen_t size = sizeof address;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &size) != 0)
            return 0;
        return ntohs(address.sin_port);
    }

private:
    int m_fd = -1;
};

bool listsPort(const std::vector<KernelSocket> &sockets, quint16 port, TcpState state)
{
    return std::any_of(sockets.cbegin(), sockets.cend(),
        [&](const KernelSocket &s) { return s.localPort == port && s.state == state; });
}

} // namespace

// The kernel's view of the lab's sockets: every TCP state a learner should see, read without
// privileges, through sock_diag and through /proc/net.
class TestKernelView : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        if (!m_kernel->isAvailable())
            QSKIP("this system offers neither sock_diag nor /proc/net");
    }

    void cleanup() { stopLab(); }

    void sourceIsSockDiag()
    {
        // Linux has sock_diag for unprivileged users; the /proc fallback is for elsewhere.
        QCOMPARE(m_kernel->sourceName(), QStringLiteral("sock_diag"));
        QVERIFY(m_kernel->poll());
        QVERIFY(m_kernel->lastError().isEmpty());
    }

    void noSourceIsANoOp()
    {
        KernelView none(nullptr);
        QVERIFY(!none.isAvailable());
        QVERIFY(!none.poll());
        none.start();
        none.wakeUp();
        QVERIFY(none.sockets().empty());
        QVERIFY(!none.findByInode(1));
        Journal journal;
        Lab lab(&journal, &none);
        const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        QVERIFY(!lab.close(listener.id));
        // With nothing to ask, a closed socket is forgotten at once.
        QTRY_VERIFY(!lab.info(listener.id));
    }

    void listen()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 4);
        QVERIFY(!listener.error);
        QTRY_COMPARE(m_lab->info(listener.id)->kernelState, TcpState::Listen);
        QVERIFY(sawState(*m_journal, listener.id, TcpState::Listen));
        const KernelSocket *seen = m_kernel->findByInode(m_lab->info(listener.id)->inode);
        QVERIFY(seen);
        QCOMPARE(seen->localPort, m_lab->info(listener.id)->localPort);
        QCOMPARE(seen->sendQueue, 4u); // sock_diag: the queue's limit
        QCOMPARE(m_lab->info(listener.id)->queueLimit, 4);
    }

    void synSentWhileTheQueueIsFull()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 0);
        QVERIFY(!listener.error);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const quint16 port = m_lab->info(listener.id)->localPort;
        const Lab::Opened first = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QTRY_COMPARE(m_lab->info(first.id)->kernelState, TcpState::Established);
        QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 1);

        // The queue is full: the kernel drops this SYN and the client keeps waiting.
        const Lab::Opened second = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!second.error);
        QTRY_COMPARE(m_lab->info(second.id)->kernelState, TcpState::SynSent);
        QVERIFY(sawState(*m_journal, second.id, TcpState::SynSent));
        QCOMPARE(m_lab->info(second.id)->qtState, QAbstractSocket::ConnectingState);
        // The kernel chose the source address; the lab shows it while the handshake waits.
        QCOMPARE(m_lab->info(second.id)->localAddress, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(!m_lab->abort(second.id)); // never wait for the kernel to give up
        QTRY_VERIFY(!m_lab->info(second.id));
        QVERIFY(sawState(*m_journal, second.id, TcpState::Gone));
    }

    void establishedAndQueue()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!listener.error);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const quint16 port = m_lab->info(listener.id)->localPort;
        const Lab::Opened a = m_lab->connectTcp(QHostAddress::LocalHost, port);
        const Lab::Opened b = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QTRY_COMPARE(m_lab->info(a.id)->kernelState, TcpState::Established);
        QTRY_COMPARE(m_lab->info(b.id)->kernelState, TcpState::Established);
        QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 2);
        QCOMPARE(m_lab->info(listener.id)->queueLimit, 5);
        QCOMPARE(m_kernel->waitingForAccept(Protocol::Tcp, QHostAddress::LocalHost, port), 2);

        bool sawTwo = false;
        for (const Event &e : eventsOf(*m_journal, listener.id, EventKind::Queue)) {
            QCOMPARE(e.source, EventSource::Kernel);
            QCOMPARE(e.value2, 5);
            sawTwo = sawTwo || e.value == 2;
        }
        QVERIFY(sawTwo);

        QVERIFY(!m_lab->setAcceptingPaused(listener.id, false));
        QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 0);
        for (const qint32 id : m_lab->socketIds()) {
            if (m_lab->info(id)->parent == listener.id)
                QTRY_COMPARE(m_lab->info(id)->kernelState, TcpState::Established);
        }
    }

    void closeWaitInTheQueue()
    {
        // A connection the kernel completed but nobody accepted; its client closes. The server
        // end, still in the queue, gets the FIN: CLOSE_WAIT, found by its tuple.
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QTRY_COMPARE(m_lab->info(client.id)->kernelState, TcpState::Established);
        const QByteArray serverEnd = peerTupleOf(*m_lab->info(client.id));
        QVERIFY(!m_lab->close(client.id));
        QTRY_VERIFY(m_kernel->findByTuple(serverEnd)
            && m_kernel->findByTuple(serverEnd)->state == TcpState::CloseWait);
        QCOMPARE(m_kernel->findByTuple(serverEnd)->inode, 0u); // no process holds it yet
        // The client end waits for the server's FIN; the lab still tracks it while closed.
        QTRY_COMPARE(m_lab->info(client.id)->kernelState, TcpState::FinWait2);
        QVERIFY(!m_lab->info(client.id)->isOpen());
    }

    void closeWaitLastAckAndTimeWait()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0);
        QTRY_COMPARE(m_lab->info(clientId)->kernelState, TcpState::Established);
        QTRY_COMPARE(m_lab->info(serverId)->kernelState, TcpState::Established);

        // The client closes first...
        QVERIFY(!m_lab->close(clientId));
        QTRY_COMPARE(m_lab->info(serverId)->kernelState, TcpState::CloseWait);
        QTRY_COMPARE(m_lab->info(clientId)->kernelState, TcpState::FinWait2);
        // ...then the server: the client, the side that closed first, waits in TIME_WAIT.
        QVERIFY(!m_lab->close(serverId));
        QTRY_COMPARE(m_lab->info(clientId)->kernelState, TcpState::TimeWait);
        QVERIFY(sawState(*m_journal, clientId, TcpState::TimeWait));
        QVERIFY(m_lab->socketIds().contains(clientId)); // closed, and still in view
        QVERIFY(!m_lab->info(clientId)->isOpen());
        // The server end does not linger.
        QTRY_VERIFY(!m_lab->info(serverId));
        QVERIFY(sawState(*m_journal, serverId, TcpState::Gone));
        QVERIFY(!sawState(*m_journal, serverId, TcpState::TimeWait));
    }

    void abortedSocketLeaves()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0);
        QTRY_COMPARE(m_lab->info(clientId)->kernelState, TcpState::Established);
        QSignalSpy removed(m_lab.get(), &Lab::socketRemoved);
        QVERIFY(removed.isValid());
        QVERIFY(!m_lab->abort(clientId));
        QTRY_VERIFY(removed.contains(QVariantList {clientId}));
        QVERIFY(!m_lab->info(clientId));
        const QList<Event> states = eventsOf(*m_journal, clientId, EventKind::State);
        QCOMPARE(states.last().toState, TcpState::Gone);
        QCOMPARE(states.last().fromState, TcpState::Established);
        QCOMPARE(states.last().source, EventSource::Kernel);
        // Its peer was reset and leaves too.
        QTRY_VERIFY(!m_lab->info(serverId));
    }

    void udpIsBound()
    {
        const Lab::Opened udp = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!udp.error);
        QTRY_COMPARE(m_lab->info(udp.id)->kernelState, TcpState::Bound);
    }

    // Hundreds of connections a second ask for a poll each: the view then polls on a smaller
    // share of a core, and goes back to its usual pace once the load has passed.
    void aLoadStretchesPolling()
    {
        KernelView view(KernelSocketSource::best());
        QVERIFY(view.poll());
        QVERIFY(view.lastPollNs() > 0);
        for (int i = 1; i < KernelView::kLoadWakeUps; ++i)
            view.wakeUp();
        QVERIFY(!view.isUnderLoad());
        const auto intervalFor = [&](int costFactor, int maxMs) {
            return int(qMax<qint64>(KernelView::kBusyIntervalMs,
                qMin<qint64>(view.lastPollNs() * costFactor / 1'000'000, maxMs)));
        };
        const int usual = intervalFor(KernelView::kCostFactor, KernelView::kMaxIntervalMs);
        QCOMPARE(view.currentIntervalMs(), usual);
        view.wakeUp();
        QVERIFY(view.isUnderLoad());
        QCOMPARE(view.currentIntervalMs(),
            intervalFor(KernelView::kLoadCostFactor, KernelView::kLoadMaxIntervalMs));
        QVERIFY(view.currentIntervalMs() >= usual);
        // No more asking: the load is over within a second or so.
        QTRY_VERIFY_WITH_TIMEOUT(!view.isUnderLoad(), 5000);
        QCOMPARE(view.currentIntervalMs(), qMax(KernelView::kIdleIntervalMs, usual));
    }

    // A tuple held in place is the same bytes as the key array, and an IPv4 peer written as
    // ::ffff:a.b.c.d is the same socket as one written a.b.c.d.
    void tupleInPlace_data()
    {
        QTest::addColumn<QHostAddress>("local");
        QTest::addColumn<QHostAddress>("remote");
        QTest::addColumn<QHostAddress>("sameAsRemote");
        QTest::addColumn<int>("size");
        const QHostAddress v4(QStringLiteral("127.0.0.1"));
        const QHostAddress peer(QStringLiteral("127.0.0.2"));
        QTest::newRow("IPv4") << v4 << peer << peer << 13;
        QTest::newRow("IPv4 peer written as IPv6")
            << v4 << QHostAddress(QStringLiteral("::ffff:127.0.0.2")) << peer << 13;
        QTest::newRow("IPv6") << QHostAddress(QHostAddress::LocalHostIPv6)
                              << QHostAddress(QStringLiteral("fe80::1"))
                              << QHostAddress(QStringLiteral("fe80::1")) << 37;
        QTest::newRow("no peer yet") << v4 << QHostAddress() << QHostAddress(QStringLiteral("0.0.0.0")) << 13;
    }

    void tupleInPlace()
    {
        QFETCH(QHostAddress, local);
        QFETCH(QHostAddress, remote);
        QFETCH(QHostAddress, sameAsRemote);
        QFETCH(int, size);
        const SocketTuple tuple = KernelSocket::tuple(Protocol::Tcp, local, 80, remote, 5000);
        QCOMPARE(int(tuple.size), size);
        QCOMPARE(tuple.toByteArray(), KernelSocket::tupleKey(Protocol::Tcp, local, 80, remote, 5000));
        const SocketTuple same = KernelSocket::tuple(Protocol::Tcp, local, 80, sameAsRemote, 5000);
        QVERIFY(tuple == same);
        QCOMPARE(qHash(tuple, 7), qHash(same, 7));
        QVERIFY(!(tuple == KernelSocket::tuple(Protocol::Udp, local, 80, remote, 5000)));
        QVERIFY(!(tuple == KernelSocket::tuple(Protocol::Tcp, local, 80, remote, 5001)));
        SocketTuple back;
        QVERIFY(back.assign(tuple.toByteArray()));
        QVERIFY(back == tuple);
    }

    // A key longer than any tuple finds nothing (and is not copied past the tuple's room).
    void tooLongKeyFindsNothing()
    {
        KernelView view(KernelSocketSource::best());
        QVERIFY(view.poll());
        QCOMPARE(view.findByTuple(QByteArray(SocketTuple::kMaxSize + 1, 'x')), nullptr);
        QCOMPARE(view.findByTuple(QByteArray()), nullptr);
    }

    void filterKeepsOursAndLeavesOutOtherPrograms()
    {
        // Another program's listener, and its connection left in TIME_WAIT on the client's port.
        ForeignSocket foreignListener;
        const quint16 foreignPort = foreignListener.listen();
        QVERIFY(foreignPort);
        quint16 foreignTimeWaitPort = 0;
        {
            ForeignSocket client;
            QVERIFY(client.connectTo(foreignPort));
            ForeignSocket server(::accept(foreignListener.fd(), nullptr, nullptr));
            QVERIFY(server.fd() >= 0);
            foreignTimeWaitPort = client.localPort();
            client.close(); // the side that closes first waits in TIME_WAIT
        }
        // The lab's own: a listener with a connection waiting in its queue.
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 3);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QTRY_COMPARE(m_lab->info(client.id)->kernelState, TcpState::Established);
        QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 1);
        QCOMPARE(m_lab->info(listener.id)->queueLimit, 3);

        // A list read from now on, with the lab's ports as the filter.
        QVERIFY(m_kernel->isFiltering());
        quint64 asked = m_kernel->readsStarted();
        QTRY_VERIFY(m_kernel->listRead() > asked);
        QVERIFY(m_kernel->findByInode(m_lab->info(listener.id)->inode));
        QVERIFY(m_kernel->findByInode(m_lab->info(client.id)->inode));
        QVERIFY(!listsPort(m_kernel->sockets(), foreignPort, TcpState::Listen));
        QVERIFY(!listsPort(m_kernel->sockets(), foreignTimeWaitPort, TcpState::TimeWait));

        // A page that shows the whole machine brings them back while it is there.
        {
            QObject page;
            m_kernel->wantWholeMachine(&page, true);
            QVERIFY(!m_kernel->isFiltering());
            asked = m_kernel->readsStarted();
            QTRY_VERIFY(m_kernel->listRead() > asked);
            QVERIFY(listsPort(m_kernel->sockets(), foreignPort, TcpState::Listen));
            QVERIFY(listsPort(m_kernel->sockets(), foreignTimeWaitPort, TcpState::TimeWait));
        }
        QVERIFY(m_kernel->isFiltering());
    }

    void readPortsAsksForThosePorts_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("one port") << QStringLiteral("one");
        QTest::newRow("among its neighbours") << QStringLiteral("neighbours");
        QTest::newRow("more ranges than the filter holds") << QStringLiteral("many");
    }

    void readPortsAsksForThosePorts()
    {
        QFETCH(QString, shape);
        SockDiagSource diag;
        if (!diag.isOpen())
            QSKIP("sock_diag is missing");
        ForeignSocket wanted;
        ForeignSocket other;
        const quint16 port = wanted.listen();
        const quint16 otherPort = other.listen();
        QVERIFY(port > 2 && otherPort);
        if (qAbs(int(port) - int(otherPort)) <= 1)
            QSKIP("the system picked neighbouring ports");
        std::vector<quint16> ports {port};
        if (shape == QLatin1StringView("neighbours")) {
            ports = {quint16(port - 1), port, quint16(port + 1)};
        } else if (shape == QLatin1StringView("many")) {
            // Far more ranges than one program holds, all well below the system's ports.
            for (int i = 0; i < 4 * SockDiagSource::kMaxRanges; ++i)
                ports.push_back(quint16(100 + 7 * i));
            std::sort(ports.begin(), ports.end());
        }
        std::vector<KernelSocket> out;
        QString error;
        QVERIFY2(diag.readPorts(ports, out, &error), qPrintable(error));
        QVERIFY(listsPort(out, port, TcpState::Listen));
        QVERIFY(!listsPort(out, otherPort, TcpState::Listen));
    }

    // TCP sockets of both address families come from one walk of the kernel's table (the
    // older request form); IPv4 and IPv6, listeners and connections, with their tcp_info, by
    // port and whole; UDP of both families beside them.
    void sockDiagListsBothFamilies()
    {
        SockDiagSource diag;
        if (!diag.isOpen())
            QSKIP("sock_diag is missing");
        QTcpServer server4;
        QTcpServer server6;
        QVERIFY(server4.listen(QHostAddress::LocalHost));
        if (!server6.listen(QHostAddress::LocalHostIPv6))
            QSKIP("this machine has no IPv6 loopback address");
        QTcpSocket client4;
        QTcpSocket client6;
        client4.connectToHost(QHostAddress::LocalHost, server4.serverPort());
        client6.connectToHost(QHostAddress::LocalHostIPv6, server6.serverPort());
        QVERIFY(client4.waitForConnected(5000) && client6.waitForConnected(5000));
        QUdpSocket udp4;
        QUdpSocket udp6;
        QVERIFY(udp4.bind(QHostAddress::LocalHost, 0) && udp6.bind(QHostAddress::LocalHostIPv6, 0));
        std::vector<quint16> ports {server4.serverPort(), server6.serverPort(), client4.localPort(),
            client6.localPort(), udp4.localPort(), udp6.localPort()};
        std::sort(ports.begin(), ports.end());
        const auto has = [](const std::vector<KernelSocket> &list, Protocol proto,
                             const QHostAddress &address, quint16 port, TcpState state, bool withTcpInfo) {
            return std::any_of(list.cbegin(), list.cend(), [&](const KernelSocket &s) {
                return s.proto == proto && s.localAddress == address && s.localPort == port
                    && s.state == state && (!withTcpInfo || s.hasTcpInfo);
            });
        };
        for (const bool byPort : {true, false}) {
            std::vector<KernelSocket> out;
            QString error;
            QVERIFY2(byPort ? diag.readPorts(ports, out, &error) : diag.read(out, &error), qPrintable(error));
            const QHostAddress v4(QHostAddress::LocalHost);
            const QHostAddress v6(QHostAddress::LocalHostIPv6);
            QVERIFY(has(out, Protocol::Tcp, v4, server4.serverPort(), TcpState::Listen, false));
            QVERIFY(has(out, Protocol::Tcp, v6, server6.serverPort(), TcpState::Listen, false));
            QVERIFY(has(out, Protocol::Tcp, v4, client4.localPort(), TcpState::Established, true));
            QVERIFY(has(out, Protocol::Tcp, v6, client6.localPort(), TcpState::Established, true));
            QVERIFY(has(out, Protocol::Udp, v4, udp4.localPort(), TcpState::Bound, false));
            QVERIFY(has(out, Protocol::Udp, v6, udp6.localPort(), TcpState::Bound, false));
            // Each socket once: the one walk does not list a socket of one family twice.
            const auto clients = std::count_if(out.cbegin(), out.cend(), [&](const KernelSocket &s) {
                return s.proto == Protocol::Tcp && s.localPort == client6.localPort() && s.localAddress == v6;
            });
            QCOMPARE(clients, 1);
        }
        // This machine's kernel takes the request for both families at once.
        QVERIFY(diag.readsTcpInOneWalk());
    }

    void procNetAgreesWithSockDiag()
    {
        ProcNetSource proc;
        if (!proc.isAvailable())
            QSKIP("/proc/net/tcp is missing");
        SockDiagSource diag;
        if (!diag.isOpen())
            QSKIP("sock_diag is missing");

        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 3);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QTRY_COMPARE(m_lab->info(client.id)->kernelState, TcpState::Established);
        QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 1);
        const Lab::Opened udp = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!udp.error);

        std::vector<KernelSocket> fromProc;
        std::vector<KernelSocket> fromDiag;
        QString error;
        QVERIFY2(proc.read(fromProc, &error), qPrintable(error));
        QVERIFY2(diag.read(fromDiag, &error), qPrintable(error));
        const auto find
            = [](const std::vector<KernelSocket> &list, const QByteArray &key) -> const KernelSocket * {
            for (const KernelSocket &s : list) {
                if (s.tupleKey() == key && s.state != TcpState::NewSynRecv)
                    return &s;
            }
            return nullptr;
        };
        for (const qint32 id : {listener.id, client.id, udp.id}) {
            const SocketInfo &info = *m_lab->info(id);
            const KernelSocket *p = find(fromProc, tupleOf(info));
            const KernelSocket *d = find(fromDiag, tupleOf(info));
            QVERIFY2(p && d, qPrintable(QStringLiteral("socket #%1 missing").arg(id)));
            QCOMPARE(p->state, d->state);
            QCOMPARE(p->inode, d->inode);
            QCOMPARE(p->inode, info.inode);
            QCOMPARE(p->localAddress, d->localAddress);
            QCOMPARE(p->localPort, d->localPort);
            QCOMPARE(p->remoteAddress, d->remoteAddress);
            QCOMPARE(p->remotePort, d->remotePort);
            QCOMPARE(p->uid, d->uid);
        }
        // Both see the waiting connection in the listener's queue; only sock_diag knows the limit.
        const KernelSocket *p = find(fromProc, tupleOf(*m_lab->info(listener.id)));
        const KernelSocket *d = find(fromDiag, tupleOf(*m_lab->info(listener.id)));
        QCOMPARE(p->receiveQueue, 1u);
        QCOMPARE(d->receiveQueue, 1u);
        QCOMPARE(d->sendQueue, 3u);
        // The unaccepted server end, in both lists, with no inode.
        const QByteArray serverEnd = peerTupleOf(*m_lab->info(client.id));
        QVERIFY(find(fromProc, serverEnd) && find(fromDiag, serverEnd));
        QCOMPARE(find(fromProc, serverEnd)->state, TcpState::Established);
        QCOMPARE(find(fromDiag, serverEnd)->inode, 0u);
    }

    void procNetSourceDrivesTheLab_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
        QTest::newRow("IPv6") << QStringLiteral("::1");
    }

    void procNetSourceDrivesTheLab()
    {
        QFETCH(QString, address);
        const QHostAddress host(address);
        auto proc = std::make_unique<ProcNetSource>();
        if (!proc->isAvailable())
            QSKIP("/proc/net/tcp is missing");
        Journal journal;
        KernelView view(std::move(proc));
        Lab lab(&journal, &view);
        view.start();
        QCOMPARE(view.sourceName(), QStringLiteral("/proc/net"));

        const Lab::Opened listener = lab.listenTcp(host, 0, 2);
        if (listener.error && host.protocol() == QAbstractSocket::IPv6Protocol)
            QSKIP("this machine has no IPv6 loopback address");
        QVERIFY(!listener.error);
        QTRY_COMPARE(lab.info(listener.id)->kernelState, TcpState::Listen);
        QVERIFY(!lab.setAcceptingPaused(listener.id, true));
        const Lab::Opened client = lab.connectTcp(host, lab.info(listener.id)->localPort);
        QTRY_COMPARE(lab.info(client.id)->kernelState, TcpState::Established);
        QTRY_COMPARE(lab.info(listener.id)->queueLength, 1);
        QCOMPARE(lab.info(listener.id)->queueLimit, 2); // /proc has no limit: the backlog stands in
        // /proc/net has no tcp_info: the lab asks the client's own descriptor for it, with the
        // queues from /proc/net.
        const auto tcpInfoOf = [&](qint32 socket) -> const Event * {
            for (qsizetype i = journal.count() - 1; i >= 0; --i) {
                const Event &e = journal.at(i);
                if (e.kind == EventKind::TcpInfo && e.socket == socket)
                    return &e;
            }
            return nullptr;
        };
        QTRY_VERIFY(tcpInfoOf(client.id));
        const Event *reading = tcpInfoOf(client.id);
        QCOMPARE(reading->source, EventSource::Kernel);
        QVERIFY(reading->value >= 1); // cwnd
        const TcpInfo info = journal.tcpInfo(reading->payload);
        QVERIFY(info.srttUs > 0);
        QCOMPARE(info.sendQueue, 0);
        QVERIFY(!tcpInfoOf(listener.id)); // a listener has no numbers of its own
        QVERIFY(!lab.close(client.id));
        QTRY_COMPARE(lab.info(client.id)->kernelState, TcpState::FinWait2);
    }

    void parseProcNetText()
    {
        // Two lines as /proc/net/tcp and tcp6 write them on a little-endian machine.
        const QByteArray tcp = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt  "
                               " uid  timeout inode\n"
                               "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000003 00:00000000 00000000  "
                               "1000        0 4242 1 0 100 0 0 10 0\n";
        const QByteArray tcp6
            = "  sl  local_address                         remote_address                        st tx_queue "
              "rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
              "   0: 00000000000000000000000001000000:0050 00000000000000000000000001000000:C350 01 "
              "00000000:00000000 00:00000000 00000000     0        0 77 1 0 20 4 30 10 -1\n";
        std::vector<KernelSocket> out;
        ProcNetSource::parse(tcp, Protocol::Tcp, out);
        ProcNetSource::parse(tcp6, Protocol::Tcp, out);
        QCOMPARE(out.size(), size_t(2));
        if (QSysInfo::ByteOrder != QSysInfo::LittleEndian)
            QSKIP("the sample text is what a little-endian kernel writes");
        QCOMPARE(out[0].localAddress, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(out[0].localPort, quint16(8080));
        QCOMPARE(out[0].state, TcpState::Listen);
        QCOMPARE(out[0].receiveQueue, 3u);
        QCOMPARE(out[0].uid, 1000u);
        QCOMPARE(out[0].inode, 4242u);
        QCOMPARE(out[1].localAddress, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(out[1].localPort, quint16(80));
        QCOMPARE(out[1].remotePort, quint16(50000));
        QCOMPARE(out[1].state, TcpState::Established);
    }

private:
    std::pair<qint32, qint32> connectPair()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        qint32 accepted = -1;
        const bool ready = QTest::qWaitFor(
            [&] {
                for (const qint32 id : m_lab->socketIds()) {
                    if (m_lab->info(id)->parent == listener.id)
                        accepted = id;
                }
                return accepted > 0 && m_lab->info(client.id)->qtState == QAbstractSocket::ConnectedState;
            },
            5000);
        return ready ? std::pair {client.id, accepted} : std::pair {-1, -1};
    }
};

QTEST_GUILESS_MAIN(TestKernelView)
#include "tst_kernelview.moc"
