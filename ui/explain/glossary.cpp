#include "glossary.h"

namespace SocketScope {

QList<Glossary::Term> Glossary::terms()
{
    const auto t = [](const char *key, const QString &name, const QString &meaning) {
        return Term {QString::fromLatin1(key), name, meaning};
    };
    return {
        t("socket", tr("socket"),
            tr("The endpoint a program talks through. The program hands data to its socket, and the OS "
               "carries it over the network. A socket works both ways: send and receive.")),
        t("port", tr("port"),
            tr("A 16-bit number, 0 to 65535, in every TCP and UDP header. The IP address finds the computer; "
               "the port finds the one program on it that gets the data.")),
        t("ip_port", tr("IP:port"),
            tr("An IP address and a port written together, like 127.0.0.1:8080 (IPv6: [::1]:8080). It names "
               "one endpoint of one program on one host.")),
        t("well_known_port", tr("well-known port"),
            tr("Ports 0 to 1023, given by IANA to common services: HTTP 80, HTTPS 443, SSH 22, DNS 53. Many "
               "systems let only administrators use them.")),
        t("registered_port", tr("registered port"),
            tr("Ports 1024 to 49151, which IANA records for particular programs, such as 3306 for MySQL or "
               "8080 as a second HTTP port.")),
        t("ephemeral_port", tr("ephemeral port"),
            tr("A short-lived port the OS picks for a client when it connects, from its own range (on Linux "
               "often 32768 to 60999; IANA's dynamic range is 49152 to 65535). It is freed when the "
               "connection ends.")),
        t("listen_socket", tr("listening socket"),
            tr("A server socket in the LISTEN state. It never carries data itself; it waits for connection "
               "requests and hands each finished one to accept().")),
        t("backlog", tr("backlog"),
            tr("The queue of connections that finished their handshake but have not been accepted yet. The "
               "number given to listen() sets about how long it may grow.")),
        t("accept", tr("accept()"),
            tr("Takes one waiting connection from the backlog and returns a new socket just for it. The new "
               "socket has the same local ip:port as the listening socket.")),
        t("handshake", tr("3-way handshake"),
            tr("How TCP opens a connection: SYN (\"let's talk\"), SYN+ACK (\"OK, me too\"), ACK (\"OK\"). "
               "The OS does it, even before the server calls accept().")),
        t("four_way_close", tr("4-way close"),
            tr("How TCP closes a connection: each side sends FIN when it has nothing more to send, and the "
               "other answers ACK. Four messages in all.")),
        t("time_wait", tr("TIME_WAIT"),
            tr("The state the side that closed first stays in for a while (about 60 s on Linux), so late "
               "packets of the old connection cannot be mistaken for a new one on the same ports.")),
        t("stream", tr("stream socket (TCP)"),
            tr("A socket with a connection: reliable, in order, one-to-one. The data is one long stream of "
               "bytes with no message borders.")),
        t("datagram", tr("datagram socket (UDP)"),
            tr("A socket without a connection: each message (datagram) goes on its own, whole or not at all, "
               "with no promise of delivery or order. Lighter and faster; one socket may talk to many.")),
        t("socket_pair", tr("socket pair"),
            tr("The two endpoints of a TCP connection, <client ip:port, server ip:port>. No two connections "
               "have the same pair, though many share the server's side.")),
        t("port_forwarding", tr("port forwarding"),
            tr("A router or firewall passes what arrives at public-ip:port on to private-ip:port inside, so "
               "an inside host can be reached from outside even when many hosts share one public address.")),
        t("syn", tr("SYN, ACK, FIN, RST"),
            tr("Flags in the TCP header. SYN opens a connection, ACK confirms what arrived, FIN says \"I am "
               "done sending\", RST cuts the connection at once.")),
        t("kernel_state", tr("kernel state"),
            tr("What the OS itself says about a TCP socket: LISTEN, SYN_SENT, ESTABLISHED, FIN_WAIT_2, "
               "CLOSE_WAIT, TIME_WAIT ... SocketScope reads it from the OS's socket table.")),
        t("loopback", tr("loopback"),
            tr("The addresses 127.0.0.1 (and all of 127.x.x.x) and ::1: the computer talking to itself. "
               "Nothing leaves the machine, which makes it safe for experiments.")),
        // The kernel's TCP numbers (tcp_info), as the socket table and the timeline show them.
        t("tcp_info", tr("TCP numbers (tcp_info)"),
            tr("Figures the kernel keeps for every TCP connection and SocketScope reads without special "
               "rights, like the command ss -ti: congestion window, round-trip time, segments in flight, "
               "retransmissions, windows and queues. They are written down when they change, at most "
               "ten times a second.")),
        t("cwnd", tr("congestion window (cwnd)"),
            tr("How many segments TCP lets itself send before it must wait for an acknowledgement. It "
               "starts small, grows while everything arrives, and is cut when a segment is lost, so TCP "
               "does not flood a busy network.")),
        t("ssthresh", tr("slow-start threshold (ssthresh)"),
            tr("Below this size the congestion window doubles every round trip (slow start); above it, "
               "it grows by about one segment per round trip. A loss lowers it. A huge number means no "
               "loss has set it yet.")),
        t("rtt", tr("round-trip time (RTT)"),
            tr("How long it takes for a segment to reach the other side and its acknowledgement to come "
               "back. The kernel keeps a smoothed average and how much it varies (rttvar); together they "
               "set how long TCP waits before it sends something again.")),
        t("in_flight", tr("in flight, unacknowledged"),
            tr("Unacknowledged: segments sent that the other side has not yet confirmed. In flight: those "
               "of them TCP thinks are still on their way, leaving out the ones it believes were lost "
               "and counting the ones it sent again.")),
        t("retransmission", tr("retransmission"),
            tr("A segment TCP sends a second time because its acknowledgement did not come in time or the "
               "other side said it is missing. The count is for the connection's whole life.")),
        t("tcp_window", tr("send and receive window"),
            tr("The receive window is how many bytes a side says it can still take in; the send window "
               "is the window the other side advertised to us. A window of 0 means: stop sending, my "
               "buffer is full.")),
        t("socket_queues", tr("send and receive queue"),
            tr("Send queue: bytes the program handed to its socket that the other side has not "
               "acknowledged yet. Receive queue: bytes that arrived but the program has not read yet.")),
        t("delivery_rate", tr("delivery rate"),
            tr("How fast data recently reached the other side, as the kernel measured it from the "
               "acknowledgements, in bytes per second.")),
        t("socket_option", tr("socket option"),
            tr("A setting of one socket that changes how the kernel treats it, set with setsockopt() and "
               "read back with getsockopt(). SocketScope writes both into the journal: the value asked for "
               "and the value the kernel reports, because they can differ.")),
        t("socket_buffer", tr("socket buffer (SO_RCVBUF, SO_SNDBUF)"),
            tr("The memory the kernel keeps for one socket: the receive buffer holds data not read yet "
               "(it sets the window offered to the peer), the send buffer data not acknowledged yet. "
               "Asked for 4096 bytes, Linux uses 8192: it doubles the value, because part of the buffer "
               "goes to its own bookkeeping of each packet, and getsockopt() reports the doubled size. It "
               "also keeps a smallest size and, for programs without privileges, a largest one "
               "(net.core.rmem_max, wmem_max). Set before connecting, the size also chooses the window "
               "scale sent in the SYN.")),
        t("nagle", tr("Nagle's algorithm (TCP_NODELAY)"),
            tr("TCP holds a small write back while earlier data is still unacknowledged, to send one bigger "
               "segment instead of many small ones. TCP_NODELAY switches this off: each write leaves at "
               "once, which helps interactive programs and costs more packets.")),
        t("linger", tr("linger (SO_LINGER)"),
            tr("What close() does with data not sent yet. Off (the usual): close() returns at once and "
               "the kernel still sends the data and a FIN. On with N seconds: close() waits up to N "
               "seconds. On with 0: close() throws the data away and sends RST, and the socket skips "
               "TIME_WAIT; the peer sees \"connection reset\".")),
        t("keepalive", tr("keepalive (SO_KEEPALIVE)"),
            tr("After a connection has been quiet for TCP_KEEPIDLE seconds, the kernel sends an empty "
               "probe every TCP_KEEPINTVL seconds; after TCP_KEEPCNT probes without an answer it gives the "
               "connection up. It finds peers that vanished without a FIN or RST.")),
        t("reuse_port", tr("SO_REUSEADDR and SO_REUSEPORT"),
            tr("SO_REUSEADDR lets a listener bind() a port that old connections in TIME_WAIT still hold. "
               "SO_REUSEPORT lets several sockets bind() the same address and port, when every one of "
               "them sets it before bind(); the kernel then spreads new connections among the listeners "
               "by a hash of each connection's addresses and ports.")),
        t("ttl", tr("TTL (IP_TTL)"),
            tr("Time to live: a number in every IP packet that each router lowers by one; at 0 the packet "
               "is dropped and the sender told. It stops packets circling for ever; traceroute uses it "
               "to find the routers on a path.")),
    };
}

std::optional<Glossary::Term> Glossary::find(const QString &key)
{
    for (const Term &term : terms()) {
        if (term.key == key)
            return term;
    }
    return std::nullopt;
}

} // namespace SocketScope
