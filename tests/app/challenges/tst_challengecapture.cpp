#include "capture/capturefeed.h"
#include "capture/capturehelperclient.h"
#include "capture/hostcapture.h"
#include "capturehelperrun.h"
#include "challenges/challengeboard.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::ChallengeVerdict)

// What only captured packets tell the board: knocks that never became a connection (a SYN
// unanswered, an RST from a port nobody listens on). Capture needs CAP_NET_RAW (CI runs the
// suite as root); without it the live test says so and skips.
class TestChallengeCapture : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_journal = std::make_unique<Journal>();
        m_lab = std::make_unique<Lab>(m_journal.get(), nullptr);
        m_host = std::make_unique<ChallengeHost>(m_lab.get());
    }

    void cleanup()
    {
        m_capture.reset();
        m_host.reset();
        m_lab.reset();
        m_journal.reset();
    }

    // On this machine's own network the capture helper captures only ports SocketScope holds a
    // socket on (it refuses the rest: it must not become a sniffer for any port). A closed
    // port is held by nobody, so the RST a student gets there is never seen and no wrong-port
    // row can appear; the student's later attempt on the class port is captured and judged.
    // (The virtual lab network, where the lab helper captures the whole namespace, is where a
    // wrong-port knock shows; the next test reads such packets as the journal holds them.)
    void aClosedPortIsOutsideHostCapture()
    {
        if (CaptureHelperRun::helperPath().isEmpty())
            QSKIP("the capture helper is not built here (no libpcap)");
        // A port nobody listens on: taken from the OS, then let go.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("connect"));
        challenge->port = 0;
        QVERIFY(!m_host->start(*challenge));
        const quint16 classPort = m_host->port();

        QString said;
        startCapture({{Protocol::Tcp, closedPort}}, &said);
        if (QTest::currentTestFailed())
            return;
        if (said.isNull())
            QSKIP("no CAP_NET_RAW here (CI runs this as root): nothing is captured");
        QVERIFY2(said.contains(QStringLiteral("capturing tcp:%1").arg(classPort)), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("refused no-socket tcp:%1").arg(closedPort)), qPrintable(said));

        QTcpSocket wrong;
        QVERIFY(wrong.bind(QHostAddress(QStringLiteral("127.0.0.61")), 0));
        QSignalSpy failed(&wrong, &QTcpSocket::errorOccurred);
        wrong.connectToHost(QHostAddress::LocalHost, closedPort);
        QVERIFY(failed.wait(5000));
        QCOMPARE(wrong.error(), QAbstractSocket::ConnectionRefusedError);

        // Then the right port: its SYN is captured, and the row is done.
        QTcpSocket right;
        QVERIFY(right.bind(QHostAddress(QStringLiteral("127.0.0.61")), 0));
        right.connectToHost(QHostAddress::LocalHost, classPort);
        ChallengeBoard *board = m_host->board();
        QTRY_VERIFY_WITH_TIMEOUT(board->rowOf(QStringLiteral("127.0.0.61")) >= 0
                && board->row(board->rowOf(QStringLiteral("127.0.0.61"))).verdict == ChallengeVerdict::Done,
            5000);
        const auto captured = [this](quint16 port) {
            for (qsizetype i = 0; i < m_journal->count(); ++i) {
                const Event &e = m_journal->at(i);
                if (e.kind == EventKind::Segment && e.source == EventSource::Capture
                    && m_journal->string(e.remote).endsWith(QStringLiteral(":%1").arg(port)))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(captured(classPort), 5000);
        QVERIFY(!captured(closedPort));
        QCOMPARE(board->rowCount(), 1);
    }

    // The backlog challenge for real: accepting paused, the kernel's queue full, a newcomer's
    // SYN goes unanswered and is sent again, and the captured SYNs (tagged by the capture with
    // the listener's socket, whose port they are for) put the newcomer on the board as stuck
    // in SYN_SENT before any socket of theirs is accepted.
    void aFullQueueLeavesNewcomersInSynSent()
    {
        if (CaptureHelperRun::helperPath().isEmpty())
            QSKIP("the capture helper is not built here (no libpcap)");
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("backlog"));
        challenge->port = 0;
        QVERIFY(!m_host->start(*challenge));
        QVERIFY(!m_host->setAcceptingPaused(true));
        const quint16 classPort = m_host->port();
        QString said;
        startCapture({}, &said);
        if (QTest::currentTestFailed())
            return;
        if (said.isNull())
            QSKIP("no CAP_NET_RAW here (CI runs this as root): nothing is captured");

        // The queue holds the backlog and one more; two more students than that.
        ChallengeBoard *board = m_host->board();
        std::vector<std::unique_ptr<QTcpSocket>> students;
        const int count = ChallengeHost::kHoldBacklog + 3;
        for (int i = 0; i < count; ++i) {
            students.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(students.back()->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(90 + i)), 0));
            students.back()->connectToHost(QHostAddress::LocalHost, classPort);
        }
        const QString last = QStringLiteral("127.0.0.%1").arg(90 + count - 1);
        // The kernel sends a lost SYN again after about a second.
        QTRY_VERIFY_WITH_TIMEOUT(board->rowOf(last) >= 0
                && board->row(board->rowOf(last)).verdict == ChallengeVerdict::StuckSynSent,
            8000);
        QCOMPARE(board->row(board->rowOf(last)).kernelState, TcpState::SynSent);
        for (auto &student : students)
            student->abort();
    }

    // Captured packets as the journal holds them (from the lab network's capture, or a
    // recording): a SYN to the class port is a knock, a second one a knock unanswered, and an
    // RST from the teacher's machine on another port a wrong port.
    void capturedKnocks_data()
    {
        QTest::addColumn<QList<int>>("flags"); // the segments in order; RST ones come back from port 9999
        QTest::addColumn<ChallengeVerdict>("verdict");
        QTest::addColumn<QString>("note");
        // The capture tags a segment with the socket holding its port: a SYN to the class port
        // with the listener's (1), a reset from a closed port with none (-1).
        QTest::addColumn<int>("synSocket");
        QTest::newRow("one SYN") << QList<int> {FlagSyn} << ChallengeVerdict::Waiting << QString() << -1;
        QTest::newRow("one SYN, tagged with the listener")
            << QList<int> {FlagSyn} << ChallengeVerdict::Waiting << QString() << 1;
        QTest::newRow("SYN sent again")
            << QList<int> {FlagSyn, FlagSyn} << ChallengeVerdict::StuckSynSent << QString() << -1;
        QTest::newRow("SYN sent again, tagged with the listener")
            << QList<int> {FlagSyn, FlagSyn} << ChallengeVerdict::StuckSynSent << QString() << 1;
        QTest::newRow("RST from a closed port")
            << QList<int> {FlagRst | FlagAck} << ChallengeVerdict::WrongPort << QStringLiteral("9999") << -1;
        QTest::newRow("wrong port, then a knock on the right one")
            << QList<int> {FlagRst | FlagAck, FlagSyn} << ChallengeVerdict::Waiting << QString() << 1;
    }

    void capturedKnocks()
    {
        QFETCH(QList<int>, flags);
        QFETCH(ChallengeVerdict, verdict);
        QFETCH(QString, note);
        QFETCH(int, synSocket);
        Journal journal;
        Challenge challenge = *ChallengeCatalog::find(QStringLiteral("connect"));
        challenge.port = 9000;
        ChallengeBoard board(&journal, challenge);
        Event listening;
        listening.kind = EventKind::Listening;
        listening.proto = Protocol::Tcp;
        listening.socket = 1;
        listening.local = journal.intern(QStringLiteral("127.0.0.1:9000"));
        journal.append(listening);
        const QString student = QStringLiteral("127.0.0.62:40000");
        for (const int f : flags) {
            Event e;
            e.t = journal.now();
            e.kind = EventKind::Segment;
            e.source = EventSource::Capture;
            e.proto = Protocol::Tcp;
            e.flags = quint8(f);
            const bool reset = f & FlagRst;
            e.socket = reset ? -1 : synSocket;
            e.local = journal.intern(reset ? QStringLiteral("127.0.0.1:9999") : student);
            e.remote = journal.intern(reset ? student : QStringLiteral("127.0.0.1:9000"));
            journal.append(e);
        }
        QCOMPARE(board.rowCount(), 1);
        QCOMPARE(board.row(0).address, u"127.0.0.62");
        QCOMPARE(board.row(0).verdict, verdict);
        QCOMPARE(board.row(0).note, note);
        QVERIFY(board.row(0).inferred);
    }

