#include "experiments/composerpage.h"
#include "experiments/experimentdiagram.h"
#include "experiments/experimentspanel.h"
#include "experiments/fanoutpage.h"
#include "experiments/forwardingpage.h"
#include "experiments/identitypage.h"
#include "experiments/lossypathpage.h"
#include "experiments/portforwarder.h"
#include "experimentspaneltest.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QtTest>
#include <QtWidgets/QPlainTextEdit>

#include <memory>

using namespace SocketScope;

// Each experiment page's drawing, run on loopback: its boxes turn solid as the sockets open
// and its arrows count what went through.
class TestExperimentDiagram : public ExperimentsPanelTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(keepSettingsIn(QStringLiteral("tst_experimentdiagram"))); }

    void init() { openPanel(QSize(700, 600)); }

    void cleanup() { closePanel(); }

    void drawsWhatItIsGiven()
    {
        ExperimentDiagram diagram;
        diagram.resize(500, diagram.sizeHint().height());
        diagram.setBoxes({{QStringLiteral("a"), QStringLiteral("client"), QStringLiteral("127.0.0.1:5000"), 0,
                              true, false},
            {QStringLiteral("b"), QStringLiteral("server"), QStringLiteral("127.0.0.1:8080"), 1, false,
                true}});
        diagram.setArrows({{QStringLiteral("a"), QStringLiteral("b"), 12, 0},
            {QStringLiteral("b"), QStringLiteral("a"), 0, 0}});
        QVERIFY(diagram.arrow(QStringLiteral("a"), QStringLiteral("b"))->flowed());
        QVERIFY(!diagram.arrow(QStringLiteral("b"), QStringLiteral("a"))->flowed());
        QVERIFY(!diagram.arrow(QStringLiteral("a"), QStringLiteral("c")));
        // Two boxes stacked in one column make the drawing taller.
        const int oneRow = diagram.sizeHint().height();
        diagram.setBoxes(
            {{QStringLiteral("a"), {}, {}, 0, false, false}, {QStringLiteral("c"), {}, {}, 0, false, false}});
        QVERIFY(diagram.sizeHint().height() > oneRow);
        // It paints without reaching outside its boxes' list.
        QImage image(diagram.size(), QImage::Format_ARGB32);
        diagram.render(&image);
    }

    void forwarding()
    {
        auto *page = m_panel->findChild<ForwardingPage *>();
        QVERIFY(page);
        ExperimentDiagram *diagram = page->diagram();
        // Before a rule: what the form will do, on ports an ordinary user may open.
        QCOMPARE(diagram->boxes().size(), 3);
        QCOMPARE(diagram->box(QStringLiteral("server"))->address, QStringLiteral("127.0.0.2:8080"));
        QVERIFY(!diagram->box(QStringLiteral("forwarder"))->open);

        const Lab::Opened server = m_lab->listenTcp(QHostAddress(QStringLiteral("127.0.0.2")), 0);
        QVERIFY(!server.error);
        const quint16 serverPort = m_lab->info(server.id)->localPort;
        QVERIFY(page->addRule(QStringLiteral("tcp:127.0.0.1:0=127.0.0.2:%1").arg(serverPort)));
        QVERIFY(diagram->box(QStringLiteral("forwarder"))->open);
        QTRY_VERIFY(diagram->box(QStringLiteral("server"))->open);
        QVERIFY(!diagram->box(QStringLiteral("client"))->open);

        const qint32 client = page->connectClient();
        QVERIFY(client >= 0);
        QTRY_COMPARE(m_lab->info(client)->qtState, QAbstractSocket::ConnectedState);
        QTRY_VERIFY(diagram->box(QStringLiteral("client"))->open);
        QVERIFY(!m_lab->send(client, QByteArrayLiteral("hello")));
        QTRY_COMPARE(diagram->arrow(QStringLiteral("forwarder"), QStringLiteral("server"))->bytes, 5);
        QCOMPARE(diagram->arrow(QStringLiteral("client"), QStringLiteral("forwarder"))->bytes, 5);
        QVERIFY(!diagram->arrow(QStringLiteral("server"), QStringLiteral("forwarder"))->flowed());
    }

    void fanOut()
    {
        auto *page = m_panel->findChild<FanOutPage *>();
        QVERIFY(page);
        ExperimentDiagram *diagram = page->diagram();
        QVERIFY(page->openReceivers(FanOutPage::Mode::List, 3));
        QCOMPARE(diagram->boxes().size(), 4);
        for (const ExperimentDiagram::Box &box : diagram->boxes())
            QVERIFY2(box.open, qPrintable(box.key));
        QCOMPARE(diagram->arrows().size(), 3);
        page->send(QByteArrayLiteral("hi"));
        // A copy: the page gives the drawing new arrows as datagrams arrive.
        const QList<ExperimentDiagram::Arrow> arrows = diagram->arrows();
        for (const ExperimentDiagram::Arrow &arrow : arrows) {
            QTRY_COMPARE(diagram->arrow(arrow.from, arrow.to)->datagrams, 1);
            QCOMPARE(diagram->arrow(arrow.from, arrow.to)->bytes, 2);
        }
    }

    void lossyPath()
    {
        auto *page = m_panel->findChild<LossyPathPage *>();
        QVERIFY(page);
        ExperimentDiagram *diagram = page->diagram();
        QCOMPARE(diagram->boxes().size(), 6);
        QVERIFY(!diagram->box(QStringLiteral("udpRelay"))->open);
        QVERIFY(page->start());
        for (const char *key : {"udpSender", "udpRelay", "udpReceiver", "tcpRelay", "tcpReceiver"})
            QVERIFY2(diagram->box(QLatin1String(key))->open, key);
        // The TCP sender is drawn open once its handshake is done.
        QTRY_VERIFY(diagram->box(QStringLiteral("tcpSender"))->open);
        page->sendNumbered(10);
        QCOMPARE(diagram->arrow(QStringLiteral("udpSender"), QStringLiteral("udpRelay"))->datagrams, 10);
        // Some are dropped or doubled on purpose; every sent TCP byte arrives.
        QTRY_VERIFY(diagram->arrow(QStringLiteral("udpRelay"), QStringLiteral("udpReceiver"))->flowed());
        const qint64 tcpSent = diagram->arrow(QStringLiteral("tcpSender"), QStringLiteral("tcpRelay"))->bytes;
        QVERIFY(tcpSent > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            diagram->arrow(QStringLiteral("tcpRelay"), QStringLiteral("tcpReceiver"))->bytes, tcpSent, 15000);
        page->stop();
        QVERIFY(!diagram->box(QStringLiteral("udpRelay"))->open);
    }

    void identity()
    {
        auto *page = m_panel->findChild<IdentityPage *>();
        QVERIFY(page);
        ExperimentDiagram *diagram = page->diagram();
        QCOMPARE(diagram->boxes().size(), 2);
        QVERIFY(!diagram->boxes().at(0).open);
        page->run(SocketIdentityLab::Experiment::SameTwice);
        QCOMPARE(diagram->boxes().size(), 2);
        QVERIFY(diagram->boxes().at(0).open);
        QVERIFY(!diagram->boxes().at(1).open);
        QVERIFY(diagram->boxes().at(1).refused);
        page->run(SocketIdentityLab::Experiment::TwoAddresses);
        QVERIFY(diagram->boxes().at(1).open);
        QVERIFY(!diagram->boxes().at(1).refused);
    }

    void composer()
    {
        ComposerPage *page = m_panel->composer();
        ExperimentDiagram *diagram = page->diagram();
        QVERIFY(!diagram->box(QStringLiteral("socket"))->open);
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(!listener.error);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress(QHostAddress::LocalHost), m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        m_panel->selectSocket(client.id);
        QTRY_VERIFY(diagram->box(QStringLiteral("peer"))->open);
        QVERIFY(diagram->box(QStringLiteral("socket"))->open);
        QCOMPARE(diagram->box(QStringLiteral("peer"))->address,
            QStringLiteral("127.0.0.1:%1").arg(m_lab->info(listener.id)->localPort));

        page->setMode(PayloadMode::Text);
        page->setLineEnding(LineEnding::None);
        page->editor()->setPlainText(QStringLiteral("hello"));
        QVERIFY(page->sendOnce());
        QCOMPARE(diagram->arrow(QStringLiteral("socket"), QStringLiteral("peer"))->bytes, 5);
        QVERIFY(!diagram->arrow(QStringLiteral("peer"), QStringLiteral("socket"))->flowed());

        // The accepted socket answers; the drawing counts what came back.
        qint32 accepted = -1;
        QTRY_VERIFY((accepted = acceptedOf(listener.id)) >= 0);
        QVERIFY(!m_lab->send(accepted, QByteArrayLiteral("hi")));
        QTRY_COMPARE(diagram->arrow(QStringLiteral("peer"), QStringLiteral("socket"))->bytes, 2);
    }

private:
    qint32 acceptedOf(qint32 listener) const
    {
        for (const qint32 id : m_lab->socketIds()) {
            const SocketInfo *info = m_lab->info(id);
            if (info && info->parent == listener && info->qtState == QAbstractSocket::ConnectedState)
                return id;
        }
        return -1;
    }
};

QTEST_MAIN(TestExperimentDiagram)
#include "tst_experimentdiagram.moc"
