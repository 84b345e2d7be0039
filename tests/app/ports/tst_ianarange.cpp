#include "ports/ianarange.h"
#include "ports/systemportsettings.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace SocketScope;

class TestIanaRange : public QObject
{
    Q_OBJECT

private slots:
    void boundaries_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("kind");
        QTest::newRow("0") << 0 << int(IanaRange::WellKnown);
        QTest::newRow("1023") << 1023 << int(IanaRange::WellKnown);
        QTest::newRow("1024") << 1024 << int(IanaRange::Registered);
        QTest::newRow("49151") << 49151 << int(IanaRange::Registered);
        QTest::newRow("49152") << 49152 << int(IanaRange::Dynamic);
        QTest::newRow("65535") << 65535 << int(IanaRange::Dynamic);
    }

    void boundaries()
    {
        QFETCH(int, port);
        QFETCH(int, kind);
        const IanaRange::Kind range = IanaRange::of(quint16(port));
        QCOMPARE(int(range), kind);
        QVERIFY(IanaRange::first(range) <= port && port <= IanaRange::last(range));
        QVERIFY(!IanaRange::name(range).isEmpty());
        QVERIFY(!IanaRange::explanation(range).isEmpty());
    }

    void rangesCoverEveryPortOnce()
    {
        QCOMPARE(IanaRange::first(IanaRange::WellKnown), 0);
        QCOMPARE(IanaRange::last(IanaRange::WellKnown) + 1, IanaRange::first(IanaRange::Registered));
        QCOMPARE(IanaRange::last(IanaRange::Registered) + 1, IanaRange::first(IanaRange::Dynamic));
        QCOMPARE(IanaRange::last(IanaRange::Dynamic), 65535);
    }

    void systemSettingsFromFiles_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<bool>("rangeRead");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("unprivileged");
        QTest::newRow("linux default")
            << QByteArray("32768\t60999\n") << QByteArray("1024\n") << true << 32768 << 60999 << 1024;
        QTest::newRow("widened") << QByteArray("1024 65535\n") << QByteArray("0\n") << true << 1024 << 65535
                                 << 0;
        QTest::newRow("garbage keeps fallback")
            << QByteArray("lots\n") << QByteArray("x\n") << false << -1 << -1 << 1024;
        QTest::newRow("reversed keeps fallback")
            << QByteArray("60999 32768\n") << QByteArray("80\n") << false << -1 << -1 << 80;
    }

    void systemSettingsFromFiles()
    {
        QFETCH(QByteArray, range);
        QFETCH(QByteArray, start);
        QFETCH(bool, rangeRead);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, unprivileged);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile rangeFile(dir.filePath(QStringLiteral("ip_local_port_range")));
        QVERIFY(rangeFile.open(QIODevice::WriteOnly));
        rangeFile.write(range);
        rangeFile.close();
        QFile startFile(dir.filePath(QStringLiteral("ip_unprivileged_port_start")));
        QVERIFY(startFile.open(QIODevice::WriteOnly));
        startFile.write(start);
        startFile.close();

        const SystemPortSettings settings = SystemPortSettings::read(dir.path());
        QCOMPARE(settings.ephemeralFromOs, rangeRead);
        if (rangeRead) {
            QCOMPARE(int(settings.ephemeralFirst), first);
            QCOMPARE(int(settings.ephemeralLast), last);
        }
        QCOMPARE(int(settings.unprivilegedStart), unprivileged);
    }

    void systemSettingsFallback()
    {
        const SystemPortSettings settings = SystemPortSettings::read(QStringLiteral("/nonexistent/sysctl"));
        QVERIFY(!settings.ephemeralFromOs);
        QVERIFY(!settings.unprivilegedFromOs);
        QCOMPARE(int(settings.unprivilegedStart), 1024);
        QVERIFY(settings.ephemeralFirst <= settings.ephemeralLast);
    }
};

QTEST_GUILESS_MAIN(TestIanaRange)
#include "tst_ianarange.moc"
