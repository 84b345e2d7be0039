#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "models/labels.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelinetext.h"
#include "timeline/timelineview.h"
#include "timeline/timemapper.h"

#include <QtTest/QtTest>

#include <memory>
#include <set>

using namespace SocketScope;

namespace {

// Whether the segment passes through the box: sampled finely, which is plenty for a test.
bool lineCrosses(const QLineF &line, const QRectF &box)
{
    constexpr int kSamples = 200;
    for (int i = 0; i <= kSamples; ++i) {
        if (box.contains(line.pointAt(double(i) / kSamples)))
            return true;
    }
    return false;
}

} // namespace

// The labels of the timeline: every arrow and call named at the default zoom, none over
// another, the calls with their key argument, and sequence numbers counted as Wireshark does.
class TestTimelineLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLabelPlacedAtFit_data();
    void everyLabelPlacedAtFit();
    void callLabelsCarryTheirArgument_data();
    void callLabelsCarryTheirArgument();
    void sequenceNumbersFromEachSidesFirst_data();
    void sequenceNumbersFromEachSidesFirst();
    void windowIsScaledAsTheHandshakeSaid_data();
    void windowIsScaledAsTheHandshakeSaid();
    void arrowsSlantTowardsTheReceiver();
    void twoPickedEventsShowTheTimeBetween();
    void labelShortensToFit_data();
    void labelShortensToFit();
    void crowdedCallLabelGoesAside();

private:
    // One real session on loopback: connect, send twelve bytes, close both ends.
    Journal m_journal;
    std::unique_ptr<KernelView> m_kernel;
    std::unique_ptr<Lab> m_lab;
    qint32 m_listener = -1;
    qint32 m_client = -1;
    qint32 m_accepted = -1;
    quint16 m_port = 0;
};

void TestTimelineLabels::initTestCase()
{
    m_kernel = std::make_unique<KernelView>(KernelSocketSource::best());
    m_kernel->start();
    m_lab = std::make_unique<Lab>(&m_journal, m_kernel.get());
    const Lab::Opened server = m_lab->listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    m_listener = server.id;
    m_port = m_lab->info(server.id)->localPort;
    const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, m_port);
    QVERIFY(!client.error);
    m_client = client.id;
    QTRY_VERIFY(hasEvent(m_journal, m_client, EventKind::Connected));
    QTRY_VERIFY(acceptedSocket(m_journal) >= 0);
    m_accepted = acceptedSocket(m_journal);
    QVERIFY(!m_lab->send(m_client, QByteArrayLiteral("hello world!")));
    QTRY_VERIFY(hasEvent(m_journal, m_accepted, EventKind::DataReceived));
    QVERIFY(!m_lab->close(m_client));
    QTRY_VERIFY(hasEvent(m_journal, m_accepted, EventKind::Shutdown));
    QVERIFY(!m_lab->close(m_accepted));
    QTRY_VERIFY(hasEvent(m_journal, m_accepted, EventKind::Closed));
}

void TestTimelineLabels::everyLabelPlacedAtFit_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("spacing");
    // The timeline's share of a 1024x768 window beside the workbench, and the whole screen.
    QTest::newRow("window part, by step") << QSize(610, 330) << int(TimeMapper::Spacing::Steps);
    QTest::newRow("window part, by real time") << QSize(610, 330) << int(TimeMapper::Spacing::RealTime);
    QTest::newRow("1024x768, by step") << QSize(1024, 768) << int(TimeMapper::Spacing::Steps);
    QTest::newRow("1920x1080, by real time") << QSize(1920, 1080) << int(TimeMapper::Spacing::RealTime);
}

