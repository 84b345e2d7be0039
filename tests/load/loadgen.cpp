// A load generator for SocketScope, separate from the app: it opens many concurrent TCP
// connections and then many short ones against a listener, and counts what succeeded. With
// --check it reads a recording and counts the connections the app journalled, and its
// longest GUI stall, so a run can compare the two counts.
//
//   socketscope_loadgen HOST PORT [--concurrent N] [--short M] [--window W] [--pace-queue Q]
//   socketscope_loadgen --check RECORDING LISTENER_PORT
//
// On loopback a connection's handshake is finished inside the client's connect(): the server
// program has no part in it until it calls accept(). So a generator that opens connections as
// fast as it can fills the listener's accept queue whenever the server accepts more slowly
// than the generator connects, whatever the server; past the queue's limit the kernel drops
// SYNs and each costs that client a one-second retry, and the rate measured is then mostly
// that second. With --pace-queue Q the generator reads the listener's accept queue (sock_diag,
// as `ss` does, Linux only) before each window of connections and waits while more than Q
// wait: it then measures how fast the server takes connections off the queue.

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#ifdef __linux__
#include "sockdiagrequest.h"

using SocketScope::SockDiag::DumpRequest;
using SocketScope::SockDiag::dumpRequest;
#endif

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

int startConnect(const sockaddr_in &target)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0
        && errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Waits until every socket in `fds` finished connecting (or failed, or the deadline passed);
// returns how many connected. Failed ones are closed and set to -1.
int finishConnects(std::vector<int> &fds, double timeoutSeconds)
{
    const auto start = Clock::now();
    int connected = 0;
    std::vector<size_t> pending;
    for (size_t i = 0; i < fds.size(); ++i) {
        if (fds[i] >= 0)
            pending.push_back(i);
    }
    while (!pending.empty() && secondsSince(start) < timeoutSeconds) {
        std::vector<pollfd> polls;
        for (size_t i : pending)
            polls.push_back({fds[i], POLLOUT, 0});
        if (::poll(polls.data(), polls.size(), 200) < 0 && errno != EINTR)
            break;
        std::vector<size_t> still;
        for (size_t k = 0; k < pending.size(); ++k) {
            const size_t i = pending[k];
            if (!(polls[k].revents & (POLLOUT | POLLERR | POLLHUP))) {
                still.push_back(i);
                continue;
            }
            int error = 0;
            socklen_t size = sizeof error;
            ::getsockopt(fds[i], SOL_SOCKET, SO_ERROR, &error, &size);
            if (error == 0) {
                ++connected;
            } else {
                ::close(fds[i]);
                fds[i] = -1;
            }
        }
        pending.swap(still);
    }
    for (size_t i : pending) {
        ::close(fds[i]);
        fds[i] = -1;
    }
    return connected;
}

// The length of the accept queue of the TCP listener on `port` (IPv4), read from the kernel
// as `ss -lt` does; -1 where it cannot be read.
class AcceptQueue
{
public:
    explicit AcceptQueue(int port)
        : m_port(port)
    {
#ifdef __linux__
        m_fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
#endif
    }
    ~AcceptQueue()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    AcceptQueue(const AcceptQueue &) = delete;
    AcceptQueue &operator=(const AcceptQueue &) = delete;

    int length() const
    {
#ifdef __linux__
        if (m_fd < 0)
            return -1;
        const DumpRequest message = dumpRequest(AF_INET, IPPROTO_TCP, 1U << kTcpListen);
        if (::send(m_fd, &message, sizeof message, 0) < 0)
            return -1;
        int found = -1;
        alignas(nlmsghdr) char buffer[16384];
        for (;;) {
            const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                return -1;
            int left = int(got);
            for (auto *header = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(header, left);
                 header = NLMSG_NEXT(header, left)) {
                if (header->nlmsg_type == NLMSG_DONE)
                    return found;
                if (header->nlmsg_type == NLMSG_ERROR)
                    return -1;
                const auto *socket = static_cast<const inet_diag_msg *>(NLMSG_DATA(header));
                if (ntohs(socket->id.idiag_sport) == m_port)
                    found = int(socket->idiag_rqueue); // a listener's: connections waiting for accept()
            }
        }
#else
        return -1;
#endif
    }

private:
    static constexpr unsigned kTcpListen = 10; // the kernel's TCP_LISTEN state
    int m_port;
    int m_fd = -1;
};

