// socketscope-capture: the only part of SocketScope that may hold CAP_NET_RAW. It captures
// the packets of its caller's own sockets, on the interfaces those sockets use, and streams them
// to the app on stdout as a frame stream (helpers/common/framestream.h). Plain C++ and libpcap,
// no Qt, small enough to read in one sitting.
//
// Whoever runs it may capture only what is theirs (ownership.h): a port passes only while a
// socket of the caller's real uid uses it, and only that socket's address and port; anyone
// else's port, a port nobody uses, and any interface no such socket uses let nothing through.
// Who owns what is checked for every request and again five times a second, so a port whose
// socket closes or passes to another user stops being captured within 200 ms, and one the
// caller opens later (the app asks for --server ports before they open) starts then.
//
// Requests arrive on stdin, one per line; the first starts the capture, each later one
// replaces what is captured (the app sends one whenever its sockets move to new ports):
//
//   request   := "capture" (" " field)* "\n"          at most 4096 bytes
//   field     := "iface=" names | "ports=" ports      each field exactly once
//   names     := name ("," name)*                    1..16 names
//   name      := [A-Za-z0-9._-]{1,15}, a network interface of this machine ("any" is not one:
//                it is never allowed, see ownership.h)
//   ports     := "none" | port ("," port)*           1..256 ports; "none" opens the
//                                                    interfaces (so permission is known)
//                                                    but lets no packet through yet
//   port      := ("tcp" | "udp") ":" 1..65535         decimal, no sign, no leading zeros
//
//   e.g.  capture iface=lo ports=tcp:8080,udp:5353
//
// Anything else (unknown words, repeated fields, empty lists, spaces in odd places) is
// refused with a Status BadRequest record that names the bad part, and exit status 2.
//
// A well-formed request is answered with a Status Ready record, sent again whenever what it
// comes to changes (a socket opened, closed or changed owner). Requests that arrive together
// are each checked, but only the last is applied and answered. Its message, one line each:
//
//   "capturing " (ports | "nothing")                 what passes now
//   "refused no-socket " ports                       no socket of the caller uses these
//   "refused other-user " ports                      another user has a socket there
//   "refused unused-interface " names                no allowed socket uses these: nothing passes
//
// where a refused line appears only when it has something to say.
// Exit status: 0 when stdin closes (the app is done), 2 bad request or bad command line,
// 3 permission denied, 1 any other failure (also when socket owners cannot be read: then
// nothing is captured). The helper also dies with its parent (PR_SET_PDEATHSIG).
//
// Timestamps: realtime is the packet's kernel stamp (nanoseconds where libpcap offers it);
// monotonic is CLOCK_MONOTONIC at receipt minus the packet's age, so the app can place the
// packet on its own (monotonic) clock.

#include "framestream.h"
#include "ownership.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include <linux/capability.h>
#include <net/if.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace FS = SocketScope::FrameStream;
namespace Own = SocketScope::CaptureOwnership;

