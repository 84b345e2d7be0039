#include "journal/journal.h"
#include "journal/recordingwriter.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelinetext.h"
#include "timeline/timelineview.h"
#include "timeline/timemapper.h"

#include <QtGui/QPainter>
#include <QtTest/QtTest>

#include <map>
#include <memory>

using namespace SocketScope;

// A class's worth of connections at the default zoom: a server and twenty clients, each
// connecting, sending a few bytes and closing, on the timeline as a 1024x768 window shows it.
// Every arrow and call marker in view says what it is, or is counted in a "+N" that says it;
// nothing vanishes without a trace and no two labels lie over each other.
class TestTimelineCrowd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMarkLabelledOrCounted_data();
    void everyMarkLabelledOrCounted();
    void presentStateNamedWhole_data();
    void presentStateNamedWhole();
    void denseStretchesCounted_data();
    void denseStretchesCounted();
    void burstLanesKeepTheirLabels();

private:
    static constexpr int kClients = 20;
    Journal m_journal;
    std::unique_ptr<KernelView> m_kernel;
    std::unique_ptr<Lab> m_lab;
};

void TestTimelineCrowd::initTestCase()
{
    m_kernel = std::make_unique<KernelView>(KernelSocketSource::best());
    m_kernel->start();
    m_lab = std::make_unique<Lab>(&m_journal, m_kernel.get());
    const Lab::Opened server = m_lab->listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const quint16 port = m_lab->info(server.id)->localPort;
    for (int c = 0; c < kClients; ++c) {
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!client.error);
        QTRY_VERIFY(hasEvent(m_journal, client.id, EventKind::Connected));
        QTRY_COMPARE(acceptedSockets(m_journal).size(), c + 1);
        const qint32 accepted = acceptedSockets(m_journal).back();
        QVERIFY(!m_lab->send(client.id, QByteArrayLiteral("hi!")));
        QTRY_VERIFY(hasEvent(m_journal, accepted, EventKind::DataReceived));
        QVERIFY(!m_lab->close(client.id));
        QTRY_VERIFY(hasEvent(m_journal, accepted, EventKind::Shutdown));
        QVERIFY(!m_lab->close(accepted));
        QTRY_VERIFY(hasEvent(m_journal, accepted, EventKind::Closed));
    }
    // To look at the same session in the app: --replay the file this writes.
    const QString keep = qEnvironmentVariable("SOCKETSCOPE_CROWD_RECORDING");
    if (!keep.isEmpty()) {
        RecordingWriter writer(&m_journal);
        QVERIFY2(writer.open(keep), qPrintable(writer.errorString()));
        writer.close();
    }
}

void TestTimelineCrowd::everyMarkLabelledOrCounted_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<int>("spacing");
    QTest::addColumn<int>("pagesDown"); // lanes scrolled by Page Down
    // The timeline panel's share of a 1024x768 window on the Timeline tab: beside the
    // workbench and over the event log (a view of about 610x320), and in presentation mode
    // (scale 1.6 at 768 pixels high) beside the state machine (a view of about 680x420).
    for (const qreal scale : {1.0, 1.6}) {
        const QString mode = scale > 1 ? QStringLiteral("presentation") : QStringLiteral("normal");
        const QSize panel = scale > 1 ? QSize(1024, 470) : QSize(611, 360);
        QTest::addRow("%s, by step", qPrintable(mode))
            << panel << scale << int(TimeMapper::Spacing::Steps) << 0;
        QTest::addRow("%s, by real time", qPrintable(mode))
            << panel << scale << int(TimeMapper::Spacing::RealTime) << 0;
        QTest::addRow("%s, by step, lanes scrolled", qPrintable(mode))
            << panel << scale << int(TimeMapper::Spacing::Steps) << 3;
        QTest::addRow("%s, by step, last lanes", qPrintable(mode))
            << panel << scale << int(TimeMapper::Spacing::Steps) << 100;
    }
}

