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
    // Faults on one link: a host's cable (both directions) or the router's side of a network
    // (loss both ways; rate, delay and reordering on what leaves the router). Replaces the
    // link's earlier faults; an empty fault clears them.
    struct LinkFault
    {
        std::vector<int> lossSlots; // numgen inc mod 100 values dropped; all 100: every packet
        std::uint64_t rateBitsPerSecond = 0; // 0: no limit
        std::uint32_t burstBytes = 0;
        std::uint32_t queueBytes = 0;
        std::uint32_t delayUs = 0; // 0: no netem
        std::uint32_t jitterUs = 0;
        int reorderPercent = 0;
    };
    // What the kernel took. `refused` names the parts it did not ("delay reorder"), `said` why.
    struct LinkFaultOutcome
    {
        std::string error; // nothing was applied
        std::string refused;
        std::string said;
    };
    LinkFaultOutcome setLinkFault(const std::string &link, const LinkFault &fault);
    bool hasLink(const std::string &link) const;
    // A fresh socket (socket(2) only) made in `host`'s namespace, or -1 with `error` set.
    int makeSocket(const std::string &host, int family, int type, int protocol, std::string *error);

    bool hasHost(const std::string &name) const { return m_hosts.count(name) != 0; }

private:
    struct Host
    {
        int namespaceFd = -1;
    };
    std::string enter(const std::string &host);
    // Runs `argv` (the first candidate path that exists) with `input` on its standard input, in
    // the namespace entered last; empty on success, else what it said.
    static std::string run(const std::vector<const char *> &candidates, const std::vector<std::string> &argv,
        const std::string &input);
    std::string captureInterface(const std::string &host, const std::string &interfaceName, bool loopback);

    PacketCapture *m_capture;
    std::map<std::string, Host> m_hosts;
    std::vector<std::string> m_bridges;
};

} // namespace SocketScope::LabHelper
