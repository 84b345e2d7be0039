#pragma once

#include "labnetwork.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <memory>

namespace SocketScope {

class CaptureFeed;
class Journal;
class KernelSocketSource;
class KernelView;
class Lab;
class PcapngWriter;

// The virtual lab network as the app uses it: the lab helper (LabNetwork) with its capture
// fed into the journal, each lab host's own socket list read into the kernel view, and the
// lab's new sockets made inside it while it is in use.
class VirtualNetwork : public QObject
{
    Q_OBJECT

public:
    // `kernel` may be null.
    VirtualNetwork(Journal *journal, Lab *lab, KernelView *kernel, QObject *parent = nullptr);
    ~VirtualNetwork() override;

    // Builds the lab and makes it where new sockets live. False when it cannot be made;
    // problem() says why and what an administrator can do, and sockets stay on this machine.
    bool start(const LabTopology &topology = LabTopology::homeNetwork());
    // Closes the lab's sockets and takes the lab down; new sockets live on this machine again.
    void stop();
    bool isActive() const { return m_network.isRunning(); }
    QString problem() const { return m_network.problem(); }

    LabNetwork *network() { return &m_network; }
    CaptureFeed *feed() const { return m_feed.get(); }
    // Every frame the lab captures also goes here (the --pcap file); null to stop.
    void setPcapWriter(PcapngWriter *writer);

    QString addHost(const LabHost &host);
    QString addNatRule(const ForwardRule &rule);
    QString removeNatRule(qsizetype index);
    // Gives a lab link faults (LabNetwork::setLinkFault) and journals what was asked and what the
    // kernel applied (a link_fault event).
    LabNetwork::LinkFaultOutcome setLinkFault(const QString &link, const LinkFault &fault);

signals:
    // Started, stopped, a host added or the router's rules changed.
    void changed();
    void problemOccurred(const QString &message);

private:
    void watchHost(const QString &host);
    // Writes the network as it is now to the journal (a network event), so a recording can
    // draw it again: when it comes up, changes or goes down.
    void journalNetwork();

    Journal *m_journal;
    QPointer<Lab> m_lab;
    QPointer<KernelView> m_kernel;
    LabNetwork m_network;
    std::unique_ptr<CaptureFeed> m_feed;
    PcapngWriter *m_pcap = nullptr;
    QHash<QString, KernelSocketSource *> m_kernelSources;
};

} // namespace SocketScope
