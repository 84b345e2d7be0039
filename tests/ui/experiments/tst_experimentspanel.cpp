#include "experiments/composerpage.h"
#include "experiments/experimentspanel.h"
#include "experiments/fanoutpage.h"
#include "experiments/forwardingpage.h"
#include "experiments/identitypage.h"
#include "experiments/lossypath.h"
#include "experiments/lossypathpage.h"
#include "experiments/portforwarder.h"
#include "experiments/sharedportdemo.h"
#include "experimentspaneltest.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeWidget>

#include <memory>

using namespace SocketScope;

// The experiments panel on live loopback sockets, under the offscreen platform.
class TestExperimentsPanel : public ExperimentsPanelTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(keepSettingsIn(QStringLiteral("tst_experimentspanel"))); }

    void init() { openPanel(QSize(1200, 800)); }

    void cleanup() { closePanel(); }

    void pagesAndRetranslate()
    {
        QCOMPARE(m_panel->pages()->count(), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_panel->pages()->tabText(i).isEmpty());
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_panel.get(), &change);
        QVERIFY(!m_panel->pages()->tabText(0).isEmpty());
    }

    void forwardingRule()
    {
        auto *page = m_panel->findChild<ForwardingPage *>();
        QVERIFY(page);
        const Lab::Opened server = m_lab->listenTcp(QHostAddress(QStringLiteral("127.0.0.2")), 0);
        QVERIFY(!page->addRule(QStringLiteral("tcp:127.0.0.1:70000=127.0.0.2:80")));
        QVERIFY(page->addRule(
            QStringLiteral("tcp:127.0.0.1:0=127.0.0.2:%1").arg(m_lab->info(server.id)->localPort)));
        PortForwarder *forwarder = page->forwarders().first();
        // Loopback by default: the listener is on 127.0.0.1.
        QCOMPARE(m_lab->info(forwarder->listenerId())->localAddress, QHostAddress(QHostAddress::LocalHost));
        QSignalSpy linked(forwarder, &PortForwarder::linkAdded);
        QVERIFY(linked.isValid());
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress(QHostAddress::LocalHost), forwarder->listenPort());
        QVERIFY(linked.wait());
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QVERIFY(!m_lab->send(client.id, QByteArrayLiteral("through the router")));
        QTRY_COMPARE(forwarder->bytesToTarget(), 18);
        // The connection's row says where the forwarder speaks from once its socket toward the
        // target has connected: a loopback address, not the 0.0.0.0 of a socket still connecting.
        auto *rules = page->findChild<QTreeWidget *>();
        QVERIFY(rules && rules->topLevelItemCount() == 1);
        QTRY_COMPARE(rules->topLevelItem(0)->childCount(), 1);
        const auto speaksFrom = [rules] { return rules->topLevelItem(0)->child(0)->text(3); };
        QTRY_VERIFY2(speaksFrom().startsWith(QLatin1StringView("127.")), qPrintable(speaksFrom()));
    }

    void oneToMany()
    {
        auto *page = m_panel->findChild<FanOutPage *>();
        QVERIFY(page);
        QSignalSpy shown(page, &FanOutPage::deliveryShown);
        QVERIFY(shown.isValid());
        QVERIFY(page->openReceivers(FanOutPage::Mode::List, 3));
        page->send(QByteArrayLiteral("one for each"));
        QVERIFY(shown.wait());
        QCOMPARE(page->lastReceived().size(), 3);
        QVERIFY(page->lastMissed().isEmpty());

        QVERIFY(page->openReceivers(FanOutPage::Mode::Broadcast, 3));
        page->send(QByteArrayLiteral("to all on the port"));
        QVERIFY(shown.wait());
        QCOMPARE(page->lastReceived().size(), 3);
    }

    void lossyPath()
    {
        auto *page = m_panel->findChild<LossyPathPage *>();
        QVERIFY(page);
        QVERIFY(page->start());
        // At once, before the TCP sender's handshake is done: its numbers wait and then go.
        page->sendNumbered(30);
        QTRY_COMPARE(page->udpPath()->counts().received, 30);
        QTRY_VERIFY(page->tcpPath()->counts().bytesIn > 0);
        QTRY_COMPARE(page->tcpPath()->counts().bytesOut, page->tcpPath()->counts().bytesIn);
        page->stop();
        QVERIFY(!page->isRunning());
    }

    void identity()
    {
        auto *page = m_panel->findChild<IdentityPage *>();
        QVERIFY(page);
        const auto result = page->run(SocketIdentityLab::Experiment::SameTwice);
        QCOMPARE(result.outcome, SocketIdentityLab::Outcome::SecondRefused);
        QCOMPARE(page->answerText(SocketIdentityLab::Experiment::SameTwice), result.sentence);
        QSignalSpy ready(page->sharedPortDemo(), &SharedPortDemo::ready);
        QVERIFY(ready.isValid());
        QVERIFY(page->sharedPortDemo()->start(2));
        QVERIFY(ready.wait());
    }

    void composerMarksErrorsAndSends()
    {
        ComposerPage *composer = m_panel->composer();
        const Lab::Opened receiver = m_lab->bindUdp(QHostAddress(QHostAddress::LocalHost), 0);
        const Lab::Opened sender = m_lab->bindUdp(QHostAddress(QHostAddress::LocalHost), 0);
        m_panel->selectSocket(sender.id);
        QCOMPARE(composer->socket(), sender.id);
        composer->setDestination(QStringLiteral("127.0.0.1:%1").arg(m_lab->info(receiver.id)->localPort));

        composer->setMode(PayloadMode::Hex);
        composer->editor()->setPlainText(QStringLiteral("48 6"));
        QVERIFY(!composer->errorText().isEmpty());
        QCOMPARE(composer->editor()->extraSelections().size(), 1);
        QCOMPARE(composer->editor()->extraSelections().first().cursor.selectionStart(), 3);
        QVERIFY(!composer->sendOnce()); // nothing sent
        QCOMPARE(m_lab->info(sender.id)->packetsOut, 0);

        QSignalSpy received(m_lab.get(), &Lab::dataReceived);
        QVERIFY(received.isValid());
        composer->editor()->setPlainText(QStringLiteral("48 69"));
        composer->setLineEnding(LineEnding::CrLf);
        QVERIFY(composer->editor()->extraSelections().isEmpty());
        QVERIFY(composer->sendOnce());
        QVERIFY(received.wait());
        QCOMPARE(received.first().at(0).value<qint32>(), receiver.id);
        QCOMPARE(received.first().at(1).toByteArray(), QByteArrayLiteral("Hi\r\n"));
    }

    // Send is offered only where bytes can go: not on a listener, not before a TCP socket is
    // connected, not after it is closed.
    void composerSendsOnlyFromConnectedSockets()
    {
        ComposerPage *composer = m_panel->composer();
        QPushButton *send = nullptr;
        for (QPushButton *button : composer->findChildren<QPushButton *>()) {
            if (button->text() == QLatin1StringView("&Send"))
                send = button;
        }
        QVERIFY(send);
        composer->setMode(PayloadMode::Text);
        composer->editor()->setPlainText(QStringLiteral("hello"));

        const Lab::Opened listener = m_lab->listenTcp(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(!listener.error);
        m_panel->selectSocket(listener.id);
        QVERIFY(!send->isEnabled());
        QVERIFY(!composer->sendOnce()); // and pressing Enter anyway sends nothing

        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress(QHostAddress::LocalHost), m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        m_panel->selectSocket(client.id);
        QTRY_VERIFY(send->isEnabled()); // once connected
        QVERIFY(composer->sendOnce());

        QVERIFY(!m_lab->close(client.id));
        QTRY_VERIFY(!send->isEnabled());
    }
};

QTEST_MAIN(TestExperimentsPanel)
#include "tst_experimentspanel.moc"