int generate(const char *host, int port, int concurrent, int shortCount, int window, int paceQueue)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    sockaddr_in target {};
    target.sin_family = AF_INET;
    target.sin_port = htons(uint16_t(port));
    if (::inet_pton(AF_INET, host, &target.sin_addr) != 1) {
        std::fprintf(stderr, "loadgen: %s is not an IPv4 address\n", host);
        return 2;
    }

    // With --pace-queue: before each window, wait while more than `paceQueue` connections wait
    // in the listener's accept queue.
    const AcceptQueue queue(port);
    if (paceQueue >= 0 && queue.length() < 0) {
        std::fprintf(stderr, "loadgen: cannot read the accept queue of port %d here: not paced\n", port);
        paceQueue = -1;
    }
    double pacedSeconds = 0;
    const auto pace = [&] {
        if (paceQueue < 0)
            return;
        const auto since = Clock::now();
        while (queue.length() > paceQueue)
            ::usleep(100);
        pacedSeconds += secondsSince(since);
    };

    // Phase 1: many connections open at the same time, opened in windows so the listener's
    // accept queue is not flooded past its backlog (SYNs beyond it would wait for retries).
    auto start = Clock::now();
    std::vector<int> held;
    int concurrentOk = 0;
    for (int opened = 0; opened < concurrent; opened += window) {
        pace();
        std::vector<int> batch;
        for (int i = opened; i < std::min(concurrent, opened + window); ++i)
            batch.push_back(startConnect(target));
        concurrentOk += finishConnects(batch, 30);
        for (int fd : batch) {
            if (fd >= 0)
                held.push_back(fd);
        }
    }
    const double concurrentSeconds = secondsSince(start);
    for (int fd : held)
        ::close(fd);

    // Phase 2: short connections: connect, then close at once.
    start = Clock::now();
    int shortOk = 0;
    for (int done = 0; done < shortCount; done += window) {
        pace();
        std::vector<int> batch;
        for (int i = done; i < std::min(shortCount, done + window); ++i)
            batch.push_back(startConnect(target));
        shortOk += finishConnects(batch, 30);
        for (int fd : batch) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    const double shortSeconds = secondsSince(start);

    std::printf("loadgen: concurrent connections: %d of %d held open at once (%.2f s)\n", concurrentOk,
        concurrent, concurrentSeconds);
    std::printf("loadgen: short connections: %d of %d (%.2f s, %.0f per second)\n", shortOk, shortCount,
        shortSeconds, shortSeconds > 0 ? shortOk / shortSeconds : 0.0);
    std::printf("loadgen: total connected: %d\n", concurrentOk + shortOk);
    if (paceQueue >= 0)
        std::printf("loadgen: paced: at most %d waiting in the accept queue before each window of %d; "
                    "%.2f s spent waiting for the server to accept\n",
            paceQueue, window, pacedSeconds);
    return 0;
}

long long numberAfter(const std::string &line, const std::string &key)
{
    const size_t at = line.find("\"" + key + "\":");
    if (at == std::string::npos)
        return -1;
    return std::atoll(line.c_str() + at + key.size() + 3);
}

int check(const char *path, int port)
{
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "loadgen: cannot read %s\n", path);
        return 2;
    }
    const std::string local = "\"local\":\"127.0.0.1:" + std::to_string(port) + "\"";
    long long accepted = 0, lines = 0, longestStallUs = 0, stalls = 0;
    bool lastLineComplete = true;
    std::string line;
    while (std::getline(in, line)) {
        ++lines;
        lastLineComplete = !line.empty() && line.back() == '}';
        if (line.find("\"kind\":\"accepted\"") != std::string::npos && line.find(local) != std::string::npos)
            ++accepted;
        if (line.find("\"kind\":\"stall\"") != std::string::npos) {
            ++stalls;
            longestStallUs = std::max(longestStallUs, numberAfter(line, "us"));
        }
    }
    std::printf("journal: %lld lines, %lld connections accepted on port %d\n", lines, accepted, port);
    std::printf("journal: GUI stalls over 50 ms: %lld, longest %.1f ms\n", stalls, longestStallUs / 1000.0);
    std::printf("journal: last line complete: %s\n", lastLineComplete ? "yes" : "no");
    return lastLineComplete ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 4 && std::strcmp(argv[1], "--check") == 0)
        return check(argv[2], std::atoi(argv[3]));
    if (argc < 3) {
        std::fprintf(stderr,
            "usage: %s HOST PORT [--concurrent N] [--short M] [--window W] [--pace-queue Q]\n"
            "       %s --check RECORDING LISTENER_PORT\n",
            argv[0], argv[0]);
        return 2;
    }
    int concurrent = 2000, shortCount = 10000, window = 8, paceQueue = -1;
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--concurrent") == 0)
            concurrent = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--short") == 0)
            shortCount = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--window") == 0)
            window = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--pace-queue") == 0)
            paceQueue = std::max(0, std::atoi(argv[i + 1]));
    }
    return generate(argv[1], std::atoi(argv[2]), concurrent, shortCount, window, paceQueue);
}
