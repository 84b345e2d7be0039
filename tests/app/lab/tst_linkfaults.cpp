#include "journal/journal.h"
#include "journal/recordingformat.h"
#include "kernel/tcpinforeading.h"
#include "lab/lab.h"
#include "labquery.h"
#include "network/labtopology.h"
#include "network/linkfault.h"
#include "network/virtualnetwork.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

using namespace SocketScope;

namespace {

const QHostAddress kPcA(QStringLiteral("192.168.0.10"));
const QHostAddress kRemote(QStringLiteral("203.0.113.50"));

sockaddr_in socketAddress(const QHostAddress &address, quint16 port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(address.toIPv4Address());
    return a;
}

// A descriptor made inside the lab computer that owns `address`, closed when it goes.
struct LabDescriptor
{
    LabDescriptor(LabNetwork *lab, Protocol proto, const QHostAddress &address)
        : fd(int(lab->place(proto, address).descriptor))
    { }
    ~LabDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
    LabDescriptor(const LabDescriptor &) = delete;
    LabDescriptor &operator=(const LabDescriptor &) = delete;
    int fd;
};

// `count` datagrams numbered 0, 1, 2... sent from pc-a to remote while `link` has `fault`, one
// after another; the numbers that never arrived. Afterwards the fault is cleared and one more
// datagram (the number `count`) is sent and waited for: the datagrams before it have then
// arrived or are lost for good. Empty with `*failed` set when something else went wrong.
QList<int> lostDatagrams(
    VirtualNetwork &network, const QString &link, const LinkFault &fault, int count, QString *failed)
{
    LabNetwork *lab = network.network();
    const LabDescriptor receiver(lab, Protocol::Udp, kRemote);
    const LabDescriptor sender(lab, Protocol::Udp, kPcA);
    if (receiver.fd < 0 || sender.fd < 0) {
        *failed = QStringLiteral("no UDP socket in the lab");
        return {};
    }
    const sockaddr_in where = socketAddress(kRemote, 9001);
    const sockaddr_in from = socketAddress(kPcA, 0);
    if (::bind(receiver.fd, reinterpret_cast<const sockaddr *>(&where), sizeof where) != 0
        || ::bind(sender.fd, reinterpret_cast<const sockaddr *>(&from), sizeof from) != 0
        || ::connect(sender.fd, reinterpret_cast<const sockaddr *>(&where), sizeof where) != 0) {
        *failed = QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }
    ::fcntl(receiver.fd, F_SETFL, ::fcntl(receiver.fd, F_GETFL) | O_NONBLOCK);
    const LabNetwork::LinkFaultOutcome outcome = network.setLinkFault(link, fault);
    if (!outcome.error.isEmpty() || outcome.refused) {
        *failed = QStringLiteral("the fault was not applied: ") + outcome.error;
        return {};
    }
    QList<bool> arrived(count + 1, false);
    const auto drain = [&] {
        quint32 number = 0;
        while (::recv(receiver.fd, &number, sizeof number, 0) == ssize_t(sizeof number)) {
            if (number <= quint32(count))
                arrived[qsizetype(number)] = true;
        }
    };
    const auto sendNumber = [&](quint32 number) {
        return ::send(sender.fd, &number, sizeof number, 0) == ssize_t(sizeof number);
    };
    for (int i = 0; i < count; ++i) {
        if (!sendNumber(quint32(i))) {
            *failed = QString::fromLocal8Bit(std::strerror(errno));
            return {};
        }
        drain(); // the receiver's buffer never fills
    }
    if (!network.setLinkFault(link, LinkFault()).error.isEmpty()) {
        *failed = QStringLiteral("the fault could not be cleared");
        return {};
    }
    QElapsedTimer guard;
    guard.start();
    while (!arrived[count]) {
        if (guard.elapsed() > 10'000) {
            *failed = QStringLiteral("the last datagram, sent without loss, never came");
            return {};
        }
        sendNumber(quint32(count));
        pollfd fds {receiver.fd, POLLIN, 0};
        ::poll(&fds, 1, 200);
        drain();
    }
    QList<int> lost;
    for (int i = 0; i < count; ++i) {
        if (!arrived[i])
            lost << i;
    }
    return lost;
}

// The numbers of `count` packets in a row that a fault's loss slots drop: the kernel counts
// the link's packets from 0 (numgen inc mod 100) and drops those whose count is a slot.
QList<int> droppedBySlots(const LinkFault &fault, int count)
{
    const QList<int> places = fault.lossSlots();
    QList<int> dropped;
    for (int i = 0; i < count; ++i) {
        if (places.contains(i % 100))
            dropped << i;
    }
    return dropped;
}

// A bulk transfer of `total` bytes from pc-a to remote on plain lab descriptors; the
// segments the sender's kernel retransmitted (tcp_info), or -1 when it could not be done.
int retransmissionsOfBulkTransfer(LabNetwork *lab, quint16 port, qint64 total, QString *failed)
{
    const LabDescriptor listener(lab, Protocol::Tcp, kRemote);
    const LabDescriptor client(lab, Protocol::Tcp, kPcA);
    if (listener.fd < 0 || client.fd < 0) {
        *failed = QStringLiteral("no TCP socket in the lab");
        return -1;
    }
    const sockaddr_in where = socketAddress(kRemote, port);
    if (::bind(listener.fd, reinterpret_cast<const sockaddr *>(&where), sizeof where) != 0
        || ::listen(listener.fd, 1) != 0
        || ::connect(client.fd, reinterpret_cast<const sockaddr *>(&where), sizeof where) != 0) {
        *failed = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int server = ::accept4(listener.fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (server < 0) {
        *failed = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const auto closeServer = qScopeGuard([&] { ::close(server); });
    ::fcntl(client.fd, F_SETFL, ::fcntl(client.fd, F_GETFL) | O_NONBLOCK);
    std::vector<char> chunk(std::size_t(64) * 1024, 'x');
    qint64 sent = 0;
    qint64 received = 0;
    QElapsedTimer guard;
    guard.start();
    while (received < total) {
        if (guard.elapsed() > 120'000) {
            *failed = QStringLiteral("the transfer stalled");
            return -1;
        }
        pollfd fds[2] = {{client.fd, short(sent < total ? POLLOUT : 0), 0}, {server, POLLIN, 0}};
        ::poll(fds, 2, 1000);
        if ((fds[0].revents & POLLOUT) && sent < total) {
            const ssize_t n = ::send(client.fd, chunk.data(),
                size_t(qMin<qint64>(total - sent, qint64(chunk.size()))), MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
        }
        if (fds[1].revents & POLLIN) {
            const ssize_t n = ::recv(server, chunk.data(), chunk.size(), 0);
            if (n <= 0) {
                *failed = QStringLiteral("the connection ended early");
                return -1;
            }
            received += n;
        }
    }
    tcp_info info {};
    socklen_t size = sizeof info;
    if (::getsockopt(client.fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0) {
        *failed = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    return int(info.tcpi_total_retrans);
}

} // namespace

class TestLinkFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void specs_data();
    void specs();
    void settings_data();
    void settings();
    void seedPicksTheSameSlots();
    void seedDropsTheSamePacketsAgain();
    void lossDecidesWhetherConnectCompletes_data();
    void lossDecidesWhetherConnectCompletes();
    void rateBoundsABulkTransfer();
    void queueIsAppliedAndJournalled_data();
    void queueIsAppliedAndJournalled();
    void journalSaysWhatTheKernelApplied();
    void unknownLinkIsRefused();

private:
    bool startNetwork();

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<VirtualNetwork> m_network;
};

void TestLinkFaults::init()
{
    m_journal = std::make_unique<Journal>();
    m_lab = std::make_unique<Lab>(m_journal.get(), nullptr);
    m_network = std::make_unique<VirtualNetwork>(m_journal.get(), m_lab.get(), nullptr);
}

void TestLinkFaults::cleanup()
{
    m_network.reset();
    m_lab.reset();
    m_journal.reset();
}

bool TestLinkFaults::startNetwork()
{
    if (m_network->start())
        return true;
    qWarning("the lab network cannot be built here: %s", qPrintable(m_network->problem()));
    return false;
}

void TestLinkFaults::specs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonical"); // empty: refused
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("loss") << "loss=5%"
                          << "loss=5%"
                          << "";
    QTest::newRow("loss without %") << "loss=5"
                                    << "loss=5%"
                                    << "";
    QTest::newRow("loss and seed") << "loss=5%,seed=7"
                                   << "loss=5%,seed=7"
                                   << "";
    QTest::newRow("rate") << "rate=1mbit"
                          << "rate=1mbit"
                          << "";
    QTest::newRow("rate per second") << "rate=500kbit/s"
                                     << "rate=500kbit"
                                     << "";
    QTest::newRow("rate and queue") << "loss=5%,rate=1mbit,queue=64kb"
                                    << "loss=5%,rate=1mbit,queue=64kb"
                                    << "";
    QTest::newRow("delay reorder") << "delay=20ms,jitter=5ms,reorder=25%"
                                   << "delay=20ms,jitter=5ms,reorder=25%"
                                   << "";
    QTest::newRow("none") << "none"
                          << ""
                          << "";
    QTest::newRow("loss zero") << "loss=0%"
                               << ""
                               << "";
    QTest::newRow("loss 150%") << "loss=150%"
                               << ""
                               << "0% to 100%";
    QTest::newRow("loss negative") << "loss=-1%"
                                   << ""
                                   << "0% to 100%";
    QTest::newRow("loss fraction") << "loss=2.5%"
                                   << ""
                                   << "whole percent";
    QTest::newRow("rate abc") << "rate=abc"
                              << ""
                              << "rate=abc";
    QTest::newRow("rate without unit") << "rate=1000"
                                       << ""
                                       << "unit";
    QTest::newRow("rate too low") << "rate=1bit"
                                  << ""
                                  << "8kbit";
    QTest::newRow("queue without rate") << "queue=64kb"
                                        << ""
                                        << "give a rate";
    QTest::newRow("queue too small") << "rate=1mbit,queue=10b"
                                     << ""
                                     << "2kb";
    QTest::newRow("reorder without delay") << "reorder=25%"
                                           << ""
                                           << "delay";
    QTest::newRow("jitter above delay") << "delay=5ms,jitter=10ms"
                                        << ""
                                        << "more than the delay";
    QTest::newRow("delay too long") << "delay=11s"
                                    << ""
                                    << "10 seconds";
    QTest::newRow("unknown fault") << "corrupt=5%"
                                   << ""
                                   << "corrupt";
    QTest::newRow("no value") << "loss"
                              << ""
                              << "needs a value";
    QTest::newRow("seed not a number") << "loss=5%,seed=x"
                                       << ""
                                       << "seed=x";
}

void TestLinkFaults::specs()
{
    QFETCH(QString, spec);
    QFETCH(QString, canonical);
    QFETCH(QString, problemMentions);
    QString error;
    const std::optional<LinkFault> fault = LinkFault::parse(spec, &error);
    if (!problemMentions.isEmpty()) {
        QVERIFY2(!fault, qPrintable(spec));
        QVERIFY2(error.contains(problemMentions), qPrintable(error));
        return;
    }
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->toSpec(), canonical);
    // What toSpec() writes parses back to the same fault (the journal relies on it).
    const std::optional<LinkFault> again = LinkFault::parse(fault->toSpec(), &error);
    QVERIFY(again);
    QCOMPARE(*again, *fault);
}

void TestLinkFaults::settings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("link"); // empty: refused
    QTest::newRow("wan") << "wan:loss=5%,rate=1mbit"
                         << "wan";
    QTest::newRow("lan") << "lan:rate=2mbit"
                         << "lan";
    QTest::newRow("a cable") << "pc-a:loss=1%"
                             << "pc-a";
    QTest::newRow("remote's cable") << "remote:delay=20ms"
                                    << "remote";
    QTest::newRow("unknown link") << "dmz:loss=5%"
                                  << "";
    QTest::newRow("the router itself") << "router:loss=5%"
                                       << "";
    QTest::newRow("no name") << "loss=5%"
                             << "";
    QTest::newRow("bad fault") << "wan:loss=150%"
                               << "";
}

void TestLinkFaults::settings()
{
    QFETCH(QString, text);
    QFETCH(QString, link);
    QString error;
    const auto setting = LinkFaultSetting::parse(text, LabTopology::homeNetwork(), &error);
    if (link.isEmpty()) {
        QVERIFY2(!setting, qPrintable(text));
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(setting, qPrintable(error));
    QCOMPARE(setting->link, link);
}

void TestLinkFaults::seedPicksTheSameSlots()
{
    LinkFault fault;
    fault.lossPercent = 5;
    fault.seed = 7;
    const QList<int> places = fault.lossSlots();
    QCOMPARE(places.size(), 5);
    QCOMPARE(fault.lossSlots(), places);
    for (const int slot : places)
        QVERIFY(slot >= 0 && slot < 100);
    QVERIFY(std::adjacent_find(places.begin(), places.end()) == places.end());
    fault.seed = 8;
    QVERIFY(fault.lossSlots() != places);
    fault.lossPercent = 100;
    QCOMPARE(fault.lossSlots().size(), 100);
}

// The seed on real packets: numbered datagrams through a lossy link, twice with the same seed
// and once with another. The kernel counts the link's packets (numgen inc mod 100, counting
// from 0 when the fault is applied), so the datagrams lost are exactly those the seed's slots
// name, the same in both runs; the other seed loses others.
//
// Exactly, as long as nothing else crosses the link during a run. The loss rule counts only
// IPv4, the lab's protocol: it once counted IPv6 too, and the lab's kernels send IPv6 packets
// of their own on every link (neighbour and router solicitations, listener reports), which
// shifted the count in 17 of some 70 runs. A stray IPv4 packet can still cross at a run's start
// (seen once in a suite run with another test beside it: the whole pattern moved by one), so a
// run whose pattern moved is done again (at most five times, a little apart); a seed that does
// not decide which packets go (numgen random, or the seed not used) matches in none of them.
void TestLinkFaults::seedDropsTheSamePacketsAgain()
{
    if (!startNetwork())
        QSKIP("no user namespaces here");
    constexpr int kCount = 200;
    const auto text = [](const QList<int> &numbers) {
        QStringList words;
        for (const int n : numbers)
            words << QString::number(n);
        return words.join(QLatin1Char(' ')).toLatin1();
    };
    QString failed;
    // The datagrams `fault` lost in a run the kernel's own packets left alone; the last run's
    // when every attempt was disturbed.
    const auto lostInARun = [&](const LinkFault &fault) {
        const QList<int> predicted = droppedBySlots(fault, kCount);
        QList<int> lost;
        for (int attempt = 1; attempt <= 5 && failed.isEmpty(); ++attempt) {
            if (attempt > 1)
                QTest::qWait(300); // past whatever crossed the link
            lost = lostDatagrams(*m_network, QStringLiteral("remote"), fault, kCount, &failed);
            if (lost == predicted)
                break;
            qInfo("seed %u, attempt %d lost %s, not %s", *fault.seed, attempt, text(lost).constData(),
                text(predicted).constData());
        }
        return lost;
    };
    LinkFault fault;
    fault.lossPercent = 10;
    fault.seed = 7;
    const QList<int> first = lostInARun(fault);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QList<int> again = lostInARun(fault);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    LinkFault other = fault;
    other.seed = 8;
    const QList<int> otherSeed = lostInARun(other);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    qInfo("seed 7 lost %s; again %s; seed 8 lost %s", text(first).constData(), text(again).constData(),
        text(otherSeed).constData());
    QCOMPARE(first.size(), 20); // 10 of every 100
    QCOMPARE(first, droppedBySlots(fault, kCount));
    QCOMPARE(again, first);
    QCOMPARE(otherSeed, droppedBySlots(other, kCount));
    QVERIFY(otherSeed != first);
}

void TestLinkFaults::lossDecidesWhetherConnectCompletes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("connects");
    QTest::newRow("loss=100% on remote's cable") << "loss=100%" << false;
    QTest::newRow("loss=0 on remote's cable") << "loss=0" << true;
    QTest::newRow("a rate limit lets it through") << "rate=1mbit" << true;
}

void TestLinkFaults::lossDecidesWhetherConnectCompletes()
{
    QFETCH(QString, spec);
    QFETCH(bool, connects);
    if (!startNetwork())
        QSKIP("no user namespaces here");
    QString error;
    const std::optional<LinkFault> fault = LinkFault::parse(spec, &error);
    QVERIFY(fault);
    const LabNetwork::LinkFaultOutcome outcome = m_network->setLinkFault(QStringLiteral("remote"), *fault);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.refused, quint8(0));

    const Lab::Opened server = m_lab->listenTcp(kRemote, 80);
    QVERIFY(!server.error);
    const Lab::Opened client = m_lab->connectTcp(kRemote, 80, kPcA);
    QVERIFY(!client.error);
    if (connects) {
        QTRY_VERIFY_WITH_TIMEOUT(!acceptedBy(*m_lab, server.id).isEmpty(), 10000);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        return;
    }
    // The SYN leaves pc-a and is lost on the far cable: once pc-a has sent it again (TCP's own
    // retransmission, about a second later), the first one has certainly had its chance.
    QTRY_VERIFY_WITH_TIMEOUT(synsSentBy(*m_journal, QStringLiteral("pc-a")) >= 2, 10000);
    QVERIFY(acceptedBy(*m_lab, server.id).isEmpty());
    QVERIFY(m_lab->info(client.id)->qtState != QAbstractSocket::ConnectedState);
    // Never the kernel's own connect timeout.
    QVERIFY(!m_lab->abort(client.id));
}

void TestLinkFaults::rateBoundsABulkTransfer()
{
    if (!startNetwork())
        QSKIP("no user namespaces here");
    constexpr qint64 kRate = 2'000'000;
    LinkFault fault;
    fault.rateBitsPerSecond = kRate;
    const LabNetwork::LinkFaultOutcome outcome = m_network->setLinkFault(QStringLiteral("remote"), fault);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.refused, quint8(0));

