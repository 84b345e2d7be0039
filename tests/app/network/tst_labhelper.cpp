#include "labhelperprocess.h"
#include "network/labnetwork.h"

#include <QtCore/QProcess>
#include <QtTest/QtTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

using namespace SocketScope;

// The lab helper on its own: every malformed request gets an "error" answer and changes
// nothing; the helper stays up and ends as soon as the app's end of its channel closes.
class TestLabHelper : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void endsWithTheApp();
    void refusesBadCommandLines();

private:
    QString ask(const QByteArray &request, int *descriptor = nullptr);

    QProcess *m_helper = nullptr;
    int m_control = -1;
};

void TestLabHelper::init()
{
    QVERIFY2(!LabNetwork::helperProgram().isEmpty(), "socketscope-labd was not built");
    int pair[2];
    QVERIFY(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) == 0);
    m_helper = startLabHelper(pair[1]);
    ::close(pair[1]);
    QVERIFY(m_helper->waitForStarted());
    m_control = pair[0];
    QCOMPARE(ask("hello"), QStringLiteral("ok"));
    QCOMPARE(ask("bridge lan 192.168.0.1/24"), QStringLiteral("ok"));
    QCOMPARE(ask("host pc-a lan 192.168.0.10/24 192.168.0.1"), QStringLiteral("ok"));
}

void TestLabHelper::cleanup()
{
    if (m_control >= 0)
        ::close(m_control);
    m_control = -1;
    if (m_helper) {
        if (!m_helper->waitForFinished(3000))
            m_helper->kill();
        delete m_helper;
        m_helper = nullptr;
    }
}

QString TestLabHelper::ask(const QByteArray &request, int *descriptor)
{
    int fd = -1;
    QString failure;
    const std::optional<QByteArray> answer = LabNetwork::exchange(m_control, request, &fd, &failure);
    if (descriptor)
        *descriptor = fd;
    else if (fd >= 0)
        ::close(fd);
    return answer ? QString::fromUtf8(*answer) : QStringLiteral("(%1)").arg(failure);
}

void TestLabHelper::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("empty") << QByteArray(" ");
    QTest::newRow("unknown verb") << QByteArray("format c:");
    QTest::newRow("host name with a slash") << QByteArray("host ../etc lan 192.168.0.20/24 192.168.0.1");
    QTest::newRow("host name in capitals") << QByteArray("host PC lan 192.168.0.20/24 192.168.0.1");
    QTest::newRow("host name too long") << QByteArray("host averyveryverylongname lan 192.168.0.20/24 -");
    QTest::newRow("host on no bridge") << QByteArray("host pc-x dmz 192.168.0.20/24 -");
    QTest::newRow("host twice") << QByteArray("host pc-a lan 192.168.0.30/24 -");
    QTest::newRow("prefix too long") << QByteArray("host pc-x lan 192.168.0.20/33 -");
    QTest::newRow("not an address") << QByteArray("host pc-x lan 999.1.1.1/24 -");
    QTest::newRow("bad gateway") << QByteArray("host pc-x lan 192.168.0.20/24 gateway");
    QTest::newRow("too many words") << QByteArray("host pc-x lan 192.168.0.20/24 - extra");
    QTest::newRow("bridge bad prefix") << QByteArray("bridge wan 203.0.113.1/0");
    QTest::newRow("socket for nobody") << QByteArray("socket nobody tcp 4");
    QTest::newRow("socket odd family") << QByteArray("socket pc-a tcp 5");
    QTest::newRow("socket odd protocol") << QByteArray("socket pc-a sctp 4");
    QTest::newRow("binary junk") << QByteArray("\x01\x02\xff\xfe socket\0pc-a", 16);
    QTest::newRow("long line") << QByteArray(60000, 'x');
}

void TestLabHelper::refusesMalformedRequests()
{
    QFETCH(QByteArray, request);
    int fd = -1;
    const QString answer = ask(request, &fd);
    QVERIFY2(answer.startsWith(QLatin1String("error ")), qPrintable(answer));
    QCOMPARE(fd, -1);
    // Still up and still right.
    QCOMPARE(ask("hello"), QStringLiteral("ok"));
    QCOMPARE(ask("socket pc-a tcp 4", &fd), QStringLiteral("ok"));
    QVERIFY(fd >= 0);
    ::close(fd);
}

void TestLabHelper::endsWithTheApp()
{
    ::close(m_control);
    m_control = -1;
    QVERIFY(m_helper->waitForFinished(3000));
    QCOMPARE(m_helper->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_helper->exitCode(), 0);
}

void TestLabHelper::refusesBadCommandLines()
{
    const QString program = LabNetwork::helperProgram();
    for (const QStringList &arguments :
        {QStringList {}, QStringList {QStringLiteral("--control"), QStringLiteral("abc")},
            QStringList {QStringLiteral("--control"), QStringLiteral("1")},
            QStringList {QStringLiteral("--control"), QStringLiteral("5"), QStringLiteral("--user"),
                QStringLiteral("-3")},
            QStringList {QStringLiteral("--frobnicate")}}) {
        QProcess run;
        run.start(program, arguments);
        QVERIFY(run.waitForFinished(5000));
        QCOMPARE(run.exitCode(), 2);
        QVERIFY(!run.readAllStandardError().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLabHelper)
#include "tst_labhelper.moc"
