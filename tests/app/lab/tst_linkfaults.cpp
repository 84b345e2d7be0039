#include "journal/journal.h"
#include "journal/recordingformat.h"
#include "lab/lab.h"
#include "labquery.h"
#include "network/labtopology.h"
#include "network/linkfault.h"
#include "network/virtualnetwork.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

using namespace SocketScope;

namespace {

const QHostAddress kPcA(QStringLiteral("192.168.0.10"));
const QHostAddress kRemote(QStringLiteral("203.0.113.50"));

// Captured SYNs (without ACK) that `host` sent on its own cable.
int synsSentBy(const Journal &journal, const QString &host)
{
    int count = 0;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind == EventKind::Segment && e.source == EventSource::Capture && e.flags == FlagSyn
            && journal.string(e.host) == host && journal.string(e.text) == QLatin1String("eth0"))
            ++count;
    }
    return count;
}

QList<Event> linkFaultEvents(const Journal &journal)
{
    QList<Event> out;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        if (journal.at(i).kind == EventKind::LinkFault)
            out.append(journal.at(i));
    }
    return out;
}

sockaddr_in socketAddress(const QHostAddress &address, quint16 port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(address.toIPv4Address());
    return a;
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
    void lossDecidesWhetherConnectCompletes_data();
    void lossDecidesWhetherConnectCompletes();
    void rateBoundsABulkTransfer();
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
    constexpr qint64 kTotal = 400 * 1024;
    std::vector<char> chunk(64 * 1024, 'x');
    qint64 sent = 0;
    qint64 received = 0;
    QElapsedTimer clock;
    QElapsedTimer guard;
    guard.start();
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
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double bitsPerSecond = double(received) * 8.0 / seconds;
    qInfo("rate limit %lld bit/s: %lld bytes in %.3f s, measured %.0f bit/s (%.2fx the limit)", kRate,
        received, seconds, bitsPerSecond, bitsPerSecond / double(kRate));
    // Loose: the bucket's burst and the queue let the start run ahead of the rate.
    QVERIFY2(bitsPerSecond < 3.0 * double(kRate), qPrintable(QString::number(bitsPerSecond)));
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
