#include "journal/journal.h"
#include "lab/lab.h"
#include "window/wheelguard.h"
#include "workbench/workbench.h"

#include <QtTest/QtTest>
#include <QtTest/qtestspontaneevent.h>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QToolButton>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include "journalquery.h"
#include "labquery.h"
#include "livelabtest.h"

using namespace SocketScope;

namespace {

// The workbench's forms, found the way a person finds them: the first box opens a server, the
// second connects clients. Fields are the box's own children, in the order they are shown.
struct Form
{
    QComboBox *address = nullptr;
    QLineEdit *port = nullptr;
    QPushButton *go = nullptr;
};

Form formOf(Workbench &workbench, int box)
{
    const QList<QGroupBox *> boxes = workbench.findChildren<QGroupBox *>();
    if (boxes.size() <= box)
        return {};
    QGroupBox *group = boxes.at(box);
    Form form;
    const auto combos = group->findChildren<QComboBox *>(QString(), Qt::FindDirectChildrenOnly);
    const auto edits = group->findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    const auto buttons = group->findChildren<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
    form.address = combos.value(0);
    form.port = edits.value(0);
    form.go = buttons.value(0);
    return form;
}

// This process's descriptor of the TCP connection from 127.0.0.1:`local` to 127.0.0.1:`remote`,
// found among its open descriptors; -1 when there is none.
int connectionDescriptor(quint16 local, quint16 remote)
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name : fds.entryList(QDir::NoDotAndDotDot | QDir::System)) {
        bool ok = false;
        const int fd = name.toInt(&ok);
        if (!ok)
            continue;
        sockaddr_in self {};
        sockaddr_in peer {};
        socklen_t selfSize = sizeof self;
        socklen_t peerSize = sizeof peer;
        int type = 0;
        socklen_t typeSize = sizeof type;
        if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeSize) != 0 || type != SOCK_STREAM
            || ::getsockname(fd, reinterpret_cast<sockaddr *>(&self), &selfSize) != 0
            || ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerSize) != 0)
            continue;
        if (self.sin_family == AF_INET && ntohs(self.sin_port) == local && ntohs(peer.sin_port) == remote)
            return fd;
    }
    return -1;
}

// What getsockopt() says of an int option on `fd` (SO_LINGER: its seconds while on, -1 off).
qint64 kernelSays(int fd, int level, int name)
{
    if (level == SOL_SOCKET && name == SO_LINGER) {
        linger value {};
        socklen_t size = sizeof value;
        if (::getsockopt(fd, level, name, &value, &size) != 0)
            return -2;
        return value.l_onoff ? value.l_linger : -1;
    }
    int value = 0;
    socklen_t size = sizeof value;
    return ::getsockopt(fd, level, name, &value, &size) == 0 ? value : -2;
}