void TestTimelineLabels::everyLabelPlacedAtFit()
{
    QFETCH(QSize, size);
    QFETCH(int, spacing);
    TimelineLayout layout(&m_journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    mapper.setFolds(&layout.folds());
    mapper.setSpacing(TimeMapper::Spacing(spacing));
    TimelinePainter painter(layout, mapper);
    painter.setRect(QRectF(QPointF(0, 0), QSizeF(size)));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    // Fit, as the view does it.
    const qsizetype count = layout.itemCount();
    if (mapper.spacing() == TimeMapper::Spacing::Steps)
        mapper.fit(0, double(count), 40);
    else
        mapper.fit(
            mapper.unitsOfTime(layout.items().front().t), mapper.unitsOfTime(layout.items().back().t), 40);

    const TimelinePainter::LabelLayout labels = painter.layoutLabels({count, 0});
    QVERIFY(!labels.labels.empty());

    // No two boxes overlap: labels and badges alike.
    std::vector<QRectF> boxes;
    for (const auto &label : labels.labels)
        boxes.push_back(label.rect);
    for (const auto &badge : labels.badges)
        boxes.push_back(badge.rect);
    for (size_t a = 0; a < boxes.size(); ++a) {
        QVERIFY2(plot.contains(boxes[a]), qPrintable(QStringLiteral("box %1 leaves the plot").arg(a)));
        for (size_t b = a + 1; b < boxes.size(); ++b)
            QVERIFY2(!boxes[a].intersects(boxes[b]),
                qPrintable(QStringLiteral("boxes %1 and %2 overlap").arg(a).arg(b)));
    }
    // No label lies across a lane's line.
    for (const auto &label : labels.labels) {
        for (const LaneId lane : painter.rows().lanes()) {
            const double y = painter.laneY(lane);
            QVERIFY2(y < label.rect.top() || y > label.rect.bottom(),
                qPrintable(label.text + QStringLiteral(" lies across a lane")));
        }
    }

    // Every arrow and call has its label once, or is counted in one badge.
    std::multiset<qsizetype> accounted;
    std::set<qsizetype> arrowsLabelled;
    for (const auto &label : labels.labels) {
        accounted.insert(label.item);
        if (layout.items()[size_t(label.item)].isArrow())
            arrowsLabelled.insert(label.item);
    }
    for (const auto &badge : labels.badges)
        accounted.insert(badge.items.begin(), badge.items.end());
    int arrows = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (item.isHidden())
            continue;
        const bool labelled
            = item.isArrow() || item.kind == TimelineItem::Call || item.kind == TimelineItem::LaneOpened;
        QCOMPARE(accounted.count(i), labelled ? size_t(1) : size_t(0));
        arrows += item.isArrow() ? 1 : 0;
    }
    QVERIFY(arrows >= 8); // a handshake, the data, two FINs and their ACKs
    // At Fit on a full screen there is room for each arrow's own label.
    if (size.width() >= 1024)
        QCOMPARE(int(arrowsLabelled.size()), arrows);

    // The arrows read as the handshake: SYN, SYN+ACK, ACK, and the data with its size.
    QStringList names;
    for (const auto &label : labels.labels)
        names << label.text;
    for (const auto &badge : labels.badges) {
        for (const qsizetype item : badge.items)
            names << painter.itemLabel(item);
    }
    // In a part of a window, by real time, the data may stand close enough to the close that its
    // label keeps only its flags (zoomed in, the size is back): how close depends on how busy the
    // machine was while the session ran.
    const QString data = QStringLiteral("PSH+ACK ") + Labels::bytes(12);
    const bool mayBeShort
        = size.width() < 1024 && mapper.spacing() == TimeMapper::Spacing::RealTime && !names.contains(data);
    for (const QString &name : {QStringLiteral("SYN"), QStringLiteral("SYN+ACK"), QStringLiteral("ACK"),
             QStringLiteral("FIN"), mayBeShort ? QStringLiteral("PSH+ACK") : data})
        QVERIFY2(
            names.contains(name), qPrintable(name + QStringLiteral(" missing from ") + names.join(u", ")));
}

void TestTimelineLabels::callLabelsCarryTheirArgument_data()
{
    QTest::addColumn<int>("socketKind"); // 0 listener, 1 client, 2 accepted
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    const QString port = QString::number(m_port);
    QTest::newRow("socket") << 0 << -1 << QStringLiteral("socket()");
    QTest::newRow("bind") << 0 << int(EventKind::Bound) << QStringLiteral("bind(:%1)").arg(port);
    QTest::newRow("listen") << 0 << int(EventKind::Listening) << QStringLiteral("listen(%1)");
    QTest::newRow("connect") << 1 << int(EventKind::ConnectStarted) << QStringLiteral("connect()");
    QTest::newRow("accept") << 0 << int(EventKind::Accepted) << QStringLiteral("accept() \u2192 #%2");
    QTest::newRow("send") << 1 << int(EventKind::DataSent)
                          << QStringLiteral("send(%1)").arg(Labels::bytes(12));
    QTest::newRow("recv") << 2 << int(EventKind::DataReceived)
                          << QStringLiteral("recv() \u2192 %1").arg(Labels::bytes(12));
    QTest::newRow("close") << 1 << int(EventKind::CloseCalled) << QStringLiteral("close()");
}

