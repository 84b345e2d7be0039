#include "compare/sessiondiff.h"
#include "journal/journal.h"
#include "teacherpairs.h"
#include "timeline/timelinelayout.h"

#include <QtTest/QtTest>

using namespace SocketScope;
using namespace Qt::StringLiterals;

namespace {

// A one-connection session written event by event: a listener (socket 1), a client (2) and
// the socket accept() returns (3). `ops` is a space-separated script; `port` moves every
// address, since two runs never get the same ports.
void writeSession(Journal &journal, const QString &ops, int port = 5000)
{
    qint64 t = 0;
    const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
    const QString client = QStringLiteral("127.0.0.1:%1").arg(port + 30000);
    const auto add = [&](EventKind kind, qint32 socket, QStringView local = {}, QStringView remote = {},
                         qint64 value = 0, SocketRole role = SocketRole::None) {
        Event e;
        e.role = role;
        t += 1000;
        e.t = t;
        e.kind = kind;
        e.socket = socket;
        e.proto = Protocol::Tcp;
        e.local = journal.intern(local);
        e.remote = journal.intern(remote);
        e.value = value;
        return journal.append(e);
    };
    const auto open
        = [&](qint32 socket, SocketRole role, qint32 parent, QStringView local = {},
              QStringView remote = {}) { add(EventKind::SocketOpened, socket, local, remote, parent, role); };
    for (const QString &op : ops.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString name = op.section(QLatin1Char(':'), 0, 0);
        const qint64 n = op.section(QLatin1Char(':'), 1, 1).toLongLong();
        if (name == u"listen") {
            open(1, SocketRole::Listener, -1);
            add(EventKind::Listening, 1, server, {}, 128);
        } else if (name == u"pause") {
            add(EventKind::AcceptingPaused, 1);
        } else if (name == u"connect") {
            open(2, SocketRole::Client, -1);
            add(EventKind::ConnectStarted, 2, client, server);
        } else if (name == u"connected") {
            add(EventKind::Connected, 2, client, server);
        } else if (name == u"queue") {
            add(EventKind::Queue, 1, server, {}, n);
        } else if (name == u"accept") {
            add(EventKind::Accepted, 1, server, client);
            open(3, SocketRole::Accepted, 1, server, client);
        } else if (name == u"send") {
            add(EventKind::DataSent, 2, client, server, n);
        } else if (name == u"recv") {
            add(EventKind::DataReceived, 3, server, client, n);
        } else if (name == u"close") {
            add(EventKind::CloseCalled, 2, client, server);
            add(EventKind::Closed, 2, client, server);
        } else if (name == u"abort") {
            add(EventKind::Aborted, 2, client, server);
        } else if (name == u"udp") {
            open(4, SocketRole::Udp, -1);
            add(EventKind::Bound, 4, QStringLiteral("127.0.0.1:%1").arg(port + 1));
        } else {
            qFatal("unknown op %s", qPrintable(op));
        }
    }
}

QString socketText(const SessionDiff::SocketName &name)
{
    const QLatin1StringView role
        = name.role == SocketRole::None ? QLatin1StringView("other") : roleName(name.role);
    return QStringLiteral("%1%2").arg(role).arg(name.ordinal);
}

QString stepText(const SessionDiff::Step &step)
{
    using K = SessionDiff::StepKind;
    switch (step.kind) {
    case K::Segment:
        return QStringLiteral("%1>%2 %3 %4")
            .arg(socketText(step.from), socketText(step.to), segmentFlagsName(step.code))
            .arg(step.value);
    case K::Datagram:
        return QStringLiteral("%1>%2 udp %3").arg(socketText(step.from), socketText(step.to)).arg(step.value);
    case K::State:
        return QStringLiteral("%1 %2").arg(socketText(step.from), tcpStateName(TcpState(step.code)));
    case K::Call:
        return QStringLiteral("%1 %2 %3")
            .arg(socketText(step.from), kindName(EventKind(step.code)))
            .arg(step.value);
    case K::Queue:
        return QStringLiteral("%1 queue %2").arg(socketText(step.from)).arg(step.value);
    case K::Opened:
        return QStringLiteral("%1 opened").arg(socketText(step.from));
    }
    return {};
}

// Every difference, in the order the rows show them: "only-a: ...", "flags: A / B".
QStringList differenceTexts(const SessionDiff &diff)
{
    QStringList texts;
    for (const SessionDiff::Difference &d : diff.differences()) {
        const SessionDiff::Row &row = diff.rows()[size_t(d.row)];
        switch (d.kind) {
        case SessionDiff::DifferenceKind::OnlyA:
            texts << QStringLiteral("only-a: ") + stepText(*row.a);
            break;
        case SessionDiff::DifferenceKind::OnlyB:
            texts << QStringLiteral("only-b: ") + stepText(*row.b);
            break;
        default: {
            static const char *const names[] = {"", "", "flags", "state", "call", "size"};
            texts << QStringLiteral("%1: %2 / %3")
                         .arg(QLatin1StringView(names[int(d.kind)]), stepText(*row.a), stepText(*row.b));
        }
        }
    }
    return texts;
}

struct Compared
{
    Journal a;
    Journal b;
    TimelineLayout layoutA {&a};
    TimelineLayout layoutB {&b};
};

} // namespace

