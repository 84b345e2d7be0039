#include "labnetwork.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace SocketScope {

namespace {
// The helper answers in milliseconds; this only guards against one that hangs.
constexpr int kAnswerTimeoutMs = 5000;
constexpr int kMaxAnswer = 8192;
} // namespace

LabNetwork::LabNetwork(QObject *parent)
    : QObject(parent)
{ }

LabNetwork::~LabNetwork()
{
    stop();
}

QString LabNetwork::helperProgram()
{
    const QString name = QStringLiteral("socketscope-labd");
    const QString appDir = QCoreApplication::applicationDirPath();
    // Only this one when set (a packager's layout, or a test of a missing helper).
    const QString chosen = qEnvironmentVariable("SOCKETSCOPE_LAB_HELPER");
    const QStringList candidates = !chosen.isEmpty()
        ? QStringList {chosen}
        : QStringList {
            appDir + QLatin1Char('/') + name,
            appDir + QStringLiteral("/../libexec/socketscope/") + name,
            QStringLiteral(SOCKETSCOPE_LIBEXEC_DIR "/") + name,
            // Tests run from inside the build tree.
            QStringLiteral(SOCKETSCOPE_BUILD_DIR "/") + name,
        };
    for (const QString &path : candidates) {
        const QFileInfo file(path);
        if (file.isFile() && file.isExecutable())
            return file.canonicalFilePath();
    }
    return {};
}