    // Plain descriptors made inside the lab's computers: the transfer is timed here, with no
    // event loop between the bytes and the clock.
    LabNetwork *lab = m_network->network();
    const SocketPlacement::Place listenerPlace = lab->place(Protocol::Tcp, kRemote);
    const SocketPlacement::Place clientPlace = lab->place(Protocol::Tcp, kPcA);
    QVERIFY(listenerPlace.descriptor >= 0 && clientPlace.descriptor >= 0);
    const int listener = int(listenerPlace.descriptor);
    const int client = int(clientPlace.descriptor);
    const auto closeAll = qScopeGuard([&] {
        ::close(listener);
        ::close(client);
    });
    const sockaddr_in where = socketAddress(kRemote, 9000);
    QCOMPARE(::bind(listener, reinterpret_cast<const sockaddr *>(&where), sizeof where), 0);
    QCOMPARE(::listen(listener, 1), 0);
    QCOMPARE(::connect(client, reinterpret_cast<const sockaddr *>(&where), sizeof where), 0);
    const int server = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    QVERIFY(server >= 0);
    const auto closeServer = qScopeGuard([&] { ::close(server); });
    QVERIFY(::fcntl(client, F_SETFL, ::fcntl(client, F_GETFL) | O_NONBLOCK) == 0);

