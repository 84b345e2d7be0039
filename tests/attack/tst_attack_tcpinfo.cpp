// Hostile tcp_info lines in a recording: numbers of the wrong type, sign or size, and lines with
// nothing but the kind. Each is either reported as damaged and skipped, or read and then shown
// by the socket table and the event wording without a crash or a made-up number.

#include "journal/journal.h"
#include "journal/recordingformat.h"
#include "journal/recordingreader.h"
#include "models/labels.h"
#include "models/sockettablemodel.h"

#include <QtCore/QBuffer>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

using namespace SocketScope;

namespace {

const QByteArray kHeader = QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":1}\n");
const QByteArray kOpened = QByteArrayLiteral("{\"t\":1,\"kind\":\"socket_opened\",\"source\":\"app\","
                                             "\"socket\":1,\"proto\":\"tcp\",\"role\":\"client\"}\n");

} // namespace

class TestAttackTcpInfo : public QObject
{
    Q_OBJECT

private slots:
    void hostileLine_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<bool>("read");
        QTest::addColumn<qint64>("cwnd"); // what the table shows in the cwnd column; -1: empty
        QTest::newRow("negative cwnd") << QByteArray("\"cwnd\":-5") << false << qint64(-1);
        QTest::newRow("cwnd as text") << QByteArray("\"cwnd\":\"10\"") << false << qint64(-1);
        QTest::newRow("cwnd with a fraction") << QByteArray("\"cwnd\":10.5") << false << qint64(-1);
        QTest::newRow("cwnd beyond 64 bits") << QByteArray("\"cwnd\":1e30") << false << qint64(-1);
        QTest::newRow("rtt as a list") << QByteArray("\"cwnd\":10,\"srtt_us\":[1]") << false << qint64(-1);
        QTest::newRow("negative window") << QByteArray("\"cwnd\":10,\"snd_wnd\":-1") << false << qint64(-1);
        QTest::newRow("nothing but the kind") << QByteArray("\"note\":\"x\"") << true << qint64(-1);
        QTest::newRow("huge cwnd") << QByteArray("\"cwnd\":9007199254740991") << true
                                   << qint64(9007199254740991);
        QTest::newRow("retransmissions beyond 32 bits")
            << QByteArray("\"cwnd\":10,\"retrans\":99999999999") << true << qint64(10);
        QTest::newRow("every field") << QByteArray(
            "\"cwnd\":10,\"ssthresh\":7,\"srtt_us\":50,\"rttvar_us\":25,"
            "\"unacked\":1,\"in_flight\":1,\"retrans\":0,\"snd_wnd\":65535,"
            "\"rcv_wnd\":65535,\"send_queue\":0,\"recv_queue\":0,"
            "\"delivery_rate\":1000") << true
                                     << qint64(10);
    }

    void hostileLine()
    {
        QFETCH(QByteArray, fields);
        QFETCH(bool, read);
        QFETCH(qint64, cwnd);
        QByteArray content = kHeader + kOpened;
        content += "{\"t\":2,\"kind\":\"tcp_info\",\"source\":\"kernel\",\"socket\":1,\"proto\":\"tcp\","
            + fields + "}\n";
        QBuffer buffer(&content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(buffer, journal));
        QCOMPARE(reader.damagedLines(), read ? 0 : 1);
        QCOMPARE(journal.count(), read ? 2 : 1);

        SocketTableModel model(&journal);
        model.setAnimated(false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.catchUp();
        QCOMPARE(model.rowCount(), 1);
        const QVariant shown = model.index(0, SocketTableModel::ColumnCwnd).data();
        if (cwnd < 0)
            QVERIFY(!shown.isValid() || shown.toString().isEmpty());
        else
            QCOMPARE(shown.toLongLong(), cwnd);
        for (int column = 0; column < SocketTableModel::ColumnCount; ++column)
            model.index(0, column).data(Qt::ToolTipRole);
        if (read) {
            const Event &e = journal.at(1);
            QVERIFY(!Labels::describe(journal, e).isEmpty());
            // What was read is written back as it came, never with a -1 for an absent number.
            const QByteArray again = RecordingFormat::eventLine(journal, e);
            QVERIFY2(!again.contains(":-1"), again.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestAttackTcpInfo)
#include "tst_attack_tcpinfo.moc"
