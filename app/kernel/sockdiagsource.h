#pragma once

#include "kernelsocketsource.h"

namespace SocketScope {

// Reads the socket list through NETLINK_SOCK_DIAG, as `ss` does. Needs no privileges and
// includes what /proc hides: request sockets in SYN_RECV and a listener's queue limit.
class SockDiagSource : public KernelSocketSource
{
public:
    SockDiagSource();
    // Reads through a sock_diag socket made elsewhere, e.g. inside a lab host's network
    // namespace: a netlink socket answers for the namespace it was made in. Takes ownership.
    explicit SockDiagSource(int adoptedDescriptor);
    ~SockDiagSource() override;

    bool isOpen() const { return m_fd >= 0; }
    // Whether TCP sockets come with the kernel's TCP numbers (tcp_info); on by default. Off
    // only to measure what they cost.
    void setReadTcpInfo(bool read) { m_readTcpInfo = read; }
    QString name() const override;
    bool read(std::vector<KernelSocket> &out, QString *error) override;
    // Asks the kernel itself to leave out every socket on another port (a bytecode filter, as
    // `ss sport = :N` uses), so a machine with thousands of TIME_WAIT leftovers of other
    // programs costs neither the kernel's copying nor this process's parsing.
    bool readPorts(
        const std::vector<quint16> &ports, std::vector<KernelSocket> &out, QString *error) override;

    // The filter program for `ports` (sorted, each once): "local port in one of these ranges".
    // Neighbouring ports share a range, and past kMaxRanges the closest ranges are merged (the
    // kernel runs the program on every socket, so it stays short; a wider range only lets
    // a few more sockets through).
    static constexpr int kMaxRanges = 64;
    static QByteArray portFilter(const std::vector<quint16> &ports);

    // Whether TCP sockets of both address families come from one walk of the kernel's tables
    // (true until a kernel refuses that request; then one walk per family).
    bool readsTcpInOneWalk() const { return m_tcpInOneWalk; }

private:
    // `family` AF_UNSPEC: TCP sockets of both families at once (see dumpTcp).
    bool dump(int family, int protocol, quint32 states, const QByteArray &filter,
        std::vector<KernelSocket> &out, QString *error);
    bool dumpTcp(quint32 states, const QByteArray &filter, std::vector<KernelSocket> &out, QString *error);

    int m_fd = -1;
    quint32 m_sequence = 0;
    bool m_readTcpInfo = true;
    bool m_tcpInOneWalk = true;
    std::vector<char> m_buffer;
};

} // namespace SocketScope
