#include "history/playhead.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "lab/lab.h"
#include "network/linkfaultpanel.h"
#include "network/networkpanel.h"
#include "network/topologyview.h"
#include "network/virtualnetwork.h"

#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>

using namespace SocketScope;

// The Network tab driven as a user would: start the lab, add a forwarding rule and a computer,
// and see the mistakes refused in words; the picture draws every computer.
class TestNetworkPanel : public QObject
{
    Q_OBJECT

private slots:
    void drivesTheLab();
    void pictureFollowsPlayhead();
    void replayDrawsTheRecordedNetwork();
    void replayWithoutNetworkSaysSo();
};

namespace {
QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

void TestNetworkPanel::drivesTheLab()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    VirtualNetwork network(&journal, &lab, nullptr);
    NetworkPanel panel(&network, &lab);
    panel.resize(1200, 800);
    panel.show();
    QSignalSpy messages(&panel, &NetworkPanel::messageRaised);

    QPushButton *useLab = button(&panel, QStringLiteral("Use the virtual lab network"));
    QPushButton *useHost = button(&panel, QStringLiteral("Use this computer's network"));
    QVERIFY(useLab && useHost);
    QVERIFY(useLab->isEnabled() && !useHost->isEnabled());
    useLab->click();
    QVERIFY2(network.isActive(), qPrintable(network.problem()));
    QVERIFY(!useLab->isEnabled() && useHost->isEnabled());
    QCOMPARE(lab.placement(), network.network());

    // A rule: public port 8080 on to pc-a port 80.
    auto *rules = panel.findChild<QTableWidget *>();
    QVERIFY(rules);
    button(&panel, QStringLiteral("Add rule"))->click();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->item(0, 1)->text(), QStringLiteral("203.0.113.1:8080"));
    QCOMPARE(rules->item(0, 2)->text(), QStringLiteral("192.168.0.10:80"));
    QCOMPARE(rules->item(0, 3)->text(), QStringLiteral("pc-a"));
    // The same public port again is refused, in words, and nothing changes.
    button(&panel, QStringLiteral("Add rule"))->click();
    QCOMPARE(rules->rowCount(), 1);
    QVERIFY(messages.last().at(1).toBool());

    // A computer: a bad address first, then a good one.
    auto edits = panel.findChildren<QLineEdit *>();
    QLineEdit *name = nullptr;
    QLineEdit *address = nullptr;
    for (QLineEdit *edit : edits) {
        if (edit->text() == QLatin1String("pc-c"))
            name = edit;
        else if (edit->text().startsWith(QLatin1String("192.168.")))
            address = edit;
    }
    QVERIFY(name && address);
    address->setText(QStringLiteral("10.1.2.3"));
    button(&panel, QStringLiteral("Add computer"))->click();
    QVERIFY(messages.last().at(1).toBool());
    QVERIFY(!network.network()->topology().host(QStringLiteral("pc-c")));
    address->setText(QStringLiteral("192.168.0.20"));
    button(&panel, QStringLiteral("Add computer"))->click();
    QVERIFY2(!messages.last().at(1).toBool(), qPrintable(messages.last().at(0).toString()));
    QVERIFY(network.network()->topology().host(QStringLiteral("pc-c")));
    // A socket on the new computer works at once.
    const Lab::Opened server = lab.listenTcp(QHostAddress(QStringLiteral("192.168.0.20")), 80);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    QCOMPARE(lab.info(server.id)->host, QStringLiteral("pc-c"));

    // The picture draws without trouble at this size.
    auto *picture = panel.findChild<TopologyView *>();
    QVERIFY(picture);
    QImage image(picture->size(), QImage::Format_ARGB32);
    picture->render(&image);

    useHost->click();
    QVERIFY(!network.isActive());
    QCOMPARE(lab.placement(), nullptr);
    QVERIFY(!lab.info(server.id)->isOpen());
}

