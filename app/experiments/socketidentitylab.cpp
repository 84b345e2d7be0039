#include "socketidentitylab.h"

#include "lab/endpoint.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SocketScope {

namespace {

// A descriptor closed when it goes out of scope, so an early return never leaks one.
class Descriptor
{
public:
    explicit Descriptor(int fd = -1)
        : m_fd(fd)
    { }
    ~Descriptor() { reset(); }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    Descriptor(Descriptor &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    { }
    Descriptor &operator=(Descriptor &&other) noexcept
    {
        reset();
        m_fd = std::exchange(other.m_fd, -1);
        return *this;
    }
    int get() const { return m_fd; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

sockaddr_in addressOf(const QHostAddress &address, quint16 port)
{
    sockaddr_in in {};
    in.sin_family = AF_INET;
    in.sin_port = htons(port);
    in.sin_addr.s_addr = htonl(address.toIPv4Address());
    return in;
}

quint16 boundPort(int fd)
{
    sockaddr_in in {};
    socklen_t size = sizeof in;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&in), &size) != 0)
        return 0;
    return ntohs(in.sin_port);
}

// One real bind() (and listen() for TCP servers); `bind` is filled with what the OS said.
Descriptor tryBind(SocketIdentityLab::Bind &bind, bool listen)
{
    const int type = bind.proto == Protocol::Udp ? SOCK_DGRAM : SOCK_STREAM;
    Descriptor fd(::socket(AF_INET, type | SOCK_CLOEXEC, 0));
    if (fd.get() < 0) {
        bind.osError = errno;
        bind.osMessage = QString::fromLocal8Bit(std::strerror(errno));
        return fd;
    }
    const int on = bind.reuseAddress ? 1 : 0;
    ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    const sockaddr_in in = addressOf(bind.address, bind.port);
    if (::bind(fd.get(), reinterpret_cast<const sockaddr *>(&in), sizeof in) != 0
        || (listen && bind.proto == Protocol::Tcp && ::listen(fd.get(), 4) != 0)) {
        bind.osError = errno;
        bind.osMessage = QString::fromLocal8Bit(std::strerror(errno));
        fd.reset();
        return fd;
    }
    bind.ok = true;
    bind.port = boundPort(fd.get());
    return fd;
}

SocketIdentityLab::Bind bindOf(Protocol proto, const QHostAddress &address, quint16 port, bool reuse)
{
    SocketIdentityLab::Bind bind;
    bind.proto = proto;
    bind.address = address;
    bind.port = port;
    bind.reuseAddress = reuse;
    return bind;
}

int tcpState(int fd)
{
    tcp_info info {};
    socklen_t size = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return -1;
    return info.tcpi_state;
}

// Leaves a connection in TIME_WAIT on 127.0.0.1:port, the server side having closed first
// (as a server that ends a conversation does). Returns the port, or 0 with `why` set.
quint16 makeTimeWait(SocketIdentityLab::Bind &listenerBind, QString *why)
{
    Descriptor listener = tryBind(listenerBind, true);
    if (listener.get() < 0) {
        *why = listenerBind.osMessage;
        return 0;
    }
    const quint16 port = listenerBind.port;
    Descriptor client(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    const sockaddr_in to = addressOf(QHostAddress(QHostAddress::LocalHost), port);
    if (client.get() < 0
        || ::connect(client.get(), reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return 0;
    }
    Descriptor server(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    if (server.get() < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return 0;
    }
    // The server says goodbye first (FIN); the client answers with its own FIN.
    ::shutdown(server.get(), SHUT_WR);
    pollfd wait {client.get(), POLLIN, 0};
    char byte = 0;
    if (::poll(&wait, 1, 2000) != 1 || ::recv(client.get(), &byte, 1, 0) != 0) {
        *why = QCoreApplication::translate("SocketIdentityLab", "the client never saw the server's close");
        return 0;
    }
    client.reset();
    // Once the client's FIN is in, the kernel moves the server's connection into TIME_WAIT and
    // the descriptor's own socket reads CLOSE. Loopback delivers at once; allow a moment.
    for (int i = 0; i < 200 && tcpState(server.get()) != TCP_CLOSE; ++i)
        ::usleep(5000);
    if (tcpState(server.get()) != TCP_CLOSE) {
        *why = QCoreApplication::translate("SocketIdentityLab", "the connection did not reach TIME_WAIT");
        return 0;
    }
    return port;
}

QString why(SocketIdentityLab::Experiment experiment, bool allowed)
{
    using E = SocketIdentityLab::Experiment;
    // lupdate files these tr() calls under the namespace it sees them in, so look them up there.
    const auto tr = [](const char *text) { return QCoreApplication::translate("SocketScope", text); };
    switch (experiment) {
    case E::SameTwice:
        return allowed ? tr("This is unusual: the OS let two sockets have the same name.")
                       : tr("Protocol, address and port together name one socket, and two sockets cannot "
                            "have the same name.");
    case E::TcpAndUdp:
        return allowed ? tr("TCP and UDP keep separate lists of ports, so the protocol is part of the name.")
                       : tr("Another program on this machine already holds that UDP port.");
    case E::TwoAddresses:
        return allowed ? tr("The address is part of the name: 127.0.0.1 and 127.0.0.2 are two addresses of "
                            "this one machine.")
                       : tr("This system does not treat 127.0.0.2 as one of its own addresses.");
    case E::WildcardAndSpecific:
        return allowed
            ? tr("This OS lets a socket on every address and one on a single address share the port.")
            : tr(
                "0.0.0.0 means every address of this machine, 127.0.0.1 included, so the two names overlap.");
    case E::WildcardAndSpecificReuse:
        return allowed ? tr("With SO_REUSEADDR on both, this OS lets them share the port.")
                       : tr("On Linux, SO_REUSEADDR does not help while a socket is listening on an "
                            "overlapping address.");
    case E::TimeWait:
        return allowed ? tr("The OS did not count the connection waiting in TIME_WAIT as using the port.")
                       : tr("An old connection still waits in TIME_WAIT on this port, and without "
                            "SO_REUSEADDR the OS counts the port as in use.");
    case E::TimeWaitReuse:
        return allowed ? tr("With SO_REUSEADDR a new server may take a port whose old connections wait in "
                            "TIME_WAIT. This is why servers set it.")
                       : tr("Even with SO_REUSEADDR the OS kept the port for the connection in TIME_WAIT.");
    case E::Count:
        break;
    }
    return {};
}

} // namespace

QString SocketIdentityLab::title(Experiment experiment)
{
    switch (experiment) {
    case Experiment::SameTwice:
        return tr("Same protocol, address and port twice");
    case Experiment::TcpAndUdp:
        return tr("TCP and UDP on one port");
    case Experiment::TwoAddresses:
        return tr("One port on two addresses of one host");
    case Experiment::WildcardAndSpecific:
        return tr("Every address (0.0.0.0) against one address");
    case Experiment::WildcardAndSpecificReuse:
        return tr("Every address against one address, with SO_REUSEADDR");
    case Experiment::TimeWait:
        return tr("A port held by TIME_WAIT, without SO_REUSEADDR");
    case Experiment::TimeWaitReuse:
        return tr("A port held by TIME_WAIT, with SO_REUSEADDR");
    case Experiment::Count:
        break;
    }
    return {};
}

QString SocketIdentityLab::question(Experiment experiment)
{
    switch (experiment) {
    case Experiment::SameTwice:
        return tr("Listen with TCP on 127.0.0.1, then bind TCP to the same address and port again.");
    case Experiment::TcpAndUdp:
        return tr("Listen with TCP on 127.0.0.1, then bind UDP to the same address and port.");
    case Experiment::TwoAddresses:
        return tr("Listen with TCP on 127.0.0.1, then listen on 127.0.0.2 with the same port.");
    case Experiment::WildcardAndSpecific:
        return tr("Listen with TCP on 127.0.0.1, then bind TCP to 0.0.0.0 with the same port.");
    case Experiment::WildcardAndSpecificReuse:
        return tr("The same two binds, both sockets with SO_REUSEADDR.");
    case Experiment::TimeWait:
        return tr("A server closes a connection first, which leaves it in TIME_WAIT; then a new socket binds "
                  "the server's port.");
    case Experiment::TimeWaitReuse:
        return tr("The same, but the new socket sets SO_REUSEADDR first, as servers do.");
    case Experiment::Count:
        break;
    }
    return {};
}

QString SocketIdentityLab::describe(const Bind &bind)
{
    const QString endpoint = QStringLiteral("%1 %2").arg(
        bind.proto == Protocol::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP"),
        formatEndpoint(bind.address, bind.port));
    return bind.reuseAddress ? tr("%1 with SO_REUSEADDR").arg(endpoint) : endpoint;
}

SocketIdentityLab::Result SocketIdentityLab::run(Experiment experiment)
{
    // The port the OS picks for the first socket is free on its address only; another program
    // may hold it on the second (a UDP socket, 127.0.0.2), which says nothing about the rule.
    // Then the experiment runs again on another port.
    constexpr int kAttempts = 5;
    bool othersPort = false;
    const auto once = [&]() -> Result {
        Result result;
        result.experiment = experiment;
        const QHostAddress local(QHostAddress::LocalHost);
        const auto setupFailed = [&](const QString &reason) {
            result.outcome = Outcome::SetupFailed;
            result.sentence = tr("The experiment could not be set up: %1.").arg(reason);
            return result;
        };

        Bind first = bindOf(Protocol::Tcp, local, 0, false);
        Bind second;
        Descriptor held;
        switch (experiment) {
        case Experiment::SameTwice:
        case Experiment::TcpAndUdp:
        case Experiment::TwoAddresses:
        case Experiment::WildcardAndSpecific:
        case Experiment::WildcardAndSpecificReuse: {
            first.reuseAddress = experiment == Experiment::WildcardAndSpecificReuse;
            held = tryBind(first, true);
            result.binds.append(first);
            if (!first.ok)
                return setupFailed(first.osMessage);
            const Protocol proto = experiment == Experiment::TcpAndUdp ? Protocol::Udp : Protocol::Tcp;
            QHostAddress address = local;
            if (experiment == Experiment::TwoAddresses)
                address = QHostAddress(QStringLiteral("127.0.0.2"));
            else if (experiment == Experiment::WildcardAndSpecific
                || experiment == Experiment::WildcardAndSpecificReuse)
                address = QHostAddress(QHostAddress::AnyIPv4);
            second = bindOf(proto, address, first.port, first.reuseAddress);
            break;
        }
        case Experiment::TimeWait:
        case Experiment::TimeWaitReuse: {
            // The old server used SO_REUSEADDR, as servers do; what changes is the new socket.
            first.reuseAddress = true;
            QString reason;
            const quint16 port = makeTimeWait(first, &reason);
            result.binds.append(first);
            if (!port)
                return setupFailed(reason);
            second = bindOf(Protocol::Tcp, local, port, experiment == Experiment::TimeWaitReuse);
            break;
        }
        case Experiment::Count:
            return setupFailed(QStringLiteral("?"));
        }

        const Descriptor secondSocket = tryBind(second, second.proto == Protocol::Tcp);
        if (!second.ok && second.osError == EADDRINUSE && experiment != Experiment::TimeWait
            && experiment != Experiment::TimeWaitReuse) {
            // Refused: by the rule, or by a program that holds the port on the second address?
            // The second bind alone, the first socket closed, tells them apart.
            held = Descriptor();
            Bind alone = second;
            const Descriptor aloneSocket = tryBind(alone, alone.proto == Protocol::Tcp);
            othersPort = !alone.ok;
        }
        if (!second.ok && second.port == 0)
            second.port = first.port;
        result.binds.append(second);
        if (second.ok) {
            result.outcome = Outcome::BothBound;
            const bool timeWait
                = experiment == Experiment::TimeWait || experiment == Experiment::TimeWaitReuse;
            result.sentence = (timeWait ? tr("The OS allowed %1.").arg(describe(second))
                                        : tr("The OS allowed it: %1 and %2 were both bound.")
                                              .arg(describe(first), describe(second)))
                + QLatin1Char(' ') + why(experiment, true);
        } else {
            result.outcome = Outcome::SecondRefused;
            result.sentence = tr("The OS refused %1 (%2).").arg(describe(second), second.osMessage)
                + QLatin1Char(' ') + why(experiment, false);
        }
        return result;
    };
    Result result;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        othersPort = false;
        result = once();
        if (!othersPort)
            break;
    }
    return result;
}

} // namespace SocketScope
