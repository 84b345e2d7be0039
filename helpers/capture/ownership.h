#pragma once

// What the capture helper may capture for its caller: the traffic of sockets the caller owns,
// and nothing else. Plain C++ (no Qt), so the helper stays small and the tests can read it.
//
// The kernel says who owns each socket (sock_diag, which any user may read, as `ss` does). A
// requested port is allowed when the caller (the real uid) owns a socket on it and no other
// user has a socket on the same port whose address could overlap (the same address, or either
// bound to every address). Packets then pass only for the address and port of those sockets,
// in either direction, so another user's connection that happens to use the same port number
// elsewhere stays out (a UDP socket bound to every address also gets the multicast and
// broadcast datagrams sent to its port, as it receives them).
//
// Interfaces: a socket on a loopback address uses the loopback interface; one on another
// address uses the interface holding that address (and loopback, where the kernel carries
// traffic between this machine's own addresses); one bound to every address uses every
// interface. `any` is never allowed: it also shows interfaces no socket of the caller uses
// (bridges, container and VPN links, traffic passing through), and naming the interfaces covers
// every socket just as well. An interface asked for that no allowed socket uses is opened, but
// nothing passes there.

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "sockdiagrequest.h"

namespace SocketScope::CaptureOwnership {

struct Port
{
    bool tcp = true;
    unsigned number = 0;
    bool operator==(const Port &) const = default;
    auto operator<=>(const Port &) const = default;
    std::string text() const { return (tcp ? "tcp:" : "udp:") + std::to_string(number); }
};

// An IPv4 or IPv6 address; an IPv4-mapped IPv6 address is kept as the IPv4 address it is.
struct Address
{
    int family = AF_INET;
    std::array<std::uint8_t, 16> bytes {};
    auto operator<=>(const Address &) const = default;

    static Address fromWords(int family, const void *words)
    {
        Address a;
        a.family = family;
        std::memcpy(a.bytes.data(), words, family == AF_INET ? 4 : 16);
        static constexpr std::uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (family == AF_INET6 && std::memcmp(a.bytes.data(), kMapped, 12) == 0) {
            Address v4;
            std::memcpy(v4.bytes.data(), a.bytes.data() + 12, 4);
            return v4;
        }
        return a;
    }
    bool isWildcard() const
    {
        const std::size_t size = family == AF_INET ? 4 : 16;
        return std::all_of(
            bytes.begin(), bytes.begin() + std::ptrdiff_t(size), [](std::uint8_t b) { return b == 0; });
    }
    bool isLoopback() const
    {
        if (family == AF_INET)
            return bytes[0] == 127;
        static constexpr std::uint8_t kOne[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        return std::memcmp(bytes.data(), kOne, 16) == 0;
    }
    std::string text() const
    {
        char out[INET6_ADDRSTRLEN] = {};
        ::inet_ntop(family, bytes.data(), out, sizeof out);
        return out;
    }
};

struct Socket
{
    bool tcp = true;
    Address local;
    unsigned port = 0;
    std::uint32_t uid = 0;
    std::uint32_t inode = 0; // 0: a socket no process holds (TIME_WAIT, half-open): no owner
};

struct Interface
{
    std::string name;
    bool loopback = false;
    std::vector<Address> addresses;
};

// What one request comes to right now.
struct Plan
{
    std::vector<Port> allowed;
    std::vector<Port> noSocket; // no socket of the caller uses the port
    std::vector<Port> otherUser; // another user has a socket there
    std::vector<std::string> unusedInterfaces;
    std::map<std::string, std::string> filters; // interface -> what passes there

