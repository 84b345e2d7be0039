#include "journal/journal.h"
#include "journal/recordingformat.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <limits>

using namespace SocketScope;

namespace {

// Compares two events field by field, strings and payloads by content (their ids belong to
// each journal's own pool). Returns what differs, or nothing.
QString difference(const Journal &a, const Event &x, const Journal &b, const Event &y)
{
    QStringList diffs;
    const auto check = [&](const char *field, auto left, auto right) {
        if (left != right)
            diffs.append(QLatin1StringView(field));
    };
    check("t", x.t, y.t);
    check("kind", x.kind, y.kind);
    check("source", x.source, y.source);
    check("socket", x.socket, y.socket);
    check("proto", x.proto, y.proto);
    check("role", x.role, y.role);
    check("value", x.value, y.value);
    check("value2", x.value2, y.value2);
    check("fromState", x.fromState, y.fromState);
    check("toState", x.toState, y.toState);
    check("flags", x.flags, y.flags);
    check("length", x.length, y.length);
    check("window", x.window, y.window);
    check("windowScale", x.windowScale, y.windowScale);
    check("local", a.string(x.local), b.string(y.local));
    check("remote", a.string(x.remote), b.string(y.remote));
    check("host", a.string(x.host), b.string(y.host));
    check("text", a.string(x.text), b.string(y.text));
    // A tcp_info event's payload names the kernel's reading, not bytes.
    if (x.kind == EventKind::TcpInfo)
        check("tcp_info", a.tcpInfo(x.payload) == b.tcpInfo(y.payload), true);
    else
        check("payload", a.payload(x.payload), b.payload(y.payload));
    return diffs.join(QLatin1StringView(", "));
}

void compareJournals(const Journal &original, const Journal &replayed)
{
    QCOMPARE(replayed.count(), original.count());
    for (qsizetype i = 0; i < original.count(); ++i) {
        const QString diff = difference(original, original.at(i), replayed, replayed.at(i));
        QVERIFY2(diff.isEmpty(),
            qPrintable(QStringLiteral("event %1 (%2) differs in: %3")
                           .arg(i)
                           .arg(kindName(original.at(i).kind))
                           .arg(diff)));
    }
}

// One event of every kind, each with the fields that kind carries.
void fillWithEveryKind(Journal &journal)
{
    qint64 t = 1000;
    const auto add = [&](EventKind kind, EventSource source, const std::function<void(Event &)> &fill) {
        Event e;
        e.t = (t += 1234567);
        e.kind = kind;
        e.source = source;
        e.socket = 3;
        e.proto = Protocol::Tcp;
        e.local = journal.intern(u"127.0.0.1:40000");
        e.remote = journal.intern(u"[::1]:8080");
        if (fill)
            fill(e);
        journal.append(e);
    };
    add(EventKind::SocketOpened, EventSource::App, [](Event &e) { e.role = SocketRole::Client; });
    add(EventKind::SocketOpened, EventSource::App, [](Event &e) {
        e.role = SocketRole::Accepted;
        e.value = 2;
    });
    add(EventKind::Bound, EventSource::App, {});
    add(EventKind::Listening, EventSource::App, [](Event &e) { e.value = 128; });
    add(EventKind::ConnectStarted, EventSource::App, {});
    add(EventKind::Connected, EventSource::Qt, {});
    add(EventKind::Accepted, EventSource::App, {});
    add(EventKind::Queue, EventSource::Kernel, [](Event &e) {
        e.value = 2;
        e.value2 = 5;
    });
    add(EventKind::DataSent, EventSource::App, [&](Event &e) {
        e.value = 5;
        e.payload = journal.storePayload("hello");
    });
    add(EventKind::DataReceived, EventSource::Qt, [&](Event &e) {
        e.value = 3;
        e.payload = journal.storePayload(QByteArray("\x00\xff\n", 3));
    });
    add(EventKind::DatagramSent, EventSource::App, [&](Event &e) {
        e.proto = Protocol::Udp;
        e.value = 4;
        e.remote = journal.intern(u"127.0.0.2:53");
    });
    add(EventKind::DatagramReceived, EventSource::Qt, [&](Event &e) {
        e.proto = Protocol::Udp;
        e.value = 4;
        e.remote = journal.intern(u"127.0.0.2:53");
        e.host = journal.intern(u"router");
    });
    add(EventKind::Shutdown, EventSource::Qt, [&](Event &e) { e.text = journal.intern(u"peer closed"); });
    add(EventKind::CloseCalled, EventSource::App, {});
    add(EventKind::Closed, EventSource::Qt, {});
    add(EventKind::Aborted, EventSource::App, {});
    add(EventKind::Error, EventSource::Qt, [&](Event &e) {
        e.value = 8;
        // Quotes, a backslash, a newline, a tab and Korean: all must come back as they were.
        e.text
            = journal.intern(QStringLiteral("said \"no\" \\ then\n\tleft: \uC5F0\uACB0 \uC7AC\uC124\uC815"));
    });
    add(EventKind::State, EventSource::Kernel, [](Event &e) {
        e.fromState = TcpState::SynSent;
        e.toState = TcpState::Established;
    });
    add(EventKind::State, EventSource::Kernel, [](Event &e) {
        e.fromState = TcpState::Unknown;
        e.toState = TcpState::Gone;
    });
    add(EventKind::Segment, EventSource::Capture, [](Event &e) {
        e.flags = FlagSyn | FlagAck;
        e.value = 4000000000LL;
        e.value2 = 17;
        e.length = 0;
        e.window = 65535;
        e.windowScale = 7;
    });
    // A captured segment names the interface it was seen on, and the lab host.
    add(EventKind::Segment, EventSource::Capture, [&](Event &e) {
        e.proto = Protocol::Tcp;
        e.flags = FlagAck;
        e.value = 1;
        e.value2 = 2;
        e.local = journal.intern(u"192.168.0.10:80");
        e.remote = journal.intern(u"[2001:db8::1]:40000");
        e.host = journal.intern(u"pc-a");
        e.text = journal.intern(u"eth0");
    });
    add(EventKind::Segment, EventSource::Inferred, [](Event &e) {
        e.flags = FlagPsh | FlagAck;
        e.value = 1;
        e.value2 = 2;
        e.length = 100;
    });
    add(EventKind::AcceptingPaused, EventSource::App, {});
    add(EventKind::AcceptingResumed, EventSource::App, {});
    add(EventKind::Linked, EventSource::App, [](Event &e) { e.value = 4; });
    add(EventKind::Impaired, EventSource::App, [&](Event &e) {
        e.proto = Protocol::Udp;
        e.flags = quint8(ImpairmentAction::Delay);
        e.value = 250;
        e.length = 512;
        e.remote = journal.intern(u"127.0.0.3:9000");
    });
    add(EventKind::GroupJoined, EventSource::App, [&](Event &e) {
        e.proto = Protocol::Udp;
        e.remote = journal.intern(u"239.1.2.3:0");
    });
    add(EventKind::GroupLeft, EventSource::App, [&](Event &e) {
        e.proto = Protocol::Udp;
        e.remote = journal.intern(u"239.1.2.3:0");
    });
    // The kernel's TCP numbers: some in the event, the whole reading beside it, one number
    // this kernel did not give.
    add(EventKind::TcpInfo, EventSource::Kernel, [&](Event &e) {
        TcpInfo info;
        info.cwnd = 10;
        info.ssthresh = 2147483647;
        info.srttUs = 1234;
        info.rttvarUs = 600;
        info.unacked = 3;
        info.inFlight = 2;
        info.retransmissions = 1;
        info.sendWindow = 65535;
        info.sendQueue = 4096;
        info.receiveQueue = 0;
        info.deliveryRate = 123456789;
        info.segmentsOut = 42;
        info.segmentsIn = 30;
        info.dataSegmentsOut = 25;
        info.dataSegmentsIn = 0;
        e.value = info.cwnd;
        e.value2 = info.srttUs;
        e.length = 1;
        e.payload = journal.storeTcpInfo(info);
    });
    // The program stopped reading, and read again.
    add(EventKind::ReadingPaused, EventSource::App, [](Event &e) { e.value = 1; });
    add(EventKind::ReadingPaused, EventSource::App, [](Event &e) { e.value = 0; });
    // The lab network, as a network event keeps it: compact JSON, Korean included.
    add(EventKind::NetworkBuilt, EventSource::App, [&](Event &e) {
        e.text = journal.intern(QStringLiteral(
            R"({"default_host":"pc-a","forwards":[{"inside":"192.168.0.10:80","proto":"tcp","public":"203.0.113.1:8080"}],)"
            R"("hosts":[{"address":"192.168.0.10","gateway":"192.168.0.1","name":"pc-a","prefix":24,"segment":"lan"}],)"
            R"("nat":true,"note":"집","segments":[{"name":"lan","prefix":24,"router":"192.168.0.1"}]})"));
    });
    // A challenge as challenge_started keeps it: compact JSON, the teacher's Korean title too.
    add(EventKind::ChallengeStarted, EventSource::App, [&](Event &e) {
        e.proto = Protocol::Tcp;
        e.local = journal.intern(QStringLiteral("127.0.0.1:9001"));
        e.text = journal.intern(QStringLiteral(
            R"({"check":"send_text","expected":"aGk=","key":"custom","port":9001,"proto":"tcp",)"
            R"("time_limit_s":90,"title":"인사하기"})"));
        e.value = 90;
        e.value2 = 1796169600123;
    });
    // And one plain event of every kind there is, so a kind added later is covered too.
    for (int k = 0; k < int(EventKind::Count); ++k) {
        const auto kind = EventKind(k);
        add(kind, EventSource::Inferred, [&](Event &e) {
            if (kind == EventKind::SocketOpened)
                e.role = SocketRole::Udp;
            if (kind == EventKind::Segment)
                e.flags = FlagRst;
            if (kind == EventKind::Impaired)
                e.flags = quint8(ImpairmentAction::Drop);
            if (kind == EventKind::OptionSet)
                e.flags = quint8(SocketOption::ReceiveBuffer);
        });
    }
    // An event about no socket at all.
    Event free;
    free.t = t + 1;
    free.kind = EventKind::Error;
    free.source = EventSource::App;
    free.value = 99;
    journal.append(free);
}

QByteArray header()
{
    return QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":1}\n");
}

} // namespace