    // 400 KB at 2 Mbit/s: about 1.6 s. The clock starts at the first byte received, so the
    // queue filling up counts and the handshake does not.
    constexpr qint64 kTotal = qint64(400) * 1024;
    std::vector<char> chunk(std::size_t(64) * 1024, 'x');
    qint64 sent = 0;
    qint64 received = 0;
    QElapsedTimer clock;
    QElapsedTimer guard;
    guard.start();
    bool inFlightSeen = false;
    while (received < kTotal) {
        QVERIFY2(guard.elapsed() < 60'000, "the transfer stalled");
        pollfd fds[2] = {{client, short(sent < kTotal ? POLLOUT : 0), 0}, {server, POLLIN, 0}};
        ::poll(fds, 2, 1000);
        if ((fds[0].revents & POLLOUT) && sent < kTotal) {
            const ssize_t n = ::send(client, chunk.data(),
                size_t(qMin<qint64>(kTotal - sent, qint64(chunk.size()))), MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
        }
        if (fds[1].revents & POLLIN) {
            const ssize_t n = ::recv(server, chunk.data(), chunk.size(), 0);
            QVERIFY(n > 0);
            if (!clock.isValid())
                clock.start();
            received += n;
        }
        // Half way, behind the rate limit, bytes are in flight: the kernel's tcp_info says how
        // many, as the send queue's two counts do (bytes not yet acknowledged, less those not
        // yet sent). Read once more if an ACK came between the readings.
        if (!inFlightSeen && received > kTotal / 2) {
            for (int attempt = 0; attempt < 5 && !inFlightSeen; ++attempt) {
                const TcpInfo before = readTcpInfo(client);
                int queued = 0;
                int notSent = 0;
                QCOMPARE(::ioctl(client, SIOCOUTQ, &queued), 0);
                QCOMPARE(::ioctl(client, SIOCOUTQNSD, &notSent), 0);
                const TcpInfo after = readTcpInfo(client);
                QVERIFY2(before.bytesInFlight >= 0, "this kernel gives no bytes in flight");
                if (before.bytesInFlight != after.bytesInFlight)
                    continue;
                qInfo("in flight: %lld bytes (%lld segments); queued %d, not sent %d", before.bytesInFlight,
                    before.inFlight, queued, notSent);
                QCOMPARE(before.bytesInFlight, qint64(queued - notSent));
                QVERIFY(before.bytesInFlight > 0);
                inFlightSeen = true;
            }
        }
    }
    QVERIFY(inFlightSeen);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double bitsPerSecond = double(received) * 8.0 / seconds;
    qInfo("rate limit %lld bit/s: %lld bytes in %.3f s, measured %.0f bit/s (%.2fx the limit)", kRate,
        received, seconds, bitsPerSecond, bitsPerSecond / double(kRate));
    // Loose: the bucket's burst and the queue let the start run ahead of the rate.
    QVERIFY2(bitsPerSecond < 3.0 * double(kRate), qPrintable(QString::number(bitsPerSecond)));
}

void TestLinkFaults::queueIsAppliedAndJournalled_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<qint64>("queueBytes");
    QTest::addColumn<QString>("journalled"); // as the journal writes it (tc's k = 1024)
    QTest::addColumn<bool>("drops");
    // 4 Mbit/s lets 5,000 bytes through at once; a queue of 2 KB behind it holds one full
    // segment, and the first flight of a bulk transfer (ten segments) overflows it. A queue
    // of 1 MB holds the whole transfer.
    QTest::newRow("queue=2kb drops") << "rate=4mbit,queue=2kb" << qint64(2048) << "rate=4mbit,queue=2kb"
                                     << true;
    QTest::newRow("queue=1mb does not")
        << "rate=4mbit,queue=1mb" << qint64(1024 * 1024) << "rate=4mbit,queue=1024kb" << false;
}

// The rate limit's queue: journalled as asked and as applied, and the kernel's tbf really has
// it: too small, a bulk transfer through the link loses segments (the sender retransmits);
// large enough, the same transfer retransmits nothing.
void TestLinkFaults::queueIsAppliedAndJournalled()
{
    QFETCH(QString, spec);
    QFETCH(qint64, queueBytes);
    QFETCH(QString, journalled);
    QFETCH(bool, drops);
    if (!startNetwork())
        QSKIP("no user namespaces here");
    QString error;
    const std::optional<LinkFault> fault = LinkFault::parse(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->queueBytes, queueBytes);
    const LabNetwork::LinkFaultOutcome outcome = m_network->setLinkFault(QStringLiteral("remote"), *fault);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.refused, quint8(0));
    QCOMPARE(outcome.applied.queueBytes, queueBytes);
    QCOMPARE(m_network->network()->linkFaults().value(QStringLiteral("remote")).queueBytes, queueBytes);

