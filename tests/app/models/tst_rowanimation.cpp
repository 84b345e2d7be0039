#include "models/rowanimation.h"

#include <QtTest/QtTest>

#include <utility>
#include <vector>

using namespace SocketScope;

using Runs = std::vector<std::pair<qsizetype, qsizetype>>;
Q_DECLARE_METATYPE(Runs)

// The times a table's rows are marked with: quiet batches (rows pouring in under load) mark
// nothing and let leaving rows go at once, in runs of adjacent rows.
class TestRowAnimation : public QObject
{
    Q_OBJECT

private slots:
    void quietRowsLeaveInRuns_data()
    {
        QTest::addColumn<QList<int>>("leaving");
        QTest::addColumn<Runs>("runs");
        QTest::newRow("none") << QList<int> {} << Runs {};
        QTest::newRow("one") << QList<int> {4} << Runs {{4, 1}};
        QTest::newRow("adjacent") << QList<int> {2, 3, 4} << Runs {{2, 3}};
        QTest::newRow("apart") << QList<int> {1, 5} << Runs {{5, 1}, {1, 1}};
        QTest::newRow("two runs") << QList<int> {0, 1, 6, 7, 8, 9} << Runs {{6, 4}, {0, 2}};
    }

    void quietRowsLeaveInRuns()
    {
        QFETCH(QList<int>, leaving);
        QFETCH(Runs, runs);
        RowAnimation animation(3);
        animation.setQuiet(true);
        animation.insertRows(0, 10);
        for (const int row : std::as_const(leaving))
            animation.markLeaving(row);
        // Quiet: no fade to wait for, and nothing glows.
        QCOMPARE(animation.finishedLeavingRuns(), runs);
        // Only the even rows: no run spans a row left out.
        Runs even;
        for (auto it = leaving.crbegin(); it != leaving.crend(); ++it) {
            if (*it % 2 == 0)
                even.emplace_back(*it, 1);
        }
        QCOMPARE(animation.finishedLeavingRuns([](qsizetype row) { return row % 2 == 0; }), even);
        for (qsizetype row = 0; row < 10; ++row)
            QCOMPARE(animation.highlight(row, 0).mark, RowAnimation::Mark::None);
        QCOMPARE(animation.isAnimating(), !leaving.isEmpty());
        for (const auto &[first, count] : runs)
            animation.removeRows(first, count);
        QVERIFY(!animation.isAnimating());
    }

    // Out of quiet, rows glow and fade as before; a leaving row waits for its fade.
    void loudRowsGlowAndFade()
    {
        RowAnimation animation(3);
        animation.insertRows(0, 2);
        QCOMPARE(animation.highlight(1, 0).mark, RowAnimation::Mark::New);
        animation.markLeaving(0);
        QCOMPARE(animation.highlight(0, 2).mark, RowAnimation::Mark::Leaving);
        QVERIFY(animation.finishedLeavingRuns().empty());
        QVERIFY(animation.isAnimating());
        animation.setQuiet(true);
        animation.markChanged(1, 1); // a quiet change is not marked over the glow
        QCOMPARE(animation.highlight(1, 1).mark, RowAnimation::Mark::New);
    }
};

QTEST_GUILESS_MAIN(TestRowAnimation)
#include "tst_rowanimation.moc"
