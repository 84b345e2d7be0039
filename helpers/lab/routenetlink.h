#pragma once

#include <cstdint>
#include <string>

namespace SocketScope::LabHelper {

// A rtnetlink socket in one network namespace: the few link, address and route changes a lab
// needs (what `ip link`, `ip addr` and `ip route` do), without running a program for each.
// Every call returns an empty string on success, else what the kernel said.
class RouteNetlink
{
public:
    RouteNetlink();
    ~RouteNetlink();
    RouteNetlink(const RouteNetlink &) = delete;
    RouteNetlink &operator=(const RouteNetlink &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    std::string setUp(int ifindex);
    // A veth pair: `name` here, `peerName` in the namespace `peerNamespaceFd`.
    std::string createVeth(const std::string &name, const std::string &peerName, int peerNamespaceFd);
    std::string createBridge(const std::string &name);
    std::string setMaster(int ifindex, int masterIfindex);
    std::string addAddress(int ifindex, std::uint32_t addressBe, int prefix);
    std::string addDefaultRoute(std::uint32_t gatewayBe);

private:
    std::string request(void *message, std::uint32_t length);

    int m_fd = -1;
    std::uint32_t m_sequence = 0;
};

} // namespace SocketScope::LabHelper
