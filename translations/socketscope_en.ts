<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: socketscope [options]
SocketScope opens real sockets and shows what happens to them.

  --server tcp:HOST:PORT     open a TCP listener at start (repeatable)
  --server udp:HOST:PORT     open a bound UDP socket at start (repeatable)
  --client tcp:HOST:PORT[@SOURCE]
                             connect at start, after the servers (repeatable);
                             @SOURCE binds the client to that local address first
  --record FILE              write the journal to FILE as JSON Lines while running
  --replay FILE              open a recording instead of a live lab
  --export OUT               with --replay: draw the timeline to OUT (.svg, .png,
                             .mmd, .puml) and exit without a window
  --lang ko|en               interface language (default: the system&apos;s)
  --port-info QUERY          print what SocketScope knows about a port number or
                             service name, and exit
  --version                  print the version and exit
  -h, --help                 print this help and exit

HOST is an IP address (IPv6 in brackets: [::1]) or a name such as localhost.
Listeners use 127.0.0.1 (this machine only) unless you name another address.
Exit status: 0 on success, 2 for a malformed command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client %1: clients are TCP; for UDP open a --server udp:HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export works with --replay FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: the file must end in .svg, .png, .mmd or .puml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay shows a recording; it cannot be combined with --server or --client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay and --record cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang %1: choose ko or en</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>That is not a port number. A port is a whole number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an IP address or a host name this machine can find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another socket already uses this address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports below 1024 are protected: only the administrator may listen on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no network interface with that IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side refused the connection: nothing listens on that address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came in time. The server may be too busy (its accept queue is full) or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side reset the connection (it sent RST): it closed at once, without the usual goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computer with that name could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot reach that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That socket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket cannot do that now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system will not give this program more sockets (too many open files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a broadcast address, and sending to everyone was not switched on for this socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram is larger than the network can carry in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number such as 8080, or 0 to let the OS choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try 127.0.0.1 (this machine) or ::1 (this machine over IPv6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another port, or 0 to let the OS choose a free one. A port in TIME_WAIT frees itself after about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a port of 1024 or above, for example 8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 127.0.0.1, or an address this machine has (127.0.0.2 and the like also work on Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a server on that port first, or check the port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume accepting on the server, or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new connection if you need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or type an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address, or use a loopback address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an open socket in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close some sockets first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;Allow broadcast&quot; when you open the UDP socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send less data in one datagram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IanaRange</name>
    <message>
        <source>well-known</source>
        <comment>IANA port range 0-1023, also called system ports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <comment>IANA port range 1024-49151, also called user ports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic</source>
        <comment>IANA port range 49152-65535, also called private or ephemeral ports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports 0 to 1023 belong to common services such as web (80, 443), SSH (22) and DNS (53). IANA assigns them, and on most systems only an administrator may open a server on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports 1024 to 49151 are assigned by IANA to particular applications, for example MySQL on 3306 or an alternate web server on 8080. Any user may open a server on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports 49152 to 65535 are never assigned to a service. They are free for private use, and the OS may pick one of them as the local port of a client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>listener</source>
        <comment>socket role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <comment>socket role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>socket role: made by accept()</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram</source>
        <comment>socket role: a UDP socket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending shut</source>
        <comment>socket state: we called shutdown(SHUT_WR)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer closed</source>
        <comment>socket state: the other side sent FIN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <comment>socket state: closed with RST</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound</source>
        <comment>kernel state of a UDP socket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <comment>the kernel no longer lists the socket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has not said anything about this socket yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is open: both sides can send and receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side sent SYN to open a connection and waits for SYN+ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SYN arrived and SYN+ACK was sent back; waiting for the last ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side closed first and sent FIN; waiting for its ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our FIN was acknowledged; waiting for the other side&apos;s FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides closed. The side that closed first waits here (60 s on Linux) so late packets cannot confuse a new connection on the same ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side closed (sent FIN). This side may still send, and should close too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side closed after the other side; waiting for the ACK of its FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for connection requests. Completed connections wait in the accept queue until the program calls accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides sent FIN at the same time; waiting for the ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection request is half done: SYN came in, SYN+ACK went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP socket bound to its address and port. UDP has no connection, so there is no connection state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has let go of this socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset (abort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>event source: a call the app made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <comment>event source: a Qt signal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <comment>event source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture</source>
        <comment>event source: a packet seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <comment>event source: implied, not seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call SocketScope made on the socket (application layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something Qt reported about the socket (a signal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the operating system&apos;s own socket table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packet seen on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen: implied by the protocol from what was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1 socket, cloned from listener #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1 socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1, backlog %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks %2 for a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() returned a socket for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 places in the accept queue used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sent %n byte(s)</source>
        <translation>
            <numerusform>sent %n byte</numerusform>
            <numerusform>sent %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n byte(s)</source>
        <translation>
            <numerusform>received %n byte</numerusform>
            <numerusform>received %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent a datagram of %n byte(s) to %1</source>
        <translation>
            <numerusform>sent a datagram of %n byte to %1</numerusform>
            <numerusform>sent a datagram of %n bytes to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received a datagram of %n byte(s) from %1</source>
        <translation>
            <numerusform>received a datagram of %n byte from %1</numerusform>
            <numerusform>received a datagram of %n bytes from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this side will send no more (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other side closed its sending side (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed at once with a reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel lists it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → the kernel let it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 [%3] seq %4 ack %5, %n byte(s)</source>
        <translation>
            <numerusform>%1 → %2 [%3] seq %4 ack %5, %n byte</numerusform>
            <numerusform>%1 → %2 [%3] seq %4 ack %5, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the program stopped calling accept()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program calls accept() again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortInfoReport</name>
    <message>
        <source>socketscope: --port-info: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services whose name or description contains &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only the first %1 are listed; ask for more words to narrow it down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service names from %1, a copy of the IANA registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service names from %1, this system&apos;s short list (install libwireshark-data for the full IANA registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list of service names could be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortQuery</name>
    <message>
        <source>Type a port number from 0 to 65535, or a service name such as ssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number: port numbers are never negative. They go from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number: a port is a 16-bit number, so the largest is 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list of service names could be read on this machine, so only port numbers can be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service name or description contains &quot;%1&quot;. Type a port number from 0 to 65535, or a service name such as ssh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope</name>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA range: %1 (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service name</source>
        <comment>after TCP: or UDP: in --port-info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s OS picks client ports from %1-%2; %3 is one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s OS picks client ports from %1-%2; %3 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator may open a server on it here (ports below %1 are protected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now: unknown, this system does not list its sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now (%1): no socket on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In use now (%1): %n socket(s)</source>
        <translation>
            <numerusform>In use now (%1): %n socket</numerusform>
            <numerusform>In use now (%1): %n sockets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionTableModel</name>
    <message>
        <source>in the accept queue of #%1</source>
        <comment>server side not accepted yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the lab)</source>
        <comment>the other end is a program outside SocketScope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for accept()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening (handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener #%1&apos;s address. Every connection it accepted has this same server side; the client side is what makes each connection different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel finished the 3-way handshake, so the client is connected, but the server program has not called accept() yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s socket (ip:port). Its port was usually picked by the OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s socket (ip:port): the address and port it listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab socket at the client end and its kernel state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab socket at the server end (made by accept()) and its kernel state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes the client sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes the server sent to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the connection is in its life: opening, open, closing, closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client → server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server → client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::EndpointSpec</name>
    <message>
        <source>&quot;%1&quot; should look like tcp:HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol &quot;%1&quot; is neither tcp nor udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;@%1&quot;: a source address is only allowed for --client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source address after &quot;@&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source address &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port: write HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address &quot;%1&quot; must be written in brackets, like [::1]:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host before &quot;:%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <comment>column: socket id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::MainWindow</name>
    <message>
        <source>Socket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope – replay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets: each is &lt;protocol, local ip:port, remote ip:port&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections: each TCP connection is a pair of sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of the selected socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not animate new, changed and closing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SocketScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel view off: this system offers neither sock_diag nor /proc/net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: no live kernel view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaying %1: %n event(s). Nothing here is live.</source>
        <translation>
            <numerusform>Replaying %1: %n event. Nothing here is live.</numerusform>
            <numerusform>Replaying %1: %n events. Nothing here is live.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) were skipped: %1</source>
        <translation>
            <numerusform>%n damaged line was skipped: %1</numerusform>
            <numerusform>%n damaged lines were skipped: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open to the network: %1 listen beyond this machine, so other computers can reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope recordings (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a window for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope recordings (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording everything so far and from now on to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SocketScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocketScope %1&lt;/h3&gt;&lt;p&gt;Real sockets, made visible: the socket and connection tables, handshakes and ports as they happen.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::PayloadView</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bytes as text, or as hexadecimal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a socket to see the data it sent and received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>→ sent %n byte(s)</source>
        <translation>
            <numerusform>→ sent %n byte</numerusform>
            <numerusform>→ sent %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>← received %n byte(s)</source>
        <translation>
            <numerusform>← received %n byte</numerusform>
            <numerusform>← received %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(only the first %n byte(s) are kept)</source>
        <translation>
            <numerusform>(only the first %n byte is kept)</numerusform>
            <numerusform>(only the first %n bytes are kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Socket #%1: %n block(s) of data</source>
        <translation>
            <numerusform>Socket #%1: %n block of data</numerusform>
            <numerusform>Socket #%1: %n blocks of data</numerusform>
        </translation>
    </message>
    <message>
        <source>No data sent or received yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::SocketTableModel</name>
    <message>
        <source>%1 / %2 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same local address and port as listener #%1: the kernel tells them apart by the whole &lt;protocol, local, remote&gt; tuple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections the kernel finished (3-way handshake done) that wait for the program to call accept(), and how many may wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <comment>column: socket id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <comment>column: how many reads returned data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes</source>
        <comment>column: how many writes were made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope&apos;s number for the socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener: waits for connections; client: asks for one; accepted: the new socket accept() made for one client; datagram: UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: a reliable, ordered byte stream over a connection. UDP: separate datagrams, no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This socket&apos;s IP address and port on this machine (ip:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address and port of the other end. *:* means any: a listener or UDP socket has no single peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the program did with the socket, as Qt reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP state the operating system keeps for the socket, read from the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections waiting for accept(), and the most that may wait (the backlog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many reads (TCP) or datagrams (UDP) came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many writes (TCP) or datagrams (UDP) went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the socket was opened, in seconds since the session began.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::TcpConnection</name>
    <message>
        <source>No answer to the connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer reset the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::UdpEndpoint</name>
    <message>
        <source>The socket is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::Workbench</name>
    <message>
        <source>TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many finished connections may wait for accept() (the accept queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 65535. 0 lets the OS pick a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 and ::1 are this machine only. 0.0.0.0 and :: mean every interface: other computers can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the local address to connect from. Empty lets the OS choose. The local port is always picked by the OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many clients to connect at once. Each gets its own port from the OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP only: ip:port, ip:port ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-close: send FIN, keep receiving (shutdown of the write side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close gracefully: the 4-way close with FIN and ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort: close at once and send RST instead of FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many accepted sockets open at once; further clients wait in the kernel&apos;s accept queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loopback: other computers on the network will be able to connect to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 listens on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is reachable from other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 connects from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP socket #%1 is bound to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type where to send the datagram, for example 127.0.0.1:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s).</source>
        <translation>
            <numerusform>Sent %n byte.</numerusform>
            <numerusform>Sent %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listener #%1 stopped calling accept(). New clients still finish the handshake and wait in the accept queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener #%1 accepts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a socket in a table to command it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While paused the program does not call accept(); the kernel still completes handshakes and queues them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
