#include "journal/journal.h"
#include "lab/lab.h"
#include "lessons/lesson.h"
#include "lessons/lessonplayer.h"

#include <QtTest/QtTest>

#include <optional>

#include "labquery.h"
#include "livelabtest.h"

using namespace SocketScope;

namespace {

// A lesson on this machine's loopback from its steps (a JSON array).
QByteArray lessonJson(const QByteArray &steps)
{
    return R"({"format": "socketscope-lesson", "version": 1, "id": "attack",
        "title": {"en": "A", "ko": "A"}, "summary": {"en": "s", "ko": "s"}, "steps": )"
        + steps + "}";
}

// A server, a client and the accepted socket ("reader"); the steps of each case follow.
const QByteArray kPair = R"(
    {"name": "server", "narration": {"en": "n", "ko": "n"}, "action": "listen", "args": {"port": 0}},
    {"name": "writer", "narration": {"en": "n", "ko": "n"}, "action": "connect", "args": {"to": "server"}},
    {"name": "reader", "narration": {"en": "n", "ko": "n"}, "action": "wait_accepted",
     "args": {"listener": "server"}})";

QByteArray step(const QByteArray &action, const QByteArray &args)
{
    return R"({"narration": {"en": "n", "ko": "n"}, "action": ")" + action + R"(", "args": )" + args + "}";
}

} // namespace

// Attacks on the lessons' new actions and the lab's paused reading: hostile arguments are
// refused by the checker in words, and odd orders of pausing, resetting and closing end each
// lesson (finished or failed in words) without a crash or a hang.
class TestAttackTcp21c : public LiveLabTest
{
    Q_OBJECT

    struct Outcome
    {
        bool finished = false;
        std::optional<LessonFailure> failure;
    };