void TestTimelineLabels::callLabelsCarryTheirArgument()
{
    QFETCH(int, socketKind);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    TimelineLayout layout(&m_journal);
    QVERIFY(layout.update());
    const qint32 socket = socketKind == 0 ? m_listener : socketKind == 1 ? m_client : m_accepted;
    const LaneId lane = layout.laneOfSocket(socket);
    QVERIFY(lane >= 0);
    if (expected.contains(QLatin1String("listen(")))
        expected = expected.arg(eventsOf(m_journal, m_listener, EventKind::Listening).value(0).value);
    if (expected.contains(QLatin1String("#%2")))
        expected = expected.arg(m_accepted);
    QString found;
    for (const TimelineItem &item : layout.items()) {
        if (item.lane != lane)
            continue;
        const bool match = kind < 0 ? item.kind == TimelineItem::LaneOpened && item.toLane < 0
                                    : item.kind == TimelineItem::Call && item.code == quint8(kind);
        if (match) {
            found = TimelineText::callLabel(layout, item);
            break;
        }
    }
    QCOMPARE(found, expected);
}

namespace {
// A captured TCP segment, as the capture journals it.
Event segment(Journal &journal, qint64 t, const QString &from, const QString &to, quint8 flags, quint32 seq,
    quint32 ack, quint32 length = 0)
{
    Event e;
    e.t = t;
    e.kind = EventKind::Segment;
    e.source = EventSource::Capture;
    e.proto = Protocol::Tcp;
    e.local = journal.intern(from);
    e.remote = journal.intern(to);
    e.flags = flags;
    e.value = seq;
    e.value2 = ack;
    e.length = length;
    e.window = 65483;
    return e;
}
} // namespace

void TestTimelineLabels::sequenceNumbersFromEachSidesFirst_data()
{
    QTest::addColumn<quint32>("clientIsn");
    QTest::addColumn<quint32>("serverIsn");
    QTest::addColumn<bool>("absolute");
    QTest::addColumn<bool>("window");
    QTest::addColumn<QStringList>("expected");
    const QString data = QStringLiteral("PSH+ACK ") + Labels::bytes(12);
    QTest::newRow("relative") << 1000000u << 5000000u << false << false
                              << QStringList {QStringLiteral("SYN seq 0"),
                                     QStringLiteral("SYN+ACK seq 0 ack 1"), QStringLiteral("ACK seq 1 ack 1"),
                                     data + QStringLiteral(" seq 1 ack 1"),
                                     QStringLiteral("ACK seq 1 ack 13"), QStringLiteral("FIN seq 13 ack 1")};
    // Sequence numbers wrap at 2^32: counted from the first, they still go 0, 1, 13.
    QTest::newRow("relative across the wrap")
        << 4294967290u << 7u << false << false
        << QStringList {QStringLiteral("SYN seq 0"), QStringLiteral("SYN+ACK seq 0 ack 1"),
               QStringLiteral("ACK seq 1 ack 1"), data + QStringLiteral(" seq 1 ack 1"),
               QStringLiteral("ACK seq 1 ack 13"), QStringLiteral("FIN seq 13 ack 1")};
    QTest::newRow("absolute") << 1000000u << 5000000u << true << false
                              << QStringList {QStringLiteral("SYN seq 1000000"),
                                     QStringLiteral("SYN+ACK seq 5000000 ack 1000001"),
                                     QStringLiteral("ACK seq 1000001 ack 5000001"),
                                     data + QStringLiteral(" seq 1000001 ack 5000001"),
                                     QStringLiteral("ACK seq 5000001 ack 1000013"),
                                     QStringLiteral("FIN seq 1000013 ack 5000001")};
    QTest::newRow("with the window") << 1000000u << 5000000u << false << true
                                     << QStringList {QStringLiteral("SYN seq 0 win 65483"),
                                            QStringLiteral("SYN+ACK seq 0 ack 1 win 65483"),
                                            QStringLiteral("ACK seq 1 ack 1 win 65483"),
                                            data + QStringLiteral(" seq 1 ack 1 win 65483"),
                                            QStringLiteral("ACK seq 1 ack 13 win 65483"),
                                            QStringLiteral("FIN seq 13 ack 1 win 65483")};
}

