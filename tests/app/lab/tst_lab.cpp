#include "health/descriptorlimit.h"
#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"

#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <chrono>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "labquery.h"
#include "livelabtest.h"

using namespace SocketScope;

namespace {

// The kernel's real list, held back after it was read until the test lets it through: the
// list then reaches the lab after things have changed in the kernel.
class HeldBackSource : public KernelSocketSource
{
public:
    QString name() const override { return QStringLiteral("held back"); }
    bool read(std::vector<KernelSocket> &out, QString *error) override
    {
        const bool ok = m_real->read(out, error);
        std::unique_lock lock(m_mutex);
        ++m_reads;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_released; });
        return ok;
    }
    int reads()
    {
        const std::lock_guard lock(m_mutex);
        return m_reads;
    }
    void release()
    {
        const std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }

private:
    std::unique_ptr<KernelSocketSource> m_real = KernelSocketSource::best();
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_reads = 0;
    bool m_released = false;
};

// Opens `count` TCP connections to 127.0.0.1:port, plain sockets, `window` at a time (each
// window waits until its handshakes completed), until all are through or `deadline` passed.
// Returns the descriptors connected (the caller closes them).
std::vector<int> connectMany(quint16 port, int count, int window, std::chrono::milliseconds deadline)
{
    sockaddr_in target {};
    target.sin_family = AF_INET;
    target.sin_port = htons(port);
    target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<int> connected;
    const auto end = std::chrono::steady_clock::now() + deadline;
    for (int started = 0; started < count && std::chrono::steady_clock::now() < end;) {
        std::vector<pollfd> pending;
        for (; started < count && int(pending.size()) < window; ++started) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (fd < 0)
                continue;
            ::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target);
            pending.push_back({fd, POLLOUT, 0});
        }
        while (!pending.empty() && std::chrono::steady_clock::now() < end) {
            ::poll(pending.data(), nfds_t(pending.size()), 50);
            std::vector<pollfd> still;
            for (pollfd &p : pending) {
                if (!(p.revents & (POLLOUT | POLLERR | POLLHUP))) {
                    p.revents = 0;
                    still.push_back(p);
                    continue;
                }
                int error = 0;
                socklen_t size = sizeof error;
                ::getsockopt(p.fd, SOL_SOCKET, SO_ERROR, &error, &size);
                if (error == 0)
                    connected.push_back(p.fd);
                else
                    ::close(p.fd);
            }
            pending.swap(still);
        }
        for (const pollfd &p : pending)
            ::close(p.fd);
    }
    return connected;
}

bool haveIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

