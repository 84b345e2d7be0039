#include "capturehelperrun.h"
#include "framestream.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <grp.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace FS = SocketScope::FrameStream;

namespace {

constexpr uid_t kNobody = 65534;
constexpr gid_t kNoGroup = 65534;

QString helperPath()
{
    return CaptureHelperRun::helperPath();
}

// In the child, before exec: become `nobody` but keep CAP_NET_RAW (and nothing else), as the
// README's setcap gives it to every user. Run only when the test runs as root.
void becomeNobodyWithNetRaw()
{
    ::prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0);
    if (::setgroups(0, nullptr) != 0 || ::setgid(kNoGroup) != 0 || ::setuid(kNobody) != 0)
        ::_exit(126);
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] {};
    const std::uint32_t netRaw = 1u << CAP_NET_RAW;
    data[0].permitted = data[0].effective = data[0].inheritable = netRaw;
    if (::syscall(SYS_capset, &header, data) != 0
        || ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_NET_RAW, 0, 0) != 0)
        ::_exit(126);
}

// A listener owned by `nobody` (a socket belongs to whoever made it), made by this root process.
bool listenAsNobody(QTcpServer &server, quint16 port = 0)
{
    if (::seteuid(kNobody) != 0)
        return false;
    const bool ok = server.listen(QHostAddress::LocalHost, port);
    if (::seteuid(0) != 0)
        qFatal("could not become root again");
    return ok;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One captured frame's TCP ports (Ethernet on loopback, IPv4), or {0, 0}.
std::pair<quint16, quint16> tcpPorts(const QByteArray &frame)
{
    if (frame.size() < 14 + 20 + 4 || quint8(frame[12]) != 0x08 || quint8(frame[13]) != 0x00
        || frame[23] != 6)
        return {0, 0};
    const int ip = 14 + (quint8(frame[14]) & 0x0f) * 4;
    if (frame.size() < ip + 4)
        return {0, 0};
    const auto at = [&](int i) { return quint16((quint8(frame[i]) << 8) | quint8(frame[i + 1])); };
    return {at(ip), at(ip + 2)};
}

// The helper, run as a child, with what it said and captured so far.
class Helper
{
public:
    explicit Helper(bool asNobody = false, const QString &program = helperPath())
    {
        if (asNobody)
            m_process.setChildProcessModifier(becomeNobodyWithNetRaw);
        m_process.start(program, {});
    }
    ~Helper()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QProcess &process() { return m_process; }
    void ask(const QByteArray &line)
    {
        m_process.write(line);
        m_process.waitForBytesWritten(5000);
    }

    // Reads what arrived; false once the stream is damaged.
    bool pump()
    {
        const QByteArray bytes = m_process.readAllStandardOutput();
        m_reader.feed(bytes.constData(), std::size_t(bytes.size()));
        for (;;) {
            switch (m_reader.next()) {
            case FS::Reader::Result::Status:
                statuses.append({m_reader.status().code, QString::fromStdString(m_reader.status().message)});
                break;
            case FS::Reader::Result::Frame:
                frames.append(
                    QByteArray(m_reader.frame().bytes.data(), qsizetype(m_reader.frame().bytes.size())));
                break;
            case FS::Reader::Result::Interface:
            case FS::Reader::Result::Drops:
                break;
            case FS::Reader::Result::NeedMore:
                return true;
            case FS::Reader::Result::Broken:
                return false;
            }
        }
    }

    QString lastReady()
    {
        pump();
        for (auto it = statuses.crbegin(); it != statuses.crend(); ++it) {
            if (it->first == FS::StatusCode::Ready)
                return it->second;
        }
        return {};
    }
    int readyCount()
    {
        pump();
        return int(std::count_if(statuses.cbegin(), statuses.cend(),
            [](const auto &s) { return s.first == FS::StatusCode::Ready; }));
    }
    bool captured(const QByteArray &payload)
    {
        pump();
        return std::any_of(
            frames.cbegin(), frames.cend(), [&](const QByteArray &f) { return f.contains(payload); });
    }
    bool sawPort(quint16 port)
    {
        pump();
        return std::any_of(frames.cbegin(), frames.cend(), [&](const QByteArray &f) {
            const auto ports = tcpPorts(f);
            return ports.first == port || ports.second == port;
        });
    }
    bool permissionDenied()
    {
        pump();
        return std::any_of(statuses.cbegin(), statuses.cend(),
            [](const auto &s) { return s.first == FS::StatusCode::PermissionDenied; });
    }

    QList<std::pair<FS::StatusCode, QString>> statuses;
    QList<QByteArray> frames;

private:
    QProcess m_process;
    FS::Reader m_reader;
};

// A loopback connection to `server`, accepted, that sends `payload` from the client side.
struct Conversation
{
    QTcpSocket client;
    QTcpSocket *accepted = nullptr;
};

// An accepted socket belongs to whoever accepts it: `acceptAsNobody` for a listener of nobody's,
// as nobody's own program would.
bool talk(QTcpServer &server, Conversation &c, const QByteArray &payload, bool acceptAsNobody = false)
{
    c.client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    if (!c.client.waitForConnected(5000))
        return false;
    if (acceptAsNobody && ::seteuid(kNobody) != 0)
        return false;
    const bool accepted = server.waitForNewConnection(5000);
    if (acceptAsNobody && ::seteuid(0) != 0)
        qFatal("could not become root again");
    if (!accepted)
        return false;
    c.accepted = server.nextPendingConnection();
    c.client.write(payload);
    return c.client.waitForBytesWritten(5000);
}

} // namespace

