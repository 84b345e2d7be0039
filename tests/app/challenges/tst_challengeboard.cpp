#include "challenges/challengeboard.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "challenges/challengerecord.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "lab/lab.h"
#include "livelabtest.h"

#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkDatagram>
#include <QtNetwork/QTcpSocket>
#include <QtNetwork/QUdpSocket>
#include <QtTest/QtTest>

#include <sys/socket.h>

#include <memory>
#include <vector>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::ChallengeVerdict)
Q_DECLARE_METATYPE(SocketScope::ChallengeProblem)

namespace {

// What a test student does.
enum class Attempt {
    Connect,
    SendLine, // sends `payload`
    SendRaw, // sends `payload` as it is, no newline added
    FromChosenPort, // binds a port outside the ephemeral range first
    FromDynamicPort, // binds a port above Linux's range, in the one Windows and macOS pick from
    HalfCloseAndRead, // sends, shuts down sending, reads the reply
    SendThenReset,
    SendThenClose, // sends, then closes both ways (a full close, not a half-close)
    HalfCloseReadOnce, // as the challenge's Python: sends, shuts down sending, reads once, closes
    ConnectWhilePaused, // the host starts paused (backlog); resumes after the connect
    ConnectAfterResume,
    Datagram, // sends `payload` as one datagram
};

} // namespace

Q_DECLARE_METATYPE(Attempt)

// Every built-in challenge judged on real loopback sockets, each student on its own 127.0.0.x
// address, the way laptops in a class would each have their own.
class TestChallengeBoard : public LiveLabTest
{
    Q_OBJECT

private slots:
    // What challenge_started keeps comes back as the same challenge: every built-in one, and
    // the teacher's own with its exact bytes.
    void recordedChallengeRoundTrips()
    {
        QList<Challenge> all = ChallengeCatalog::builtIns();
        Challenge own;
        own.key = QStringLiteral("custom");
        own.check = Challenge::Check::SendText;
        own.proto = Protocol::Udp;
        own.port = 9100;
        own.expected = QByteArray("hi\x00\xff", 4);
        own.answer = "ok\n";
        own.timeLimitS = 300;
        own.customTitle = QStringLiteral("인사 <b>");
        all.append(own);
        for (const Challenge &challenge : all) {
            const std::optional<Challenge> back
                = ChallengeRecord::fromJson(ChallengeRecord::toJson(challenge));
            QVERIFY(back);
            QCOMPARE(back->key, challenge.key);
            QCOMPARE(back->check, challenge.check);
            QCOMPARE(back->proto, challenge.proto);
            QCOMPARE(back->port, challenge.port);
            QCOMPARE(back->timeLimitS, challenge.timeLimitS);
            QCOMPARE(back->expected, challenge.expected);
            QCOMPARE(back->answer, challenge.answer);
            QCOMPARE(back->customTitle, challenge.customTitle);
        }
    }

