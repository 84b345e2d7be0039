#include "drills/drillchoice.h"
#include "drills/drillevidence.h"
#include "drills/drillscene.h"
#include "drills/mysterydrill.h"
#include "journal/journal.h"
#include "lab/lab.h"
#include "network/virtualnetwork.h"

#include <QtTest/QtTest>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::DrillFault)

namespace {

QStringList notes(const Journal &journal, qsizetype from = 0)
{
    QStringList out;
    for (qsizetype i = from; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind == EventKind::Error && e.source == EventSource::App && e.value == LabError::None)
            out << journal.string(e.text);
    }
    return out;
}

// The captured packets, for a failure's message.
QString capturedPackets(const Journal &journal)
{
    QStringList lines;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind == EventKind::Segment && e.source == EventSource::Capture)
            lines << QStringLiteral("%1 %2/%3 %4 > %5 %6 win %7")
                         .arg(i)
                         .arg(journal.string(e.host), journal.string(e.text), journal.string(e.local),
                             journal.string(e.remote), segmentFlagsName(e.flags))
                         .arg(e.window);
    }
    return lines.join(QLatin1Char('\n'));
}

bool journalHas(const Journal &journal, EventKind kind)
{
    for (qsizetype i = 0; i < journal.count(); ++i) {
        if (journal.at(i).kind == kind)
            return true;
    }
    return false;
}

// Open connections the listener accepted.
int acceptedBy(const Lab &lab, qint32 listener)
{
    int count = 0;
    for (const qint32 id : lab.socketIds()) {
        const SocketInfo *info = lab.info(id);
        count += info && info->parent == listener && info->isOpen() ? 1 : 0;
    }
    return count;
}

} // namespace

// Each drill hides its fault for real in the lab network, and the probe a learner makes
// produces the packet the reveal points at; no other fault's proof shows up instead.
class TestMysteryDrill : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void choices_data();
    void choices();
    void seedPicksTheSameFault();
    void faultLeavesItsEvidence_data();
    void faultLeavesItsEvidence();
    void guessesAreJournalled();
    void stopTakesTheSceneDown();
    void endingUnansweredIsJournalled_data();
    void endingUnansweredIsJournalled();

private:
    bool startNetwork();

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<VirtualNetwork> m_network;
};

void TestMysteryDrill::init()
{
    m_journal = std::make_unique<Journal>();
    m_lab = std::make_unique<Lab>(m_journal.get(), nullptr);
    // A SYN without an answer is retried after a second; the probe must outlive a few.
    m_lab->setConnectTimeout(20000);
    m_network = std::make_unique<VirtualNetwork>(m_journal.get(), m_lab.get(), nullptr);
}

void TestMysteryDrill::cleanup()
{
    m_network.reset();
    m_lab.reset();
    m_journal.reset();
}

bool TestMysteryDrill::startNetwork()
{
    if (m_network->start())
        return true;
    qWarning("the lab network cannot be built here: %s", qPrintable(m_network->problem()));
    return false;
}

void TestMysteryDrill::choices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("spec"); // what toSpec() gives back; empty: any
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("name") << "zerowindow" << true << "zerowindow"
                          << "";
    QTest::newRow("name in capitals") << "BlackHole" << true << "blackhole"
                                      << "";
    QTest::newRow("random") << "random" << true << ""
                            << "";
    QTest::newRow("seeded") << "random:42" << true << "random:42"
                            << "";
    QTest::newRow("largest seed") << "random:4294967295" << true << "random:4294967295"
                                  << "";
    QTest::newRow("empty") << "" << false << ""
                           << "random:SEED";
    QTest::newRow("unknown") << "firewall" << false << ""
                             << "wrongforward";
    QTest::newRow("seed too large") << "random:4294967296" << false << ""
                                    << "4294967295";
    QTest::newRow("negative seed") << "random:-1" << false << ""
                                   << "whole number";
    QTest::newRow("signed seed") << "random:+1" << false << ""
                                 << "whole number";
    QTest::newRow("empty seed") << "random:" << false << ""
                                << "whole number";
    QTest::newRow("letters as seed") << "random:abc" << false << ""
                                     << "whole number";
}

void TestMysteryDrill::choices()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, spec);
    QFETCH(QString, problemMentions);
    QString error;
    const std::optional<DrillChoice> choice = DrillChoice::parse(text, &error);
    QCOMPARE(bool(choice), ok);
    if (!ok) {
        QVERIFY2(error.contains(problemMentions), qPrintable(error));
        return;
    }
    if (!spec.isEmpty())
        QCOMPARE(choice->toSpec(), spec);
    // What a recording says reads back as the same drill.
    const std::optional<DrillChoice> again = DrillChoice::parse(choice->toSpec(), &error);
    QVERIFY(again);
    QCOMPARE(again->fault, choice->fault);
}