// The capture helper under attack: its request grammar, its command line, and above all the
// rule that it captures only what its caller owns (issue 15: run as `nobody` with the README's
// setcap, it once delivered the payload of a root-owned loopback connection).
class TestAttackCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (helperPath().isEmpty())
            QSKIP("the capture helper is not built here (no libpcap)");
    }

    void helpExitsZero_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
    }

    void helpExitsZero()
    {
        QFETCH(QString, argument);
        QProcess helper;
        helper.start(helperPath(), {argument});
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(helper.exitCode(), 0);
        const QString usage = QString::fromUtf8(helper.readAllStandardOutput());
        QVERIFY2(usage.contains(QStringLiteral("Usage: socketscope-capture")), qPrintable(usage));
        QVERIFY(usage.contains(QStringLiteral("owned by the user")));
    }

    void unknownArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--promisc")};
        QTest::newRow("a filter") << QStringList {
            QStringLiteral("tcp"), QStringLiteral("port"), QStringLiteral("22")};
        QTest::newRow("help and more")
            << QStringList {QStringLiteral("--iface=any"), QStringLiteral("--help")};
        QTest::newRow("empty") << QStringList {QString()};
    }

    void unknownArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QProcess helper;
        helper.start(helperPath(), arguments);
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitCode(), 2);
        QVERIFY(helper.readAllStandardOutput().isEmpty()); // no capture was started
        QVERIFY(
            QString::fromUtf8(helper.readAllStandardError()).contains(QStringLiteral("unknown argument")));
    }

    void hostileRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("says");
        const QString badPort = QStringLiteral("tcp:N or udp:N");
        const QString badName = QStringLiteral("interface name");
        QTest::newRow("4097 bytes with a newline")
            << QByteArray("capture iface=lo ports=tcp:1" + QByteArray(4097, ',') + '\n')
            << QStringLiteral("longer than 4096");
        QTest::newRow("1 MB, no newline") << QByteArray(1 << 20, 'c') << QStringLiteral("longer than 4096");
        QTest::newRow("port 0") << QByteArray("capture iface=lo ports=tcp:0\n") << badPort;
        QTest::newRow("port 70000") << QByteArray("capture iface=lo ports=tcp:70000\n") << badPort;
        QTest::newRow("port -1") << QByteArray("capture iface=lo ports=udp:-1\n") << badPort;
        QTest::newRow("port +80") << QByteArray("capture iface=lo ports=tcp:+80\n") << badPort;
        QTest::newRow("port 0x50") << QByteArray("capture iface=lo ports=tcp:0x50\n") << badPort;
        QTest::newRow("port 8e1") << QByteArray("capture iface=lo ports=tcp:8e1\n") << badPort;
        QTest::newRow("port overflowing 64 bits")
            << QByteArray("capture iface=lo ports=tcp:18446744073709551697\n") << badPort;
        QTest::newRow("port with a space") << QByteArray("capture iface=lo ports=tcp: 80\n") << badPort;
        QTest::newRow("a bad request after good ones")
            << QByteArray("capture iface=lo ports=none\ncapture iface=lo ports=tcp:1\ncapture\n")
            << QStringLiteral("names no interface");
        QTest::newRow("empty port in a list")
            << QByteArray("capture iface=lo ports=tcp:80,,tcp:81\n") << badPort;
        QTest::newRow("a pcap filter") << QByteArray("capture iface=lo ports=tcp:80 or host 10.0.0.1\n")
                                       << QStringLiteral("unknown part");
        QTest::newRow("carriage return") << QByteArray("capture iface=lo ports=tcp:80\r\n") << badPort;
        QTest::newRow("unknown key") << QByteArray("capture iface=lo ports=tcp:80 snaplen=1\n")
                                     << QStringLiteral("unknown part");
        QTest::newRow("key without value")
            << QByteArray("capture iface=lo ports=tcp:80 promisc\n") << QStringLiteral("unknown part");
        QTest::newRow("uppercase key")
            << QByteArray("capture IFACE=lo ports=tcp:80\n") << QStringLiteral("unknown part");
        QTest::newRow("shell ;") << QByteArray("capture iface=lo;id ports=tcp:80\n") << badName;
        QTest::newRow("shell $()") << QByteArray("capture iface=$(id) ports=tcp:80\n") << badName;
        QTest::newRow("shell backquote") << QByteArray("capture iface=`id` ports=tcp:80\n") << badName;
        QTest::newRow("shell pipe") << QByteArray("capture iface=lo|sh ports=tcp:80\n") << badName;
        QTest::newRow("a path") << QByteArray("capture iface=/dev/null ports=tcp:80\n") << badName;
        QTest::newRow("a relative path") << QByteArray("capture iface=../../etc ports=tcp:80\n") << badName;
        QTest::newRow("dots only") << QByteArray("capture iface=.. ports=tcp:80\n")
                                   << QStringLiteral("no interface called");
        QTest::newRow("empty name") << QByteArray("capture iface= ports=tcp:80\n") << badName;
        QTest::newRow("any") << QByteArray("capture iface=any ports=tcp:80\n")
                             << QStringLiteral("\"any\" is not allowed");
        QTest::newRow("any among others")
            << QByteArray("capture iface=lo,any ports=tcp:80\n") << QStringLiteral("\"any\" is not allowed");
        QTest::newRow("a pcap pseudo device")
            << QByteArray("capture iface=nflog ports=tcp:80\n") << QStringLiteral("no interface called");
        QTest::newRow("NUL byte") << QByteArray("capture iface=lo\0 ports=tcp:80\n", 32) << badName;
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\xff\xfe\n",
            14) << QStringLiteral("starts with the word");
        QTest::newRow("UTF-8 name") << QByteArray("capture iface=l\xc3\xb6 ports=tcp:80\n") << badName;
    }

    void hostileRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, says);
        // The first and only record: a refusal naming the bad part. Nothing was opened.
        const CaptureHelperRun::Refusal answer = CaptureHelperRun::sendOnce(request);
        QVERIFY(answer.ended);
        QCOMPARE(answer.exitCode, 2);
        QVERIFY(answer.badRequest);
        QVERIFY2(answer.message.contains(says), qPrintable(answer.message));
        QVERIFY(!answer.moreRecords);
    }

    void floodOfRequestsIsAnswered()
    {
        // Ten thousand requests at once: each is checked, the last one is what is captured, and
        // the helper answers it and goes on (requests replace each other, so it need not apply
        // every one in between).
        QTcpServer mine;
        QVERIFY(mine.listen(QHostAddress::LocalHost, 0));
        const quint16 free = freePort();
        Helper helper;
        const QByteArray request
            = "capture iface=lo ports=tcp:" + QByteArray::number(mine.serverPort()) + '\n';
        helper.ask(request);
        QTRY_VERIFY(helper.readyCount() == 1 || helper.permissionDenied());
        if (helper.permissionDenied())
            QSKIP("no CAP_NET_RAW here (CI runs this as root): the helper cannot open an interface");
        QByteArray flood;
        for (int i = 0; i < 10000; ++i)
            flood += request;
        flood += QStringLiteral("capture iface=lo ports=tcp:%1,tcp:%2\n")
                     .arg(mine.serverPort())
                     .arg(free)
                     .toLatin1();
        helper.ask(flood);
        QTRY_COMPARE_WITH_TIMEOUT(helper.lastReady(),
            QStringLiteral("capturing tcp:%1\nrefused no-socket tcp:%2").arg(mine.serverPort()).arg(free),
            30000);
        QCOMPARE(helper.process().state(), QProcess::Running);
        Conversation c;
        QVERIFY(talk(mine, c, "after the flood"));
        QTRY_VERIFY(helper.captured("after the flood"));
        helper.process().closeWriteChannel();
        QVERIFY(helper.process().waitForFinished(10000));
        QCOMPARE(helper.process().exitCode(), 0);
    }

    void ownSocketIsCaptured()
    {
        QTcpServer mine;
        QVERIFY(mine.listen(QHostAddress::LocalHost, 0));
        Helper helper;
        helper.ask("capture iface=lo ports=tcp:" + QByteArray::number(mine.serverPort()) + '\n');
        QTRY_VERIFY(helper.readyCount() == 1 || helper.permissionDenied());
        if (helper.permissionDenied())
            QSKIP("no CAP_NET_RAW here (CI runs this as root): nothing is captured");
        QCOMPARE(helper.lastReady(), QStringLiteral("capturing tcp:%1").arg(mine.serverPort()));
        Conversation c;
        QVERIFY(talk(mine, c, "my own words"));
        QTRY_VERIFY(helper.captured("my own words"));
    }

    void portNobodyUsesIsRefused()
    {
        // A free port next to one of ours: the free one is refused and nothing of it passes,
        // not even the connection attempt to it (checked once our own payload is through).
        QTcpServer mine;
        QVERIFY(mine.listen(QHostAddress::LocalHost, 0));
        const quint16 free = freePort();
        Helper helper;
        helper.ask(QStringLiteral("capture iface=lo ports=tcp:%1,tcp:%2\n")
                       .arg(free)
                       .arg(mine.serverPort())
                       .toLatin1());
        QTRY_VERIFY(helper.readyCount() == 1 || helper.permissionDenied());
        if (helper.permissionDenied())
            QSKIP("no CAP_NET_RAW here (CI runs this as root): nothing is captured");
        QCOMPARE(helper.lastReady(),
            QStringLiteral("capturing tcp:%1\nrefused no-socket tcp:%2").arg(mine.serverPort()).arg(free));
        QTcpSocket knock;
        knock.connectToHost(QHostAddress::LocalHost, free);
        QVERIFY(!knock.waitForConnected(5000)); // refused at once: nobody listens
        Conversation c;
        QVERIFY(talk(mine, c, "marker after the knock"));
        QTRY_VERIFY(helper.captured("marker after the knock"));
        QVERIFY(!helper.sawPort(free));
    }

    void anotherUsersSocketIsRefused()
    {
        // The attack itself: `nobody`, holding CAP_NET_RAW as the README's setcap gives it, asks
        // for root's loopback port. It is refused, and root's payload never reaches it; its own
        // port (asked for in the same request) passes, which shows the capture was working.
        if (::geteuid() != 0)
            QSKIP("needs root to run the helper as another user (CI runs this as root)");
        QTemporaryDir dir; // a copy `nobody` can reach, whatever the build folder allows
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup));
        const QString program = dir.filePath(QStringLiteral("socketscope-capture"));
        QVERIFY(QFile::copy(helperPath(), program));

        QTcpServer roots;
        QVERIFY(roots.listen(QHostAddress::LocalHost, 0));
        QTcpServer nobodys;
        QVERIFY(listenAsNobody(nobodys));
        Helper helper(true, program);
        helper.ask(QStringLiteral("capture iface=lo ports=tcp:%1,tcp:%2\n")
                       .arg(roots.serverPort())
                       .arg(nobodys.serverPort())
                       .toLatin1());
        QTRY_VERIFY(helper.readyCount() == 1 || helper.permissionDenied());
        QVERIFY2(!helper.permissionDenied(), "the helper as nobody should hold CAP_NET_RAW");

        Conversation secret;
        QVERIFY(talk(roots, secret, "root's secret"));
        Conversation marker;
        QVERIFY(talk(nobodys, marker, "nobody's marker", true));
        QTRY_VERIFY(helper.captured("nobody's marker"));
        QVERIFY(!helper.captured("root's secret"));
        QVERIFY(!helper.sawPort(roots.serverPort()));
        QCOMPARE(helper.lastReady(),
            QStringLiteral("capturing tcp:%1\nrefused other-user tcp:%2")
                .arg(nobodys.serverPort())
                .arg(roots.serverPort()));
    }

    void onlyOthersPortsMeansNothingPasses()
    {
        // Everything asked for is someone else's: the interface opens (permission is known) but
        // the answer says nothing is captured and that loopback lets nothing through.
        if (::geteuid() != 0)
            QSKIP("needs root to run the helper as another user (CI runs this as root)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup));
        const QString program = dir.filePath(QStringLiteral("socketscope-capture"));
        QVERIFY(QFile::copy(helperPath(), program));
        QTcpServer roots;
        QVERIFY(roots.listen(QHostAddress::LocalHost, 0));
        Helper helper(true, program);
        helper.ask(QStringLiteral("capture iface=lo ports=tcp:%1\n").arg(roots.serverPort()).toLatin1());
        QTRY_VERIFY(helper.readyCount() == 1);
        QCOMPARE(helper.lastReady(),
            QStringLiteral("capturing nothing\nrefused other-user tcp:%1\nrefused unused-interface lo")
                .arg(roots.serverPort()));
    }

    void portThatClosesOrChangesOwnerStopsBeingCaptured()
    {
        // Checked while it runs, not only when asked: our listener closes, and then another user
        // takes the same port; the helper notices both without a new request and lets nothing
        // of the new owner's connection through.
        if (::geteuid() != 0)
            QSKIP("needs root to make a socket of another user (CI runs this as root)");
        QTcpServer stays;
        QVERIFY(stays.listen(QHostAddress::LocalHost, 0));
        auto *moves = new QTcpServer(this);
        QVERIFY(moves->listen(QHostAddress::LocalHost, 0));
        const quint16 port = moves->serverPort();
        Helper helper;
        helper.ask(QStringLiteral("capture iface=lo ports=tcp:%1,tcp:%2\n")
                       .arg(port)
                       .arg(stays.serverPort())
                       .toLatin1());
        QTRY_VERIFY(helper.readyCount() == 1 || helper.permissionDenied());
        if (helper.permissionDenied())
            QSKIP("no CAP_NET_RAW here (CI runs this as root): nothing is captured");
        const QString both = QStringLiteral("capturing tcp:%1,tcp:%2").arg(port).arg(stays.serverPort());
        QCOMPARE(helper.lastReady(), both);

        delete moves;
        QTRY_COMPARE(helper.lastReady(),
            QStringLiteral("capturing tcp:%1\nrefused no-socket tcp:%2").arg(stays.serverPort()).arg(port));
        QTcpServer taken;
        QVERIFY(listenAsNobody(taken, port));
        QTRY_COMPARE(helper.lastReady(),
            QStringLiteral("capturing tcp:%1\nrefused other-user tcp:%2").arg(stays.serverPort()).arg(port));

        {
            Conversation secret;
            QVERIFY(talk(taken, secret, "the new owner's words", true));
            Conversation marker;
            QVERIFY(talk(stays, marker, "still ours"));
            QTRY_VERIFY(helper.captured("still ours"));
            QVERIFY(!helper.captured("the new owner's words"));
            QVERIFY(!helper.sawPort(port));
        }

        // And when ours again, it is captured again, without being asked.
        taken.close();
        QTcpServer back;
        QVERIFY(back.listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE(helper.lastReady(), both);
    }
};

QTEST_GUILESS_MAIN(TestAttackCapture)
#include "tst_attack_capture.moc"