// Stepping back, the picture shows the network as it was: a computer added later greyed, a
// rule added later gone from the router, and the router's translation table of that instant.
void TestNetworkPanel::pictureFollowsPlayhead()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    VirtualNetwork network(&journal, &lab, nullptr);
    NetworkPanel panel(&network, &lab);
    Playhead playhead(&journal);
    panel.followPlayhead(&playhead, &journal);
    panel.resize(1200, 800);
    panel.show();
    TopologyView *picture = panel.picture();
    button(&panel, QStringLiteral("Use the virtual lab network"))->click();
    QVERIFY2(network.isActive(), qPrintable(network.problem()));
    if (!network.network()->hasNat())
        QFAIL("nft is missing: the router cannot translate addresses (install nftables)");

    const Lab::Opened server = lab.listenTcp(QHostAddress(QStringLiteral("192.168.0.10")), 80);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    QTRY_VERIFY(journal.count() > 0);
    const qsizetype beforeRule = journal.count();
    button(&panel, QStringLiteral("Add rule"))->click(); // 203.0.113.1:8080 on to pc-a:80
    QCOMPARE(picture->rulesShown().size(), 1);
    const Lab::Opened client = lab.connectTcp(
        QHostAddress(QStringLiteral("203.0.113.1")), 8080, QHostAddress(QStringLiteral("203.0.113.50")));
    QVERIFY2(!client.error, qPrintable(client.error.detail));
    QTRY_COMPARE(picture->translationLines().size(), 1);
    const qsizetype translated = journal.count();
    // Something happens before the next computer comes, so the two instants differ.
    const Lab::Opened udp = lab.bindUdp(QHostAddress(QStringLiteral("192.168.0.11")), 0);
    QVERIFY(!udp.error);
    QTRY_VERIFY(journal.count() > translated);
    button(&panel, QStringLiteral("Add computer"))->click(); // pc-c, 192.168.0.20
    QVERIFY(picture->hostExisted(QStringLiteral("pc-c")));

    // Before the rule: no rule, nothing translated, pc-c not there yet; pc-a was.
    playhead.showAfter(beforeRule - 1);
    QVERIFY(picture->rulesShown().isEmpty());
    QVERIFY(picture->translationLines().isEmpty());
    QVERIFY(!picture->hostExisted(QStringLiteral("pc-c")));
    QVERIFY(picture->hostExisted(QStringLiteral("pc-a")));
    QImage image(picture->size(), QImage::Format_ARGB32);
    picture->render(&image);

    // Once the connection went through the router: the rule and its translation.
    playhead.showAfter(translated);
    QCOMPARE(picture->rulesShown().size(), 1);
    const QStringList lines = picture->translationLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QLatin1String("203.0.113.1:8080"))
            && lines.first().contains(QLatin1String("192.168.0.10:80")),
        qPrintable(lines.first()));
    QVERIFY(!picture->hostExisted(QStringLiteral("pc-c")));

    playhead.goLive();
    QVERIFY(picture->hostExisted(QStringLiteral("pc-c")));
    QCOMPARE(picture->rulesShown().size(), 1);
    lab.closeAll();
    network.stop();
}

namespace {

// A lab session's recording, as SocketScope writes one: the network built, a server on pc-a, a
// fault on remote's cable, pc-c and a rule added, the network taken down.
const char kLabRecording[] = R"({"format":"socketscope-journal","version":1}
{"t":100,"kind":"network","source":"app","topology":{"default_host":"pc-a","forwards":[],"hosts":[{"address":"192.168.0.10","gateway":"192.168.0.1","name":"pc-a","prefix":24,"segment":"lan"},{"address":"203.0.113.50","gateway":"203.0.113.1","name":"remote","prefix":24,"segment":"wan"}],"nat":true,"segments":[{"name":"lan","prefix":24,"router":"192.168.0.1"},{"name":"wan","prefix":24,"router":"203.0.113.1"}]}}
{"t":200,"kind":"socket_opened","source":"app","socket":1,"proto":"tcp","host":"pc-a","role":"listener"}
{"t":300,"kind":"listening","source":"app","socket":1,"proto":"tcp","local":"192.168.0.10:80","host":"pc-a","backlog":50}
{"t":400,"kind":"link_fault","source":"app","asked":"loss=5%,seed=1","applied":"loss=5%,seed=1","host":"remote","link":"remote"}
{"t":500,"kind":"network","source":"app","topology":{"default_host":"pc-a","forwards":[{"inside":"192.168.0.10:80","proto":"tcp","public":"203.0.113.1:8080"}],"hosts":[{"address":"192.168.0.10","gateway":"192.168.0.1","name":"pc-a","prefix":24,"segment":"lan"},{"address":"203.0.113.50","gateway":"203.0.113.1","name":"remote","prefix":24,"segment":"wan"},{"address":"192.168.0.20","gateway":"192.168.0.1","name":"pc-c","prefix":24,"segment":"lan"}],"nat":true,"segments":[{"name":"lan","prefix":24,"router":"192.168.0.1"},{"name":"wan","prefix":24,"router":"203.0.113.1"}]}}
{"t":600,"kind":"closed","source":"qt","socket":1,"proto":"tcp","host":"pc-a"}
{"t":700,"kind":"network","source":"app","topology":{}}
)";

