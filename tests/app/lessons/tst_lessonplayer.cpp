#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonplayer.h"
#include "lessons/lessonsteprun.h"
#include "livelabtest.h"
#include "network/linkfaultstep.h"
#include "network/routerforwardstep.h"
#include "network/virtualnetwork.h"

#include <QtCore/QJsonDocument>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <map>

#include <memory>

using namespace SocketScope;

namespace {

constexpr int kLessonTimeoutMs = 60000;

QString lessonsDir()
{
    return QStringLiteral(SOCKETSCOPE_LESSONS_DIR);
}

// How many journal events meet one expectation.
int matching(const Journal &journal, const LessonExpectation &expectation)
{
    int found = 0;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind != expectation.kind || e.value < expectation.minValue)
            continue;
        if (expectation.state != TcpState::Unknown && e.toState != expectation.state)
            continue;
        ++found;
    }
    return found;
}

Lesson lessonFrom(const char *json, const QStringList &extra = {})
{
    QString error;
    const auto lesson = Lesson::fromJson(QByteArray(json), extra, &error);
    if (!lesson)
        qFatal("test lesson does not parse: %s", qPrintable(error));
    return *lesson;
}

} // namespace

// The player on the real lab: every built-in lesson runs to its end and yields the events it
// promises; stepping back, failing steps and extra actions behave as documented.
class TestLessonPlayer : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_player = std::make_unique<LessonPlayer>(m_lab.get());
        m_player->setPaceScale(0);
    }

    void cleanup()
    {
        m_player.reset();
        stopLab();
    }

    void builtInLessonRunsToItsEnd_data()
    {
        QTest::addColumn<QString>("id");
        LessonLibrary library;
        library.load(lessonsDir());
        for (const Lesson &lesson : library.lessons())
            QTest::newRow(qPrintable(lesson.id)) << lesson.id;
    }

    void builtInLessonRunsToItsEnd()
    {
        QFETCH(QString, id);
        LessonLibrary library;
        QVERIFY(library.load(lessonsDir()));
        const Lesson *lesson = library.find(id);
        QVERIFY(lesson);
        if (!m_kernel->isAvailable())
            QSKIP("this system does not let SocketScope read the kernel's socket list");
        // A lab lesson runs in the virtual lab network, as the window runs it.
        std::unique_ptr<VirtualNetwork> network;
        if (lesson->network == QLatin1StringView("lab")) {
            network = std::make_unique<VirtualNetwork>(m_journal.get(), m_lab.get(), m_kernel.get());
            QVERIFY2(network->start(), qPrintable(network->problem()));
            m_player->registerAction(QStringLiteral("router_forward"), routerForwardStep(network.get()));
            m_player->registerAction(QStringLiteral("link_fault"), linkFaultStep(network.get()));
        }

        QSignalSpy finished(m_player.get(), &LessonPlayer::finished);
        QSignalSpy failed(m_player.get(), &LessonPlayer::failed);
        QSignalSpy steps(m_player.get(), &LessonPlayer::stepChanged);
        QVERIFY(finished.isValid() && failed.isValid() && steps.isValid());
        m_player->load(*lesson);
        m_player->setAutoplay(true);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kLessonTimeoutMs);

        bool needsForwarder = false;
        for (const LessonStep &step : lesson->steps)
            needsForwarder = needsForwarder
                || (step.action == QLatin1StringView("forward") && !m_player->hasAction(step.action));
        if (needsForwarder) {
            // Until the forwarder registers its action, the lesson must stop at that step and
            // say why, in words, instead of crashing or hanging.
            QCOMPARE(failed.count(), 1);
            const QString message = failed.constFirst().constFirst().value<LessonFailure>().message;
            QVERIFY2(
                message.contains(QLatin1StringView("port forwarder is not available")), qPrintable(message));
            QCOMPARE(m_player->status(), LessonPlayer::Status::Failed);
            QVERIFY(!m_player->isAutoplay());
            QSKIP("the port forwarder has not registered its \"forward\" action");
        }
        QVERIFY2(failed.isEmpty(),
            failed.isEmpty() ? ""
                             : qPrintable(failed.constFirst().constFirst().value<LessonFailure>().message));
        QCOMPARE(m_player->stepIndex(), lesson->steps.size() - 1);
        QCOMPARE(m_player->status(), LessonPlayer::Status::Finished);
        // Every step was shown, once each.
        QCOMPARE(steps.last().constFirst().toInt(), lesson->steps.size() - 1);

        // Some promises are kept a moment after the last step (the peer reads, the kernel's
        // next poll), so wait for them rather than checking once.
        for (const LessonExpectation &expectation : lesson->expects) {
            QTRY_VERIFY2_WITH_TIMEOUT(matching(*m_journal, expectation) >= expectation.count,
                qPrintable(
                    QStringLiteral("%1: expected %2 x %3, found %4")
                        .arg(id, QString::number(expectation.count), QString(kindName(expectation.kind)),
                            QString::number(matching(*m_journal, expectation)))),
                3000);
        }
        // The lessons about what TCP does under loss and on a slow link show it in the kernel's
        // own numbers, or they would teach a story the recording does not hold.
        if (id == QLatin1StringView("lost-packets") || id == QLatin1StringView("slow-start"))
            kernelNumbersTellTheStory(id);
    }

    void segmentLessonsSayWhatTheKernelCounted_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("Nagle") << QStringLiteral("nagle-small-writes");
        QTest::newRow("slow reader") << QStringLiteral("slow-reader");
    }

    // The step messages of the lessons about segments say what the kernel counted: the same
    // twenty small writes leave in fewer segments under Nagle's rule than with TCP_NODELAY,
    // and a reader that stops reading closes its window (the writer probes) until it reads
    // again and gets every byte.
    void segmentLessonsSayWhatTheKernelCounted()
    {
        QFETCH(QString, id);
        LessonLibrary library;
        QVERIFY(library.load(lessonsDir()));
        const Lesson *lesson = library.find(id);
        QVERIFY(lesson);
        if (!m_kernel->isAvailable())
            QSKIP("this system does not let SocketScope read the kernel's socket list");
        VirtualNetwork network(m_journal.get(), m_lab.get(), m_kernel.get());
        QVERIFY2(network.start(), qPrintable(network.problem()));
        m_player->registerAction(QStringLiteral("link_fault"), linkFaultStep(&network));
        QStringList messages;
        connect(m_player.get(), &LessonPlayer::messageChanged, this,
            [&messages](const QString &text, bool isError) {
                if (!isError && !text.isEmpty())
                    messages << text;
            });
        QSignalSpy finished(m_player.get(), &LessonPlayer::finished);
        QSignalSpy failed(m_player.get(), &LessonPlayer::failed);
        QVERIFY(finished.isValid() && failed.isValid());
        m_player->load(*lesson);
        m_player->setAutoplay(true);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kLessonTimeoutMs);
        QVERIFY(failed.isEmpty());
        const QString all = messages.join(QLatin1Char('\n'));

        if (id == QLatin1StringView("nagle-small-writes")) {
            static const QRegularExpression counted(
                QStringLiteral("20 write\\(?s?\\)? of 10 bytes each left in (\\d+) TCP segment"));
            QList<int> segments;
            for (auto it = counted.globalMatch(all); it.hasNext();)
                segments << it.next().captured(1).toInt();
            QVERIFY2(segments.size() == 2, qPrintable(all));
            QVERIFY2(segments[0] >= 1 && segments[0] < segments[1], qPrintable(all));
            QVERIFY2(all.contains(QLatin1StringView("TCP_NODELAY is off")), qPrintable(all));
            QVERIFY2(all.contains(QLatin1StringView("TCP_NODELAY is on")), qPrintable(all));
        } else {
            QVERIFY2(all.contains(QLatin1StringView("stops calling read()")), qPrintable(all));
            QVERIFY2(all.contains(QLatin1StringView(
                         "window is 0 bytes, so every segment sent was a zero-window probe")),
                qPrintable(all));
            static const QRegularExpression readAll(QStringLiteral("has read 300000 byte\\(?s\\)? in all"));
            QVERIFY2(all.contains(readAll), qPrintable(all));
        }
    }

    void missingActionIsReportedNotCrashed()
    {
        LessonLibrary library;
        QVERIFY(library.load(lessonsDir()));
        const Lesson *lesson = library.find(QStringLiteral("port-forwarding"));
        QVERIFY(lesson);
        m_player->unregisterAction(QStringLiteral("forward"));
        QSignalSpy failed(m_player.get(), &LessonPlayer::failed);
        QVERIFY(failed.isValid());
        m_player->load(*lesson);
        m_player->setAutoplay(true);
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_player->stepIndex(), 1);
        const QString message = failed.constFirst().constFirst().value<LessonFailure>().message;
        QVERIFY2(message.contains(QLatin1StringView("port forwarder is not available")), qPrintable(message));
        QCOMPARE(m_player->status(), LessonPlayer::Status::Failed);
        QVERIFY(!m_player->isAutoplay());
    }

    void narrationFollowsLanguage()
    {
        LessonLibrary library;
        QVERIFY(library.load(lessonsDir()));
        const Lesson *lesson = library.find(QStringLiteral("three-way-handshake"));
        QVERIFY(lesson);
        QSignalSpy narration(m_player.get(), &LessonPlayer::narrationChanged);
        QVERIFY(narration.isValid());
        m_player->load(*lesson);
        QCOMPARE(m_player->narration(), lesson->summary.en);
        m_player->setLanguage(QStringLiteral("ko"));
        QCOMPARE(narration.last().constFirst().toString(), lesson->summary.ko);
        QCOMPARE(m_player->title(), lesson->title.ko);
    }

    void backReplaysFromAFreshStart()
    {
        const Lesson lesson = lessonFrom(R"({
            "format": "socketscope-lesson", "version": 1, "id": "back",
            "title": {"en": "Back", "ko": "뒤로"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [
              {"name": "server", "narration": {"en": "one", "ko": "하나"}, "action": "listen", "args": {"port": 0}},
              {"name": "client", "narration": {"en": "two", "ko": "둘"}, "action": "connect", "args": {"to": "server"},
               "highlight": [{"socket": "client"}, {"port": "client"}]},
              {"narration": {"en": "three", "ko": "셋"}, "action": "send", "args": {"socket": "client", "text": "x"}}
            ]})");
        m_player->load(lesson);
        QSignalSpy highlights(m_player.get(), &LessonPlayer::highlightChanged);
        QVERIFY(highlights.isValid());
        for (int i = 0; i < 3; ++i) {
            m_player->next();
            QTRY_VERIFY(!m_player->isBusy());
        }
        QCOMPARE(m_player->stepIndex(), 2);
        const qint32 oldServer = m_player->socketsNamed(QStringLiteral("server")).constFirst();
        const qint32 oldClient = m_player->socketsNamed(QStringLiteral("client")).constFirst();

        QSignalSpy steps(m_player.get(), &LessonPlayer::stepChanged);
        QVERIFY(steps.isValid());
        m_player->back();
        QTRY_VERIFY(!m_player->isBusy());
        QCOMPARE(m_player->stepIndex(), 1);
        QCOMPARE(m_player->status(), LessonPlayer::Status::Idle);
        // The window is told about the step it lands on, not the ones replayed on the way.
        QCOMPARE(steps.count(), 1);
        QCOMPARE(steps.constFirst().constFirst().toInt(), 1);
        QCOMPARE(m_player->narration(), QStringLiteral("two"));
        QVERIFY(m_player->message().contains(QLatin1StringView("ran again")));

        // Fresh sockets; the old ones were reset.
        const qint32 newServer = m_player->socketsNamed(QStringLiteral("server")).constFirst();
        const qint32 newClient = m_player->socketsNamed(QStringLiteral("client")).constFirst();
        QVERIFY(newServer != oldServer && newClient != oldClient);
        for (const qint32 old : {oldServer, oldClient}) {
            const SocketInfo *info = m_lab->info(old);
            QVERIFY(!info || !info->isOpen());
        }
        // The highlight names the new client and its OS-picked port.
        const QList<LessonHighlight> last = m_player->highlights();
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.at(0).sockets, QList<qint32> {newClient});
        QCOMPARE(last.at(1).port, m_lab->info(newClient)->localPort);

        // Back from the first step returns to the summary with nothing open.
        m_player->back();
        QTRY_VERIFY(!m_player->isBusy());
        m_player->back();
        QCOMPARE(m_player->stepIndex(), -1);
        QCOMPARE(m_player->narration(), QStringLiteral("s"));
        QVERIFY(m_player->socketsNamed(QStringLiteral("server")).isEmpty());
    }

    void takenPortFallsBackAndSaysSo()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const quint16 taken = occupant.serverPort();
        const QByteArray json = QStringLiteral(R"({
            "format": "socketscope-lesson", "version": 1, "id": "taken",
            "title": {"en": "T", "ko": "티"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [{"name": "server", "narration": {"en": "one", "ko": "하나"}, "action": "listen",
                       "args": {"address": "127.0.0.1", "port": %1}}]})")
                                    .arg(taken)
                                    .toUtf8();
        QString error;
        const auto lesson = Lesson::fromJson(json, {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        QSignalSpy finished(m_player.get(), &LessonPlayer::finished);
        QVERIFY(finished.isValid());
        m_player->load(*lesson);
        m_player->next();
        QVERIFY(finished.wait());
        QVERIFY(!m_player->messageIsError());
        QVERIFY2(m_player->message().contains(QStringLiteral("Port %1 could not be used").arg(taken)),
            qPrintable(m_player->message()));
        const SocketInfo *info = m_lab->info(m_player->socketsNamed(QStringLiteral("server")).constFirst());
        QVERIFY(info && info->isOpen());
        QVERIFY(info->localPort != taken && info->localPort != 0);
    }

    void failingStepStopsWithAClearMessage()
    {
        // A port nobody listens on: take one from the OS, then free it again.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const QByteArray json = QStringLiteral(R"({
            "format": "socketscope-lesson", "version": 1, "id": "refused",
            "title": {"en": "R", "ko": "알"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [
              {"name": "client", "narration": {"en": "one", "ko": "하나"}, "action": "connect", "args": {"to": "127.0.0.1:%1"}},
              {"narration": {"en": "two", "ko": "둘"}, "action": "send", "args": {"socket": "client", "text": "x"}}
            ]})")
                                    .arg(closedPort)
                                    .toUtf8();
        QString error;
        const auto lesson = Lesson::fromJson(json, {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        QSignalSpy failed(m_player.get(), &LessonPlayer::failed);
        QVERIFY(failed.isValid());
        m_player->load(*lesson);
        m_player->setAutoplay(true);
        QVERIFY(failed.wait(10000));
        // The player reports the failure as data; ui/lessons words it (tst_lessonpanel).
        const auto failure = failed.constFirst().constFirst().value<LessonFailure>();
        QCOMPARE(failure.step, 0);
        QCOMPARE(failure.attempt, LessonFailure::Attempt::Connection);
        QCOMPARE(failure.error.kind, LabError::ConnectionRefused);
        QCOMPARE(failure.target, QStringLiteral("127.0.0.1:%1").arg(closedPort));
        QCOMPARE(m_player->status(), LessonPlayer::Status::Failed);
        QVERIFY(m_player->messageIsError());
        QVERIFY(!m_player->isAutoplay());

        // Going on is allowed; the next step says what it misses.
        m_player->next();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().constFirst().value<LessonFailure>().step, 1);
    }

    void registeredActionRuns()
    {
        const Lesson lesson = lessonFrom(R"({
            "format": "socketscope-lesson", "version": 1, "id": "extra",
            "title": {"en": "E", "ko": "이"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [
              {"name": "server", "narration": {"en": "one", "ko": "하나"}, "action": "listen", "args": {"port": 0}},
              {"name": "waved", "narration": {"en": "two", "ko": "둘"}, "action": "wave", "args": {"at": "server"}}
            ]})",
            {QStringLiteral("wave")});
        int calls = 0;
        m_player->registerAction(QStringLiteral("wave"), [&calls](LessonStepRun *run) {
            ++calls;
            const auto server = run->socketOf(QStringLiteral("at"));
            if (!server)
                return;
            run->adopt({*server});
            run->succeed(QStringLiteral("waved at #%1").arg(*server));
        });
        QVERIFY(m_player->extraActionNames().contains(QStringLiteral("wave")));
        QSignalSpy finished(m_player.get(), &LessonPlayer::finished);
        QVERIFY(finished.isValid());
        m_player->load(lesson);
        m_player->setAutoplay(true);
        QVERIFY(finished.wait());
        QCOMPARE(calls, 1);
        QVERIFY(m_player->message().startsWith(QLatin1StringView("waved at #")));
        QCOMPARE(m_player->socketsNamed(QStringLiteral("waved")),
            m_player->socketsNamed(QStringLiteral("server")));
    }

    // set_option goes through the lab as the workbench does: the journal holds option_set with
    // the value asked and the one the kernel reports back, and the step's message names both.
    void setOptionIsJournalledWithTheKernelsValue()
    {
        const Lesson lesson = lessonFrom(R"({
            "format": "socketscope-lesson", "version": 1, "id": "option",
            "title": {"en": "O", "ko": "옵"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [
              {"name": "server", "narration": {"en": "one", "ko": "하나"}, "action": "listen", "args": {"port": 0}},
              {"name": "client", "narration": {"en": "two", "ko": "둘"}, "action": "connect", "args": {"to": "server"}},
              {"narration": {"en": "three", "ko": "셋"}, "action": "set_option", "args": {"socket": "client", "option": "sndbuf", "value": 6000}},
              {"narration": {"en": "four", "ko": "넷"}, "action": "set_option", "args": {"socket": "client", "option": "linger", "value": 0}}
            ]})");
        QSignalSpy finished(m_player.get(), &LessonPlayer::finished);
        QSignalSpy failed(m_player.get(), &LessonPlayer::failed);
        QVERIFY(finished.isValid() && failed.isValid());
        m_player->load(lesson);
        m_player->setAutoplay(true);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 10000);
        QVERIFY2(failed.isEmpty(),
            failed.isEmpty() ? ""
                             : qPrintable(failed.constFirst().constFirst().value<LessonFailure>().message));
        const qint32 client = m_player->socketsNamed(QStringLiteral("client")).constFirst();
        QList<Event> options;
        for (const quint32 index : m_journal->eventsOfSocket(client)) {
            if (m_journal->at(index).kind == EventKind::OptionSet)
                options << m_journal->at(index);
        }
        QCOMPARE(options.size(), 2);
        QCOMPARE(SocketOption(options.at(0).flags), SocketOption::SendBuffer);
        QCOMPARE(options.at(0).value, 6000);
        // Linux doubles a buffer size; whatever it keeps, the journal has the kernel's own word.
        QCOMPARE(options.at(0).value2, m_lab->kernelOption(client, SocketOption::SendBuffer));
        QVERIFY(options.at(0).value2 != kOptionUnread);
        QCOMPARE(SocketOption(options.at(1).flags), SocketOption::Linger);
        QCOMPARE(options.at(1).value, 0);
        QCOMPARE(options.at(1).value2, 0);
        QVERIFY2(m_player->message().contains(QLatin1StringView("RST")), qPrintable(m_player->message()));
    }

    // A TCP-only option on a UDP socket passes the file check (the socket's kind is only known
    // when it runs) and fails the step with the lab's sentence.
    void setOptionOnUdpFailsInWords()
    {
        const Lesson lesson = lessonFrom(R"({
            "format": "socketscope-lesson", "version": 1, "id": "udp-option",
            "title": {"en": "U", "ko": "유"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [
              {"name": "udp", "narration": {"en": "one", "ko": "하나"}, "action": "bind_udp", "args": {"port": 0}},
              {"narration": {"en": "two", "ko": "둘"}, "action": "set_option", "args": {"socket": "udp", "option": "nodelay"}}
            ]})");
        QSignalSpy failed(m_player.get(), &LessonPlayer::failed);
        QVERIFY(failed.isValid());
        m_player->load(lesson);
        m_player->setAutoplay(true);
        QVERIFY(failed.wait(10000));
        const auto failure = failed.constFirst().constFirst().value<LessonFailure>();
        QCOMPARE(failure.step, 1);
        QVERIFY2(failure.error.detail.contains(QLatin1StringView("TCP sockets only")),
            qPrintable(failure.error.detail));
    }

    void restartResetsTheLab()
    {
        LessonLibrary library;
        QVERIFY(library.load(lessonsDir()));
        const Lesson *lesson = library.find(QStringLiteral("ephemeral-ports"));
        QVERIFY(lesson);
        m_player->load(*lesson);
        for (int i = 0; i < 3; ++i) {
            m_player->next();
            QTRY_VERIFY(!m_player->isBusy());
        }
        const QList<qint32> before = m_lab->socketIds();
        QVERIFY(before.size() >= 9); // a listener, 4 clients, 4 accepted
        m_player->restart();
        QCOMPARE(m_player->stepIndex(), -1);
        for (const qint32 id : before) {
            const SocketInfo *info = m_lab->info(id);
            QVERIFY(!info || !info->isOpen());
        }
    }

