#include "networkpanel.h"

#include "history/playhead.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "linkfaultpanel.h"
#include "network/virtualnetwork.h"
#include "topologyview.h"
#include "window/fontscale.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

NetworkPanel::NetworkPanel(VirtualNetwork *network, Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
    , m_lab(lab)
{
    // In large type on a projector the picture and the forms may need more room than there is:
    // they scroll rather than push the window off the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    // The sentence on a line of its own and the two buttons under it: side by side, the three
    // were wider than the tab beside the workbench at 1024 px, and the page scrolled sideways.
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_useLab = new QPushButton(this);
    m_useHost = new QPushButton(this);
    layout->addWidget(m_where);
    auto *top = new QHBoxLayout;
    top->addWidget(m_useLab);
    top->addWidget(m_useHost);
    top->addStretch(1);
    layout->addLayout(top);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::followBannerStyle(m_problem, Theme::Role::Warning);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_picture = new TopologyView(network, lab, split);
    split->addWidget(m_picture);

    auto *controls = new QWidget(split);
    m_controls = controls;
    auto *grid = new QGridLayout(controls);
    grid->setContentsMargins(0, 0, 0, 0);
    m_rulesTitle = new QLabel(controls);
    m_rulesTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_rulesTitle->setWordWrap(true);
    grid->addWidget(m_rulesTitle, 0, 0, 1, 6);
    m_rules = new QTableWidget(0, 4, controls);
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->addWidget(m_rules, 1, 0, 1, 6);
    m_ruleProto = new QComboBox(controls);
    m_ruleProto->addItems({QStringLiteral("TCP"), QStringLiteral("UDP")});
    m_publicLabel = new QLabel(controls);
    m_publicPort = new QSpinBox(controls);
    m_publicPort->setRange(1, 65535);
    m_publicPort->setValue(8080);
    m_toLabel = new QLabel(controls);
    m_ruleHost = new QComboBox(controls);
    m_privatePort = new QSpinBox(controls);
    m_privatePort->setRange(1, 65535);
    m_privatePort->setValue(80);
    // A rule reads as two lines, what arrives and where it goes on to, so the form fits the
    // tab at 1024 px in either language.
    m_publicLabel->setWordWrap(true);
    auto *arrives = new QHBoxLayout;
    arrives->addWidget(m_ruleProto);
    arrives->addWidget(m_publicLabel, 1);
    arrives->addWidget(m_publicPort);
    auto *goesOn = new QHBoxLayout;
    goesOn->addWidget(m_toLabel);
    goesOn->addWidget(m_ruleHost, 1);
    goesOn->addWidget(m_privatePort);
    auto *ruleForm = new QVBoxLayout;
    ruleForm->addLayout(arrives);
    ruleForm->addLayout(goesOn);
    grid->addLayout(ruleForm, 2, 0, 1, 6);
    m_addRule = new QPushButton(controls);
    m_removeRule = new QPushButton(controls);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addStretch(1);
    grid->addLayout(ruleButtons, 3, 0, 1, 6);

    m_hostTitle = new QLabel(controls);
    m_hostTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_hostTitle->setWordWrap(true);
    grid->addWidget(m_hostTitle, 4, 0, 1, 6);
    m_hostName = new QLineEdit(controls);
    m_hostName->setMaxLength(12);
    m_hostSegment = new QComboBox(controls);
    m_hostSegment->addItem(QString(), QStringLiteral("lan"));
    m_hostSegment->addItem(QString(), QStringLiteral("wan"));
    m_hostAddress = new QLineEdit(controls);
    m_addHost = new QPushButton(controls);
    grid->addWidget(m_hostName, 5, 0, 1, 2);
    grid->addWidget(m_hostSegment, 5, 2, 1, 2);
    grid->addWidget(m_hostAddress, 5, 4);
    grid->addWidget(m_addHost, 5, 5);
    m_feedback = new QLabel(controls);
    m_feedback->setWordWrap(true);
    grid->addWidget(m_feedback, 6, 0, 1, 6);
    auto *faults = new LinkFaultPanel(network, controls);
    m_faults = faults;
    grid->addWidget(faults, 7, 0, 1, 6);
    connect(faults, &LinkFaultPanel::messageRaised, this, &NetworkPanel::messageRaised);
    grid->setColumnStretch(4, 1);
    split->addWidget(controls);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    scroll->setWidget(content);

    connect(m_useLab, &QPushButton::clicked, this, &NetworkPanel::useLab);
    connect(m_useHost, &QPushButton::clicked, this, &NetworkPanel::useHost);
    connect(m_addRule, &QPushButton::clicked, this, &NetworkPanel::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &NetworkPanel::removeRule);
    connect(m_addHost, &QPushButton::clicked, this, &NetworkPanel::addHost);
    connect(m_hostName, &QLineEdit::returnPressed, this, &NetworkPanel::addHost);
    connect(m_hostAddress, &QLineEdit::returnPressed, this, &NetworkPanel::addHost);
    connect(m_hostSegment, &QComboBox::currentIndexChanged, this, [this] {
        m_hostAddress->setText(m_hostSegment->currentData().toString() == QLatin1String("lan")
                ? QStringLiteral("192.168.0.20")
                : QStringLiteral("203.0.113.80"));
    });
    if (m_network) {
        connect(m_network, &VirtualNetwork::changed, this, &NetworkPanel::refresh);
        connect(m_network, &VirtualNetwork::problemOccurred, this,
            [this](const QString &text) { say(text, true); });
    }
    m_hostName->setText(QStringLiteral("pc-c"));
    m_hostAddress->setText(QStringLiteral("192.168.0.20"));
    retranslate();
    refresh();
}

void NetworkPanel::setPresentationScale(qreal scale)
{
    // The picture (names, addresses, the router's rules), the sentence above it and its
    // buttons take presentation mode's type, as the other views do: the picture had less, and
    // read small beside them.
    FontScale::apply(this, scale);
    // On a projector the picture is the lesson; the forms wait for the teacher's own screen.
    m_controls->setVisible(scale <= 1.0);
}

void NetworkPanel::followPlayhead(const Playhead *playhead, const Journal *journal)
{
    if (m_playhead)
        disconnect(m_playhead, nullptr, this, nullptr);
    m_playhead = playhead;
    m_picture->followPlayhead(playhead, journal);
    // The rules table and the link faults show the playhead's instant, as the picture does.
    if (m_playhead)
        connect(m_playhead, &Playhead::moved, this, &NetworkPanel::refresh);
    refresh();
}

void NetworkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NetworkPanel::retranslate()
{
    m_useLab->setText(tr("Use the virtual lab network"));
    m_useLab->setToolTip(
        tr("Build a private network of virtual computers behind a router. Real packets, no root "
           "needed, and nothing in it reaches other computers."));
    m_useHost->setText(tr("Use this computer's network"));
    m_rulesTitle->setText(
        tr("Port forwarding on the router: what arrives at the router's public address and port "
           "goes on to a computer in the home network"));
    m_rules->setHorizontalHeaderLabels(
        {tr("Protocol"), tr("Arrives at (router)"), tr("Goes on to"), tr("Computer")});
    m_publicLabel->setText(tr("public port"));
    m_toLabel->setText(tr("goes on to"));
    m_addRule->setText(tr("Add rule"));
    m_removeRule->setText(tr("Remove selected rule"));
    m_hostTitle->setText(tr("Add a computer: name, network, address"));
    m_hostName->setPlaceholderText(tr("name, e.g. pc-c"));
    m_hostSegment->setItemText(0, tr("home network (lan)"));
    m_hostSegment->setItemText(1, tr("the internet (wan)"));
    m_addHost->setText(tr("Add computer"));
    refresh();
}

void NetworkPanel::refresh()
{
    const bool active = m_network && m_network->isActive();
    const bool live = !m_playhead || m_playhead->isLive();
    if (!m_network)
        m_where->setText(tr("This recording's lab network, as it was at the playhead's instant."));
    else if (!live)
        m_where->setText(
            tr("The lab network as it was at the playhead's instant. Go back to Live to change it."));
    else
        m_where->setText(active
                ? tr("New sockets live in the virtual lab network: a home network behind a router, "
                     "and a computer on the internet. A socket's address says which computer it is on.")
                : tr("New sockets live in this computer's own network."));
    m_useLab->setEnabled(m_network && !active);
    m_useHost->setEnabled(active);
    // A replay has no lab to build or take down.
    m_useLab->setVisible(!m_network.isNull());
    m_useHost->setVisible(!m_network.isNull());
    const QString problem = m_network ? m_network->problem() : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!active && !problem.isEmpty());
    // The past can be looked at, not changed.
    const bool editable = active && live;
    for (QWidget *w : std::initializer_list<QWidget *> {m_ruleProto, m_publicPort, m_ruleHost, m_privatePort,
             m_addRule, m_removeRule, m_hostName, m_hostSegment, m_hostAddress, m_addHost})
        w->setEnabled(editable);

    const RecordedNetwork &shown = m_picture->networkShown();
    m_faults->showInstant(shown, live);
    m_rules->setEnabled(shown.running);
    m_rules->setRowCount(0);
    m_ruleHost->clear();
    if (!shown.running)
        return;
    const LabTopology &topology = shown.topology;
    const QList<ForwardRule> &rules = shown.forwards;
    m_rules->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const ForwardRule &r = rules[row];
        m_rules->setItem(row, 0,
            new QTableWidgetItem(r.proto == Protocol::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP")));
        m_rules->setItem(row, 1, new QTableWidgetItem(formatEndpoint(r.listenAddress, r.listenPort)));
        m_rules->setItem(row, 2, new QTableWidgetItem(formatEndpoint(r.targetAddress, r.targetPort)));
        m_rules->setItem(row, 3, new QTableWidgetItem(topology.hostOwning(r.targetAddress)));
    }
    m_rules->resizeColumnsToContents();
    if (!editable)
        return;
    for (const LabHost &h : m_network->network()->topology().hosts) {
        if (h.segment == QLatin1String("lan"))
            m_ruleHost->addItem(
                QStringLiteral("%1 (%2)").arg(h.name, h.address.toString()), h.address.toString());
    }
    m_publicLabel->setText(
        tr("public port on %1").arg(m_network->network()->topology().publicAddress().toString()));
}

void NetworkPanel::useLab()
{
    if (!m_network)
        return;
    if (m_network->start())
        say(tr("The virtual lab network is up. New sockets are made in it."), false);
    else
        say(m_network->problem(), true);
    refresh();
}

void NetworkPanel::useHost()
{
    if (!m_network)
        return;
    m_network->stop();
    say(tr("The virtual lab network is down; its sockets were closed. New sockets live in this computer's "
           "network."),
        false);
    refresh();
}

void NetworkPanel::addRule()
{
    if (!m_network || !m_network->isActive() || m_ruleHost->currentIndex() < 0)
        return;
    ForwardRule rule;
    rule.proto = m_ruleProto->currentIndex() == 1 ? Protocol::Udp : Protocol::Tcp;
    rule.listenAddress = m_network->network()->topology().publicAddress();
    rule.listenPort = quint16(m_publicPort->value());
    rule.targetAddress = QHostAddress(m_ruleHost->currentData().toString());
    rule.targetPort = quint16(m_privatePort->value());
    const QString problem = m_network->addNatRule(rule);
    if (problem.isEmpty())
        say(tr("The router now forwards %1 to %2.")
                .arg(formatEndpoint(rule.listenAddress, rule.listenPort),
                    formatEndpoint(rule.targetAddress, rule.targetPort)),
            false);
    else
        say(tr("The rule was not added: %1").arg(problem), true);
}

void NetworkPanel::removeRule()
{
    if (!m_network || !m_network->isActive())
        return;
    const int row = m_rules->currentRow();
    if (row < 0) {
        say(tr("Select a rule in the table first."), true);
        return;
    }
    const QString problem = m_network->removeNatRule(row);
    if (problem.isEmpty())
        say(tr("The rule was removed."), false);
    else
        say(tr("The rule was not removed: %1").arg(problem), true);
}

void NetworkPanel::addHost()
{
    if (!m_network || !m_network->isActive())
        return;
    const QString segment = m_hostSegment->currentData().toString();
    const LabSegment *s = m_network->network()->topology().segment(segment);
    LabHost host;
    host.name = m_hostName->text().trimmed();
    host.segment = segment;
    host.address = QHostAddress(m_hostAddress->text().trimmed());
    host.prefix = s ? s->prefix : 24;
    host.gateway = s ? s->routerAddress : QHostAddress();
    if (host.address.isNull()) {
        say(tr("\"%1\" is not an IPv4 address such as 192.168.0.20.").arg(m_hostAddress->text().trimmed()),
            true);
        return;
    }
    const QString problem = m_network->addHost(host);
    if (problem.isEmpty())
        say(tr("%1 joined the lab at %2.").arg(host.name, host.address.toString()), false);
    else
        say(tr("The computer was not added: %1").arg(problem), true);
}

void NetworkPanel::say(const QString &text, bool isError)
{
    m_feedback->setText(text);
    if (isError)
        Theme::followStyleSheet(m_feedback,
            [] { return QStringLiteral("color: %1;").arg(Theme::color(Theme::Role::Error).name()); });
    else
        Theme::followStyleSheet(m_feedback, {});
    emit messageRaised(text, isError);
}

} // namespace SocketScope
