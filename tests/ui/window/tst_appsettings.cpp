#include "window/appsettings.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace SocketScope;

// What SocketScope remembers survives a round trip, and a damaged file never stops it.
class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        AppSettings written;
        written.language = QStringLiteral("ko");
        written.theme = QStringLiteral("high-contrast");
        written.reduceMotion = true;
        written.geometry = QByteArray("\x01\x02\x03", 3);
        written.windowState = QByteArray("state");
        written.addRecent(QStringLiteral("/tmp/a.jsonl"));
        written.addRecent(QStringLiteral("/tmp/b.jsonl"));
        written.addRecent(QStringLiteral("/tmp/a.jsonl")); // moves to the front, no duplicate
        written.serverAddress = QStringLiteral("::1");
        written.serverPort = QStringLiteral("0");
        written.clientHost = QStringLiteral("localhost");
        written.clientPort = QStringLiteral("65535");
        written.udpAddress = QStringLiteral("127.0.0.2");
        written.udpPort = QStringLiteral("53");
        {
            QSettings settings(path, QSettings::IniFormat);
            written.save(settings);
        }
        QSettings settings(path, QSettings::IniFormat);
        const AppSettings read = AppSettings::load(settings);
        QCOMPARE(read.recentRecordings,
            (QStringList {QStringLiteral("/tmp/a.jsonl"), QStringLiteral("/tmp/b.jsonl")}));
        QVERIFY(read == written);
    }

    void recentIsBounded()
    {
        AppSettings settings;
        for (int i = 0; i < 20; ++i)
            settings.addRecent(QStringLiteral("/tmp/%1.jsonl").arg(i));
        QCOMPARE(settings.recentRecordings.size(), AppSettings::kMaxRecent);
        QCOMPARE(settings.recentRecordings.constFirst(), QStringLiteral("/tmp/19.jsonl"));
    }

    void badValuesFallBack_data()
    {
        QTest::addColumn<QByteArray>("content");
        // Sized by the array, not by hand: a wrong count reads past the literal.
        static const char garbage[] = "\x00\xff\xfe[[[\n=\n\x01\x02 junk";
        QTest::newRow("garbage bytes") << QByteArray(garbage, sizeof garbage - 1);
        QTest::newRow("wrong values")
            << QByteArray("[General]\nlanguage=fr\ntheme=purple\n"
                          "[workbench]\nserverPort=70000\nclientPort=-1\nudpPort=abc\nserverAddress=\n");
        QTest::newRow("empty") << QByteArray();
    }

    void badValuesFallBack()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        const AppSettings read = AppSettings::load(settings);
        const AppSettings defaults;
        QCOMPARE(read.language, defaults.language);
        QCOMPARE(read.theme, defaults.theme);
        QCOMPARE(read.serverPort, defaults.serverPort);
        QCOMPARE(read.clientPort, defaults.clientPort);
        QCOMPARE(read.udpPort, defaults.udpPort);
        QCOMPARE(read.serverAddress, defaults.serverAddress);
    }

    void defaultFileRoundTrip()
    {
        // Test mode keeps this away from the user's real settings.
        QFile::remove(AppSettings::fileName());
        bool broken = true;
        QVERIFY(AppSettings::loadDefaultFile(&broken) == AppSettings());
        QVERIFY(!broken);
        AppSettings settings;
        settings.theme = QStringLiteral("dark");
        settings.saveDefaultFile();
        QCOMPARE(AppSettings::loadDefaultFile().theme, QStringLiteral("dark"));
        QFile::remove(AppSettings::fileName());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