void TestTimelineLabels::sequenceNumbersFromEachSidesFirst()
{
    QFETCH(quint32, clientIsn);
    QFETCH(quint32, serverIsn);
    QFETCH(bool, absolute);
    QFETCH(bool, window);
    QFETCH(QStringList, expected);
    Journal journal;
    const QString c = QStringLiteral("127.0.0.1:40000");
    const QString s = QStringLiteral("127.0.0.1:5000");
    // The data is read first and the handshake late: the origins still come from the SYNs.
    journal.append(segment(journal, 4000, c, s, FlagPsh | FlagAck, clientIsn + 1, serverIsn + 1, 12));
    journal.append(segment(journal, 1000, c, s, FlagSyn, clientIsn, 0));
    journal.append(segment(journal, 2000, s, c, FlagSyn | FlagAck, serverIsn, clientIsn + 1));
    journal.append(segment(journal, 3000, c, s, FlagAck, clientIsn + 1, serverIsn + 1));
    journal.append(segment(journal, 5000, s, c, FlagAck, serverIsn + 1, clientIsn + 13));
    journal.append(segment(journal, 6000, c, s, FlagFin | FlagAck, clientIsn + 13, serverIsn + 1));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    TimelinePainter painter(layout, mapper);
    TimelinePainter::LabelOptions options;
    options.absoluteNumbers = absolute;
    options.window = window;
    painter.setLabelOptions(options);
    QStringList labels;
    for (qsizetype i = 0; i < layout.itemCount(); ++i) {
        if (layout.items()[size_t(i)].isArrow())
            labels << painter.itemLabel(i);
    }
    QCOMPARE(labels, expected);
}

// A window is shifted by its sender's scale only when both SYNs offered scaling (RFC 7323),
// never on a SYN; without the handshake the label says the scale is unknown.
void TestTimelineLabels::windowIsScaledAsTheHandshakeSaid_data()
{
    QTest::addColumn<int>("clientShift"); // -1: the SYN offered none; -2: the SYN was not seen
    QTest::addColumn<int>("serverShift");
    QTest::addColumn<QStringList>("expected");
    // Words the last ACK's tooltip must hold: the field, the scale, the bytes, or why unknown.
    QTest::addColumn<QStringList>("tip");
    const QString syn = QStringLiteral("SYN seq 1000 win 64240");
    const QString synAck = QStringLiteral("SYN+ACK seq 5000 ack 1001 win 65160");
    const auto acks = [](const QString &client, const QString &server) {
        return QStringList {QStringLiteral("ACK seq 1001 ack 5001 win ") + client,
            QStringLiteral("ACK seq 5001 ack 1001 win ") + server};
    };
    // 502 << 7 = 64256 and 509 << 9 = 260608: each side by its own shift.
    QTest::newRow("both offered") << 7 << 9
                                  << QStringList {syn, synAck}
            + acks(QStringLiteral("64256"), QStringLiteral("260608"))
                                  << QStringList {QStringLiteral("260608 bytes"), QStringLiteral("says 509"),
                                         QStringLiteral("scale is 9"), QStringLiteral("multiplied by 512")};
    QTest::newRow("largest shift") << 14 << 14
                                   << QStringList {syn, synAck}
            + acks(QStringLiteral("8224768"), QStringLiteral("8339456"))
                                   << QStringList {QStringLiteral("8339456 bytes"),
                                          QStringLiteral("says 509"), QStringLiteral("scale is 14")};
    QTest::newRow("shift 0") << 0 << 0
                             << QStringList {syn, synAck} + acks(QStringLiteral("502"), QStringLiteral("509"))
                             << QStringList {QStringLiteral("509 bytes"), QStringLiteral("scale is 0")};
    QTest::newRow("server offered none")
        << 7 << -1 << QStringList {syn, synAck} + acks(QStringLiteral("502"), QStringLiteral("509"))
        << QStringList {QStringLiteral("509 bytes"), QStringLiteral("did not offer")};
    QTest::newRow("client offered none")
        << -1 << 9 << QStringList {syn, synAck} + acks(QStringLiteral("502"), QStringLiteral("509"))
        << QStringList {QStringLiteral("509 bytes"), QStringLiteral("did not offer")};
    QTest::newRow("handshake not seen")
        << -2 << -2 << acks(QStringLiteral("502 (scale unknown)"), QStringLiteral("509 (scale unknown)"))
        << QStringList {QStringLiteral("says 509, scale unknown"), QStringLiteral("were not seen")};
    QTest::newRow("only the SYN, offering")
        << 7 << -2
        << QStringList {syn}
            + acks(QStringLiteral("502 (scale unknown)"), QStringLiteral("509 (scale unknown)"))
        << QStringList {QStringLiteral("says 509, scale unknown"), QStringLiteral("Only one side")};
    // A side that offered nothing switches scaling off for both, whatever the other said.
    QTest::newRow("only the SYN, offering none")
        << -1 << -2 << QStringList {syn} + acks(QStringLiteral("502"), QStringLiteral("509"))
        << QStringList {QStringLiteral("509 bytes"), QStringLiteral("did not offer")};
}

