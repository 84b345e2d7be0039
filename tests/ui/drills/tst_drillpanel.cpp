#include "drills/drillchoice.h"
#include "drills/drillpanel.h"
#include "drills/drillplayhead.h"
#include "drills/drillscene.h"
#include "drills/drillwords.h"
#include "drills/mysterydrill.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "network/virtualnetwork.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"

#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::DrillFault)

// The Mystery fault page as a learner uses it: a wrong answer says what does not fit, a right
// one and Reveal point at the packet that proves the fault, and the page fits a projector.
class TestDrillPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wrongThenReveal();
    void probeThenRightAnswer();
    void revealMovesThePlayhead_data();
    void revealMovesThePlayhead();
    void fitsSmallScreens_data();
    void fitsSmallScreens();
    void replayHasNoDrill();

private:
    bool startNetwork();
    QRadioButton *answer(DrillFault fault) const
    {
        return m_panel->findChild<QRadioButton *>(QStringLiteral("drillAnswer_%1").arg(drillFaultKey(fault)));
    }
    QPushButton *button(const char *name) const
    {
        return m_panel->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QString feedback() const { return m_panel->findChild<QLabel *>(QStringLiteral("drillFeedback"))->text(); }

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<VirtualNetwork> m_network;
    std::unique_ptr<DrillPanel> m_panel;
};

void TestDrillPanel::init()
{
    m_journal = std::make_unique<Journal>();
    m_lab = std::make_unique<Lab>(m_journal.get(), nullptr);
    m_lab->setConnectTimeout(20000);
    m_network = std::make_unique<VirtualNetwork>(m_journal.get(), m_lab.get(), nullptr);
    m_panel = std::make_unique<DrillPanel>(m_lab.get(), m_network.get());
    m_panel->resize(640, 480);
    m_panel->show();
}

void TestDrillPanel::cleanup()
{
    m_panel.reset();
    m_network.reset();
    m_lab.reset();
    m_journal.reset();
}

bool TestDrillPanel::startNetwork()
{
    if (m_network->start() && m_network->network()->hasNat())
        return true;
    qWarning("the lab network cannot be built here: %s", qPrintable(m_network->problem()));
    return false;
}

void TestDrillPanel::wrongThenReveal()
{
    if (!startNetwork())
        QSKIP("no lab network with nft here");
    QVERIFY(m_panel->startDrill(DrillChoice::named(DrillFault::WrongForward)));
    QSignalSpy shown(m_panel.get(), &DrillPanel::evidenceShown);
    QVERIFY(shown.isValid());
    QVERIFY(!button("drillCheck")->isEnabled()); // nothing chosen yet

    answer(DrillFault::PortDrops)->click();
    QVERIFY(button("drillCheck")->isEnabled());
    button("drillCheck")->click();
    QCOMPARE(feedback(), DrillWords::doesNotFit(DrillFault::PortDrops));
    QVERIFY(button("drillReveal")->isEnabled()); // one may try again

    // Nothing was probed yet: Reveal probes by itself, then selects the proof.
    button("drillReveal")->click();
    QVERIFY(feedback().contains(DrillWords::title(DrillFault::WrongForward)));
    QVERIFY(shown.wait(15000));
    const qint64 index = shown.constFirst().at(0).toLongLong();
    QVERIFY(index >= 0 && index < m_journal->count());
    const Event &proof = m_journal->at(index);
    QCOMPARE(proof.kind, EventKind::Segment);
    QCOMPARE(
        m_journal->string(proof.remote), formatEndpoint(DrillScene::serverAddress(), DrillScene::kWrongPort));
    // Revealed: no more answers.
    QVERIFY(!button("drillReveal")->isEnabled());
    QVERIFY(!answer(DrillFault::WrongForward)->isEnabled());
}

void TestDrillPanel::probeThenRightAnswer()
{
    if (!startNetwork())
        QSKIP("no lab network with nft here");
    QVERIFY(m_panel->startDrill(DrillChoice::named(DrillFault::ZeroWindow)));
    QSignalSpy shown(m_panel.get(), &DrillPanel::evidenceShown);
    QVERIFY(shown.isValid());
    button("drillProbe")->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->drill()->evidence().found(), 10000);
    answer(DrillFault::ZeroWindow)->click();
    button("drillCheck")->click();
    QVERIFY2(feedback().contains(DrillWords::title(DrillFault::ZeroWindow)), qPrintable(feedback()));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().at(0).toLongLong(), qint64(m_panel->drill()->evidence().index));
    QCOMPARE(m_journal->at(m_panel->drill()->evidence().index).window, quint32(0));
}

