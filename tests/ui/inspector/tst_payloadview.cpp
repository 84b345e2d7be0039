#include "inspector/payloadview.h"
#include "lab/lab.h"

#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QPlainTextEdit>

#include "labquery.h"
#include "livelabtest.h"

using namespace SocketScope;

// The payload inspector shows what a real socket received, as text and as a hex dump.
class TestPayloadView : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void showsTextAndHexOfReceivedBytes()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;

        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(5000));
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        const qint32 accepted = acceptedBy(*m_lab, listener.id).constFirst();

        PayloadView view(m_journal.get());
        view.showSocket(accepted);
        auto *text = view.findChild<QPlainTextEdit *>();
        auto *mode = view.findChild<QComboBox *>();
        QVERIFY(text && mode);
        QTRY_VERIFY(text->toPlainText().contains(QLatin1StringView("No data")));

        // Printable text, a line end, a control byte and a byte above ASCII.
        const QByteArray bytes("GET /\r\n\x01\xff", 9);
        QCOMPARE(client.write(bytes), qint64(bytes.size()));
        // (No translation is loaded: the plural reads "byte(s)".)
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QLatin1StringView("received 9 byte")), 5000);
        const QString shown = text->toPlainText();
        QVERIFY2(shown.contains(QLatin1StringView("GET /\\r\\n\n\\x01\\xff")), qPrintable(shown));

        mode->setCurrentIndex(1);
        const QString hex = text->toPlainText();
        QVERIFY2(hex.contains(QLatin1StringView("47 45 54 20 2f 0d 0a 01  ff")), qPrintable(hex));
        QVERIFY2(hex.contains(QLatin1StringView("GET /....")), qPrintable(hex));
    }

    void hexDumpRows_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("dump");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("one byte") << QByteArray("A")
                                  << QStringLiteral("0000  41 ") + QString(15 * 3 + 1, QLatin1Char(' '))
                + QStringLiteral(" A\n");
        QTest::newRow("second row")
            << QByteArray(17, 'z')
            << QStringLiteral("0000  7a 7a 7a 7a 7a 7a 7a 7a  7a 7a 7a 7a 7a 7a 7a 7a  zzzzzzzzzzzzzzzz\n"
                              "0010  7a ")
                + QString(15 * 3 + 1, QLatin1Char(' ')) + QStringLiteral(" z\n");
    }

    void hexDumpRows()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, dump);
        QCOMPARE(PayloadView::hexDump(bytes), dump);
    }
};

QTEST_MAIN(TestPayloadView)
#include "tst_payloadview.moc"