namespace {

constexpr std::size_t kMaxLine = 4096;
constexpr std::size_t kMaxInterfaces = 16;
constexpr std::size_t kMaxPorts = 256;
constexpr int kSnapLength = 65535;
constexpr int kExitBadRequest = 2;
constexpr int kExitPermission = 3;

constexpr std::uint64_t kRecheckNs = 200'000'000; // how often ownership is checked again

using Port = Own::Port;

struct Request
{
    std::vector<std::string> interfaces;
    std::vector<Port> ports;
};

struct Capture
{
    std::string name;
    pcap_t *handle = nullptr;
    std::uint32_t id = 0;
    std::uint64_t lastDrops = 0;
    std::string filter; // what passes now
};

std::string g_out; // what goes to stdout next

std::uint64_t nowNs(clockid_t clock)
{
    timespec ts {};
    ::clock_gettime(clock, &ts);
    return std::uint64_t(ts.tv_sec) * 1000000000ull + std::uint64_t(ts.tv_nsec);
}

// Writes everything waiting; a closed pipe means the app is gone.
void flushOut()
{
    std::size_t done = 0;
    while (done < g_out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, g_out.data() + done, g_out.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(0);
        done += std::size_t(n);
    }
    g_out.clear();
}

void status(FS::StatusCode code, std::string_view message)
{
    FS::appendStatus(g_out, code, message);
    flushOut();
}

[[noreturn]] void refuse(std::string_view why)
{
    status(FS::StatusCode::BadRequest, why);
    std::fprintf(stderr, "socketscope-capture: bad request: %.*s\n", int(why.size()), why.data());
    std::exit(kExitBadRequest);
}

// Keeps CAP_NET_RAW and nothing else, however the program was started (setcap with more,
// or run as root), and makes sure no child of ours could gain anything back.
void keepOnlyNetRaw()
{
    ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return;
    const bool hadNetRaw = data[0].permitted & (1u << CAP_NET_RAW);
    const bool hasMore = (data[0].permitted & ~(1u << CAP_NET_RAW)) != 0 || data[1].permitted != 0;
    if (hasMore) {
        // The bounding set first, while CAP_SETPCAP is still ours.
        for (int cap = 0; cap <= CAP_LAST_CAP; ++cap) {
            if (cap != CAP_NET_RAW)
                ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
        }
        const std::uint32_t keep = hadNetRaw ? (1u << CAP_NET_RAW) : 0;
        __user_cap_data_struct only[2] {};
        only[0].permitted = keep;
        only[0].effective = keep;
        if (::syscall(SYS_capset, &header, only) != 0) {
            std::fprintf(
                stderr, "socketscope-capture: could not drop capabilities: %s\n", std::strerror(errno));
            std::exit(1);
        }
    } else if (hadNetRaw && !(data[0].effective & (1u << CAP_NET_RAW))) {
        data[0].effective |= 1u << CAP_NET_RAW;
        ::syscall(SYS_capset, &header, data);
    }
    ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
}

bool validName(std::string_view name)
{
    if (name.empty() || name.size() > 15)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '-';
    });
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

bool parsePort(std::string_view text, Port *port)
{
    if (text.starts_with("tcp:"))
        port->tcp = true;
    else if (text.starts_with("udp:"))
        port->tcp = false;
    else
        return false;
    const std::string_view digits = text.substr(4);
    if (digits.empty() || digits.size() > 5 || digits[0] == '0')
        return false;
    unsigned value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + unsigned(c - '0');
    }
    if (value < 1 || value > 65535)
        return false;
    port->number = value;
    return true;
}

// A network interface of the kernel's; libpcap's pseudo devices ("any", "nflog", "dbus-system",
// "usbmon0" ...) are not, so they are never opened.
bool interfaceExists(const std::string &name)
{
    return ::if_nametoindex(name.c_str()) != 0;
}

