#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timemapper.h"

#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtTest/QtTest>

#include <limits>
#include <set>

using namespace SocketScope;

// Attacks on how the timeline is drawn: its labels in plots too small to hold them, a burst
// of packets at one instant, nonsense sequence numbers, and badges that hide thousands.
class TestAttackTlpaint : public QObject
{
    Q_OBJECT

private slots:
    void tinyPlots_data();
    void tinyPlots();
    void burstAtOneInstant_data();
    void burstAtOneInstant();
    void nonsenseSequenceNumbers();
    void largeTypeLanesFit_data();
    void largeTypeLanesFit();
};

namespace {

Event segment(Journal &journal, qint64 t, int fromPort, int toPort, quint8 flags, qint64 seq, qint64 ack,
    quint32 length)
{
    Event e;
    e.t = t;
    e.kind = EventKind::Segment;
    e.source = EventSource::Capture;
    e.proto = Protocol::Tcp;
    e.local = journal.intern(QStringLiteral("127.0.0.1:%1").arg(fromPort));
    e.remote = journal.intern(QStringLiteral("127.0.0.1:%1").arg(toPort));
    e.flags = flags;
    e.value = seq;
    e.value2 = ack;
    e.length = length;
    e.window = std::numeric_limits<quint32>::max();
    return e;
}

// A conversation of `count` captured segments between a few pairs of outside endpoints, all
// at the instant `t` when `sameInstant`, else a microsecond apart.
void fillConversation(Journal &journal, int count, bool sameInstant)
{
    const quint8 flags[]
        = {FlagSyn, FlagSyn | FlagAck, FlagAck, FlagPsh | FlagAck, FlagFin | FlagAck, FlagRst};
    for (int i = 0; i < count; ++i) {
        const int pair = i % 5;
        const bool back = (i / 5) % 2;
        const int client = 40000 + pair;
        journal.append(segment(journal, sameInstant ? 1000 : 1000 + i * 1000, back ? 5000 : client,
            back ? client : 5000, flags[i % 6], i * 7919, i * 104729, quint32(i % 3 ? 0 : 1 + i)));
    }
}

// What every label layout must hold: each arrow and call accounted for exactly once, and no
// two boxes over each other or outside the plot (where the plot can hold one at all).
void checkLabels(
    const TimelineLayout &layout, const TimelinePainter &painter, const TimelinePainter::LabelLayout &labels)
{
    std::multiset<qsizetype> accounted;
    std::vector<QRectF> boxes;
    for (const auto &label : labels.labels) {
        accounted.insert(label.item);
        boxes.push_back(label.rect);
    }
    for (const auto &badge : labels.badges) {
        QVERIFY(!badge.items.empty());
        accounted.insert(badge.items.begin(), badge.items.end());
        boxes.push_back(badge.rect);
    }
    for (const qsizetype item : accounted) {
        QVERIFY(item >= 0 && item < layout.itemCount());
        QCOMPARE(accounted.count(item), size_t(1));
    }
    const QRectF plot = painter.plotRect();
    for (size_t a = 0; a < boxes.size(); ++a) {
        const bool roomForOne = plot.width() >= boxes[a].width() && plot.height() >= boxes[a].height();
        if (!roomForOne)
            continue;
        QVERIFY2(plot.contains(boxes[a]), qPrintable(QStringLiteral("box %1 leaves the plot").arg(a)));
        for (size_t b = a + 1; b < boxes.size(); ++b)
            QVERIFY2(!boxes[a].intersects(boxes[b]),
                qPrintable(QStringLiteral("boxes %1 and %2 overlap").arg(a).arg(b)));
    }
}

// A listener, a client connecting to it and the socket accept() cloned for it: three lanes.
void fillAccept(Journal &journal)
{
    const auto endpoint = [&](int port) { return journal.intern(QStringLiteral("127.0.0.1:%1").arg(port)); };
    qint64 t = 0;
    const auto add = [&](Event e) {
        e.t = (t += 1'000'000);
        e.proto = Protocol::Tcp;
        journal.append(e);
    };
    Event listener;
    listener.kind = EventKind::SocketOpened;
    listener.socket = 1;
    listener.role = SocketRole::Listener;
    add(listener);
    listener.kind = EventKind::Listening;
    listener.local = endpoint(8080);
    listener.value = 128;
    add(listener);
    Event client;
    client.socket = 2;
    client.role = SocketRole::Client;
    client.local = endpoint(40000);
    client.remote = endpoint(8080);
    client.kind = EventKind::SocketOpened;
    add(client);
    client.kind = EventKind::ConnectStarted;
    add(client);
    Event accepted;
    accepted.socket = 3;
    accepted.role = SocketRole::Accepted;
    accepted.local = endpoint(8080);
    accepted.remote = endpoint(40000);
    accepted.kind = EventKind::SocketOpened;
    accepted.value = 1; // cloned from the listener
    add(accepted);
    client.kind = EventKind::Connected;
    client.source = EventSource::Qt;
    add(client);
    Event state;
    state.socket = 3;
    state.kind = EventKind::State;
    state.source = EventSource::Kernel;
    state.toState = TcpState::Established;
    add(state);
}

} // namespace

