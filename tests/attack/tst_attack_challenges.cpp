#include "appprocess.h"
#include "challenges/challengeboard.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "challenges/challengeresults.h"
#include "journal/journal.h"
#include "lab/lab.h"
#include "livelabtest.h"

#include <QtNetwork/QNetworkDatagram>
#include <QtNetwork/QTcpSocket>
#include <QtNetwork/QUdpSocket>
#include <QtTest/QtTest>

#include <memory>
#include <vector>

using namespace SocketScope;

// A class challenge faces a room of laptops and whoever else is on the network. Each attack
// here must be refused with a reason the journal keeps, and the class must go on: a well-behaved
// student after it is still judged done.
class TestAttackChallenges : public LiveLabTest
{
    Q_OBJECT

private slots:
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

    void manyConnectionsFromOneAddress()
    {
        start(QStringLiteral("name"));
        m_host->setMaxPerAddress(2);
        const QHostAddress attacker(QStringLiteral("127.0.0.66"));
        for (int i = 0; i < 6; ++i)
            connectFrom(attacker);
        QTRY_COMPARE_WITH_TIMEOUT(
            closeNotes(QStringLiteral("too many connections from one address")), 4, 5000);
        classGoesOn();
    }

    void roomFull()
    {
        start(QStringLiteral("name"));
        m_host->setMaxConnections(3);
        for (int i = 0; i < 5; ++i)
            connectFrom(QHostAddress(QStringLiteral("127.0.0.%1").arg(70 + i)));
        QTRY_COMPARE_WITH_TIMEOUT(closeNotes(QStringLiteral("the class is full")), 2, 5000);
    }

