#include "challenges/challengeboard.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "journal/journal.h"
#include "lab/lab.h"
#include "livelabtest.h"
#include "network/virtualnetwork.h"

#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::ChallengeVerdict)

namespace {

// The teacher's computer and a student's laptop on the lab's home network.
const QHostAddress kTeacher(QStringLiteral("192.168.0.10"));
const QHostAddress kStudent(QStringLiteral("192.168.0.11"));

// A port nobody listens on, on the teacher's lab computer.
constexpr quint16 kClosedPort = 9999;

} // namespace

// A challenge run on the virtual lab network, where the lab's capture sees every packet of the
// network: a student who connects to a port of the teacher's computer with no listener gets
// the kernel's reset (RST) at once, no socket of the class server is involved, and the board
// still shows the student, as "wrong port" with the port they tried. (On this computer's own
// network the capture watches only the app's own ports, so the board says it cannot see that;
// tst_challengeview and tst_challengecapture cover that side.)
// The lab needs user namespaces; where there are none the test says so and skips (CI runs
// the suite as root, where the lab is built as an ordinary user would build it).
class TestChallengeLab : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_network = std::make_unique<VirtualNetwork>(m_journal.get(), m_lab.get(), m_kernel.get());
        m_host = std::make_unique<ChallengeHost>(m_lab.get());
    }

    void cleanup()
    {
        m_host.reset();
        m_network.reset();
        stopLab();
    }

    void wrongPortShowsOnTheLabNetwork_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("connect") << QStringLiteral("connect");
        QTest::newRow("name") << QStringLiteral("name");
    }

    void wrongPortShowsOnTheLabNetwork()
    {
        QFETCH(QString, key);
        if (!m_network->start())
            QSKIP(
                qPrintable(QStringLiteral("the lab network cannot be built here: ") + m_network->problem()));
        std::optional<Challenge> challenge = ChallengeCatalog::find(key);
        QVERIFY(challenge);
        challenge->port = 9000;
        const LabError started = m_host->start(*challenge, kTeacher);
        QVERIFY2(!started, qPrintable(started.detail));
        QVERIFY2(!m_lab->info(m_host->classSocket())->host.isEmpty(), "the class socket is not in the lab");
        // On the lab network nothing is hidden from the board.
        QCOMPARE(m_host->unseenKnocks(), ChallengeHost::UnseenKnocks::None);
        ChallengeBoard *board = m_host->board();
        QVERIFY(board);

        // The student's laptop knocks on a port of the teacher's computer nobody listens on.
        const Lab::Opened wrong = m_lab->connectTcp(kTeacher, kClosedPort, kStudent);
        QVERIFY2(!wrong.error, qPrintable(wrong.error.detail));
        const QString student = kStudent.toString();
        QTRY_VERIFY_WITH_TIMEOUT(board->rowOf(student) >= 0, 10000);
        const int index = board->rowOf(student);
        QTRY_COMPARE_WITH_TIMEOUT(board->row(index).verdict, ChallengeVerdict::WrongPort, 10000);
        {
            const ChallengeBoard::Row &row = board->row(index);
            QCOMPARE(row.note, QString::number(kClosedPort));
            // The row names the student's end the reset went to. (Qt tries the connect again on
            // the same socket after the refusal, from a new port: the latest knock is shown.)
            QVERIFY(row.port != 0);
            QVERIFY2(resetCaptured(QStringLiteral("%1:%2").arg(kTeacher.toString()).arg(kClosedPort),
                         QStringLiteral("%1:%2").arg(student).arg(row.port)),
                qPrintable(QString::number(row.port)));
            QVERIFY(row.inferred); // from a captured packet, not a socket of the server
            QCOMPARE(row.socket, -1);
            QCOMPARE(row.kernelState, TcpState::Close);
            QCOMPARE(row.connections, 0);
        }
        // The student's own socket heard the same: connection refused.
        QTRY_VERIFY_WITH_TIMEOUT(!m_lab->info(wrong.id) || !m_lab->info(wrong.id)->isOpen(), 10000);
        QCOMPARE(board->rowCount(), 1);
        QCOMPARE(board->doneCount(), 0);

        // Then the right port: the same row, now a connection of the class.
        const Lab::Opened right = m_lab->connectTcp(kTeacher, m_host->port(), kStudent);
        QVERIFY2(!right.error, qPrintable(right.error.detail));
        if (key == QLatin1StringView("name")) {
            QTRY_COMPARE_WITH_TIMEOUT(m_lab->info(right.id)->qtState, QAbstractSocket::ConnectedState, 10000);
            m_lab->send(right.id, "Ada\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(board->row(index).verdict, ChallengeVerdict::Done, 10000);
        QCOMPARE(board->rowCount(), 1);
        QCOMPARE(board->row(index).connections, 1);
        QVERIFY(board->row(index).socket >= 0);
        QVERIFY(board->row(index).note.isEmpty());
    }

private:
    // Whether the lab's capture saw an RST from `from` to `to`.
    bool resetCaptured(const QString &from, const QString &to) const
    {
        for (qsizetype i = 0; i < m_journal->count(); ++i) {
            const Event &e = m_journal->at(i);
            if (e.kind == EventKind::Segment && e.source == EventSource::Capture && (e.flags & FlagRst)
                && m_journal->string(e.local) == from && m_journal->string(e.remote) == to)
                return true;
        }
        return false;
    }

    std::unique_ptr<VirtualNetwork> m_network;
    std::unique_ptr<ChallengeHost> m_host;
};

QTEST_GUILESS_MAIN(TestChallengeLab)
#include "tst_challengelab.moc"
