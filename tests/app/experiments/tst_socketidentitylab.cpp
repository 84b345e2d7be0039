#include "experiments/sharedportdemo.h"
#include "experiments/socketidentitylab.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include <QtTest/QtTest>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::SocketIdentityLab::Experiment)
Q_DECLARE_METATYPE(SocketScope::SocketIdentityLab::Outcome)

// The uniqueness rule of <protocol, address, port>, tried with real binds on Linux.
class TestSocketIdentityLab : public QObject
{
    Q_OBJECT

private slots:
    void experiment_data()
    {
        using E = SocketIdentityLab::Experiment;
        using O = SocketIdentityLab::Outcome;
        QTest::addColumn<E>("experiment");
        QTest::addColumn<O>("outcome");
        QTest::newRow("same twice") << E::SameTwice << O::SecondRefused;
        QTest::newRow("TCP and UDP") << E::TcpAndUdp << O::BothBound;
        QTest::newRow("two addresses") << E::TwoAddresses << O::BothBound;
        QTest::newRow("wildcard") << E::WildcardAndSpecific << O::SecondRefused;
        // Linux: SO_REUSEADDR does not get past a listening socket on an overlapping address.
        QTest::newRow("wildcard, reuse") << E::WildcardAndSpecificReuse << O::SecondRefused;
        QTest::newRow("TIME_WAIT") << E::TimeWait << O::SecondRefused;
        QTest::newRow("TIME_WAIT, reuse") << E::TimeWaitReuse << O::BothBound;
    }

    void experiment()
    {
        QFETCH(SocketIdentityLab::Experiment, experiment);
        QFETCH(SocketIdentityLab::Outcome, outcome);
        const SocketIdentityLab::Result result = SocketIdentityLab::run(experiment);
        QVERIFY2(result.outcome != SocketIdentityLab::Outcome::SetupFailed, qPrintable(result.sentence));
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.binds.size(), 2);
        QVERIFY(result.binds[0].ok);
        QCOMPARE(result.binds[1].port, result.binds[0].port);
        QCOMPARE(result.binds[1].ok, outcome == SocketIdentityLab::Outcome::BothBound);
        if (!result.binds[1].ok)
            QCOMPARE(result.binds[1].osError, EADDRINUSE);
        QVERIFY(!result.sentence.isEmpty());
        QVERIFY(!SocketIdentityLab::title(experiment).isEmpty());
        QVERIFY(!SocketIdentityLab::question(experiment).isEmpty());
    }

    void listenerAndAcceptedShareThePort()
    {
        Journal journal;
        Lab lab(&journal, nullptr);
        SharedPortDemo demo(&lab);
        QSignalSpy ready(&demo, &SharedPortDemo::ready);
        QVERIFY(ready.isValid());
        QVERIFY(demo.start(3));
        QVERIFY(ready.wait());
        const SocketInfo *listener = lab.info(demo.listener());
        QCOMPARE(demo.accepted().size(), 3);
        QSet<QString> remotes;
        for (const qint32 id : demo.accepted()) {
            const SocketInfo *info = lab.info(id);
            QCOMPARE(info->localAddress, listener->localAddress);
            QCOMPARE(info->localPort, listener->localPort);
            remotes.insert(QStringLiteral("%1:%2").arg(info->remoteAddress.toString()).arg(info->remotePort));
        }
        QCOMPARE(remotes.size(), 3); // the remote side tells them apart
        const QStringList lines = demo.tuples();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(QSet<QString>(lines.begin(), lines.end()).size(), 4);
        demo.stop();
        QVERIFY(demo.accepted().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSocketIdentityLab)
#include "tst_socketidentitylab.moc"