bool LabNetwork::start(const LabTopology &topology)
{
    stop();
    m_problem.clear();
    m_topology = topology;
    const QString program = helperProgram();
    if (program.isEmpty()) {
        m_problem
            = tr("The lab helper program (socketscope-labd) is not installed next to SocketScope, so the "
                 "virtual lab network is off. Reinstall SocketScope to get it back.");
        return false;
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
        m_problem = tr("The virtual lab network could not be started: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const int childEnd = pair[1];
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Only the helper's end of the pair crosses exec; everything else stays close-on-exec.
    m_process->setChildProcessModifier([childEnd] { ::fcntl(childEnd, F_SETFD, 0); });
    QStringList arguments = {QStringLiteral("--control"), QString::number(childEnd)};
    // A root session (CI) can still run the lab as an ordinary user, as a student would.
    const QByteArray asUser = qgetenv("SOCKETSCOPE_LAB_USER");
    if (::getuid() == 0 && !asUser.isEmpty())
        arguments << QStringLiteral("--user") << QString::fromLatin1(asUser);
    m_process->start(program, arguments, QIODevice::ReadOnly);
    ::close(childEnd);
    if (!m_process->waitForStarted(kAnswerTimeoutMs)) {
        m_problem = tr("The lab helper could not be started: %1").arg(m_process->errorString());
        ::close(pair[0]);
        delete m_process;
        m_process = nullptr;
        return false;
    }
    m_control = pair[0];
    connect(m_process, &QProcess::finished, this, [this] {
        if (m_stopping)
            return;
        const QString why = tr("The virtual lab network stopped: its helper program ended.");
        if (m_control >= 0)
            ::close(std::exchange(m_control, -1));
        emit stopped(why);
    });

    if (const QString said = request(QStringLiteral("hello")); !said.isEmpty()) {
        m_problem = explainStartFailure(said);
        stop();
        return false;
    }
    for (const LabSegment &s : m_topology.segments) {
        const QString said = request(
            QStringLiteral("bridge %1 %2/%3").arg(s.name, s.routerAddress.toString()).arg(s.prefix));
        if (!said.isEmpty()) {
            m_problem = explainStartFailure(said);
            stop();
            return false;
        }
    }
    const QList<LabHost> hosts = std::exchange(m_topology.hosts, {});
    for (const LabHost &h : hosts) {
        if (const QString said = addHost(h); !said.isEmpty()) {
            m_problem = explainStartFailure(said);
            stop();
            return false;
        }
    }
    // The router masquerades the LAN going out; without nft it only routes.
    m_natWorks = applyNat({}).isEmpty();
    return true;
}

QString LabNetwork::explainStartFailure(const QString &said)
{
    if (said.startsWith(QLatin1String("user namespace")))
        return tr(
            "The virtual lab network needs \"user namespaces\", and this system does not allow them for "
            "ordinary users (the system said: %1). An administrator can allow them: on Debian, "
            "sudo sysctl -w kernel.unprivileged_userns_clone=1; on Ubuntu 24.04 and later, "
            "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0; everywhere, "
            "user.max_user_namespaces must be above 0. SocketScope carries on with this machine's own "
            "network, and draws the packets it cannot see as inferred.")
            .arg(said);
    if (said.contains(QLatin1String("veth")) || said.contains(QLatin1String("bridge")))
        return tr(
            "This system's kernel cannot make virtual network cables or switches (the system said: %1). "
            "An administrator can load them with: sudo modprobe veth bridge. SocketScope carries on with "
            "this machine's own network, and draws the packets it cannot see as inferred.")
            .arg(said);
    return tr("The virtual lab network could not be built (the system said: %1). SocketScope carries on with "
              "this machine's own network, and draws the packets it cannot see as inferred.")
        .arg(said);
}

void LabNetwork::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    if (m_control >= 0) {
        // Closing our end is the helper's signal to go; its namespaces go with it.
        ::close(std::exchange(m_control, -1));
    }
    if (!m_process->waitForFinished(2000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    delete m_process;
    m_process = nullptr;
    m_natRules.clear();
    m_routerFilter.clear();
    m_linkFaults.clear();
    m_stopping = false;
}

qint64 LabNetwork::helperPid() const
{
    return m_process ? m_process->processId() : 0;
}

std::optional<QByteArray> LabNetwork::exchange(
    int channel, const QByteArray &request, int *descriptor, QString *failure)
{
    if (descriptor)
        *descriptor = -1;
    if (::send(channel, request.constData(), size_t(request.size()), MSG_NOSIGNAL) < 0) {
        *failure = tr("the lab helper is gone (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    return receiveAnswer(channel, descriptor, failure);
}

std::optional<QByteArray> LabNetwork::receiveAnswer(int channel, int *descriptor, QString *failure)
{
    if (descriptor)
        *descriptor = -1;
    pollfd wait {channel, POLLIN, 0};
    int ready = 0;
    do
        ready = ::poll(&wait, 1, kAnswerTimeoutMs);
    while (ready < 0 && errno == EINTR);
    if (ready <= 0) {
        *failure = tr("the lab helper did not answer");
        return std::nullopt;
    }
    char buffer[kMaxAnswer];
    iovec part {buffer, sizeof buffer};
    alignas(cmsghdr) char room[CMSG_SPACE(sizeof(int))];
    msghdr message {};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    message.msg_control = room;
    message.msg_controllen = sizeof room;
    const ssize_t got = ::recvmsg(channel, &message, MSG_CMSG_CLOEXEC);
    if (got <= 0) {
        *failure = tr("the lab helper is gone");
        return std::nullopt;
    }
    for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            int fd = -1;
            std::memcpy(&fd, CMSG_DATA(c), sizeof fd);
            if (descriptor)
                *descriptor = fd;
            else
                ::close(fd);
        }
    }
    return QByteArray(buffer, got);
}

QString LabNetwork::request(const QString &text, int *descriptor)
{
    if (descriptor)
        *descriptor = -1;
    if (m_control < 0)
        return tr("the lab network is not running");
    QString failure;
    const std::optional<QByteArray> said = exchange(m_control, text.toUtf8(), descriptor, &failure);
    if (!said)
        return failure;
    const QString answer = QString::fromUtf8(*said);
    if (answer == QLatin1String("ok") || answer.startsWith(QLatin1String("ok ")))
        return {};
    if (descriptor && *descriptor >= 0)
        ::close(std::exchange(*descriptor, -1));
    return answer.startsWith(QLatin1String("error ")) ? answer.mid(6) : answer;
}

SocketPlacement::Place LabNetwork::place(Protocol proto, const QHostAddress &local)
{
    Place p;
    p.host = m_topology.hostOwning(local);
    if (!isRunning()) {
        p.error = {LabError::NetworkUnreachable, tr("the virtual lab network is not running")};
        return p;
    }
    if (p.host.isEmpty()) {
        p.error = {LabError::AddressNotAvailable,
            tr("%1 is not an address of any host in the lab network").arg(local.toString())};
        return p;
    }
    const bool v6 = local.protocol() == QAbstractSocket::IPv6Protocol;
    int fd = -1;
    const QString said
        = request(QStringLiteral("socket %1 %2 %3")
                      .arg(p.host, proto == Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp"),
                          v6 ? QStringLiteral("6") : QStringLiteral("4")),
            &fd);
    if (!said.isEmpty() || fd < 0)
        p.error = {LabError::Other, said};
    p.descriptor = fd;
    return p;
}

int LabNetwork::makeDiagSocket(const QString &host)
{
    int fd = -1;
    if (!request(QStringLiteral("socket %1 diag 4").arg(host), &fd).isEmpty())
        return -1;
    return fd;
}

QString LabNetwork::addHost(const LabHost &host)
{
    if (QString problem = m_topology.problemWith(host); !problem.isEmpty())
        return problem;
    QString said = request(QStringLiteral("host %1 %2 %3/%4 %5")
                               .arg(host.name, host.segment, host.address.toString())
                               .arg(host.prefix)
                               .arg(host.gateway.isNull() ? QStringLiteral("-") : host.gateway.toString()));
    if (!said.isEmpty())
        return said;
    m_topology.hosts.append(host);
    emit hostAdded(host.name);
    return {};
}

QString LabNetwork::problemWithNatRule(const ForwardRule &rule) const
{
    if (!rule.source.isNull())
        return tr("A port-forwarding rule on the router takes no source address (@...).");
    if (m_topology.hostOwning(rule.listenAddress) != LabTopology::kRouter)
        return tr("%1 is not one of the router's addresses; the public address is %2.")
            .arg(rule.listenAddress.toString(), m_topology.publicAddress().toString());
    const QString target = m_topology.hostOwning(rule.targetAddress);
    if (target.isEmpty() || target == LabTopology::kRouter || rule.targetAddress.isLoopback())
        return tr("%1 is not the address of a lab host.").arg(rule.targetAddress.toString());
    for (const ForwardRule &existing : m_natRules) {
        if (existing.proto == rule.proto && existing.listenAddress == rule.listenAddress
            && existing.listenPort == rule.listenPort)
            return tr("The router already forwards %1.").arg(existing.toString());
    }
    return {};
}

QString LabNetwork::addNatRule(const ForwardRule &rule)
{
    if (QString problem = problemWithNatRule(rule); !problem.isEmpty())
        return problem;
    QList<ForwardRule> rules = m_natRules;
    rules.append(rule);
    if (QString said = applyNat(rules); !said.isEmpty())
        return said;
    m_natRules = rules;
    emit natRulesChanged();
    return {};
}

QString LabNetwork::removeNatRule(qsizetype index)
{
    if (index < 0 || index >= m_natRules.size())
        return tr("There is no such rule.");
    QList<ForwardRule> rules = m_natRules;
    rules.removeAt(index);
    if (QString said = applyNat(rules); !said.isEmpty())
        return said;
    m_natRules = rules;
    emit natRulesChanged();
    return {};
}

LabNetwork::LinkFaultOutcome LabNetwork::setLinkFault(const QString &link, LinkFault fault)
{
    LinkFaultOutcome outcome;
    if (!linkNames(m_topology).contains(link)) {
        outcome.error = tr("the lab has no link called \"%1\"; its links are %2")
                            .arg(link, linkNames(m_topology).join(QStringLiteral(", ")));
        return outcome;
    }
    if (fault.lossPercent > 0 && !fault.seed)
        fault.seed = QRandomGenerator::global()->generate();
    outcome.asked = fault;
    QStringList places;
    for (const int slot : fault.lossSlots())
        places << QString::number(slot);
    const QString request
        = QStringLiteral("link %1 loss=%2 rate=%3 burst=%4 queue=%5 delay=%6 jitter=%7 reorder=%8")
              .arg(link, places.isEmpty() ? QStringLiteral("-") : places.join(QLatin1Char(',')))
              .arg(fault.rateBitsPerSecond)
              .arg(fault.rateBitsPerSecond > 0 ? fault.burstBytes() : 0)
              .arg(fault.rateBitsPerSecond > 0 ? fault.effectiveQueueBytes() : 0)
              .arg(qint64(fault.delayMs) * 1000)
              .arg(qint64(fault.jitterMs) * 1000)
              .arg(fault.reorderPercent);
    if (m_control < 0) {
        outcome.error = tr("the lab network is not running");
        return outcome;
    }
    QString failure;
    const std::optional<QByteArray> said = exchange(m_control, request.toUtf8(), nullptr, &failure);
    if (!said) {
        outcome.error = failure;
        return outcome;
    }
    const QString answer = QString::fromUtf8(*said);
    if (!answer.startsWith(QLatin1String("ok"))) {
        outcome.error = answer.startsWith(QLatin1String("error ")) ? answer.mid(6) : answer;
        return outcome;
    }
    // "ok refused delay reorder: what the kernel said"
    const QString refusedPrefix = QStringLiteral("ok refused ");
    if (answer.startsWith(refusedPrefix)) {
        const qsizetype colon = answer.indexOf(QLatin1String(": "), refusedPrefix.size());
        const QString parts = answer.mid(refusedPrefix.size(), colon < 0 ? -1 : colon - refusedPrefix.size());
        outcome.refused
            = linkFaultPartsFromName(parts.simplified().replace(QLatin1Char(' '), QLatin1Char(',')))
                  .value_or(quint8(0));
        outcome.kernelSaid = colon < 0 ? QString() : answer.mid(colon + 2);
        // tc's words when the kernel has no such queueing discipline at all.
        outcome.why = outcome.refused & (LinkFaultDelay | LinkFaultReorder)
                && outcome.kernelSaid.contains(QLatin1String("qdisc kind is unknown"))
            ? LinkFaultRefusal::NoNetem
            : LinkFaultRefusal::KernelError;
    }
    outcome.applied = fault.without(outcome.refused);
    if (outcome.applied.isEmpty())
        m_linkFaults.remove(link);
    else
        m_linkFaults.insert(link, outcome.applied);
    emit linkFaultsChanged();
    return outcome;
}

QString LabNetwork::applyNat(const QList<ForwardRule> &rules)
{
    // The whole table is written anew each time: one transaction, no stale rule left behind.
    QString script = QStringLiteral("table ip socketscope {\n chain prerouting {\n"
                                    "  type nat hook prerouting priority dstnat; policy accept;\n");
    for (const ForwardRule &r : rules) {
        script += QStringLiteral("  ip daddr %1 %2 dport %3 dnat to %4:%5\n")
                      .arg(r.listenAddress.toString(),
                          r.proto == Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp"))
                      .arg(r.listenPort)
                      .arg(r.targetAddress.toString())
                      .arg(r.targetPort);
    }
    script += QStringLiteral(
        " }\n chain postrouting {\n  type nat hook postrouting priority srcnat; policy accept;\n");
    if (const LabSegment *lan = m_topology.privateSegment()) {
        const QString network
            = QStringLiteral("%1/%2")
                  .arg(QHostAddress(lan->routerAddress.toIPv4Address() & ~((1u << (32 - lan->prefix)) - 1))
                           .toString())
                  .arg(lan->prefix);
        // Out to the public side, LAN hosts speak with the router's public address.
        script += QStringLiteral("  oifname \"wan\" ip saddr %1 masquerade\n").arg(network);
        // A LAN host reaching a forwarded port on the public address comes back through the
        // router too ("hairpin"), so the answer finds its way.
        script += QStringLiteral("  ip saddr %1 ip daddr %1 ct status dnat masquerade\n").arg(network);
    }
    script += QStringLiteral(" }\n}\n");
    // The filter table is made anew each time too, so clearing it leaves nothing behind.
    script += QStringLiteral("table ip socketscope_filter\ndelete table ip socketscope_filter\n");
    if (!m_routerFilter.isEmpty())
        script += QStringLiteral("table ip socketscope_filter {\n%1}\n").arg(m_routerFilter);
    return request(QStringLiteral("nat\n") + script);
}

QString LabNetwork::setRouterFilter(const QString &chains)
{
    const QString before = std::exchange(m_routerFilter, chains);
    if (QString said = applyNat(m_natRules); !said.isEmpty()) {
        m_routerFilter = before;
        return said;
    }
    return {};
}

} // namespace SocketScope
