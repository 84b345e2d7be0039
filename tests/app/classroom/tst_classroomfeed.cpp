#include "classroom/classroomfeed.h"
#include "classroom/classroomlistener.h"
#include "livelabtest.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace SocketScope;

namespace {

// A student's browser, as far as the live feed goes: a connection from one of loopback's
// addresses that asks for /live and collects every update it is sent.
class Student : public QObject
{
public:
    Student(const QString &address, quint16 serverPort)
        : m_address(address)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        m_socket.bind(QHostAddress(address), 0);
        m_socket.connectToHost(QHostAddress::LocalHost, serverPort);
    }

    bool ask(const QByteArray &path = "/live")
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            QSignalSpy connected(&m_socket, &QTcpSocket::connected);
            if (!connected.wait(5000))
                return false;
        }
        m_socket.write("GET " + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
              "Accept-Language: en\r\n\r\n");
        return true;
    }

    QString address() const { return m_address; }
    QByteArray headers() const { return m_headers; }
    const std::vector<QJsonObject> &updates() const { return m_updates; }
    QByteArray raw() const { return m_raw; }
    QTcpSocket &socket() { return m_socket; }

    // True when any update so far lists a socket whose end at the student is `port`.
    bool sawPort(quint16 port) const
    {
        const QString end = QStringLiteral("%1:%2").arg(m_address).arg(port);
        return std::any_of(m_updates.begin(), m_updates.end(), [&](const QJsonObject &u) {
            const QJsonArray sockets = u.value(QStringLiteral("sockets")).toArray();
            return std::any_of(sockets.begin(), sockets.end(), [&](const QJsonValue &s) {
                return s.toObject().value(QStringLiteral("remote")).toString() == end;
            });
        });
    }