// Parses one line or refuses it (and exits).
Request parseRequest(std::string_view line)
{
    if (line.size() > kMaxLine)
        refuse("the request is longer than 4096 bytes");
    const std::vector<std::string_view> words = split(line, ' ');
    if (words.empty() || words[0] != "capture")
        refuse("a request starts with the word \"capture\"");
    Request request;
    bool sawIface = false;
    bool sawPorts = false;
    for (std::size_t w = 1; w < words.size(); ++w) {
        const std::string_view word = words[w];
        if (word.starts_with("iface=")) {
            if (sawIface)
                refuse("\"iface=\" is given twice");
            sawIface = true;
            for (std::string_view name : split(word.substr(6), ',')) {
                if (!validName(name))
                    refuse("an interface name is 1 to 15 letters, digits, '.', '_' or '-': \""
                        + std::string(name) + "\"");
                const std::string copy(name);
                if (std::find(request.interfaces.begin(), request.interfaces.end(), copy)
                    == request.interfaces.end())
                    request.interfaces.push_back(copy);
            }
            if (request.interfaces.size() > kMaxInterfaces)
                refuse("at most 16 interfaces");
        } else if (word.starts_with("ports=")) {
            if (sawPorts)
                refuse("\"ports=\" is given twice");
            sawPorts = true;
            if (word.substr(6) == "none")
                continue;
            for (std::string_view text : split(word.substr(6), ',')) {
                Port port;
                if (!parsePort(text, &port))
                    refuse("a port is tcp:N or udp:N with N from 1 to 65535: \"" + std::string(text) + "\"");
                if (std::find(request.ports.begin(), request.ports.end(), port) == request.ports.end())
                    request.ports.push_back(port);
            }
            if (request.ports.size() > kMaxPorts)
                refuse("at most 256 ports");
        } else {
            refuse("unknown part of the request: \"" + std::string(word.substr(0, 64)) + "\"");
        }
    }
    if (!sawIface)
        refuse("the request names no interface (iface=...)");
    if (!sawPorts)
        refuse("the request names no port (ports=...)");
    for (const std::string &name : request.interfaces) {
        if (name == "any")
            refuse("\"any\" is not allowed: name the interfaces your sockets use");
        if (!interfaceExists(name))
            refuse("there is no interface called \"" + name + "\"");
    }
    return request;
}