    void hugeLine()
    {
        start(QStringLiteral("name"));
        QTcpSocket *client = connectFrom(QHostAddress(QStringLiteral("127.0.0.67")));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, 5000);
        client->write(QByteArray(100 * 1024, 'A'));
        ChallengeBoard *board = m_host->board();
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(0).verdict, ChallengeVerdict::Refused, 5000);
        QVERIFY(board->row(0).note.contains(QStringLiteral("bytes")));
        QVERIFY(board->row(0).sent.size() <= ChallengeBoard::kKeptBytes);
        QCOMPARE(closeNotes(QStringLiteral("more than")), 1);
        classGoesOn();
    }

    void badUtf8()
    {
        start(QStringLiteral("name"));
        QTcpSocket *client = connectFrom(QHostAddress(QStringLiteral("127.0.0.68")));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, 5000);
        client->write("\xc3\x28\xa0\xa1\x1b[2J\n");
        ChallengeBoard *board = m_host->board();
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(0).verdict, ChallengeVerdict::Refused, 5000);
        QCOMPARE(board->row(0).problem, ChallengeProblem::NotText);
        QCOMPARE(closeNotes(QStringLiteral("not UTF-8")), 1);
        // Shown escaped: no escape byte reaches a terminal, table or file.
        const QString shown = ChallengeResults::escapedBytes(board->row(0).sent, 100);
        QVERIFY(!shown.contains(QChar(0x1b)));
        QVERIFY(shown.contains(QStringLiteral("\\x1b")));
        classGoesOn();
    }

    void silentConnections()
    {
        start(QStringLiteral("name"));
        m_host->setIdleMs(300);
        QTcpSocket *client = connectFrom(QHostAddress(QStringLiteral("127.0.0.69")));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(closeNotes(QStringLiteral("silent")), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_host->board()->row(0).verdict, ChallengeVerdict::Refused, 5000);
        // The student reads why, as a line, before the close.
        QTRY_VERIFY_WITH_TIMEOUT(
            client->bytesAvailable() > 0 || client->state() != QAbstractSocket::ConnectedState, 5000);
        QVERIFY(client->readAll().contains("Challenge: silent for"));
    }

    // A byte now and then keeps a connection from ever being silent; its life is capped too.
    void tricklingSender()
    {
        start(QStringLiteral("name"));
        m_host->setIdleMs(400);
        m_host->setLongestMs(1200);
        QTcpSocket *client = connectFrom(QHostAddress(QStringLiteral("127.0.0.70")));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, 5000);
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, client, [client] { client->write("a"); });
        trickle.start(150);
        QTRY_COMPARE_WITH_TIMEOUT(closeNotes(QStringLiteral("connected for longer than")), 1, 5000);
        QCOMPARE(closeNotes(QStringLiteral("silent")), 0);
        trickle.stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_host->board()->row(0).verdict, ChallengeVerdict::Refused, 5000);
        classGoesOn();
    }

    void datagramFlood()
    {
        start(QStringLiteral("udp"));
        QUdpSocket flooder;
        QVERIFY(flooder.bind(QHostAddress(QStringLiteral("127.0.0.80")), 0));
        for (int i = 0; i < 60; ++i)
            flooder.writeDatagram("flood", QHostAddress::LocalHost, m_host->port());
        QTRY_COMPARE_WITH_TIMEOUT(classSocketEvents(EventKind::Error), 1, 5000);
        QCOMPARE(
            classSocketEvents(EventKind::DatagramSent), qsizetype(ChallengeHost::kMaxDatagramsPerAddress));
        // Another student is still answered.
        QUdpSocket student;
        QVERIFY(student.bind(QHostAddress(QStringLiteral("127.0.0.81")), 0));
        student.writeDatagram("hello", QHostAddress::LocalHost, m_host->port());
        QTRY_VERIFY_WITH_TIMEOUT(student.hasPendingDatagrams(), 5000);
        const int row = m_host->board()->rowOf(QStringLiteral("127.0.0.81"));
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_host->board()->row(row).verdict, ChallengeVerdict::Done, 5000);
    }

    // Datagrams from more addresses than a room holds (spoofed, say): past the cap in a minute,
    // newcomers get no answer and one note says so; addresses already answered still are.
    void datagramsFromTooManyAddresses()
    {
        start(QStringLiteral("udp"));
        std::vector<std::unique_ptr<QUdpSocket>> senders;
        const auto send = [&](int n) {
            senders.push_back(std::make_unique<QUdpSocket>());
            QUdpSocket *sender = senders.back().get();
            const QHostAddress from(QStringLiteral("127.0.%1.%2").arg(1 + n / 250).arg(1 + n % 250));
            if (!sender->bind(from, 0))
                return false;
            sender->writeDatagram("hello", QHostAddress::LocalHost, m_host->port());
            return true;
        };
        const int cap = ChallengeHost::kMaxDatagramSources;
        for (int n = 0; n < cap; ++n)
            QVERIFY(send(n));
        QTRY_COMPARE_WITH_TIMEOUT(classSocketEvents(EventKind::DatagramSent), qsizetype(cap), 10000);
        QVERIFY(send(cap)); // one address too many
        QTRY_COMPARE_WITH_TIMEOUT(classSocketEvents(EventKind::Error), 1, 5000);
        QVERIFY(!senders.back()->hasPendingDatagrams());
        // The first address, known this minute, is still answered.
        senders.front()->writeDatagram("again", QHostAddress::LocalHost, m_host->port());
        QTRY_COMPARE_WITH_TIMEOUT(classSocketEvents(EventKind::DatagramSent), qsizetype(cap + 1), 5000);
        QCOMPARE(classSocketEvents(EventKind::Error), 1);
    }

    // The allowance is per minute: a student cut off for flooding is answered again once the
    // minute has passed (the minute shortened here to a second and a half).
    void datagramAllowanceComesBack()
    {
        start(QStringLiteral("udp"));
        m_host->setDatagramWindowMs(1500);
        QUdpSocket student;
        QVERIFY(student.bind(QHostAddress(QStringLiteral("127.0.0.82")), 0));
        for (int i = 0; i < ChallengeHost::kMaxDatagramsPerAddress + 5; ++i)
            student.writeDatagram("again", QHostAddress::LocalHost, m_host->port());
        const qsizetype cap = ChallengeHost::kMaxDatagramsPerAddress;
        QTRY_COMPARE_WITH_TIMEOUT(classSocketEvents(EventKind::Error), 1, 5000);
        QCOMPARE(classSocketEvents(EventKind::DatagramSent), cap);
        QTest::qWait(1600);
        student.writeDatagram("later", QHostAddress::LocalHost, m_host->port());
        QTRY_COMPARE_WITH_TIMEOUT(classSocketEvents(EventKind::DatagramSent), cap + 1, 5000);
    }

    // Exposed on a network, the class server never answers a datagram with more than
    // kAnswerFactor times its bytes: a forged source gets no loudspeaker. On loopback only
    // programs of this computer can write to it, and every student reads the whole sentence.
    void answersNoLouderThanAsked()
    {
        const QString endpoint = QStringLiteral("192.168.10.123:54321");
        for (qsizetype bytes = 1; bytes <= 1500; ++bytes) {
            const QByteArray exposed = ChallengeHost::datagramAnswer(bytes, endpoint, true);
            QVERIFY2(exposed.size() <= bytes * ChallengeHost::kAnswerFactor, exposed.constData());
            QVERIFY(exposed.endsWith('\n'));
            QVERIFY(exposed.contains(QByteArray::number(bytes)) || exposed.contains(endpoint.toUtf8()));
        }
        QCOMPARE(ChallengeHost::datagramAnswer(1, endpoint, true), QByteArray("1\n"));
        // "hello\n" from nc: room for where it came from, the lesson of the challenge.
        QCOMPARE(ChallengeHost::datagramAnswer(7, endpoint, true), endpoint.toUtf8() + '\n');
        const QByteArray whole = ChallengeHost::datagramAnswer(1, endpoint, false);
        QVERIFY(whole.startsWith("The class server got 1 byte"));
        QVERIFY(whole.contains(endpoint.toUtf8()));
        QCOMPARE(ChallengeHost::datagramAnswer(40, endpoint, true),
            ChallengeHost::datagramAnswer(40, endpoint, false));
        // Live, on loopback: a one-byte datagram gets the whole sentence.
        start(QStringLiteral("udp"));
        QUdpSocket student;
        QVERIFY(student.bind(QHostAddress(QStringLiteral("127.0.0.83")), 0));
        student.writeDatagram("x", QHostAddress::LocalHost, m_host->port());
        QTRY_VERIFY_WITH_TIMEOUT(student.hasPendingDatagrams(), 5000);
        QVERIFY(student.receiveDatagram().data().startsWith("The class server got 1 byte"));
    }

    // Knocks from more addresses than a lecture hall holds (forged sources, say): the board
    // keeps kMaxRows rows, counts the rest, and the students listed are still judged.
    void boardRowsAreCapped()
    {
        start(QStringLiteral("udp"));
        ChallengeBoard *board = m_host->board();
        const int extra = 7;
        for (int n = 0; n < ChallengeBoard::kMaxRows + extra; ++n) {
            QUdpSocket sender;
            QVERIFY(
                sender.bind(QHostAddress(QStringLiteral("127.1.%1.%2").arg(n / 250).arg(1 + n % 250)), 0));
            QCOMPARE(sender.writeDatagram("hello", QHostAddress::LocalHost, m_host->port()), qint64(5));
            // In batches the class socket's receive buffer holds (a few hundred small datagrams).
            if (n % 100 == 99)
                QTRY_COMPARE_WITH_TIMEOUT(board->rowCount() + board->unlistedCount(), n + 1, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            board->rowCount() + board->unlistedCount(), ChallengeBoard::kMaxRows + extra, 20000);
        QCOMPARE(board->unlistedCount(), extra);
        QCOMPARE(board->rowCount(), ChallengeBoard::kMaxRows);
        QCOMPARE(board->rowOf(QStringLiteral("127.1.2.7")), -1); // the last
        const int first = board->rowOf(QStringLiteral("127.1.0.1"));
        QVERIFY(first >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(first).verdict, ChallengeVerdict::Done, 5000);
    }

    // A student's line that a spreadsheet would run as a formula, or that would break a row.
    void csvInjection_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("formula") << QByteArray("=HYPERLINK(\"http://x\",\"click\")");
        QTest::newRow("plus") << QByteArray("+cmd|' /C calc'!A0");
        QTest::newRow("at") << QByteArray("@SUM(1+1)");
        QTest::newRow("minus") << QByteArray("-2+3");
        QTest::newRow("comma and quote") << QByteArray("a,\"b\"");
    }

    void csvInjection()
    {
        QFETCH(QByteArray, line);
        start(QStringLiteral("name"));
        QTcpSocket *client = connectFrom(QHostAddress(QStringLiteral("127.0.0.90")));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, 5000);
        client->write(line + '\n');
        ChallengeBoard *board = m_host->board();
        QTRY_COMPARE_WITH_TIMEOUT(board->doneCount(), 1, 5000);
        const QByteArray csv = ChallengeResults::csv(*board,
            {QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("verdict"),
                QStringLiteral("seconds"), QStringLiteral("sent"), QStringLiteral("note")},
            [](const ChallengeBoard::Row &) { return QStringLiteral("done"); });
        const QList<QByteArray> rows = csv.split('\n');
        // A header, one student, and the empty rest after the last line end.
        QCOMPARE(rows.size(), 3);
        const QByteArray student = rows.at(1);
        const qsizetype sent = student.indexOf(",done,") + 6;
        const QByteArray fromSent = student.mid(student.indexOf(',', sent) + 1);
        // The field starts with a quote or an apostrophe: never with a formula character.
        const char first = fromSent.at(0) == '"' ? fromSent.at(1) : fromSent.at(0);
        QVERIFY2(first == '\'' || (first != '=' && first != '+' && first != '-' && first != '@'),
            student.constData());
    }

    // A time limit from the command line: anything but a time from 1 s to 60 min is refused
    // before a socket opens, with exit status 2, the option named, and nothing sent to the
    // terminal that could steer it.
    void badTimeLimit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QStringList challenge {QStringLiteral("--challenge"), QStringLiteral("connect@127.0.0.1:0")};
        const auto row = [&](const char *name, const QString &value, const char *named) {
            QTest::newRow(name) << challenge + QStringList {QStringLiteral("--challenge-time"), value}
                                << QString::fromLatin1(named);
        };
        row("zero", QStringLiteral("0"), "longer than 0");
        row("zero minutes", QStringLiteral("0m0s"), "longer than 0");
        row("negative", QStringLiteral("-5m"), "like 90s, 5m or 1m30s");
        row("unknown unit", QStringLiteral("5x"), "like 90s, 5m or 1m30s");
        row("hours", QStringLiteral("1h"), "like 90s, 5m or 1m30s");
        row("milliseconds are not minutes", QStringLiteral("5ms"), "like 90s, 5m or 1m30s");
        row("minutes twice", QStringLiteral("5m5m"), "like 90s, 5m or 1m30s");
        row("a fraction", QStringLiteral("1.5m"), "like 90s, 5m or 1m30s");
        row("empty", QString(), "like 90s, 5m or 1m30s");
        row("over an hour", QStringLiteral("61m"), "at most 60 minutes");
        row("past 32 bits", QStringLiteral("99999999999"), "like 90s, 5m or 1m30s");
        row("terminal escape", QStringLiteral("\x1b[2J5m"), "\\x1b");
        QTest::newRow("without a challenge") << QStringList {QStringLiteral("--challenge-time"),
            QStringLiteral("5m")} << QStringLiteral("works with --challenge");
        QTest::newRow("given twice") << challenge
                + QStringList {QStringLiteral("--challenge-time"), QStringLiteral("5m"),
                    QStringLiteral("--challenge-time"), QStringLiteral("6m")}
                                     << QStringLiteral("more than once");
    }

    void badTimeLimit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const AppProcess::Finished run = AppProcess::runToEnd(arguments);
        QCOMPARE(run.exitCode, 2);
        const QString said = QString::fromLocal8Bit(run.err);
        QVERIFY2(said.contains(QLatin1StringView("--challenge-time")), qPrintable(said.left(300)));
        QVERIFY2(said.contains(named), qPrintable(said.left(300)));
        const QString oneLine = QString(said).remove(QLatin1Char('\n'));
        QVERIFY2(std::none_of(oneLine.cbegin(), oneLine.cend(),
                     [](QChar c) { return c.category() == QChar::Other_Control; }),
            qPrintable(said.left(300)));
    }

    // The board counts the limit down on the journal's clock, and once it has passed, a
    // student not done is out of time while one done in time stays done.
    void timeLimitRunsOut()
    {
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("name"));
        challenge->port = 0;
        challenge->timeLimitS = 1;
        QVERIFY(!m_host->start(*challenge));
        ChallengeBoard *board = m_host->board();
        QVERIFY(board->timeLeftNs(m_host->now()) > 0);
        QVERIFY(board->timeLeftNs(m_host->now()) <= qint64(1000000000));
        QTcpSocket *quick = connectFrom(QHostAddress(QStringLiteral("127.0.0.41")));
        connect(quick, &QTcpSocket::connected, quick, [quick] { quick->write("Ada\n"); });
        QTcpSocket *slow = connectFrom(QHostAddress(QStringLiteral("127.0.0.42")));
        QTRY_VERIFY_WITH_TIMEOUT(board->rowOf(QStringLiteral("127.0.0.42")) >= 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(board->rowOf(QStringLiteral("127.0.0.41")) >= 0
                && board->row(board->rowOf(QStringLiteral("127.0.0.41"))).verdict == ChallengeVerdict::Done,
            5000);
        Q_UNUSED(slow)
        QTRY_COMPARE_WITH_TIMEOUT(board->timeLeftNs(m_host->now()), qint64(0), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            board->row(board->rowOf(QStringLiteral("127.0.0.42"))).verdict, ChallengeVerdict::TimeUp, 5000);
        QCOMPARE(board->row(board->rowOf(QStringLiteral("127.0.0.41"))).verdict, ChallengeVerdict::Done);
    }

