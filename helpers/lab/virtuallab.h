#pragma once

#include "packetcapture.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace SocketScope::LabHelper {

// The lab's hosts: one network namespace each, all inside one user namespace this process
// owns, so it may build them without root. The router's namespace is the one the process
// starts in; every other host is wired to one of the router's bridges by a veth pair.
class VirtualLab
{
public:
    explicit VirtualLab(PacketCapture *capture);
    ~VirtualLab();

    // Enters a new user and network namespace; the new network namespace is the router.
    // The message says what the system refused, in its words.
    std::string create();

    std::string addBridge(const std::string &name, std::uint32_t addressBe, int prefix);
    std::string addHost(const std::string &name, const std::string &bridge, std::uint32_t addressBe,
        int prefix, std::uint32_t gatewayBe);
    // Replaces the router's NAT rules with `rules` (nft syntax, one statement per line).
    std::string setNat(const std::string &rules);
    // A fresh socket (socket(2) only) made in `host`'s namespace, or -1 with `error` set.
    int makeSocket(const std::string &host, int family, int type, int protocol, std::string *error);

    bool hasHost(const std::string &name) const { return m_hosts.count(name) != 0; }

private:
    struct Host
    {
        int namespaceFd = -1;
    };
    std::string enter(const std::string &host);
    std::string captureInterface(const std::string &host, const std::string &interfaceName, bool loopback);

    PacketCapture *m_capture;
    std::map<std::string, Host> m_hosts;
};

} // namespace SocketScope::LabHelper