// The lab's real sockets on loopback: listeners, clients, accepted sockets and datagrams.
class TestLab : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(); }

    void cleanup() { stopLab(); }

    void listen_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
        QTest::newRow("IPv6") << QStringLiteral("::1");
    }

    void listen()
    {
        QFETCH(QString, address);
        const QHostAddress host(address);
        if (host.protocol() == QAbstractSocket::IPv6Protocol && !haveIpv6Loopback())
            QSKIP("this machine has no IPv6 loopback address");

        const Lab::Opened opened = m_lab->listenTcp(host, 0, 7);
        QVERIFY2(!opened.error, qPrintable(opened.error.detail));
        const SocketInfo *info = m_lab->info(opened.id);
        QVERIFY(info);
        QCOMPARE(info->role, SocketRole::Listener);
        QVERIFY(info->localPort != 0); // port 0: the OS picked one
        QCOMPARE(info->localAddress, host);
        QCOMPARE(info->backlog, 7);
        QCOMPARE(info->qtState, QAbstractSocket::ListeningState);

        const QList<Event> opens = eventsOf(*m_journal, opened.id, EventKind::SocketOpened);
        QCOMPARE(opens.size(), 1);
        QCOMPARE(opens.first().role, SocketRole::Listener);
        const QList<Event> listening = eventsOf(*m_journal, opened.id, EventKind::Listening);
        QCOMPARE(listening.size(), 1);
        QCOMPARE(listening.first().value, 7);
        const QString endpoint = m_journal->string(listening.first().local);
        QCOMPARE(endpoint,
            host.protocol() == QAbstractSocket::IPv6Protocol
                ? QStringLiteral("[::1]:%1").arg(info->localPort)
                : QStringLiteral("127.0.0.1:%1").arg(info->localPort));

        // A client over the same address family gets through and is accepted.
        const Lab::Opened client = m_lab->connectTcp(host, info->localPort);
        QVERIFY(!client.error);
        QTRY_COMPARE(acceptedBy(*m_lab, opened.id).size(), 1);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
    }

    void clientAndAcceptedSocket()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 serverPort = m_lab->info(listener.id)->localPort;

        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, serverPort);
        QVERIFY(!client.error);
        // Bound before connecting: the OS-picked local port is known while the handshake runs.
        const SocketInfo *clientInfo = m_lab->info(client.id);
        QVERIFY(clientInfo->localPort != 0);
        QCOMPARE(clientInfo->remotePort, serverPort);
        const QList<Event> started = eventsOf(*m_journal, client.id, EventKind::ConnectStarted);
        QCOMPARE(started.size(), 1);
        QVERIFY(m_journal->string(started.first().local)
                    .endsWith(QStringLiteral(":%1").arg(clientInfo->localPort)));
        QCOMPARE(m_journal->string(started.first().remote), QStringLiteral("127.0.0.1:%1").arg(serverPort));

        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        const qint32 acceptedId = acceptedBy(*m_lab, listener.id).first();
        QVERIFY(acceptedId != listener.id && acceptedId != client.id);
        const SocketInfo *accepted = m_lab->info(acceptedId);
        // accept() made a new socket with the listener's own local ip:port.
        QCOMPARE(accepted->localAddress, m_lab->info(listener.id)->localAddress);
        QCOMPARE(accepted->localPort, serverPort);
        QCOMPARE(accepted->remotePort, clientInfo->localPort);
        QCOMPARE(accepted->parent, listener.id);
        const QList<Event> opens = eventsOf(*m_journal, acceptedId, EventKind::SocketOpened);
        QCOMPARE(opens.size(), 1);
        QCOMPARE(opens.first().role, SocketRole::Accepted);
        QCOMPARE(opens.first().value, listener.id);
        QCOMPARE(eventsOf(*m_journal, listener.id, EventKind::Accepted).size(), 1);
        // The listener keeps listening.
        QCOMPARE(m_lab->info(listener.id)->qtState, QAbstractSocket::ListeningState);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QCOMPARE(m_lab->info(client.id)->localAddress, QHostAddress(QHostAddress::LocalHost));
    }

    // The banner asks for these five times a second under load: connections are never in it.
    void waitingSocketsAreListenersAndDatagrams()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        const Lab::Opened udp = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!udp.error);
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        QCOMPARE(m_lab->waitingSocketIds(), (QList<qint32> {listener.id, udp.id}));

        QVERIFY(!m_lab->close(listener.id));
        QVERIFY(!m_lab->close(udp.id));
        // Once the lab forgets them, they leave the list.
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->waitingSocketIds().isEmpty(), 15000);
        QVERIFY(m_lab->socketIds().contains(client.id));
    }

    void sendAndReceive()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0 && serverId > 0);

        QVERIFY(!m_lab->send(clientId, QByteArrayLiteral("hello")));
        QVERIFY(!m_lab->send(clientId, QByteArrayLiteral(" there")));
        QVERIFY(!m_lab->send(serverId, QByteArrayLiteral("hi!")));
        QTRY_COMPARE(m_lab->info(serverId)->bytesIn, 11);
        QTRY_COMPARE(m_lab->info(clientId)->bytesIn, 3);
        QCOMPARE(m_lab->info(clientId)->bytesOut, 11);
        QCOMPARE(m_lab->info(clientId)->packetsOut, 2);
        QCOMPARE(m_lab->info(serverId)->bytesOut, 3);
        QVERIFY(m_lab->info(serverId)->packetsIn >= 1); // a stream: two sends may arrive as one read

        qint64 received = 0;
        for (const Event &e : eventsOf(*m_journal, serverId, EventKind::DataReceived)) {
            QCOMPARE(e.source, EventSource::Qt);
            received += e.value;
        }
        QCOMPARE(received, 11);
        const QList<Event> sent = eventsOf(*m_journal, clientId, EventKind::DataSent);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).value, 5);
        QCOMPARE(m_journal->payload(sent.at(0).payload), QByteArrayLiteral("hello"));
    }

    void halfClose()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0 && serverId > 0);

        QVERIFY(!m_lab->shutdownWrite(clientId));
        QCOMPARE(eventsOf(*m_journal, clientId, EventKind::Shutdown).size(), 1);
        // The server reads the end of the stream...
        QTRY_COMPARE(eventsOf(*m_journal, serverId, EventKind::Shutdown).size(), 1);
        QCOMPARE(eventsOf(*m_journal, serverId, EventKind::Shutdown).first().source, EventSource::Qt);
        QVERIFY(m_lab->info(serverId)->isOpen());
        // ...and may still answer: only the client's sending side is shut.
        const LabError error = m_lab->send(serverId, QByteArrayLiteral("still here"));
        QVERIFY2(!error, qPrintable(error.detail));
        QTRY_COMPARE(m_lab->info(clientId)->bytesIn, 10);
        // The client may no longer send.
        QCOMPARE(m_lab->send(clientId, QByteArrayLiteral("x")).kind, LabError::WrongState);

        QVERIFY(!m_lab->close(serverId));
        QTRY_VERIFY(!m_lab->info(clientId) || !m_lab->info(clientId)->isOpen());
        QVERIFY(eventsOf(*m_journal, clientId, EventKind::Error).isEmpty());
        QCOMPARE(eventsOf(*m_journal, clientId, EventKind::Closed).size(), 1);
    }

    void gracefulClose()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0 && serverId > 0);
        QSignalSpy failed(m_lab.get(), &Lab::socketFailed);
        QVERIFY(failed.isValid());

        QVERIFY(!m_lab->close(clientId));
        QCOMPARE(eventsOf(*m_journal, clientId, EventKind::CloseCalled).size(), 1);
        QTRY_COMPARE(eventsOf(*m_journal, clientId, EventKind::Closed).size(), 1);
        // The server sees the FIN and stays open (CLOSE_WAIT) until it closes too.
        QTRY_COMPARE(eventsOf(*m_journal, serverId, EventKind::Shutdown).size(), 1);
        QVERIFY(m_lab->info(serverId)->isOpen());
        QVERIFY(!m_lab->close(serverId));
        QCOMPARE(eventsOf(*m_journal, serverId, EventKind::Closed).size(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(eventsOf(*m_journal, clientId, EventKind::Aborted).isEmpty());
    }

    void abortResetsThePeer()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0 && serverId > 0);
        QSignalSpy failed(m_lab.get(), &Lab::socketFailed);
        QVERIFY(failed.isValid());

        QVERIFY(!m_lab->abort(clientId));
        QCOMPARE(eventsOf(*m_journal, clientId, EventKind::Aborted).size(), 1);
        QVERIFY(eventsOf(*m_journal, clientId, EventKind::Closed).isEmpty());
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).value<qint32>(), serverId);
        QCOMPARE(failed.first().at(1).value<LabError>().kind, LabError::ConnectionReset);
        const QList<Event> errors = eventsOf(*m_journal, serverId, EventKind::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value, qint64(LabError::ConnectionReset));
        QTRY_VERIFY(!m_lab->info(serverId) || !m_lab->info(serverId)->isOpen());
    }

    void pauseAndResumeAccepting()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!listener.error);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        QVERIFY(m_lab->info(listener.id)->acceptingPaused);
        QCOMPARE(eventsOf(*m_journal, listener.id, EventKind::AcceptingPaused).size(), 1);

        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        // The kernel finishes the handshake on its own; the connection waits in the queue.
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        if (m_kernel->isAvailable())
            QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 1);
        QVERIFY(acceptedBy(*m_lab, listener.id).isEmpty());

        QVERIFY(!m_lab->setAcceptingPaused(listener.id, false));
        QCOMPARE(eventsOf(*m_journal, listener.id, EventKind::AcceptingResumed).size(), 1);
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        if (m_kernel->isAvailable())
            QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 0);
    }

    // A busy window's thread must not make the kernel drop connections: while it cannot run,
    // more clients than the backlog holds still get through (each SYN dropped on a full accept
    // queue would cost its client a one-second retry), and every one is journalled after.
    void acceptsWhileTheWindowIsBusy()
    {
        // As the app does at start: the worker that accepts meanwhile is used only where the
        // process may open a few thousand descriptors.
        if (DescriptorLimit::raiseToHard().now < 4096)
            QSKIP("this system allows fewer than 4,096 open files; the lab accepts on the window's thread");
        qputenv("SOCKETSCOPE_ACCEPT_THREAD", "1");
        const auto unset = qScopeGuard([] { qunsetenv("SOCKETSCOPE_ACCEPT_THREAD"); });
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 2);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        constexpr int kClients = 64;
        std::promise<std::vector<int>> done;
        std::future<std::vector<int>> connected = done.get_future();
        // One after another: never more than the kernel's queue holds while someone accepts,
        // far more than it holds while nobody does.
        std::thread clients(
            [&] { done.set_value(connectMany(port, kClients, 1, std::chrono::milliseconds(30000))); });
        // This thread is the window's: it does nothing until the clients are through (generous
        // limits: under a sanitizer on a loaded machine a connect can take a while).
        const bool finished = connected.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
        clients.join();
        QVERIFY(finished);
        const std::vector<int> fds = connected.get();
        const auto closeAll = qScopeGuard([&] {
            for (const int fd : fds)
                ::close(fd);
        });
        QCOMPARE(int(fds.size()), kClients);
        QTRY_COMPARE(eventsOf(*m_journal, listener.id, EventKind::Accepted).size(), kClients);
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), kClients);
    }

    void connectionCap()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!listener.error);
        QVERIFY(!m_lab->setMaxConnections(listener.id, 1));
        QCOMPARE(m_lab->info(listener.id)->maxConnections, 1);
        const quint16 port = m_lab->info(listener.id)->localPort;

        QList<qint32> clients;
        for (int i = 0; i < 3; ++i) {
            const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
            QVERIFY(!client.error);
            clients.append(client.id);
        }
        for (const qint32 id : clients)
            QTRY_COMPARE(m_lab->info(id)->qtState, QAbstractSocket::ConnectedState);
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        // The two others stay in the kernel's accept queue, not in Qt's.
        if (m_kernel->isAvailable())
            QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 2);
        QCOMPARE(acceptedBy(*m_lab, listener.id).size(), 1);

        // Closing the accepted socket makes room for one more.
        const qint32 first = acceptedBy(*m_lab, listener.id).first();
        QVERIFY(!m_lab->abort(first));
        QTRY_COMPARE(eventsOf(*m_journal, listener.id, EventKind::Accepted).size(), 2);
        const auto openAccepted = [&] {
            int open = 0;
            for (const qint32 id : acceptedBy(*m_lab, listener.id))
                open += m_lab->info(id)->isOpen() ? 1 : 0;
            return open;
        };
        QCOMPARE(openAccepted(), 1);
        if (m_kernel->isAvailable())
            QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 1);

        // Lifting the cap lets the last one in.
        QVERIFY(!m_lab->setMaxConnections(listener.id, 0));
        if (m_kernel->isAvailable())
            QTRY_COMPARE(m_lab->info(listener.id)->queueLength, 0);
        QTRY_COMPARE(eventsOf(*m_journal, listener.id, EventKind::Accepted).size(), 3);
        QCOMPARE(openAccepted(), 2);
    }

    void udpDatagrams()
    {
        const Lab::Opened a = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        const Lab::Opened b = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        const Lab::Opened c = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!a.error && !b.error && !c.error);
        QCOMPARE(m_lab->info(a.id)->role, SocketRole::Udp);
        QCOMPARE(m_lab->info(a.id)->proto, Protocol::Udp);
        QVERIFY(m_lab->info(a.id)->localPort != 0);
        QCOMPARE(eventsOf(*m_journal, a.id, EventKind::Bound).size(), 1);
        const UdpEndpoint::Destination toB {QHostAddress::LocalHost, m_lab->info(b.id)->localPort};
        const UdpEndpoint::Destination toC {QHostAddress::LocalHost, m_lab->info(c.id)->localPort};

        // Two datagrams to one peer arrive as two, each whole.
        QVERIFY(!m_lab->sendDatagram(a.id, QByteArrayLiteral("abc"), {toB}));
        QVERIFY(!m_lab->sendDatagram(a.id, QByteArrayLiteral("defg"), {toB}));
        QTRY_COMPARE(eventsOf(*m_journal, b.id, EventKind::DatagramReceived).size(), 2);
        const QList<Event> atB = eventsOf(*m_journal, b.id, EventKind::DatagramReceived);
        QCOMPARE(atB.at(0).value, 3);
        QCOMPARE(atB.at(1).value, 4);
        QCOMPARE(m_journal->payload(atB.at(1).payload), QByteArrayLiteral("defg"));
        QCOMPARE(m_journal->string(atB.at(0).remote),
            QStringLiteral("127.0.0.1:%1").arg(m_lab->info(a.id)->localPort));

        // One send to several destinations: one datagram each.
        QVERIFY(!m_lab->sendDatagram(a.id, QByteArrayLiteral("to all"), {toB, toC}));
        QTRY_COMPARE(eventsOf(*m_journal, c.id, EventKind::DatagramReceived).size(), 1);
        QTRY_COMPARE(eventsOf(*m_journal, b.id, EventKind::DatagramReceived).size(), 3);
        QCOMPARE(eventsOf(*m_journal, a.id, EventKind::DatagramSent).size(), 4);
        QCOMPARE(m_lab->info(a.id)->packetsOut, 4);
        QCOMPARE(m_lab->info(a.id)->bytesOut, 3 + 4 + 6 + 6);
        QCOMPARE(m_lab->info(b.id)->bytesIn, 3 + 4 + 6);
        QCOMPARE(m_lab->info(c.id)->packetsIn, 1);

        QVERIFY(!m_lab->close(a.id));
        QCOMPARE(eventsOf(*m_journal, a.id, EventKind::Closed).size(), 1);
        QCOMPARE(m_lab->sendDatagram(a.id, QByteArrayLiteral("late"), {toB}).kind,
            m_lab->info(a.id) ? LabError::WrongState : LabError::NoSuchSocket);
    }

    void broadcastOnlyWhenAllowed()
    {
        const Lab::Opened quiet = m_lab->bindUdp(QHostAddress::AnyIPv4, 0, false);
        QVERIFY(!quiet.error);
        const UdpEndpoint::Destination everyone {QHostAddress::Broadcast, 9};
        const LabError refused = m_lab->sendDatagram(quiet.id, QByteArrayLiteral("hi"), {everyone});
        QCOMPARE(refused.kind, LabError::BroadcastNotAllowed);
        const QList<Event> errors = eventsOf(*m_journal, quiet.id, EventKind::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value, qint64(LabError::BroadcastNotAllowed));
        QVERIFY(eventsOf(*m_journal, quiet.id, EventKind::DatagramSent).isEmpty());

        // Allowed: the lab lets it through (the network may still refuse it, for its own reasons).
        const Lab::Opened loud = m_lab->bindUdp(QHostAddress::AnyIPv4, 0, true);
        QVERIFY(!loud.error);
        const LabError sent = m_lab->sendDatagram(loud.id, QByteArrayLiteral("hi"), {everyone});
        QVERIFY(sent.kind != LabError::BroadcastNotAllowed);
    }

    // A list read before a socket existed reaches the lab after the socket was closed: the
    // socket must not be taken for gone, and its next states (FIN_WAIT2) must still show.
    void closedSocketOutlivesAnOlderList()
    {
        if (!KernelSocketSource::best())
            QSKIP("this system offers no list of sockets");
        auto held = std::make_unique<HeldBackSource>();
        HeldBackSource *source = held.get();
        // Declared first, destroyed last: its reading thread may wait on the source.
        auto release = qScopeGuard([source] { source->release(); });
        m_lab.reset();
        m_kernel = std::make_unique<KernelView>(std::move(held));
        m_lab = std::make_unique<Lab>(m_journal.get(), m_kernel.get());
        m_kernel->start();
        QTRY_COMPARE(source->reads(), 1); // read, and held back

        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0 && serverId > 0);
        QSignalSpy removed(m_lab.get(), &Lab::socketRemoved);
        QVERIFY(!m_lab->close(clientId));
        QCOMPARE(m_kernel->polls(), 0);

        source->release();
        QTRY_VERIFY(m_kernel->polls() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_lab->info(clientId) && m_lab->info(clientId)->kernelState == TcpState::FinWait2, 5000);
        QVERIFY(!removed.contains(QVariantList {clientId}));
        const QList<Event> states = eventsOf(*m_journal, clientId, EventKind::State);
        QVERIFY(std::none_of(
            states.cbegin(), states.cend(), [](const Event &e) { return e.toState == TcpState::Gone; }));
        QVERIFY(!m_lab->close(serverId));
    }

    void unknownSocket()
    {
        QCOMPARE(m_lab->send(999, "x").kind, LabError::NoSuchSocket);
        QCOMPARE(m_lab->close(999).kind, LabError::NoSuchSocket);
        QCOMPARE(m_lab->abort(999).kind, LabError::NoSuchSocket);
        QCOMPARE(m_lab->shutdownWrite(999).kind, LabError::NoSuchSocket);
        QCOMPARE(m_lab->setAcceptingPaused(999, true).kind, LabError::NoSuchSocket);
        QVERIFY(!m_lab->info(999));
    }

private:
    // A client and the socket the listener accepted for it, both connected.
    std::pair<qint32, qint32> connectPair()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        if (listener.error)
            return {-1, -1};
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        if (client.error)
            return {-1, -1};
        const bool ready = QTest::qWaitFor(
            [&] {
                return !acceptedBy(*m_lab, listener.id).isEmpty()
                    && m_lab->info(client.id)->qtState == QAbstractSocket::ConnectedState;
            },
            5000);
        if (!ready)
            return {-1, -1};
        return {client.id, acceptedBy(*m_lab, listener.id).first()};
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