private:
    void start(const QString &key)
    {
        std::optional<Challenge> challenge = ChallengeCatalog::find(key);
        QVERIFY(challenge);
        challenge->port = 0;
        QVERIFY(!m_host->start(*challenge));
    }

    QTcpSocket *connectFrom(const QHostAddress &from)
    {
        auto client = std::make_unique<QTcpSocket>();
        client->bind(from, 0);
        client->connectToHost(QHostAddress::LocalHost, m_host->port());
        m_clients.push_back(std::move(client));
        return m_clients.back().get();
    }

    // A student who does it right after the attack is judged done.
    void classGoesOn()
    {
        QTcpSocket *student = connectFrom(QHostAddress(QStringLiteral("127.0.0.99")));
        connect(student, &QTcpSocket::connected, student, [student] { student->write("Grace\n"); });
        ChallengeBoard *board = m_host->board();
        QTRY_VERIFY_WITH_TIMEOUT(board->rowOf(QStringLiteral("127.0.0.99")) >= 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            board->row(board->rowOf(QStringLiteral("127.0.0.99"))).verdict, ChallengeVerdict::Done, 5000);
    }

    // close_called events whose note contains `text`: the journal's record of refusals.
    int closeNotes(const QString &text) const
    {
        int count = 0;
        for (qsizetype i = 0; i < m_journal->count(); ++i) {
            const Event &e = m_journal->at(i);
            if (e.kind == EventKind::CloseCalled && e.text && m_journal->string(e.text).contains(text))
                ++count;
        }
        return count;
    }

    qsizetype classSocketEvents(EventKind kind) const
    {
        qsizetype count = 0;
        for (qsizetype i = 0; i < m_journal->count(); ++i) {
            const Event &e = m_journal->at(i);
            count += e.socket == m_host->classSocket() && e.kind == kind ? 1 : 0;
        }
        return count;
    }

    std::unique_ptr<ChallengeHost> m_host;
    std::vector<std::unique_ptr<QTcpSocket>> m_clients;
};

QTEST_GUILESS_MAIN(TestAttackChallenges)
#include "tst_attack_challenges.moc"
