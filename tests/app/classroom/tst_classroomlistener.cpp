#include "classroom/classroomlistener.h"
#include "classroom/classroompage.h"
#include "classroom/classroomrequest.h"
#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "livelabtest.h"

#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

namespace {

// Sends `request` on a fresh connection and returns everything the server sent until it
// closed the connection.
QByteArray fetch(QTcpSocket &client, quint16 port, const QByteArray &request, quint16 *localPort = nullptr)
{
    // The server runs in this thread: every wait must spin the event loop (QSignalSpy::wait),
    // never block in waitFor...().
    QByteArray reply;
    QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] { reply += client.readAll(); });
    QSignalSpy connected(&client, &QTcpSocket::connected);
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5000))
        return "no connection";
    if (localPort)
        *localPort = client.localPort(); // gone once the server closes
    client.write(request);
    if (disconnected.isEmpty() && !disconnected.wait(10000))
        return "not closed by the server: " + reply;
    reply += client.readAll();
    return reply;
}

} // namespace

// The classroom page on real loopback connections, fetched the way a browser does.
class TestClassroomListener : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_classroom = std::make_unique<ClassroomListener>(m_lab.get());
        QVERIFY(!m_classroom->start());
        QVERIFY(m_classroom->isListening());
    }

    void cleanup()
    {
        m_classroom.reset();
        stopLab();
    }

    void pageShowsTheVisitorsOwnConnection()
    {
        QVERIFY(!m_classroom->isExposed());
        QCOMPARE(m_classroom->url(), QStringLiteral("http://127.0.0.1:%1/").arg(m_classroom->port()));
        QSignalSpy served(m_classroom.get(), &ClassroomListener::pageServed);
        QVERIFY(served.isValid());

        QTcpSocket client;
        quint16 clientPort = 0;
        const QByteArray reply = fetch(client, m_classroom->port(),
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en-GB,en;q=0.9\r\n"
            "User-Agent: test\r\n\r\n",
            &clientPort);
        QVERIFY2(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply.left(200).constData());
        QVERIFY(reply.contains("Content-Type: text/html; charset=utf-8"));
        QVERIFY(reply.contains("Connection: close"));
        const QString mine = formatEndpoint(QHostAddress::LocalHost, clientPort);
        const QString server = formatEndpoint(QHostAddress::LocalHost, m_classroom->port());
        const QString page = QString::fromUtf8(reply);
        QVERIFY2(page.contains(mine), qPrintable(mine));
        QVERIFY(page.contains(QStringLiteral("&lt;%1, %2&gt;").arg(mine, server)));
        QVERIFY(page.contains(QLatin1StringView("0 other visitors")));
        // The body is as long as the header says.
        const qsizetype split = reply.indexOf("\r\n\r\n");
        QVERIFY(reply.contains("Content-Length: " + QByteArray::number(reply.size() - split - 4)));

        // The visitor's connection is a lab socket, cloned from the classroom's listener.
        QCOMPARE(served.count(), 1);
        const qint32 id = served.constFirst().at(0).toInt();
        const SocketInfo *info = m_lab->info(id);
        QVERIFY(info);
        QCOMPARE(info->role, SocketRole::Accepted);
        QCOMPARE(info->parent, m_classroom->listenerId());
        QCOMPARE(info->remotePort, clientPort);
        QCOMPARE(served.constFirst().at(1).toString(), mine);
        QTRY_COMPARE(m_classroom->visitorCount(), 0);
    }

    void language_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<bool>("english");
        QTest::addColumn<bool>("korean");
        QTest::newRow("Korean browser") << QByteArray("ko-KR,ko;q=0.9,en-US;q=0.8") << false << true;
        QTest::newRow("English browser") << QByteArray("en-US,en;q=0.9") << true << false;
        QTest::newRow("English first, Korean second") << QByteArray("ko;q=0.5, en") << true << false;
        QTest::newRow("neither") << QByteArray("fr-FR,de;q=0.5") << true << true;
        QTest::newRow("none sent") << QByteArray() << true << true;
    }

    void language()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(bool, english);
        QFETCH(bool, korean);
        QByteArray request = "GET / HTTP/1.1\r\nHost: x\r\n";
        if (!acceptLanguage.isEmpty())
            request += "Accept-Language: " + acceptLanguage + "\r\n";
        request += "\r\n";
        QTcpSocket client;
        const QString page = QString::fromUtf8(fetch(client, m_classroom->port(), request));
        QCOMPARE(page.contains(QLatin1StringView("<section lang=\"en\"><h1>")), english);
        QCOMPARE(page.contains(QLatin1StringView("<section lang=\"ko\"><h1>")), korean);
        // The Korean comes from the Korean translation, which this test program does not have
        // built in: each part it carries shows in English.
        QCOMPARE(page.count(QLatin1StringView("<h1>You are connected to SocketScope</h1>")),
            int(english) + int(korean));
    }

    void echoedTextIsEscaped()
    {
        QTcpSocket client;
        const QByteArray reply = fetch(
            client, m_classroom->port(), "GET /?<script>alert('x')</script>&a=\"b\" HTTP/1.0\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.left(100).constData());
        QVERIFY(!reply.contains("<script>"));
        QVERIFY(reply.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;a=&quot;b&quot;"));
    }

    void refusedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("oversized headers")
            << ("GET / HTTP/1.1\r\nX-Fill: " + QByteArray(9000, 'a') + "\r\n\r\n") << 431;
        QTest::newRow("oversized, never ending")
            << ("GET / HTTP/1.1\r\nX-Fill: " + QByteArray(20000, 'a')) << 431;
        QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n") << 400;
        QTest::newRow("unknown version") << QByteArray("GET / HTTP/9.9\r\n\r\n") << 400;
        QTest::newRow("no leading slash") << QByteArray("GET index.html HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nbroken header\r\n\r\n") << 400;
        QTest::newRow("control byte") << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("POST") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 405;
        QTest::newRow("GET with a body")
            << QByteArray("GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") << 413;
        QTest::newRow("other page") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n") << 404;
    }

    void refusedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QSignalSpy refused(m_classroom.get(), &ClassroomListener::requestRefused);
        QVERIFY(refused.isValid());
        QTcpSocket client;
        const QByteArray reply = fetch(client, m_classroom->port(), request);
        QVERIFY2(
            reply.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), reply.left(100).constData());
        QVERIFY(reply.contains("Connection: close"));
        // The server closed the connection.
        QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(m_classroom->pagesServed(), 0);
        if (status != 404) {
            QCOMPARE(refused.count(), 1);
            QCOMPARE(refused.constFirst().at(1).toInt(), status);
        }
    }

    void fullRoomLetsTheOldestSilentVisitorGo()
    {
        m_classroom->setMaxVisitors(2);
        QSignalSpy letGo(m_classroom.get(), &ClassroomListener::visitorLetGo);
        QVERIFY(letGo.isValid());
        QTcpSocket first, second, third;
        for (QTcpSocket *client : {&first, &second}) {
            QSignalSpy connected(client, &QTcpSocket::connected);
            client->connectToHost(QHostAddress::LocalHost, m_classroom->port());
            QVERIFY(connected.wait(5000));
        }
        QTRY_COMPARE(m_classroom->visitorCount(), 2);
        // The newcomer is accepted at once, not left in the kernel's queue behind two visitors
        // that say nothing: the oldest of them makes room.
        QSignalSpy connected(&third, &QTcpSocket::connected);
        third.connectToHost(QHostAddress::LocalHost, m_classroom->port());
        QVERIFY(connected.wait(5000));
        QTRY_COMPARE(first.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(letGo.count(), 1);
        QCOMPARE(
            letGo.constFirst().at(1).value<ClassroomListener::LetGo>(), ClassroomListener::LetGo::RoomFull);
        QCOMPARE(m_classroom->visitorCount(), 2);
        QCOMPARE(second.state(), QAbstractSocket::ConnectedState);

        third.write("GET / HTTP/1.1\r\n\r\n");
        QByteArray reply;
        QTRY_VERIFY((reply += third.readAll()).contains("</html>"));
        QVERIFY2(reply.contains("1 other visitor is"), reply.constData());
        QCOMPARE(second.state(), QAbstractSocket::ConnectedState);
    }

    void requestInPiecesIsServed()
    {
        // A request split across many reads (one byte each) is put together, and a request
        // followed at once by the client's close of its side is still answered.
        QTcpSocket client;
        QByteArray reply;
        connect(&client, &QTcpSocket::readyRead, &client, [&] { reply += client.readAll(); });
        QSignalSpy connected(&client, &QTcpSocket::connected);
        client.connectToHost(QHostAddress::LocalHost, m_classroom->port());
        QVERIFY(connected.wait(5000));
        client.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QByteArray request = "GET /?pieces HTTP/1.1\r\nHost: x\r\n\r\n";
        for (const char c : request) {
            client.write(&c, 1);
            client.flush();
            QTRY_COMPARE(client.bytesToWrite(), 0);
        }
        QTRY_VERIFY(reply.contains("</html>"));
        QVERIFY(reply.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(reply.contains("/?pieces"));
    }

    void headerEnd_data()
    {
        QTest::addColumn<QByteArray>("buffer");
        QTest::addColumn<qsizetype>("from");
        QTest::addColumn<qsizetype>("end");
        QTest::newRow("CRLF") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n\r\n") << qsizetype(0)
                              << qsizetype(21);
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nA: b\n\n") << qsizetype(0) << qsizetype(19);
        QTest::newRow("the first blank line wins")
            << QByteArray("GET / HTTP/1.1\n\nGET /x HTTP/1.1\r\n\r\n") << qsizetype(0) << qsizetype(14);
        QTest::newRow("not yet") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n") << qsizetype(0) << qsizetype(-1);
        QTest::newRow("from the middle of the blank line")
            << QByteArray("GET / HTTP/1.1\r\n\r\n") << qsizetype(15) << qsizetype(15);
    }

    void headerEnd()
    {
        QFETCH(QByteArray, buffer);
        QFETCH(qsizetype, from);
        QFETCH(qsizetype, end);
        QCOMPARE(ClassroomRequest::headerEnd(buffer, from), end);
    }

    void listeningBeyondLoopbackIsExposed()
    {
        ClassroomListener open(m_lab.get());
        QVERIFY(!open.start(QHostAddress(QHostAddress::AnyIPv4), 0));
        QVERIFY(open.isExposed());
        QVERIFY(open.url().startsWith(QLatin1StringView("http://")));
        open.stop();
        QVERIFY(!open.isListening());
        QVERIFY(!open.isExposed());
    }

private:
    std::unique_ptr<ClassroomListener> m_classroom;
};

QTEST_GUILESS_MAIN(TestClassroomListener)
#include "tst_classroomlistener.moc"
