#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timemapper.h"

#include <QtCore/QFile>
#include <QtTest/QtTest>

using namespace SocketScope;

// An arrow that passes other lanes on its way (the router's SYN to a listener, past the
// sockets it accepted) must not put its label where a reader takes it for another lane's:
// each arrow label sits nearer the line of the lane that sent it or the one that got it than
// to any other lane's line.
class TestTimelineLaneLabels : public QObject
{
    Q_OBJECT

private slots:
    void labelsStayWithTheirLanes_data();
    void labelsStayWithTheirLanes();
};

namespace {

bool readRecording(const QString &name, Journal &journal)
{
    QFile file(QStringLiteral(SOCKETSCOPE_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    RecordingReader reader;
    return reader.read(file, journal);
}

} // namespace

void TestTimelineLaneLabels::labelsStayWithTheirLanes_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("shownSteps"); // 0: Fit; else the last this many steps

    const QStringList recordings {QStringLiteral("lesson-home-router.jsonl"),
        QStringLiteral("lab-forward-and-direct.jsonl"), QStringLiteral("lab-two-sides.jsonl"),
        QStringLiteral("lesson-port-forwarding.jsonl"), QStringLiteral("lab-handshake.jsonl")};
    // The timeline's share of a 1024x768 and of a 1366x768 window, and of a full screen.
    const QList<QSize> sizes {QSize(610, 330), QSize(760, 400), QSize(1500, 800)};
    for (const QString &recording : recordings) {
        for (const QSize &size : sizes) {
            for (const int steps : {0, 24, 12}) {
                QTest::addRow("%s, %dx%d, %s", qPrintable(recording), size.width(), size.height(),
                    steps ? qPrintable(QStringLiteral("last %1 steps").arg(steps)) : "Fit")
                    << recording << size << steps;
            }
        }
    }
}

void TestTimelineLaneLabels::labelsStayWithTheirLanes()
{
    QFETCH(QString, recording);
    QFETCH(QSize, size);
    QFETCH(int, shownSteps);

    Journal journal;
    QVERIFY(readRecording(recording, journal));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    layout.flush();
    layout.settleDatagrams(std::numeric_limits<qint64>::max());
    TimeMapper mapper;
    mapper.setFolds(&layout.folds());
    mapper.setSpacing(TimeMapper::Spacing::Steps);
    TimelinePainter painter(layout, mapper);
    painter.setRect(QRectF(QPointF(0, 0), QSizeF(size)));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    const qsizetype count = layout.itemCount();
    const double from = shownSteps ? double(qMax<qsizetype>(0, count - shownSteps)) : 0;
    mapper.fit(from, double(count), 40);

    const TimelinePainter::LabelLayout labels = painter.layoutLabels({count, 0});
    std::vector<double> lines;
    for (const LaneId lane : painter.rows().lanes())
        lines.push_back(painter.laneY(lane));
    int arrowLabels = 0;
    for (const TimelinePainter::PlacedLabel &label : labels.labels) {
        const TimelineItem &item = layout.items()[size_t(label.item)];
        if (!item.isArrow())
            continue;
        ++arrowLabels;
        const double y = label.rect.center().y();
        const double own = qMin(qAbs(y - painter.laneY(item.lane)), qAbs(y - painter.laneY(item.toLane)));
        for (const LaneId lane : painter.rows().lanes()) {
            if (lane == item.lane || lane == item.toLane)
                continue;
            const double other = qAbs(y - painter.laneY(lane));
            QVERIFY2(other > own,
                qPrintable(QStringLiteral("\"%1\" (step %2, lane %3 to %4) sits at y %5, %6 px from "
                                          "lane %7's line and %8 px from its own")
                               .arg(label.text)
                               .arg(label.item + 1)
                               .arg(item.lane)
                               .arg(item.toLane)
                               .arg(y)
                               .arg(other)
                               .arg(lane)
                               .arg(own)));
        }
    }
    if (!shownSteps)
        QVERIFY(arrowLabels > 0);
}

QTEST_MAIN(TestTimelineLaneLabels)
#include "tst_timelinelanelabels.moc"
