#include "mysterydrill.h"

#include "drillscene.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "network/virtualnetwork.h"

#include <memory>

namespace SocketScope {

namespace {

// The router's filter for each fault that lives there. The forward hook sees packets after the
// router translated the public address, so they name pc-b's own address and port.
QString routerFilter(DrillFault fault)
{
    const QString server = DrillScene::serverAddress().toString();
    const QString published = DrillScene::publicAddress().toString();
    const int port = DrillScene::kPort;
    const QString forward = QStringLiteral(
        " chain forward {\n  type filter hook forward priority filter; policy accept;\n  %1\n }\n");
    switch (fault) {
    case DrillFault::OneWayBlackHole:
        return forward.arg(QStringLiteral("ip saddr %1 tcp sport %2 drop").arg(server).arg(port));
    case DrillFault::PortDrops:
        return forward.arg(QStringLiteral("ip daddr %1 tcp dport %2 drop").arg(server).arg(port));
    case DrillFault::PortRejects:
        // A reset made after the translation would carry pc-b's private address, which the
        // learner's computer does not know. So the port is kept out of the translation (no
        // connection tracking, no forwarding) and the router itself answers it with a reset.
        return QStringLiteral(" chain raw {\n  type filter hook prerouting priority raw; policy accept;\n"
                              "  ip daddr %1 tcp dport %2 notrack\n }\n"
                              " chain input {\n  type filter hook input priority filter; policy accept;\n"
                              "  ip daddr %1 tcp dport %2 reject with tcp reset\n }\n")
            .arg(published)
            .arg(port);
    default:
        return {};
    }
}

// How many connections fill a backlog of one: the kernel refuses once the queue holds more
// than the backlog.
constexpr int kBacklog = 1;
constexpr int kFillers = kBacklog + 1;
constexpr qsizetype kProbeBytes = qsizetype(64) * 1024;

} // namespace

MysteryDrill::MysteryDrill(Lab *lab, VirtualNetwork *network, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_network(network)
{
    // The lab network going down (the app quitting, or the learner stopping it) ends the
    // drill: its scene is gone. That happens while a recording is still being written.
    if (network) {
        connect(network, &VirtualNetwork::changed, this, [this] {
            if (m_running && m_network && !m_network->isActive())
                stop();
        });
    }
}

MysteryDrill::~MysteryDrill()
{
    stop();
}

bool MysteryDrill::start(const DrillChoice &choice, QString *problem)
{
    stop();
    if (!m_lab || !m_network) {
        *problem = tr("A mystery-fault drill needs the live lab; a replay cannot run one.");
        return false;
    }
    if (!m_network->isActive() && !m_network->start()) {
        *problem = m_network->problem();
        return false;
    }
    m_choice = choice;
    m_revealed = false;
    m_answered = false;
    m_announced = false;
    m_startIndex = m_lab->journal()->count();
    m_running = true;
    if (QString why = buildScene(); !why.isEmpty()) {
        stop();
        *problem = tr("The drill could not hide its fault in the lab network: %1").arg(why);
        return false;
    }
    note(tr("Mystery fault drill started (%1)").arg(m_choice.toSpec()));
    m_announced = true;
    emit started();
    return true;
}

QString MysteryDrill::buildScene()
{
    const DrillFault fault = m_choice.fault;
    QList<OptionRequest> options;
    if (fault == DrillFault::ZeroWindow)
        options.append({SocketOption::ReceiveBuffer, DrillScene::kSmallReceiveBuffer});
    const Lab::Opened server = m_lab->listenTcp(DrillScene::serverAddress(), DrillScene::kPort,
        fault == DrillFault::FullBacklog ? kBacklog : Lab::kDefaultBacklog, options);
    if (server.error)
        return server.error.detail.isEmpty()
            ? tr("the server could not listen (error %1)").arg(int(server.error.kind))
            : server.error.detail;
    m_server = server.id;

    LabNetwork *router = m_network->network();
    // A rule of an earlier session on the same public port would hide the drill's own.
    for (qsizetype i = router->natRules().size() - 1; i >= 0; --i) {
        const ForwardRule &r = router->natRules().at(i);
        if (r.proto == Protocol::Tcp && r.listenAddress == DrillScene::publicAddress()
            && r.listenPort == DrillScene::kPort)
            m_network->removeNatRule(i);
    }
    ForwardRule forward;
    forward.proto = Protocol::Tcp;
    forward.listenAddress = DrillScene::publicAddress();
    forward.listenPort = DrillScene::kPort;
    forward.targetAddress = DrillScene::serverAddress();
    forward.targetPort = fault == DrillFault::WrongForward ? DrillScene::kWrongPort : DrillScene::kPort;
    if (QString said = m_network->addNatRule(forward); !said.isEmpty())
        return said;
    m_forwardAdded = true;
    if (QString said = router->setRouterFilter(routerFilter(fault)); !said.isEmpty())
        return said;

    if (fault == DrillFault::FullBacklog) {
        m_lab->setAcceptingPaused(m_server, true);
        fillBacklog();
    }
    if (fault == DrillFault::ZeroWindow) {
        // The server keeps accepting (a paused accept would be a clue of its own, and the
        // backlog drill's); each connection it accepts is simply never read.
        m_readingStopper = connect(m_lab, &Lab::socketOpened, this, &MysteryDrill::stopReading);
    }
    return {};
}

void MysteryDrill::stopReading(qint32 id)
{
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (!info || m_server < 0 || info->parent != m_server)
        return;
    // Hidden from the journal: "reading paused" in the event log would name the fault.
    m_lab->setReadingPaused(id, true, true);
    m_accepted.append(id);
}

void MysteryDrill::fillBacklog()
{
    for (int i = 0; i < kFillers; ++i) {
        const Lab::Opened neighbour = m_lab->connectTcp(
            DrillScene::serverAddress(), DrillScene::kPort, DrillScene::neighbourAddress());
        if (!neighbour.error)
            m_helpers.append(neighbour.id);
    }
}

void MysteryDrill::stop()
{
    if (!m_running)
        return;
    // So that a recording says the learner never answered. Like the start, it names the
    // drill as --drill takes it, not the fault.
    if (m_announced && !m_answered)
        note(tr("Mystery fault drill ended unanswered: no guess and no reveal (%1)").arg(m_choice.toSpec()));
    m_running = false;
    m_announced = false;
    if (m_lab) {
        for (const qint32 id : std::as_const(m_helpers))
            m_lab->abort(id);
        for (const qint32 id : std::as_const(m_accepted)) {
            if (const SocketInfo *info = m_lab->info(id); info && info->isOpen())
                m_lab->abort(id);
        }
        if (m_server >= 0)
            m_lab->close(m_server);
    }
    disconnect(m_readingStopper);
    m_helpers.clear();
    m_accepted.clear();
    m_server = -1;
    if (m_network && m_network->isActive()) {
        LabNetwork *router = m_network->network();
        router->setRouterFilter({});
        if (m_forwardAdded) {
            for (qsizetype i = router->natRules().size() - 1; i >= 0; --i) {
                const ForwardRule &r = router->natRules().at(i);
                if (r.proto == Protocol::Tcp && r.listenAddress == DrillScene::publicAddress()
                    && r.listenPort == DrillScene::kPort)
                    m_network->removeNatRule(i);
            }
        }
    }
    m_forwardAdded = false;
    emit stopped();
}

bool MysteryDrill::guess(DrillFault fault)
{
    if (!m_running)
        return false;
    const bool right = fault == m_choice.fault;
    m_answered = true;
    note(right ? tr("Mystery fault drill: the guess \"%1\" is right").arg(drillFaultKey(fault))
               : tr("Mystery fault drill: the guess \"%1\" is wrong").arg(drillFaultKey(fault)));
    if (right)
        m_revealed = true;
    emit guessed(fault, right);
    return right;
}

DrillEvidence MysteryDrill::evidence() const
{
    if (!m_running || !m_lab)
        return {};
    return DrillEvidence::find(*m_lab->journal(), m_choice.fault, m_startIndex);
}

DrillEvidence MysteryDrill::reveal()
{
    if (!m_running)
        return {};
    if (!m_revealed)
        note(tr("Mystery fault drill: revealed, the fault was \"%1\"").arg(drillFaultKey(m_choice.fault)));
    m_revealed = true;
    m_answered = true;
    const DrillEvidence found = evidence();
    if (!found.found())
        probe();
    emit revealed();
    return found;
}

qint32 MysteryDrill::probe()
{
    if (!m_running || !m_lab)
        return -1;
    const Lab::Opened opened
        = m_lab->connectTcp(DrillScene::publicAddress(), DrillScene::kPort, DrillScene::learnerAddress());
    if (opened.error)
        return -1;
    const qint32 id = opened.id;
    // Once connected, a few kilobytes: enough to close a small receive window.
    auto watch = std::make_shared<QMetaObject::Connection>();
    *watch = connect(m_lab, &Lab::socketChanged, this, [this, id, watch](qint32 changed) {
        if (changed != id || !m_lab)
            return;
        const SocketInfo *info = m_lab->info(id);
        if (!info || !info->isOpen()) {
            disconnect(*watch);
            return;
        }
        if (info->qtState != QAbstractSocket::ConnectedState)
            return;
        disconnect(*watch);
        m_lab->send(id, QByteArray(kProbeBytes, 'x'));
    });
    return id;
}

void MysteryDrill::note(const QString &text)
{
    if (!m_lab)
        return;
    // A note, not a failure: code 0 (no error) is shown as its own words, and no socket is
    // marked as failed by it.
    Journal *journal = m_lab->journal();
    Event e;
    e.t = journal->now();
    e.kind = EventKind::Error;
    e.source = EventSource::App;
    e.proto = Protocol::Tcp;
    e.local = journal->intern(formatEndpoint(DrillScene::serverAddress(), DrillScene::kPort));
    e.host = journal->intern(DrillScene::kServerHost);
    e.value = LabError::None;
    e.text = journal->intern(text);
    journal->append(e);
}

} // namespace SocketScope
