#pragma once

#include "experiments/forwardrule.h"
#include "lab/socketplacement.h"
#include "labtopology.h"
#include "linkfault.h"

#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QProcess>

#include <optional>

namespace SocketScope {

// The private virtual lab network: a router and several hosts, each with its own network stack,
// built by the lab helper (socketscope-labd) inside a user namespace of its own, so no root is
// needed. The app never changes namespace itself: it asks the helper for sockets made inside
// a host and uses them like any other (SCM_RIGHTS). The helper captures every lab interface;
// frames() carries those packets as a frame stream.
class LabNetwork : public QObject, public SocketPlacement
{
    Q_OBJECT

public:
    explicit LabNetwork(QObject *parent = nullptr);
    ~LabNetwork() override;

    // Starts the helper and builds `topology`. Blocks for the few milliseconds that takes.
    // False when the lab cannot be made; problem() then says why and what to do.
    bool start(const LabTopology &topology = LabTopology::homeNetwork());
    void stop();
    bool isRunning() const { return m_control >= 0; }
    QString problem() const { return m_problem; }
    const LabTopology &topology() const { return m_topology; }
    qint64 helperPid() const;

    // SocketPlacement: a socket made inside the host that owns `local`.
    Place place(Protocol proto, const QHostAddress &local) override;
    // A sock_diag netlink socket inside `host`, for the kernel's view of its sockets; -1 on failure.
    int makeDiagSocket(const QString &host);

    // Adds a host; returns why not, or empty.
    QString addHost(const LabHost &host);
    // The router's port-forwarding rules (PUBLIC:PORT on the router -> PRIVATE:PORT on a host).
    QString addNatRule(const ForwardRule &rule);
    QString removeNatRule(qsizetype index);
    const QList<ForwardRule> &natRules() const { return m_natRules; }
    // Why `rule` cannot be a port-forwarding rule here, or empty.
    QString problemWithNatRule(const ForwardRule &rule) const;
    // False when nft is missing: the router routes but does not translate addresses.
    bool hasNat() const { return m_natWorks; }
    // Filter rules on the router, as the body of one nftables table (its chains), sent with the
    // NAT rules in one go; replaces the earlier ones, and empty clears them. A mystery-fault
    // drill hides its fault here.
    QString setRouterFilter(const QString &chains);
    const QString &routerFilter() const { return m_routerFilter; }

    // What setLinkFault() did: `applied` is what the kernel took (the asked fault less what it
    // refused); `error` means nothing changed.
    struct LinkFaultOutcome
    {
        QString error;
        LinkFault asked; // with the seed chosen for it
        LinkFault applied;
        quint8 refused = 0; // LinkFaultPart bits
        LinkFaultRefusal why = LinkFaultRefusal::None;
        QString kernelSaid;
    };
    // Gives `link` (linkNames()) the faults `fault`, replacing its earlier ones; an empty fault
    // clears them. A loss without a seed gets one here, so the journal can say which.
    LinkFaultOutcome setLinkFault(const QString &link, LinkFault fault);
    // The faults each link has now (links without faults are absent).
    const QMap<QString, LinkFault> &linkFaults() const { return m_linkFaults; }

    // The helper's captured frames (a frame stream), readable while the lab runs.
    QIODevice *frames() const { return m_process; }

    // One request to a lab helper on `channel` and its answer, "ok ..." or "error ...", with the
    // descriptor it carried (-1: none). Nothing when the helper is gone or silent (`failure`).
    static std::optional<QByteArray> exchange(
        int channel, const QByteArray &request, int *descriptor, QString *failure);
    // The answer half of exchange(), for a request already sent: waits for it and reads it.
    static std::optional<QByteArray> receiveAnswer(int channel, int *descriptor, QString *failure);

    // Where the helper program is: next to the app, then the install's libexec folder
    // (SOCKETSCOPE_LAB_HELPER, when set, names the only place to look).
    static QString helperProgram();

signals:
    void hostAdded(const QString &name);
    void natRulesChanged();
    void linkFaultsChanged();
    // The helper went away while the lab was up.
    void stopped(const QString &why);

private:
    QString request(const QString &text, int *descriptor = nullptr);
    QString applyNat(const QList<ForwardRule> &rules);
    static QString explainStartFailure(const QString &said);

    QProcess *m_process = nullptr;
    int m_control = -1;
    LabTopology m_topology;
    QList<ForwardRule> m_natRules;
    QString m_routerFilter;
    QMap<QString, LinkFault> m_linkFaults;
    QString m_problem;
    bool m_natWorks = false;
    bool m_stopping = false;
};

} // namespace SocketScope
