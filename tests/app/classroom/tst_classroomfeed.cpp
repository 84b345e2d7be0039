#include "challenges/challengeboard.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "classroom/classroomfeed.h"
#include "classroom/classroomlistener.h"
#include "classroomstudent.h"
#include "livelabtest.h"

#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace SocketScope;

namespace {

// Every address a student may have in these tests: loopback's 127.0.0.x, never .1 (the server).
QString studentAddress(int n)
{
    return QStringLiteral("127.0.0.%1").arg(10 + n);
}

} // namespace

// The classroom page's live feed on real loopback connections: each student's browser sees
// its own sockets, and only those, as they change.
class TestClassroomFeed : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_classroom = std::make_unique<ClassroomListener>(m_lab.get());
        QVERIFY(!m_classroom->start());
    }

    void cleanup()
    {
        m_classroom.reset();
        stopLab();
    }

    void theScriptIsServed()
    {
        ClassroomStudent browser(studentAddress(0), m_classroom->port());
        QVERIFY(browser.ask("/live.js"));
        QSignalSpy closed(&browser.socket(), &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000));
        QVERIFY(browser.raw().startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(browser.raw().contains("Content-Type: text/javascript"));
        QVERIFY(browser.raw().contains("new EventSource('/live')"));
        // The page may run only its own script: the policy says so.
        ClassroomStudent page(studentAddress(0), m_classroom->port());
        QVERIFY(page.ask("/"));
        QSignalSpy pageClosed(&page.socket(), &QTcpSocket::disconnected);
        QVERIFY(pageClosed.wait(5000));
        QVERIFY(page.raw().contains("script-src 'self'"));
        QVERIFY(page.raw().contains("<script src=\"/live.js\"></script>"));
    }

    void aStudentSeesOnlyTheirOwnSockets()
    {
        ClassroomStudent alice(studentAddress(1), m_classroom->port());
        ClassroomStudent bob(studentAddress(2), m_classroom->port());
        QVERIFY(alice.ask());
        QVERIFY(bob.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!alice.updates().empty() && !bob.updates().empty(), 5000);
        QVERIFY(alice.headers().contains("Content-Type: text/event-stream"));
        QCOMPARE(alice.updates().front().value(QStringLiteral("you")).toString(), alice.address());
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), 2, 5000);
        QCOMPARE(m_classroom->visitorCount(), 0); // streams are the feed's, not waiting visitors

        // Alice opens a second connection and sends something: her stream shows it, with what
        // she sent; Bob's never does.
        ClassroomStudent aliceAgain(alice.address(), m_classroom->port());
        QSignalSpy connected(&aliceAgain.socket(), &QTcpSocket::connected);
        QVERIFY(connected.wait(5000));
        const quint16 port = aliceAgain.socket().localPort();
        aliceAgain.socket().write("GET /?name=alice HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(alice.sawPort(port), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(alice.raw().contains("name=alice"), 5000);
        QTest::qWait(2 * ClassroomFeed::kUpdateMs); // anything for Bob would have come by now
        QVERIFY(!bob.sawPort(port));
        QVERIFY(!bob.raw().contains(alice.address().toUtf8()));
        QVERIFY(!bob.raw().contains("name=alice"));
    }

    void aThirdStreamFromOneAddressReplacesTheOldest()
    {
        ClassroomStudent first(studentAddress(3), m_classroom->port());
        QVERIFY(first.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!first.updates().empty(), 5000);
        QSignalSpy firstClosed(&first.socket(), &QTcpSocket::disconnected);
        ClassroomStudent second(first.address(), m_classroom->port());
        ClassroomStudent third(first.address(), m_classroom->port());
        QVERIFY(second.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!second.updates().empty(), 5000);
        QVERIFY(third.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!third.updates().empty(), 5000);
        QVERIFY(firstClosed.count() > 0 || firstClosed.wait(5000));
        QCOMPARE(m_classroom->feed()->streamCount(), ClassroomFeed::kMaxStreamsPerAddress);
    }

    void aStreamThatKeepsTalkingIsLetGo()
    {
        ClassroomStudent noisy(studentAddress(4), m_classroom->port());
        QVERIFY(noisy.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!noisy.updates().empty(), 5000);
        QSignalSpy closed(&noisy.socket(), &QTcpSocket::disconnected);
        noisy.socket().write(QByteArray(int(ClassroomFeed::kMaxIncomingBytes) + 1024, 'x'));
        QVERIFY(closed.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), 0, 5000);
        // The class goes on: a new student still gets a stream.
        ClassroomStudent next(studentAddress(5), m_classroom->port());
        QVERIFY(next.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!next.updates().empty(), 5000);
    }

    void whenEveryPlaceIsTakenANewcomerIsToldSo()
    {
        m_classroom->feed()->setMaxStreams(1);
        ClassroomStudent first(studentAddress(6), m_classroom->port());
        QVERIFY(first.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!first.updates().empty(), 5000);
        ClassroomStudent late(studentAddress(7), m_classroom->port());
        QVERIFY(late.ask());
        QSignalSpy closed(&late.socket(), &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000));
        QVERIFY2(late.raw().startsWith("HTTP/1.1 503"), late.raw().left(80).constData());
        QCOMPARE(m_classroom->feed()->streamCount(), 1);
    }

    // The teacher runs a challenge: each student's page shows their own verdict as it
    // changes, why not yet, and the time left; never another student's.
    void aStudentsPageShowsTheirChallengeVerdict()
    {
        ChallengeHost host(m_lab.get());
        m_classroom->feed()->followChallenges(&host);
        Challenge challenge = *ChallengeCatalog::find(QStringLiteral("name"));
        challenge.port = 0;
        challenge.timeLimitS = 300;
        QVERIFY(!host.start(challenge));

        ClassroomStudent alice(studentAddress(8), m_classroom->port());
        ClassroomStudent bob(studentAddress(9), m_classroom->port());
        QVERIFY(alice.ask());
        QVERIFY(bob.ask());
        const auto latest = [](const ClassroomStudent &page) {
            return page.updates().empty()
                ? QJsonObject()
                : page.updates().back().value(QStringLiteral("challenge")).toObject();
        };
        // Not tried yet: the page knows the challenge, the time limit and nothing more.
        QTRY_VERIFY_WITH_TIMEOUT(latest(alice).value(QStringLiteral("key")).toString() == u"name", 5000);
        QCOMPARE(latest(alice).value(QStringLiteral("port")).toInt(), int(host.port()));
        QCOMPARE(latest(alice).value(QStringLiteral("limit_s")).toInt(), 300);
        QVERIFY(latest(alice).value(QStringLiteral("elapsed_ms")).toDouble() >= 0);
        QVERIFY(latest(alice).value(QStringLiteral("running")).toBool());
        QVERIFY(!latest(alice).contains(QStringLiteral("verdict")));

        // A line that is not text: refused, and the page says why.
        QTcpSocket wrong;
        wrong.bind(QHostAddress(alice.address()), 0);
        wrong.connectToHost(QHostAddress::LocalHost, host.port());
        QVERIFY(wrong.waitForConnected(5000));
        wrong.write("\xff\xfe\n");
        QTRY_COMPARE_WITH_TIMEOUT(
            latest(alice).value(QStringLiteral("verdict")).toString(), u"refused", 5000);
        QCOMPARE(latest(alice).value(QStringLiteral("problem")).toString(), u"not_text");
        QVERIFY(!latest(alice).value(QStringLiteral("note")).toString().isEmpty());

        // Her name on a second try: done, with the time it took.
        QTcpSocket right;
        right.bind(QHostAddress(alice.address()), 0);
        right.connectToHost(QHostAddress::LocalHost, host.port());
        QVERIFY(right.waitForConnected(5000));
        right.write("Alice\n");
        QTRY_COMPARE_WITH_TIMEOUT(latest(alice).value(QStringLiteral("verdict")).toString(), u"done", 5000);
        QVERIFY(latest(alice).value(QStringLiteral("done_ms")).toDouble() >= 0);
        QCOMPARE(latest(alice).value(QStringLiteral("your_port")).toInt(), int(right.localPort()));
        QCOMPARE(latest(alice).value(QStringLiteral("tries")).toInt(), 2);
        // Her page's list says how many bytes the server got: six, "Alice" and the newline.
        const auto toldOfSixBytes = [&alice] {
            for (const QJsonObject &update : alice.updates()) {
                for (const QJsonValue &e : update.value(QStringLiteral("events")).toArray()) {
                    if (e.toObject().value(QStringLiteral("k")).toString() == u"data_received"
                        && e.toObject().value(QStringLiteral("len")).toInt() == 6)
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(toldOfSixBytes(), 5000);

        // The teacher stops: every page says the challenge is over; Alice's verdict stays.
        host.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!latest(alice).value(QStringLiteral("running")).toBool(), 5000);
        QCOMPARE(latest(alice).value(QStringLiteral("verdict")).toString(), u"done");
        // Bob tried nothing: by the same update his page has no verdict and none of Alice's bytes.
        QTRY_VERIFY_WITH_TIMEOUT(latest(bob).contains(QStringLiteral("running"))
                && !latest(bob).value(QStringLiteral("running")).toBool(),
            5000);
        QVERIFY(!latest(bob).contains(QStringLiteral("verdict")));
        QVERIFY(!bob.raw().contains("Alice"));
        m_classroom->feed()->followChallenges(nullptr);
    }

    // A page that asks for /live and then never reads: its updates pile up in the server's
    // send buffer. It must not hold up the other pages, its pile may not grow past the cap
    // (plus the one update that crossed it), and it is let go with the reason journalled.
    void aStreamThatNeverReadsIsLetGoWithoutHoldingUpTheOthers()
    {
        const QString slowAddress = studentAddress(40);
        // A raw socket with a tiny receive buffer, so the kernel holds little for it and the
        // rest waits in the server.
        const int slow = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(slow >= 0);
        const auto closeSlow = qScopeGuard([slow] { ::close(slow); });
        const int small = 2048;
        QCOMPARE(::setsockopt(slow, SOL_SOCKET, SO_RCVBUF, &small, sizeof small), 0);
        sockaddr_in from {};
        from.sin_family = AF_INET;
        from.sin_addr.s_addr = htonl(QHostAddress(slowAddress).toIPv4Address());
        QCOMPARE(::bind(slow, reinterpret_cast<const sockaddr *>(&from), sizeof from), 0);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to.sin_port = htons(m_classroom->port());
        // The kernel finishes the handshake for a listening socket by itself.
        QCOMPARE(::connect(slow, reinterpret_cast<const sockaddr *>(&to), sizeof to), 0);
        const QByteArray ask = "GET /live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QCOMPARE(::send(slow, ask.constData(), size_t(ask.size()), MSG_NOSIGNAL), ssize_t(ask.size()));
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), 1, 5000);
        // The server's side of it gets a small send buffer too (a fixed size, no autotuning
        // up to megabytes): what does not fit waits in the program, where the cap applies.
        qint32 stream = -1;
        for (const qint32 id : m_lab->socketIds()) {
            const SocketInfo *info = m_lab->info(id);
            if (info->role == SocketRole::Accepted && info->remoteAddress == QHostAddress(slowAddress))
                stream = id;
        }
        QVERIFY(stream >= 0);
        QVERIFY(!m_lab->setOption(stream, SocketOption::SendBuffer, 4096));

        // The most ever waiting in the program for the slow page, seen at every change.
        qint64 mostPending = 0;
        QObject watching;
        connect(m_lab.get(), &Lab::socketChanged, &watching, [&](qint32 id) {
            const SocketInfo *info = m_lab->info(id);
            if (info && info->role == SocketRole::Accepted
                && info->remoteAddress == QHostAddress(slowAddress))
                mostPending = qMax(mostPending, info->bytesPending);
        });

        // The slow student keeps busy elsewhere: a lab listener, a few connections sending
        // bytes all the time, so their page is due an update at every grouping.
        const Lab::Opened busy = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!busy.error);
        const quint16 busyPort = m_lab->info(busy.id)->localPort;
        std::vector<std::unique_ptr<QTcpSocket>> chatter;
        for (int i = 0; i < 8; ++i) {
            chatter.push_back(std::make_unique<QTcpSocket>());
            chatter.back()->bind(QHostAddress(slowAddress), 0);
            chatter.back()->connectToHost(QHostAddress::LocalHost, busyPort);
        }
        QTimer talk;
        talk.setInterval(10);
        connect(&talk, &QTimer::timeout, this, [&chatter] {
            for (const auto &c : chatter) {
                if (c->state() == QAbstractSocket::ConnectedState)
                    c->write(QByteArray("every byte a student sends shows on their page; ").repeated(2));
            }
        });
        talk.start();

        // Meanwhile another student's page stays live: each connection of theirs shows
        // within a second, however much waits for the slow page.
        ClassroomStudent other(studentAddress(41), m_classroom->port());
        QVERIFY(other.ask());
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), 2, 5000);
        int shownWhileSlow = 0;
        while (m_classroom->feed()->streamCount() == 2 && shownWhileSlow < 100) {
            ClassroomStudent visit(other.address(), m_classroom->port());
            QSignalSpy connected(&visit.socket(), &QTcpSocket::connected);
            QVERIFY(connected.wait(5000));
            const quint16 port = visit.socket().localPort();
            QTRY_VERIFY_WITH_TIMEOUT(other.sawPort(port), 1000);
            ++shownWhileSlow;
        }
        QVERIFY(shownWhileSlow > 0);

        // The slow page is let go once the cap is reached; the other stays.
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), 1, 30000);
        talk.stop();
        QVERIFY2(mostPending > ClassroomFeed::kMaxPendingBytes, qPrintable(QString::number(mostPending)));
        // One update is a few tens of kilobytes at most (its sockets and events are capped).
        constexpr qint64 kOneUpdateAtMost = 64 * 1024;
        QVERIFY2(mostPending <= ClassroomFeed::kMaxPendingBytes + kOneUpdateAtMost,
            qPrintable(QString::number(mostPending)));
        bool journalled = false;
        for (qsizetype i = 0; i < m_journal->count() && !journalled; ++i) {
            const Event &e = m_journal->at(i);
            journalled = e.kind == EventKind::CloseCalled && e.text
                && m_journal->string(e.text).contains(QLatin1StringView("stopped reading"));
        }
        QVERIFY(journalled);
        qInfo("the slow page: at most %lld bytes waited for it; the other page showed %d new "
              "connections meanwhile, each within a second",
            mostPending, shownWhileSlow);
        // The class goes on for the other page.
        ClassroomStudent after(other.address(), m_classroom->port());
        QSignalSpy connected(&after.socket(), &QTcpSocket::connected);
        QVERIFY(connected.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(other.sawPort(after.socket().localPort()), 2000);
    }

    // A room of sixty laptops: each student's page keeps a stream open and each connects once
    // more; every stream shows its own new connection. (How fast is printed by bench_classroom.)
    void sixtyStudentsEachSeeTheirOwnConnection()
    {
        constexpr int kStudents = 60;
        // A challenge runs as in class: every student also takes it, and their page says done.
        ChallengeHost host(m_lab.get());
        m_classroom->feed()->followChallenges(&host);
        Challenge challenge = *ChallengeCatalog::find(QStringLiteral("name"));
        challenge.port = 0;
        QVERIFY(!host.start(challenge));
        std::vector<std::unique_ptr<ClassroomStudent>> pages;
        for (int i = 0; i < kStudents; ++i) {
            pages.push_back(std::make_unique<ClassroomStudent>(studentAddress(20 + i), m_classroom->port()));
            QVERIFY(pages.back()->ask());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), kStudents, 10000);
        std::vector<std::unique_ptr<ClassroomStudent>> visits;
        std::vector<quint16> ports;
        for (int i = 0; i < kStudents; ++i) {
            visits.push_back(std::make_unique<ClassroomStudent>(studentAddress(20 + i), m_classroom->port()));
            QSignalSpy connected(&visits.back()->socket(), &QTcpSocket::connected);
            QVERIFY(connected.wait(5000));
            ports.push_back(visits.back()->socket().localPort());
        }
        for (int i = 0; i < kStudents; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(pages[size_t(i)]->sawPort(ports[size_t(i)]), 10000);
        std::vector<std::unique_ptr<QTcpSocket>> takers;
        for (int i = 0; i < kStudents; ++i) {
            takers.push_back(std::make_unique<QTcpSocket>());
            QTcpSocket *taker = takers.back().get();
            QVERIFY(taker->bind(QHostAddress(pages[size_t(i)]->address()), 0));
            const QByteArray name = "Student " + QByteArray::number(i) + '\n';
            connect(taker, &QTcpSocket::connected, taker, [taker, name] { taker->write(name); });
            taker->connectToHost(QHostAddress::LocalHost, host.port());
        }
        const auto verdictOf = [](const ClassroomStudent &page) {
            return page.updates().empty() ? QString()
                                          : page.updates()
                                                .back()
                                                .value(QStringLiteral("challenge"))
                                                .toObject()
                                                .value(QStringLiteral("verdict"))
                                                .toString();
        };
        for (int i = 0; i < kStudents; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(verdictOf(*pages[size_t(i)]), QStringLiteral("done"), 10000);
        QCOMPARE(host.board()->doneCount(), kStudents);
        for (int i = 0; i < kStudents; ++i) {
            const ClassroomStudent &page = *pages[size_t(i)];
            const ClassroomStudent &neighbour = *pages[size_t((i + 1) % kStudents)];
            QVERIFY2(!page.raw().contains(neighbour.address().toUtf8() + ':'), qPrintable(page.address()));
            // Their own name only (the page marks a line end with "↵"): the neighbour's never
            // reaches their page.
            const auto name = [](int n) { return "Student " + QByteArray::number(n) + "\u21B5"; };
            QVERIFY2(page.raw().contains(name(i)), qPrintable(page.address()));
            QVERIFY2(!page.raw().contains(name((i + 1) % kStudents)), qPrintable(page.address()));
        }
    }

private:
    std::unique_ptr<ClassroomListener> m_classroom;
};

QTEST_GUILESS_MAIN(TestClassroomFeed)
#include "tst_classroomfeed.moc"