private:
    // Starts capturing the ports the lab holds (and `expected` ones besides) and waits for the
    // helper's first status, which `said` then holds; `said` stays null where capture needs a
    // permission this run does not have.
    void startCapture(const QList<CaptureHelperClient::Port> &expected, QString *said)
    {
        m_capture = std::make_unique<HostCapture>(m_journal.get(), m_lab.get());
        m_capture->client()->setHelperPath(CaptureHelperRun::helperPath());
        if (!expected.isEmpty())
            m_capture->expectPorts(expected);
        QSignalSpy status(m_capture->feed(), &CaptureFeed::statusReceived);
        QVERIFY(status.isValid());
        m_capture->setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_capture->client()->state() != CaptureHelperClient::State::Starting, 10000);
        if (m_capture->client()->state() == CaptureHelperClient::State::PermissionDenied)
            return;
        QCOMPARE(m_capture->client()->state(), CaptureHelperClient::State::Capturing);
        QTRY_VERIFY_WITH_TIMEOUT(status.count() > 0, 10000);
        *said = status.constLast().at(1).toString();
    }

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<ChallengeHost> m_host;
    std::unique_ptr<HostCapture> m_capture;
};

QTEST_GUILESS_MAIN(TestChallengeCapture)
#include "tst_challengecapture.moc"