void TestDrillPanel::revealMovesThePlayhead_data()
{
    QTest::addColumn<DrillFault>("fault");
    // The wrong port's SYN is drawn from its first capture (on remote's cable); the closed
    // window is first seen on pc-b's own cable, where the proof is.
    QTest::newRow("wrongforward") << DrillFault::WrongForward;
    QTest::newRow("zerowindow") << DrillFault::ZeroWindow;
}

// Reveal puts the timeline's playhead on the proving packet, as the window wires it.
void TestDrillPanel::revealMovesThePlayhead()
{
    QFETCH(DrillFault, fault);
    if (!startNetwork())
        QSKIP("no lab network with nft here");
    TimelinePanel timeline(m_journal.get());
    timeline.resize(800, 400);
    timeline.show();
    DrillPlayhead playhead(&timeline);
    connect(m_panel.get(), &DrillPanel::evidenceShown, &playhead,
        [&playhead](qint64 index, qint32) { playhead.show(index); });
    TimelinePlayback *playback = timeline.playback();
    QVERIFY(playback->isLive());

    QVERIFY(m_panel->startDrill(DrillChoice::named(fault)));
    QSignalSpy shown(m_panel.get(), &DrillPanel::evidenceShown);
    QVERIFY(shown.isValid());
    button("drillReveal")->click();
    QVERIFY(shown.wait(15000));
    const qint64 index = shown.constFirst().at(0).toLongLong();
    const Event &proof = m_journal->at(index);

    // The playhead leaves the present and stops just after the proof.
    QTRY_VERIFY_WITH_TIMEOUT(!playback->isLive(), DrillPlayhead::kRetryMs * DrillPlayhead::kTries);
    QTRY_COMPARE(playhead.pending(), qint64(-1));
    const qsizetype at = qsizetype(std::floor(playback->target()));
    const std::vector<TimelineItem> &items = timeline.layout().items();
    QVERIFY(at >= 1 && at <= qsizetype(items.size()));
    const TimelineItem &last = items[size_t(at - 1)];
    const bool itsOwnItem = qint64(last.event) == index;
    const bool itsMoment
        = last.t <= proof.t && (at == qsizetype(items.size()) || items[size_t(at)].t > proof.t);
    QVERIFY2(itsOwnItem || itsMoment,
        qPrintable(QStringLiteral("playhead at %1 of %2, last item from event %3 at %4 ns; proof %5 at %6 ns")
                       .arg(at)
                       .arg(items.size())
                       .arg(last.event)
                       .arg(last.t)
                       .arg(index)
                       .arg(proof.t)));
}

void TestDrillPanel::fitsSmallScreens_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<int>("width");
    // The tab's room at 1024x768 beside the workbench, normal and on a projector.
    QTest::newRow("normal") << 1.0 << 600;
    QTest::newRow("presentation") << 1.6 << 980;
}

void TestDrillPanel::fitsSmallScreens()
{
    QFETCH(qreal, scale);
    QFETCH(int, width);
    m_panel->setPresentationScale(scale);
    m_panel->resize(width, 400);
    QApplication::processEvents();
    auto *scroll = m_panel->findChild<QScrollArea *>(QStringLiteral("drillScroll"));
    QVERIFY(scroll);
    // Long words wrap; the page scrolls down, never sideways.
    QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(scroll->widget()->minimumSizeHint().width() <= width);
}

void TestDrillPanel::replayHasNoDrill()
{
    DrillPanel replay(nullptr, nullptr);
    QVERIFY(!replay.drill());
    QVERIFY(!replay.startDrill(DrillChoice::named(DrillFault::PortDrops)));
    QVERIFY(!replay.findChild<QLabel *>(QStringLiteral("drillFeedback"))->text().isEmpty());
}

QTEST_MAIN(TestDrillPanel)
#include "tst_drillpanel.moc"