class TestSessionDiff : public TeacherPairsTest
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        if (m_lab)
            stopLab();
    }

    void anchorNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("anchor"); // -1: not a name
        QTest::newRow("syn") << u"syn"_s << int(SessionDiff::Anchor::FirstSyn);
        QTest::newRow("upper case") << u"FIN"_s << int(SessionDiff::Anchor::FirstFin);
        QTest::newRow("data") << u"data"_s << int(SessionDiff::Anchor::FirstData);
        QTest::newRow("rst") << u"rst"_s << int(SessionDiff::Anchor::FirstReset);
        QTest::newRow("start") << u"start"_s << int(SessionDiff::Anchor::Start);
        QTest::newRow("unknown") << u"ack"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void anchorNames()
    {
        QFETCH(QString, name);
        QFETCH(int, anchor);
        const auto parsed = SessionDiff::anchorFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, anchor);
        if (parsed)
            QCOMPARE(QString(SessionDiff::anchorName(*parsed)), name.toLower());
    }

    // Small sessions written by hand: the rule, case by case.
    void synthetic_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("portB");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QStringList>("expected");

        const QString opened = u"listen connect connected accept"_s;
        QTest::newRow("the same session, other ports")
            << opened + u" send:5 recv:5 close"_s << opened + u" send:5 recv:5 close"_s << 6000 << u"syn"_s
            << QStringList();
        QTest::newRow("close against abort")
            << opened + u" close"_s << opened + u" abort"_s << 5000 << u"syn"_s
            << QStringList {u"call: client1 close_called 0 / client1 aborted 0"_s,
                   u"flags: client1>accepted1 FA 0 / client1>accepted1 R 0"_s,
                   u"state: client1 FIN_WAIT1 / client1 CLOSE"_s,
                   u"state: accepted1 CLOSE_WAIT / accepted1 CLOSE"_s, u"only-a: client1 closed 0"_s};
        QTest::newRow("other sizes") << opened + u" send:5 recv:5"_s << opened + u" send:7 recv:7"_s << 5000
                                     << u"syn"_s
                                     << QStringList {u"size: client1 data_sent 5 / client1 data_sent 7"_s,
                                            u"size: client1>accepted1 PA 5 / client1>accepted1 PA 7"_s,
                                            u"size: accepted1 data_received 5 / accepted1 data_received 7"_s};
        QTest::newRow("one read against two")
            << opened + u" send:1 recv:1 send:9 recv:9"_s << opened + u" send:1 send:9 recv:10"_s << 5000
            << u"syn"_s
            << QStringList {u"size: accepted1 data_received 1 / accepted1 data_received 10"_s,
                   u"only-a: accepted1 data_received 9"_s};
        QTest::newRow("accepting against paused")
            << opened << u"listen pause connect connected queue:1"_s << 5000 << u"syn"_s
            << QStringList {u"only-a: listener1 accepted 0"_s, u"only-b: listener1 queue 1"_s,
                   u"only-a: accepted1 opened"_s, u"only-a: accepted1 ESTABLISHED"_s};
        QTest::newRow("an empty queue polled on one side only")
            << opened + u" queue:0 send:5 recv:5"_s << opened + u" send:5 recv:5"_s << 5000 << u"syn"_s
            << QStringList();
        QTest::newRow("the same after the first FIN")
            << opened + u" send:5 recv:5 close"_s << opened + u" send:7 recv:7 close"_s << 5000 << u"fin"_s
            << QStringList();
        QTest::newRow("no SYN on one side")
            << u"listen connect"_s << u"udp"_s << 5000 << u"syn"_s
            << QStringList {u"only-a: client1>listener1 S 0"_s, u"only-a: client1 SYN_SENT"_s};
    }
    void synthetic()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, portB);
        QFETCH(QString, anchor);
        QFETCH(QStringList, expected);
        Compared c;
        writeSession(c.a, a);
        writeSession(c.b, b, portB);
        c.layoutA.update();
        c.layoutB.update();
        const SessionDiff diff(c.layoutA, c.layoutB, *SessionDiff::anchorFromName(anchor));
        QCOMPARE(differenceTexts(diff), expected);
        // Every step of both sides is in exactly one row.
        qsizetype stepsA = 0;
        qsizetype stepsB = 0;
        for (const SessionDiff::Row &row : diff.rows()) {
            stepsA += row.a ? 1 : 0;
            stepsB += row.b ? 1 : 0;
            QVERIFY(row.a || row.b);
        }
        QCOMPARE(stepsA, diff.stepsCompared(SessionDiff::Side::A));
        QCOMPARE(stepsB, diff.stepsCompared(SessionDiff::Side::B));
    }

    // A live side growing event by event: bringing the diff up to date gives the rows a diff
    // made from nothing gives, and keeps the tracks the new events did not touch.
    void updateMatchesFresh_data() { synthetic_data(); }
    void updateMatchesFresh()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, portB);
        QFETCH(QString, anchor);
        Journal whole;
        writeSession(whole, a);
        Compared c;
        writeSession(c.b, b, portB);
        c.layoutB.update();
        const SessionDiff::Anchor at = *SessionDiff::anchorFromName(anchor);
        SessionDiff incremental(c.layoutA, c.layoutB, at);
        qsizetype kept = 0;
        for (qsizetype i = 0; i < whole.count(); ++i) {
            Event e = whole.at(i);
            e.local = c.a.intern(whole.string(e.local));
            e.remote = c.a.intern(whole.string(e.remote));
            c.a.append(e);
            c.layoutA.update();
            incremental.update(c.layoutA, c.layoutB);
            const SessionDiff fresh(c.layoutA, c.layoutB, at);
            QCOMPARE(incremental.anchorItem(SessionDiff::Side::A), fresh.anchorItem(SessionDiff::Side::A));
            QCOMPARE(differenceTexts(incremental), differenceTexts(fresh));
            QCOMPARE(incremental.rows().size(), fresh.rows().size());
            for (size_t r = 0; r < fresh.rows().size(); ++r) {
                QVERIFY(incremental.rows()[r].a == fresh.rows()[r].a);
                QVERIFY(incremental.rows()[r].b == fresh.rows()[r].b);
                QCOMPARE(incremental.rows()[r].difference, fresh.rows()[r].difference);
            }
            kept += incremental.tracksKept();
        }
        // Side B's tracks alone stay as they were while A grows on other tracks.
        if (!b.isEmpty() && whole.count() > 4)
            QVERIFY(kept > 0);
    }

    // A live side growing alike, event by event, beside a long recording: each update makes
    // only the rows of the steps the event brought (a row of the recording alone becomes a
    // pair), never its tracks' hundreds of rows again, and still comes out as a fresh diff.
    void updateMakesOnlyTheNewRows()
    {
        const QString opened = u"listen connect connected accept"_s;
        QString sends;
        for (int i = 0; i < 150; ++i)
            sends += u" send:1 recv:1"_s;
        Journal whole;
        writeSession(whole, opened + sends + u" close"_s);
        Compared c;
        writeSession(c.b, opened + sends + u" abort"_s, 6000);
        c.layoutB.update();
        SessionDiff incremental(c.layoutA, c.layoutB, SessionDiff::Anchor::Start);
        qsizetype most = 0;
        for (qsizetype i = 0; i < whole.count(); ++i) {
            Event e = whole.at(i);
            e.local = c.a.intern(whole.string(e.local));
            e.remote = c.a.intern(whole.string(e.remote));
            c.a.append(e);
            c.layoutA.update();
            const qsizetype anchorBefore = incremental.anchorItem(SessionDiff::Side::A);
            incremental.update(c.layoutA, c.layoutB);
            // (Until side A has an anchor, every row is new: B's alone become pairs' halves.)
            if (anchorBefore == incremental.anchorItem(SessionDiff::Side::A))
                most = std::max(most, incremental.rowsMade());
            // Rows before the earliest one made stay where they were.
            QVERIFY(incremental.rowsPlacedFrom() <= qsizetype(incremental.rows().size()));
            if (i % 40 != 0 && i != whole.count() - 1)
                continue;
            const SessionDiff fresh(c.layoutA, c.layoutB, SessionDiff::Anchor::Start);
            QCOMPARE(differenceTexts(incremental), differenceTexts(fresh));
            QCOMPARE(incremental.rows().size(), fresh.rows().size());
            for (size_t r = 0; r < fresh.rows().size(); ++r) {
                QVERIFY(incremental.rows()[r].a == fresh.rows()[r].a);
                QVERIFY(incremental.rows()[r].b == fresh.rows()[r].b);
                QCOMPARE(incremental.rows()[r].difference, fresh.rows()[r].difference);
            }
        }
        QVERIFY(incremental.rows().size() > 400);
        QVERIFY2(most <= 8, qPrintable(QStringLiteral("one event made %1 rows").arg(most)));
    }

    // The shared playhead: walking the rows shows each side up to the step it has reached,
    // never going back.
    void playheadWalksBothSides()
    {
        Compared c;
        const QString opened = QStringLiteral("listen connect connected accept");
        writeSession(c.a, opened + u" send:1 recv:1 send:9 recv:9 close"_s);
        writeSession(c.b, opened + u" send:1 send:9 recv:10 abort"_s, 7000);
        c.layoutA.update();
        c.layoutB.update();
        const SessionDiff diff(c.layoutA, c.layoutB);
        QVERIFY(!diff.rows().empty());
        for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B}) {
            const TimelineLayout &layout = side == SessionDiff::Side::A ? c.layoutA : c.layoutB;
            QCOMPARE(diff.itemsShownAfter(side, 0), diff.anchorItem(side));
            qsizetype shown = diff.itemsShownAfter(side, 0);
            for (qsizetype r = 1; r <= qsizetype(diff.rows().size()); ++r) {
                const qsizetype next = diff.itemsShownAfter(side, r);
                QVERIFY(next >= shown);
                const std::optional<SessionDiff::Step> &step = side == SessionDiff::Side::A
                    ? diff.rows()[size_t(r - 1)].a
                    : diff.rows()[size_t(r - 1)].b;
                if (step) {
                    QVERIFY(next > step->item);
                    QCOMPARE(diff.rowOfItem(side, step->item) <= r - 1, true);
                }
                shown = next;
            }
            QVERIFY(shown <= layout.itemCount());
        }
    }

    // The three pairs a teacher shows, recorded here on loopback, written to a recording and
    // read back, as a teacher brings them to class.
    void closeAgainstAbort()
    {
        Compared c;
        recordCloseOrAbort(false, c.a);
        recordCloseOrAbort(true, c.b);
        const QStringList texts = compareRecordings(c);
        QVERIFY2(texts.contains(QStringLiteral("flags: client1>accepted1 FA 0 / client1>accepted1 R 0")),
            qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(QStringLiteral("call: client1 close_called 0 / client1 aborted 0")),
            qPrintable(texts.join(u'\n')));
    }

    void nagleAgainstNoDelay()
    {
        Compared c;
        recordSmallWrites(false, c.a);
        recordSmallWrites(true, c.b);
        const QStringList texts = compareRecordings(c);
        QCOMPARE(readsOf(c.b), QList<qint64> {10});
        // Nagle's algorithm held the other writes back until the first was acknowledged: the
        // server read 1 byte, then the rest; without it, all ten at once.
        QVERIFY2(
            texts.contains(QStringLiteral("size: accepted1 data_received 1 / accepted1 data_received 10")),
            qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(QStringLiteral("only-a: accepted1 data_received 9")),
            qPrintable(texts.join(u'\n')));
    }

    void acceptingAgainstPaused()
    {
        Compared c;
        recordAccepting(false, c.a);
        recordAccepting(true, c.b);
        const QStringList texts = compareRecordings(c);
        QVERIFY2(texts.contains(QStringLiteral("only-a: accepted1 opened")), qPrintable(texts.join(u'\n')));
        QVERIFY2(
            texts.contains(QStringLiteral("only-a: listener1 accepted 0")), qPrintable(texts.join(u'\n')));
        QVERIFY2(!texts.contains(QStringLiteral("only-b: accepted1 opened")), qPrintable(texts.join(u'\n')));
    }

private:
    QStringList compareRecordings(Compared &c)
    {
        c.layoutA.update();
        c.layoutB.update();
        const SessionDiff diff(c.layoutA, c.layoutB);
        if (diff.anchorItem(SessionDiff::Side::A) < 0 || diff.anchorItem(SessionDiff::Side::B) < 0)
            return {QStringLiteral("no SYN in a recording")};
        return differenceTexts(diff);
    }

    static QList<qint64> readsOf(const Journal &journal)
    {
        QList<qint64> reads;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            if (journal.at(i).kind == EventKind::DataReceived)
                reads << journal.at(i).value;
        }
        return reads;
    }
};

QTEST_MAIN(TestSessionDiff)
#include "tst_sessiondiff.moc"
