#include "challenges/challengeboard.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "classroom/classroomfeed.h"
#include "classroom/classroomlistener.h"
#include "journal/journal.h"
#include "livelabtest.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

// A student's live page in a real browser: headless Chromium opens the classroom page of a
// real challenge server on loopback, runs the page's script, and the DOM it leaves shows the
// student's own connection and verdict, in the words the app sent, and nobody else's.
//
// Chromium is the student here, so the student's address is the one Chromium connects from
// on loopback: 127.0.0.1. Chromium's dump of the page waits for the page's network to go
// quiet, and a live page never does; so once Chromium's live stream has its first update, the
// classroom page closes, and Chromium dumps the page as the script left it.
class TestLivePageBrowser : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_classroom = std::make_unique<ClassroomListener>(m_lab.get());
        QVERIFY(!m_classroom->start());
        m_host = std::make_unique<ChallengeHost>(m_lab.get());
        m_classroom->feed()->followChallenges(m_host.get());
    }

    void cleanup()
    {
        if (m_browser) {
            m_browser->kill();
            m_browser->waitForFinished(5000);
            m_browser.reset();
        }
        m_classroom.reset();
        m_host.reset();
        stopLab();
    }

    void pageShowsTheStudentsOwnConnectionAndVerdict()
    {
        const QString chromium = findChromium();
        if (chromium.isEmpty())
            QSKIP("no Chromium here (Debian: apt-get install chromium; run.sh installs it for tests)");

        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("name"));
        challenge->port = 0;
        QVERIFY(!m_host->start(*challenge));
        // The student (127.0.0.1, where Chromium connects from) sends a name with a character
        // the page must show as text, not markup; another student sends theirs.
        QTcpSocket own;
        QVERIFY(own.bind(QHostAddress::LocalHost, 0));
        connect(&own, &QTcpSocket::connected, &own, [&own] { own.write("Ada <b>L</b>\n"); });
        own.connectToHost(QHostAddress::LocalHost, m_host->port());
        QTcpSocket other;
        QVERIFY(other.bind(QHostAddress(QStringLiteral("127.0.0.9")), 0));
        connect(&other, &QTcpSocket::connected, &other, [&other] { other.write("Xiomara\n"); });
        other.connectToHost(QHostAddress::LocalHost, m_host->port());
        ChallengeBoard *board = m_host->board();
        QTRY_COMPARE_WITH_TIMEOUT(board->doneCount(), 2, 5000);
        const QString ownEnd = QStringLiteral("127.0.0.1:%1").arg(own.localPort());
        const QString otherEnd = QStringLiteral("127.0.0.9:%1").arg(other.localPort());

        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        startChromium(chromium, profile.path(),
            {QStringLiteral("--accept-lang=en-US"), QStringLiteral("--virtual-time-budget=5000"),
                QStringLiteral("--dump-dom"), m_classroom->url()});
        if (QTest::currentTestFailed())
            return;

        // The page's script ran and opened its live stream: the first update (with the
        // student's row of the board) goes out with the stream's headers.
        ClassroomFeed *feed = m_classroom->feed();
        QTRY_VERIFY_WITH_TIMEOUT(
            feed->streamCount() >= 1 || m_browser->state() == QProcess::NotRunning, 60000);
        QVERIFY2(feed->streamCount() >= 1, m_browser->readAllStandardError().right(2000).constData());
        QTRY_VERIFY_WITH_TIMEOUT(feed->updatesSent() >= 1, 5000);
        m_classroom->stop();
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->state() == QProcess::NotRunning, 60000);
        const QString dom = QString::fromUtf8(m_browser->readAllStandardOutput());
        QVERIFY2(dom.contains(QStringLiteral("id=\"challenge\"")), qPrintable(dom.left(4000)));

        // The words came from the app (live.js has none), the verdict and the connection are
        // the student's own, and what they sent is text.
        QVERIFY2(dom.contains(QStringLiteral("Live: your own sockets")), qPrintable(dom.left(4000)));
        QVERIFY2(dom.contains(QStringLiteral("Done in ")), qPrintable(dom.left(4000)));
        QVERIFY2(dom.contains(QStringLiteral("Challenge: send your name, on port %1").arg(m_host->port())),
            qPrintable(dom.left(4000)));
        QVERIFY2(dom.contains(ownEnd), qPrintable(dom.left(4000)));
        QVERIFY2(dom.contains(QStringLiteral("Ada &lt;b&gt;L&lt;/b&gt;")), qPrintable(dom.left(4000)));
        QVERIFY(!dom.contains(QStringLiteral("<b>L</b>")));
        // Nobody else's.
        QVERIFY(!dom.contains(otherEnd));
        QVERIFY(!dom.contains(QStringLiteral("Xiomara")));
        QVERIFY(!dom.contains(QStringLiteral("127.0.0.9")));
    }

    // "Send your name" from the address bar: the name is the path, the page says what the
    // board read (escaped), and the student is done.
    void nameFromTheAddressBar()
    {
        const QString chromium = findChromium();
        if (chromium.isEmpty())
            QSKIP("no Chromium here (Debian: apt-get install chromium; run.sh installs it for tests)");
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("name"));
        challenge->port = 0;
        QVERIFY(!m_host->start(*challenge));
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        startChromium(chromium, profile.path(),
            {QStringLiteral("--dump-dom"),
                QStringLiteral("http://127.0.0.1:%1/Ada%20%3Cb%3E").arg(m_host->port())});
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->state() == QProcess::NotRunning, 60000);
        const QString dom = QString::fromUtf8(m_browser->readAllStandardOutput());
        QVERIFY2(dom.contains(QStringLiteral("Hello, Ada &lt;b&gt;!")), qPrintable(dom.left(2000)));
        ChallengeBoard *board = m_host->board();
        const int row = board->rowOf(QStringLiteral("127.0.0.1"));
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(row).verdict, ChallengeVerdict::Done, 5000);
        // One request: the page's (Chromium may open a spare connection that sends nothing).
        const Journal *journal = m_lab->journal();
        int requests = 0;
        for (qsizetype i = 0; i < journal->count(); ++i) {
            const Event &e = journal->at(i);
            if (e.kind == EventKind::DataReceived && journal->payload(e.payload).startsWith("GET "))
                ++requests;
        }
        QCOMPARE(requests, 1);
    }

private:
    // Headless, with a profile of its own, and `arguments` after.
    void startChromium(const QString &chromium, const QString &profile, const QStringList &arguments)
    {
        m_browser = std::make_unique<QProcess>();
        m_browser->setProgram(chromium);
        m_browser->setArguments(QStringList {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                    QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                                    QStringLiteral("--user-data-dir=%1").arg(profile)}
            + arguments);
        m_browser->setProcessChannelMode(QProcess::SeparateChannels);
        m_browser->start();
        QVERIFY2(m_browser->waitForStarted(10000), qPrintable(m_browser->errorString()));
    }

    static QString findChromium()
    {
        for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
            QString found = QStandardPaths::findExecutable(QLatin1StringView(name));
            if (!found.isEmpty())
                return found;
        }
        return {};
    }

    std::unique_ptr<ClassroomListener> m_classroom;
    std::unique_ptr<ChallengeHost> m_host;
    std::unique_ptr<QProcess> m_browser;
};

QTEST_GUILESS_MAIN(TestLivePageBrowser)
#include "tst_livepagebrowser.moc"
