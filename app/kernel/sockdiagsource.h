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
    QString name() const override;
    bool read(std::vector<KernelSocket> &out, QString *error) override;

private:
    bool dump(int family, int protocol, std::vector<KernelSocket> &out, QString *error);

    int m_fd = -1;
    quint32 m_sequence = 0;
    std::vector<char> m_buffer;
};

} // namespace SocketScope