void TestTimelineCrowd::everyMarkLabelledOrCounted()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(int, spacing);
    QFETCH(int, pagesDown);
    TimelinePanel panel(&m_journal);
    panel.resize(size);
    panel.setPresentationScale(scale);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TimelineView *view = panel.view();
    // The view as the window gives it (normal: about 610x330): where the panel gives the state
    // machine a share of its own width, the panel is widened by that share.
    if (scale == 1.0 && view->width() < 600) {
        panel.resize(size.width() + 611 - view->width(), size.height());
        QTRY_VERIFY(view->width() >= 600);
    }
    const TimelineLayout &layout = panel.layout();
    QTRY_COMPARE(layout.itemCount() > 0 && layout.revision() > 0, true);
    panel.playback()->toEnd();
    view->setSpacing(TimeMapper::Spacing(spacing));
    view->fitAll();
    for (int page = 0; page < pagesDown; ++page)
        QTest::keyClick(view, Qt::Key_PageDown);
    // The labels are placed as the view paints its picture.
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    view->render(&image);
    const TimelinePainter &painter = view->painter();
    const TimelinePainter::LabelLayout &labels = painter.lastLabels();
    const QRectF plot = painter.plotRect();

    // No two boxes overlap, labels and badges alike, and every one lies in the plot.
    std::vector<std::pair<QRectF, QString>> boxes;
    for (const auto &label : labels.labels)
        boxes.emplace_back(label.rect, label.text);
    for (const auto &badge : labels.badges)
        boxes.emplace_back(badge.rect, QStringLiteral("+%1").arg(badge.items.size()));
    for (size_t a = 0; a < boxes.size(); ++a) {
        QVERIFY2(
            plot.contains(boxes[a].first), qPrintable(boxes[a].second + QStringLiteral(" leaves the plot")));
        for (size_t b = a + 1; b < boxes.size(); ++b)
            QVERIFY2(!boxes[a].first.intersects(boxes[b].first),
                qPrintable(boxes[a].second + QStringLiteral(" lies over ") + boxes[b].second));
    }

    // Each arrow and call marker in view: its own label once, or counted in one badge.
    std::map<qsizetype, int> accounted;
    for (const auto &label : labels.labels)
        ++accounted[label.item];
    for (const auto &badge : labels.badges) {
        for (const qsizetype item : badge.items)
            ++accounted[item];
    }
    const TimelinePainter::Reveal all {layout.itemCount(), 0};
    const auto [first, last] = painter.visibleItems(all, 0);
    QVERIFY(last > first);
    const auto drawn = [&](LaneId lane) { return lane >= 0 && painter.rows().rowOf(lane) >= 0; };
    int marks = 0;
    int arrows = 0;
    int calls = 0;
    for (qsizetype i = first; i < last; ++i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (item.isHidden())
            continue;
        bool shown = false;
        const bool spans = item.isArrow() || (item.kind == TimelineItem::LaneOpened && item.toLane >= 0);
        if (spans) {
            // An arrow (or accept()'s curve to its clone) is in view where it crosses the plot.
            shown = drawn(item.lane) && drawn(item.toLane)
                && qMax(painter.laneY(item.lane), painter.laneY(item.toLane)) >= plot.top()
                && qMin(painter.laneY(item.lane), painter.laneY(item.toLane)) <= plot.bottom();
        } else if (item.kind == TimelineItem::Call || item.kind == TimelineItem::LaneOpened) {
            shown = drawn(item.lane) && painter.laneY(item.lane) >= plot.top()
                && painter.laneY(item.lane) <= plot.bottom();
        }
        if (item.isArrow())
            arrows += shown ? 1 : 0;
        else
            calls += shown ? 1 : 0;
        if (!shown)
            continue;
        ++marks;
        const auto it = accounted.find(i);
        QVERIFY2(it != accounted.end() && it->second == 1,
            qPrintable(QStringLiteral("%1 (item %2) is %3")
                           .arg(painter.itemLabel(i))
                           .arg(i)
                           .arg(it == accounted.end() ? QStringLiteral("neither labelled nor counted")
                                                      : QStringLiteral("counted %1 times").arg(it->second))));
    }
    // The lanes in view (taller where the kernel-number strips are shown) hold a few
    // connections' handshakes, data and closes, not a handful.
    QVERIFY2(arrows >= 12 && calls >= 12,
        qPrintable(QStringLiteral("%1 arrows, %2 calls").arg(arrows).arg(calls)));
    QVERIFY(!labels.labels.empty() && !labels.badges.empty());
    // A "+N" of one lane's calls is read as that lane's: it lies nearer that lane's line than
    // any other's (a client's calls were counted on the listener's band below it).
    std::vector<double> lines; // the lines in view
    for (size_t row = 0; row < painter.rows().lanes().size(); ++row) {
        const double y = painter.laneY(painter.rows().lanes()[row]);
        if (y >= plot.top() && y <= plot.bottom())
            lines.push_back(y);
    }
    int callBadges = 0;
    for (const auto &badge : labels.badges) {
        if (badge.items.empty())
            continue;
        const TimelineItem &one = layout.items()[size_t(badge.items.front())];
        const bool sameLane = std::all_of(badge.items.begin(), badge.items.end(), [&](qsizetype i) {
            const TimelineItem &item = layout.items()[size_t(i)];
            return item.kind == TimelineItem::Call && item.lane == one.lane;
        });
        if (!sameLane)
            continue;
        ++callBadges;
        const double y = badge.rect.center().y();
        const double own = std::abs(y - painter.laneY(one.lane));
        for (const double line : lines) {
            QVERIFY2(std::abs(y - line) >= own,
                qPrintable(QStringLiteral("a +%1 of %2 lies %3 px from its lane, %4 px from another")
                               .arg(badge.items.size())
                               .arg(painter.itemLabel(badge.items.front()))
                               .arg(own)
                               .arg(std::abs(y - line))));
        }
    }
    qInfo("%d badges of one lane's calls", callBadges);
    // Nothing counted that is not in view: a badge stands only for what the plot shows.
    int counted = 0;
    for (const auto &[item, times] : accounted)
        counted += times;
    QCOMPARE(counted, marks);
}

