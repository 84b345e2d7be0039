#include "journal/journal.h"
#include "lab/lab.h"
#include "network/virtualnetwork.h"

#include <QtTest/QtTest>

#include <signal.h>

#include <cerrno>

using namespace SocketScope;

// Run where this system forbids new user namespaces (CTest starts it inside a user namespace
// whose max_user_namespaces is 0, as a hardened system would be): the lab is refused by the
// kernel, the app says why and what an administrator can do, and carries on with this
// computer's network.
class TestLabUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void saysWhyAndCarriesOn();
    void missingHelperIsNamed();
};

void TestLabUnavailable::saysWhyAndCarriesOn()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    VirtualNetwork network(&journal, &lab, nullptr);
    QSignalSpy changed(&network, &VirtualNetwork::changed);
    QVERIFY(!network.start());
    QVERIFY(!network.isActive());
    QVERIFY(changed.count() >= 1);
    const QString problem = network.problem();
    QVERIFY2(problem.contains(QLatin1String("user namespaces")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("sysctl")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("max_user_namespaces")), qPrintable(problem));
    // What the kernel said is part of it.
    QVERIFY2(problem.contains(QLatin1String("No space left on device"))
            || problem.contains(QLatin1String("not permitted")),
        qPrintable(problem));
    // Sockets still open, on this computer's network.
    QCOMPARE(lab.placement(), nullptr);
    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    QVERIFY(lab.info(server.id)->host.isEmpty());
    // And no helper was left behind.
    QCOMPARE(network.network()->helperPid(), qint64(0));
}

void TestLabUnavailable::missingHelperIsNamed()
{
    qputenv("SOCKETSCOPE_LAB_HELPER", "/nonexistent/socketscope-labd");
    QVERIFY(LabNetwork::helperProgram().isEmpty());
    LabNetwork network;
    QVERIFY(!network.start());
    QVERIFY2(network.problem().contains(QLatin1String("socketscope-labd")), qPrintable(network.problem()));
    qunsetenv("SOCKETSCOPE_LAB_HELPER");
}

QTEST_GUILESS_MAIN(TestLabUnavailable)
#include "tst_labunavailable.moc"