// False when the filter cannot be set: the caller closes the interface, since what passed
// before may not be the caller's any more.
bool applyFilter(Capture &c, const std::string &text)
{
    if (text == c.filter)
        return true;
    bpf_program program {};
    if (pcap_compile(c.handle, &program, text.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        status(FS::StatusCode::InterfaceFailed, c.name + ": " + pcap_geterr(c.handle));
        return false;
    }
    const bool ok = pcap_setfilter(c.handle, &program) == 0;
    if (ok)
        c.filter = text;
    else
        status(FS::StatusCode::InterfaceFailed, c.name + ": " + pcap_geterr(c.handle));
    pcap_freecode(&program);
    return ok;
}

// Opens one interface. Exits with the PermissionDenied status when the system says no.
bool open(Capture &c)
{
    char error[PCAP_ERRBUF_SIZE] = {};
    c.handle = pcap_create(c.name.c_str(), error);
    if (!c.handle) {
        status(FS::StatusCode::InterfaceFailed, c.name + ": " + error);
        return false;
    }
    pcap_set_snaplen(c.handle, kSnapLength);
    pcap_set_immediate_mode(c.handle, 1);
    pcap_set_promisc(c.handle, 0);
    pcap_set_tstamp_precision(c.handle, PCAP_TSTAMP_PRECISION_NANO);
    const int result = pcap_activate(c.handle);
    if (result == PCAP_ERROR_PERM_DENIED || result == PCAP_ERROR_PROMISC_PERM_DENIED) {
        const std::string why = pcap_geterr(c.handle);
        status(FS::StatusCode::PermissionDenied, why.empty() ? std::string("permission denied") : why);
        std::fprintf(stderr, "socketscope-capture: %s: permission denied\n", c.name.c_str());
        std::exit(kExitPermission);
    }
    if (result < 0) {
        status(FS::StatusCode::InterfaceFailed, c.name + ": " + pcap_geterr(c.handle));
        pcap_close(c.handle);
        c.handle = nullptr;
        return false;
    }
    pcap_setnonblock(c.handle, 1, error);
    FS::Interface announced;
    announced.iface = c.id;
    announced.linkType = std::uint32_t(pcap_datalink(c.handle));
    announced.snapLength = std::uint32_t(pcap_snapshot(c.handle));
    announced.name = c.name;
    FS::appendInterface(g_out, announced);
    flushOut();
    return true;
}

struct DispatchContext
{
    std::uint32_t id = 0;
    bool nano = false;
};

void onPacket(u_char *user, const pcap_pkthdr *header, const u_char *bytes)
{
    const auto *context = reinterpret_cast<const DispatchContext *>(user);
    const std::uint64_t fraction
        = context->nano ? std::uint64_t(header->ts.tv_usec) : std::uint64_t(header->ts.tv_usec) * 1000;
    const std::uint64_t realtime = std::uint64_t(header->ts.tv_sec) * 1000000000ull + fraction;
    const std::uint64_t realNow = nowNs(CLOCK_REALTIME);
    std::uint64_t age = realNow > realtime ? realNow - realtime : 0;
    age = std::min<std::uint64_t>(age, 1000000000ull); // a clock step is not an age
    const std::uint64_t monotonic = nowNs(CLOCK_MONOTONIC) - age;
    FS::appendFrame(
        g_out, context->id, realtime, monotonic, header->len, FS::Direction::Unknown, bytes, header->caplen);
}

void reportDrops(Capture &c)
{
    pcap_stat stats {};
    if (pcap_stats(c.handle, &stats) != 0)
        return;
    const std::uint64_t dropped = std::uint64_t(stats.ps_drop) + std::uint64_t(stats.ps_ifdrop);
    if (dropped != c.lastDrops) {
        c.lastDrops = dropped;
        FS::appendDrops(g_out, c.id, dropped);
    }
}

// What the request comes to now, from who owns which socket this moment. Exits (Failed) when
// the owners cannot be read: then nothing could be checked, so nothing is captured.
Own::Plan currentPlan(const Request &request)
{
    std::vector<Own::Socket> sockets;
    std::string error;
    if (!Own::readSockets(sockets, &error)) {
        status(FS::StatusCode::Failed, "cannot check who owns the sockets: " + error);
        std::exit(1);
    }
    return Own::plan(request.ports, request.interfaces, sockets, ::getuid(), Own::readInterfaces());
}

// Sets each interface's filter to the plan's, closing one whose filter cannot be set.
void setFilters(std::vector<Capture> &captures, const Own::Plan &plan)
{
    for (auto it = captures.begin(); it != captures.end();) {
        const auto found = plan.filters.find(it->name);
        if (applyFilter(*it, found == plan.filters.end() ? std::string(Own::kPassNothing) : found->second)) {
            ++it;
        } else {
            pcap_close(it->handle);
            it = captures.erase(it);
        }
    }
}

// Applies a request: opens what is new, closes what is no longer named, sets the filters and
// answers with what passes.
std::string apply(std::vector<Capture> &captures, const Request &request, std::uint32_t &nextId)
{
    for (auto it = captures.begin(); it != captures.end();) {
        if (std::find(request.interfaces.begin(), request.interfaces.end(), it->name)
            == request.interfaces.end()) {
            pcap_close(it->handle);
            it = captures.erase(it);
        } else {
            ++it;
        }
    }
    for (const std::string &name : request.interfaces) {
        const bool have
            = std::any_of(captures.begin(), captures.end(), [&](const Capture &c) { return c.name == name; });
        if (have)
            continue;
        Capture c;
        c.name = name;
        c.id = nextId++;
        if (open(c))
            captures.push_back(c);
    }
    const Own::Plan plan = currentPlan(request);
    setFilters(captures, plan);
    if (captures.empty()) {
        status(FS::StatusCode::Failed, "no interface could be opened");
        std::exit(1);
    }
    std::string report = plan.report();
    status(FS::StatusCode::Ready, report);
    return report;
}

// Checks ownership again; a change rebuilds the filters and is answered like a request.
void recheck(std::vector<Capture> &captures, const Request &request, std::string &lastReport)
{
    const Own::Plan plan = currentPlan(request);
    setFilters(captures, plan);
    if (captures.empty()) {
        status(FS::StatusCode::Failed, "no interface is left to capture on");
        std::exit(1);
    }
    const std::string report = plan.report();
    if (report != lastReport) {
        lastReport = report;
        status(FS::StatusCode::Ready, report);
    }
}

} // namespace