bool readRecording(const QByteArray &text, Journal &journal)
{
    QBuffer file;
    file.setData(text);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    RecordingReader reader;
    return reader.read(file, journal) && reader.problems().isEmpty();
}

} // namespace

// --replay of a lab session: the tab has no lab of its own and draws the recorded network, its
// computers, sockets, rules and faults at the playhead's instant.
void TestNetworkPanel::replayDrawsTheRecordedNetwork()
{
    Journal journal;
    QVERIFY(readRecording(kLabRecording, journal));
    QCOMPARE(journal.count(), 7);
    NetworkPanel panel(nullptr, nullptr);
    Playhead playhead(&journal);
    playhead.showAfter(0);
    panel.followPlayhead(&playhead, &journal);
    panel.resize(1024, 700);
    panel.show();
    TopologyView *picture = panel.picture();
    auto *rules = panel.findChild<QTableWidget *>();
    auto *faults = panel.findChild<LinkFaultPanel *>();
    QVERIFY(rules && faults);

    // At the very start: the network the recording opens with, before its first socket.
    QVERIFY(picture->networkShown().running);
    QVERIFY(picture->hostExisted(QStringLiteral("pc-a")));
    QVERIFY(picture->socketLines(QStringLiteral("pc-a")).isEmpty());

    // The listener on pc-a, before the fault and before pc-c came.
    playhead.showAfter(3);
    QVERIFY(picture->networkShown().running);
    QVERIFY(picture->hostExisted(QStringLiteral("pc-a")));
    QVERIFY(!picture->hostExisted(QStringLiteral("pc-c")));
    QCOMPARE(picture->socketLines(QStringLiteral("pc-a")).size(), 1);
    QVERIFY2(picture->socketLines(QStringLiteral("pc-a")).first().contains(QLatin1String("listening")),
        qPrintable(picture->socketLines(QStringLiteral("pc-a")).first()));
    QCOMPARE(rules->rowCount(), 0);
    QCOMPARE(faults->faultShown(QStringLiteral("remote")), QString());
    QImage image(picture->size(), QImage::Format_ARGB32);
    picture->render(&image);

    // After the second network event: pc-c, the rule, and the fault set before it.
    playhead.showAfter(5);
    QVERIFY(picture->hostExisted(QStringLiteral("pc-c")));
    QCOMPARE(picture->rulesShown().size(), 1);
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->item(0, 1)->text(), QStringLiteral("203.0.113.1:8080"));
    QCOMPARE(faults->faultShown(QStringLiteral("remote")), QStringLiteral("loss=5%,seed=1"));
    picture->render(&image);

    // Stepped back, the rule and the fault go again.
    playhead.showAfter(4);
    QCOMPARE(rules->rowCount(), 0);
    QCOMPARE(faults->faultShown(QStringLiteral("remote")), QStringLiteral("loss=5%,seed=1"));
    playhead.showAfter(3);
    QCOMPARE(faults->faultShown(QStringLiteral("remote")), QString());

    // The end: the network was taken down.
    playhead.goLive();
    QVERIFY(!picture->networkShown().running);
    QVERIFY(picture->absenceText().contains(QLatin1String("not running")));
}

// A recording from before the network was written into recordings: no picture, and a
// sentence that says why.
void TestNetworkPanel::replayWithoutNetworkSaysSo()
{
    Journal journal;
    QVERIFY(readRecording(R"({"format":"socketscope-journal","version":1}
{"t":200,"kind":"socket_opened","source":"app","socket":1,"proto":"tcp","host":"pc-a","role":"listener"}
{"t":300,"kind":"listening","source":"app","socket":1,"proto":"tcp","local":"192.168.0.10:80","host":"pc-a","backlog":50}
)",
        journal));
    NetworkPanel panel(nullptr, nullptr);
    Playhead playhead(&journal);
    panel.followPlayhead(&playhead, &journal);
    panel.resize(1024, 700);
    panel.show();
    QVERIFY(!panel.picture()->networkShown().running);
    QVERIFY2(panel.picture()->absenceText().contains(QLatin1String("no lab network")),
        qPrintable(panel.picture()->absenceText()));
    QImage image(panel.picture()->size(), QImage::Format_ARGB32);
    panel.picture()->render(&image);
}

QTEST_MAIN(TestNetworkPanel)
#include "tst_networkpanel.moc"
