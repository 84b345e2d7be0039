#include "virtuallab.h"

#include "routenetlink.h"

#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

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

std::string VirtualLab::setNat(const std::string &rules)
{
    if (std::string e = enter("router"); !e.empty())
        return e;
    int input[2];
    int errors[2];
    if (::pipe2(input, O_CLOEXEC) != 0 || ::pipe2(errors, O_CLOEXEC) != 0)
        return systemError("pipe");
    const pid_t child = ::fork();
    if (child < 0)
        return systemError("fork");
    if (child == 0) {
        // The child inherits the router's namespace: nft changes the router's rules.
        ::dup2(input[0], 0);
        ::dup2(errors[1], 1);
        ::dup2(errors[1], 2);
        const char *candidates[] = {"/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft"};
        for (const char *program : candidates)
            ::execl(program, "nft", "-f", "-", static_cast<char *>(nullptr));
        const char missing[] = "nft was not found (install the nftables package)";
        [[maybe_unused]] const ssize_t ignored = ::write(2, missing, sizeof missing - 1);
        ::_exit(127);
    }
    ::close(input[0]);
    ::close(errors[1]);
    const std::string script = "table ip socketscope\ndelete table ip socketscope\n" + rules;
    [[maybe_unused]] const ssize_t written = ::write(input[1], script.data(), script.size());
    ::close(input[1]);
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
    return said.empty() ? std::string("nft failed") : said;
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
