#include "payload/payloadfile.h"
#include "payload/payloadrepeater.h"
#include "payload/savedpayloads.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace SocketScope;

// Payloads kept for later, sent again on a timer, and read from files.
class TestSavedPayloads : public QObject
{
    Q_OBJECT

private slots:
    void saveReloadReplaceRemove()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            SavedPayloads saved(settings);
            QVERIFY(saved.list().isEmpty());
            saved.save({QStringLiteral("get"), QStringLiteral("GET /\\r\\n"), PayloadMode::Escapes,
                LineEnding::None});
            saved.save(
                {QStringLiteral("hello"), QStringLiteral("48 69"), PayloadMode::Hex, LineEnding::CrLf});
            saved.save({QString(), QStringLiteral("nameless"), PayloadMode::Text, LineEnding::None});
            QCOMPARE(saved.list().size(), 2);
        }
        {
            QSettings settings(path, QSettings::IniFormat);
            SavedPayloads saved(settings);
            const QList<SavedPayload> list = saved.list();
            QCOMPARE(list.size(), 2);
            QCOMPARE(list[0].name, QStringLiteral("get"));
            QCOMPARE(list[0].text, QStringLiteral("GET /\\r\\n"));
            QCOMPARE(list[0].mode, PayloadMode::Escapes);
            QCOMPARE(list[1].mode, PayloadMode::Hex);
            QCOMPARE(list[1].ending, LineEnding::CrLf);
            // The same name replaces.
            saved.save({QStringLiteral("get"), QStringLiteral("HEAD"), PayloadMode::Text, LineEnding::Lf});
            QCOMPARE(saved.list().size(), 2);
            QCOMPARE(saved.list()[0].text, QStringLiteral("HEAD"));
            saved.remove(QStringLiteral("hello"));
        }
        QSettings settings(path, QSettings::IniFormat);
        SavedPayloads saved(settings);
        QCOMPARE(saved.list().size(), 1);
        QCOMPARE(saved.list()[0].ending, LineEnding::Lf);
    }

    void keepsAtMostTheLimit()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SavedPayloads saved(settings);
        for (int i = 0; i < SavedPayloads::kMaxSaved + 5; ++i)
            saved.save({QString::number(i), QStringLiteral("x"), PayloadMode::Text, LineEnding::None});
        QCOMPARE(saved.list().size(), SavedPayloads::kMaxSaved);
        QCOMPARE(saved.list().first().name, QStringLiteral("5")); // the oldest went first
    }

    void repeater()
    {
        PayloadRepeater repeater;
        QSignalSpy due(&repeater, &PayloadRepeater::due);
        QSignalSpy finished(&repeater, &PayloadRepeater::finished);
        QVERIFY(due.isValid());
        QVERIFY(finished.isValid());
        repeater.start(3, 10);
        QCOMPARE(due.size(), 1); // the first goes at once
        QVERIFY(repeater.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(due.size(), 3);
        QCOMPARE(due.last().at(0).toInt(), 3);
        QVERIFY(!repeater.isRunning());

        repeater.start(100, 10);
        repeater.stop();
        QCOMPARE(finished.size(), 2);
        QVERIFY(due.size() < 10);
    }

    void file()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bytes.bin"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray bytes("\x00\x01\xff\r\n", 5);
        out.write(bytes);
        out.close();
        const PayloadFile read = PayloadFile::read(path);
        QCOMPARE(read.outcome, PayloadFile::Read);
        QCOMPARE(read.bytes, bytes);
        const PayloadFile missing = PayloadFile::read(dir.filePath(QStringLiteral("nope")));
        QCOMPARE(missing.outcome, PayloadFile::CannotOpen);
        QVERIFY(!missing.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSavedPayloads)
#include "tst_savedpayloads.moc"