void TestTimelineCrowd::denseStretchesCounted_data()
{
    QTest::addColumn<int>("spacing");
    QTest::addRow("by step") << int(TimeMapper::Spacing::Steps);
    QTest::addRow("by real time") << int(TimeMapper::Spacing::RealTime);
}

// The whole session squeezed into a plot too narrow for a label (more than 1.5 items a pixel):
// there are no labels, but "+N" badges still say something is there, and what they count is
// what the plot shows.
void TestTimelineCrowd::denseStretchesCounted()
{
    QFETCH(int, spacing);
    TimelineLayout layout(&m_journal);
    layout.flush();
    TimeMapper mapper;
    mapper.setSpacing(TimeMapper::Spacing(spacing));
    mapper.setFolds(&layout.folds());
    TimelinePainter painter(layout, mapper);
    const qsizetype count = layout.itemCount();
    // A plot a third as many pixels wide as there are items.
    painter.setRect(QRectF(0, 0, painter.headWidth() + double(count) / 3, 900));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    if (mapper.spacing() == TimeMapper::Spacing::Steps)
        mapper.fit(0, double(count), 0);
    else
        mapper.fit(
            mapper.unitsOfTime(layout.items().front().t), mapper.unitsOfTime(layout.items().back().t), 0);
    const TimelinePainter::Reveal all {count, 0};
    const auto [first, last] = painter.visibleItems(all, 0);
    QVERIFY2(double(last - first) > TimelinePainter::kLabelledItemsPerPixel * plot.width(),
        qPrintable(QStringLiteral("%1 items over %2 pixels").arg(last - first).arg(plot.width())));

    const TimelinePainter::LabelLayout labels = painter.layoutLabels(all);
    QVERIFY(labels.labels.empty());
    QVERIFY(!labels.badges.empty());
    qsizetype counted = 0;
    for (size_t a = 0; a < labels.badges.size(); ++a) {
        const QRectF &r = labels.badges[a].rect;
        QVERIFY(plot.contains(r));
        QVERIFY(labels.badges[a].count() > 0);
        counted += labels.badges[a].count();
        for (size_t b = a + 1; b < labels.badges.size(); ++b)
            QVERIFY(!r.intersects(labels.badges[b].rect));
    }
    // Drawn as it was laid out, and hovering a badge says what it stands for.
    QImage image(painter.rect().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&image);
        painter.paintItems(p, all);
    }
    QCOMPARE(painter.lastLabels().badges.size(), labels.badges.size());
    QVERIFY(!painter.badgeTextAt(labels.badges.front().rect.center()).isEmpty());
    QVERIFY(counted <= last - first);
    QVERIFY2(counted * 2 >= last - first,
        qPrintable(QStringLiteral("%1 of %2 items counted").arg(counted).arg(last - first)));
}