    // A damaged or hostile recording names no challenge, rather than a strange one.
    void recordedChallengeRefused_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("not JSON") << QStringLiteral("{\"key\":");
        QTest::newRow("no check") << QStringLiteral(R"({"key":"name","proto":"tcp","port":9001})");
        QTest::newRow("unknown check")
            << QStringLiteral(R"({"key":"name","check":"hack","proto":"tcp","port":9001})");
        QTest::newRow("no protocol") << QStringLiteral(R"({"key":"name","check":"send_name","port":9001})");
        QTest::newRow("port too large")
            << QStringLiteral(R"({"key":"name","check":"send_name","proto":"tcp","port":70000})");
        QTest::newRow("port as text")
            << QStringLiteral(R"({"key":"name","check":"send_name","proto":"tcp","port":"9001"})");
        QTest::newRow("limit below zero") << QStringLiteral(
            R"({"key":"name","check":"send_name","proto":"tcp","port":9001,"time_limit_s":-5})");
        QTest::newRow("limit over a day") << QStringLiteral(
            R"({"key":"name","check":"send_name","proto":"tcp","port":9001,"time_limit_s":90000})");
    }

    void recordedChallengeRefused()
    {
        QFETCH(QString, json);
        QVERIFY(!ChallengeRecord::fromJson(json));
    }

    void init()
    {
        startLab();
        m_host = std::make_unique<ChallengeHost>(m_lab.get());
    }

    void cleanup()
    {
        m_clients.clear();
        m_host.reset();
        stopLab();
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Attempt>("attempt");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<ChallengeVerdict>("verdict");
        QTest::addColumn<ChallengeProblem>("problem");

        const auto done = ChallengeVerdict::Done;
        const auto wrong = ChallengeVerdict::WrongContent;
        const auto none = ChallengeProblem::None;
        QTest::newRow("connect") << "connect" << Attempt::Connect << QByteArray() << done << none;
        QTest::newRow("name") << "name" << Attempt::SendLine << QByteArray("Ada Lovelace") << done << none;
        QTest::newRow("name in Korean")
            << "name" << Attempt::SendLine << QByteArray("김민지") << done << none;
        QTest::newRow("name empty") << "name" << Attempt::SendLine << QByteArray("  ") << wrong
                                    << ChallengeProblem::EmptyLine;
        QTest::newRow("name not UTF-8") << "name" << Attempt::SendLine << QByteArray("\xff\xfe")
                                        << ChallengeVerdict::Refused << ChallengeProblem::NotText;
        QTest::newRow("name too long")
            << "name" << Attempt::SendLine << QByteArray(80, 'a') << wrong << ChallengeProblem::TooLong;
        // From a browser's address bar: the name is the path.
        const auto browser = [](const char *path) {
            return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: class\r\nAccept: text/html\r\n";
        };
        QTest::newRow("name from a browser")
            << "name" << Attempt::SendRaw << browser("/Ada%20Lovelace?from=board") << done << none;
        QTest::newRow("name from a browser, Korean")
            << "name" << Attempt::SendRaw << browser("/%EA%B9%80%EB%AF%BC%EC%A7%80") << done << none;
        QTest::newRow("browser without a name")
            << "name" << Attempt::SendRaw << browser("/") << wrong << ChallengeProblem::EmptyLine;
        QTest::newRow("browser, not text")
            << "name" << Attempt::SendRaw << browser("/%FF%FE") << wrong << ChallengeProblem::NotText;
        QTest::newRow("hex written") << "hex" << Attempt::SendLine << QByteArray("0005 68656c6c6f") << done
                                     << none;
        QTest::newRow("hex raw") << "hex" << Attempt::SendRaw << QByteArray("\x00\x05hello", 7) << done
                                 << none;
        QTest::newRow("hex wrong length")
            << "hex" << Attempt::SendLine << QByteArray("0005 6869") << wrong << ChallengeProblem::BadLength;
        QTest::newRow("hex odd digits")
            << "hex" << Attempt::SendLine << QByteArray("0005 686") << wrong << ChallengeProblem::BadHex;
        QTest::newRow("udp") << "udp" << Attempt::Datagram << QByteArray("hello") << done << none;
        QTest::newRow("udp empty") << "udp" << Attempt::Datagram << QByteArray() << wrong
                                   << ChallengeProblem::EmptyLine;
        QTest::newRow("bind chosen") << "bind" << Attempt::FromChosenPort << QByteArray() << done << none;
        QTest::newRow("bind where another OS picks")
            << "bind" << Attempt::FromDynamicPort << QByteArray() << wrong << ChallengeProblem::EphemeralPort;
        QTest::newRow("bind by the OS")
            << "bind" << Attempt::Connect << QByteArray() << wrong << ChallengeProblem::EphemeralPort;
        QTest::newRow("half-close") << "halfclose" << Attempt::HalfCloseAndRead << QByteArray("hello") << done
                                    << none;
        QTest::newRow("half-close reset") << "halfclose" << Attempt::SendThenReset << QByteArray("hello")
                                          << wrong << ChallengeProblem::Reset;
        QTest::newRow("half-close, one read, then close")
            << "halfclose" << Attempt::HalfCloseReadOnce << QByteArray("hello") << done << none;
        QTest::newRow("half-close, closed both ways")
            << "halfclose" << Attempt::SendThenClose << QByteArray("hello") << wrong
            << ChallengeProblem::ClosedBoth;
        QTest::newRow("backlog held")
            << "backlog" << Attempt::ConnectWhilePaused << QByteArray() << done << none;
        QTest::newRow("backlog not queued") << "backlog" << Attempt::ConnectAfterResume << QByteArray()
                                            << ChallengeVerdict::Connected << ChallengeProblem::NotQueued;
    }

    void verdicts()
    {
        QFETCH(QString, key);
        QFETCH(Attempt, attempt);
        QFETCH(QByteArray, payload);
        QFETCH(ChallengeVerdict, verdict);
        QFETCH(ChallengeProblem, problem);

        std::optional<Challenge> challenge = ChallengeCatalog::find(key);
        QVERIFY(challenge);
        challenge->port = 0;
        QVERIFY(!m_host->start(*challenge));
        const quint16 port = m_host->port();
        ChallengeBoard *board = m_host->board();
        QVERIFY(board);
        const QHostAddress student(QStringLiteral("127.0.0.7"));

        if (attempt == Attempt::Datagram) {
            QUdpSocket udp;
            QVERIFY(udp.bind(student, 0));
            QCOMPARE(udp.writeDatagram(payload, QHostAddress::LocalHost, port), payload.size());
            if (verdict == ChallengeVerdict::Done) {
                // The answer comes back to the port the datagram came from.
                QTRY_VERIFY_WITH_TIMEOUT(udp.hasPendingDatagrams(), 5000);
                QVERIFY(udp.receiveDatagram().data().contains("5"));
            }
            QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 1, 5000);
            QTRY_COMPARE_WITH_TIMEOUT(board->row(0).verdict, verdict, 5000);
            QCOMPARE(board->row(0).problem, problem);
            QCOMPARE(board->row(0).address, student.toString());
            return;
        }

        // A port below the ephemeral range, a different one each run (a closed connection's
        // TIME_WAIT holds the last one for a minute).
        const quint16 chosen = attempt == Attempt::FromDynamicPort
            ? quint16(61000 + QCoreApplication::applicationPid() % 4000)
            : quint16(20000 + QCoreApplication::applicationPid() % 9000);
        const bool binds = attempt == Attempt::FromChosenPort || attempt == Attempt::FromDynamicPort;
        QTcpSocket *client = newClient(student, binds ? chosen : 0);
        if (binds)
            QCOMPARE(client->localPort(), chosen);
        if (attempt == Attempt::ConnectAfterResume)
            QVERIFY(!m_host->setAcceptingPaused(false));
        QByteArray reply;
        connect(client, &QTcpSocket::readyRead, client, [client, &reply] { reply += client->readAll(); });
        client->connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, 5000);
        if (attempt == Attempt::ConnectWhilePaused) {
            // In the accept queue: the kernel connected it, the server has not accepted it.
            QTRY_COMPARE_WITH_TIMEOUT(m_lab->info(m_host->classSocket())->queueLength, 1, 5000);
            QCOMPARE(board->rowCount(), 0);
            QVERIFY(!m_host->setAcceptingPaused(false));
        }
        switch (attempt) {
        case Attempt::SendLine:
            client->write(payload + '\n');
            break;
        case Attempt::SendRaw:
            client->write(payload);
            break;
        case Attempt::HalfCloseAndRead:
        case Attempt::HalfCloseReadOnce:
        case Attempt::SendThenReset:
        case Attempt::SendThenClose:
            client->write(payload);
            QTRY_COMPARE_WITH_TIMEOUT(client->bytesToWrite(), 0, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(board->rowCount() == 1 && !board->row(0).sent.isEmpty(), 5000);
            if (attempt == Attempt::SendThenReset) {
                // Linger off: the close sends RST, not FIN.
                const linger reset {1, 0};
                QCOMPARE(::setsockopt(
                             int(client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset),
                    0);
                client->abort();
                break;
            }
            if (attempt == Attempt::SendThenClose) {
                client->close(); // FIN, and no socket left to read the reply
                break;
            }
            QCOMPARE(::shutdown(int(client->socketDescriptor()), SHUT_WR), 0);
            QTRY_VERIFY_WITH_TIMEOUT(reply.contains("FIN"), 5000);
            if (attempt == Attempt::HalfCloseReadOnce)
                client->close(); // everything read: a close that sends no reset
            break;
        default:
            break;
        }
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(0).verdict, verdict, 5000);
        QCOMPARE(board->row(0).problem, problem);
        const ChallengeBoard::Row &row = board->row(0);
        QCOMPARE(row.address, student.toString());
        QVERIFY(row.port != 0);
        QCOMPARE(row.doneAfterNs >= 0, verdict == ChallengeVerdict::Done);
        if (!payload.isEmpty() && attempt != Attempt::SendThenReset)
            QVERIFY(row.sent.startsWith(payload.left(ChallengeBoard::kMaxNameBytes)));
        // A browser reads a page that says what the board read.
        if (payload.startsWith("GET ")) {
            QTRY_VERIFY_WITH_TIMEOUT(reply.contains("</p>"), 5000);
            QVERIFY(reply.startsWith("HTTP/1.1 200 OK\r\n"));
            QCOMPARE(reply.contains("Hello, "), verdict == ChallengeVerdict::Done);
        }
    }

    // The teacher's own: a port, a protocol, the text that must arrive, and an answer.
    void teachersOwnChallenge_data()
    {
        QTest::addColumn<bool>("udp");
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<ChallengeVerdict>("verdict");
        QTest::newRow("tcp right") << false << QByteArray("HELO class\n") << ChallengeVerdict::Done;
        QTest::newRow("tcp wrong") << false << QByteArray("hello\n") << ChallengeVerdict::WrongContent;
        QTest::newRow("udp right") << true << QByteArray("HELO class") << ChallengeVerdict::Done;
        QTest::newRow("udp wrong") << true << QByteArray("hello") << ChallengeVerdict::WrongContent;
    }

    void teachersOwnChallenge()
    {
        QFETCH(bool, udp);
        QFETCH(QByteArray, sent);
        QFETCH(ChallengeVerdict, verdict);
        Challenge challenge;
        challenge.key = QStringLiteral("custom");
        challenge.check = Challenge::Check::SendText;
        challenge.proto = udp ? Protocol::Udp : Protocol::Tcp;
        challenge.expected = "HELO";
        challenge.answer = "250 welcome\n";
        QVERIFY(!m_host->start(challenge));
        ChallengeBoard *board = m_host->board();
        const QHostAddress student(QStringLiteral("127.0.0.8"));
        QByteArray reply;
        QUdpSocket datagrams;
        if (udp) {
            QVERIFY(datagrams.bind(student, 0));
            datagrams.writeDatagram(sent, QHostAddress::LocalHost, m_host->port());
        } else {
            QTcpSocket *client = newClient(student, 0);
            connect(client, &QTcpSocket::readyRead, client, [client, &reply] { reply += client->readAll(); });
            connect(client, &QTcpSocket::connected, client, [client, sent] { client->write(sent); });
            client->connectToHost(QHostAddress::LocalHost, m_host->port());
        }
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(0).verdict, verdict, 5000);
        if (!udp && verdict == ChallengeVerdict::Done)
            QTRY_COMPARE_WITH_TIMEOUT(reply, QByteArray("250 welcome\n"), 5000);
    }

    // Thirty laptops at once: each gets its own row, each is done.
    void thirtyStudentsEachGetARow()
    {
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("name"));
        challenge->port = 0;
        QVERIFY(!m_host->start(*challenge));
        const int students = 30;
        for (int i = 0; i < students; ++i) {
            QTcpSocket *client = newClient(QHostAddress(QStringLiteral("127.0.0.%1").arg(10 + i)), 0);
            connect(client, &QTcpSocket::connected, client,
                [client, i] { client->write(QByteArray("student ") + QByteArray::number(i) + '\n'); });
            client->connectToHost(QHostAddress::LocalHost, m_host->port());
        }
        ChallengeBoard *board = m_host->board();
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), students, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(board->doneCount(), students, 10000);
        for (int i = 0; i < students; ++i) {
            const int row = board->rowOf(QStringLiteral("127.0.0.%1").arg(10 + i));
            QVERIFY(row >= 0);
            QCOMPARE(board->row(row).sent, QByteArray("student ") + QByteArray::number(i) + '\n');
        }
    }

    // A recording of a challenge session, read back, judges the same.
    void recordingReplaysTheSameVerdicts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("class.jsonl"));
        RecordingWriter writer(m_journal.get());
        QVERIFY(writer.open(path));
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("name"));
        challenge->port = 0;
        QVERIFY(!m_host->start(*challenge));
        const QList<QByteArray> lines {"Ada\n", "\n", "Grace Hopper\n"};
        for (int i = 0; i < lines.size(); ++i) {
            QTcpSocket *client = newClient(QHostAddress(QStringLiteral("127.0.0.%1").arg(50 + i)), 0);
            const QByteArray line = lines.at(i);
            connect(client, &QTcpSocket::connected, client, [client, line] { client->write(line); });
            client->connectToHost(QHostAddress::LocalHost, m_host->port());
        }
        ChallengeBoard *live = m_host->board();
        QTRY_COMPARE_WITH_TIMEOUT(live->doneCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(live->rowCount(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(live->row(live->rowOf(QStringLiteral("127.0.0.51"))).verdict,
            ChallengeVerdict::WrongContent, 5000);
        writer.close();

        Journal replayed;
        RecordingReader reader;
        QVERIFY2(reader.read(path, replayed), qPrintable(reader.fatalError()));
        Challenge same = live->challenge();
        ChallengeBoard board(&replayed, same);
        QCOMPARE(board.rowCount(), live->rowCount());
        for (int i = 0; i < board.rowCount(); ++i) {
            QCOMPARE(board.row(i).address, live->row(i).address);
            QCOMPARE(board.row(i).verdict, live->row(i).verdict);
            QCOMPARE(board.row(i).sent, live->row(i).sent);
            QCOMPARE(board.row(i).doneAfterNs, live->row(i).doneAfterNs);
        }

        // At the playhead: before Ada's line arrived she is connected, not done; the moment it
        // has, she is done. A board moved forward event by event agrees with one built at
        // each instant.
        qsizetype adaLine = -1;
        for (qsizetype i = 0; i < replayed.count() && adaLine < 0; ++i) {
            const Event &e = replayed.at(i);
            if (e.kind == EventKind::DataReceived
                && replayed.string(e.remote).startsWith(QLatin1StringView("127.0.0.50:")))
                adaLine = i;
        }
        QVERIFY(adaLine > 0);
        const auto before = ChallengeBoard::atInstant(&replayed, same, adaLine);
        const int adaBefore = before->rowOf(QStringLiteral("127.0.0.50"));
        QVERIFY(adaBefore >= 0);
        QCOMPARE(before->row(adaBefore).verdict, ChallengeVerdict::Connected);
        const auto after = ChallengeBoard::atInstant(&replayed, same, adaLine + 1);
        QCOMPARE(after->row(after->rowOf(QStringLiteral("127.0.0.50"))).verdict, ChallengeVerdict::Done);
        const auto walking = ChallengeBoard::atInstant(&replayed, same, 0);
        QCOMPARE(walking->rowCount(), 0);
        for (qsizetype count = 1; count <= replayed.count(); ++count) {
            walking->readUpTo(count);
            QCOMPARE(walking->readCount(), count);
            if (count % 7 != 0 && count != replayed.count())
                continue;
            const auto fresh = ChallengeBoard::atInstant(&replayed, same, count);
            QCOMPARE(walking->rowCount(), fresh->rowCount());
            for (int i = 0; i < fresh->rowCount(); ++i) {
                QCOMPARE(walking->row(i).verdict, fresh->row(i).verdict);
                QCOMPARE(walking->row(i).sent, fresh->row(i).sent);
            }
        }
        QCOMPARE(walking->doneCount(), 2);
        // Reading the same events again changes nothing.
        walking->readUpTo(adaLine);
        QCOMPARE(walking->readCount(), replayed.count());
        QCOMPARE(walking->doneCount(), 2);
    }

    // A time limit turns everyone not done yet into "time is up".
    void timeLimit()
    {
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("name"));
        challenge->port = 0;
        challenge->timeLimitS = 1;
        QVERIFY(!m_host->start(*challenge));
        QTcpSocket *client = newClient(QHostAddress(QStringLiteral("127.0.0.9")), 0);
        client->connectToHost(QHostAddress::LocalHost, m_host->port());
        ChallengeBoard *board = m_host->board();
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 1, 5000);
        QCOMPARE(board->row(0).verdict, ChallengeVerdict::Connected);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(0).verdict, ChallengeVerdict::TimeUp, 5000);
        // What happens after the limit does not undo it: a late student's line, then the
        // teacher's Stop closing every student's socket (the results are exported after it).
        QTcpSocket *late = newClient(QHostAddress(QStringLiteral("127.0.0.11")), 0);
        connect(late, &QTcpSocket::connected, late, [late] { late->write("Ada\n"); });
        late->connectToHost(QHostAddress::LocalHost, m_host->port());
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!board->row(1).sent.isEmpty(), 5000);
        QCOMPARE(board->row(1).verdict, ChallengeVerdict::TimeUp);
        QCOMPARE(board->row(0).verdict, ChallengeVerdict::TimeUp);
        const qsizetype running = m_journal->count();
        m_host->stop();
        QCOMPARE(m_host->board(), board); // the board stays after class
        QTRY_VERIFY(m_journal->count() > running);
        QTest::qWait(200); // the closes reach the board
        QCOMPARE(board->row(0).verdict, ChallengeVerdict::TimeUp);
        QCOMPARE(board->row(1).verdict, ChallengeVerdict::TimeUp);
    }

    // The backlog challenge's connections are held silently (nobody is closed for being
    // quiet), yet its time limit runs as any other's.
    void timeLimitWhileHolding()
    {
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("backlog"));
        challenge->port = 0;
        challenge->timeLimitS = 1;
        QVERIFY(!m_host->start(*challenge));
        // Accepting on at once: the student is accepted without waiting in the queue, so is
        // not done, and has a row to run out of time on.
        QVERIFY(!m_host->setAcceptingPaused(false));
        QTcpSocket *client = newClient(QHostAddress(QStringLiteral("127.0.0.10")), 0);
        client->connectToHost(QHostAddress::LocalHost, m_host->port());
        ChallengeBoard *board = m_host->board();
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 1, 5000);
        QVERIFY(board->row(0).verdict != ChallengeVerdict::TimeUp);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(0).verdict, ChallengeVerdict::TimeUp, 5000);
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
    }

private:
    QTcpSocket *newClient(const QHostAddress &from, quint16 port)
    {
        auto client = std::make_unique<QTcpSocket>();
        client->bind(from, port, QAbstractSocket::ReuseAddressHint);
        m_clients.push_back(std::move(client));
        return m_clients.back().get();
    }

    std::unique_ptr<ChallengeHost> m_host;
    std::vector<std::unique_ptr<QTcpSocket>> m_clients;
};

QTEST_GUILESS_MAIN(TestChallengeBoard)
#include "tst_challengeboard.moc"