void TestMysteryDrill::seedPicksTheSameFault()
{
    QSet<DrillFault> seen;
    for (quint32 seed = 0; seed < 200; ++seed) {
        QCOMPARE(DrillChoice::pick(seed), DrillChoice::pick(seed));
        seen.insert(DrillChoice::pick(seed));
    }
    // Every fault comes up for some seed.
    QCOMPARE(seen.size(), drillFaults().size());
}

void TestMysteryDrill::faultLeavesItsEvidence_data()
{
    QTest::addColumn<DrillFault>("fault");
    for (const DrillFault fault : drillFaults())
        QTest::newRow(drillFaultKey(fault).data()) << fault;
}

void TestMysteryDrill::faultLeavesItsEvidence()
{
    QFETCH(DrillFault, fault);
    if (!startNetwork())
        QSKIP("no user namespaces here");
    if (!m_network->network()->hasNat())
        QSKIP("nft is missing: the router cannot forward a port or filter");
    MysteryDrill drill(m_lab.get(), m_network.get());
    QString problem;
    QVERIFY2(drill.start(DrillChoice::named(fault), &problem), qPrintable(problem));
    QVERIFY(!drill.evidence().found());

    const qint32 probe = drill.probe();
    QVERIFY(probe >= 0);
    // A retried SYN takes a second, and zero-window needs the bytes sent.
    QTRY_VERIFY2_WITH_TIMEOUT(drill.evidence().found(), qPrintable(capturedPackets(*m_journal)), 8000);
    const DrillEvidence evidence = drill.evidence();
    const Event &proof = m_journal->at(evidence.index);
    QCOMPARE(proof.kind, EventKind::Segment);
    QCOMPARE(proof.source, EventSource::Capture);

    // The proof of no other fault: the drill points at one answer.
    for (const DrillFault other : drillFaults()) {
        if (other == fault)
            continue;
        const DrillEvidence wrong = DrillEvidence::find(*m_journal, other);
        QVERIFY2(!wrong.found(),
            qPrintable(QStringLiteral("%1 also looks like %2:\n%3")
                           .arg(drillFaultKey(fault), drillFaultKey(other), capturedPackets(*m_journal))));
    }

    // What the learner's own socket went through fits too.
    const SocketInfo *learner = m_lab->info(probe);
    switch (fault) {
    case DrillFault::OneWayBlackHole:
    case DrillFault::PortDrops:
    case DrillFault::FullBacklog:
        QVERIFY(learner);
        QCOMPARE(learner->qtState, QAbstractSocket::ConnectingState); // SYN_SENT, stuck
        break;
    case DrillFault::PortRejects:
    case DrillFault::WrongForward:
        QTRY_VERIFY(!m_lab->info(probe) || !m_lab->info(probe)->isOpen()); // refused
        break;
    case DrillFault::ZeroWindow:
        QVERIFY(learner);
        QCOMPARE(learner->qtState, QAbstractSocket::ConnectedState);
        QCOMPARE(proof.window, quint32(0));
        // The server accepted the probe and simply does not read: no paused accept gives it away.
        QVERIFY(m_lab->info(drill.serverSocket()));
        QVERIFY(!m_lab->info(drill.serverSocket())->acceptingPaused);
        QVERIFY2(!journalHas(*m_journal, EventKind::AcceptingPaused), "the accept was paused");
        QTRY_VERIFY2(acceptedBy(*m_lab, drill.serverSocket()) >= 1, "the server accepted nothing");
        // Nor does the journal say that the server stopped reading.
        QVERIFY2(!journalHas(*m_journal, EventKind::ReadingPaused), "the reading pause was journalled");
        break;
    }
    m_lab->abort(probe);
}

void TestMysteryDrill::guessesAreJournalled()
{
    if (!startNetwork())
        QSKIP("no user namespaces here");
    if (!m_network->network()->hasNat())
        QSKIP("nft is missing: the router cannot forward a port or filter");
    MysteryDrill drill(m_lab.get(), m_network.get());
    QString problem;
    QVERIFY2(drill.start(DrillChoice::seeded(7), &problem), qPrintable(problem));
    const DrillFault hidden = DrillChoice::pick(7);
    QCOMPARE(drill.fault(), hidden);
    // The start names the seed, not the fault.
    QStringList said = notes(*m_journal);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().contains(QLatin1String("random:7")), qPrintable(said.constFirst()));
    QVERIFY(!said.constFirst().contains(drillFaultKey(hidden)));

    QSignalSpy guessed(&drill, &MysteryDrill::guessed);
    QVERIFY(guessed.isValid());
    const DrillFault wrong
        = hidden == DrillFault::ZeroWindow ? DrillFault::PortDrops : DrillFault::ZeroWindow;
    QVERIFY(!drill.guess(wrong));
    QVERIFY(!drill.isRevealed());
    QVERIFY(drill.guess(hidden));
    QVERIFY(drill.isRevealed());
    QCOMPARE(guessed.size(), 2);
    QCOMPARE(guessed.at(0).at(1).toBool(), false);
    QCOMPARE(guessed.at(1).at(1).toBool(), true);
    said = notes(*m_journal);
    QCOMPARE(said.size(), 3);
    QVERIFY(said.at(1).contains(drillFaultKey(wrong)) && said.at(1).contains(QLatin1String("wrong")));
    QVERIFY(said.at(2).contains(drillFaultKey(hidden)) && said.at(2).contains(QLatin1String("right")));
    // Notes, not failures: no socket is marked as failed by them.
    for (qsizetype i = 0; i < m_journal->count(); ++i) {
        const Event &e = m_journal->at(i);
        if (e.kind == EventKind::Error)
            QCOMPARE(e.socket, -1);
    }
}