void TestAttackTlpaint::tinyPlots_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("nothing") << QSizeF(0, 0);
    QTest::newRow("one pixel") << QSizeF(1, 1);
    QTest::newRow("the lane heads only") << QSizeF(215, 60);
    QTest::newRow("a sliver") << QSizeF(260, 90);
    QTest::newRow("narrow and tall") << QSizeF(240, 2000);
    QTest::newRow("wide and flat") << QSizeF(4000, 70);
}

// A plot too small for its labels: every one is still counted, in a badge if need be, and
// nothing is drawn over another.
void TestAttackTlpaint::tinyPlots()
{
    QFETCH(QSizeF, size);
    Journal journal;
    fillConversation(journal, 60, false);
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    mapper.setFolds(&layout.folds());
    TimelinePainter painter(layout, mapper);
    painter.setRect(QRectF(QPointF(0, 0), size));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    mapper.fit(0, double(layout.itemCount()), 0);
    checkLabels(layout, painter, painter.layoutLabels({layout.itemCount(), 0}));
    QImage image(
        qMax(1, int(size.width())), qMax(1, int(size.height())), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    painter.paintAll(p, {layout.itemCount(), 0});
    painter.paintMeasure(p, 0, layout.itemCount() - 1);
    painter.paintMeasure(p, layout.itemCount() + 5, -3); // out of range: nothing
}

void TestAttackTlpaint::burstAtOneInstant_data()
{
    QTest::addColumn<int>("spacing");
    QTest::newRow("by step") << int(TimeMapper::Spacing::Steps);
    QTest::newRow("by real time") << int(TimeMapper::Spacing::RealTime);
}

// Hundreds of packets stamped at one instant stack on one x by real time: they all go into
// badges beside it, and hovering a badge names a bounded number of them.
void TestAttackTlpaint::burstAtOneInstant()
{
    QFETCH(int, spacing);
    Journal journal;
    fillConversation(journal, 900, true);
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    mapper.setFolds(&layout.folds());
    mapper.setSpacing(TimeMapper::Spacing(spacing));
    TimelinePainter painter(layout, mapper);
    painter.setRect(QRectF(0, 0, 1920, 1080));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    if (mapper.spacing() == TimeMapper::Spacing::Steps)
        mapper.fit(0, double(layout.itemCount()), 40);
    else
        mapper.fit(mapper.unitsOfTime(0), mapper.unitsOfTime(2000), 40);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    painter.paintAll(p, {layout.itemCount(), 0});
    const TimelinePainter::LabelLayout &labels = painter.lastLabels();
    checkLabels(layout, painter, labels);
    for (const auto &badge : labels.badges) {
        const QString text = painter.badgeTextAt(badge.rect.center());
        QVERIFY(!text.isEmpty());
        QVERIFY(text.count(QLatin1Char('\n')) <= 25);
    }
    QVERIFY(painter.badgeTextAt(QPointF(-50, -50)).isEmpty());
}

// Sequence numbers as a broken or hostile recording may hold them: negative, past 32 bits, a
// SYN after the data, no SYN at all. Labels stay 32-bit numbers and nothing breaks.
void TestAttackTlpaint::nonsenseSequenceNumbers()
{
    Journal journal;
    journal.append(
        segment(journal, 3000, 40000, 5000, FlagPsh | FlagAck, -1, std::numeric_limits<qint64>::max(), 10));
    journal.append(segment(journal, 1000, 40000, 5000, FlagSyn, std::numeric_limits<qint64>::min(), 0, 0));
    journal.append(segment(journal, 2000, 5000, 40000, FlagAck, 5, -7, 0)); // no SYN from this side
    journal.append(segment(journal, 4000, 40001, 5001, FlagAck, 1, 1, 0)); // a pair seen only once
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    TimelinePainter painter(layout, mapper);
    for (const bool absolute : {false, true}) {
        TimelinePainter::LabelOptions options;
        options.absoluteNumbers = absolute;
        options.window = true;
        painter.setLabelOptions(options);
        for (qsizetype i = 0; i < layout.itemCount(); ++i) {
            const QString label = painter.itemLabel(i);
            QVERIFY(!label.isEmpty());
            const QRegularExpression number(QStringLiteral("(seq|ack|win) (-?\\d+)"));
            for (auto match = number.globalMatch(label); match.hasNext();) {
                const auto m = match.next();
                bool ok = false;
                const qulonglong value = m.captured(2).toULongLong(&ok);
                QVERIFY2(ok && value <= std::numeric_limits<quint32>::max(), qPrintable(label));
            }
        }
    }
    // Relative: the side without a SYN counts from its first segment, the one seen once is 0.
    painter.setLabelOptions({});
    QStringList labels;
    for (qsizetype i = 0; i < layout.itemCount(); ++i)
        labels << painter.itemLabel(i);
    QVERIFY2(labels.contains(QStringLiteral("ACK seq 0 ack 1")), qPrintable(labels.join(u" | ")));
}

QTEST_MAIN(TestAttackTlpaint)
void TestAttackTlpaint::largeTypeLanesFit_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QSizeF>("size");
    // The view's size in presentation mode on a 1024x768 and a 1366x768 projector, and at
    // normal size.
    QTest::newRow("presentation 1024x768") << qreal(1.6) << QSizeF(1024, 347);
    QTest::newRow("presentation 1366x768") << qreal(1.6) << QSizeF(1366, 347);
    QTest::newRow("normal") << qreal(1) << QSizeF(900, 360);
}

