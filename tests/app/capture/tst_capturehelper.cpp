#include "capture/capturefeed.h"
#include "capture/capturehelperclient.h"
#include "capture/hostcapture.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include "capturehelperrun.h"
#include "framestream.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <unistd.h>

using namespace SocketScope;
namespace FS = SocketScope::FrameStream;

namespace {

QString helperPath()
{
    return CaptureHelperRun::helperPath();
}

// The capture helper started by this process, found in /proc (its pid is the client's own).
qint64 helperPid()
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (text.contains("(socketscope-cap") && fields.value(1).toLongLong() == ::getpid())
            return pid;
    }
    return -1;
}

QByteArray statusField(qint64 pid, const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

QList<Event> eventsOfKind(const Journal &journal, qint32 socket, EventKind kind)
{
    QList<Event> found;
    for (const quint32 index : journal.eventsOfSocket(socket)) {
        if (journal.at(index).kind == kind)
            found.append(journal.at(index));
    }
    return found;
}

} // namespace

// The capture helper program: strict about what it is asked, and, where it may capture (CI runs
// as root), a real loopback handshake through it, into the journal and a pcapng file.
class TestCaptureHelper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (helperPath().isEmpty())
            QSKIP("the capture helper is not built here (no libpcap)");
    }

    void refusesMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty line") << QByteArray("\n") << QStringLiteral("starts with the word");
        QTest::newRow("another verb")
            << QByteArray("sniff iface=lo ports=tcp:80\n") << QStringLiteral("starts with the word");
        QTest::newRow("nothing asked") << QByteArray("capture\n") << QStringLiteral("names no interface");
        QTest::newRow("no ports") << QByteArray("capture iface=lo\n") << QStringLiteral("names no port");
        QTest::newRow("empty port list")
            << QByteArray("capture iface=lo ports=\n") << QStringLiteral("tcp:N or udp:N");
        QTest::newRow("port 0") << QByteArray("capture iface=lo ports=tcp:0\n")
                                << QStringLiteral("tcp:N or udp:N");
        QTest::newRow("port 65536") << QByteArray("capture iface=lo ports=tcp:65536\n")
                                    << QStringLiteral("tcp:N or udp:N");
        QTest::newRow("leading zero")
            << QByteArray("capture iface=lo ports=tcp:080\n") << QStringLiteral("tcp:N or udp:N");
        QTest::newRow("negative") << QByteArray("capture iface=lo ports=udp:-1\n")
                                  << QStringLiteral("tcp:N or udp:N");
        QTest::newRow("other protocol")
            << QByteArray("capture iface=lo ports=sctp:80\n") << QStringLiteral("tcp:N or udp:N");
        QTest::newRow("a filter smuggled in") << QByteArray("capture iface=lo ports=tcp:80,or,host,1.2.3.4\n")
                                              << QStringLiteral("tcp:N or udp:N");
        QTest::newRow("shell in a name")
            << QByteArray("capture iface=lo;reboot ports=tcp:80\n") << QStringLiteral("interface name");
        QTest::newRow("long name") << QByteArray("capture iface=abcdefghijklmnop ports=tcp:80\n")
                                   << QStringLiteral("interface name");
        QTest::newRow("no such interface")
            << QByteArray("capture iface=nosuch0 ports=tcp:80\n") << QStringLiteral("no interface called");
        QTest::newRow("field twice") << QByteArray("capture iface=lo iface=lo ports=tcp:80\n")
                                     << QStringLiteral("given twice");
        QTest::newRow("unknown field")
            << QByteArray("capture iface=lo ports=tcp:80 promisc=1\n") << QStringLiteral("unknown part");
        QTest::newRow("double space")
            << QByteArray("capture  iface=lo ports=tcp:80\n") << QStringLiteral("unknown part");
        QByteArray many("capture iface=lo ports=");
        for (int port = 1; port <= 257; ++port)
            many += (port > 1 ? "," : "") + QByteArray("tcp:") + QByteArray::number(port);
        QTest::newRow("257 ports") << many + '\n' << QStringLiteral("at most 256 ports");
        QTest::newRow("line too long, no newline")
            << QByteArray(5000, 'x') << QStringLiteral("longer than 4096");
        QByteArray interfaces("capture iface=");
        for (int i = 0; i < 17; ++i)
            interfaces += (i ? "," : "") + QByteArray("if") + QByteArray::number(i);
        QTest::newRow("17 interfaces") << interfaces + " ports=tcp:1\n"
                                       << QStringLiteral("at most 16 interfaces");
    }

    void refusesMalformedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, says);
        // The answer is a frame stream with one BadRequest status naming the bad part.
        const CaptureHelperRun::Refusal answer = CaptureHelperRun::sendOnce(request);
        QVERIFY(answer.ended);
        QCOMPARE(answer.exitCode, 2);
        QVERIFY(answer.badRequest);
        QVERIFY2(answer.message.contains(says), qPrintable(answer.message));
        QVERIFY(answer.errorOutput.contains(says));
    }

    void exitsWhenStdinCloses()
    {
        QProcess helper;
        helper.start(helperPath(), {});
        QVERIFY(helper.waitForStarted());
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitCode(), 0);
    }

    void exitsWithItsParent()
    {
        // The app killed outright: the helper must not stay behind holding CAP_NET_RAW.
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        if (bash.isEmpty())
            QSKIP("bash is not installed");
        QProcess parent;
        parent.start(bash,
            {QStringLiteral("-c"),
                QStringLiteral("coproc HELPER { exec '%1'; }; echo $HELPER_PID; wait").arg(helperPath())});
        QVERIFY(parent.waitForStarted());
        QTRY_VERIFY(parent.canReadLine());
        const qint64 pid = parent.readLine().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QVERIFY(QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
        parent.kill(); // SIGKILL: no chance to close anything politely
        QVERIFY(parent.waitForFinished(5000));
        QTRY_VERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
    }

    void requestLine()
    {
        QCOMPARE(CaptureHelperClient::requestLine({QStringLiteral("lo"), QStringLiteral("eth0")},
                     {{Protocol::Tcp, 8080}, {Protocol::Udp, 5353}}),
            QByteArray("capture iface=lo,eth0 ports=tcp:8080,udp:5353\n"));
        QCOMPARE(CaptureHelperClient::requestLine({QStringLiteral("lo")}, {}),
            QByteArray("capture iface=lo ports=none\n"));
        QVERIFY(
            CaptureHelperClient::grantCommand(QStringLiteral("/usr/libexec/socketscope/socketscope-capture"))
            == QStringLiteral("sudo setcap cap_net_raw+ep /usr/libexec/socketscope/socketscope-capture"));
        QVERIFY(CaptureHelperClient::restrictCommands(QStringLiteral("/x"))
                    .contains(QStringLiteral("chmod 750 /x")));
    }

    void readsTheAnswer_data()
    {
        using Port = CaptureHelperClient::Port;
        QTest::addColumn<QString>("message");
        QTest::addColumn<QList<Port>>("capturing");
        QTest::addColumn<QList<Port>>("noSocket");
        QTest::addColumn<QList<Port>>("otherUser");
        QTest::addColumn<QStringList>("unused");
        QTest::newRow("all allowed") << QStringLiteral("capturing tcp:8080,udp:5353")
                                     << QList<Port> {{Protocol::Tcp, 8080}, {Protocol::Udp, 5353}}
                                     << QList<Port> {} << QList<Port> {} << QStringList {};
        QTest::newRow("nothing") << QStringLiteral("capturing nothing\nrefused unused-interface lo,eth0")
                                 << QList<Port> {} << QList<Port> {} << QList<Port> {}
                                 << QStringList {QStringLiteral("lo"), QStringLiteral("eth0")};
        QTest::newRow("refusals") << QStringLiteral(
            "capturing tcp:1\nrefused no-socket udp:2,tcp:3\nrefused other-user tcp:22")
                                  << QList<Port> {{Protocol::Tcp, 1}}
                                  << QList<Port> {{Protocol::Udp, 2}, {Protocol::Tcp, 3}}
                                  << QList<Port> {{Protocol::Tcp, 22}} << QStringList {};
        QTest::newRow("damaged parts left out")
            << QStringLiteral("capturing tcp:0,tcp:70000,sctp:5,tcp:x,tcp:7\nrefused whatever tcp:9")
            << QList<Port> {{Protocol::Tcp, 7}} << QList<Port> {} << QList<Port> {} << QStringList {};
        QTest::newRow("an older helper") << QStringLiteral("capturing: tcp port 80") << QList<Port> {}
                                         << QList<Port> {} << QList<Port> {} << QStringList {};
    }

    void readsTheAnswer()
    {
        using Port = CaptureHelperClient::Port;
        QFETCH(QString, message);
        QFETCH(QList<Port>, capturing);
        QFETCH(QList<Port>, noSocket);
        QFETCH(QList<Port>, otherUser);
        QFETCH(QStringList, unused);
        const CaptureHelperClient::Answer answer = CaptureHelperClient::parseAnswer(message);
        QCOMPARE(answer.capturing, capturing);
        QCOMPARE(answer.noSocket, noSocket);
        QCOMPARE(answer.otherUser, otherUser);
        QCOMPARE(answer.unusedInterfaces, unused);
    }

    void anotherUsersPortIsLeftOutAndSaidSo()
    {
        // The client of a user who asks for a port of another user's (root's here): the helper
        // refuses it, and the sentence the banner shows names the port and says why.
        if (::geteuid() != 0)
            QSKIP("needs root to run the helper as another user (CI runs this as root)");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv is missing: cannot run the helper as another user");
        QTemporaryDir dir; // a copy 'nobody' can reach, whatever the build folder allows
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const QString program = dir.filePath(QStringLiteral("socketscope-capture"));
        QVERIFY(QFile::copy(helperPath(), program));
        QTcpServer roots;
        QVERIFY(roots.listen(QHostAddress::LocalHost, 0));
        Journal journal;
        CaptureFeed feed(&journal);
        CaptureHelperClient client(&feed);
        client.setHelperPath(program);
        // As the README's setcap would have it: nobody, holding CAP_NET_RAW.
        client.setLauncher({setpriv, QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
            QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=+net_raw"),
            QStringLiteral("--ambient-caps=+net_raw")});
        QSignalSpy refusals(&client, &CaptureHelperClient::refusalsChanged);
        QVERIFY(refusals.isValid());
        QVERIFY(client.capture({QStringLiteral("lo")}, {{Protocol::Tcp, roots.serverPort()}}));
        QTRY_VERIFY(client.state() != CaptureHelperClient::State::Starting);
        QCOMPARE(client.state(), CaptureHelperClient::State::Capturing);
        QCOMPARE(refusals.count(), 1);
        QCOMPARE(
            client.refusedPorts(), (QList<CaptureHelperClient::Port> {{Protocol::Tcp, roots.serverPort()}}));
        QCOMPARE(client.unusedInterfaces(), QStringList {QStringLiteral("lo")});
        QVERIFY2(client.message().contains(QStringLiteral("TCP %1").arg(roots.serverPort()))
                && client.message().contains(QStringLiteral("another user")),
            qPrintable(client.message()));
        client.stop();
        QVERIFY(client.refusedPorts().isEmpty());
    }

    void noHelperSaysUnavailable()
    {
        Journal journal;
        CaptureFeed feed(&journal);
        CaptureHelperClient client(&feed);
        client.setHelperPath(QStringLiteral("/nonexistent/socketscope-capture"));
        QVERIFY(!client.capture({QStringLiteral("lo")}, {}));
        QCOMPARE(client.state(), CaptureHelperClient::State::Unavailable);
        QVERIFY(!client.message().isEmpty());
    }

    void unprivilegedSaysHowToGrant()
    {
        // The banner's path: the helper may not capture, and the app is told exactly what to run.
        Journal journal;
        CaptureFeed feed(&journal);
        CaptureHelperClient client(&feed);
        client.setHelperPath(helperPath());
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root and setpriv is missing: cannot run the helper unprivileged");
            QFileInfo helper(helperPath());
            for (QDir dir = helper.dir(); !dir.isRoot(); dir.cdUp()) {
                if (!(QFileInfo(dir.path()).permissions() & QFileDevice::ExeOther))
                    QSKIP("the build folder is not open to other users, so 'nobody' cannot run the helper");
            }
            client.setLauncher({setpriv, QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                QStringLiteral("--clear-groups")});
        }
        QSignalSpy changed(&client, &CaptureHelperClient::stateChanged);
        QVERIFY(changed.isValid());
        QVERIFY(client.capture({QStringLiteral("lo")}, {{Protocol::Tcp, 9}}));
        QTRY_VERIFY(client.state() != CaptureHelperClient::State::Starting);
        if (client.state() == CaptureHelperClient::State::Capturing)
            QSKIP("the helper may capture here (it was granted CAP_NET_RAW): no permission problem to show");
        QCOMPARE(client.state(), CaptureHelperClient::State::PermissionDenied);
        QVERIFY2(client.message().contains(QStringLiteral("sudo setcap cap_net_raw+ep ") + helperPath()),
            qPrintable(client.message()));
        QVERIFY(!client.detail().isEmpty());
        // Asking again does not start a helper that will only say no again.
        QVERIFY(!client.capture({QStringLiteral("lo")}, {{Protocol::Tcp, 9}}));
    }

    void capturesARealHandshake()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Journal journal;
        Lab lab(&journal, nullptr);
        const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 port = lab.info(listener.id)->localPort;

        HostCapture capture(&journal, &lab);
        capture.client()->setHelperPath(helperPath());
        QString error;
        const QString pcap = dir.filePath(QStringLiteral("handshake.pcapng"));
        QVERIFY2(capture.setPcapFile(pcap, &error), qPrintable(error));
        capture.setEnabled(true);
        QVERIFY(capture.interfaces().contains(QStringLiteral("lo")));
        QCOMPARE(capture.ports().size(), 1);
        QTRY_VERIFY(capture.client()->state() != CaptureHelperClient::State::Starting);
        if (capture.client()->state() == CaptureHelperClient::State::PermissionDenied)
            QSKIP("no CAP_NET_RAW here (CI runs this as root): the handshake is not captured");
        QCOMPARE(capture.client()->state(), CaptureHelperClient::State::Capturing);

        // The helper holds CAP_NET_RAW and nothing else, whatever it started with.
        const qint64 pid = helperPid();
        QVERIFY(pid > 0);
        QCOMPARE(statusField(pid, "CapEff"), QByteArray("0000000000002000"));
        // Its bounding set too, where it could drop it (that needs CAP_SETPCAP, which we had).
        if (statusField(::getpid(), "CapEff").toULongLong(nullptr, 16) & (1ull << 8))
            QCOMPARE(statusField(pid, "CapBnd"), QByteArray("0000000000002000"));

        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, port);
        QTRY_COMPARE(lab.info(client.id)->qtState, QAbstractSocket::ConnectedState);
        const auto captured = [&] {
            QList<Event> found;
            for (qsizetype i = 0; i < journal.count(); ++i) {
                const Event &e = journal.at(i);
                if (e.kind == EventKind::Segment && e.source == EventSource::Capture)
                    found.append(e);
            }
            return found;
        };
        QTRY_VERIFY(captured().size() >= 3);
        const QList<Event> s = captured();
        QCOMPARE(s[0].flags, quint8(FlagSyn));
        QCOMPARE(s[1].flags, quint8(FlagSyn | FlagAck));
        QCOMPARE(s[2].flags, quint8(FlagAck));
        QCOMPARE(s[1].value2, (s[0].value + 1) & 0xffffffff); // SA acknowledges S's seq + 1
        QCOMPARE(s[2].value2, (s[1].value + 1) & 0xffffffff); // A acknowledges SA's seq + 1
        QCOMPARE(s[2].value, s[1].value2);
        QCOMPARE(journal.string(s[0].remote), QStringLiteral("127.0.0.1:%1").arg(port));
        QCOMPARE(journal.string(s[0].text), QStringLiteral("lo"));
        QCOMPARE(s[0].socket, client.id); // the client sent the SYN
        QCOMPARE(s[2].socket, client.id);
        QVERIFY(s[1].socket >= 0);
        QVERIFY(s[0].t <= s[1].t && s[1].t <= s[2].t);
        // Linux offers window scaling on both SYNs unless it was switched off; never on the ACK.
        QFile scaling(QStringLiteral("/proc/sys/net/ipv4/tcp_window_scaling"));
        if (scaling.open(QIODevice::ReadOnly) && scaling.readAll().trimmed() == "1") {
            QVERIFY(s[0].windowScale <= 14);
            QVERIFY(s[1].windowScale <= 14);
        }
        QCOMPARE(s[2].windowScale, Event::kNoWindowScale);
        // Data follows the handshake, with its length and the sequence number it continues.
        QVERIFY(!lab.send(client.id, "ping"));
        const auto carriesPing = [](const Event &e) { return e.length == 4; };
        QTRY_VERIFY([&] {
            const QList<Event> all = captured();
            return std::any_of(all.cbegin(), all.cend(), carriesPing);
        }());
        const QList<Event> all = captured();
        const auto data = std::find_if(all.cbegin(), all.cend(), carriesPing);
        QCOMPARE(data->value, s[2].value);
        QCOMPARE(data->socket, client.id);

        capture.setEnabled(false);
        QTRY_COMPARE(helperPid(), qint64(-1)); // gone with the switch
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark is not installed: the pcapng file was not read back");
        QProcess read;
        read.start(tshark,
            {QStringLiteral("-r"), pcap, QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                QStringLiteral("tcp.flags.str")});
        QVERIFY(read.waitForFinished(60000));
        QCOMPARE(read.exitCode(), 0);
        const QStringList lines
            = QString::fromUtf8(read.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 4, qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY2(lines[0].contains(QLatin1Char('S')) && !lines[0].contains(QLatin1Char('A')),
            qPrintable(lines[0]));
        QVERIFY2(
            lines[1].contains(QLatin1Char('S')) && lines[1].contains(QLatin1Char('A')), qPrintable(lines[1]));
    }

    void followsNewPorts()
    {
        // Switched on with no socket yet (nothing passes), then a listener opens: the helper is
        // asked again, says Ready again, and the handshake on the new port is captured.
        Journal journal;
        Lab lab(&journal, nullptr);
        HostCapture capture(&journal, &lab);
        capture.client()->setHelperPath(helperPath());
        QSignalSpy status(capture.feed(), &CaptureFeed::statusReceived);
        QVERIFY(status.isValid());
        capture.setEnabled(true);
        QVERIFY(capture.ports().isEmpty());
        QTRY_VERIFY(capture.client()->state() != CaptureHelperClient::State::Starting);
        if (capture.client()->state() == CaptureHelperClient::State::PermissionDenied)
            QSKIP("no CAP_NET_RAW here (CI runs this as root): nothing is captured");
        QCOMPARE(status.count(), 1);
        const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
        const quint16 port = lab.info(listener.id)->localPort;
        QTRY_COMPARE(capture.ports().size(), 1);
        QCOMPARE(capture.ports().first().port, port);
        QTRY_COMPARE(status.count(), 2);
        for (const QList<QVariant> &s : std::as_const(status))
            QCOMPARE(s.at(0).value<CaptureFeed::Status>(), CaptureFeed::Status::Ready);
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, port);
        QTRY_VERIFY(eventsOfKind(journal, client.id, EventKind::Segment).size() >= 2);
        QCOMPARE(eventsOfKind(journal, client.id, EventKind::Segment).first().flags, quint8(FlagSyn));
        // The listener's port covers its clients: no port per connection.
        QCOMPARE(capture.ports().size(), 1);
        // A client of a server that is not ours (a plain QTcpServer stands in for another
        // machine's) is asked for by its own port, so nothing else of that service is captured.
        // Its handshake may pass before the helper has the new filter; its data after is seen.
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
        const Lab::Opened outside = lab.connectTcp(QHostAddress::LocalHost, elsewhere.serverPort());
        QCOMPARE(capture.ports().size(), 2);
        QVERIFY(capture.ports().contains(
            CaptureHelperClient::Port {Protocol::Tcp, lab.info(outside.id)->localPort}));
        QVERIFY(!capture.ports().contains(CaptureHelperClient::Port {Protocol::Tcp, elsewhere.serverPort()}));
        QTRY_COMPARE(lab.info(outside.id)->qtState, QAbstractSocket::ConnectedState);
        QTRY_COMPARE(status.count(), 3);
        QVERIFY(!lab.send(outside.id, "hi"));
        QTRY_VERIFY([&] {
            const QList<Event> seen = eventsOfKind(journal, outside.id, EventKind::Segment);
            return std::any_of(seen.cbegin(), seen.cend(), [](const Event &e) { return e.length == 2; });
        }());
    }

    void retransmittedSynsAreSeen()
    {
        // A full accept queue: the kernel drops new SYNs and each client sends its SYN again
        // (after about a second). Capture shows every try, so the timeline draws repeated S arrows.
        Journal journal;
        Lab lab(&journal, nullptr);
        const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0, 1);
        QVERIFY(!listener.error);
        QVERIFY(!lab.setAcceptingPaused(listener.id, true));
        HostCapture capture(&journal, &lab);
        capture.client()->setHelperPath(helperPath());
        capture.setEnabled(true);
        QTRY_VERIFY(capture.client()->state() != CaptureHelperClient::State::Starting);
        if (capture.client()->state() == CaptureHelperClient::State::PermissionDenied)
            QSKIP("no CAP_NET_RAW here (CI runs this as root): nothing is captured");
        QCOMPARE(capture.client()->state(), CaptureHelperClient::State::Capturing);

        QList<qint32> clients;
        for (int i = 0; i < 4; ++i)
            clients << lab.connectTcp(QHostAddress::LocalHost, lab.info(listener.id)->localPort).id;
        // A client whose SYN went out twice with the same sequence number.
        const auto repeated = [&] {
            for (const qint32 id : clients) {
                QList<qint64> seqs;
                for (const quint32 index : journal.eventsOfSocket(id)) {
                    const Event &e = journal.at(index);
                    if (e.kind == EventKind::Segment && e.source == EventSource::Capture
                        && e.flags == FlagSyn)
                        seqs << e.value;
                }
                if (seqs.size() >= 2 && seqs[0] == seqs[1])
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(repeated(), 8000);
        for (const qint32 id : clients)
            lab.abort(id);
    }
};

QTEST_GUILESS_MAIN(TestCaptureHelper)
#include "tst_capturehelper.moc"