void TestMysteryDrill::stopTakesTheSceneDown()
{
    if (!startNetwork())
        QSKIP("no user namespaces here");
    if (!m_network->network()->hasNat())
        QSKIP("nft is missing: the router cannot forward a port or filter");
    MysteryDrill drill(m_lab.get(), m_network.get());
    QString problem;
    QVERIFY2(drill.start(DrillChoice::named(DrillFault::PortDrops), &problem), qPrintable(problem));
    QCOMPARE(m_network->network()->natRules().size(), 1);
    QVERIFY(!m_network->network()->routerFilter().isEmpty());
    // A second drill replaces the first: one rule, one server.
    QVERIFY2(drill.start(DrillChoice::named(DrillFault::WrongForward), &problem), qPrintable(problem));
    QCOMPARE(m_network->network()->natRules().size(), 1);
    QCOMPARE(m_network->network()->natRules().constFirst().targetPort, DrillScene::kWrongPort);
    QVERIFY(m_network->network()->routerFilter().isEmpty());
    drill.stop();
    QVERIFY(!drill.isRunning());
    QVERIFY(m_network->network()->natRules().isEmpty());
}

void TestMysteryDrill::endingUnansweredIsJournalled_data()
{
    QTest::addColumn<QString>("answer"); // "", "wrong guess", "reveal"
    QTest::addColumn<QString>("ending"); // "network down" (as the app quits), "destroyed", "replaced"
    for (const char *ending : {"network down", "destroyed", "replaced"}) {
        for (const char *answer : {"", "wrong guess", "reveal"}) {
            const QByteArray name = QByteArray(ending) + ", " + (*answer ? answer : "no answer");
            QTest::newRow(name.constData()) << QString::fromLatin1(answer) << QString::fromLatin1(ending);
        }
    }
}

void TestMysteryDrill::endingUnansweredIsJournalled()
{
    QFETCH(QString, answer);
    QFETCH(QString, ending);
    if (!startNetwork())
        QSKIP("no user namespaces here");
    if (!m_network->network()->hasNat())
        QSKIP("nft is missing: the router cannot forward a port or filter");
    auto drill = std::make_unique<MysteryDrill>(m_lab.get(), m_network.get());
    QString problem;
    QVERIFY2(drill->start(DrillChoice::seeded(11), &problem), qPrintable(problem));
    const DrillFault hidden = drill->fault();
    if (answer == QLatin1String("wrong guess"))
        QVERIFY(
            !drill->guess(hidden == DrillFault::ZeroWindow ? DrillFault::PortDrops : DrillFault::ZeroWindow));
    else if (answer == QLatin1String("reveal"))
        drill->reveal();
    const qsizetype before = m_journal->count();

    if (ending == QLatin1String("network down")) {
        // What Session::shutDown does when the app quits, while the recording still writes.
        m_network->stop();
        QVERIFY(!drill->isRunning());
    } else if (ending == QLatin1String("destroyed")) {
        drill.reset();
    } else {
        QVERIFY2(drill->start(DrillChoice::named(DrillFault::PortDrops), &problem), qPrintable(problem));
    }

    const QStringList said = notes(*m_journal, before);
    QStringList unanswered;
    for (const QString &line : said) {
        if (line.contains(QLatin1String("unanswered")))
            unanswered << line;
    }
    if (!answer.isEmpty()) {
        QVERIFY2(unanswered.isEmpty(), qPrintable(said.join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(unanswered.size(), 1);
    // It names the drill as it was started, not the fault it hid.
    QVERIFY2(
        unanswered.constFirst().contains(QLatin1String("random:11")), qPrintable(unanswered.constFirst()));
    QVERIFY(!unanswered.constFirst().contains(drillFaultKey(hidden)));
}

QTEST_GUILESS_MAIN(TestMysteryDrill)
#include "tst_mysterydrill.moc"