void TestTimelineLabels::windowIsScaledAsTheHandshakeSaid()
{
    QFETCH(int, clientShift);
    QFETCH(int, serverShift);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, tip);
    Journal journal;
    const QString c = QStringLiteral("127.0.0.1:40000");
    const QString s = QStringLiteral("127.0.0.1:5000");
    const auto add = [&](qint64 t, const QString &from, const QString &to, quint8 flags, quint32 seq,
                         quint32 ack, quint32 window, int shift) {
        Event e = segment(journal, t, from, to, flags, seq, ack);
        e.window = window;
        if (shift >= 0)
            e.windowScale = quint8(shift);
        journal.append(e);
    };
    if (clientShift != -2)
        add(1000, c, s, FlagSyn, 1000, 0, 64240, clientShift);
    if (serverShift != -2)
        add(2000, s, c, FlagSyn | FlagAck, 5000, 1001, 65160, serverShift);
    add(3000, c, s, FlagAck, 1001, 5001, 502, -1);
    add(4000, s, c, FlagAck, 5001, 1001, 509, -1);
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    TimelinePainter painter(layout, mapper);
    TimelinePainter::LabelOptions options;
    options.absoluteNumbers = true;
    options.window = true;
    painter.setLabelOptions(options);
    QStringList labels;
    for (qsizetype i = 0; i < layout.itemCount(); ++i) {
        if (layout.items()[size_t(i)].isArrow())
            labels << painter.itemLabel(i);
    }
    QCOMPARE(labels, expected);
    const QString tooltip = painter.itemTooltip(layout.itemCount() - 1);
    for (const QString &words : tip)
        QVERIFY2(tooltip.contains(words), qPrintable(tooltip + QStringLiteral("\nlacks: ") + words));
}

