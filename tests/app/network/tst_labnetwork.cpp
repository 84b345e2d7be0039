#include "capture/capturefeed.h"
#include "capture/pcapngwriter.h"
#include "experiments/forwardrule.h"
#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelview.h"
#include "kernel/sockdiagsource.h"
#include "lab/lab.h"
#include "labquery.h"
#include "models/connectiontablemodel.h"
#include "network/labnetwork.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <linux/sockios.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

using namespace SocketScope;

namespace {

const QHostAddress kPcA(QStringLiteral("192.168.0.10"));
const QHostAddress kPcB(QStringLiteral("192.168.0.11"));
const QHostAddress kRemote(QStringLiteral("203.0.113.50"));
const QHostAddress kPublic(QStringLiteral("203.0.113.1"));

// Everything a lab test needs, wired as the app wires it.
struct LabRig
{
    Journal journal;
    LabNetwork network;
    std::unique_ptr<Lab> lab;
    std::unique_ptr<CaptureFeed> feed;

    bool start()
    {
        if (!network.start())
            return false;
        lab = std::make_unique<Lab>(&journal, nullptr);
        lab->setPlacement(&network);
        feed = std::make_unique<CaptureFeed>(&journal, lab.get());
        feed->attach(network.frames());
        return true;
    }

    ~LabRig()
    {
        feed.reset();
        lab.reset();
        network.stop();
    }

    qint32 acceptedOf(qint32 listener) const
    {
        const QList<qint32> ids = acceptedBy(*lab, listener);
        return ids.isEmpty() ? -1 : ids.first();
    }

    // Captured segments seen on `host`, optionally only those on interface `iface`.
    QList<Event> captured(const QString &host, const QString &iface = {}) const
    {
        QList<Event> out;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            const Event &e = journal.at(i);
            if (e.kind != EventKind::Segment || e.source != EventSource::Capture)
                continue;
            if (journal.string(e.host) != host || (!iface.isEmpty() && journal.string(e.text) != iface))
                continue;
            out.append(e);
        }
        return out;
    }

    QString from(const Event &e) const { return journal.string(e.local); }
    QString to(const Event &e) const { return journal.string(e.remote); }
};

QString endpoint(const QHostAddress &address, quint16 port)
{
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

quint64 namespaceInode(int socketFd)
{
    const int ns = ::ioctl(socketFd, SIOCGSKNS);
    if (ns < 0)
        return 0;
    struct stat info
    {
    };
    ::fstat(ns, &info);
    ::close(ns);
    return quint64(info.st_ino);
}

// How many processes are in the network namespace `inode`.
int processesInNamespace(quint64 inode)
{
    int count = 0;
    const QString wanted = QStringLiteral("net:[%1]").arg(inode);
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        char target[64] = {};
        const QByteArray path = QStringLiteral("/proc/%1/ns/net").arg(pid).toLocal8Bit();
        const ssize_t length = ::readlink(path.constData(), target, sizeof target - 1);
        if (length > 0 && QLatin1String(target, length) == wanted)
            ++count;
    }
    return count;
}

} // namespace

class TestLabNetwork : public QObject
{
    Q_OBJECT

private slots:
    void upAndDownLeavesNothing();
    void handshakeBetweenTwoHostsIsCaptured();
    void portForwardKeepsTheClientsAddress();
    void forwardedConnectionIsOneRow();
    void labSocketsAreInvisibleToTheHost();
    void kernelViewReadsLabStates();
    void pcapngReadsBack();
    void refusesWhatCannotBe();
};