    const QList<Event> events = linkFaultEvents(*m_journal);
    QCOMPARE(events.size(), 1);
    QCOMPARE(m_journal->string(events.first().text), QStringLiteral("remote"));
    QCOMPARE(m_journal->string(events.first().local), journalled);
    QCOMPARE(m_journal->string(events.first().remote), journalled);
    QCOMPARE(events.first().flags, quint8(0));

    const int retransmitted
        = retransmissionsOfBulkTransfer(m_network->network(), 9002, qint64(256) * 1024, &error);
    QVERIFY2(retransmitted >= 0, qPrintable(error));
    qInfo("%s: the sender retransmitted %d segments", qPrintable(spec), retransmitted);
    if (drops)
        QVERIFY(retransmitted > 0);
    else
        QCOMPARE(retransmitted, 0);
}

void TestLinkFaults::journalSaysWhatTheKernelApplied()
{
    if (!startNetwork())
        QSKIP("no user namespaces here");
    QString error;
    const std::optional<LinkFault> fault
        = LinkFault::parse(QStringLiteral("loss=5%,rate=1mbit,delay=20ms"), &error);
    QVERIFY(fault);
    const LabNetwork::LinkFaultOutcome outcome = m_network->setLinkFault(QStringLiteral("wan"), *fault);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    const QList<Event> events = linkFaultEvents(*m_journal);
    QCOMPARE(events.size(), 1);
    const Event &e = events.first();
    QCOMPARE(m_journal->string(e.text), QStringLiteral("wan"));
    // The seed the lab chose is written down, so the same loss can be asked for again.
    QVERIFY(m_journal->string(e.local).startsWith(QLatin1String("loss=5%,seed=")));
    QVERIFY(m_journal->string(e.local).endsWith(QLatin1String("rate=1mbit,delay=20ms")));
    const QString applied = m_journal->string(e.remote);
    QVERIFY(applied.contains(QLatin1String("loss=5%")));
    QVERIFY(applied.contains(QLatin1String("rate=1mbit")));
    if (e.flags & LinkFaultDelay) {
        // This kernel has no netem: the app says so, in those words, and applies the rest.
        QVERIFY(!applied.contains(QLatin1String("delay")));
        QCOMPARE(LinkFaultRefusal(e.value), LinkFaultRefusal::NoNetem);
        const QString said = LinkFault::explainRefusal(
            e.flags, LinkFaultRefusal(e.value), QString::fromUtf8(m_journal->payload(e.payload)));
        QVERIFY2(said.contains(
                     QLatin1String("netem module is needed for delay, and this kernel does not have it")),
            qPrintable(said));
        qInfo("%s", qPrintable(said));
    } else {
        QVERIFY(applied.contains(QLatin1String("delay=20ms")));
    }
    QCOMPARE(m_network->network()->linkFaults().value(QStringLiteral("wan")).toSpec(), applied);

    // A recording line carries the same, and reads back to the same event.
    const QByteArray line = RecordingFormat::eventLine(*m_journal, e);
    QVERIFY2(line.contains("\"kind\":\"link_fault\"") && line.contains("\"link\":\"wan\""), line.constData());
    Journal replay;
    Event back;
    QCOMPARE(RecordingFormat::parseEventLine(line, replay, &back), QString());
    QCOMPARE(back.kind, EventKind::LinkFault);
    QCOMPARE(replay.string(back.text), QStringLiteral("wan"));
    QCOMPARE(replay.string(back.local), m_journal->string(e.local));
    QCOMPARE(replay.string(back.remote), applied);
    QCOMPARE(back.flags, e.flags);
    QCOMPARE(back.value, e.value);
    QCOMPARE(replay.payload(back.payload), m_journal->payload(e.payload));

    // Clearing is journalled too.
    QVERIFY(m_network->setLinkFault(QStringLiteral("wan"), LinkFault()).error.isEmpty());
    QCOMPARE(linkFaultEvents(*m_journal).size(), 2);
    QVERIFY(m_network->network()->linkFaults().isEmpty());
}

void TestLinkFaults::unknownLinkIsRefused()
{
    if (!startNetwork())
        QSKIP("no user namespaces here");
    LinkFault fault;
    fault.lossPercent = 5;
    const LabNetwork::LinkFaultOutcome outcome = m_network->setLinkFault(QStringLiteral("router"), fault);
    QVERIFY2(outcome.error.contains(QLatin1String("router")), qPrintable(outcome.error));
    QVERIFY(linkFaultEvents(*m_journal).isEmpty());
}

QTEST_GUILESS_MAIN(TestLinkFaults)
#include "tst_linkfaults.moc"