// Recordings: the JSON Lines file of README.md ("The recording format"), written while a session runs
// and read back into a journal that shows the same thing.
class TestRecording : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripEveryKind()
    {
        Journal original;
        original.setLabel(QStringLiteral("every kind"));
        fillWithEveryKind(original);
        QVERIFY(original.count() > 2 * int(EventKind::Count));

        const QString path = m_dir.filePath(QStringLiteral("every.jsonl"));
        {
            RecordingWriter writer(&original);
            QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
            writer.close();
            QCOMPARE(writer.linesWritten(), original.count());
        }
        Journal replayed;
        RecordingReader reader;
        QVERIFY2(reader.read(path, replayed), qPrintable(reader.fatalError()));
        QVERIFY(reader.problems().isEmpty());
        QCOMPARE(reader.eventsRead(), original.count());
        compareJournals(original, replayed);

        // Every line is one JSON object that names the contract's fields.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().contains("\"format\":\"socketscope-journal\""));
        QVERIFY(lines.first().contains("\"label\":\"every kind\""));
        QVERIFY(lines.last().isEmpty()); // ends on a complete line
        QVERIFY(lines.at(2).contains("\"kind\":\"socket_opened\"") && lines.at(2).contains("\"parent\":2"));
        const auto withIface = std::find_if(lines.cbegin(), lines.cend(),
            [](const QByteArray &line) { return line.contains("\"iface\":\"eth0\""); });
        QVERIFY(withIface != lines.cend());
        QVERIFY(withIface->contains("\"kind\":\"segment\"") && withIface->contains("\"host\":\"pc-a\"")
            && withIface->contains("\"from\":\"192.168.0.10:80\"") && !withIface->contains("\"note\""));
        // The window scale shift is written only where a SYN offered one.
        QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                     [](const QByteArray &line) { return line.contains("\"wscale\":7"); }),
            1);
        QVERIFY(!withIface->contains("\"wscale\""));
        const auto readingLines = [&lines](const char *paused) {
            return std::count_if(lines.cbegin(), lines.cend(), [paused](const QByteArray &line) {
                return line.contains(R"("kind":"reading_paused","source":"app")") && line.endsWith(paused);
            });
        };
        QCOMPARE(readingLines(R"("paused":1})"), 1);
        QCOMPARE(readingLines(R"("paused":0})"), 1);
        const auto withSegments = std::find_if(lines.cbegin(), lines.cend(),
            [](const QByteArray &line) { return line.contains("\"segs_out\":42"); });
        QVERIFY(withSegments != lines.cend());
        QVERIFY(withSegments->contains("\"segs_in\":30") && withSegments->contains("\"data_segs_out\":25")
            && withSegments->contains("\"data_segs_in\":0"));
    }

    // A recording made before reading_paused and the tcp_info segment counts reads as it did,
    // and a reading_paused line says only 1 or 0.
    void olderAndNewerLinesRead_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("good");
        QTest::addColumn<qint64>("value");
        QTest::newRow("paused") << QByteArray(
            R"({"t":9,"kind":"reading_paused","source":"app","socket":4,"paused":1})")
                                << true << qint64(1);
        QTest::newRow("resumed") << QByteArray(
            R"({"t":9,"kind":"reading_paused","source":"app","socket":4,"paused":0})")
                                 << true << qint64(0);
        QTest::newRow("paused 2") << QByteArray(
            R"({"t":9,"kind":"reading_paused","source":"app","paused":2})")
                                  << false << qint64(0);
        QTest::newRow("paused missing")
            << QByteArray(R"({"t":9,"kind":"reading_paused","source":"app","socket":4})") << false
            << qint64(0);
        QTest::newRow("paused text") << QByteArray(
            R"({"t":9,"kind":"reading_paused","source":"app","paused":"yes"})")
                                     << false << qint64(0);
        QTest::newRow("older tcp_info") << QByteArray(
            R"({"t":9,"kind":"tcp_info","source":"kernel","socket":4,"cwnd":10,"srtt_us":50,"snd_wnd":65535})")
                                        << true << qint64(10);
        QTest::newRow("older accepting_paused")
            << QByteArray(R"({"t":9,"kind":"accepting_paused","source":"app","socket":4})") << true
            << qint64(0);
    }

    void olderAndNewerLinesRead()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, good);
        QFETCH(qint64, value);
        Journal journal;
        Event e;
        const QString problem = RecordingFormat::parseEventLine(line, journal, &e);
        QCOMPARE(problem.isEmpty(), good);
        if (!good)
            return;
        QCOMPARE(e.value, value);
        if (e.kind == EventKind::TcpInfo) {
            QCOMPARE(journal.tcpInfo(e.payload).sendWindow, 65535);
            QCOMPARE(journal.tcpInfo(e.payload).segmentsOut, -1);
            QCOMPARE(journal.tcpInfo(e.payload).segmentsIn, -1);
        }
        // Written back, it is the same line.
        QCOMPARE(RecordingFormat::eventLine(journal, e), line + '\n');
    }

    void roundTripLiveSession()
    {
        // A real session: the writer follows the journal while the lab works.
        Journal original;
        KernelView kernel(KernelSocketSource::best());
        Lab lab(&original, &kernel);
        kernel.start();
        const QString path = m_dir.filePath(QStringLiteral("live.jsonl"));
        RecordingWriter writer(&original);
        QVERIFY(writer.open(path));

        const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(listener.id)->localPort);
        QTRY_COMPARE(lab.info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QVERIFY(!lab.send(client.id, "ping"));
        const Lab::Opened udp = lab.bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!lab.sendDatagram(udp.id, "dgram", {{QHostAddress::LocalHost, lab.info(udp.id)->localPort}}));
        QTRY_COMPARE(lab.info(udp.id)->packetsIn, 1);
        QVERIFY(!lab.abort(client.id));

        // Lines reach the file on their own, within the flush interval.
        QTRY_VERIFY(QFileInfo(path).size() > 0 && QFile(path).open(QIODevice::ReadOnly));
        QTRY_COMPARE(writer.linesWritten(), original.count());
        writer.close();
        QVERIFY(!writer.isOpen());

        Journal replayed;
        RecordingReader reader;
        QVERIFY2(reader.read(path, replayed), qPrintable(reader.fatalError()));
        QVERIFY(reader.problems().isEmpty());
        compareJournals(original, replayed);
    }

    void damagedLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("damaged");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("not JSON") << QByteArrayLiteral("{\"t\":5,\"kind\":") << QString();
        QTest::newRow("not an object") << QByteArrayLiteral("[1,2,3]") << QStringLiteral("object");
        QTest::newRow("no time") << QByteArrayLiteral("{\"kind\":\"bound\",\"source\":\"app\"}")
                                 << QStringLiteral("\"t\"");
        QTest::newRow("unknown kind")
            << QByteArrayLiteral("{\"t\":5,\"kind\":\"exploded\",\"source\":\"app\"}")
            << QStringLiteral("exploded");
        QTest::newRow("unknown source")
            << QByteArrayLiteral("{\"t\":5,\"kind\":\"bound\",\"source\":\"rumour\"}")
            << QStringLiteral("rumour");
        QTest::newRow("unknown state")
            << QByteArrayLiteral("{\"t\":5,\"kind\":\"state\",\"source\":\"kernel\",\"to\":\"SLEEPY\"}")
            << QStringLiteral("SLEEPY");
        QTest::newRow("unknown role")
            << QByteArrayLiteral("{\"t\":5,\"kind\":\"socket_opened\",\"source\":\"app\",\"role\":\"boss\"}")
            << QStringLiteral("boss");
        QTest::newRow("unknown flags")
            << QByteArrayLiteral("{\"t\":5,\"kind\":\"segment\",\"source\":\"capture\",\"flags\":\"XY\"}")
            << QStringLiteral("XY");
        QTest::newRow("window scale as text") << QByteArrayLiteral(
            "{\"t\":5,\"kind\":\"segment\",\"source\":\"capture\",\"flags\":\"S\",\"wscale\":\"7\"}")
                                              << QStringLiteral("wscale");
        QTest::newRow("window scale out of range") << QByteArrayLiteral(
            "{\"t\":5,\"kind\":\"segment\",\"source\":\"capture\",\"flags\":\"S\",\"wscale\":256}")
                                                   << QStringLiteral("wscale");
        QTest::newRow("challenge as text") << QByteArrayLiteral(
            "{\"t\":5,\"kind\":\"challenge_started\",\"source\":\"app\",\"challenge\":\"name\"}")
                                           << QStringLiteral("challenge");
        QTest::newRow("challenge time limit below zero") << QByteArrayLiteral(
            "{\"t\":5,\"kind\":\"challenge_started\",\"source\":\"app\",\"challenge\":{},"
            "\"time_limit_s\":-1}") << QStringLiteral("time_limit_s");
        QTest::newRow("binary junk") << QByteArray("\x01\x02\xff\xfe", 4) << QString();
    }

    // The window scale shift is optional: a recording made before it existed reads as "none
    // offered", and a shift above 14 counts as 14 as RFC 7323 says.
    void windowScaleField_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("windowScale");
        const QByteArray syn = "{\"t\":5,\"kind\":\"segment\",\"source\":\"capture\",\"flags\":\"S\","
                               "\"seq\":1,\"ack\":0,\"len\":0,\"window\":64240";
        QTest::newRow("older recording") << syn + '}' << int(Event::kNoWindowScale);
        QTest::newRow("shift 0") << syn + ",\"wscale\":0}" << 0;
        QTest::newRow("shift 7") << syn + ",\"wscale\":7}" << 7;
        QTest::newRow("shift 14") << syn + ",\"wscale\":14}" << 14;
        QTest::newRow("shift 15 counts as 14") << syn + ",\"wscale\":15}" << 14;
        QTest::newRow("shift 255 counts as 14") << syn + ",\"wscale\":255}" << 14;
        QTest::newRow("only segments carry it")
            << QByteArrayLiteral("{\"t\":5,\"kind\":\"bound\",\"source\":\"app\",\"wscale\":3}")
            << int(Event::kNoWindowScale);
    }

    void windowScaleField()
    {
        QFETCH(QByteArray, line);
        QByteArray text = header() + line + '\n';
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(buffer, journal));
        QVERIFY(reader.problems().isEmpty());
        QCOMPARE(journal.count(), 1);
        QTEST(int(journal.at(0).windowScale), "windowScale");
        if (journal.at(0).kind == EventKind::Segment)
            QCOMPARE(journal.at(0).window, 64240u);
    }

    // A line's text and numbers, byte for byte: plain ASCII is copied as it is, anything JSON
    // must escape (or UTF-8 must encode) goes the long way, and both give the same format.
    void lineText_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<QByteArray>("expected");
        const auto line = [](const QByteArray &t, const QByteArray &note) {
            return "{\"t\":" + t + ",\"kind\":\"bound\",\"source\":\"app\",\"note\":\"" + note + "\"}\n";
        };
        QTest::newRow("plain") << QStringLiteral("127.0.0.1:80") << qint64(5) << line("5", "127.0.0.1:80");
        QTest::newRow("empty time") << QStringLiteral("x") << qint64(0) << line("0", "x");
        QTest::newRow("negative") << QStringLiteral("x") << qint64(-42) << line("-42", "x");
        QTest::newRow("largest") << QStringLiteral("x") << std::numeric_limits<qint64>::max()
                                 << line("9223372036854775807", "x");
        QTest::newRow("smallest") << QStringLiteral("x") << std::numeric_limits<qint64>::min()
                                  << line("-9223372036854775808", "x");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << qint64(1) << line("1", "say \\\"hi\\\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << qint64(1) << line("1", "a\\\\b");
        QTest::newRow("tab and newline")
            << QStringLiteral("a\tb\nc\r") << qint64(1) << line("1", "a\\tb\\nc\\r");
        QTest::newRow("control") << QString(QChar(1)) << qint64(1) << line("1", "\\u0001");
        QTest::newRow("delete kept") << QString(QChar(0x7f)) << qint64(1) << line("1", "\x7f");
        QTest::newRow("korean") << QStringLiteral("\uC5F0\uACB0") << qint64(1)
                                << line("1", "\xEC\x97\xB0\xEA\xB2\xB0");
        QTest::newRow("ascii then korean")
            << QStringLiteral("ok \uC5F0") << qint64(1) << line("1", "ok \xEC\x97\xB0");
        // Lines longer than the piece a line is built in before it is handed over: the same bytes.
        for (const int length : {400, 490, 500, 511, 512, 1000, 5000}) {
            const QString plain(length, QLatin1Char('x'));
            QTest::addRow("plain of %d", length) << plain << qint64(7) << line("7", plain.toLatin1());
            QTest::addRow("korean after %d", length) << plain + QStringLiteral("\uC5F0") << qint64(7)
                                                     << line("7", plain.toLatin1() + "\xEC\x97\xB0");
        }
    }

    void lineText()
    {
        QFETCH(QString, note);
        QFETCH(qint64, t);
        QFETCH(QByteArray, expected);
        Journal journal;
        Event e;
        e.t = t;
        e.kind = EventKind::Bound;
        e.source = EventSource::App;
        e.text = journal.intern(note);
        QCOMPARE(RecordingFormat::eventLine(journal, e), expected);
        // Appended after other lines, the same bytes.
        QByteArray out = "before\n";
        RecordingFormat::appendEventLine(out, journal, e);
        QCOMPARE(out, "before\n" + expected);
    }

    void damagedLinesAreSkipped()
    {
        QFETCH(QByteArray, damaged);
        QFETCH(QString, reasonPart);
        QByteArray text = header();
        text += "{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":1}\n";
        text += damaged + '\n';
        text += "\n"; // blank lines are not damage
        text += "{\"t\":2,\"kind\":\"closed\",\"source\":\"qt\",\"socket\":1,\"future\":{\"x\":1}}\n";
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(buffer, journal));
        QCOMPARE(reader.eventsRead(), 2);
        QCOMPARE(journal.count(), 2);
        QCOMPARE(journal.at(1).kind, EventKind::Closed); // the unknown field was ignored
        QCOMPARE(reader.problems().size(), 1);
        QCOMPARE(reader.problems().first().line, 3); // counted from 1, the header included
        QVERIFY(!reader.problems().first().reason.isEmpty());
        if (!reasonPart.isEmpty())
            QVERIFY2(reader.problems().first().reason.contains(reasonPart),
                qPrintable(reader.problems().first().reason));
    }

    void badHeaderIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("events without a header")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\"}\n")
            << QStringLiteral("socketscope-journal");
        QTest::newRow("another program's JSON")
            << QByteArrayLiteral("{\"format\":\"pcap-notes\",\"version\":1}\n")
            << QStringLiteral("socketscope-journal");
        QTest::newRow("newer version")
            << QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":99}\n")
            << QStringLiteral("99");
        QTest::newRow("no version") << QByteArrayLiteral("{\"format\":\"socketscope-journal\"}\n")
                                    << QStringLiteral("version");
        QTest::newRow("not JSON") << QByteArrayLiteral("hello, world\n") << QStringLiteral("line 1");
    }

    void badHeaderIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reasonPart);
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Journal journal;
        RecordingReader reader;
        QVERIFY(!reader.read(buffer, journal));
        QVERIFY(!reader.fatalError().isEmpty());
        QVERIFY2(reader.fatalError().contains(reasonPart), qPrintable(reader.fatalError()));
        QCOMPARE(journal.count(), 0);
    }

    void missingFileIsRefused()
    {
        Journal journal;
        RecordingReader reader;
        QVERIFY(!reader.read(m_dir.filePath(QStringLiteral("nowhere.jsonl")), journal));
        QVERIFY(!reader.fatalError().isEmpty());
    }

    void cutOffFile()
    {
        // A recording whose writer died mid-line: the complete lines still count.
        QByteArray text = header();
        text += "{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":1}\n";
        text += "{\"t\":2,\"kind\":\"listening\",\"source\":\"app\",\"socket\":1,\"backlog\":5}\n";
        text += "{\"t\":3,\"kind\":\"que";
        const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();

        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(path, journal));
        QCOMPARE(journal.count(), 2);
        QCOMPARE(journal.at(1).value, 5);
        QCOMPARE(reader.problems().size(), 1);
        QCOMPARE(reader.problems().first().line, 4);

        // A last line that is whole but lacks its newline is read as it is.
        QByteArray whole = header() + "{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":1}";
        QBuffer buffer(&whole);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Journal second;
        QVERIFY(reader.read(buffer, second));
        QCOMPARE(second.count(), 1);
        QVERIFY(reader.problems().isEmpty());
    }

    void writerReportsAnUnwritablePath()
    {
        Journal journal;
        RecordingWriter writer(&journal);
        QVERIFY(!writer.open(m_dir.filePath(QStringLiteral("no/such/folder/x.jsonl"))));
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!writer.isOpen());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
