#include "journal/journal.h"
#include "lab/lab.h"
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

QTEST_MAIN(TestNetworkPanel)
#include "tst_networkpanel.moc"
