#include "virtualnetwork.h"

#include "capture/capturefeed.h"
#include "journal/journal.h"
#include "kernel/kernelview.h"
#include "kernel/sockdiagsource.h"
#include "lab/lab.h"
#include "recordednetwork.h"

namespace SocketScope {

VirtualNetwork::VirtualNetwork(Journal *journal, Lab *lab, KernelView *kernel, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_lab(lab)
    , m_kernel(kernel)
{
    // Queued: the helper's process object sends this and must not be deleted inside it.
    connect(
        &m_network, &LabNetwork::stopped, this,
        [this](const QString &why) {
            emit problemOccurred(why);
            stop();
        },
        Qt::QueuedConnection);
}

VirtualNetwork::~VirtualNetwork()
{
    stop();
}

bool VirtualNetwork::start(const LabTopology &topology)
{
    stop();
    if (!m_network.start(topology)) {
        emit changed();
        return false;
    }
    m_feed = std::make_unique<CaptureFeed>(m_journal, m_lab.data());
    m_feed->setPcapWriter(m_pcap);
    m_feed->attach(m_network.frames());
    watchHost(LabTopology::kRouter);
    for (const LabHost &h : m_network.topology().hosts)
        watchHost(h.name);
    if (m_lab)
        m_lab->setPlacement(&m_network);
    journalNetwork();
    emit changed();
    return true;
}

void VirtualNetwork::stop()
{
    const bool wasActive = m_network.isRunning() || m_feed;
    if (m_lab && m_lab->placement() == &m_network)
        m_lab->setPlacement(nullptr);
    // A lab socket keeps its namespace alive; the lab goes away whole.
    if (m_lab) {
        for (const qint32 id : m_lab->socketIds()) {
            const SocketInfo *info = m_lab->info(id);
            if (info && !info->host.isEmpty() && info->isOpen())
                m_lab->abort(id);
        }
    }
    if (m_kernel) {
        for (KernelSocketSource *source : std::as_const(m_kernelSources))
            m_kernel->removeSource(source);
    }
    m_kernelSources.clear();
    if (m_feed)
        m_feed->attach(nullptr);
    m_feed.reset();
    m_network.stop();
    if (wasActive) {
        journalNetwork();
        emit changed();
    }
}

void VirtualNetwork::setPcapWriter(PcapngWriter *writer)
{
    m_pcap = writer;
    if (m_feed)
        m_feed->setPcapWriter(writer);
}

void VirtualNetwork::watchHost(const QString &host)
{
    if (!m_kernel || m_kernelSources.contains(host))
        return;
    const int fd = m_network.makeDiagSocket(host);
    if (fd < 0)
        return;
    m_kernelSources.insert(host, m_kernel->addSource(std::make_unique<SockDiagSource>(fd)));
    m_kernel->start();
    m_kernel->wakeUp();
}

QString VirtualNetwork::addHost(const LabHost &host)
{
    QString problem = m_network.addHost(host);
    if (problem.isEmpty()) {
        watchHost(host.name);
        journalNetwork();
        emit changed();
    }
    return problem;
}

QString VirtualNetwork::addNatRule(const ForwardRule &rule)
{
    QString problem = m_network.addNatRule(rule);
    if (problem.isEmpty()) {
        journalNetwork();
        emit changed();
    }
    return problem;
}

QString VirtualNetwork::removeNatRule(qsizetype index)
{
    QString problem = m_network.removeNatRule(index);
    if (problem.isEmpty()) {
        journalNetwork();
        emit changed();
    }
    return problem;
}

void VirtualNetwork::journalNetwork()
{
    if (!m_journal)
        return;
    Event e;
    e.t = m_journal->now();
    e.kind = EventKind::NetworkBuilt;
    e.source = EventSource::App;
    // Taken down, it has no topology at all: no text (written as "topology":{}).
    const RecordedNetwork network = RecordedNetwork::of(m_network);
    if (network.running)
        e.text = m_journal->intern(QString::fromUtf8(network.toJson()));
    m_journal->append(e);
}

LabNetwork::LinkFaultOutcome VirtualNetwork::setLinkFault(const QString &link, const LinkFault &fault)
{
    LabNetwork::LinkFaultOutcome outcome = m_network.setLinkFault(link, fault);
    if (!outcome.error.isEmpty())
        return outcome;
    if (m_journal) {
        // With the seed the lab chose: the same spec loses the same packets.
        const LinkFault &asked = outcome.asked;
        Event e;
        e.t = m_journal->now();
        e.kind = EventKind::LinkFault;
        e.source = EventSource::App;
        e.text = m_journal->intern(link);
        e.local = m_journal->intern(asked.toSpec());
        e.remote = m_journal->intern(outcome.applied.toSpec());
        if (m_network.topology().host(link))
            e.host = m_journal->intern(link);
        e.flags = outcome.refused;
        e.value = qint64(outcome.why);
        if (!outcome.kernelSaid.isEmpty())
            e.payload = m_journal->storePayload(outcome.kernelSaid.toUtf8());
        m_journal->append(e);
    }
    emit changed();
    return outcome;
}

} // namespace SocketScope
