#include "virtuallab.h"

#include "routenetlink.h"

#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace SocketScope::LabHelper {

namespace {
std::string systemError(const char *what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

bool writeFile(const char *path, const std::string &text)
{
    std::ofstream file(path);
    file << text;
    file.flush();
    return bool(file);
}

std::string bringUp(RouteNetlink &route, const std::string &name)
{
    const int index = int(::if_nametoindex(name.c_str()));
    if (index == 0)
        return "no interface " + name;
    return route.setUp(index);
}
} // namespace

VirtualLab::VirtualLab(PacketCapture *capture)
    : m_capture(capture)
{ }

VirtualLab::~VirtualLab()
{
    for (auto &[name, host] : m_hosts)
        ::close(host.namespaceFd);
}

std::string VirtualLab::create()
{
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
        return systemError("user namespace: unshare(CLONE_NEWUSER | CLONE_NEWNET)");
    // Inside, this process is root of its own namespaces and nothing outside them.
    if (!writeFile("/proc/self/setgroups", "deny")
        || !writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1")
        || !writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1"))
        return systemError("user namespace: writing uid_map and gid_map");
    const int router = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (router < 0)
        return systemError("open /proc/self/ns/net");
    m_hosts["router"].namespaceFd = router;
    RouteNetlink route;
    if (!route.isOpen())
        return systemError("rtnetlink socket");
    if (std::string e = bringUp(route, "lo"); !e.empty())
        return "lo: " + e;
    writeFile("/proc/sys/net/ipv4/ip_unprivileged_port_start", "0");
    if (!writeFile("/proc/sys/net/ipv4/ip_forward", "1"))
        return systemError("turning on IP forwarding in the router");
    return captureInterface("router", "lo", true);
}

std::string VirtualLab::enter(const std::string &host)
{
    const auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return "no host " + host;
    if (::setns(it->second.namespaceFd, CLONE_NEWNET) != 0)
        return systemError("setns");
    return {};
}

std::string VirtualLab::captureInterface(
    const std::string &host, const std::string &interfaceName, bool loopback)
{
    const int index = int(::if_nametoindex(interfaceName.c_str()));
    if (index == 0)
        return "no interface " + interfaceName;
    return m_capture->add(index, interfaceName, host, loopback);
}

std::string VirtualLab::addBridge(const std::string &name, std::uint32_t addressBe, int prefix)
{
    if (std::string e = enter("router"); !e.empty())
        return e;
    RouteNetlink route;
    if (std::string e = route.createBridge(name); !e.empty())
        return "bridge " + name + ": " + e;
    const int index = int(::if_nametoindex(name.c_str()));
    if (std::string e = route.addAddress(index, addressBe, prefix); !e.empty())
        return "address on " + name + ": " + e;
    if (std::string e = route.setUp(index); !e.empty())
        return "bringing up " + name + ": " + e;
    m_bridges.push_back(name);
    // Captured on the router's ports instead (see addHost).
    return {};
}

std::string VirtualLab::addHost(const std::string &name, const std::string &bridge, std::uint32_t addressBe,
    int prefix, std::uint32_t gatewayBe)
{
    if (m_hosts.count(name))
        return "there is already a host " + name;
    if (std::string e = enter("router"); !e.empty())
        return e;
    const int bridgeIndex = int(::if_nametoindex(bridge.c_str()));
    if (bridgeIndex == 0)
        return "the router has no network " + bridge;
    if (::unshare(CLONE_NEWNET) != 0)
        return systemError("unshare(CLONE_NEWNET)");
    const int ns = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (ns < 0)
        return systemError("open /proc/self/ns/net");
    m_hosts[name].namespaceFd = ns;

    const std::string routerSide = ("v-" + name).substr(0, 15);
    {
        RouteNetlink route;
        if (std::string e = bringUp(route, "lo"); !e.empty())
            return "lo: " + e;
        // The app is not root inside the lab, yet a learner expects a server on port 80.
        writeFile("/proc/sys/net/ipv4/ip_unprivileged_port_start", "0");
        if (std::string e = route.createVeth("eth0", routerSide, m_hosts["router"].namespaceFd); !e.empty())
            return "veth: " + e;
        const int eth0 = int(::if_nametoindex("eth0"));
        if (std::string e = route.addAddress(eth0, addressBe, prefix); !e.empty())
            return "address: " + e;
        if (std::string e = route.setUp(eth0); !e.empty())
            return "eth0: " + e;
        if (gatewayBe != 0) {
            if (std::string e = route.addDefaultRoute(gatewayBe); !e.empty())
                return "default route: " + e;
        }
        if (std::string e = captureInterface(name, "lo", true); !e.empty())
            return e;
        if (std::string e = captureInterface(name, "eth0", false); !e.empty())
            return e;
    }
    if (std::string e = enter("router"); !e.empty())
        return e;
    RouteNetlink route;
    const int port = int(::if_nametoindex(routerSide.c_str()));
    if (std::string e = route.setMaster(port, bridgeIndex); !e.empty())
        return "joining " + bridge + ": " + e;
    if (std::string e = route.setUp(port); !e.empty())
        return e;
    // The router's end of the cable: frames exactly as they cross it, before the router's
    // own stack rewrites anything (a capture on the bridge can show a NATed packet already
    // rewritten on its way in).
    return captureInterface("router", routerSide, false);
}

std::string VirtualLab::run(const std::vector<const char *> &candidates, const std::vector<std::string> &argv,
    const std::string &input)
{
    int in[2];
    int errors[2];
    if (::pipe2(in, O_CLOEXEC) != 0)
        return systemError("pipe");
    if (::pipe2(errors, O_CLOEXEC) != 0) {
        ::close(in[0]);
        ::close(in[1]);
        return systemError("pipe");
    }
    std::vector<char *> args;
    args.reserve(argv.size() + 1);
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const pid_t child = ::fork();
    if (child < 0)
        return systemError("fork");
    if (child == 0) {
        // The child inherits the namespace entered last: the program changes that host.
        ::dup2(in[0], 0);
        ::dup2(errors[1], 1);
        ::dup2(errors[1], 2);
        for (const char *program : candidates)
            ::execv(program, args.data());
        const std::string missing = argv[0] + " was not found";
        [[maybe_unused]] const ssize_t ignored = ::write(2, missing.data(), missing.size());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(errors[1]);
    [[maybe_unused]] const ssize_t written = ::write(in[1], input.data(), input.size());
    ::close(in[1]);
    std::string said;
    char buffer[512];
    for (ssize_t got; (got = ::read(errors[0], buffer, sizeof buffer)) > 0;)
        said.append(buffer, std::size_t(got));
    ::close(errors[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return {};
    while (!said.empty() && (said.back() == '\n' || said.back() == ' '))
        said.pop_back();
    // tc says two lines for one refusal; the first is the kernel's reason.
    if (const auto newline = said.find('\n'); newline != std::string::npos)
        said.resize(newline);
    return said.empty() ? argv[0] + " failed" : said;
}

namespace {
const std::vector<const char *> kNft {"/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft"};
const std::vector<const char *> kTc {"/usr/sbin/tc", "/sbin/tc", "/usr/bin/tc"};
} // namespace

std::string VirtualLab::setNat(const std::string &rules)
{
    if (std::string e = enter("router"); !e.empty())
        return e;
    std::string said
        = run(kNft, {"nft", "-f", "-"}, "table ip socketscope\ndelete table ip socketscope\n" + rules);
    if (said == "nft was not found")
        return "nft was not found (install the nftables package)";
    return said;
}

bool VirtualLab::hasLink(const std::string &link) const
{
    if (link == "router")
        return false;
    return m_hosts.count(link) != 0 || std::find(m_bridges.begin(), m_bridges.end(), link) != m_bridges.end();
}

VirtualLab::LinkFaultOutcome VirtualLab::setLinkFault(const std::string &link, const LinkFault &fault)
{
    LinkFaultOutcome outcome;
    if (!hasLink(link)) {
        outcome.error = "no link " + link;
        return outcome;
    }
    const bool isBridge = m_hosts.count(link) == 0;
    // The router's end of the link carries both directions through one device; a host's cable
    // queues what leaves each end on that end.
    const std::string routerDevice = isBridge ? link : ("v-" + link).substr(0, 15);
    std::vector<std::pair<std::string, std::string>> egress {{"router", routerDevice}};
    if (!isBridge)
        egress.emplace_back(link, "eth0");

    // Loss: nftables on the router's end, in and out, counting packets (numgen inc) so the
    // same slots drop the same packets of a run. Only IPv4, the lab's own protocol: ARP is
    // spared (a lost cable is not a lost neighbour, and a connection then fails where a learner
    // looks, at TCP), and so are the IPv6 packets the kernels send by themselves on every
    // link (solicitations, listener reports), which would shift the count at random moments.
    if (std::string e = enter("router"); !e.empty()) {
        outcome.error = e;
        return outcome;
    }
    const std::string table = "link_" + link;
    std::string script = "table netdev " + table + "\ndelete table netdev " + table + "\n";
    if (!fault.lossSlots.empty()) {
        std::string match;
        if (fault.lossSlots.size() < 100) {
            match = "numgen inc mod 100 { ";
            for (std::size_t i = 0; i < fault.lossSlots.size(); ++i)
                match += (i ? ", " : "") + std::to_string(fault.lossSlots[i]);
            match += " } ";
        }
        script += "table netdev " + table + " {\n";
        for (const char *hook : {"ingress", "egress"}) {
            script += std::string(" chain ") + hook;
            script += " {\n  type filter hook ";
            script += hook;
            script += " device \"" + routerDevice;
            script += "\" priority 0;\n  meta protocol ip " + match;
            script += "drop\n }\n";
        }
        script += "}\n";
    }
    if (std::string said = run(kNft, {"nft", "-f", "-"}, script); !said.empty()) {
        if (fault.lossSlots.empty()) {
            outcome.error = said; // not even clearing worked
            return outcome;
        }
        outcome.refused += " loss";
        outcome.said = said;
    }

    const auto number = [](std::uint64_t n) { return std::to_string(n); };
    for (const auto &[host, device] : egress) {
        if (std::string e = enter(host); !e.empty()) {
            outcome.error = e;
            return outcome;
        }
        // No root queue yet is fine: there is nothing to take away.
        run(kTc, {"tc", "qdisc", "del", "dev", device, "root"}, {});
        bool netem = false;
        if (fault.delayUs > 0 && outcome.refused.find("delay") == std::string::npos) {
            std::vector<std::string> argv {"tc", "qdisc", "add", "dev", device, "root", "handle",
                "1:", "netem", "delay", number(fault.delayUs) + "us"};
            if (fault.jitterUs > 0)
                argv.push_back(number(fault.jitterUs) + "us");
            if (fault.reorderPercent > 0) {
                argv.push_back("reorder");
                argv.push_back(number(std::uint64_t(fault.reorderPercent)) + "%");
            }
            if (std::string said = run(kTc, argv, {}); said.empty()) {
                netem = true;
            } else {
                outcome.refused += fault.reorderPercent > 0 ? " delay reorder" : " delay";
                outcome.said = said;
            }
        }
        if (fault.rateBitsPerSecond > 0 && outcome.refused.find("rate") == std::string::npos) {
            std::vector<std::string> argv {"tc", "qdisc", "add", "dev", device};
            if (netem)
                argv.insert(argv.end(), {"parent", "1:1", "handle", "10:"});
            else
                argv.push_back("root");
            argv.insert(argv.end(),
                {"tbf", "rate", number(fault.rateBitsPerSecond) + "bit", "burst",
                    number(fault.burstBytes) + "b", "limit", number(fault.queueBytes)});
            if (std::string said = run(kTc, argv, {}); !said.empty()) {
                outcome.refused += " rate";
                outcome.said = said;
            }
        }
    }
    if (!outcome.refused.empty())
        outcome.refused.erase(0, 1);
    return outcome;
}

int VirtualLab::makeSocket(const std::string &host, int family, int type, int protocol, std::string *error)
{
    if (std::string e = enter(host); !e.empty()) {
        *error = e;
        return -1;
    }
    const int fd = ::socket(family, type | SOCK_CLOEXEC, protocol);
    if (fd < 0)
        *error = systemError("socket");
    return fd;
}

} // namespace SocketScope::LabHelper
