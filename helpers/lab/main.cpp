// socketscope-labd: the lab helper. SocketScope starts it to build a private virtual network
// (a router and several hosts, each its own network namespace, inside a user namespace this
// process owns, so no root is needed), to make sockets inside it on request, and to capture
// every packet on every lab interface.
//
//   socketscope-labd --control FD [--user UID]
//
// --user: when started as root, become UID first (CI runs the lab as an ordinary user would).
// FD is a SOCK_SEQPACKET Unix socket shared with the app. Each request is one message of text;
// each answer is one message, "ok[ text]" or "error text", with a descriptor attached where the
// request makes one. Requests:
//   hello                                   answers whether the lab could be made
//   bridge NAME ADDRESS/PREFIX              a network on the router (lan, wan ...)
//   host NAME BRIDGE ADDRESS/PREFIX GATEWAY a host wired to that network ("-": no gateway)
//   socket HOST tcp|udp|diag 4|6            a fresh socket made in HOST (diag: sock_diag)
//   nat\nRULES                              the router's NAT rules, as an nft script
//   link NAME loss=SLOTS rate=BPS burst=BYTES queue=BYTES delay=US jitter=US reorder=PCT
//                                           faults on a host's cable or the router's side of a
//                                           network (SLOTS: "-", or 0..99 comma-separated, the
//                                           packets of each hundred dropped); answers "ok" or
//                                           "ok refused PARTS: WHY" when the kernel took only some
//   quit
// A request longer than one receive buffer is refused whole, never read in part.
// Captured frames go to standard output as a frame stream (helpers/common/framestream.h).
// The helper ends when the app closes its end of FD, or when the app dies; a descriptor that
// is not open, or not the app's channel, ends it at once with a message and status 2.

#include "packetcapture.h"
#include "virtuallab.h"

#include <arpa/inet.h>
#include <grp.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <fcntl.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

using namespace SocketScope::LabHelper;

namespace {

bool validName(const std::string &name, std::size_t longest)
{
    if (name.empty() || name.size() > longest)
        return false;
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

bool parseCount(const std::string &text, std::uint64_t highest, std::uint64_t *value)
{
    if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
        return false;
    *value = std::strtoull(text.c_str(), nullptr, 10);
    return *value <= highest;
}

// The words of a link request after its name, each KEY=VALUE; false when one is malformed.
bool parseLinkFault(const std::vector<std::string> &words, VirtualLab::LinkFault *fault)
{
    if (words.size() != 7)
        return false;
    const char *keys[] = {"loss=", "rate=", "burst=", "queue=", "delay=", "jitter=", "reorder="};
    std::string values[7];
    for (std::size_t i = 0; i < 7; ++i) {
        if (words[i].rfind(keys[i], 0) != 0)
            return false;
        values[i] = words[i].substr(std::strlen(keys[i]));
    }
    if (values[0] != "-") {
        std::istringstream slots(values[0]);
        bool seen[100] = {};
        for (std::string slot; std::getline(slots, slot, ',');) {
            std::uint64_t n = 0;
            if (!parseCount(slot, 99, &n) || seen[n])
                return false;
            seen[n] = true;
            fault->lossSlots.push_back(int(n));
        }
        if (fault->lossSlots.empty())
            return false;
    }
    std::uint64_t n[6] = {};
    // Limits the kernel's own fields hold (tbf's 32-bit byte counts, netem's microseconds).
    const std::uint64_t highest[6] = {100'000'000'000ull, 1u << 30, 1u << 30, 60'000'000, 60'000'000, 100};
    for (std::size_t i = 0; i < 6; ++i) {
        if (!parseCount(values[i + 1], highest[i], &n[i]))
            return false;
    }
    fault->rateBitsPerSecond = n[0];
    fault->burstBytes = std::uint32_t(n[1]);
    fault->queueBytes = std::uint32_t(n[2]);
    fault->delayUs = std::uint32_t(n[3]);
    fault->jitterUs = std::uint32_t(n[4]);
    fault->reorderPercent = int(n[5]);
    // tbf needs a bucket and a queue; reordering and jitter need a delay to work on.
    if (fault->rateBitsPerSecond > 0 && (fault->burstBytes == 0 || fault->queueBytes == 0))
        return false;
    return fault->delayUs > 0 || (fault->jitterUs == 0 && fault->reorderPercent == 0);
}

bool parseAddress(const std::string &text, std::uint32_t *address)
{
    in_addr parsed {};
    if (::inet_pton(AF_INET, text.c_str(), &parsed) != 1)
        return false;
    *address = parsed.s_addr;
    return true;
}

bool parseNetwork(const std::string &text, std::uint32_t *address, int *prefix)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos || !parseAddress(text.substr(0, slash), address))
        return false;
    const std::string bits = text.substr(slash + 1);
    if (bits.empty() || bits.size() > 2 || bits.find_first_not_of("0123456789") != std::string::npos)
        return false;
    *prefix = std::atoi(bits.c_str());
    return *prefix >= 1 && *prefix <= 30;
}

void answer(int control, const std::string &text, int fd = -1)
{
    iovec part {const_cast<char *>(text.data()), text.size()};
    msghdr message {};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char room[CMSG_SPACE(sizeof(int))];
    if (fd >= 0) {
        message.msg_control = room;
        message.msg_controllen = sizeof room;
        cmsghdr *c = CMSG_FIRSTHDR(&message);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(c), &fd, sizeof fd);
    }
    ::sendmsg(control, &message, MSG_NOSIGNAL);
    if (fd >= 0)
        ::close(fd); // the app holds it now
}

