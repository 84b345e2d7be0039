#include "journal/journal.h"
#include "lab/lab.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "livelabtest.h"

using namespace SocketScope;

// The lab under a low limit on open descriptors (this test process's own RLIMIT_NOFILE): it
// refuses new sockets before the last few descriptors, pauses its listeners, journals that
// once, keeps the reserve free for the rest of the program, and resumes once sockets close.
class TestLabDescriptors : public LiveLabTest
{
    Q_OBJECT

private:
    rlimit m_saved {};

    int countEvents(EventKind kind, bool withSocket) const
    {
        int count = 0;
        for (qsizetype i = 0; i < m_journal->count(); ++i) {
            const Event &e = m_journal->at(i);
            if (e.kind == kind && (e.socket >= 0) == withSocket)
                ++count;
        }
        return count;
    }

    // Opens clients of `port` until the lab refuses one; returns the ids it opened.
    QList<qint32> fillUp(quint16 port)
    {
        QList<qint32> clients;
        for (int i = 0; i < 400 && !m_lab->isShortOfDescriptors(); ++i) {
            const Lab::Opened opened = m_lab->connectTcp(QHostAddress::LocalHost, port);
            if (opened.error) {
                if (opened.error.kind != LabError::TooManyOpenFiles)
                    qWarning() << "unexpected" << opened.error.detail;
                break;
            }
            clients << opened.id;
            QCoreApplication::processEvents(); // the listener accepts meanwhile
        }
        return clients;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &m_saved) == 0);
        // Low enough to reach quickly, high enough for Qt's own needs in this process.
        rlimit low = m_saved;
        low.rlim_cur = qMin<rlim_t>(m_saved.rlim_cur, 160);
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    }

    void cleanupTestCase() { ::setrlimit(RLIMIT_NOFILE, &m_saved); }

    void init() { startLab(); }
    void cleanup() { stopLab(); }

    // Each client of the lab's own listener and the connection accepted for it cost several
    // descriptors, the accept()ed one counted only after it was taken; where the reserve is
    // reached depends on how many the process had open before, so every remainder is tried
    // (CI once met the one where an accept() took the reserve's last descriptor but one).
    void shortageIsLivedThrough_data()
    {
        QTest::addColumn<int>("alreadyOpen");
        for (int open = 0; open < 4; ++open)
            QTest::addRow("%d more open before", open) << open;
    }

    void shortageIsLivedThrough()
    {
        QFETCH(int, alreadyOpen);
        QList<int> before;
        for (int i = 0; i < alreadyOpen; ++i)
            before << ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        const auto closeBefore = qScopeGuard([&] {
            for (const int fd : before)
                ::close(fd);
        });
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        QSignalSpy changed(m_lab.get(), &Lab::descriptorShortageChanged);
        QVERIFY(changed.isValid());

        const QList<qint32> clients = fillUp(port);
        QVERIFY(m_lab->isShortOfDescriptors());
        QVERIFY(!clients.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        // Said once for the lab, and the listener says it stopped accepting.
        QCOMPARE(countEvents(EventKind::Error, false), 1);
        QCOMPARE(countEvents(EventKind::AcceptingPaused, true), 1);

        // The reserve is really free: the rest of the program can still open that many, even
        // though the listener accepted once more after the lab's last count.
        QList<int> taken;
        for (int i = 0; i < m_lab->descriptorsReserved(); ++i) {
            const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                break;
            taken << fd;
        }
        const qsizetype reserveOpened = taken.size();
        for (const int fd : taken)
            ::close(fd);
        QCOMPARE(reserveOpened, qsizetype(m_lab->descriptorsReserved()));

        // While short, every kind of new socket is refused with the same reason.
        QCOMPARE(m_lab->bindUdp(QHostAddress::LocalHost, 0).error.kind, LabError::TooManyOpenFiles);
        QCOMPARE(m_lab->listenTcp(QHostAddress::LocalHost, 0).error.kind, LabError::TooManyOpenFiles);
        QCOMPARE(m_lab->connectTcp(QHostAddress::LocalHost, port).error.kind, LabError::TooManyOpenFiles);
        QCOMPARE(countEvents(EventKind::Error, false), 1);

        // Closing sockets gives descriptors back: the lab resumes by itself.
        for (const qint32 id : clients)
            m_lab->abort(id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_lab->isShortOfDescriptors(), 10000);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
        QCOMPARE(countEvents(EventKind::AcceptingResumed, true), 1);
        QVERIFY(!m_lab->connectTcp(QHostAddress::LocalHost, port).error);
    }

    // Something other than the lab takes the last descriptors, reserve and all: accept() then
    // fails with EMFILE, which Qt 6.4 passes over without a word while the waiting connection
    // keeps the listener readable (the program spun). The lab notices from the kernel's queue.
    void shortageCausedElsewhereIsNoticed()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        QList<int> taken;
        for (int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC); fd >= 0;
             fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC))
            taken << fd;
        QVERIFY(!taken.isEmpty());
        ::close(taken.takeLast()); // room for the client, none for the accept
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(client >= 0);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::connect(client, reinterpret_cast<const sockaddr *>(&to), sizeof to);

        QTRY_VERIFY_WITH_TIMEOUT(m_lab->isShortOfDescriptors(), 10000);
        for (const int fd : taken)
            ::close(fd);
        QTRY_VERIFY_WITH_TIMEOUT(!m_lab->isShortOfDescriptors(), 10000);
        // Accepting again, the waiting connection is taken.
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                int accepted = 0;
                for (qsizetype i = 0; i < m_journal->count(); ++i)
                    accepted += m_journal->at(i).kind == EventKind::Accepted;
                return accepted;
            }(),
            1, 10000);
        ::close(client);
    }

    // Clients that connect and close, more of them than the limit allows descriptors: each
    // one's accepted end waits in CLOSE_WAIT for a close() nobody calls. Before the limit, the
    // lab closes the oldest of those, says why in each one's close_called, and goes on
    // accepting; it never runs short. Under a small limit room runs out before the point where
    // every accept() counts the descriptors; under a larger one that point comes first.
    void clientsThatLeaveDoNotStopTheServer_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("clients");
        QTest::addRow("limit 160") << 160 << 300;
        QTest::addRow("limit 1200") << 1200 << 1400;
    }

    void clientsThatLeaveDoNotStopTheServer()
    {
        QFETCH(int, limit);
        QFETCH(int, clients);
        rlimit files = m_saved;
        files.rlim_cur = qMin<rlim_t>(m_saved.rlim_max, rlim_t(limit));
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &files) == 0);
        const auto restore = qScopeGuard([this] {
            rlimit low = m_saved;
            low.rlim_cur = qMin<rlim_t>(m_saved.rlim_cur, 160);
            ::setrlimit(RLIMIT_NOFILE, &low);
        });
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        QSignalSpy shortage(m_lab.get(), &Lab::descriptorShortageChanged);
        QSignalSpy roomMade(m_lab.get(), &Lab::roomMade);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const auto accepted = [this] {
            int count = 0;
            for (qsizetype i = 0; i < m_journal->count(); ++i)
                count += m_journal->at(i).kind == EventKind::Accepted;
            return count;
        };
        for (int i = 0; i < clients; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to);
            pollfd ready {fd, POLLOUT, 0};
            ::poll(&ready, 1, 2000);
            ::close(fd);
            // The lab takes each before the next comes, as a server whose clients take turns.
            QTRY_COMPARE_WITH_TIMEOUT(accepted(), i + 1, 5000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->closedToMakeRoom() > 0, 5000);
        QCOMPARE(shortage.count(), 0);
        QVERIFY(!m_lab->isShortOfDescriptors());
        QVERIFY(roomMade.count() > 0);
        int saidClosed = 0;
        for (const QList<QVariant> &made : roomMade)
            saidClosed += made.at(0).toInt();
        QCOMPARE(quint64(saidClosed), m_lab->closedToMakeRoom());

        // Oldest first: every connection closed to make room is older than every one still in
        // CLOSE_WAIT, and each says why.
        QList<qint32> closedForRoom;
        for (qsizetype i = 0; i < m_journal->count(); ++i) {
            const Event &e = m_journal->at(i);
            if (e.kind == EventKind::CloseCalled && e.text
                && m_journal->string(e.text).contains(QLatin1StringView("to make room")))
                closedForRoom << e.socket;
        }
        QCOMPARE(quint64(closedForRoom.size()), m_lab->closedToMakeRoom());
        QList<qint32> stillWaiting;
        for (const qint32 id : m_lab->socketIds()) {
            const SocketInfo *info = m_lab->info(id);
            if (info && info->role == SocketRole::Accepted && info->isOpen())
                stillWaiting << id;
        }
        QVERIFY(!stillWaiting.isEmpty());
        QVERIFY2(*std::max_element(closedForRoom.begin(), closedForRoom.end())
                < *std::min_element(stillWaiting.begin(), stillWaiting.end()),
            "a newer connection was closed before an older one");
        QCOMPARE(closedForRoom.size() + stillWaiting.size(), clients);
    }

    // A listener the user paused stays paused through a shortage and after it.
    void userPauseOutlastsTheShortage()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const Lab::Opened other = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!other.error);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const QList<qint32> clients = fillUp(m_lab->info(other.id)->localPort);
        QVERIFY(m_lab->isShortOfDescriptors());
        for (const qint32 id : clients)
            m_lab->abort(id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_lab->isShortOfDescriptors(), 10000);
        QVERIFY(m_lab->info(listener.id)->acceptingPaused);
        int pausedEvents = 0, resumedEvents = 0;
        for (qsizetype i = 0; i < m_journal->count(); ++i) {
            const Event &e = m_journal->at(i);
            pausedEvents += e.socket == listener.id && e.kind == EventKind::AcceptingPaused;
            resumedEvents += e.socket == listener.id && e.kind == EventKind::AcceptingResumed;
        }
        QCOMPARE(pausedEvents, 1); // the user's
        QCOMPARE(resumedEvents, 0);
    }
};

QTEST_GUILESS_MAIN(TestLabDescriptors)
#include "tst_labdescriptors.moc"
