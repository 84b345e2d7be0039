#include "journal/journal.h"
#include "lab/lab.h"
#include "models/eventlogmodel.h"
#include "models/labels.h"
#include "models/sockettablemodel.h"
#include "window/errortext.h"
#include "workbench/workbench.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

#include <memory>

using namespace SocketScope;

// A socket the OS refuses is explained where the eye is: its row in the sockets table (a few
// words in the state cell, the whole sentence in the tooltip), the event log, and under the
// workbench form that asked. Real sockets on loopback.
class TestErrorPlaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Labels::setErrorWording({&ErrorText::full, &ErrorText::reason}); }

    void init()
    {
        m_journal = std::make_unique<Journal>();
        m_lab = std::make_unique<Lab>(m_journal.get(), nullptr);
        m_sockets = std::make_unique<SocketTableModel>(m_journal.get());
        m_events = std::make_unique<EventLogModel>(m_journal.get());
        m_socketsTester = std::make_unique<QAbstractItemModelTester>(m_sockets.get());
        m_workbench = std::make_unique<Workbench>(m_lab.get());
        m_workbench->show();
    }

    void cleanup()
    {
        m_workbench.reset();
        m_socketsTester.reset();
        m_events.reset();
        m_sockets.reset();
        m_lab.reset();
        m_journal.reset();
    }

    void portInUse_data()
    {
        QTest::addColumn<QString>("proto");
        QTest::newRow("tcp") << QStringLiteral("tcp");
        QTest::newRow("udp") << QStringLiteral("udp");
    }

    // The form asks for a port another socket holds.
    void portInUse()
    {
        QFETCH(QString, proto);
        const bool udp = proto == QLatin1String("udp");
        const QHostAddress loopback(QHostAddress::LocalHost);
        const Lab::Opened holder = udp ? m_lab->bindUdp(loopback, 0) : m_lab->listenTcp(loopback, 0);
        QVERIFY(!holder.error);
        const quint16 port = m_lab->info(holder.id)->localPort;

        field<QComboBox>(udp ? "udpAddress" : "serverAddress")->setCurrentText(QStringLiteral("127.0.0.1"));
        field<QLineEdit>(udp ? "udpPort" : "serverPort")->setText(QString::number(port));
        QSignalSpy messages(m_workbench.get(), &Workbench::message);
        QVERIFY(messages.isValid());
        field<QPushButton>(udp ? "bind" : "listen")->click();

        const qint32 failed = holder.id + 1;
        QVERIFY(m_lab->info(failed));
        checkRow(failed, LabError::AddressInUse);
        checkEventLog(failed, LabError::AddressInUse);
        QLabel *problem = field<QLabel>(udp ? "udpProblem" : "serverProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(
            problem->text().contains(ErrorText::what(LabError::AddressInUse)), qPrintable(problem->text()));
        QVERIFY(problem->text().contains(ErrorText::whatToTry(LabError::AddressInUse)));
        // The status bar repeats it.
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.constLast().at(1).toBool());

        // A free port next time: the sentence goes away.
        field<QLineEdit>(udp ? "udpPort" : "serverPort")->setText(QStringLiteral("0"));
        field<QPushButton>(udp ? "bind" : "listen")->click();
        QVERIFY(!problem->isVisible());
    }

    // A socket opened elsewhere (the command line, a lesson) that fails: the form shows what
    // was tried, not what it held before, and the sentence under it.
    void failedElsewhereFillsTheForm()
    {
        const QHostAddress loopback(QHostAddress::LocalHost);
        const Lab::Opened holder = m_lab->listenTcp(loopback, 0);
        QVERIFY(!holder.error);
        const quint16 port = m_lab->info(holder.id)->localPort;
        field<QComboBox>("serverAddress")->setCurrentText(QStringLiteral("::1"));
        field<QLineEdit>("serverPort")->setText(QStringLiteral("8080"));

        const Lab::Opened refused = m_lab->listenTcp(loopback, port);
        QCOMPARE(refused.error.kind, LabError::AddressInUse);
        QCOMPARE(field<QComboBox>("serverAddress")->currentText(), QStringLiteral("127.0.0.1"));
        QCOMPARE(field<QLineEdit>("serverPort")->text(), QString::number(port));
        QVERIFY(field<QLabel>("serverProblem")->text().contains(ErrorText::what(LabError::AddressInUse)));
    }

    // A refused connect is known only later, from Qt: it still lands in the row and under the
    // client form.
    void refusedConnect()
    {
        const QHostAddress loopback(QHostAddress::LocalHost);
        // A port nothing listens on: one the OS just handed out and took back.
        const Lab::Opened probe = m_lab->listenTcp(loopback, 0);
        QVERIFY(!probe.error);
        const quint16 port = m_lab->info(probe.id)->localPort;
        QVERIFY(!m_lab->close(probe.id));

        field<QComboBox>("clientHost")->setCurrentText(QStringLiteral("127.0.0.1"));
        field<QLineEdit>("clientPort")->setText(QString::number(port));
        field<QPushButton>("connect")->click();
        const qint32 client = probe.id + 1;
        QLabel *problem = field<QLabel>("clientProblem");
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 5000);
        QVERIFY2(problem->text().contains(ErrorText::what(LabError::ConnectionRefused)),
            qPrintable(problem->text()));
        checkRow(client, LabError::ConnectionRefused);
        checkEventLog(client, LabError::ConnectionRefused);
    }

private:
    template<typename T> T *field(const char *name)
    {
        T *widget = m_workbench->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no workbench field %s", name);
        return widget;
    }

    void checkRow(qint32 id, LabError::Kind kind)
    {
        m_sockets->catchUp();
        const int row = m_sockets->rowOfSocket(id);
        QVERIFY(row >= 0);
        const QModelIndex state = m_sockets->index(row, SocketTableModel::ColumnAppState);
        const QString shown = state.data().toString();
        QVERIFY2(shown.contains(ErrorText::reason(kind)), qPrintable(shown));
        // Every cell of the row has the whole sentence in its tooltip.
        for (const int column : {int(SocketTableModel::ColumnAppState), int(SocketTableModel::ColumnLocal)}) {
            const QString tip = m_sockets->index(row, column).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(ErrorText::what(kind)), qPrintable(tip));
            QVERIFY2(tip.contains(ErrorText::whatToTry(kind)), qPrintable(tip));
        }
    }

    void checkEventLog(qint32 id, LabError::Kind kind)
    {
        m_events->catchUp();
        for (int row = 0; row < m_events->rowCount(); ++row) {
            const QModelIndex details = m_events->index(row, EventLogModel::ColumnDetails);
            if (details.data(EventLogModel::SocketIdRole).toInt() != id
                || details.data(EventLogModel::KindRole).toInt() != int(EventKind::Error))
                continue;
            QVERIFY2(details.data().toString().contains(ErrorText::what(kind)),
                qPrintable(details.data().toString()));
            QVERIFY(details.data().toString().contains(ErrorText::whatToTry(kind)));
            return;
        }
        QFAIL("no error event in the log");
    }

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<SocketTableModel> m_sockets;
    std::unique_ptr<EventLogModel> m_events;
    std::unique_ptr<QAbstractItemModelTester> m_socketsTester;
    std::unique_ptr<Workbench> m_workbench;
};

QTEST_MAIN(TestErrorPlaces)
#include "tst_errorplaces.moc"