    // The Ready status message, one line each (see main.cpp for the grammar).
    std::string report() const
    {
        const auto join = [](const std::vector<Port> &ports) {
            std::string out;
            for (const Port &p : ports)
                out += (out.empty() ? "" : ",") + p.text();
            return out;
        };
        std::string out = "capturing " + (allowed.empty() ? std::string("nothing") : join(allowed));
        if (!noSocket.empty())
            out += "\nrefused no-socket " + join(noSocket);
        if (!otherUser.empty())
            out += "\nrefused other-user " + join(otherUser);
        if (!unusedInterfaces.empty()) {
            std::string names;
            for (const std::string &n : unusedInterfaces)
                names += (names.empty() ? "" : ",") + n;
            out += "\nrefused unused-interface " + names;
        }
        return out;
    }
};

inline constexpr const char *kPassNothing = "less 1"; // no frame is that short

namespace Detail {

inline bool overlap(const Address &a, const Address &b)
{
    return a.isWildcard() || b.isWildcard() || a == b;
}

struct Endpoint
{
    bool tcp = true;
    Address address;
    unsigned port = 0;
};

// "(src host A or src host B)" and the like.
inline std::string anyOf(const std::string &what, const std::vector<std::string> &values)
{
    std::string out;
    for (const std::string &v : values)
        out += (out.empty() ? "" : " or ") + what + ' ' + v;
    return values.size() > 1 ? '(' + out + ')' : out;
}

// Packets from or to these addresses on these ports, and nothing else of the protocol. With
// `groups`, datagrams sent to a multicast group or as broadcast to these ports also pass: a UDP
// socket bound to every address receives those too (and no other user's socket is on the port).
inline std::string term(
    bool tcp, bool groups, const std::vector<std::string> &hosts, const std::vector<unsigned> &ports)
{
    std::vector<std::string> numbers;
    for (unsigned p : ports)
        numbers.push_back(std::to_string(p));
    std::string to = anyOf("dst host", hosts);
    if (groups)
        to = "(" + to + " or dst net 224.0.0.0/4 or dst host 255.255.255.255 or dst net ff00::/8)";
    return std::string("(") + (tcp ? "tcp" : "udp") + " and ((" + anyOf("src host", hosts) + " and "
        + anyOf("src port", numbers) + ") or (" + to + " and " + anyOf("dst port", numbers) + ")))";
}

} // namespace Detail

// Decides what passes on each interface asked for. `sockets` are every socket of the machine
// (any owner); `interfaces` every network interface with its addresses.
inline Plan plan(const std::vector<Port> &ports, const std::vector<std::string> &asked,
    const std::vector<Socket> &sockets, std::uint32_t uid, const std::vector<Interface> &interfaces)
{
    Plan result;
    std::vector<Detail::Endpoint> endpoints;
    for (const Port &port : ports) {
        std::vector<const Socket *> mine;
        std::vector<const Socket *> others;
        for (const Socket &s : sockets) {
            if (s.tcp != port.tcp || s.port != port.number || s.inode == 0)
                continue;
            (s.uid == uid ? mine : others).push_back(&s);
        }
        const bool shared = std::any_of(mine.begin(), mine.end(), [&](const Socket *m) {
            return std::any_of(others.begin(), others.end(),
                [&](const Socket *o) { return Detail::overlap(m->local, o->local); });
        });
        if (mine.empty() && !others.empty()) {
            result.otherUser.push_back(port);
        } else if (mine.empty()) {
            result.noSocket.push_back(port);
        } else if (shared) {
            result.otherUser.push_back(port);
        } else {
            result.allowed.push_back(port);
            for (const Socket *m : mine)
                endpoints.push_back({port.tcp, m->local, port.number});
        }
    }

    std::vector<std::string> allV4;
    std::vector<std::string> allV6;
    for (const Interface &i : interfaces) {
        for (const Address &a : i.addresses)
            (a.family == AF_INET ? allV4 : allV6).push_back(a.text());
    }
    const auto findInterface = [&](const std::string &name) -> const Interface * {
        for (const Interface &i : interfaces) {
            if (i.name == name)
                return &i;
        }
        return nullptr;
    };

    for (const std::string &name : asked) {
        const Interface *where = findInterface(name);
        // (protocol, multicast too, addresses) -> ports; sets keep the filter text the same for
        // the same sockets.
        std::map<std::tuple<bool, bool, std::vector<std::string>>, std::set<unsigned>> groups;
        for (const Detail::Endpoint &e : endpoints) {
            std::vector<std::string> hosts;
            if (e.address.isWildcard()) {
                // Every address of this machine (an IPv6 socket on "::" takes IPv4 too).
                hosts = allV4;
                if (e.address.family == AF_INET6)
                    hosts.insert(hosts.end(), allV6.begin(), allV6.end());
            } else {
                const bool usesIt = where
                    && (where->loopback
                        || std::find(where->addresses.begin(), where->addresses.end(), e.address)
                            != where->addresses.end());
                if (!usesIt)
                    continue;
                hosts = {e.address.text()};
            }
            if (hosts.empty() || !where)
                continue;
            std::sort(hosts.begin(), hosts.end());
            groups[{e.tcp, !e.tcp && e.address.isWildcard(), hosts}].insert(e.port);
        }
        std::string filter;
        for (const auto &[key, portSet] : groups)
            filter += (filter.empty() ? "" : " or ")
                + Detail::term(
                    std::get<0>(key), std::get<1>(key), std::get<2>(key), {portSet.begin(), portSet.end()});
        if (filter.empty()) {
            filter = kPassNothing;
            result.unusedInterfaces.push_back(name);
        }
        result.filters[name] = filter;
    }
    return result;
}

// ---- reading the machine ---------------------------------------------------------------------

// Every TCP and UDP socket (IPv4 and IPv6) with its owner, from sock_diag. False and `error`
// set when the kernel cannot be asked: then nothing may be captured.
inline bool readSockets(std::vector<Socket> &out, std::string *error)
{
    out.clear();
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0) {
        *error = std::string("sock_diag: ") + std::strerror(errno);
        return false;
    }
    std::vector<char> buffer(64 * 1024);
    std::uint32_t sequence = 0;
    bool ok = true;
    for (const int family : {AF_INET, AF_INET6}) {
        for (const int protocol : {IPPROTO_TCP, IPPROTO_UDP}) {
            // Every state but TIME_WAIT (6) and NEW_SYN_RECV (12): those have no owner to read.
            const SockDiag::DumpRequest message = SockDiag::dumpRequest(
                std::uint8_t(family), std::uint8_t(protocol), ~((1u << 6) | (1u << 12)), ++sequence);
            sockaddr_nl kernel {};
            kernel.nl_family = AF_NETLINK;
            if (::sendto(
                    fd, &message, sizeof message, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel)
                < 0) {
                *error = std::string("sock_diag: ") + std::strerror(errno);
                ok = false;
                break;
            }
            bool done = false;
            while (!done && ok) {
                const ssize_t received = ::recv(fd, buffer.data(), buffer.size(), 0);
                if (received < 0) {
                    if (errno == EINTR)
                        continue;
                    *error = std::string("sock_diag: ") + std::strerror(errno);
                    ok = false;
                    break;
                }
                if (received == 0)
                    break;
                // A long: the kernel's NLMSG_OK compares the header's unsigned length with it, which an int
                // would make a comparison of signed with unsigned.
                long remaining = long(received);
                for (auto *h = reinterpret_cast<nlmsghdr *>(buffer.data()); NLMSG_OK(h, remaining);
                     h = NLMSG_NEXT(h, remaining)) {
                    if (h->nlmsg_seq != sequence)
                        continue;
                    if (h->nlmsg_type == NLMSG_DONE) {
                        done = true;
                        break;
                    }
                    if (h->nlmsg_type == NLMSG_ERROR) {
                        const auto *failure = static_cast<const nlmsgerr *>(NLMSG_DATA(h));
                        done = true;
                        // A kernel without UDP diagnostics: no UDP list, not a failure.
                        if (!(failure->error == -ENOENT && protocol == IPPROTO_UDP)) {
                            *error = std::string("sock_diag: ") + std::strerror(-failure->error);
                            ok = false;
                        }
                        break;
                    }
                    if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY
                        || h->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
                        continue;
                    const auto *diag = static_cast<const inet_diag_msg *>(NLMSG_DATA(h));
                    Socket s;
                    s.tcp = protocol == IPPROTO_TCP;
                    s.local = Address::fromWords(diag->idiag_family, diag->id.idiag_src);
                    s.port = ntohs(diag->id.idiag_sport);
                    s.uid = diag->idiag_uid;
                    s.inode = diag->idiag_inode;
                    out.push_back(s);
                }
            }
        }
        if (!ok)
            break;
    }
    ::close(fd);
    return ok;
}

// Every network interface of this machine with its addresses (getifaddrs).
inline std::vector<Interface> readInterfaces()
{
    std::vector<Interface> result;
    ifaddrs *all = nullptr;
    if (::getifaddrs(&all) != 0)
        return result;
    for (ifaddrs *i = all; i; i = i->ifa_next) {
        if (!i->ifa_name)
            continue;
        auto it = std::find_if(
            result.begin(), result.end(), [&](const Interface &x) { return x.name == i->ifa_name; });
        if (it == result.end()) {
            result.push_back({i->ifa_name, (i->ifa_flags & IFF_LOOPBACK) != 0, {}});
            it = result.end() - 1;
        }
        if (!i->ifa_addr)
            continue;
        if (i->ifa_addr->sa_family == AF_INET) {
            it->addresses.push_back(
                Address::fromWords(AF_INET, &reinterpret_cast<const sockaddr_in *>(i->ifa_addr)->sin_addr));
        } else if (i->ifa_addr->sa_family == AF_INET6) {
            it->addresses.push_back(Address::fromWords(
                AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(i->ifa_addr)->sin6_addr));
        }
    }
    ::freeifaddrs(all);
    return result;
}

} // namespace SocketScope::CaptureOwnership