    Outcome play(const QByteArray &steps)
    {
        QString error;
        const auto lesson = Lesson::fromJson(lessonJson(steps), {}, &error);
        if (!lesson) {
            qWarning("lesson refused: %s", qPrintable(error));
            return {};
        }
        LessonPlayer player(m_lab.get());
        player.setPaceScale(0);
        QSignalSpy finished(&player, &LessonPlayer::finished);
        QSignalSpy failed(&player, &LessonPlayer::failed);
        player.load(*lesson);
        player.setAutoplay(true);
        if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 20000))
            return {};
        Outcome outcome;
        outcome.finished = !finished.isEmpty();
        if (!failed.isEmpty())
            outcome.failure = failed.constFirst().constFirst().value<LessonFailure>();
        return outcome;
    }

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void hostileArgumentsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QByteArray>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("no writes") << QByteArray("small_writes")
                                   << QByteArray(R"({"socket": "writer", "count": 0})")
                                   << QStringLiteral("\"count\" must be a number from 1 to 200");
        QTest::newRow("too many writes")
            << QByteArray("small_writes") << QByteArray(R"({"socket": "writer", "count": 1e9})")
            << QStringLiteral("\"count\" must be a number from 1 to 200");
        QTest::newRow("writes as text")
            << QByteArray("small_writes") << QByteArray(R"({"socket": "writer", "count": "20"})")
            << QStringLiteral("\"count\" must be a number");
        QTest::newRow("empty writes")
            << QByteArray("small_writes") << QByteArray(R"({"socket": "writer", "count": 5, "bytes": 0})")
            << QStringLiteral("\"bytes\" must be a number from 1 to 1000");
        QTest::newRow("huge writes") << QByteArray("small_writes")
                                     << QByteArray(R"({"socket": "writer", "count": 5, "bytes": 99999})")
                                     << QStringLiteral("\"bytes\" must be a number from 1 to 1000");
        QTest::newRow("pause whom") << QByteArray("pause_reading") << QByteArray("{}")
                                    << QStringLiteral("socket");
        QTest::newRow("pause a ghost")
            << QByteArray("pause_reading") << QByteArray(R"({"socket": "ghost"})") << QStringLiteral("ghost");
        QTest::newRow("watch without time")
            << QByteArray("watch_segments") << QByteArray(R"({"socket": "writer"})") << QStringLiteral("ms");
        QTest::newRow("wait for no count")
            << QByteArray("wait_received") << QByteArray(R"({"socket": "reader"})")
            << QStringLiteral("bytes");
    }

    void hostileArgumentsAreRefused()
    {
        QFETCH(QByteArray, action);
        QFETCH(QByteArray, args);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!Lesson::fromJson(lessonJson("[" + kPair + ", " + step(action, args) + "]"), {}, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    // The lab itself: pausing what cannot read is refused, and a paused reader the peer resets
    // or closes is let go or read to its end once it resumes.
    void pausingWhatCannotReadIsRefused()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        QCOMPARE(m_lab->setReadingPaused(listener.id, true).kind, LabError::NoSuchSocket);
        const Lab::Opened udp = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!udp.error);
        QCOMPARE(m_lab->setReadingPaused(udp.id, true).kind, LabError::NoSuchSocket);
        QCOMPARE(m_lab->setReadingPaused(-1, false).kind, LabError::NoSuchSocket);
        QCOMPARE(m_lab->segmentCounts(udp.id).sent, qint64(-1));
        QCOMPARE(m_lab->segmentCounts(-1).sendWindow, qint64(-1));
    }

    void pausedReaderWhosePeerResetsOrCloses_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("reset") << true;
        QTest::newRow("close") << false;
    }

    void pausedReaderWhosePeerResetsOrCloses()
    {
        QFETCH(bool, reset);
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const Lab::Opened writer
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!writer.error);
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        QTRY_COMPARE(m_lab->info(writer.id)->qtState, QAbstractSocket::ConnectedState);
        const qint32 reader = acceptedBy(*m_lab, listener.id).constFirst();
        QVERIFY(!m_lab->setReadingPaused(reader, true));
        QVERIFY(!m_lab->send(writer.id, QByteArray(5000, 'z')));
        QVERIFY(!(reset ? m_lab->abort(writer.id) : m_lab->close(writer.id)));
        QVERIFY(!m_lab->setReadingPaused(reader, false));
        // Resuming sees the end and nothing waits for ever: a reset may throw the bytes away
        // and closes the reader; a FIN comes after every byte, read in full, and leaves the
        // reader half-closed (CLOSE_WAIT), the peer's close journalled as a shutdown.
        if (reset) {
            QTRY_VERIFY_WITH_TIMEOUT(!m_lab->info(reader) || !m_lab->info(reader)->isOpen(), 10000);
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->info(reader)->bytesIn, qint64(5000), 10000);
        const auto peerClosed = [&] {
            for (const quint32 index : m_journal->eventsOfSocket(reader)) {
                if (m_journal->at(index).kind == EventKind::Shutdown)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(peerClosed(), 10000);
    }

    // Lessons that wait on a reader that never reads end with words, not a hang.
    void lessonsWaitingOnAPausedReaderEndInWords_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<QString>("words");
        QTest::newRow("small writes nobody reads")
            << QByteArray(step("pause_reading", R"({"socket": "reader"})") + ", "
                   + step("small_writes", R"({"socket": "writer", "count": 3})"))
            << QStringLiteral("did not read the writes");
        QTest::newRow("wait for bytes never sent")
            << QByteArray(step("wait_received", R"({"socket": "reader", "bytes": 10, "timeout_ms": 200})"))
            << QStringLiteral("did not read 10 bytes");
        QTest::newRow("pause the listener")
            << QByteArray(step("pause_reading", R"({"socket": "server"})")) << QString();
    }

    void lessonsWaitingOnAPausedReaderEndInWords()
    {
        QFETCH(QByteArray, steps);
        QFETCH(QString, words);
        const Outcome outcome = play("[" + kPair + ", " + steps + "]");
        QVERIFY(!outcome.finished);
        QVERIFY(outcome.failure);
        if (words.isEmpty())
            QCOMPARE(outcome.failure->error.kind, LabError::NoSuchSocket);
        else
            QVERIFY2(outcome.failure->message.contains(words), qPrintable(outcome.failure->message));
    }

    // Pausing twice, resuming twice and watching a connection that sends nothing finish.
    void repeatedPausesAndAnIdleWatchFinish()
    {
        const Outcome outcome = play("[" + kPair + ", " + step("pause_reading", R"({"socket": "reader"})")
            + ", " + step("pause_reading", R"({"socket": "reader"})") + ", "
            + step("watch_segments", R"({"socket": "writer", "ms": 50})") + ", "
            + step("resume_reading", R"({"socket": "reader"})") + ", "
            + step("resume_reading", R"({"socket": "reader"})") + ", "
            + step("send", R"({"socket": "writer", "text": "ping", "reply": "pong"})") + ", "
            + step("wait_received", R"({"socket": "writer", "bytes": 4})") + "]");
        QVERIFY2(outcome.finished, outcome.failure ? qPrintable(outcome.failure->message) : "no end");
    }
};

QTEST_MAIN(TestAttackTcp21c)
#include "tst_attack_tcp21c.moc"