// Types `value` into a number field as a person does, and presses Return.
void typeNumber(QSpinBox *spin, int value)
{
    spin->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

class TestWorkbench : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void opensAServerAndAClientFromItsForms()
    {
        Workbench workbench(m_lab.get());
        QSignalSpy opened(&workbench, &Workbench::socketOpened);
        QSignalSpy said(&workbench, &Workbench::message);
        QVERIFY(opened.isValid() && said.isValid());

        const Form server = formOf(workbench, 0);
        QVERIFY(server.address && server.port && server.go);
        server.address->setCurrentText(QStringLiteral("127.0.0.1"));
        server.port->setText(QStringLiteral("0"));
        server.go->click();
        QTRY_COMPARE(opened.count(), 1);
        const qint32 listener = opened.constFirst().constFirst().value<qint32>();
        const SocketInfo *info = m_lab->info(listener);
        QVERIFY(info);
        QCOMPARE(info->qtState, QAbstractSocket::ListeningState);
        QCOMPARE(info->localAddress, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(info->localPort != 0); // port 0: the OS picked one
        QVERIFY(!said.isEmpty() && !said.last().at(1).toBool());
        const quint16 port = info->localPort;

        const Form client = formOf(workbench, 1);
        QVERIFY(client.address && client.port && client.go);
        client.address->setCurrentText(QStringLiteral("127.0.0.1"));
        client.port->setText(QString::number(port));
        client.go->click();
        QTRY_COMPARE(opened.count(), 2);
        const qint32 connecting = opened.last().constFirst().value<qint32>();
        QTRY_VERIFY(
            m_lab->info(connecting) && m_lab->info(connecting)->qtState == QAbstractSocket::ConnectedState);
        QCOMPARE(m_lab->info(connecting)->remotePort, port);
        // The listener took the connection.
        QTRY_COMPARE(acceptedBy(*m_lab, listener).size(), 1);
    }

    // The socket options of the selected socket, set in the workbench's own controls (a box
    // ticked, a number typed and Return): each is set on the socket, journalled with what was
    // asked and what the kernel reported back, and the kernel (asked here on the socket's own
    // descriptor) has it; the value shown beside each is the kernel's.
    void socketOptionsSetInTheWorkbenchAreJournalledWithTheKernelsValue()
    {
        Workbench workbench(m_lab.get());
        workbench.resize(500, 1400);
        workbench.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workbench));
        QSignalSpy opened(&workbench, &Workbench::socketOpened);
        QSignalSpy said(&workbench, &Workbench::message);
        const Lab::Opened server = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!server.error);
        const quint16 serverPort = m_lab->info(server.id)->localPort;
        const Form client = formOf(workbench, 1);
        QVERIFY(client.address && client.port && client.go);
        client.address->setCurrentText(QStringLiteral("127.0.0.1"));
        client.port->setText(QString::number(serverPort));
        QTest::mouseClick(client.go, Qt::LeftButton);
        QTRY_COMPARE(opened.count(), 1);
        const qint32 id = opened.constFirst().constFirst().value<qint32>();
        QTRY_VERIFY(m_lab->info(id) && m_lab->info(id)->qtState == QAbstractSocket::ConnectedState);
        const int fd = connectionDescriptor(m_lab->info(id)->localPort, serverPort);
        QVERIFY(fd >= 0);
        QCOMPARE(kernelSays(fd, IPPROTO_TCP, TCP_NODELAY), 0); // as a new socket starts
        QCOMPARE(kernelSays(fd, SOL_SOCKET, SO_LINGER), -1);

        // The socket chosen in a table; its options unfolded.
        workbench.setSelectedSocket(id);
        auto *toggle = workbench.findChild<QToolButton *>(QStringLiteral("socketOptionsToggle"));
        QVERIFY(toggle);
        QTest::mouseClick(toggle, Qt::LeftButton);
        const auto check = [&](const char *name) {
            return workbench.findChild<QCheckBox *>(QStringLiteral("option_%1").arg(QLatin1String(name)));
        };
        const auto spin = [&](const char *name) {
            return workbench.findChild<QSpinBox *>(QStringLiteral("option_%1").arg(QLatin1String(name)));
        };
        const auto kernelLabel = [&](const char *name) {
            auto *label = workbench.findChild<QLabel *>(QStringLiteral("kernel_%1").arg(QLatin1String(name)));
            return label ? label->text() : QString();
        };
        QCheckBox *nodelay = check("nodelay");
        QCheckBox *keepalive = check("keepalive");
        QSpinBox *linger = spin("linger");
        QSpinBox *rcvbuf = spin("rcvbuf");
        QSpinBox *sndbuf = spin("sndbuf");
        QSpinBox *keepidle = spin("keepidle");
        QSpinBox *ttl = spin("ttl");
        QVERIFY(nodelay && keepalive && linger && rcvbuf && sndbuf && keepidle && ttl);
        QVERIFY(nodelay->isVisible() && nodelay->isEnabled() && rcvbuf->isVisible());
        QVERIFY(!nodelay->isChecked());

        QTest::mouseClick(nodelay, Qt::LeftButton);
        QTest::mouseClick(keepalive, Qt::LeftButton);
        typeNumber(linger, 0);
        typeNumber(rcvbuf, 4096);
        typeNumber(sndbuf, 8192);
        typeNumber(keepidle, 30);
        typeNumber(ttl, 17);

        // Each once in the journal, in the order set: asked, and what getsockopt() said.
        struct Expected
        {
            SocketOption option;
            qint64 asked;
            qint64 kernel;
            int level;
            int name;
            const char *shown; // beside the control
        };
        // Linux doubles a buffer size asked for.
        const QList<Expected> expected {
            {SocketOption::NoDelay, 1, 1, IPPROTO_TCP, TCP_NODELAY, "kernel: on"},
            {SocketOption::KeepAlive, 1, 1, SOL_SOCKET, SO_KEEPALIVE, "kernel: on"},
            {SocketOption::Linger, 0, 0, SOL_SOCKET, SO_LINGER, "kernel: 0"},
            {SocketOption::ReceiveBuffer, 4096, 8192, SOL_SOCKET, SO_RCVBUF, "kernel: 8192"},
            {SocketOption::SendBuffer, 8192, 16384, SOL_SOCKET, SO_SNDBUF, "kernel: 16384"},
            {SocketOption::KeepIdle, 30, 30, IPPROTO_TCP, TCP_KEEPIDLE, "kernel: 30"},
            {SocketOption::Ttl, 17, 17, IPPROTO_IP, IP_TTL, "kernel: 17"},
        };
        const QList<Event> events = eventsOf(*m_journal, id, EventKind::OptionSet);
        QCOMPARE(events.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const Expected &want = expected[i];
            const QLatin1StringView name = socketOptionName(want.option);
            const Event &e = events[i];
            QCOMPARE(SocketOption(e.flags), want.option);
            QVERIFY2(e.value == want.asked, name.data());
            QVERIFY2(e.value2 == want.kernel, name.data());
            QVERIFY2(e.text == 0, name.data()); // no failure said
            // The kernel, asked here and not through the app, has the value journalled.
            QVERIFY2(kernelSays(fd, want.level, want.name) == want.kernel, name.data());
            QCOMPARE(kernelLabel(name.data()), QLatin1String(want.shown));
        }
        QVERIFY(nodelay->isChecked() && keepalive->isChecked());
        QCOMPARE(rcvbuf->value(), 4096); // the field keeps what was asked
        // The buffer's doubling is said in words.
        const auto saidSo = [&](const QString &words) {
            return std::any_of(said.begin(), said.end(),
                [&](const QList<QVariant> &m) { return m.at(0).toString().contains(words); });
        };
        QVERIFY(saidSo(QStringLiteral("sndbuf asked 8192, kernel uses 16384")));
        QVERIFY(saidSo(QStringLiteral("ttl set to 17; the kernel reports the same")));
    }

    // A client opened elsewhere (the command line, a lesson) that the OS refused: the client
    // form shows the server and port it tried, so changing one field and trying again is all
    // it takes.
    void failedClientShowsWhatWasTried()
    {
        Workbench workbench(m_lab.get());
        const Form client = formOf(workbench, 1);
        QVERIFY(client.address && client.port);
        client.address->setCurrentText(QString());
        // A port nobody listens on: open a listener, note its port, close it.
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 1);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        m_lab->close(listener.id);
        QSignalSpy failed(m_lab.get(), &Lab::socketFailed);
        QVERIFY(failed.isValid());
        const Lab::Opened opened = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!opened.error); // refused later, by the OS
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(client.address->currentText(), QStringLiteral("127.0.0.1"));
        QCOMPARE(client.port->text(), QString::number(port));
    }

    // Refused before it had a socket (an IPv6 source for an IPv4 server): the form shows what
    // was tried all the same.
    void clientRefusedAtOnceShowsWhatWasTried()
    {
        Workbench workbench(m_lab.get());
        const Form client = formOf(workbench, 1);
        QVERIFY(client.address && client.port);
        client.address->setCurrentText(QString());
        client.port->setText(QString());
        const Lab::Opened opened
            = m_lab->connectTcp(QHostAddress::LocalHost, 9, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(opened.error.kind, LabError::AddressFamilyMismatch);
        QCOMPARE(client.address->currentText(), QStringLiteral("127.0.0.1"));
        QCOMPARE(client.port->text(), QStringLiteral("9"));
    }

    void exposureWarning_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("warned");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << false;
        QTest::newRow("every interface") << QStringLiteral("0.0.0.0") << true;
        QTest::newRow("every interface, IPv6") << QStringLiteral("::") << true;
        // Not an address of this computer (a documentation range): listen() fails, nothing is
        // exposed, and saying "other computers will connect" would be wrong.
        QTest::newRow("not this computer's") << QStringLiteral("192.0.2.1") << false;
        QTest::newRow("not an address") << QStringLiteral("abc") << false;
    }

    void exposureWarning()
    {
        QFETCH(QString, address);
        QFETCH(bool, warned);
        Workbench workbench(m_lab.get());
        const Form server = formOf(workbench, 0);
        QVERIFY(server.address);
        auto *warning = workbench.findChild<QLabel *>(QStringLiteral("serverExposure"));
        QVERIFY(warning);
        server.address->setCurrentText(address);
        QCOMPARE(warning->isVisibleTo(&workbench), warned);
    }

    void badPortOpensNothing_data()
    {
        QTest::addColumn<int>("box");
        QTest::addColumn<QString>("port");
        QTest::newRow("server, above 65535") << 0 << QStringLiteral("70000");
        QTest::newRow("server, negative") << 0 << QStringLiteral("-1");
        QTest::newRow("server, a word") << 0 << QStringLiteral("http");
        QTest::newRow("client, above 65535") << 1 << QStringLiteral("70000");
        QTest::newRow("client, empty") << 1 << QString();
    }

    void badPortOpensNothing()
    {
        QFETCH(int, box);
        QFETCH(QString, port);
        Workbench workbench(m_lab.get());
        QSignalSpy opened(&workbench, &Workbench::socketOpened);
        QSignalSpy said(&workbench, &Workbench::message);
        QVERIFY(opened.isValid() && said.isValid());
        const Form form = formOf(workbench, box);
        QVERIFY(form.address && form.port && form.go);
        form.address->setCurrentText(QStringLiteral("127.0.0.1"));
        form.port->setText(port);
        form.go->click();
        // The port is checked before the lab is asked: the message comes at once.
        QCOMPARE(said.count(), 1);
        QVERIFY(said.constFirst().at(1).toBool());
        const QString text = said.constFirst().at(0).toString();
        QVERIFY2(text.contains(QLatin1StringView("not a port number")), qPrintable(text));
        QVERIFY(opened.isEmpty());
        QVERIFY(m_lab->socketIds().isEmpty());
    }

    // A replay has no lab: no form is shown (nothing that looks broken), one sentence says it is
    // a recording and how to open sockets; a live workbench shows its forms and no sentence.
    void replayShowsASentenceInsteadOfForms()
    {
        Workbench replay(nullptr);
        replay.setReadOnly(true);
        replay.resize(300, 600);
        replay.show();
        QVERIFY(QTest::qWaitForWindowExposed(&replay));
        auto *note = replay.findChild<QLabel *>(QStringLiteral("replayNote"));
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("recording")));
        QVERIFY(note->text().contains(QStringLiteral("live session")));
        for (QGroupBox *box : replay.findChildren<QGroupBox *>())
            QVERIFY2(!box->isVisible(), qPrintable(box->title()));

        Workbench live(m_lab.get());
        live.show();
        QVERIFY(QTest::qWaitForWindowExposed(&live));
        QVERIFY(!live.findChild<QLabel *>(QStringLiteral("replayNote"))->isVisible());
        QVERIFY(formOf(live, 0).go->isVisible());
    }

    // The wheel scrolls the workbench, as it does on any page, and changes a field only once
    // it was clicked or tabbed into (WheelGuard): scrolling down the forms turned the server
    // address under the pointer into another one, unseen.
    void wheelScrollsUnlessAFieldHasTheFocus()
    {
        QWidget window;
        WheelGuard::install(&window); // as main() does for the whole app
        auto *scroll = new QScrollArea(&window);
        auto *workbench = new Workbench(m_lab.get());
        scroll->setWidget(workbench);
        scroll->setWidgetResizable(true);
        scroll->setGeometry(0, 0, 320, 260);
        window.resize(320, 260);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QScrollBar *bar = scroll->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QComboBox *address = formOf(*workbench, 0).address;
        auto *backlog = workbench->findChildren<QGroupBox *>().value(0)->findChild<QSpinBox *>();
        QVERIFY(address && backlog);
        const QString addressBefore = address->currentText();
        const int backlogBefore = backlog->value();
        const auto wheelOver = [](QWidget *field) {
            const QPointF at = QPointF(field->rect().center());
            QWheelEvent wheel(at, field->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                Qt::NoModifier, Qt::NoScrollPhase, false);
            // As the window system sends it: only such a wheel event goes on to the widgets
            // around one that does not take it.
            QSpontaneKeyEvent::setSpontaneous(&wheel);
            // (sendEvent would mark it as the app's own again.)
            QCoreApplication::instance()->notify(field, &wheel);
        };
        // Down the page, over the fields: the page scrolls, the fields keep their values.
        wheelOver(address);
        QCOMPARE(address->currentText(), addressBefore);
        QVERIFY2(bar->value() > 0, "the workbench did not scroll");
        const int scrolled = bar->value();
        wheelOver(backlog);
        QCOMPARE(backlog->value(), backlogBefore);
        QVERIFY(bar->value() > scrolled);
        // Clicked into, the field takes the wheel.
        backlog->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(backlog->hasFocus());
        wheelOver(backlog);
        QCOMPARE(backlog->value(), backlogBefore - 1);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
