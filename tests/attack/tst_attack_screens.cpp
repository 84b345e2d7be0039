#include "journal/journal.h"
#include "lab/lab.h"
#include "models/eventlogmodel.h"
#include "models/labels.h"
#include "models/sockettablemodel.h"
#include "window/errortext.h"
#include "workbench/workbench.h"

#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

#include <memory>

using namespace SocketScope;

// Attacks on where errors are said: codes this version does not know, and a burst of failures.
class TestAttackScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Labels::setErrorWording({&ErrorText::full, &ErrorText::reason}); }

    // A recording from a later version (or a damaged one) carries an error code nobody here
    // knows: the row and the log keep the OS's own words instead of an empty or half sentence.
    void unknownErrorCode_data()
    {
        QTest::addColumn<qint64>("code");
        QTest::newRow("later version") << qint64(77);
        QTest::newRow("negative") << qint64(-3);
        QTest::newRow("huge") << (qint64(1) << 40);
    }

    void unknownErrorCode()
    {
        QFETCH(qint64, code);
        Journal journal;
        Event opened;
        opened.kind = EventKind::SocketOpened;
        opened.socket = 1;
        opened.proto = Protocol::Tcp;
        opened.role = SocketRole::Listener;
        journal.append(opened);
        Event error;
        error.t = 10;
        error.kind = EventKind::Error;
        error.socket = 1;
        error.proto = Protocol::Tcp;
        error.value = code;
        error.text = journal.intern(u"something the OS said");
        journal.append(error);

        SocketTableModel sockets(&journal);
        EventLogModel events(&journal);
        sockets.catchUp();
        events.catchUp();
        QCOMPARE(sockets.rowCount(), 1);
        QCOMPARE(sockets.index(0, SocketTableModel::ColumnAppState).data().toString(),
            Labels::appState(AppState::Failed));
        QVERIFY(sockets.index(0, SocketTableModel::ColumnAppState)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("something the OS said")));
        QCOMPARE(events.index(1, EventLogModel::ColumnDetails).data().toString(),
            QStringLiteral("something the OS said"));
    }

    // Fifty clients refused at once: every row says why, and the form says it once, not fifty
    // sentences stacked under it.
    void refusedBurst()
    {
        Journal journal;
        Lab lab(&journal, nullptr);
        lab.setConnectTimeout(2000);
        SocketTableModel sockets(&journal);
        Workbench workbench(&lab);
        workbench.show();
        const Lab::Opened probe = lab.listenTcp(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(!probe.error);
        const quint16 port = lab.info(probe.id)->localPort;
        QVERIFY(!lab.close(probe.id));

        workbench.findChild<QComboBox *>(QStringLiteral("clientHost"))
            ->setCurrentText(QStringLiteral("127.0.0.1"));
        workbench.findChild<QLineEdit *>(QStringLiteral("clientPort"))->setText(QString::number(port));
        workbench.findChild<QSpinBox *>(QStringLiteral("clientCount"))->setValue(50);
        workbench.findChild<QPushButton *>(QStringLiteral("connect"))->click();

        // Every client ends with its reason in its row: refused, or (should the kernel drop a
        // SYN in such a burst) no answer within the lab's short connect timeout.
        const auto explained = [&] {
            sockets.catchUp();
            int count = 0;
            for (int row = 0; row < sockets.rowCount(); ++row) {
                const QString state = sockets.index(row, SocketTableModel::ColumnAppState).data().toString();
                if (state.contains(ErrorText::reason(LabError::ConnectionRefused))
                    || state.contains(ErrorText::reason(LabError::TimedOut)))
                    ++count;
            }
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(explained(), 50, 10000);
        const QString said = workbench.findChild<QLabel *>(QStringLiteral("clientProblem"))->text();
        QCOMPARE(said.count(ErrorText::what(LabError::ConnectionRefused))
                + said.count(ErrorText::what(LabError::TimedOut)),
            1);
    }
};

QTEST_MAIN(TestAttackScreens)
#include "tst_attack_screens.moc"
