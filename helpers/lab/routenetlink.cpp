#include "routenetlink.h"

#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace SocketScope::LabHelper {

namespace {

// A netlink message under construction, with its attributes appended in place.
struct Message
{
    alignas(NLMSG_ALIGNTO) char buffer[1024];

    nlmsghdr *header() { return reinterpret_cast<nlmsghdr *>(buffer); }

    template<typename Body> Body *begin(std::uint16_t type, std::uint16_t flags)
    {
        std::memset(buffer, 0, sizeof buffer);
        header()->nlmsg_len = NLMSG_LENGTH(sizeof(Body));
        header()->nlmsg_type = type;
        header()->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK | flags;
        return reinterpret_cast<Body *>(NLMSG_DATA(header()));
    }

    rtattr *add(std::uint16_t type, const void *data, std::size_t length)
    {
        const std::uint32_t at = NLMSG_ALIGN(header()->nlmsg_len);
        auto *attribute = reinterpret_cast<rtattr *>(buffer + at);
        attribute->rta_type = type;
        attribute->rta_len = std::uint16_t(RTA_LENGTH(length));
        if (length)
            std::memcpy(RTA_DATA(attribute), data, length);
        header()->nlmsg_len = at + RTA_ALIGN(attribute->rta_len);
        return attribute;
    }

    rtattr *addString(std::uint16_t type, const std::string &text)
    {
        return add(type, text.c_str(), text.size() + 1);
    }

    // A nested attribute: open, add its children, then close() fixes its length.
    rtattr *open(std::uint16_t type) { return add(type, nullptr, 0); }
    void close(rtattr *nest)
    {
        nest->rta_len = std::uint16_t(buffer + header()->nlmsg_len - reinterpret_cast<char *>(nest));
    }

    // Room for a struct inside a nest (IFLA_INFO_DATA/VETH_INFO_PEER carries an ifinfomsg).
    template<typename Body> Body *reserve()
    {
        const std::uint32_t at = NLMSG_ALIGN(header()->nlmsg_len);
        header()->nlmsg_len = at + NLMSG_ALIGN(sizeof(Body));
        return reinterpret_cast<Body *>(buffer + at);
    }
};

} // namespace

RouteNetlink::RouteNetlink()
{
    m_fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
}

RouteNetlink::~RouteNetlink()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string RouteNetlink::request(void *message, std::uint32_t length)
{
    auto *header = static_cast<nlmsghdr *>(message);
    header->nlmsg_seq = ++m_sequence;
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(m_fd, message, length, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel) < 0)
        return std::string("netlink send: ") + std::strerror(errno);
    alignas(nlmsghdr) char answer[4096];
    for (;;) {
        const ssize_t got = ::recv(m_fd, answer, sizeof answer, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return std::string("netlink receive: ") + std::strerror(errno);
        }
        auto left = std::uint32_t(got);
        for (auto *reply = reinterpret_cast<nlmsghdr *>(answer); NLMSG_OK(reply, left);
             reply = NLMSG_NEXT(reply, left)) {
            if (reply->nlmsg_seq != m_sequence || reply->nlmsg_type != NLMSG_ERROR)
                continue;
            const auto *error = static_cast<const nlmsgerr *>(NLMSG_DATA(reply));
            return error->error == 0 ? std::string() : std::string(std::strerror(-error->error));
        }
    }
}

std::string RouteNetlink::setUp(int ifindex)
{
    Message m;
    auto *info = m.begin<ifinfomsg>(RTM_NEWLINK, 0);
    info->ifi_family = AF_UNSPEC;
    info->ifi_index = ifindex;
    info->ifi_flags = IFF_UP;
    info->ifi_change = IFF_UP;
    return request(m.buffer, m.header()->nlmsg_len);
}

std::string RouteNetlink::createVeth(
    const std::string &name, const std::string &peerName, int peerNamespaceFd)
{
    Message m;
    m.begin<ifinfomsg>(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL)->ifi_family = AF_UNSPEC;
    m.addString(IFLA_IFNAME, name);
    rtattr *linkInfo = m.open(IFLA_LINKINFO);
    m.addString(IFLA_INFO_KIND, "veth");
    rtattr *data = m.open(IFLA_INFO_DATA);
    rtattr *peer = m.open(VETH_INFO_PEER);
    m.reserve<ifinfomsg>()->ifi_family = AF_UNSPEC;
    m.addString(IFLA_IFNAME, peerName);
    const std::uint32_t ns = std::uint32_t(peerNamespaceFd);
    m.add(IFLA_NET_NS_FD, &ns, sizeof ns);
    m.close(peer);
    m.close(data);
    m.close(linkInfo);
    return request(m.buffer, m.header()->nlmsg_len);
}

std::string RouteNetlink::createBridge(const std::string &name)
{
    Message m;
    m.begin<ifinfomsg>(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL)->ifi_family = AF_UNSPEC;
    m.addString(IFLA_IFNAME, name);
    rtattr *linkInfo = m.open(IFLA_LINKINFO);
    m.addString(IFLA_INFO_KIND, "bridge");
    m.close(linkInfo);
    return request(m.buffer, m.header()->nlmsg_len);
}

std::string RouteNetlink::setMaster(int ifindex, int masterIfindex)
{
    Message m;
    auto *info = m.begin<ifinfomsg>(RTM_NEWLINK, 0);
    info->ifi_family = AF_UNSPEC;
    info->ifi_index = ifindex;
    const std::uint32_t master = std::uint32_t(masterIfindex);
    m.add(IFLA_MASTER, &master, sizeof master);
    return request(m.buffer, m.header()->nlmsg_len);
}

std::string RouteNetlink::addAddress(int ifindex, std::uint32_t addressBe, int prefix)
{
    Message m;
    auto *address = m.begin<ifaddrmsg>(RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL);
    address->ifa_family = AF_INET;
    address->ifa_prefixlen = std::uint8_t(prefix);
    address->ifa_index = std::uint32_t(ifindex);
    m.add(IFA_LOCAL, &addressBe, sizeof addressBe);
    m.add(IFA_ADDRESS, &addressBe, sizeof addressBe);
    return request(m.buffer, m.header()->nlmsg_len);
}

std::string RouteNetlink::addDefaultRoute(std::uint32_t gatewayBe)
{
    Message m;
    auto *route = m.begin<rtmsg>(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL);
    route->rtm_family = AF_INET;
    route->rtm_table = RT_TABLE_MAIN;
    route->rtm_protocol = RTPROT_STATIC;
    route->rtm_scope = RT_SCOPE_UNIVERSE;
    route->rtm_type = RTN_UNICAST;
    m.add(RTA_GATEWAY, &gatewayBe, sizeof gatewayBe);
    return request(m.buffer, m.header()->nlmsg_len);
}

} // namespace SocketScope::LabHelper
