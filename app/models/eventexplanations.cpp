#include "eventexplanations.h"

namespace SocketScope {

QString EventExplanations::explain(EventKind kind)
{
    switch (kind) {
    case EventKind::SocketOpened:
        return tr("The program called socket(): the OS made a new socket. It has no address or port yet (an "
                  "accepted socket is born with its listener's).");
    case EventKind::Bound:
        return tr("bind(): the socket got its local IP address and port. A client usually skips bind(); the "
                  "OS binds it to a free port when it connects.");
    case EventKind::Listening:
        return tr("listen(): the socket now waits for connection requests. The number is the backlog, how "
                  "many finished connections may wait for accept().");
    case EventKind::ConnectStarted:
        return tr("connect(): the client's OS sent SYN, the first message of the 3-way handshake.");
    case EventKind::Connected:
        return tr("The 3-way handshake finished (SYN, SYN+ACK, ACK): the connection is open and data can "
                  "flow both ways.");
    case EventKind::Accepted:
        return tr("accept(): the server took one finished connection from the queue and got a new socket for "
                  "it. The listening socket keeps listening.");
    case EventKind::Queue:
        return tr("The kernel's accept queue changed: how many finished connections wait for the program to "
                  "call accept(), and the limit.");
    case EventKind::DataSent:
        return tr("send(): the program handed bytes to its socket. TCP delivers them in order, but may split "
                  "or join them.");
    case EventKind::DataReceived:
        return tr("recv(): the program read bytes from its socket. One read may hold several sends, or part "
                  "of one.");
    case EventKind::DatagramSent:
        return tr(
            "sendto(): one UDP datagram left, to the ip:port given. No connection, no promise it arrives.");
    case EventKind::DatagramReceived:
        return tr("recvfrom(): one whole UDP datagram arrived, with the sender's ip:port.");
    case EventKind::Shutdown:
        return tr("One side said it will send nothing more (FIN). The connection is half closed: the other "
                  "direction still works.");
    case EventKind::CloseCalled:
        return tr("The program called close(). For TCP this starts the 4-way close: FIN, ACK, FIN, ACK.");
    case EventKind::Closed:
        return tr(
            "The socket is closed for the program. The kernel may keep it a little longer (TIME_WAIT).");
    case EventKind::Aborted:
        return tr("The connection was reset: an RST was sent instead of the polite FIN. Nothing waits in "
                  "TIME_WAIT.");
    case EventKind::Error:
        return tr("Something went wrong; the details say what the OS answered.");
    case EventKind::State:
        return tr("The kernel's own TCP state for the socket changed, read from the OS's socket table.");
    case EventKind::Segment:
        return tr("A TCP segment on the wire, with its flags (S = SYN, A = ACK, F = FIN, R = RST, P = push) "
                  "and sequence numbers.");
    case EventKind::AcceptingPaused:
        return tr("The server stopped calling accept(). New connections still finish their handshake and "
                  "wait in the queue.");
    case EventKind::AcceptingResumed:
        return tr("The server calls accept() again and takes the waiting connections.");
    case EventKind::Linked:
        return tr("Two connections were joined by a relay such as a port forwarder: what comes in on one "
                  "goes out on the other.");
    case EventKind::Impaired:
        return tr("A relay changed traffic on purpose (dropped, delayed, duplicated or reordered it) to show "
                  "what an unreliable network does.");
    case EventKind::GroupJoined:
        return tr("A UDP socket joined a multicast group: datagrams sent to the group now reach it too.");
    case EventKind::GroupLeft:
        return tr("A UDP socket left a multicast group.");
    case EventKind::Stall:
        return tr("SocketScope itself was busy and did not look at its sockets for a moment; times around it "
                  "may be late.");
    case EventKind::TcpInfo:
        return tr("The kernel's own numbers for this TCP connection changed: the congestion window (how "
                  "much TCP dares to send unacknowledged), the round-trip time, how much is still in flight "
                  "and how often TCP had to send something again. SocketScope reads them at most ten times "
                  "a second.");
    case EventKind::LinkFault:
        return tr("A cable of the virtual lab network was made worse on purpose: the kernel drops a share "
                  "of its packets, or lets only so many bits a second through and queues the rest. The "
                  "event says what was asked and what the kernel could do.");
    case EventKind::OptionSet:
        return tr("The program set a socket option (setsockopt) and read back what the kernel made of "
                  "it (getsockopt). They can differ: Linux doubles a buffer size asked for, and keeps "
                  "its own limits.");
    case EventKind::NetworkBuilt:
        return tr("The virtual lab network was set up (or changed): which computers it has, their "
                  "addresses, the routers between them and the cables that join them. A recording keeps "
                  "it so that a replay can draw the same network.");
    case EventKind::ChallengeStarted:
        return tr("The teacher started a class challenge: the class server opened its socket and "
                  "waits for the students. The event names the challenge, where to connect and the "
                  "time limit, so that a replay can show the same board.");
    case EventKind::ReadingPaused:
        return tr("The program stopped calling recv() on this connection, or started again. While it "
                  "does not read, what arrives waits in the kernel's receive buffer; when that is full "
                  "the window it advertises closes and the sender has to wait.");
    case EventKind::Count:
        break;
    }
    return {};
}

} // namespace SocketScope