void TestLabNetwork::upAndDownLeavesNothing()
{
    LabNetwork network;
    QVERIFY2(network.start(), qPrintable(network.problem()));
    const qint64 pid = network.helperPid();
    QVERIFY(pid > 0);
    const SocketPlacement::Place place = network.place(Protocol::Tcp, kPcA);
    QVERIFY2(place.descriptor >= 0, qPrintable(place.error.detail));
    QCOMPARE(place.host, QStringLiteral("pc-a"));
    const quint64 labNamespace = namespaceInode(int(place.descriptor));
    ::close(int(place.descriptor));
    QVERIFY(labNamespace != 0);
    QVERIFY(processesInNamespace(labNamespace) >= 1); // the helper lives there
    network.stop();
    QVERIFY(!network.isRunning());
    QVERIFY(::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
    QCOMPARE(processesInNamespace(labNamespace), 0);
}

void TestLabNetwork::handshakeBetweenTwoHostsIsCaptured()
{
    LabRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.network.problem()));
    const Lab::Opened server = rig.lab->listenTcp(kPcA, 80);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    QCOMPARE(rig.lab->info(server.id)->host, QStringLiteral("pc-a"));
    const Lab::Opened client = rig.lab->connectTcp(kPcA, 80, kPcB);
    QVERIFY2(!client.error, qPrintable(client.error.detail));
    QCOMPARE(rig.lab->info(client.id)->host, QStringLiteral("pc-b"));
    QTRY_VERIFY(rig.acceptedOf(server.id) >= 0);
    const qint32 accepted = rig.acceptedOf(server.id);
    QCOMPARE(rig.lab->info(accepted)->host, QStringLiteral("pc-a"));
    const QString clientEnd = endpoint(kPcB, rig.lab->info(client.id)->localPort);
    const QString serverEnd = endpoint(kPcA, 80);

    // Seen leaving pc-b: S, SA, A in order, each acknowledging the other's number plus one.
    QList<Event> handshake;
    QTRY_VERIFY([&] {
        handshake.clear();
        for (const Event &e : rig.captured(QStringLiteral("pc-b"), QStringLiteral("eth0"))) {
            const bool ours = (rig.from(e) == clientEnd && rig.to(e) == serverEnd)
                || (rig.from(e) == serverEnd && rig.to(e) == clientEnd);
            if (ours && handshake.size() < 3)
                handshake.append(e);
        }
        return handshake.size() == 3;
    }());
    QCOMPARE(segmentFlagsName(handshake[0].flags), QStringLiteral("S"));
    QCOMPARE(segmentFlagsName(handshake[1].flags), QStringLiteral("SA"));
    QCOMPARE(segmentFlagsName(handshake[2].flags), QStringLiteral("A"));
    QCOMPARE(rig.from(handshake[0]), clientEnd);
    QCOMPARE(rig.from(handshake[1]), serverEnd);
    QCOMPARE(quint32(handshake[1].value2), quint32(handshake[0].value + 1));
    QCOMPARE(quint32(handshake[2].value2), quint32(handshake[1].value + 1));
    QVERIFY(handshake[0].t <= handshake[1].t && handshake[1].t <= handshake[2].t);
    // Matched to the lab sockets: the client sent the SYN.
    QCOMPARE(handshake[0].socket, client.id);
    // The same SYN arrived at pc-a.
    QTRY_VERIFY(!rig.captured(QStringLiteral("pc-a"), QStringLiteral("eth0")).isEmpty());
}

void TestLabNetwork::portForwardKeepsTheClientsAddress()
{
    LabRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.network.problem()));
    if (!rig.network.hasNat())
        QFAIL("nft is missing: the router cannot translate addresses (install nftables)");
    QString error;
    const auto rule = ForwardRule::parse(u"tcp:203.0.113.1:8080=192.168.0.10:80", &error);
    QVERIFY2(rule, qPrintable(error));
    const QString said = rig.network.addNatRule(*rule);
    QVERIFY2(said.isEmpty(), qPrintable(said));
    QCOMPARE(rig.network.natRules().size(), 1);

    const Lab::Opened server = rig.lab->listenTcp(kPcA, 80);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const Lab::Opened client = rig.lab->connectTcp(kPublic, 8080, kRemote);
    QVERIFY2(!client.error, qPrintable(client.error.detail));
    QTRY_VERIFY(rig.acceptedOf(server.id) >= 0);
    const SocketInfo *accepted = rig.lab->info(rig.acceptedOf(server.id));
    // The server sees who really called: DNAT changes only where a packet goes.
    QCOMPARE(accepted->remoteAddress, kRemote);
    QCOMPARE(accepted->remotePort, rig.lab->info(client.id)->localPort);

    // The router saw both faces of the same SYN: addressed to its public port where it came
    // in (the router's port towards remote), and to pc-a:80 where it went out (towards pc-a).
    const QString clientEnd = endpoint(kRemote, rig.lab->info(client.id)->localPort);
    Event outside, inside;
    QTRY_VERIFY([&] {
        bool haveOutside = false;
        bool haveInside = false;
        for (const Event &e : rig.captured(QStringLiteral("router"))) {
            if (e.flags != FlagSyn || rig.from(e) != clientEnd)
                continue;
            if (rig.to(e) == endpoint(kPublic, 8080)
                && rig.journal.string(e.text) == QLatin1String("v-remote")) {
                outside = e;
                haveOutside = true;
            } else if (rig.to(e) == endpoint(kPcA, 80)
                && rig.journal.string(e.text) == QLatin1String("v-pc-a")) {
                inside = e;
                haveInside = true;
            }
        }
        return haveOutside && haveInside;
    }());
    QCOMPARE(outside.value, inside.value); // same sequence number: one packet, rewritten

    QVERIFY(rig.network.removeNatRule(0).isEmpty());
    QVERIFY(rig.network.natRules().isEmpty());
}