// An arrow leaves its sender when the packet left and reaches the receiver later: by step it
// slants one step, by real time a little, and always towards its receiver's lane.
void TestTimelineLabels::arrowsSlantTowardsTheReceiver()
{
    TimelineLayout layout(&m_journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    mapper.setFolds(&layout.folds());
    TimelinePainter painter(layout, mapper);
    painter.setRect(QRectF(0, 0, 1024, 600));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    for (const TimeMapper::Spacing spacing : {TimeMapper::Spacing::Steps, TimeMapper::Spacing::RealTime}) {
        mapper.setSpacing(spacing);
        mapper.fit(0, double(layout.itemCount()), 40);
        int arrows = 0;
        for (qsizetype i = 0; i < layout.itemCount(); ++i) {
            if (!layout.items()[size_t(i)].isArrow())
                continue;
            ++arrows;
            const double slant = painter.arrivalX(i) - painter.xOfItem(i);
            QVERIFY(slant > 0);
            if (spacing == TimeMapper::Spacing::Steps)
                QCOMPARE(painter.arrivalX(i), painter.xOfItem(i + 1));
        }
        QVERIFY(arrows > 0);
    }
}

// Click one event, Ctrl+click another: the plot shows the time between them; Escape lets go.
void TestTimelineLabels::twoPickedEventsShowTheTimeBetween()
{
    TimelinePanel panel(&m_journal);
    panel.resize(1024, 768);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TimelineView *view = panel.view();
    const TimelineLayout &layout = panel.layout();
    QTRY_VERIFY(layout.itemCount() > 0);
    panel.playback()->toEnd();
    view->fitAll();
    // The connect() and accept() markers: calls, so a click lands on them alone.
    const auto markerOf = [&](qint32 socket, EventKind kind) -> qsizetype {
        for (qsizetype i = 0; i < layout.itemCount(); ++i) {
            const TimelineItem &item = layout.items()[size_t(i)];
            if (item.kind == TimelineItem::Call && item.code == quint8(kind)
                && item.lane == layout.laneOfSocket(socket))
                return i;
        }
        return -1;
    };
    const qsizetype connect = markerOf(m_client, EventKind::ConnectStarted);
    const qsizetype close = markerOf(m_client, EventKind::CloseCalled);
    QVERIFY(connect >= 0 && close > connect);
    // Zoomed in on the client's lane far enough that the two markers stand apart.
    const TimelinePainter &painter = view->painter();
    const auto at = [&](qsizetype i) {
        return QPointF(painter.xOfItem(i), painter.laneY(layout.items()[size_t(i)].lane)).toPoint();
    };
    QTRY_VERIFY(view->isVisible());
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, at(connect));
    QCOMPARE(view->pickedItems().first, connect);
    QCOMPARE(view->pickedItems().second, qsizetype(-1));
    QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier, at(close));
    QCOMPARE(view->pickedItems(), std::make_pair(connect, close));
    const qint64 between = layout.items()[size_t(close)].t - layout.items()[size_t(connect)].t;
    QVERIFY(between > 0);
    QVERIFY(TimelineText::between(between).contains(TimelineText::duration(between)));
    // Painting it (on top of the cached layer) does not need anything else.
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    view->render(&image);
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->pickedItems().first, qsizetype(-1));
}

QTEST_MAIN(TestTimelineLabels)
#include "tst_timelinelabels.moc"

// Where an arrow's whole label does not fit, a shorter form does: flags and length, then the
// flags alone; only where not even those fit is it counted in a "+N" badge.
void TestTimelineLabels::labelShortensToFit_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("room"); // -1: a little less than the narrowest form; else that form's width
    QTest::addColumn<QString>("expected");
    const quint8 data = FlagPsh | FlagAck;
    const QString bytes = Labels::bytes(12);
    QTest::newRow("data, whole label")
        << int(data) << 12 << 0 << QStringLiteral("PSH+ACK %1 seq 1 ack 1 win 65483").arg(bytes);
    QTest::newRow("data, flags and length") << int(data) << 12 << 1 << QStringLiteral("PSH+ACK ") + bytes;
    QTest::newRow("data, flags") << int(data) << 12 << 2 << QStringLiteral("PSH+ACK");
    QTest::newRow("data, no room") << int(data) << 12 << -1 << QString();
    QTest::newRow("SYN, whole label") << int(FlagSyn) << 0 << 0 << QStringLiteral("SYN seq 0 win 65483");
    QTest::newRow("SYN, name") << int(FlagSyn) << 0 << 1 << QStringLiteral("SYN");
    QTest::newRow("SYN, no room") << int(FlagSyn) << 0 << -1 << QString();
}