private:
    void read()
    {
        m_raw += m_socket.readAll();
        if (m_headers.isEmpty()) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_headers = m_raw.left(end + 4);
            m_buffer = m_raw.mid(end + 4);
        } else {
            m_buffer = m_raw.mid(m_consumed);
        }
        // Events end with a blank line; only "update" events carry data.
        qsizetype start = 0;
        for (qsizetype end = m_buffer.indexOf("\n\n"); end >= 0; end = m_buffer.indexOf("\n\n", start)) {
            const QByteArray block = m_buffer.mid(start, end - start);
            start = end + 2;
            const qsizetype data = block.indexOf("data: ");
            if (block.startsWith("event: update\n") && data >= 0)
                m_updates.push_back(QJsonDocument::fromJson(block.mid(data + 6)).object());
        }
        m_consumed = m_raw.size() - (m_buffer.size() - start);
    }

    QString m_address;
    QTcpSocket m_socket;
    QByteArray m_raw;
    QByteArray m_headers;
    QByteArray m_buffer;
    qsizetype m_consumed = 0;
    std::vector<QJsonObject> m_updates;
};

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
        Student browser(studentAddress(0), m_classroom->port());
        QVERIFY(browser.ask("/live.js"));
        QSignalSpy closed(&browser.socket(), &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000));
        QVERIFY(browser.raw().startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(browser.raw().contains("Content-Type: text/javascript"));
        QVERIFY(browser.raw().contains("new EventSource('/live')"));
        // The page may run only its own script: the policy says so.
        Student page(studentAddress(0), m_classroom->port());
        QVERIFY(page.ask("/"));
        QSignalSpy pageClosed(&page.socket(), &QTcpSocket::disconnected);
        QVERIFY(pageClosed.wait(5000));
        QVERIFY(page.raw().contains("script-src 'self'"));
        QVERIFY(page.raw().contains("<script src=\"/live.js\"></script>"));
    }

    void aStudentSeesOnlyTheirOwnSockets()
    {
        Student alice(studentAddress(1), m_classroom->port());
        Student bob(studentAddress(2), m_classroom->port());
        QVERIFY(alice.ask());
        QVERIFY(bob.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!alice.updates().empty() && !bob.updates().empty(), 5000);
        QVERIFY(alice.headers().contains("Content-Type: text/event-stream"));
        QCOMPARE(alice.updates().front().value(QStringLiteral("you")).toString(), alice.address());
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), 2, 5000);
        QCOMPARE(m_classroom->visitorCount(), 0); // streams are the feed's, not waiting visitors

        // Alice opens a second connection and sends something: her stream shows it, with what
        // she sent; Bob's never does.
        Student aliceAgain(alice.address(), m_classroom->port());
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
        Student first(studentAddress(3), m_classroom->port());
        QVERIFY(first.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!first.updates().empty(), 5000);
        QSignalSpy firstClosed(&first.socket(), &QTcpSocket::disconnected);
        Student second(first.address(), m_classroom->port());
        Student third(first.address(), m_classroom->port());
        QVERIFY(second.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!second.updates().empty(), 5000);
        QVERIFY(third.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!third.updates().empty(), 5000);
        QVERIFY(firstClosed.count() > 0 || firstClosed.wait(5000));
        QCOMPARE(m_classroom->feed()->streamCount(), ClassroomFeed::kMaxStreamsPerAddress);
    }

    void aStreamThatKeepsTalkingIsLetGo()
    {
        Student noisy(studentAddress(4), m_classroom->port());
        QVERIFY(noisy.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!noisy.updates().empty(), 5000);
        QSignalSpy closed(&noisy.socket(), &QTcpSocket::disconnected);
        noisy.socket().write(QByteArray(int(ClassroomFeed::kMaxIncomingBytes) + 1024, 'x'));
        QVERIFY(closed.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), 0, 5000);
        // The class goes on: a new student still gets a stream.
        Student next(studentAddress(5), m_classroom->port());
        QVERIFY(next.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!next.updates().empty(), 5000);
    }

    void whenEveryPlaceIsTakenANewcomerIsToldSo()
    {
        m_classroom->feed()->setMaxStreams(1);
        Student first(studentAddress(6), m_classroom->port());
        QVERIFY(first.ask());
        QTRY_VERIFY_WITH_TIMEOUT(!first.updates().empty(), 5000);
        Student late(studentAddress(7), m_classroom->port());
        QVERIFY(late.ask());
        QSignalSpy closed(&late.socket(), &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000));
        QVERIFY2(late.raw().startsWith("HTTP/1.1 503"), late.raw().left(80).constData());
        QCOMPARE(m_classroom->feed()->streamCount(), 1);
    }

    // A room of sixty laptops: each student's page keeps a stream open and each connects once
    // more; every stream shows its own new connection. (How fast is printed by bench_classroom.)
    void sixtyStudentsEachSeeTheirOwnConnection()
    {
        constexpr int kStudents = 60;
        std::vector<std::unique_ptr<Student>> pages;
        for (int i = 0; i < kStudents; ++i) {
            pages.push_back(std::make_unique<Student>(studentAddress(20 + i), m_classroom->port()));
            QVERIFY(pages.back()->ask());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_classroom->feed()->streamCount(), kStudents, 10000);
        std::vector<std::unique_ptr<Student>> visits;
        std::vector<quint16> ports;
        for (int i = 0; i < kStudents; ++i) {
            visits.push_back(std::make_unique<Student>(studentAddress(20 + i), m_classroom->port()));
            QSignalSpy connected(&visits.back()->socket(), &QTcpSocket::connected);
            QVERIFY(connected.wait(5000));
            ports.push_back(visits.back()->socket().localPort());
        }
        for (int i = 0; i < kStudents; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(pages[size_t(i)]->sawPort(ports[size_t(i)]), 10000);
        for (int i = 0; i < kStudents; ++i) {
            const Student &page = *pages[size_t(i)];
            const Student &neighbour = *pages[size_t((i + 1) % kStudents)];
            QVERIFY2(!page.raw().contains(neighbour.address().toUtf8() + ':'), qPrintable(page.address()));
        }
    }

private:
    std::unique_ptr<ClassroomListener> m_classroom;
};

QTEST_GUILESS_MAIN(TestClassroomFeed)
#include "tst_classroomfeed.moc"
