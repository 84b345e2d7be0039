#include "forwardingpage.h"

#include "experimentdiagram.h"
#include "experiments/forwardrule.h"
#include "experiments/portforwarder.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "window/errortext.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTreeWidget>

namespace SocketScope {

namespace {

enum Column {
    RuleColumn,
    ListenColumn,
    TargetColumn,
    SourceColumn,
    ToTargetColumn,
    ToClientColumn,
    StateColumn,
    ColumnCount
};

QComboBox *addressBox(const QStringList &addresses, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->addItems(addresses);
    box->setMinimumContentsLength(11); // "127.255.255.255" fits
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return box;
}

} // namespace

ForwardingPage::~ForwardingPage()
{
    m_lab->disconnect(this);
}

ForwardingPage::ForwardingPage(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_intro(new QLabel(this))
    , m_protocolLabel(new QLabel(this))
    , m_protocol(new QComboBox(this))
    , m_listenLabel(new QLabel(this))
    , m_listenAddress(addressBox({QStringLiteral("127.0.0.1")}, this))
    , m_listenPort(new QSpinBox(this))
    , m_targetLabel(new QLabel(this))
    , m_targetAddress(addressBox(
          {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3"), QStringLiteral("127.0.0.1")}, this))
    , m_targetPort(new QSpinBox(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(addressBox({QString(), QStringLiteral("127.0.0.1")}, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_openServer(new QPushButton(this))
    , m_connectClient(new QPushButton(this))
    , m_diagram(new ExperimentDiagram(this))
    , m_error(new QLabel(this))
    , m_rules(new QTreeWidget(this))
{
    m_intro->setWordWrap(true);
    m_protocol->addItem(QStringLiteral("TCP"), int(Protocol::Tcp));
    m_protocol->addItem(QStringLiteral("UDP"), int(Protocol::Udp));
    m_listenPort->setRange(0, 65535);
    m_listenPort->setValue(8080);
    m_targetPort->setRange(1, 65535);
    // A port an ordinary user may open a server on, so the whole path can be tried here.
    m_targetPort->setValue(8080);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::messageStyle(Theme::Role::Error));
    m_error->hide();
    m_rules->setColumnCount(ColumnCount);
    m_rules->setRootIsDecorated(true);
    m_rules->setAlternatingRowColors(true);
    m_rules->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->header()->setStretchLastSection(true);
    m_protocolLabel->setBuddy(m_protocol);
    m_listenLabel->setBuddy(m_listenAddress);
    m_targetLabel->setBuddy(m_targetAddress);
    m_sourceLabel->setBuddy(m_source);

    // Two rows of fields, so the page fits beside the workbench on a 1024-pixel screen.
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_intro, 0, 0, 1, 6);
    grid->addWidget(m_protocolLabel, 1, 0);
    grid->addWidget(m_protocol, 2, 0);
    grid->addWidget(m_listenLabel, 1, 1, 1, 2);
    grid->addWidget(m_listenAddress, 2, 1);
    grid->addWidget(m_listenPort, 2, 2);
    grid->addWidget(m_targetLabel, 1, 3, 1, 2);
    grid->addWidget(m_targetAddress, 2, 3);
    grid->addWidget(m_targetPort, 2, 4);
    grid->setColumnStretch(5, 1);
    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(m_sourceLabel);
    ruleRow->addWidget(m_source);
    ruleRow->addWidget(m_add);
    ruleRow->addWidget(m_remove);
    ruleRow->addStretch(1);
    grid->addLayout(ruleRow, 3, 0, 1, 6);
    auto *tryRow = new QHBoxLayout;
    tryRow->addWidget(m_openServer);
    tryRow->addWidget(m_connectClient);
    tryRow->addStretch(1);
    grid->addLayout(tryRow, 4, 0, 1, 6);
    grid->addWidget(m_error, 5, 0, 1, 6);
    grid->addWidget(m_diagram, 6, 0, 1, 6);
    // The rules list takes the rest of the page: no empty box below it, and room for the
    // connections each rule carries. A few rows' worth at least, then the page scrolls.
    m_rules->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_rules->setMinimumHeight(m_rules->fontMetrics().height() * 6);
    grid->addWidget(m_rules, 7, 0, 1, 6);
    grid->setRowStretch(7, 1);

    connect(m_add, &QPushButton::clicked, this, &ForwardingPage::onAdd);
    connect(m_remove, &QPushButton::clicked, this, &ForwardingPage::onRemove);
    connect(m_openServer, &QPushButton::clicked, this, &ForwardingPage::openTargetServer);
    connect(m_connectClient, &QPushButton::clicked, this, &ForwardingPage::connectClient);
    // The drawing shows what the form will do before it runs, and fills in as it does.
    for (QComboBox *box : {m_protocol, m_listenAddress, m_targetAddress, m_source})
        connect(box, &QComboBox::currentTextChanged, this, &ForwardingPage::updateDiagram);
    for (QSpinBox *box : {m_listenPort, m_targetPort})
        connect(box, &QSpinBox::valueChanged, this, &ForwardingPage::updateDiagram);
    connect(m_rules, &QTreeWidget::currentItemChanged, this, &ForwardingPage::updateDiagram);
    connect(m_lab, &Lab::socketChanged, this, &ForwardingPage::updateDiagramSoon);
    connect(m_lab, &Lab::socketOpened, this, &ForwardingPage::updateDiagramSoon);
    connect(m_lab, &Lab::socketRemoved, this, &ForwardingPage::updateDiagramSoon);
    retranslate();
}

void ForwardingPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ForwardingPage::onAdd()
{
    QString rule = QStringLiteral("%1:%2:%3=%4:%5")
                       .arg(m_protocol->currentIndex() == 1 ? QStringLiteral("udp") : QStringLiteral("tcp"),
                           m_listenAddress->currentText().trimmed())
                       .arg(m_listenPort->value())
                       .arg(m_targetAddress->currentText().trimmed())
                       .arg(m_targetPort->value());
    const QString source = m_source->currentText().trimmed();
    if (!source.isEmpty())
        rule += QLatin1Char('@') + source;
    addRule(rule);
}

bool ForwardingPage::addRule(const QString &ruleText)
{
    QString why;
    const auto rule = ForwardRule::parse(ruleText, &why);
    if (!rule) {
        showError(tr("This rule cannot be used: %1.").arg(why));
        return false;
    }
    auto *forwarder = new PortForwarder(m_lab, this);
    const LabError error = forwarder->start(*rule);
    if (error) {
        delete forwarder;
        showError(tr("The forwarder could not listen on %1: %2")
                      .arg(formatEndpoint(rule->listenAddress, rule->listenPort), ErrorText::full(error)));
        return false;
    }
    showError({});
    m_forwarders.append(forwarder);
    auto *item = new QTreeWidgetItem(m_rules);
    item->setData(0, Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(forwarder)));
    item->setExpanded(true);
    connect(forwarder, &PortForwarder::linkAdded, this, [this, forwarder] { refresh(forwarder); });
    connect(forwarder, &PortForwarder::linkChanged, this, [this, forwarder] { refresh(forwarder); });
    connect(forwarder, &PortForwarder::linkAdded, this, &ForwardingPage::updateDiagramSoon);
    connect(forwarder, &PortForwarder::linkChanged, this, &ForwardingPage::updateDiagramSoon);
    refresh(forwarder);
    m_rules->setCurrentItem(item);
    updateDiagram();
    return true;
}

qint32 ForwardingPage::openTargetServer()
{
    QHostAddress address;
    if (!address.setAddress(m_targetAddress->currentText().trimmed())) {
        showError(ErrorText::full({LabError::InvalidAddress, m_targetAddress->currentText()}));
        return -1;
    }
    const quint16 port = quint16(m_targetPort->value());
    const Lab::Opened opened
        = m_protocol->currentIndex() == 1 ? m_lab->bindUdp(address, port) : m_lab->listenTcp(address, port);
    if (opened.error) {
        showError(tr("The server could not be opened on %1: %2")
                      .arg(formatEndpoint(address, port), ErrorText::full(opened.error)));
        return -1;
    }
    showError({});
    updateDiagram();
    return opened.id;
}

qint32 ForwardingPage::connectClient()
{
    PortForwarder *forwarder = shownForwarder();
    if (!forwarder || !forwarder->isRunning()) {
        showError(tr("Add the rule first: the client connects to the forwarder."));
        return -1;
    }
    const ForwardRule &rule = forwarder->rule();
    // A listener on 0.0.0.0 is reached on loopback too.
    const QHostAddress to = rule.listenAddress == QHostAddress::AnyIPv4
        ? QHostAddress(QHostAddress::LocalHost)
        : rule.listenAddress == QHostAddress::AnyIPv6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                      : rule.listenAddress;
    Lab::Opened opened;
    if (rule.proto == Protocol::Udp) {
        opened = m_lab->bindUdp(to.protocol() == QAbstractSocket::IPv6Protocol
                ? QHostAddress(QHostAddress::LocalHostIPv6)
                : QHostAddress(QHostAddress::LocalHost),
            0);
        if (!opened.error)
            opened.error
                = m_lab->sendDatagram(opened.id, QByteArrayLiteral("hello"), {{to, forwarder->listenPort()}});
    } else {
        opened = m_lab->connectTcp(to, forwarder->listenPort());
    }
    if (opened.error) {
        showError(tr("The client could not reach the forwarder: %1").arg(ErrorText::full(opened.error)));
        return -1;
    }
    showError({});
    return opened.id;
}

PortForwarder *ForwardingPage::shownForwarder() const
{
    QTreeWidgetItem *item = m_rules->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (item) {
        if (auto *forwarder = qobject_cast<PortForwarder *>(item->data(0, Qt::UserRole).value<QObject *>()))
            return forwarder;
    }
    return m_forwarders.isEmpty() ? nullptr : m_forwarders.constLast();
}

void ForwardingPage::updateDiagramSoon()
{
    // Sockets change in bursts; one redraw of the drawing's model per burst. A hidden page
    // draws nothing: under load the lab changes thousands of times a second, and each redraw
    // looks at every socket. It catches up when shown.
    if (!isVisible()) {
        m_diagramStale = true;
        return;
    }
    if (m_diagramDue)
        return;
    m_diagramDue = true;
    QTimer::singleShot(30, this, [this] {
        m_diagramDue = false;
        // The rows too: the socket toward the target learns its local address only once
        // connected, and until then its row said it speaks from 0.0.0.0.
        for (PortForwarder *forwarder : std::as_const(m_forwarders))
            refresh(forwarder);
        updateDiagram();
    });
}

void ForwardingPage::updateDiagram()
{
    PortForwarder *forwarder = shownForwarder();
    const bool running = forwarder && forwarder->isRunning();
    const bool udp = running ? forwarder->rule().proto == Protocol::Udp : m_protocol->currentIndex() == 1;
    // Before a rule runs, the drawing shows what the form says; after, what the rule does.
    QHostAddress listenAddress, targetAddress;
    quint16 listenPort = 0, targetPort = 0;
    if (running) {
        listenAddress = forwarder->rule().listenAddress;
        listenPort = forwarder->listenPort();
        targetAddress = forwarder->rule().targetAddress;
        targetPort = forwarder->rule().targetPort;
    } else {
        listenAddress.setAddress(m_listenAddress->currentText().trimmed());
        listenPort = quint16(m_listenPort->value());
        targetAddress.setAddress(m_targetAddress->currentText().trimmed());
        targetPort = quint16(m_targetPort->value());
    }
    const auto endpoint = [](const QHostAddress &address, quint16 port) {
        return address.isNull() ? QStringLiteral("?:%1").arg(port) : formatEndpoint(address, port);
    };

    bool serverOpen = false;
    for (const qint32 id : m_lab->socketIds()) {
        const SocketInfo *info = m_lab->info(id);
        if (info && info->isOpen() && info->localPort == targetPort && info->localAddress == targetAddress
            && (udp ? info->role == SocketRole::Udp : info->role == SocketRole::Listener)) {
            serverOpen = true;
            break;
        }
    }
    ExperimentDiagram::Box client {QStringLiteral("client"), tr("client"), tr("any client"), 0, false, false};
    if (running) {
        for (const PortForwarder::Link &link : forwarder->links()) {
            client.address = formatEndpoint(link.client, link.clientPort);
            client.open = client.open || link.open;
        }
    }
    const ExperimentDiagram::Box relay {
        QStringLiteral("forwarder"), tr("forwarder"), endpoint(listenAddress, listenPort), 1, running, false};
    const ExperimentDiagram::Box server {QStringLiteral("server"), udp ? tr("UDP server") : tr("TCP server"),
        endpoint(targetAddress, targetPort), 2, serverOpen, false};
    m_diagram->setBoxes({client, relay, server});
    const qint64 toTarget = running ? forwarder->bytesToTarget() : 0;
    const qint64 toClient = running ? forwarder->bytesToClient() : 0;
    m_diagram->setArrows({{QStringLiteral("client"), QStringLiteral("forwarder"), toTarget, 0},
        {QStringLiteral("forwarder"), QStringLiteral("server"), toTarget, 0},
        {QStringLiteral("server"), QStringLiteral("forwarder"), toClient, 0},
        {QStringLiteral("forwarder"), QStringLiteral("client"), toClient, 0}});
}

void ForwardingPage::onRemove()
{
    QTreeWidgetItem *item = m_rules->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (!item)
        return;
    auto *forwarder = qobject_cast<PortForwarder *>(item->data(0, Qt::UserRole).value<QObject *>());
    delete item;
    if (forwarder) {
        m_forwarders.removeOne(forwarder);
        forwarder->disconnect(this);
        forwarder->stop();
        forwarder->deleteLater();
    }
    updateDiagram();
}

void ForwardingPage::refresh(PortForwarder *forwarder)
{
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i) {
        if (m_rules->topLevelItem(i)->data(0, Qt::UserRole).value<QObject *>() == forwarder)
            item = m_rules->topLevelItem(i);
    }
    if (!item)
        return;
    const ForwardRule &rule = forwarder->rule();
    const QString protocol = rule.proto == Protocol::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
    const QLocale locale;
    item->setText(
        RuleColumn, tr("%1 forwarder, listening socket #%2").arg(protocol).arg(forwarder->listenerId()));
    item->setText(ListenColumn, formatEndpoint(rule.listenAddress, forwarder->listenPort()));
    item->setText(TargetColumn, formatEndpoint(rule.targetAddress, rule.targetPort));
    item->setText(SourceColumn, rule.source.isNull() ? tr("chosen by the OS") : rule.source.toString());
    item->setText(ToTargetColumn, locale.toString(forwarder->bytesToTarget()));
    item->setText(ToClientColumn, locale.toString(forwarder->bytesToClient()));
    item->setText(StateColumn, forwarder->isRunning() ? tr("forwarding") : tr("stopped"));

    const QList<PortForwarder::Link> &links = forwarder->links();
    while (item->childCount() < links.size())
        new QTreeWidgetItem(item);
    for (int i = 0; i < links.size(); ++i) {
        const PortForwarder::Link &link = links[i];
        QTreeWidgetItem *child = item->child(i);
        child->setText(RuleColumn,
            tr("from %1: socket #%2 linked to #%3")
                .arg(formatEndpoint(link.client, link.clientPort))
                .arg(link.inbound)
                .arg(link.outbound));
        const SocketInfo *out = m_lab->info(link.outbound);
        child->setText(SourceColumn, out ? formatEndpoint(out->localAddress, out->localPort) : QString());
        child->setText(ToTargetColumn, locale.toString(link.bytesToTarget));
        child->setText(ToClientColumn, locale.toString(link.bytesToClient));
        child->setText(StateColumn, link.open ? tr("open") : tr("closed"));
    }
}

void ForwardingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_diagramStale) {
        m_diagramStale = false;
        for (PortForwarder *forwarder : std::as_const(m_forwarders))
            refresh(forwarder);
        updateDiagram();
    }
}

void ForwardingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ForwardingPage::retranslate()
{
    m_intro->setText(tr("A router with one public address passes what arrives at public-ip:port on to a "
                        "host inside. Here 127.0.0.1 plays the public address and 127.0.0.2 and 127.0.0.3 "
                        "play hosts inside. Start a server on the target first, then connect a client to the "
                        "listening address: each connection gets a second connection of its own to the "
                        "target, and the server sees the forwarder's address, not the client's."));
    m_protocolLabel->setText(tr("&Protocol"));
    m_listenLabel->setText(tr("Listen &on (address, port)"));
    m_targetLabel->setText(tr("For&ward to (address, port)"));
    m_sourceLabel->setText(tr("&Speak from"));
    m_source->setToolTip(tr("The address the forwarder's own connection to the target starts from. "
                            "Empty: the OS picks one."));
    m_listenPort->setToolTip(tr("0 lets the OS pick a free port"));
    m_source->lineEdit()->setPlaceholderText(tr("the OS picks"));
    m_add->setText(tr("&Add rule"));
    m_remove->setText(tr("&Remove rule"));
    m_openServer->setText(tr("Open a s&erver at the target"));
    m_openServer->setToolTip(
        tr("Opens a server on the target address and port, so the forwarder has somewhere to forward to."));
    m_connectClient->setText(tr("Connect a &client to the forwarder"));
    m_connectClient->setToolTip(tr(
        "Opens a client that connects to the forwarder's listening address (UDP: sends it one datagram)."));
    m_rules->setHeaderLabels({tr("Rule / connection"), tr("Listening on"), tr("Target"), tr("Speaks from"),
        tr("Bytes to target"), tr("Bytes to client"), tr("State", "forwarder or connection state")});
    for (PortForwarder *forwarder : std::as_const(m_forwarders))
        refresh(forwarder);
    updateDiagram();
}

} // namespace SocketScope
