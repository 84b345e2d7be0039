#include "health/descriptorlimit.h"

#include <QtTest/QtTest>

#include <sys/resource.h>

using namespace SocketScope;

// The app's start: the soft limit on open files goes up to the hard one, and a hard limit
// below what the app asks for is reported. This test lowers its own process's limits, which
// cannot be raised again: it is a program of its own.
class TestDescriptorLimit : public QObject
{
    Q_OBJECT

private slots:
    void raisesTheSoftLimitToTheHardOne_data()
    {
        QTest::addColumn<quint64>("hard");
        QTest::addColumn<quint64>("wanted");
        QTest::addColumn<bool>("tooLow");
        // Rows go from the highest hard limit down: a process can lower it, never raise it.
        QTest::newRow("enough") << quint64(4096) << quint64(2000) << false;
        QTest::newRow("exactly enough") << quint64(2048) << quint64(2048) << false;
        QTest::newRow("lower than asked") << quint64(1500) << quint64(12000) << true;
    }

    void raisesTheSoftLimitToTheHardOne()
    {
        QFETCH(quint64, hard);
        QFETCH(quint64, wanted);
        QFETCH(bool, tooLow);
        rlimit files {};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &files) == 0);
        if (files.rlim_max != RLIM_INFINITY && files.rlim_max < hard)
            QSKIP("this system's hard limit is lower than the row needs");
        files.rlim_max = rlim_t(hard);
        files.rlim_cur = 256; // the low soft limit a program may start with
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &files) == 0);

        const DescriptorLimit::Raised raised = DescriptorLimit::raiseToHard(wanted);
        QCOMPARE(raised.before, quint64(256));
        QCOMPARE(raised.hard, hard);
        QCOMPARE(raised.now, hard);
        QCOMPARE(raised.tooLow(), tooLow);
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &files) == 0);
        QCOMPARE(quint64(files.rlim_cur), hard);
    }
};

QTEST_GUILESS_MAIN(TestDescriptorLimit)
#include "tst_descriptorlimit.moc"