void TestLabNetwork::forwardedConnectionIsOneRow()
{
    LabRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.network.problem()));
    QString error;
    const auto rule = ForwardRule::parse(u"tcp:203.0.113.1:8080=192.168.0.10:80", &error);
    QVERIFY(rule && rig.network.addNatRule(*rule).isEmpty());
    ConnectionTableModel connections(&rig.journal);
    const Lab::Opened server = rig.lab->listenTcp(kPcA, 80);
    const Lab::Opened client = rig.lab->connectTcp(kPublic, 8080, kRemote);
    QVERIFY(!server.error && !client.error);
    QTRY_VERIFY(rig.acceptedOf(server.id) >= 0);
    const qint32 accepted = rig.acceptedOf(server.id);
    // One connection, seen from both ends through the router: both sockets on one row.
    QTRY_COMPARE(connections.rowCount(), 1);
    const QModelIndex row = connections.index(0, ConnectionTableModel::ColumnServer);
    QTRY_COMPARE(row.data(ConnectionTableModel::ServerSocketRole).toInt(), accepted);
    QCOMPARE(row.data(ConnectionTableModel::ClientSocketRole).toInt(), client.id);
    // The address the client dialled, then where the router forwarded it, short enough for a
    // projector's table; the tooltip says it in words.
    QCOMPARE(row.data().toString(), QStringLiteral("203.0.113.1:8080 \u2192 192.168.0.10:80"));
    const QString told = row.data(Qt::ToolTipRole).toString();
    QVERIFY2(told.contains(QLatin1String("203.0.113.1:8080"))
            && told.contains(QLatin1String("192.168.0.10:80")) && told.contains(QLatin1String("forward")),
        qPrintable(told));
    // Later news of either end (data, kernel states, the close) still lands on that row.
    QVERIFY(!rig.lab->send(accepted, "hello"));
    QVERIFY(!rig.lab->send(client.id, "hi"));
    QTRY_COMPARE(connections.index(0, ConnectionTableModel::ColumnToClient)
                     .data(ConnectionTableModel::SortRole)
                     .toLongLong(),
        5);
    QTRY_COMPARE(connections.index(0, ConnectionTableModel::ColumnToServer)
                     .data(ConnectionTableModel::SortRole)
                     .toLongLong(),
        2);
    QVERIFY(!rig.lab->close(accepted));
    // The close as both ends see it: the accepted socket closed, its FIN captured on the way
    // and the client told the other side is done. Then the model takes in all of it.
    QTRY_VERIFY(hasEvent(rig.journal, accepted, EventKind::Closed));
    QTRY_VERIFY(hasEvent(rig.journal, client.id, EventKind::Shutdown));
    connections.catchUp();
    QCOMPARE(connections.rowCount(), 1);
    QCOMPARE(connections.rowOfSocket(accepted), 0);
    QCOMPARE(connections.rowOfSocket(client.id), 0);
}

void TestLabNetwork::labSocketsAreInvisibleToTheHost()
{
    LabRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.network.problem()));
    const Lab::Opened server = rig.lab->listenTcp(kPcA, 47123);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const auto listed = [](SockDiagSource &source) {
        std::vector<KernelSocket> sockets;
        QString error;
        source.read(sockets, &error);
        for (const KernelSocket &s : sockets) {
            if (s.localPort == 47123 && s.localAddress == kPcA)
                return true;
        }
        return false;
    };
    SockDiagSource host;
    QVERIFY(host.isOpen());
    QVERIFY(!listed(host));
    SockDiagSource inside(rig.network.makeDiagSocket(QStringLiteral("pc-a")));
    QVERIFY(inside.isOpen());
    QVERIFY(listed(inside));
    // And what `ss` prints on this machine does not have it either.
    const QString ss = QStandardPaths::findExecutable(QStringLiteral("ss"),
        {QStringLiteral("/usr/bin"), QStringLiteral("/bin"), QStringLiteral("/usr/sbin"),
            QStringLiteral("/sbin")});
    if (!ss.isEmpty()) {
        QProcess run;
        run.start(ss, {QStringLiteral("-Htln")});
        QVERIFY(run.waitForFinished(10000));
        QVERIFY(!QString::fromLocal8Bit(run.readAllStandardOutput())
                     .contains(QLatin1String("192.168.0.10:47123")));
    }
}

