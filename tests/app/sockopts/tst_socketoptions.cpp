#include "journal/journal.h"
#include "journalquery.h"
#include "lab/lab.h"
#include "livelabtest.h"
#include "sockopts/kerneloption.h"

#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketOption)
Q_DECLARE_METATYPE(Protocol)

namespace {

// A listening socket with nothing of Qt on top: what its accepted sockets' recv() says is the
// kernel's own word on how a connection ended.
class RawListener
{
public:
    ~RawListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool open()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in where {};
        where.sin_family = AF_INET;
        where.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof where;
        return m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&where), sizeof where) == 0
            && ::listen(m_fd, 8) == 0 && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&where), &size) == 0
            && (m_port = ntohs(where.sin_port)) != 0;
    }
    quint16 port() const { return m_port; }
    // A connection accepted now, or -1 when none is waiting.
    int acceptOne() { return ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC); }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// The options asked for on a socket, from its option_set events.
QList<Event> optionEvents(const Journal &journal, qint32 socket)
{
    return eventsOf(journal, socket, EventKind::OptionSet);
}

} // namespace

// Socket options on the lab's real sockets: set, read back from the kernel, journalled; and what
// they do on the wire (linger 0 resets, reuseport shares a port).
class TestSocketOptions : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void readBack_data()
    {
        QTest::addColumn<Protocol>("proto");
        QTest::addColumn<bool>("atOpen"); // asked when opening (before bind) or on the open socket
        QTest::addColumn<SocketOption>("option");
        QTest::addColumn<qint64>("asked");
        QTest::addColumn<qint64>("kernel"); // what getsockopt() must report
        const auto rows
            = [](const char *name, Protocol proto, SocketOption option, qint64 asked, qint64 kernel) {
                  QTest::addRow("%s at open", name) << proto << true << option << asked << kernel;
                  QTest::addRow("%s later", name) << proto << false << option << asked << kernel;
              };
        rows("nodelay on", Protocol::Tcp, SocketOption::NoDelay, 1, 1);
        rows("nodelay off", Protocol::Tcp, SocketOption::NoDelay, 0, 0);
        rows("linger 0", Protocol::Tcp, SocketOption::Linger, 0, 0);
        rows("linger 7", Protocol::Tcp, SocketOption::Linger, 7, 7);
        rows("linger off", Protocol::Tcp, SocketOption::Linger, -1, -1);
        // Linux doubles a buffer size asked for: half for data, half for its own bookkeeping.
        rows("rcvbuf", Protocol::Tcp, SocketOption::ReceiveBuffer, 4096, 8192);
        rows("sndbuf", Protocol::Tcp, SocketOption::SendBuffer, 8192, 16384);
        rows("keepalive", Protocol::Tcp, SocketOption::KeepAlive, 1, 1);
        rows("keepidle", Protocol::Tcp, SocketOption::KeepIdle, 30, 30);
        rows("keepintvl", Protocol::Tcp, SocketOption::KeepInterval, 7, 7);
        rows("keepcnt", Protocol::Tcp, SocketOption::KeepCount, 4, 4);
        rows("reuseaddr off", Protocol::Tcp, SocketOption::ReuseAddress, 0, 0);
        rows("reuseaddr on", Protocol::Tcp, SocketOption::ReuseAddress, 1, 1);
        rows("reuseport", Protocol::Tcp, SocketOption::ReusePort, 1, 1);
        rows("ttl", Protocol::Tcp, SocketOption::Ttl, 17, 17);
        rows("udp rcvbuf", Protocol::Udp, SocketOption::ReceiveBuffer, 4096, 8192);
        rows("udp reuseport", Protocol::Udp, SocketOption::ReusePort, 1, 1);
        rows("udp reuseaddr off", Protocol::Udp, SocketOption::ReuseAddress, 0, 0);
        rows("udp ttl", Protocol::Udp, SocketOption::Ttl, 3, 3);
    }

    // A client (TCP) or a bound socket (UDP): the option is set, the kernel's value is read back
    // and both are journalled.
    void readBack()
    {
        QFETCH(Protocol, proto);
        QFETCH(bool, atOpen);
        QFETCH(SocketOption, option);
        QFETCH(qint64, asked);
        QFETCH(qint64, kernel);
        const QList<OptionRequest> options
            = atOpen ? QList<OptionRequest> {{option, asked}} : QList<OptionRequest> {};
        qint32 id = -1;
        if (proto == Protocol::Tcp) {
            const Lab::Opened server = m_lab->listenTcp(QHostAddress::LocalHost, 0);
            QVERIFY(!server.error);
            const quint16 port = m_lab->info(server.id)->localPort;
            const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port, {}, options);
            QVERIFY2(!client.error, qPrintable(client.error.detail));
            id = client.id;
            QTRY_VERIFY_WITH_TIMEOUT(m_lab->info(id)->qtState == QAbstractSocket::ConnectedState, 5000);
        } else {
            const Lab::Opened udp = m_lab->bindUdp(QHostAddress::LocalHost, 0, false, false, options);
            QVERIFY2(!udp.error, qPrintable(udp.error.detail));
            id = udp.id;
        }
        if (!atOpen)
            QVERIFY(!m_lab->setOption(id, option, asked));

        const QList<Event> events = optionEvents(*m_journal, id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(SocketOption(events.constFirst().flags), option);
        QCOMPARE(events.constFirst().value, asked);
        QCOMPARE(events.constFirst().value2, kernel);
        QCOMPARE(events.constFirst().text, 0u); // no failure said
        QCOMPARE(m_lab->kernelOption(id, option), kernel);
        QCOMPARE(m_lab->askedOption(id, option), std::optional<qint64>(asked));
        if (atOpen) {
            // Set before the socket was bound: the option_set comes before `bound`.
            QVERIFY(hasEvent(*m_journal, id, EventKind::Bound));
            const auto &order = m_journal->eventsOfSocket(id);
            qsizetype optionAt = -1;
            qsizetype boundAt = -1;
            for (size_t i = 0; i < order.size(); ++i) {
                const EventKind kind = m_journal->at(order[i]).kind;
                if (kind == EventKind::OptionSet && optionAt < 0)
                    optionAt = i;
                if (kind == EventKind::Bound && boundAt < 0)
                    boundAt = i;
            }
            QVERIFY(optionAt >= 0 && optionAt < boundAt);
        }
    }

    // A listener takes options before bind() too; an IPv4 and an "any address" socket alike.
    void listenerOptions_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1");
        QTest::newRow("any") << QStringLiteral("any");
    }

    void listenerOptions()
    {
        QFETCH(QString, address);
        const QHostAddress where
            = address == QLatin1StringView("any") ? QHostAddress(QHostAddress::Any) : QHostAddress(address);
        const Lab::Opened server = m_lab->listenTcp(where, 0, Lab::kDefaultBacklog,
            {{SocketOption::ReusePort, 1}, {SocketOption::ReceiveBuffer, 4096}, {SocketOption::NoDelay, 1}});
        QVERIFY2(!server.error, qPrintable(server.error.detail));
        QCOMPARE(m_lab->kernelOption(server.id, SocketOption::ReusePort), qint64(1));
        QCOMPARE(m_lab->kernelOption(server.id, SocketOption::ReceiveBuffer), qint64(8192));
        QCOMPARE(optionEvents(*m_journal, server.id).size(), 3);
        // It really listens: a client gets through.
        const quint16 port = m_lab->info(server.id)->localPort;
        QVERIFY(port != 0);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(5000));
        QTRY_VERIFY_WITH_TIMEOUT(acceptedSocket(*m_journal) >= 0, 5000);
        // The accepted socket is the listener's clone: it starts with its options, and says so.
        const qint32 accepted = acceptedSocket(*m_journal);
        const QList<Event> inherited = optionEvents(*m_journal, accepted);
        QCOMPARE(inherited.size(), 3);
        for (const Event &e : inherited) {
            QCOMPARE(e.source, EventSource::Kernel);
            QCOMPARE(e.value2, m_lab->kernelOption(accepted, SocketOption(e.flags)));
            QVERIFY(m_journal->string(e.text).contains(QStringLiteral("#%1").arg(server.id)));
        }
        QCOMPARE(m_lab->kernelOption(accepted, SocketOption::ReusePort), qint64(1));
        QCOMPARE(m_lab->kernelOption(accepted, SocketOption::ReceiveBuffer), qint64(8192));
        QCOMPARE(m_lab->kernelOption(accepted, SocketOption::NoDelay), qint64(1));
        QCOMPARE(m_lab->askedOption(accepted, SocketOption::ReceiveBuffer), std::optional<qint64>(4096));
    }

    // An option the kernel refuses is said in the journal, and the socket goes on.
    void refusedOptionIsSaid()
    {
        const Lab::Opened udp = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!udp.error);
        // Out of range for the kernel (the command line would not let it through).
        QVERIFY(!m_lab->setOption(udp.id, SocketOption::Ttl, 1000));
        const QList<Event> events = optionEvents(*m_journal, udp.id);
        QCOMPARE(events.size(), 1);
        QVERIFY(events.constFirst().text != 0);
        QCOMPARE(events.constFirst().value, qint64(1000));
        QVERIFY(events.constFirst().value2 != 1000);
        // TCP-only options are refused on UDP before any system call.
        QCOMPARE(m_lab->setOption(udp.id, SocketOption::NoDelay, 1).kind, LabError::WrongState);
        QCOMPARE(optionEvents(*m_journal, udp.id).size(), 1);
    }

    void closeWithLinger_data()
    {
        QTest::addColumn<bool>("lingerZero");
        QTest::addColumn<bool>("atOpen");
        QTest::newRow("linger 0 at open: RST") << true << true;
        QTest::newRow("linger 0 later: RST") << true << false;
        QTest::newRow("no linger: FIN") << false << false;
    }

    // close() (not abort) on a socket with linger 0 sends RST: the peer sees a reset, not a
    // FIN. Without the option the same close() is the orderly one.
    void closeWithLinger()
    {
        QFETCH(bool, lingerZero);
        QFETCH(bool, atOpen);
        const Lab::Opened server = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!server.error);
        const quint16 port = m_lab->info(server.id)->localPort;
        QList<OptionRequest> options;
        if (lingerZero && atOpen)
            options.append({SocketOption::Linger, 0});
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port, {}, options);
        QVERIFY(!client.error);
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->info(client.id)->qtState == QAbstractSocket::ConnectedState, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(acceptedSocket(*m_journal) >= 0, 5000);
        const qint32 peer = acceptedSocket(*m_journal);
        if (lingerZero && !atOpen)
            QVERIFY(!m_lab->setOption(client.id, SocketOption::Linger, 0));
        QCOMPARE(m_lab->kernelOption(client.id, SocketOption::Linger), qint64(lingerZero ? 0 : -1));

        QVERIFY(!m_lab->close(client.id));
        const auto peerReset = [&] {
            for (const Event &e : eventsOf(*m_journal, peer, EventKind::Error)) {
                if (e.value == LabError::ConnectionReset)
                    return true;
            }
            return false;
        };
        if (lingerZero) {
            QTRY_VERIFY_WITH_TIMEOUT(peerReset(), 5000);
            QVERIFY(!hasEvent(*m_journal, peer, EventKind::Shutdown));
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(hasEvent(*m_journal, peer, EventKind::Shutdown), 5000);
            QVERIFY(!peerReset());
        }
        // Our side called close(), not abort().
        QVERIFY(hasEvent(*m_journal, client.id, EventKind::CloseCalled));
        QVERIFY(!hasEvent(*m_journal, client.id, EventKind::Aborted));
    }

    void plainPeerSeesHowItEnded_data()
    {
        QTest::addColumn<bool>("lingerZero");
        QTest::newRow("linger 0: the peer's recv() fails with ECONNRESET") << true;
        QTest::newRow("no linger: the peer's recv() reads the end (0)") << false;
    }

    // The peer need not be one of the lab's: a bare socket's recv() tells a reset (ECONNRESET)
    // from an orderly end (0), which Qt reports alike as "remote host closed".
    void plainPeerSeesHowItEnded()
    {
        QFETCH(bool, lingerZero);
        RawListener listener;
        QVERIFY(listener.open());
        const QList<OptionRequest> options
            = lingerZero ? QList<OptionRequest> {{SocketOption::Linger, 0}} : QList<OptionRequest> {};
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, listener.port(), {}, options);
        QVERIFY(!client.error);
        int peer = -1;
        // QTRY_ evaluates its condition once more at the end: what was accepted is kept.
        QTRY_VERIFY_WITH_TIMEOUT(peer >= 0 || (peer = listener.acceptOne()) >= 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->info(client.id)->qtState == QAbstractSocket::ConnectedState, 5000);
        QVERIFY(!m_lab->close(client.id));
        int result = 1;
        int error = 0;
        bool ended = false; // a reset is reported once; the next recv() would read 0
        QTRY_VERIFY_WITH_TIMEOUT(ended || ([&] {
            char byte = 0;
            result = int(::recv(peer, &byte, 1, MSG_DONTWAIT));
            error = errno;
            ended = result == 0 || (result < 0 && error != EAGAIN && error != EWOULDBLOCK);
            return ended;
        }()),
            5000);
        ::close(peer);
        if (lingerZero) {
            QCOMPARE(result, -1);
            QCOMPARE(error, ECONNRESET);
        } else {
            QCOMPARE(result, 0);
        }
    }

    void reusePortSpreads_data()
    {
        QTest::addColumn<bool>("reusePort");
        QTest::newRow("reuseport: both listen, both accept") << true;
        QTest::newRow("without: the second is refused") << false;
    }

    // Two listeners on one port with SO_REUSEPORT: the kernel spreads the connections.
    void reusePortSpreads()
    {
        QFETCH(bool, reusePort);
        const QList<OptionRequest> options
            = reusePort ? QList<OptionRequest> {{SocketOption::ReusePort, 1}} : QList<OptionRequest> {};
        const Lab::Opened first = m_lab->listenTcp(QHostAddress::LocalHost, 0, Lab::kDefaultBacklog, options);
        QVERIFY(!first.error);
        const quint16 port = m_lab->info(first.id)->localPort;
        const Lab::Opened second
            = m_lab->listenTcp(QHostAddress::LocalHost, port, Lab::kDefaultBacklog, options);
        if (!reusePort) {
            QCOMPARE(second.error.kind, LabError::AddressInUse);
            return;
        }
        QVERIFY2(!second.error, qPrintable(second.error.detail));

        constexpr int kClients = 50;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            clients.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        const auto acceptedBy = [&](qint32 listener) {
            int count = 0;
            for (qsizetype i = 0; i < m_journal->count(); ++i) {
                const Event &e = m_journal->at(i);
                if (e.kind == EventKind::SocketOpened && e.role == SocketRole::Accepted
                    && e.value == listener)
                    ++count;
            }
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(acceptedBy(first.id) + acceptedBy(second.id), kClients, 10000);
        qInfo("listener #%d accepted %d, listener #%d accepted %d", first.id, acceptedBy(first.id), second.id,
            acceptedBy(second.id));
        QVERIFY(acceptedBy(first.id) > 0);
        QVERIFY(acceptedBy(second.id) > 0);
        for (auto &client : clients)
            client->abort();
    }
};

QTEST_GUILESS_MAIN(TestSocketOptions)
#include "tst_socketoptions.moc"
