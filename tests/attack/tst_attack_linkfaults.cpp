#include "labhelperprocess.h"
#include "network/labnetwork.h"

#include <QtCore/QProcess>
#include <QtTest/QtTest>

#include <sys/socket.h>
#include <unistd.h>

using namespace SocketScope;

// The lab helper's "link" request under attack: the numbers and names in it end up in nft
// scripts and tc command lines, so anything but the exact grammar is refused whole, changes
// nothing and leaves the helper up and still able to set a fault.
class TestAttackLinkFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesHostileLinkRequests_data();
    void refusesHostileLinkRequests();

private:
    QString ask(const QByteArray &request);

    QProcess *m_helper = nullptr;
    int m_control = -1;
    QString m_problem;
};

void TestAttackLinkFaults::init()
{
    QVERIFY2(!LabNetwork::helperProgram().isEmpty(), "socketscope-labd was not built");
    int pair[2];
    QVERIFY(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) == 0);
    m_helper = startLabHelper(pair[1]);
    ::close(pair[1]);
    QVERIFY(m_helper->waitForStarted());
    m_control = pair[0];
    m_problem.clear();
    for (const char *request :
        {"hello", "bridge wan 203.0.113.1/24", "host remote wan 203.0.113.50/24 203.0.113.1"}) {
        if (const QString answer = ask(request); answer != QLatin1StringView("ok")) {
            m_problem = QStringLiteral("\"%1\" answered %2").arg(QLatin1StringView(request), answer);
            return;
        }
    }
}

void TestAttackLinkFaults::cleanup()
{
    if (m_control >= 0)
        ::close(m_control);
    m_control = -1;
    if (m_helper) {
        if (!m_helper->waitForFinished(5000))
            m_helper->kill();
        delete m_helper;
        m_helper = nullptr;
    }
}

QString TestAttackLinkFaults::ask(const QByteArray &request)
{
    QString failure;
    int descriptor = -1;
    const std::optional<QByteArray> answer = LabNetwork::exchange(m_control, request, &descriptor, &failure);
    if (descriptor >= 0)
        ::close(descriptor);
    return answer ? QString::fromUtf8(*answer) : QStringLiteral("(%1)").arg(failure);
}

void TestAttackLinkFaults::refusesHostileLinkRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray rest = " rate=0 burst=0 queue=0 delay=0 jitter=0 reorder=0";
    QTest::newRow("slot 100") << "link wan loss=100" + rest;
    QTest::newRow("slot negative") << "link wan loss=-1" + rest;
    QTest::newRow("slot twice") << "link wan loss=3,3" + rest;
    QTest::newRow("empty slot") << "link wan loss=3,,4" + rest;
    QTest::newRow("nft in a slot") << "link wan loss=1}accept;{" + rest;
    QTest::newRow("shell in the name") << "link wan;reboot loss=-" + rest;
    QTest::newRow("quote in the name") << "link wan\" loss=-" + rest;
    QTest::newRow("the router itself") << "link router loss=-" + rest;
    QTest::newRow("no such link") << "link dmz loss=-" + rest;
    QTest::newRow("too few words") << QByteArray("link wan loss=-");
    QTest::newRow("one word too many") << "link wan loss=-" + rest + " extra=1";
    QTest::newRow("keys swapped") << QByteArray(
        "link wan rate=0 loss=- burst=0 queue=0 delay=0 jitter=0 reorder=0");
    QTest::newRow("rate without a bucket")
        << QByteArray("link wan loss=- rate=1000000 burst=0 queue=0 delay=0 jitter=0 reorder=0");
    QTest::newRow("rate overflowing") << QByteArray(
        "link wan loss=- rate=99999999999999999999 burst=3000 queue=9000 delay=0 jitter=0 reorder=0");
    QTest::newRow("rate with a unit")
        << QByteArray("link wan loss=- rate=1mbit burst=3000 queue=9000 delay=0 jitter=0 reorder=0");
    QTest::newRow("tc option in a number")
        << QByteArray("link wan loss=- rate=1000000 burst=3000 queue=9000b delay=0 jitter=0 reorder=0");
    QTest::newRow("reorder without delay")
        << QByteArray("link wan loss=- rate=0 burst=0 queue=0 delay=0 jitter=0 reorder=5");
    QTest::newRow("reorder 101%") << QByteArray(
        "link wan loss=- rate=0 burst=0 queue=0 delay=1000 jitter=0 reorder=101");
    QTest::newRow("delay of a day") << QByteArray(
        "link wan loss=- rate=0 burst=0 queue=0 delay=86400000000 jitter=0 reorder=0");
}

void TestAttackLinkFaults::refusesHostileLinkRequests()
{
    QFETCH(QByteArray, request);
    if (!m_problem.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the lab cannot be made here: %1").arg(m_problem)));
    const QString answer = ask(request);
    QVERIFY2(answer.startsWith(QLatin1StringView("error ")), qPrintable(answer.left(200)));
    // Still up, and still able to set and clear a real fault.
    QCOMPARE(ask("hello"), QStringLiteral("ok"));
    QCOMPARE(ask("link wan loss=1,50 rate=1000000 burst=3000 queue=16384 delay=0 jitter=0 reorder=0"),
        QStringLiteral("ok"));
    QCOMPARE(
        ask("link remote loss=- rate=0 burst=0 queue=0 delay=0 jitter=0 reorder=0"), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestAttackLinkFaults)
#include "tst_attack_linkfaults.moc"