// Large type on a projector: three lanes fit the plot whole (none cut at the bottom, nothing
// to scroll), each tall enough for its head's three lines, and accept()'s clone keeps its own
// label between the listener and the clone, clear of every other.
void TestAttackTlpaint::largeTypeLanesFit()
{
    QFETCH(qreal, scale);
    QFETCH(QSizeF, size);
    Journal journal;
    fillAccept(journal);
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    mapper.setFolds(&layout.folds());
    TimelinePainter painter(layout, mapper);
    painter.setScale(scale);
    painter.setRect(QRectF(QPointF(0, 0), size));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    mapper.fit(0, double(layout.itemCount() - 1), 24);
    QCOMPARE(painter.rows().lineCount(), qsizetype(3));
    QCOMPARE(painter.overflowY(), 0.0);
    const double h = painter.laneHeight();
    for (const LaneId lane : painter.rows().lanes()) {
        QVERIFY(painter.laneY(lane) - h / 2 >= plot.top() - 0.5);
        QVERIFY2(painter.laneY(lane) + h / 2 <= plot.bottom() + 0.5, "a lane is cut at the plot's bottom");
    }
    // The head's lines: role and address in the lane font, the kernel's state in the small one.
    const QFont base;
    QFont font = base;
    font.setPointSizeF((base.pointSizeF() > 0 ? base.pointSizeF() : 9) * scale);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    QVERIFY(h >= 2 * QFontMetricsF(font).height() + QFontMetricsF(small).height());

    const TimelinePainter::LabelLayout labels = painter.layoutLabels({layout.itemCount(), 0});
    checkLabels(layout, painter, labels);
    qsizetype clone = -1;
    for (qsizetype i = 0; i < layout.itemCount(); ++i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (item.kind == TimelineItem::LaneOpened && item.toLane >= 0)
            clone = i;
    }
    QVERIFY(clone >= 0);
    const auto placed = std::find_if(labels.labels.begin(), labels.labels.end(),
        [&](const TimelinePainter::PlacedLabel &label) { return label.item == clone; });
    QVERIFY2(placed != labels.labels.end(), "accept()'s clone has no label of its own");
    const TimelineItem &item = layout.items()[size_t(clone)];
    const double top = qMin(painter.laneY(item.lane), painter.laneY(item.toLane));
    const double bottom = qMax(painter.laneY(item.lane), painter.laneY(item.toLane));
    QVERIFY(placed->rect.top() >= top && placed->rect.bottom() <= bottom);
}

#include "tst_attack_tlpaint.moc"