void TestTimelineLabels::labelShortensToFit()
{
    QFETCH(int, flags);
    QFETCH(int, length);
    QFETCH(int, room);
    QFETCH(QString, expected);
    Journal journal;
    const QString c = QStringLiteral("127.0.0.1:40000");
    const QString srv = QStringLiteral("127.0.0.1:5000");
    journal.append(segment(journal, 1000, c, srv, FlagSyn, 1000, 0));
    journal.append(segment(journal, 2000, srv, c, FlagSyn | FlagAck, 5000, 1001));
    journal.append(segment(journal, 3000, c, srv, FlagAck, 1001, 5001));
    Event last = segment(journal, 4000, c, srv, quint8(flags), flags & FlagSyn ? 1000 : 1001, 5001);
    last.length = length;
    journal.append(last);
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    TimelinePainter painter(layout, mapper);
    TimelinePainter::LabelOptions options;
    options.window = true;
    painter.setLabelOptions(options);
    qsizetype index = -1;
    for (qsizetype i = 0; i < layout.itemCount(); ++i) {
        if (layout.items()[size_t(i)].isArrow())
            index = i;
    }
    QVERIFY(index >= 0);
    const std::vector<TimelinePainter::LabelForm> forms = painter.labelForms(index);
    QVERIFY(!forms.empty());
    // Each form is narrower than the one before it.
    for (size_t f = 1; f < forms.size(); ++f)
        QVERIFY(forms[f].width < forms[f - 1].width);
    const double padding = 4; // the box's margin at scale 1
    const double width = room < 0 ? forms.back().width + padding - 1 : forms[size_t(room)].width + padding;
    QCOMPARE(painter.labelFormFor(index, width), expected);
}

// Where the spots beside a call's marker or an arrow are taken (the listener's socket(), bind()
// and listen() a step apart), its label goes a little to the side with a line to what it names,
// rather than into a "+N": on narrow plots more items are named than beside themselves alone,
// each line ends on its marker or its arrow and crosses no other label.
void TestTimelineLabels::crowdedCallLabelGoesAside()
{
    TimelineLayout layout(&m_journal);
    QVERIFY(layout.update());
    const qsizetype count = layout.itemCount();
    int asideSeen = 0;
    int inBadges = 0;
    for (int width = 300; width <= 700; width += 20) {
        TimeMapper mapper;
        mapper.setFolds(&layout.folds());
        mapper.setSpacing(TimeMapper::Spacing::Steps);
        TimelinePainter painter(layout, mapper);
        painter.setRect(QRectF(0, 0, width, 330));
        const QRectF plot = painter.plotRect();
        mapper.setPlot(plot.left(), plot.width());
        mapper.fit(0, double(count), 40);
        const TimelinePainter::LabelLayout labels = painter.layoutLabels({count, 0});
        int aside = 0;
        int inBadgesHere = 0;
        for (const auto &badge : labels.badges)
            inBadgesHere += int(badge.items.size());
        for (const auto &label : labels.labels) {
            if (!label.aside)
                continue;
            ++aside;
            const TimelineItem &item = layout.items()[size_t(label.item)];
            const QLineF line = painter.asideLine(label);
            // Near what it names: a call's label no further off than its own width, an arrow's
            // than two of its widths and a little; the line ends on the marker or on the arrow.
            const double x = label.to.x();
            const double reach = item.isArrow() ? 2 * label.rect.width() + 32 : label.rect.width();
            QVERIFY2(
                label.rect.left() - x <= reach && x - label.rect.right() <= reach, qPrintable(label.text));
            if (item.isArrow()) {
                const double y0 = painter.laneY(item.lane);
                const double y1 = painter.laneY(item.toLane);
                QVERIFY(qMin(y0, y1) <= label.to.y() && label.to.y() <= qMax(y0, y1));
            } else {
                QCOMPARE(label.to, QPointF(painter.xOfItem(label.item), painter.laneY(item.lane)));
            }
            // Its line meets no other label nor badge.
            for (const auto &other : labels.labels) {
                if (&other != &label && !line.isNull())
                    QVERIFY2(!lineCrosses(line, other.rect),
                        qPrintable(label.text + QStringLiteral(" crosses ") + other.text));
            }
            for (const auto &badge : labels.badges)
                QVERIFY2(line.isNull() || !lineCrosses(line, badge.rect), qPrintable(label.text));
        }
        asideSeen += aside;
        inBadges += inBadgesHere;
    }
    qInfo("plots 300 to 700 px wide: %d labels set aside, %d still in badges", asideSeen, inBadges);
    QVERIFY(asideSeen > 0);
}