// Six clients connecting at once, as a 1024x768 window shows them at Fit: the accepted
// sockets' lanes stand close under the listener, each with accept()'s clone curve and the
// report on its own line beside it. The curve's label takes its room beside the curve; the
// report still has room under its marker and says what it is there, not in a "+1" beside an
// empty lane (as it did when the clone's label closed the whole stretch to further labels).
void TestTimelineCrowd::burstLanesKeepTheirLabels()
{
    Journal journal;
    Lab lab(&journal, m_kernel.get());
    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const quint16 port = lab.info(server.id)->localPort;
    QList<qint32> clients;
    for (int c = 0; c < 6; ++c) {
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!client.error);
        clients << client.id;
    }
    for (const qint32 client : clients)
        QTRY_VERIFY(hasEvent(journal, client, EventKind::Connected));
    QTRY_COMPARE(acceptedSockets(journal).size(), 6);

    TimelinePanel panel(&journal);
    panel.resize(611, 360);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TimelineView *view = panel.view();
    if (view->width() < 600) {
        panel.resize(611 + 611 - view->width(), 360);
        QTRY_VERIFY(view->width() >= 600);
    }
    const TimelineLayout &layout = panel.layout();
    QTRY_COMPARE(layout.itemCount() > 0 && layout.revision() > 0, true);
    panel.playback()->toEnd();
    view->setSpacing(TimeMapper::Spacing::Steps);
    view->fitAll();
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    view->render(&image);
    const TimelinePainter &painter = view->painter();
    const TimelinePainter::LabelLayout &labels = painter.lastLabels();
    const QRectF plot = painter.plotRect();

    std::map<qsizetype, QString> labelled;
    for (const auto &label : labels.labels)
        labelled[label.item] = label.text;
    const TimelinePainter::Reveal all {layout.itemCount(), 0};
    const auto [first, last] = painter.visibleItems(all, 0);
    int checked = 0;
    for (qsizetype i = first; i < last; ++i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (item.kind != TimelineItem::Call || item.isHidden() || layout.lane(item.lane).parent < 0)
            continue;
        if (painter.rows().rowOf(item.lane) < 0 || painter.laneY(item.lane) < plot.top()
            || painter.laneY(item.lane) > plot.bottom())
            continue;
        ++checked;
        QVERIFY2(labelled.count(i),
            qPrintable(QStringLiteral("%1 on an accepted socket's lane is only counted in a badge")
                           .arg(painter.itemLabel(i))));
    }
    QVERIFY2(checked >= 2, qPrintable(QStringLiteral("%1 calls on accepted lanes in view").arg(checked)));
}

void TestTimelineCrowd::presentStateNamedWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("1024x768") << QSize(611, 360) << 1.0;
    QTest::newRow("1024x768, presentation") << QSize(1024, 470) << 1.6;
    QTest::newRow("1920x1080") << QSize(1500, 600) << 1.0;
}

// A connection just made: both ends are ESTABLISHED up to the right edge of the plot, where
// the stretch is short. The name is drawn whole inside the plot, not cut to "ES...".
void TestTimelineCrowd::presentStateNamedWhole()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    Journal journal;
    Lab lab(&journal, m_kernel.get());
    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY(!server.error);
    const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(server.id)->localPort);
    QVERIFY(!client.error);
    QTRY_VERIFY(hasEvent(journal, client.id, EventKind::Connected));
    QTRY_VERIFY(acceptedSocket(journal) >= 0);
    const qint32 accepted = acceptedSocket(journal);
    TimelinePanel panel(&journal);
    panel.resize(size);
    panel.setPresentationScale(scale);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const TimelineLayout &layout = panel.layout();
    // The kernel's word on both ends has reached the timeline.
    const auto established = [&](qint32 socket) {
        const LaneId lane = layout.laneOfSocket(socket);
        return lane >= 0 && !layout.lane(lane).states.empty()
            && layout.lane(lane).states.back().state == TcpState::Established;
    };
    QTRY_VERIFY(established(client.id) && established(accepted));
    TimelineView *view = panel.view();
    panel.playback()->toEnd();
    view->fitAll();
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    view->render(&image);
    const TimelinePainter &painter = view->painter();
    const TimelinePainter::Reveal all {layout.itemCount(), 0};
    for (const qint32 socket : {client.id, accepted}) {
        const TimelinePainter::NowStateName name = painter.nowStateName(layout.laneOfSocket(socket), all);
        QCOMPARE(name.text,
            TimelineText::callLabel({0, 0, 0, layout.laneOfSocket(socket), -1, 0, TimelineItem::State,
                quint8(TcpState::Established)}));
        QVERIFY(painter.plotRect().contains(name.rect));
        for (const auto &label : painter.lastLabels().labels)
            QVERIFY2(!label.rect.intersects(name.rect), qPrintable(label.text));
        for (const auto &badge : painter.lastLabels().badges)
            QVERIFY(!badge.rect.intersects(name.rect));
    }
    QVERIFY(!lab.close(client.id));
    QVERIFY(!lab.close(accepted));
}

QTEST_MAIN(TestTimelineCrowd)
#include "tst_timelinecrowd.moc"
