#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "models/eventexplanations.h"
#include "models/eventlogmodel.h"
#include "models/labels.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace SocketScope;

// The event log: one row per journal event, appended in batches, never reset.
class TestEventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void followsALiveLab()
    {
        Journal journal;
        KernelView kernel(KernelSocketSource::best());
        Lab lab(&journal, &kernel);
        kernel.start();
        EventLogModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(reset.isValid());

        const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(listener.id)->localPort);
        QTRY_COMPARE(lab.info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QVERIFY(!lab.send(client.id, "hello"));
        QTRY_VERIFY(journal.count() > 0 && model.rowCount() == journal.count());
        QVERIFY(!lab.close(client.id));
        QVERIFY(!lab.close(listener.id));
        QTRY_COMPARE(model.rowCount(), journal.count());
        QCOMPARE(reset.count(), 0);

        // Every row reads back its event.
        for (int row = 0; row < model.rowCount(); ++row) {
            const Event &e = journal.at(row);
            QCOMPARE(model.index(row, 0).data(EventLogModel::EventIndexRole).toInt(), row);
            QCOMPARE(model.index(row, 0).data(EventLogModel::SocketIdRole).toInt(), e.socket);
            QCOMPARE(model.index(row, 0).data(EventLogModel::KindRole).toInt(), int(e.kind));
            QVERIFY(!model.index(row, EventLogModel::ColumnKind).data().toString().isEmpty());
            QVERIFY(!model.index(row, EventLogModel::ColumnDetails).data().toString().isEmpty());
            if (e.socket >= 0)
                QCOMPARE(model.index(row, EventLogModel::ColumnSocket).data().toString(),
                    QStringLiteral("#%1").arg(e.socket));
        }
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    // Every column says what it holds, and every kind of event says what it means, in the
    // words of the explanation panel.
    void everyKindAndColumnHasATooltip()
    {
        Journal journal;
        for (int k = 0; k < int(EventKind::Count); ++k) {
            Event e;
            e.t = k;
            e.socket = 1;
            e.kind = EventKind(k);
            e.toState = TcpState::TimeWait;
            // An error with code 0 is a note (notesAreNotErrors); here a real one.
            if (e.kind == EventKind::Error)
                e.value = LabError::ConnectionRefused;
            journal.append(e);
        }
        EventLogModel model(&journal);
        QTRY_COMPARE(model.rowCount(), int(EventKind::Count));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY2(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                qPrintable(model.headerData(column, Qt::Horizontal).toString()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const EventKind kind = journal.at(row).kind;
            const QString tip = model.index(row, EventLogModel::ColumnKind).data(Qt::ToolTipRole).toString();
            QVERIFY2(!EventExplanations::explain(kind).isEmpty(), kindName(kind).data());
            QVERIFY2(tip.startsWith(EventExplanations::explain(kind)), kindName(kind).data());
            QVERIFY(
                !model.index(row, EventLogModel::ColumnSource).data(Qt::ToolTipRole).toString().isEmpty());
        }
        const int stateRow = int(EventKind::State);
        QVERIFY(model.index(stateRow, EventLogModel::ColumnKind)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(Labels::kernelStateExplained(TcpState::TimeWait)));
    }

    // A reading pause and the kernel's segment counts, in words: the kind says which way the
    // reading went, a tcp_info row the counts where the kernel gave them.
    void readingPausesAndSegmentCountsInWords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("segmentsOut");
        QTest::addColumn<QString>("kindText");
        QTest::addColumn<QString>("detailsHas");
        QTest::addColumn<bool>("saysSegments");
        QTest::newRow("paused") << int(EventKind::ReadingPaused) << qint64(1) << qint64(-1)
                                << QStringLiteral("reading paused") << QStringLiteral("stopped reading")
                                << false;
        QTest::newRow("resumed") << int(EventKind::ReadingPaused) << qint64(0) << qint64(-1)
                                 << QStringLiteral("reading resumed") << QStringLiteral("reads again")
                                 << false;
        QTest::newRow("tcp_info with counts")
            << int(EventKind::TcpInfo) << qint64(10) << qint64(42) << QStringLiteral("TCP numbers")
            << QStringLiteral("segments: 42 out (25 with data), 30 in (0 with data)") << true;
        QTest::newRow("tcp_info of an older recording")
            << int(EventKind::TcpInfo) << qint64(10) << qint64(-1) << QStringLiteral("TCP numbers")
            << QStringLiteral("cwnd 10 segments") << false;
    }

    void readingPausesAndSegmentCountsInWords()
    {
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(qint64, segmentsOut);
        QFETCH(QString, kindText);
        QFETCH(QString, detailsHas);
        QFETCH(bool, saysSegments);
        Journal journal;
        Event e;
        e.t = 1;
        e.socket = 1;
        e.proto = Protocol::Tcp;
        e.kind = EventKind(kind);
        e.value = value;
        if (e.kind == EventKind::TcpInfo) {
            TcpInfo info;
            info.cwnd = value;
            info.srttUs = e.value2 = 250;
            info.inFlight = 0;
            info.segmentsOut = segmentsOut;
            if (segmentsOut >= 0) {
                info.segmentsIn = 30;
                info.dataSegmentsOut = 25;
                info.dataSegmentsIn = 0;
            }
            e.payload = journal.storeTcpInfo(info);
        }
        journal.append(e);
        EventLogModel model(&journal);
        model.setShowKernelNumbers(true);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, EventLogModel::ColumnKind).data().toString(), kindText);
        const QString details = model.index(0, EventLogModel::ColumnDetails).data().toString();
        QVERIFY2(details.contains(detailsHas), qPrintable(details));
        QCOMPARE(details.contains(QStringLiteral("segments:")), saysSegments);
    }

    void burstsAreBatched()
    {
        Journal journal;
        EventLogModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(inserted.isValid());

        constexpr int kEvents = 5000;
        for (int i = 0; i < kEvents; ++i) {
            Event e;
            e.t = journal.now();
            e.kind = EventKind::DataReceived;
            e.source = EventSource::Qt;
            e.socket = i % 7;
            e.value = i;
            journal.append(e);
        }
        QCOMPARE(model.rowCount(), 0); // nothing until the batch timer fires
        QTRY_COMPARE(model.rowCount(), kEvents);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), kEvents - 1);

        // A second burst is inserted after the first, again in one go.
        for (int i = 0; i < 100; ++i) {
            Event e;
            e.kind = EventKind::Closed;
            e.socket = 1;
            journal.append(e);
        }
        model.catchUp();
        QCOMPARE(model.rowCount(), kEvents + 100);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), kEvents);
        QCOMPARE(inserted.last().at(2).toInt(), kEvents + 99);
    }

    void startsWithWhatTheJournalHolds()
    {
        Journal journal;
        for (int i = 0; i < 10; ++i) {
            Event e;
            e.kind = EventKind::Bound;
            journal.append(e);
        }
        EventLogModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }
    // An error event with code 0 is a note the app wrote (a drill's start or end): the log calls it a
    // note, with a tooltip saying nothing went wrong; a real error stays an error.
    void notesAreNotErrors()
    {
        Journal journal;
        Event note;
        note.kind = EventKind::Error;
        note.value = 0;
        note.text = journal.intern(QStringLiteral("Mystery fault drill started"));
        journal.append(note);
        Event failure = note;
        failure.value = LabError::ConnectionRefused;
        journal.append(failure);
        EventLogModel model(&journal);
        const QModelIndex noteKind = model.index(0, EventLogModel::ColumnKind);
        const QModelIndex errorKind = model.index(1, EventLogModel::ColumnKind);
        QCOMPARE(noteKind.data().toString(), QStringLiteral("note"));
        QCOMPARE(noteKind.data(Qt::ToolTipRole).toString(), Labels::noteExplained());
        QCOMPARE(errorKind.data().toString(), Labels::kind(EventKind::Error));
        QVERIFY(errorKind.data(Qt::ToolTipRole).toString() != Labels::noteExplained());
    }

    // The kernel's TCP numbers left out: one row per call or packet, the readings counted, each
    // row reading back its own journal index, and the playhead's event found among the rows.
    // Kinds: 'k' a kernel reading (tcp_info), 's' a send, 'r' a receive.
    void kernelNumbersLeftOut_data()
    {
        QTest::addColumn<QString>("before"); // in the journal before the model is made
        QTest::addColumn<QString>("after"); // appended while it follows
        QTest::addColumn<QList<int>>("rowEvents"); // the journal index of each row
        QTest::addColumn<QList<int>>("rowAtOrBefore"); // for journal index 0, 1, 2 ...

        QTest::newRow("no readings") << QStringLiteral("sr") << QStringLiteral("s") << QList<int> {0, 1, 2}
                                     << QList<int> {0, 1, 2};
        QTest::newRow("readings between") << QStringLiteral("skkr") << QStringLiteral("kks")
                                          << QList<int> {0, 3, 6} << QList<int> {0, 0, 0, 1, 1, 1, 2};
        QTest::newRow("readings first")
            << QStringLiteral("kk") << QStringLiteral("sk") << QList<int> {2} << QList<int> {-1, -1, 0, 0};
        QTest::newRow("only readings")
            << QStringLiteral("kkk") << QString() << QList<int> {} << QList<int> {-1, -1, -1};
    }

    void kernelNumbersLeftOut()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<int>, rowEvents);
        QFETCH(QList<int>, rowAtOrBefore);
        Journal journal;
        const auto append = [&](QChar kind) {
            Event e;
            e.t = journal.count();
            e.socket = 1;
            e.kind = kind == u'k' ? EventKind::TcpInfo
                : kind == u's'    ? EventKind::DataSent
                                  : EventKind::DataReceived;
            journal.append(e);
        };
        for (QChar kind : before)
            append(kind);
        EventLogModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy hidden(&model, &EventLogModel::hiddenCountChanged);
        QVERIFY(hidden.isValid());
        QVERIFY(model.showsKernelNumbers()); // every event has a row unless told otherwise
        model.setShowKernelNumbers(false);
        for (QChar kind : after)
            append(kind);
        model.catchUp();

        const qsizetype readings = (before + after).count(u'k');
        QCOMPARE(model.hiddenCount(), readings);
        QCOMPARE(hidden.constLast().at(0).toLongLong(), readings);
        QCOMPARE(model.rowCount(), rowEvents.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.eventOfRow(row), qsizetype(rowEvents[row]));
            QCOMPARE(model.index(row, 0).data(EventLogModel::EventIndexRole).toLongLong(),
                qsizetype(rowEvents[row]));
            QVERIFY(model.index(row, 0).data(EventLogModel::KindRole).toInt() != int(EventKind::TcpInfo));
        }
        for (int event = 0; event < rowAtOrBefore.size(); ++event)
            QCOMPARE(model.rowAtOrBefore(event), rowAtOrBefore[event]);
        QCOMPARE(model.rowAtOrBefore(-1), -1);

        // Shown again: every event has its row, none is hidden.
        model.setShowKernelNumbers(true);
        QCOMPARE(model.rowCount(), journal.count());
        QCOMPARE(model.hiddenCount(), 0);
        QCOMPARE(model.rowAtOrBefore(journal.count() - 1), int(journal.count()) - 1);
    }
};

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