constexpr const char *kUsage
    = "Usage: socketscope-capture\n"
      "\n"
      "SocketScope's packet capture helper. SocketScope starts it; it is not meant to be run by hand.\n"
      "It reads requests on standard input, one per line, for example\n"
      "    capture iface=lo ports=tcp:8080,udp:5353\n"
      "and writes what it captures to standard output as a SocketScope frame stream.\n"
      "\n"
      "It captures only the traffic of sockets owned by the user who runs it, on the interfaces\n"
      "those sockets use; anything else is refused. It holds CAP_NET_RAW and nothing else.\n"
      "\n"
      "Options:\n"
      "  -h, --help   show this text and exit\n";

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        std::fprintf(
            stderr, "socketscope-capture: unknown argument \"%.64s\" (it takes none but --help)\n", argv[i]);
        return kExitBadRequest;
    }

    // Die with the app, even if it is killed without a chance to close our stdin.
    const pid_t parent = ::getppid();
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != parent)
        return 0;
    std::signal(SIGPIPE, SIG_IGN);
    keepOnlyNetRaw();

    g_out = FS::header();
    flushOut();

    std::vector<Capture> captures;
    std::uint32_t nextId = 0;
    std::string input;
    std::uint64_t lastStats = nowNs(CLOCK_MONOTONIC);
    std::uint64_t lastCheck = lastStats;
    Request current;
    std::string lastReport;
    bool asked = false;

    for (;;) {
        std::vector<pollfd> fds;
        fds.push_back({STDIN_FILENO, POLLIN, 0});
        for (const Capture &c : captures)
            fds.push_back({pcap_get_selectable_fd(c.handle), POLLIN, 0});
        const int ready = ::poll(fds.data(), nfds_t(fds.size()), 100);
        if (ready < 0 && errno != EINTR) {
            status(FS::StatusCode::Failed, std::string("poll: ") + std::strerror(errno));
            return 1;
        }
        bool applied = false;
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            static char buffer[64 * 1024];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n <= 0 && !(n < 0 && errno == EINTR))
                break; // the app closed our stdin: it is done with us
            if (n > 0)
                input.append(buffer, std::size_t(n));
            // Every line is checked, but each replaces the one before, so of the lines read
            // together only the last is applied and answered: a flood of requests costs parsing.
            std::size_t end;
            while ((end = input.find('\n')) != std::string::npos) {
                const std::string line = input.substr(0, end);
                input.erase(0, end + 1);
                current = parseRequest(line);
                applied = true;
            }
            if (applied) {
                lastReport = apply(captures, current, nextId);
                lastCheck = nowNs(CLOCK_MONOTONIC);
                asked = true;
            }
            if (input.size() > kMaxLine)
                refuse("the request is longer than 4096 bytes");
        }
        // A request may have opened or closed interfaces: `fds` no longer lines up with
        // `captures`, so poll again (what is waiting stays readable).
        if (applied)
            continue;
        for (std::size_t i = 0; i < captures.size() && i + 1 < fds.size(); ++i) {
            if (!(fds[i + 1].revents & POLLIN))
                continue;
            Capture &c = captures[i];
            DispatchContext context {c.id, pcap_get_tstamp_precision(c.handle) == PCAP_TSTAMP_PRECISION_NANO};
            const int n = pcap_dispatch(c.handle, 256, onPacket, reinterpret_cast<u_char *>(&context));
            if (n == PCAP_ERROR) {
                status(FS::StatusCode::InterfaceFailed, c.name + ": " + pcap_geterr(c.handle));
                pcap_close(c.handle);
                captures.erase(captures.begin() + std::ptrdiff_t(i));
                break;
            }
        }
        const std::uint64_t now = nowNs(CLOCK_MONOTONIC);
        if (asked && now - lastCheck >= kRecheckNs) {
            lastCheck = now;
            recheck(captures, current, lastReport);
            continue; // `fds` may no longer line up with `captures`
        }
        if (now - lastStats > 1000000000ull) {
            lastStats = now;
            for (Capture &c : captures)
                reportDrops(c);
        }
        if (!g_out.empty())
            flushOut();
    }
    for (Capture &c : captures)
        pcap_close(c.handle);
    return 0;
}