void TestLabNetwork::kernelViewReadsLabStates()
{
    Journal journal;
    LabNetwork network;
    QVERIFY2(network.start(), qPrintable(network.problem()));
    KernelView kernel(std::make_unique<SockDiagSource>());
    kernel.addSource(std::make_unique<SockDiagSource>(network.makeDiagSocket(QStringLiteral("pc-a"))));
    kernel.addSource(std::make_unique<SockDiagSource>(network.makeDiagSocket(QStringLiteral("pc-b"))));
    Lab lab(&journal, &kernel);
    lab.setPlacement(&network);
    kernel.start();
    const Lab::Opened server = lab.listenTcp(kPcA, 80);
    QVERIFY(!server.error);
    QTRY_COMPARE(lab.info(server.id)->kernelState, TcpState::Listen);
    const Lab::Opened client = lab.connectTcp(kPcA, 80, kPcB);
    QVERIFY(!client.error);
    QTRY_COMPARE(lab.info(client.id)->kernelState, TcpState::Established);
}

void TestLabNetwork::pcapngReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.pcapng"));
    PcapngWriter writer;
    QVERIFY(writer.open(path));
    qint64 written = 0;
    {
        LabRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.network.problem()));
        rig.feed->setPcapWriter(&writer);
        const Lab::Opened server = rig.lab->listenTcp(kPcA, 80);
        const Lab::Opened client = rig.lab->connectTcp(kPcA, 80, kPcB);
        QVERIFY(!server.error && !client.error);
        QTRY_VERIFY(rig.acceptedOf(server.id) >= 0);
        QVERIFY(!rig.lab->send(client.id, QByteArrayLiteral("hello lab")));
        QTRY_VERIFY(rig.lab->info(rig.acceptedOf(server.id))->bytesIn == 9);
        QTRY_VERIFY(rig.captured(QStringLiteral("pc-a"), QStringLiteral("eth0")).size() >= 4);
        rig.feed->setPcapWriter(nullptr);
        written = writer.packetsWritten();
    }
    writer.close();
    QVERIFY(written >= 8);
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed; ./run.sh test installs it");
    QProcess run;
    run.start(tshark,
        {QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
            QStringLiteral("frame.interface_name"), QStringLiteral("-e"), QStringLiteral("tcp.dstport")});
    QVERIFY(run.waitForFinished(60000));
    const QStringList lines
        = QString::fromUtf8(run.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(qint64(lines.size()), written);
    // Each packet keeps the interface it was seen on.
    QVERIFY(lines.contains(QStringLiteral("eth0\t80")));
}

void TestLabNetwork::refusesWhatCannotBe()
{
    LabRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.network.problem()));
    QVERIFY(!rig.network
                 .addHost({QStringLiteral("pc-a"), QStringLiteral("lan"),
                     QHostAddress(QStringLiteral("192.168.0.20")), 24, {}})
                 .isEmpty());
    QVERIFY(!rig.network
                 .addHost({QStringLiteral("pc-c"), QStringLiteral("lan"),
                     QHostAddress(QStringLiteral("10.0.0.2")), 24, {}})
                 .isEmpty());
    // A new host works at once, with its own address.
    const QString added = rig.network.addHost({QStringLiteral("pc-c"), QStringLiteral("lan"),
        QHostAddress(QStringLiteral("192.168.0.12")), 24, QHostAddress(QStringLiteral("192.168.0.1"))});
    QVERIFY2(added.isEmpty(), qPrintable(added));
    const Lab::Opened server = rig.lab->listenTcp(QHostAddress(QStringLiteral("192.168.0.12")), 7);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    QCOMPARE(rig.lab->info(server.id)->host, QStringLiteral("pc-c"));
    // Not a lab address.
    const Lab::Opened nowhere = rig.lab->listenTcp(QHostAddress(QStringLiteral("8.8.8.8")), 80);
    QCOMPARE(nowhere.error.kind, LabError::AddressNotAvailable);
    QString error;
    const auto toOutside = ForwardRule::parse(u"tcp:203.0.113.1:8080=8.8.8.8:80", &error);
    QVERIFY(toOutside);
    QVERIFY(!rig.network.addNatRule(*toOutside).isEmpty());
    const auto notRouter = ForwardRule::parse(u"tcp:192.168.0.10:8080=192.168.0.11:80", &error);
    QVERIFY(notRouter);
    QVERIFY(!rig.network.addNatRule(*notRouter).isEmpty());
    QVERIFY(!rig.network.removeNatRule(3).isEmpty());
    // The lab still works after all that.
    const Lab::Opened fine = rig.lab->listenTcp(kPcB, 80);
    QVERIFY(!fine.error);
}

QTEST_GUILESS_MAIN(TestLabNetwork)
#include "tst_labnetwork.moc"
