#include "models/changedrows.h"

#include <QtTest/QtTest>

using namespace SocketScope;

namespace {
// A run as "first-last:left-right".
QString runText(int first, int last, int left, int right)
{
    return QStringLiteral("%1-%2:%3-%4").arg(first).arg(last).arg(left).arg(right);
}
} // namespace

class TestChangedRows : public QObject
{
    Q_OBJECT

private slots:
    // Neighbouring rows become one run, whatever order they were added in; rows apart stay
    // apart, so no row that did not change is ever named.
    void runs_data()
    {
        QTest::addColumn<QList<QList<int>>>("rows"); // row, left, right
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QList<QList<int>> {} << QStringList {};
        QTest::newRow("one row") << QList<QList<int>> {{4, 2, 3}} << QStringList {runText(4, 4, 2, 3)};
        QTest::newRow("neighbours") << QList<QList<int>> {{4, 2, 3}, {5, 1, 1}, {6, 6, 7}}
                                    << QStringList {runText(4, 6, 1, 7)};
        QTest::newRow("out of order")
            << QList<QList<int>> {{6, 0, 0}, {4, 0, 0}, {5, 0, 0}} << QStringList {runText(4, 6, 0, 0)};
        QTest::newRow("apart") << QList<QList<int>> {{1, 0, 1}, {3, 0, 1}, {9, 2, 2}}
                               << QStringList {runText(1, 1, 0, 1), runText(3, 3, 0, 1), runText(9, 9, 2, 2)};
        QTest::newRow("two runs") << QList<QList<int>> {{10, 0, 0}, {0, 1, 1}, {11, 3, 3}, {1, 0, 0}}
                                  << QStringList {runText(0, 1, 0, 1), runText(10, 11, 0, 3)};
        QTest::newRow("same row twice")
            << QList<QList<int>> {{2, 0, 0}, {2, 5, 5}, {3, 1, 1}} << QStringList {runText(2, 3, 0, 5)};
    }

    void runs()
    {
        QFETCH(QList<QList<int>>, rows);
        QFETCH(QStringList, expected);
        ChangedRows changed;
        for (const QList<int> &row : rows)
            changed.add(row.at(0), row.at(1), row.at(2));
        QCOMPARE(changed.isEmpty(), rows.isEmpty());
        QStringList runs;
        changed.emitRuns([&](int first, int last, int left, int right) {
            runs.append(runText(first, last, left, right));
        });
        QCOMPARE(runs, expected);
        QVERIFY(changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangedRows)
#include "tst_changedrows.moc"