private:
    // Lost packets: segments are sent again and the congestion window shrinks after growing.
    // Slow start: the window grows well past where it starts, and the round trip grows as the
    // rate-limited link's queue fills. From the journal's tcp_info events, one connection at a
    // time.
    void kernelNumbersTellTheStory(const QString &id)
    {
        struct Seen
        {
            qint64 firstCwnd = -1;
            qint64 highestCwnd = -1;
            qint64 lowestCwndAfterHighest = -1;
            qint64 retransmissions = 0;
            qint64 lowestRtt = -1;
            qint64 highestRtt = -1;
        };
        std::map<qint32, Seen> seen;
        for (qsizetype i = 0; i < m_journal->count(); ++i) {
            const Event &e = m_journal->at(i);
            if (e.kind != EventKind::TcpInfo)
                continue;
            const TcpInfo info = m_journal->tcpInfo(e.payload);
            Seen &s = seen[e.socket];
            if (info.cwnd > 0) {
                if (s.firstCwnd < 0)
                    s.firstCwnd = info.cwnd;
                if (info.cwnd > s.highestCwnd) {
                    s.highestCwnd = info.cwnd;
                    s.lowestCwndAfterHighest = info.cwnd;
                }
                s.lowestCwndAfterHighest = qMin(s.lowestCwndAfterHighest, info.cwnd);
            }
            s.retransmissions = qMax(s.retransmissions, info.retransmissions);
            if (info.srttUs > 0) {
                s.lowestRtt = s.lowestRtt < 0 ? info.srttUs : qMin(s.lowestRtt, info.srttUs);
                s.highestRtt = qMax(s.highestRtt, info.srttUs);
            }
        }
        QStringList told;
        bool shown = false;
        for (const auto &[socket, s] : seen) {
            told << QStringLiteral("#%1: cwnd %2 -> %3 -> %4, resent %5, srtt %6-%7 us")
                        .arg(socket)
                        .arg(s.firstCwnd)
                        .arg(s.highestCwnd)
                        .arg(s.lowestCwndAfterHighest)
                        .arg(s.retransmissions)
                        .arg(s.lowestRtt)
                        .arg(s.highestRtt);
            if (id == QLatin1StringView("lost-packets"))
                shown = shown || (s.retransmissions > 0 && s.lowestCwndAfterHighest < s.highestCwnd);
            else
                shown = shown || (s.highestCwnd >= 2 * s.firstCwnd && s.highestRtt >= 2 * s.lowestRtt);
        }
        qInfo("%s", qPrintable(told.join(QStringLiteral("; "))));
        QVERIFY2(shown, qPrintable(id + QStringLiteral(": ") + told.join(QStringLiteral("; "))));
    }

    std::unique_ptr<LessonPlayer> m_player;
};

QTEST_GUILESS_MAIN(TestLessonPlayer)
#include "tst_lessonplayer.moc"
