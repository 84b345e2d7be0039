#include "timeline/tcptransitions.h"

#include <QtTest/QTest>

using namespace SocketScope;

class TestTcpTransitions : public QObject
{
    Q_OBJECT

private slots:
    void segment_data();
    void segment();
    void calls();
    void textbookEdges();
};

namespace {
const char *state(TcpState s)
{
    return s == TcpState::Unknown ? "stays" : tcpStateName(s).data();
}
} // namespace

void TestTcpTransitions::segment_data()
{
    QTest::addColumn<TcpState>("from");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<TcpState>("to"); // Unknown: no row, the state stays

    using S = TcpState;
    QTest::newRow("connect sends SYN") << S::Close << true << "S" << S::SynSent;
    QTest::newRow("the listener answers") << S::Listen << true << "SA" << S::SynRecv;
    QTest::newRow("the accepted socket answers") << S::Close << true << "SA" << S::SynRecv;
    QTest::newRow("the client's ACK") << S::SynSent << true << "A" << S::Established;
    QTest::newRow("data is no handshake ACK") << S::SynSent << true << "PA" << S::Unknown;
    QTest::newRow("the server's ACK arrives") << S::SynRecv << false << "A" << S::Established;
    QTest::newRow("close sends FIN") << S::Established << true << "FA" << S::FinWait1;
    QTest::newRow("the peer's FIN") << S::Established << false << "FA" << S::CloseWait;
    QTest::newRow("our FIN acknowledged") << S::FinWait1 << false << "A" << S::FinWait2;
    QTest::newRow("their FIN first") << S::FinWait1 << false << "FA" << S::Closing;
    QTest::newRow("their FIN after ours was acknowledged") << S::FinWait2 << false << "FA" << S::TimeWait;
    QTest::newRow("closing acknowledged") << S::Closing << false << "A" << S::TimeWait;
    QTest::newRow("the second close") << S::CloseWait << true << "FA" << S::LastAck;
    QTest::newRow("the last ACK") << S::LastAck << false << "A" << S::Close;
    QTest::newRow("reset sent") << S::Established << true << "R" << S::Close;
    QTest::newRow("reset received") << S::SynSent << false << "RA" << S::Close;
    QTest::newRow("both open at once") << S::SynSent << false << "S" << S::SynRecv;
    QTest::newRow("a SYN sent again") << S::SynSent << true << "S" << S::Unknown;
    QTest::newRow("data while established") << S::Established << false << "PA" << S::Unknown;
    QTest::newRow("an ACK in TIME_WAIT") << S::TimeWait << true << "A" << S::Unknown;
}

void TestTcpTransitions::segment()
{
    QFETCH(TcpState, from);
    QFETCH(bool, sent);
    QFETCH(QString, flags);
    QFETCH(TcpState, to);
    const std::optional<quint8> bits = segmentFlagsFromName(flags);
    QVERIFY(bits);
    QCOMPARE(state(TcpTransitions::afterSegment(from, sent, *bits)), state(to));
}

void TestTcpTransitions::calls()
{
    QCOMPARE(TcpTransitions::afterCall(TcpState::Close, EventKind::Listening), TcpState::Listen);
    QCOMPARE(TcpTransitions::afterCall(TcpState::SynRecv, EventKind::Accepted), TcpState::Established);
    QCOMPARE(TcpTransitions::afterCall(TcpState::Close, EventKind::Accepted), TcpState::Established);
    QCOMPARE(TcpTransitions::afterCall(TcpState::Established, EventKind::DataSent), TcpState::Unknown);
}

// The state machine panel draws the rows marked drawn: the textbook's fourteen edges, each
// once, between two of its boxes.
void TestTcpTransitions::textbookEdges()
{
    QSet<QPair<int, int>> edges;
    for (const TcpTransitions::Row &row : TcpTransitions::rows()) {
        if (!row.drawn)
            continue;
        QVERIFY(row.from != TcpState::Unknown);
        QVERIFY(row.label && *row.label);
        const QPair<int, int> edge(int(row.from), int(row.to));
        QVERIFY2(!edges.contains(edge), row.label);
        edges.insert(edge);
    }
    QCOMPARE(edges.size(), 14);
    QVERIFY(edges.contains({int(TcpState::Listen), int(TcpState::SynRecv)}));
    QVERIFY(edges.contains({int(TcpState::TimeWait), int(TcpState::Close)}));
}

QTEST_GUILESS_MAIN(TestTcpTransitions)
#include "tst_tcptransitions.moc"
