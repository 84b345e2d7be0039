#include "journal/journal.h"
#include "journalquery.h"
#include "lab/lab.h"

#include <QtTest/QtTest>

#include <cerrno>
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

constexpr int kPeers = 20;

// A plain blocking client socket connected to 127.0.0.1:port; -1 when that failed.
int connectPlain(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in target {};
    target.sin_family = AF_INET;
    target.sin_port = htons(port);
    target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// What the peer's next recv() says, waiting up to a few seconds for it: the bytes, or "EOF",
// or "reset", or "nothing".
QByteArray peerReads(int fd)
{
    pollfd p {fd, POLLIN, 0};
    if (::poll(&p, 1, 5000) != 1)
        return QByteArrayLiteral("nothing");
    char buffer[64];
    const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
    if (got > 0)
        return QByteArray(buffer, qsizetype(got));
    if (got == 0)
        return QByteArrayLiteral("EOF");
    return errno == ECONNRESET ? QByteArrayLiteral("reset") : QByteArrayLiteral("error");
}

} // namespace

// Quiet connections are parked (their Qt notifier off, one epoll set watching them all) so
// that the window's event loop does not ask the kernel about each of them on every turn. A
// parked connection must still see, journal and do everything an unparked one does.
class TestQuietSockets : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        // A handful is enough to be parked here (the app waits for Lab::kParkFrom).
        m_lab->setParkFrom(1);
    }

    void cleanup()
    {
        for (const int fd : m_peers)
            ::close(fd);
        m_peers.clear();
        stopLab();
    }

    void parkedConnectionsStillWork_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("the peer sends") << QStringLiteral("peer sends");
        QTest::newRow("the peer closes") << QStringLiteral("peer closes");
        QTest::newRow("the peer resets") << QStringLiteral("peer resets");
        QTest::newRow("the lab sends") << QStringLiteral("lab sends");
        QTest::newRow("the lab half-closes") << QStringLiteral("lab shuts down");
        QTest::newRow("the lab closes") << QStringLiteral("lab closes");
        QTest::newRow("the lab aborts") << QStringLiteral("lab aborts");
    }

    void parkedConnectionsStillWork()
    {
        QFETCH(QString, what);
        const QList<qint32> accepted = parkedPeers();
        QCOMPARE(accepted.size(), kPeers);

        if (what == QLatin1StringView("peer sends")) {
            for (const int fd : m_peers)
                QCOMPARE(::send(fd, "hello", 5, MSG_NOSIGNAL), 5);
            for (const qint32 id : accepted) {
                QTRY_COMPARE(m_lab->info(id)->bytesIn, 5);
                const QList<Event> reads = eventsOf(*m_journal, id, EventKind::DataReceived);
                QCOMPARE(reads.size(), 1);
                QCOMPARE(m_journal->payload(reads.first().payload), QByteArrayLiteral("hello"));
            }
            // Quiet again, they are parked again.
            QTRY_COMPARE(m_lab->parkedConnections(), kPeers);
        } else if (what == QLatin1StringView("peer closes")) {
            for (const int fd : m_peers)
                ::shutdown(fd, SHUT_WR);
            for (const qint32 id : accepted) {
                QTRY_COMPARE(eventsOf(*m_journal, id, EventKind::Shutdown).size(), 1);
                QCOMPARE(eventsOf(*m_journal, id, EventKind::Shutdown).first().source, EventSource::Qt);
                // Half-closed: this end still sends, and the peer still reads.
                QVERIFY(!m_lab->send(id, QByteArrayLiteral("bye")));
            }
            for (const int fd : m_peers)
                QCOMPARE(peerReads(fd), QByteArrayLiteral("bye"));
        } else if (what == QLatin1StringView("peer resets")) {
            for (int &fd : m_peers) {
                const linger option {1, 0};
                ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, sizeof option);
                ::close(fd);
                fd = -1;
            }
            m_peers.clear();
            for (const qint32 id : accepted) {
                QTRY_VERIFY(!m_lab->info(id)->isOpen());
                QCOMPARE(eventsOf(*m_journal, id, EventKind::Error).size(), 1);
                QCOMPARE(eventsOf(*m_journal, id, EventKind::Error).first().value,
                    qint64(LabError::ConnectionReset));
            }
        } else if (what == QLatin1StringView("lab sends")) {
            for (const qint32 id : accepted)
                QVERIFY(!m_lab->send(id, QByteArrayLiteral("hi")));
            for (const int fd : m_peers)
                QCOMPARE(peerReads(fd), QByteArrayLiteral("hi"));
            // The peers answer; the woken sockets read it.
            for (const int fd : m_peers)
                QCOMPARE(::send(fd, "ok", 2, MSG_NOSIGNAL), 2);
            for (const qint32 id : accepted)
                QTRY_COMPARE(m_lab->info(id)->bytesIn, 2);
        } else if (what == QLatin1StringView("lab shuts down")) {
            for (const qint32 id : accepted)
                QVERIFY(!m_lab->shutdownWrite(id));
            for (const int fd : m_peers)
                QCOMPARE(peerReads(fd), QByteArrayLiteral("EOF"));
            // Still reading after its own half-close.
            for (const int fd : m_peers)
                QCOMPARE(::send(fd, "late", 4, MSG_NOSIGNAL), 4);
            for (const qint32 id : accepted)
                QTRY_COMPARE(m_lab->info(id)->bytesIn, 4);
        } else if (what == QLatin1StringView("lab closes")) {
            for (const qint32 id : accepted)
                QVERIFY(!m_lab->close(id));
            for (const int fd : m_peers)
                QCOMPARE(peerReads(fd), QByteArrayLiteral("EOF"));
            for (const qint32 id : accepted)
                QTRY_COMPARE(eventsOf(*m_journal, id, EventKind::Closed).size(), 1);
            QCOMPARE(m_lab->parkedConnections(), 0);
        } else if (what == QLatin1StringView("lab aborts")) {
            for (const qint32 id : accepted)
                QVERIFY(!m_lab->abort(id));
            for (const int fd : m_peers)
                QCOMPARE(peerReads(fd), QByteArrayLiteral("reset"));
            for (const qint32 id : accepted)
                QCOMPARE(eventsOf(*m_journal, id, EventKind::Aborted).size(), 1);
            QCOMPARE(m_lab->parkedConnections(), 0);
        }
    }

    // A socket that is parked when the lab goes away is let go like any other.
    void labEndsWithParkedConnections()
    {
        QCOMPARE(parkedPeers().size(), kPeers);
        stopLab();
        for (const int fd : m_peers)
            QCOMPARE(peerReads(fd), QByteArrayLiteral("EOF"));
        startLab();
    }

    // Parking off (or never started): nothing parked, everything as before.
    void parkingOff()
    {
        m_lab->setParkFrom(0);
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const int fd = connectPlain(m_lab->info(listener.id)->localPort);
        QVERIFY(fd >= 0);
        m_peers.push_back(fd);
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        QCOMPARE(::send(fd, "x", 1, MSG_NOSIGNAL), 1);
        QTRY_COMPARE(m_lab->info(acceptedBy(*m_lab, listener.id).first())->bytesIn, 1);
        QCOMPARE(m_lab->parkedConnections(), 0);
    }

private:
    // kPeers plain clients connected to a lab listener, once the lab has parked every one of
    // the sockets it accepted for them; the accepted sockets' ids.
    QList<qint32> parkedPeers()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        if (listener.error)
            return {};
        const quint16 port = m_lab->info(listener.id)->localPort;
        for (int i = 0; i < kPeers; ++i) {
            const int fd = connectPlain(port);
            if (fd < 0)
                return {};
            m_peers.push_back(fd);
        }
        if (!QTest::qWaitFor([&] { return acceptedBy(*m_lab, listener.id).size() == kPeers; }))
            return {};
        if (!QTest::qWaitFor([&] { return m_lab->parkedConnections() == kPeers; }))
            return {};
        return acceptedBy(*m_lab, listener.id);
    }

    std::vector<int> m_peers;
};

QTEST_GUILESS_MAIN(TestQuietSockets)
#include "tst_quietsockets.moc"
