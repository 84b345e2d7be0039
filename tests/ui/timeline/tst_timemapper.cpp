#include "timeline/timemapper.h"

#include <QtTest/QTest>

using namespace SocketScope;

class TestTimeMapper : public QObject
{
    Q_OBJECT

private slots:
    void stepsToX_data();
    void stepsToX();
    void foldedTime_data();
    void foldedTime();
    void zoomKeepsAnchor();
    void staysOnTheSession_data();
    void staysOnTheSession();
    void aggregates_data();
    void aggregates();
};

void TestTimeMapper::stepsToX_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("perPixel");
    QTest::addColumn<double>("units");
    QTest::addColumn<double>("x");

    // The plot starts at x = 100.
    QTest::newRow("left edge") << 10.0 << 0.1 << 10.0 << 100.0;
    QTest::newRow("ten steps in") << 10.0 << 0.1 << 20.0 << 200.0;
    QTest::newRow("before the view") << 10.0 << 0.1 << 5.0 << 50.0;
    QTest::newRow("one step per pixel") << 0.0 << 1.0 << 700.0 << 800.0;
    QTest::newRow("a thousand steps per pixel") << 1e6 << 1000.0 << 1.5e6 << 600.0;
}

void TestTimeMapper::stepsToX()
{
    QFETCH(double, start);
    QFETCH(double, perPixel);
    QFETCH(double, units);
    QFETCH(double, x);
    TimeMapper mapper;
    mapper.setPlot(100, 800);
    mapper.setView(start, perPixel);
    QCOMPARE(mapper.xOf(units), x);
    QCOMPARE(mapper.unitsAt(x), units);
    QCOMPARE(mapper.unitsOfItem(42, 999), 42.0);
}

void TestTimeMapper::foldedTime_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<double>("units");

    // One fold from 1 s to 11 s, drawn as 0.25 s.
    QTest::newRow("before the fold") << qint64(500'000'000) << 0.5;
    QTest::newRow("where the fold starts") << qint64(1'000'000'000) << 1.0;
    QTest::newRow("half way through the fold") << qint64(6'000'000'000) << 1.125;
    QTest::newRow("where the fold ends") << qint64(11'000'000'000) << 1.25;
    QTest::newRow("a second after the fold") << qint64(12'000'000'000) << 2.25;
}

void TestTimeMapper::foldedTime()
{
    QFETCH(qint64, ns);
    QFETCH(double, units);
    const std::vector<TimeFold> folds {{1'000'000'000, 11'000'000'000}};
    TimeMapper mapper;
    mapper.setSpacing(TimeMapper::Spacing::RealTime);
    mapper.setFolds(&folds);
    QVERIFY(qAbs(mapper.unitsOfTime(ns) - units) < 1e-9);
    QVERIFY(qAbs(mapper.timeOfUnits(units) - ns) <= 1);
    QVERIFY(qAbs(mapper.unitsOfItem(7, ns) - units) < 1e-9);
}

void TestTimeMapper::zoomKeepsAnchor()
{
    TimeMapper mapper;
    mapper.setPlot(0, 1000);
    mapper.setView(0, 0.1);
    const double before = mapper.unitsAt(400);
    mapper.zoomAt(400, 4);
    QCOMPARE(mapper.unitsAt(400), before);
    QCOMPARE(mapper.unitsPerPixel(), 0.025);
    mapper.panPixels(100);
    QCOMPARE(mapper.unitsAt(500), before);
}

// A session of 61 steps, fitted into an 800 px plot. Whatever is pressed, the middle of the
// view stays on the session and zooming out stops at twice the whole of it (the Left key used
// to scroll to "step -61", an empty plot).
void TestTimeMapper::staysOnTheSession_data()
{
    QTest::addColumn<QString>("moves"); // "p<px>" pans, "z<factor>@<x>" zooms
    QTest::newRow("left key many times")
        << QStringLiteral("p200 p200 p200 p200 p200 p200 p200 p200 p200 p200");
    QTest::newRow("right key many times")
        << QStringLiteral("p-200 p-200 p-200 p-200 p-200 p-200 p-200 p-200");
    QTest::newRow("zoom out far") << QStringLiteral("z0.5@400 z0.5@400 z0.5@400 z0.5@400 z0.5@400");
    QTest::newRow("zoom in at the right edge")
        << QStringLiteral("z1.5@799 z1.5@799 z1.5@799 z1.5@799 z1.5@799 z1.5@799");
    QTest::newRow("zoom in at the left edge, pan away") << QStringLiteral("z3@0 z3@0 p5000 p5000");
    QTest::newRow("wheel out, drag right") << QStringLiteral("z0.2@100 p-3000 p-3000");
}

void TestTimeMapper::staysOnTheSession()
{
    QFETCH(QString, moves);
    TimeMapper mapper;
    mapper.setPlot(0, 800);
    mapper.fit(0, 60, 40);
    mapper.setRange(0, 60);
    for (const QString &move : moves.split(QLatin1Char(' '))) {
        if (move.startsWith(QLatin1Char('p'))) {
            mapper.panPixels(move.mid(1).toDouble());
        } else {
            const QStringList parts = move.mid(1).split(QLatin1Char('@'));
            mapper.zoomAt(parts.at(1).toDouble(), parts.at(0).toDouble());
        }
        const double middle = (mapper.startUnits() + mapper.endUnits()) / 2;
        QVERIFY2(middle >= -1e-9 && middle <= 60 + 1e-9,
            qPrintable(QStringLiteral("%1 after %2").arg(middle).arg(move)));
        QVERIFY(mapper.endUnits() - mapper.startUnits() <= 2 * 60 + 1e-6);
    }
}

void TestTimeMapper::aggregates_data()
{
    QTest::addColumn<qsizetype>("items");
    QTest::addColumn<double>("width");
    QTest::addColumn<bool>("aggregate");
    QTest::newRow("few items") << qsizetype(30) << 1000.0 << false;
    QTest::newRow("one per pixel") << qsizetype(1000) << 1000.0 << false;
    QTest::newRow("two per pixel") << qsizetype(2000) << 1000.0 << true;
    QTest::newRow("a million") << qsizetype(1'000'000) << 1920.0 << true;
}

void TestTimeMapper::aggregates()
{
    QFETCH(qsizetype, items);
    QFETCH(double, width);
    QFETCH(bool, aggregate);
    QCOMPARE(TimeMapper::aggregates(items, width), aggregate);
}

QTEST_GUILESS_MAIN(TestTimeMapper)
#include "tst_timemapper.moc"