// Why `fd` cannot be the app's channel, or empty when it can.
std::string controlProblem(int fd)
{
    if (::fcntl(fd, F_GETFD) < 0)
        return "descriptor " + std::to_string(fd) + " is not open";
    int type = 0;
    socklen_t length = sizeof type;
    if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0)
        return "descriptor " + std::to_string(fd) + " is not a socket";
    if (type != SOCK_SEQPACKET)
        return "descriptor " + std::to_string(fd) + " is not a packet socket (SOCK_SEQPACKET)";
    return {};
}

std::string ok(const std::string &error)
{
    return error.empty() ? std::string("ok") : "error " + error;
}

// One request; false when the app asked to quit.
bool handle(int control, const std::string &request, VirtualLab &lab, const std::string &labError)
{
    if (request.rfind("nat\n", 0) == 0 || request == "nat") {
        answer(control,
            ok(labError.empty() ? lab.setNat(request.size() > 4 ? request.substr(4) : std::string())
                                : labError));
        return true;
    }
    std::istringstream words(request);
    std::string verb;
    words >> verb;
    if (verb == "quit")
        return false;
    if (verb == "hello") {
        answer(control, ok(labError));
        return true;
    }
    if (!labError.empty()) {
        answer(control, "error " + labError);
        return true;
    }
    std::vector<std::string> args;
    for (std::string word; words >> word;)
        args.push_back(word);
    std::uint32_t address = 0;
    std::uint32_t gateway = 0;
    int prefix = 0;
    if (verb == "bridge" && args.size() == 2) {
        if (!validName(args[0], 8) || !parseNetwork(args[1], &address, &prefix))
            return answer(control, "error malformed bridge request"), true;
        answer(control, ok(lab.addBridge(args[0], address, prefix)));
    } else if (verb == "host" && args.size() == 4) {
        if (!validName(args[0], 12) || !validName(args[1], 8) || !parseNetwork(args[2], &address, &prefix)
            || (args[3] != "-" && !parseAddress(args[3], &gateway)))
            return answer(control, "error malformed host request"), true;
        answer(control, ok(lab.addHost(args[0], args[1], address, prefix, gateway)));
    } else if (verb == "link" && !args.empty()) {
        VirtualLab::LinkFault fault;
        if (!validName(args[0], 12) || !lab.hasLink(args[0])
            || !parseLinkFault(std::vector<std::string>(args.begin() + 1, args.end()), &fault))
            return answer(control, "error malformed link request"), true;
        const VirtualLab::LinkFaultOutcome outcome = lab.setLinkFault(args[0], fault);
        if (!outcome.error.empty())
            answer(control, "error " + outcome.error);
        else if (!outcome.refused.empty())
            answer(control, "ok refused " + outcome.refused + ": " + outcome.said);
        else
            answer(control, "ok");
    } else if (verb == "socket" && args.size() == 3) {
        if (!lab.hasHost(args[0]) || (args[2] != "4" && args[2] != "6"))
            return answer(control, "error malformed socket request"), true;
        const int family = args[2] == "4" ? AF_INET : AF_INET6;
        std::string error;
        int fd = -1;
        if (args[1] == "tcp")
            fd = lab.makeSocket(args[0], family, SOCK_STREAM, IPPROTO_TCP, &error);
        else if (args[1] == "udp")
            fd = lab.makeSocket(args[0], family, SOCK_DGRAM, IPPROTO_UDP, &error);
        else if (args[1] == "diag")
            fd = lab.makeSocket(args[0], AF_NETLINK, SOCK_DGRAM, NETLINK_SOCK_DIAG, &error);
        else
            return answer(control, "error malformed socket request"), true;
        if (fd < 0)
            answer(control, "error " + error);
        else
            answer(control, "ok", fd);
    } else {
        answer(control, "error unknown request");
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if ((argc != 3 && argc != 5) || std::strcmp(argv[1], "--control") != 0
        || (argc == 5 && std::strcmp(argv[3], "--user") != 0)) {
        std::fprintf(stderr, "usage: socketscope-labd --control FD [--user UID] (started by SocketScope)\n");
        return 2;
    }
    if (argc == 5) {
        char *uidEnd = nullptr;
        const long uid = std::strtol(argv[4], &uidEnd, 10);
        if (!uidEnd || *uidEnd || uid <= 0 || uid > 0x7fffffff) {
            std::fprintf(stderr, "socketscope-labd: bad user id\n");
            return 2;
        }
        // The group of the same number, as for nobody/nogroup; no supplementary groups.
        if (::getuid() == 0
            && (::setgroups(0, nullptr) != 0 || ::setgid(gid_t(uid)) != 0 || ::setuid(uid_t(uid)) != 0)) {
            std::perror("socketscope-labd: dropping to --user");
            return 1;
        }
        // A changed identity makes the process undumpable, which would make its own
        // /proc/self/uid_map unwritable; the lab needs to write it.
        ::prctl(PR_SET_DUMPABLE, 1);
    }
    char *end = nullptr;
    const long controlFd = std::strtol(argv[2], &end, 10);
    if (!end || *end || controlFd < 3 || controlFd > 1 << 20) {
        std::fprintf(stderr, "socketscope-labd: bad control descriptor\n");
        return 2;
    }
    const int control = int(controlFd);
    // poll() answers POLLNVAL at once, forever, for a descriptor that is not open: without
    // this check the helper would spin on a core instead of ending.
    if (const std::string problem = controlProblem(control); !problem.empty()) {
        std::fprintf(stderr, "socketscope-labd: --control %d: %s\n", control, problem.c_str());
        return 2;
    }
    if (::fcntl(STDOUT_FILENO, F_GETFD) < 0) {
        std::fprintf(stderr, "socketscope-labd: standard output is not open; captured packets go there\n");
        return 2;
    }
    // Dies with the app, even when the app is killed.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::signal(SIGPIPE, SIG_IGN);

    PacketCapture capture(STDOUT_FILENO);
    VirtualLab lab(&capture);
    const std::string labError = lab.create();

    std::vector<char> buffer(1 << 16);
    int holdMs = -1;
    timespec lastDrops {};
    ::clock_gettime(CLOCK_MONOTONIC, &lastDrops);
    for (;;) {
        std::vector<pollfd> fds;
        fds.push_back({control, POLLIN, 0});
        fds.push_back({capture.outputFd(), short(capture.wantsToWrite() ? POLLOUT : 0), 0});
        for (int fd : capture.descriptors())
            fds.push_back({fd, POLLIN, 0});
        if (::poll(fds.data(), fds.size(), holdMs >= 0 ? holdMs : 500) < 0 && errno != EINTR)
            return 1;
        // Every poll() condition that stays true until acted on is acted on here, or the loop
        // would wake at once, again and again.
        for (const pollfd &watched : fds) {
            if (watched.revents & POLLNVAL) {
                std::fprintf(
                    stderr, "socketscope-labd: descriptor %d was closed under the helper\n", watched.fd);
                return 1;
            }
        }
        if (fds[1].revents & POLLERR)
            return 0; // the app closed its end of the frame stream: it has gone
        for (std::size_t i = 2; i < fds.size(); ++i) {
            // A pending socket error (POLLERR) is cleared by reading it.
            if (fds[i].revents & (POLLIN | POLLERR))
                capture.read(i - 2);
        }
        holdMs = capture.commit();
        if (fds[0].revents & POLLIN) {
            iovec part {buffer.data(), buffer.size()};
            msghdr message {};
            message.msg_iov = &part;
            message.msg_iovlen = 1;
            const ssize_t got = ::recvmsg(control, &message, 0);
            if (got < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            // Zero bytes: the app closed or shut down its end (it never sends an empty request).
            if (got <= 0)
                return 0; // the app has gone
            if (message.msg_flags & MSG_TRUNC)
                answer(control, "error request too long");
            else if (!handle(control, std::string(buffer.data(), std::size_t(got)), lab, labError))
                return 0;
        } else if (fds[0].revents & (POLLHUP | POLLERR)) {
            return 0;
        }
        timespec now {};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec != lastDrops.tv_sec) {
            capture.reportDrops();
            lastDrops = now;
        }
        if (!capture.flush())
            return 0;
    }
}
