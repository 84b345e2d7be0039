<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
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
    <message>
        <source>--autoplay and --quit-when-done work with --lesson ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-when-done works with --autoplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--forward %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--classroom %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port-info prints and exits; it cannot be combined with --server, --client or --replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pcap needs a file name, such as capture.pcapng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--network %1: choose host (this machine) or lab (the virtual lab network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nat %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nat %1: a rule on the router takes no @SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nat adds a rule to the lab&apos;s router; use it with --network lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay shows a recording; --network lab needs live sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay shows a recording; --capture and --pcap need live sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is %2 characters long; the longest SocketScope reads is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client %1: a client needs a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Comparing two recordings (prints, then exits):
  --compare A.jsonl B.jsonl  print what differs between two recordings (a segment
                             or state only one has, other flags or sizes), lined
                             up from each one&apos;s first SYN; exit status 1 when a
                             file is not a recording
  --anchor syn|data|fin|rst|start
                             with --compare: line the two up from each one&apos;s first
                             SYN (the default), first data, first FIN, first RST,
                             or from the very start
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor works with --compare A.jsonl B.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare needs two recordings: --compare A.jsonl B.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor %1: choose syn, data, fin, rst or start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare prints and exits; it cannot be combined with --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Lessons over a recording:
  --lesson FILE.json         --lesson also takes a lesson file (a path with / or
                             ending in .json) instead of a built-in id
  --replay FILE --lesson ID|FILE.json
                             play a lesson over a recording: its steps move the
                             playhead and every view shows that moment; only a
                             lesson whose steps only show can (exit status 2 for
                             one that opens sockets). A lesson told over its own
                             recording opens it by itself with --lesson ID.
                             Exit status 1 when a lesson file or recording cannot
                             be read or is damaged
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lesson needs a lesson id or a lesson file; --list-lessons shows the ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay shows a recording; --classroom and --forward need a live lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Faults on the lab&apos;s links (with --network lab):
  --link NAME:FAULTS         make a link worse on purpose, e.g.
                             --link wan:loss=5%,rate=1mbit. NAME is a computer&apos;s
                             cable (pc-a, pc-b, remote) or the router&apos;s side of a
                             network (lan, wan). FAULTS: loss=PERCENT[,seed=N]
                             (the seed picks which packets), rate=1mbit[,queue=64kb],
                             delay=50ms[,jitter=5ms][,reorder=25%] (delay and
                             reorder need the kernel&apos;s netem module). Repeatable
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Socket options (after --server or --client, separated by commas):
  --server tcp:127.0.0.1:8080,reuseport,rcvbuf=4096
  --client tcp:127.0.0.1:8080,nodelay,linger=0
                             set before bind(), each written to the journal with
                             the value the kernel reports back:
    nodelay                  TCP_NODELAY: send small writes at once (no Nagle)
    linger=SECONDS|off       SO_LINGER: how long close() waits for unsent data;
                             linger=0: close() sends a reset (RST) at once
    rcvbuf=BYTES, sndbuf=BYTES
                             SO_RCVBUF, SO_SNDBUF: buffer sizes (Linux doubles them)
    keepalive                SO_KEEPALIVE: probe an idle connection
    keepidle=S, keepintvl=S, keepcnt=N
                             TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT: its timers
    reuseaddr, reuseport     SO_REUSEADDR, SO_REUSEPORT: share a port (reuseport:
                             several listeners, the kernel spreads connections)
    ttl=HOPS                 IP_TTL (1 to 255)
  An on/off option takes =on or =off too (nodelay=off). TCP-only options on a
  udp: socket, an unknown option or a value out of range exit with status 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--challenge %1: no such challenge; there are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--challenge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--link makes a link of the lab network worse; use it with --network lab</source>
        <translation type="unfinished"></translation>
    </message>
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
  --forward tcp:LISTEN_HOST:PORT=TARGET_HOST:PORT[@SOURCE]
                             start a port forwarder (also udp:); @SOURCE is the
                             address the forwarder speaks from (repeatable)
  --lesson ID                open a built-in lesson (see --list-lessons)
  --autoplay                 with --lesson: run the lesson by itself
  --quit-when-done           with --autoplay: exit (status 0) when the lesson ends
  --list-lessons             print the lessons, one per line: id, then title
  --classroom HOST:PORT      open the classroom page: a browser that connects sees
                             its own connection (loopback unless you name another)
  --challenge NAME[@HOST:PORT]
                             start a class challenge (connect, name, hex, udp,
                             bind, halfclose, backlog); students&apos; sockets appear
                             one row each (loopback unless you name another);
                             with --replay: judge the recording by that
                             challenge, on its port, at the playhead
  --challenge-time TIME      with --challenge: a time limit (90s, 5m, 1m30s; at
                             most 60m), counted down on the board
  --presentation             start in presentation mode (projector): full screen,
                             large type; F5 or Esc leaves it
  --capture                  capture the packets of SocketScope&apos;s sockets on this
                             machine&apos;s network (needs the capture helper&apos;s
                             permission; the window says how to grant it)
  --pcap FILE.pcapng         write every captured packet to FILE.pcapng, a file
                             Wireshark and tshark open
  --network host|lab         where the sockets live: this machine&apos;s own network
                             (the default), or the private virtual lab network,
                             a home network behind a router (no root needed)
  --nat tcp:PUBLIC:PORT=PRIVATE:PORT
                             with --network lab: a port-forwarding rule on the
                             lab&apos;s router, e.g. tcp:203.0.113.1:8080=192.168.0.10:80
                             (also udp:; repeatable)
  --version                  print the version and exit
  -h, --help                 print this help and exit

HOST is an IP address (IPv6 in brackets: [::1]) or a name such as localhost.
Listeners use 127.0.0.1 (this machine only) unless you name another address.
Exit status: 0 on success, 2 for a malformed command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--challenge-time works with --challenge NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--challenge-time %1: write the time as seconds or minutes, like 90s, 5m or 1m30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--challenge-time %1: the time must be longer than 0 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--challenge-time %1: at most %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Mystery-fault drills (in the virtual lab network):
  --drill NAME|random[:SEED]
                             open the Mystery fault page with one fault hidden in
                             the lab: blackhole, reject, drop, backlog, zerowindow
                             or wrongforward; random picks one, and the same SEED
                             picks the same one (give a class random:SEED)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay shows a recording; --drill needs live sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drill hides its fault in the virtual lab network; it cannot run with --network host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lined up from each one&apos;s %1: %2 steps in A, %3 in B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n difference:</numerusform>
            <numerusform>%n differences:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>%1 → %2</source>
        <comment>an arrow from one socket to another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1</source>
        <comment>a TCP state the socket moved to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the accept queue</source>
        <translation>
            <numerusform>%n waiting in the accept queue</numerusform>
            <numerusform>%n waiting in the accept queue</numerusform>
        </translation>
    </message>
    <message>
        <source>appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>time after the anchor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in B: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>time, then what differs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <comment>line the sessions up from their very beginning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither session has a %1, so there is nothing to line up. Choose another place to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has no %2: all of the other session&apos;s steps count as differences. Choose another place to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillChoice</name>
    <message>
        <source>give the name of a drill (%1), or random, or random:SEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed after random: must be a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such drill; the drills are %1, or random, or random:SEED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillWords</name>
    <message>
        <source>One-way black hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is refused (reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is silently dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to the wrong port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets get through in one direction only: the server&apos;s answers are lost on the way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall answers every connection to the port with a reset (RST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall throws away everything sent to the port, without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped accepting, and its queue of waiting connections is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts the connection but never reads: its receive window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router&apos;s port-forwarding rule sends the connection to another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a one-way black hole: then pc-b would answer your SYN with a SYN+ACK on its own cable, and that answer would never reach remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a refused port: then your connect would fail at once with a reset (RST) from the router, and pc-b&apos;s cable would never see your SYN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a dropped port: then your SYN would be sent again and again, and never show up on pc-b&apos;s cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a full backlog: then your SYN would reach pc-b&apos;s cable, and pc-b would not answer it at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a zero window: then you could connect, and after a few kilobytes pc-b would say its window is 0 and your data would stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wrong forwarding rule: then your SYN would reach pc-b addressed to another port than %1, and pc-b would answer with a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router dropped every packet pc-b sent back. The selected event is pc-b&apos;s SYN+ACK on its own cable: it never reached remote, so your socket stayed in SYN_SENT and sent its SYN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router&apos;s firewall refuses port %1. The selected event is the reset (RST) remote got from the router; pc-b&apos;s cable never saw your SYN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router&apos;s firewall drops everything sent to port %1. The selected event is your SYN: it was sent again and again, stayed in SYN_SENT, and never appeared on pc-b&apos;s cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped accepting, and its accept queue (backlog 1) is full of two connections from pc-a. The selected event is your SYN on pc-b&apos;s cable: the kernel dropped it without an answer, so your socket stayed in SYN_SENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts but never reads, and its receive buffer is small. The selected event is pc-b saying its window is 0: your bytes wait in your send queue, and your kernel sends small probes until the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router forwards %1:%2 to port %3 on pc-b, where nothing listens. The selected event is your SYN on pc-b&apos;s cable, addressed to port %3; pc-b answered with a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is wrong in the lab network. A web server runs on pc-b (%1, port %2), and the router publishes it on its public address %3, port %2. From the computer remote (%4), reach it: in the workbench&apos;s TCP client, connect to server %3, port %2, from address %4. Once connected, send a few kilobytes: paste a long text into Data and press Send several times (Probe for me does all of this for you). Watch the timeline, the tables and the event log (each computer&apos;s own cable is captured), then choose what is wrong.</source>
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
    <message>
        <source>The source address and the address to connect to are of different kinds: one is IPv4, the other IPv6. Both ends of a connection must be the same kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an IPv4 source such as 127.0.0.1 with an IPv4 address, an IPv6 source such as ::1 with an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That IP address is not one of this machine&apos;s: no network interface has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a port number</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an address</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port in use</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port needs administrator</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address not on this machine</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused, nobody listens</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by the other side</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not found</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket gone</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible now</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many open files</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast not allowed</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram too large</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 and IPv6 mixed</source>
        <comment>why a socket failed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventExplanations</name>
    <message>
        <source>The program called socket(): the OS made a new socket. It has no address or port yet (an accepted socket is born with its listener&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind(): the socket got its local IP address and port. A client usually skips bind(); the OS binds it to a free port when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen(): the socket now waits for connection requests. The number is the backlog, how many finished connections may wait for accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect(): the client&apos;s OS sent SYN, the first message of the 3-way handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3-way handshake finished (SYN, SYN+ACK, ACK): the connection is open and data can flow both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept(): the server took one finished connection from the queue and got a new socket for it. The listening socket keeps listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s accept queue changed: how many finished connections wait for the program to call accept(), and the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send(): the program handed bytes to its socket. TCP delivers them in order, but may split or join them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv(): the program read bytes from its socket. One read may hold several sends, or part of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto(): one UDP datagram left, to the ip:port given. No connection, no promise it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recvfrom(): one whole UDP datagram arrived, with the sender&apos;s ip:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side said it will send nothing more (FIN). The connection is half closed: the other direction still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program called close(). For TCP this starts the 4-way close: FIN, ACK, FIN, ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is closed for the program. The kernel may keep it a little longer (TIME_WAIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset: an RST was sent instead of the polite FIN. Nothing waits in TIME_WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; the details say what the OS answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s own TCP state for the socket changed, read from the OS&apos;s socket table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP segment on the wire, with its flags (S = SYN, A = ACK, F = FIN, R = RST, P = push) and sequence numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped calling accept(). New connections still finish their handshake and wait in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server calls accept() again and takes the waiting connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two connections were joined by a relay such as a port forwarder: what comes in on one goes out on the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay changed traffic on purpose (dropped, delayed, duplicated or reordered it) to show what an unreliable network does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP socket joined a multicast group: datagrams sent to the group now reach it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP socket left a multicast group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope itself was busy and did not look at its sockets for a moment; times around it may be late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s own numbers for this TCP connection changed: the congestion window (how much TCP dares to send unacknowledged), the round-trip time, how much is still in flight and how often TCP had to send something again. SocketScope reads them at most ten times a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cable of the virtual lab network was made worse on purpose: the kernel drops a share of its packets, or lets only so many bits a second through and queues the rest. The event says what was asked and what the kernel could do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program set a socket option (setsockopt) and read back what the kernel made of it (getsockopt). They can differ: Linux doubles a buffer size asked for, and keeps its own limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual lab network was set up (or changed): which computers it has, their addresses, the routers between them and the cables that join them. A recording keeps it so that a replay can draw the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher started a class challenge: the class server opened its socket and waits for the students. The event names the challenge, where to connect and the time limit, so that a replay can show the same board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program stopped calling recv() on this connection, or started again. While it does not read, what arrives waits in the kernel&apos;s receive buffer; when that is full the window it advertises closes and the sender has to wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardRule</name>
    <message>
        <source>&quot;%1&quot; has no &quot;=&quot;: write tcp:LISTEN_HOST:PORT=TARGET_HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one &quot;=&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target side &quot;%1&quot;: the protocol is written once, before the listening side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listening address &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target address &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target port must not be 0: nothing can be reached there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint a program talks through. The program hands data to its socket, and the OS carries it over the network. A socket works both ways: send and receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 16-bit number, 0 to 65535, in every TCP and UDP header. The IP address finds the computer; the port finds the one program on it that gets the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address and a port written together, like 127.0.0.1:8080 (IPv6: [::1]:8080). It names one endpoint of one program on one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>well-known port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports 0 to 1023, given by IANA to common services: HTTP 80, HTTPS 443, SSH 22, DNS 53. Many systems let only administrators use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports 1024 to 49151, which IANA records for particular programs, such as 3306 for MySQL or 8080 as a second HTTP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ephemeral port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short-lived port the OS picks for a client when it connects, from its own range (on Linux often 32768 to 60999; IANA&apos;s dynamic range is 49152 to 65535). It is freed when the connection ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server socket in the LISTEN state. It never carries data itself; it waits for connection requests and hands each finished one to accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue of connections that finished their handshake but have not been accepted yet. The number given to listen() sets about how long it may grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes one waiting connection from the backlog and returns a new socket just for it. The new socket has the same local ip:port as the listening socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-way handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How TCP opens a connection: SYN (&quot;let&apos;s talk&quot;), SYN+ACK (&quot;OK, me too&quot;), ACK (&quot;OK&quot;). The OS does it, even before the server calls accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-way close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How TCP closes a connection: each side sends FIN when it has nothing more to send, and the other answers ACK. Four messages in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state the side that closed first stays in for a while (about 60 s on Linux), so late packets of the old connection cannot be mistaken for a new one on the same ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream socket (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket with a connection: reliable, in order, one-to-one. The data is one long stream of bytes with no message borders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram socket (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket without a connection: each message (datagram) goes on its own, whole or not at all, with no promise of delivery or order. Lighter and faster; one socket may talk to many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two endpoints of a TCP connection, &lt;client ip:port, server ip:port&gt;. No two connections have the same pair, though many share the server&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router or firewall passes what arrives at public-ip:port on to private-ip:port inside, so an inside host can be reached from outside even when many hosts share one public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN, ACK, FIN, RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags in the TCP header. SYN opens a connection, ACK confirms what arrived, FIN says &quot;I am done sending&quot;, RST cuts the connection at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the OS itself says about a TCP socket: LISTEN, SYN_SENT, ESTABLISHED, FIN_WAIT_2, CLOSE_WAIT, TIME_WAIT ... SocketScope reads it from the OS&apos;s socket table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses 127.0.0.1 (and all of 127.x.x.x) and ::1: the computer talking to itself. Nothing leaves the machine, which makes it safe for experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP numbers (tcp_info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures the kernel keeps for every TCP connection and SocketScope reads without special rights, like the command ss -ti: congestion window, round-trip time, segments in flight, retransmissions, windows and queues. They are written down when they change, at most ten times a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congestion window (cwnd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many segments TCP lets itself send before it must wait for an acknowledgement. It starts small, grows while everything arrives, and is cut when a segment is lost, so TCP does not flood a busy network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow-start threshold (ssthresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this size the congestion window doubles every round trip (slow start); above it, it grows by about one segment per round trip. A loss lowers it. A huge number means no loss has set it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-trip time (RTT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it takes for a segment to reach the other side and its acknowledgement to come back. The kernel keeps a smoothed average and how much it varies (rttvar); together they set how long TCP waits before it sends something again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged: segments sent that the other side has not yet confirmed. In flight: those of them TCP thinks are still on their way, leaving out the ones it believes were lost and counting the ones it sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment TCP sends a second time because its acknowledgement did not come in time or the other side said it is missing. The count is for the connection&apos;s whole life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send and receive window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receive window is how many bytes a side says it can still take in; the send window is the window the other side advertised to us. A window of 0 means: stop sending, my buffer is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send and receive queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send queue: bytes the program handed to its socket that the other side has not acknowledged yet. Receive queue: bytes that arrived but the program has not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast data recently reached the other side, as the kernel measured it from the acknowledgements, in bytes per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting of one socket that changes how the kernel treats it, set with setsockopt() and read back with getsockopt(). SocketScope writes both into the journal: the value asked for and the value the kernel reports, because they can differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket buffer (SO_RCVBUF, SO_SNDBUF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory the kernel keeps for one socket: the receive buffer holds data not read yet (it sets the window offered to the peer), the send buffer data not acknowledged yet. Asked for 4096 bytes, Linux uses 8192: it doubles the value, because part of the buffer goes to its own bookkeeping of each packet, and getsockopt() reports the doubled size. It also keeps a smallest size and, for programs without privileges, a largest one (net.core.rmem_max, wmem_max). Set before connecting, the size also chooses the window scale sent in the SYN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle&apos;s algorithm (TCP_NODELAY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP holds a small write back while earlier data is still unacknowledged, to send one bigger segment instead of many small ones. TCP_NODELAY switches this off: each write leaves at once, which helps interactive programs and costs more packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linger (SO_LINGER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What close() does with data not sent yet. Off (the usual): close() returns at once and the kernel still sends the data and a FIN. On with N seconds: close() waits up to N seconds. On with 0: close() throws the data away and sends RST, and the socket skips TIME_WAIT; the peer sees &quot;connection reset&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalive (SO_KEEPALIVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a connection has been quiet for TCP_KEEPIDLE seconds, the kernel sends an empty probe every TCP_KEEPINTVL seconds; after TCP_KEEPCNT probes without an answer it gives the connection up. It finds peers that vanished without a FIN or RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_REUSEADDR and SO_REUSEPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_REUSEADDR lets a listener bind() a port that old connections in TIME_WAIT still hold. SO_REUSEPORT lets several sockets bind() the same address and port, when every one of them sets it before bind(); the kernel then spreads new connections among the listeners by a hash of each connection&apos;s addresses and ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL (IP_TTL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live: a number in every IP packet that each router lowers by one; at 0 the packet is dropped and the sender told. It stops packets circling for ever; traceroute uses it to find the routers on a path.</source>
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
    <name>LabTopology</name>
    <message>
        <source>A host name is 1 to 12 small letters, digits or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a host called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router has no network called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab host needs an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the %2 network (%3/%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the network&apos;s own address or its broadcast address; pick another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by %2.</source>
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
    <message>
        <source>relay linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relays to and from socket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the lossy path dropped %n byte(s) on purpose</source>
        <translation>
            <numerusform>the lossy path dropped %n byte on purpose</numerusform>
            <numerusform>the lossy path dropped %n bytes on purpose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lossy path sent %n byte(s) twice on purpose</source>
        <translation>
            <numerusform>the lossy path sent %n byte twice on purpose</numerusform>
            <numerusform>the lossy path sent %n bytes twice on purpose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lossy path held %n byte(s) back for %1 ms</source>
        <translation>
            <numerusform>the lossy path held %n byte back for %1 ms</numerusform>
            <numerusform>the lossy path held %n bytes back for %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lossy path let %n byte(s) overtake others on purpose</source>
        <translation>
            <numerusform>the lossy path let %n byte overtake others on purpose</numerusform>
            <numerusform>the lossy path let %n bytes overtake others on purpose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lossy path slowed %n byte(s) down</source>
        <translation>
            <numerusform>the lossy path slowed %n byte down</numerusform>
            <numerusform>the lossy path slowed %n bytes down</numerusform>
        </translation>
    </message>
    <message>
        <source>joined the multicast group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the multicast group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window could not draw for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket was just made and has no address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind() gave the socket its local IP address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen() was called: the socket waits for clients to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() was called: the 3-way handshake is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is open: data can flow both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side called shutdown(): it sends no more (FIN), but it still reads what the other side sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side sent FIN: it sends no more. This side may still send, then close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() was called and the connection is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program closed the socket. The kernel may keep it a little longer (TIME_WAIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended at once with a reset (RST) instead of the polite FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS refused what was asked (for example the port was in use). Point at the row for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() called: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 UDP datagram, %n byte(s)</source>
        <translation>
            <numerusform>%1 → %2 UDP datagram, %n byte</numerusform>
            <numerusform>%1 → %2 UDP datagram, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 %2: %3</source>
        <comment>computer, its network interface, the packet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <comment>network interface, the packet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP numbers</source>
        <comment>event kind: the kernel&apos;s tcp_info</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel&apos;s TCP numbers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwnd %1 segments, RTT %2 ms, %3 resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwnd %1 segments, RTT %2 ms, %3 in flight, %4 resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link fault</source>
        <comment>event kind: loss or a rate limit set on a lab cable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option set</source>
        <comment>event kind: a socket option (setsockopt)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link %1 works normally again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link %1 now has %2; the kernel refused %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link %1 now has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <comment>option value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <comment>option value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2 (the kernel&apos;s value could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: asked %2, kernel uses %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: asked %2, the kernel keeps %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network built</source>
        <comment>event kind: the lab network&apos;s computers and cables were set up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the lab network has %n computer(s) behind a router</source>
        <translation>
            <numerusform>the lab network has %n computer behind a router</numerusform>
            <numerusform>the lab network has %n computers behind a router</numerusform>
        </translation>
    </message>
    <message>
        <source>challenge started</source>
        <comment>event kind: the teacher started a class challenge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the challenge &quot;%1&quot; started on %2, time limit %n second(s)</source>
        <translation>
            <numerusform>the challenge &quot;%1&quot; started on %2, time limit %n second</numerusform>
            <numerusform>the challenge &quot;%1&quot; started on %2, time limit %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the challenge &quot;%1&quot; started on %2, no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <comment>event log: a note the app wrote, not a failure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note the app wrote into the journal, such as the start or the end of a mystery-fault drill. Nothing went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading paused</source>
        <comment>event kind: the program stopped calling recv()</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading resumed</source>
        <comment>event kind: the program calls recv() again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading paused or resumed</source>
        <comment>event kind: the program stopped or started calling recv()</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; segments: %2 out, %3 in</source>
        <comment>tcp_info: the numbers, then the segments sent and received so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; segments: %2 out (%3 with data), %4 in (%5 with data)</source>
        <comment>tcp_info: the numbers, then the segments sent and received so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program stopped reading: what arrives waits in the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program reads again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwnd %1 segments, RTT %2 ms, %3 in flight (%4 bytes), %5 resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <comment>a size under a kilobyte</comment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerQuestions</name>
    <message>
        <source>What is a socket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint a program talks through: the door between the program and the network part of the OS. It works both ways. In the socket table each row is one socket, named by its protocol, local ip:port and remote ip:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream or datagram: what is the difference?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream socket (TCP) first sets up a connection, then delivers every byte, in order, with no message borders. A datagram socket (UDP) needs no set-up and keeps each message whole, but a message may be lost or come out of order. TCP gives reliability and order; UDP gives speed and no waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do we need port numbers at all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address only brings a packet to the right computer. Many programs run there, so the port says which one gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does my client get a different port every time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients do not choose their port: the OS picks a free one from its ephemeral range for each connection, and takes it back afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can one server port talk to many clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() makes a new socket for each client, all with the server&apos;s ip:port. The OS tells them apart by the client&apos;s side: every connection is a different socket pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the connection ready before the server calls accept()?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes. The OS finishes the 3-way handshake by itself, and the connection waits in the backlog until accept() picks it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is a closed socket still listed in TIME_WAIT?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side that closed first waits a while so late packets of the old connection die out before the same ports are used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can two sockets use the same port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not with the same protocol and address: bind() fails with &quot;address in use&quot;. TCP and UDP may share a number, two addresses of one host may share it, and accepted sockets share their listener&apos;s, because the OS looks at the whole tuple.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;socketscope-lesson&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version (this SocketScope reads version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not made of lower-case letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;title&quot; needs both &quot;en&quot; and &quot;ko&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;summary&quot; needs both &quot;en&quot; and &quot;ko&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pace_ms&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expects&quot; names an unknown event kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expects&quot; names an unknown kernel state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 has no English narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 has no Korean narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: unknown action &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: action &quot;%2&quot; needs the argument &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: &quot;%2&quot; refers to the socket &quot;%3&quot;, which no earlier step opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: action &quot;%2&quot; opens a socket and needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: the name &quot;%2&quot; must be lower-case letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: the name &quot;%2&quot; is already used by an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: the highlight refers to the socket &quot;%2&quot;, which no step opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: unknown column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: unknown event kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: port %2 is outside 0..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: unknown kernel state &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: unknown port range &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: unknown highlight &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;network&quot; is &quot;%1&quot;; it can be &quot;host&quot; or &quot;lab&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;view&quot; must be the name of a view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;view&quot; is &quot;%1&quot;; it can be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: &quot;select&quot; must be the name of a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: &quot;select&quot; refers to the socket &quot;%2&quot;, which no step opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: each highlight has exactly one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: in &quot;highlight&quot;, &quot;arrow&quot; is &quot;%2&quot;; it can be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: &quot;playhead&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: &quot;playhead&quot; refers to the socket &quot;%2&quot;, which no step opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;recording&quot; must be the name of a file beside the lesson, such as &quot;handshake.jsonl&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: the action &quot;%2&quot; needs live sockets, but the lesson is told over the recording &quot;%3&quot;; its steps can only show (action &quot;none&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server socket listens on %1 with a backlog of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 asked the OS to pick a free port: it picked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 ended before it was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. The OS gave the client the local port %2 by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients connected to %2. The OS gave them the local ports %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;count&quot; must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() returned a new socket (#%1) for the client %2. Its local side %3 is the listening socket&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() returned %1 new sockets, one per client, all with the local side %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the connection (is accepting paused?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped calling accept(). The kernel still completes handshakes and queues them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server calls accept() again and takes the waiting connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts at most %1 connections at once; more wait in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts any number of connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s).</source>
        <translation>
            <numerusform>Sent %n byte.</numerusform>
            <numerusform>Sent %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other end (#%1) received them in %n read(s).</source>
        <translation>
            <numerusform>The other end (#%1) received them in %n read.</numerusform>
            <numerusform>The other end (#%1) received them in %n reads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not shut down the sending side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(): this side sent FIN and sends no more, but it can still receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort(): the connection was reset with RST; no FIN, no TIME_WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() was called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bind a UDP socket to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP socket is bound to %1. No listen(), no accept(): it can send and receive at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the datagram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n datagram(s).</source>
        <translation>
            <numerusform>Sent %n datagram.</numerusform>
            <numerusform>Sent %n datagrams.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n arrived, each as one whole message.</source>
        <translation>
            <numerusform>The %n datagram arrived as one whole message.</numerusform>
            <numerusform>All %n arrived, each as one whole message.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 arrived: UDP does not promise delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This machine answered differently from most; the lesson goes on.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step watches the kernel&apos;s socket states, and SocketScope cannot read them on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kernel state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel reports socket #%1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 did not reach %2 within %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kernel says %n connection(s) wait in the accept queue (limit %1).</source>
        <translation>
            <numerusform>The kernel says %n connection waits in the accept queue (limit %1).</numerusform>
            <numerusform>The kernel says %n connections wait in the accept queue (limit %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection showed up in the accept queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the port forwarder on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forwarder listens on %1 and passes every connection on to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step needs the socket &quot;%1&quot;, which an earlier step could not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number: ports go from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket &quot;%1&quot; has no port yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written as ip:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 could not be used (another socket already uses it), so the OS picked port %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 could not be used (it needs administrator rights), so the OS picked port %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(it cannot say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt() on socket #%1: %2 asked %3, the kernel reports %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With linger 0, close() on this socket throws the connection away with RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;option&quot; must be the name of a socket option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;option&quot; is &quot;%1&quot;; write the value in &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; of %1 must be a number, true/false or &quot;on&quot;/&quot;off&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) in one call.</source>
        <translation>
            <numerusform>Sent %n byte in one call.</numerusform>
            <numerusform>Sent %n bytes in one call.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other end (#%1) has read them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program at the other end has read any of them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The other end (#%1) has read %n byte(s) so far.</source>
        <translation>
            <numerusform>The other end (#%1) has read %n byte so far.</numerusform>
            <numerusform>The other end (#%1) has read %n bytes so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;bytes&quot; must be a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fault&quot; must be written as --link takes it, e.g. &quot;loss=5%,rate=1mbit&quot; (&quot;none&quot; clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fault&quot; is &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 stops calling read(). What arrives now waits in its kernel&apos;s receive buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 calls read() again and takes what waited in its kernel&apos;s receive buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel did not say how many segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n TCP segment(s)</source>
        <translation>
            <numerusform>%n TCP segment</numerusform>
            <numerusform>%n TCP segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It answered at once with %n byte(s).</source>
        <translation>
            <numerusform>It answered at once with %n byte.</numerusform>
            <numerusform>It answered at once with %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) of %1 bytes each left in %2.</source>
        <translation>
            <numerusform>%n write of %1 bytes left in %2.</numerusform>
            <numerusform>%n writes of %1 bytes each left in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is about %1 bytes per segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY is on: the kernel sends small writes without waiting for ACKs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY is off: Nagle&apos;s rule holds small writes back while a segment waits for its ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other end did not read the writes within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 seconds socket #%2 sent %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side&apos;s window is 0 bytes, so every segment sent was a zero-window probe: &quot;do you have room yet?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The other side&apos;s window is %n byte(s).</source>
        <translation>
            <numerusform>The other side&apos;s window is %n byte.</numerusform>
            <numerusform>The other side&apos;s window is %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Socket #%1 has read %n byte(s) in all.</source>
        <translation>
            <numerusform>Socket #%1 has read %n byte in all.</numerusform>
            <numerusform>Socket #%1 has read %n bytes in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Socket #%1 did not read %2 bytes within %n second(s).</source>
        <translation>
            <numerusform>Socket #%1 did not read %2 bytes within %n second.</numerusform>
            <numerusform>Socket #%1 did not read %2 bytes within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;count&quot; must be a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonChoice</name>
    <message>
        <source>the lesson file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson file %1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lesson &quot;%1&quot;; --list-lessons shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson &quot;%1&quot; cannot play over a recording: its step %2 (&quot;%3&quot;) needs live sockets. Over --replay, a lesson&apos;s steps can only show (action &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson &quot;%1&quot; is told over the recording %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 KiB, too large for a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the id &quot;%1&quot;, which another lesson already has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Going back re-ran the lesson from the start, and step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 could not be done: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPlayhead</name>
    <message>
        <source>a step number must be a whole number from 0 up, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;start&quot;, &quot;live&quot;, a step number, or what to find, e.g. &quot;first SYN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;start&quot;, &quot;live&quot;, a step number or e.g. &quot;first SYN of client&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not TCP flags (SYN, SYN+ACK, FIN, RST ...), a kernel state (SYN_RECV ...) or an event kind (connect_started ...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonTopics</name>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets and TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside TCP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkFault</name>
    <message>
        <source>loss %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay %1 ± %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a link fault</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value, as in loss=5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss=%1: loss is a whole percent of the packets, from 0% to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed=%1: the seed is a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate=%1: a rate is bits per second with its unit, from 8kbit to 10gbit, e.g. rate=1mbit or rate=500kbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue=%1: the queue is a size in bytes from 2kb to 16mb, e.g. queue=64kb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2: a time from 0 to 10 seconds, e.g. %1=50ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder=%1: reordering is a whole percent of the packets, from 0% to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link fault; use loss, seed, rate, queue, delay, jitter or reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue= is the queue of a rate limit; give a rate too, e.g. rate=1mbit,queue=64kb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordering and jitter work on delayed packets; give a delay too, e.g. delay=20ms,reorder=25%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitter=%1ms is more than the delay of %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel refused %1 (it said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write NAME:FAULTS, e.g. wan:loss=5%,rate=1mbit (links: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab has no link called &quot;%1&quot;; its links are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s netem module is needed for %1, and this kernel does not have it (the kernel said: %2). The other faults were applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkFaultStep</name>
    <message>
        <source>This step needs the virtual lab network, which is not running here, so its link cannot be made to lose or slow packets. The lesson can go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab has no link called &quot;%1&quot;; its links are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 could not be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 now carries packets without faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 carries packets as before: the kernel applied none of the faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 now has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionRules</name>
    <message>
        <source>unknown socket option &quot;%1&quot;; the options are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for TCP sockets only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2: write %1, %1=on or %1=off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value, such as %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linger=%1: give a number of seconds from 0 to %2 (0: close() sends a reset), or linger=off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2: the value must be a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty socket option (two commas in a row, or one at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice</source>
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
    <message>
        <source>Services whose name or description has the words &quot;%1&quot;:</source>
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
        <source>No service is called &quot;%1&quot; and no description has that word. Type a port number from 0 to 65535, or a service name such as ssh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingFormat</name>
    <message>
        <source>the first line is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line does not say &quot;format&quot;:&quot;socketscope-journal&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;t&quot; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line has no &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line&apos;s &quot;version&quot; is %1, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not one this SocketScope reads (it reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a whole number from %2 to %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket_opened has an unknown role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impaired has an unknown action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state has an unknown &quot;to&quot; state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment has unknown flags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link_fault refused an unknown part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option_set has an unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network&apos;s &quot;topology&quot; should be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge_started&apos;s &quot;challenge&quot; should be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading_paused has no &quot;paused&quot; (1 when reading stopped, 0 when it resumed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingReader</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the most one event may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stopped after line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more damaged line(s)</source>
        <translation>
            <numerusform>%n more damaged line</numerusform>
            <numerusform>%n more damaged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceWarning</name>
    <message>
        <source>Out of sockets: the system lets SocketScope have %1 sockets and files open at once, and the last %2 are kept for the program itself. Servers stop accepting new connections and new sockets are refused until some close; it goes on by itself then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterForwardStep</name>
    <message>
        <source>This step needs the router of the virtual lab network, which is not running here, so it cannot run. The lesson can go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;public&quot; must be a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router did not take the rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router now passes what arrives at %1 on to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketIdentityLab</name>
    <message>
        <source>the client never saw the server&apos;s close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection did not reach TIME_WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same protocol, address and port twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP and UDP on one port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One port on two addresses of one host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address (0.0.0.0) against one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address against one address, with SO_REUSEADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port held by TIME_WAIT, without SO_REUSEADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port held by TIME_WAIT, with SO_REUSEADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen with TCP on 127.0.0.1, then bind TCP to the same address and port again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen with TCP on 127.0.0.1, then bind UDP to the same address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen with TCP on 127.0.0.1, then listen on 127.0.0.2 with the same port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen with TCP on 127.0.0.1, then bind TCP to 0.0.0.0 with the same port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same two binds, both sockets with SO_REUSEADDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server closes a connection first, which leaves it in TIME_WAIT; then a new socket binds the server&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same, but the new socket sets SO_REUSEADDR first, as servers do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with SO_REUSEADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment could not be set up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS allowed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS allowed it: %1 and %2 were both bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS refused %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope</name>
    <message>
        <source>This is unusual: the OS let two sockets have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol, address and port together name one socket, and two sockets cannot have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP and UDP keep separate lists of ports, so the protocol is part of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this machine already holds that UDP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is part of the name: 127.0.0.1 and 127.0.0.2 are two addresses of this one machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not treat 127.0.0.2 as one of its own addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OS lets a socket on every address and one on a single address share the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 means every address of this machine, 127.0.0.1 included, so the two names overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With SO_REUSEADDR on both, this OS lets them share the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux, SO_REUSEADDR does not help while a socket is listening on an overlapping address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS did not count the connection waiting in TIME_WAIT as using the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old connection still waits in TIME_WAIT on this port, and without SO_REUSEADDR the OS counts the port as in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With SO_REUSEADDR a new server may take a port whose old connections wait in TIME_WAIT. This is why servers set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even with SO_REUSEADDR the OS kept the port for the connection in TIME_WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::BindPanel</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Try 127.0.0.1, 0.0.0.0 (every IPv4 address of this machine) or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a protocol, an address and a port, then try: the OS answers as it would answer a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Free.&lt;/b&gt; Port 0 means &quot;any port&quot;: the OS picked port %1 for this socket, the same way it picks a client&apos;s port. The test socket was closed again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Free.&lt;/b&gt; bind() worked, so a server could open %1 right now. The test socket was closed again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports below %1 are protected on this machine, but SocketScope runs with administrator rights, so it may bind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In use.&lt;/b&gt; Another socket already holds %1, so bind() failed (the OS said: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Protected.&lt;/b&gt; On this machine only the administrator may bind ports below %1 (net.ipv4.ip_unprivileged_port_start), so bind() failed (the OS said: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Address not available.&lt;/b&gt; %1 is not an address of this machine, so no socket can be bound to it (the OS said: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;bind() failed.&lt;/b&gt; The OS said: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not list its sockets, so the holder cannot be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s list shows no socket on it: it may have closed a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by:</source>
        <comment>followed by a list of sockets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab socket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <comment>a port number field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to &amp;bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the OS for this protocol, address and port with a real bind(), then closes the socket at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::CaptureHelperClient</name>
    <message>
        <source>Packet capture is not available: the capture helper program (socketscope-capture) is not installed. SocketScope draws the packets the protocol implies instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture helper could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet capture is off: the capture helper is not allowed to capture packets. To allow it, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet capture is off: the capture helper refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet capture stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet capture stopped: the capture helper ended (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not captured: %1 (another user&apos;s program uses the port). The capture helper captures only the sockets of your own programs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeBoardModel</name>
    <message>
        <source>Student (address:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel state (server side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>time taken, column title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeCatalog</name>
    <message>
        <source>Connect with TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a TCP connection to the class server. You are done when the server has accepted it: your row shows your address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a length-prefixed message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message that starts with its length: 2 bytes, most significant byte first, then exactly that many bytes. Send the bytes themselves, or write them as hex digits on one line (0005 68656c6c6f is 5 bytes: hello).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a UDP datagram and read the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one UDP datagram (not empty) to the class port. The server answers to the address and port it came from: read that answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect from a port you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind your socket to a port you choose before you connect, one the OS would not pick by itself: 20000 plus your seat number, for example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down sending, then read the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, send something, then shut down only your sending side (a half-close: your FIN). Keep reading: the server replies after your FIN. Closing both ways makes your machine answer the reply with RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold on while accepting is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has stopped calling accept(). Connect and keep the connection open: the kernel finishes the handshake and your connection waits in the accept queue. The queue is small; once it is full, newcomers stay in SYN_SENT. You are done when the teacher resumes accepting and your connection is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a UDP datagram to the class port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a UDP datagram with this text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and send anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and send this text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n second(s).</source>
        <translation>
            <numerusform>Time limit: %n second.</numerusform>
            <numerusform>Time limit: %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect and send your name as one line of text, ending with Enter (a newline). At most 64 bytes. In a browser: your name after the last slash of the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeHost</name>
    <message numerus="yes">
        <source>Challenge: too many connections from one address (at most %n)</source>
        <translation>
            <numerusform>Challenge: too many connections from one address (at most %n)</numerusform>
            <numerusform>Challenge: too many connections from one address (at most %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: the class is full (at most %n connections)</source>
        <translation>
            <numerusform>Challenge: the class is full (at most %n connection)</numerusform>
            <numerusform>Challenge: the class is full (at most %n connections)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: more than %n bytes on one connection</source>
        <translation>
            <numerusform>Challenge: more than %n byte on one connection</numerusform>
            <numerusform>Challenge: more than %n bytes on one connection</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. Your socket: %1, the class server: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge: the line is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Challenge: more than %n datagrams from %1; no more answers to it</source>
        <translation>
            <numerusform>Challenge: more than %n datagram from %1; no more answers to it</numerusform>
            <numerusform>Challenge: more than %n datagrams from %1; no more answers to it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The class server got %n byte(s) from %1
</source>
        <translation>
            <numerusform>The class server got %n byte from %1
</numerusform>
            <numerusform>The class server got %n bytes from %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server read %n byte(s), then your FIN. This reply came after it.
</source>
        <translation>
            <numerusform>The server read %n byte, then your FIN. This reply came after it.
</numerusform>
            <numerusform>The server read %n bytes, then your FIN. This reply came after it.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: silent for %n second(s)</source>
        <translation>
            <numerusform>Challenge: silent for %n second</numerusform>
            <numerusform>Challenge: silent for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: connected for longer than %n second(s)</source>
        <translation>
            <numerusform>Challenge: connected for longer than %n second</numerusform>
            <numerusform>Challenge: connected for longer than %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: datagrams from more than %n addresses in a minute; no answers to new ones this minute</source>
        <translation>
            <numerusform>Challenge: datagrams from more than %n address in a minute; no answers to new ones this minute</numerusform>
            <numerusform>Challenge: datagrams from more than %n addresses in a minute; no answers to new ones this minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your name after the slash in the address, like http://%1/Ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1! The class server read your name from your socket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That is not a name: a name is text of at most %n bytes. Try again.</source>
        <translation>
            <numerusform>That is not a name: a name is text of at most %n byte. Try again.</numerusform>
            <numerusform>That is not a name: a name is text of at most %n bytes. Try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeSeats</name>
    <message>
        <source>Each student appears here as a card once they connect, coloured by their verdict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeView</name>
    <message>
        <source>Your own challenge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEACHER-ADDRESS</source>
        <comment>stands for the teacher&apos;s IP address in a command</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No challenge running. Pick one and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) done</source>
        <translation>
            <numerusform>%1 of %n student done</numerusform>
            <numerusform>%1 of %n students done</numerusform>
        </translation>
    </message>
    <message>
        <source>accept queue: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accept queue is full: more students wait in SYN_SENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to the network: any computer that can reach %1 can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only. The address of this computer on the class network (or 0.0.0.0) lets students&apos; laptops connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <comment>port 0: the OS picks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no time limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop calling accept(): new connections wait in the kernel&apos;s accept queue, and once it is full, in SYN_SENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text they must send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per student address, with what the server saw on their connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: as it stood at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board: a datagram sent to another port of this computer gets an ICMP &quot;port unreachable&quot; answer from the kernel, and SocketScope can only see that with packet capture, which is not running here (it needs the CAP_NET_RAW permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board: a datagram sent to another port of this computer gets an ICMP &quot;port unreachable&quot; answer from the kernel, and the packet capture here watches only the ports SocketScope has a socket on, so it does not see that answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board: a student who connects to another port of this computer gets a reset (RST) from the kernel at once, and SocketScope can only see that with packet capture, which is not running here (it needs the CAP_NET_RAW permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board: a student who connects to another port of this computer gets a reset (RST) from the kernel at once, and the packet capture here watches only the ports SocketScope has a socket on, so it does not see that reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such a student appears once they reach port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results at the end of the recording. Move the playhead to see the board as it stood at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the playhead this challenge has not started yet. Move the playhead forward to see the students arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per student, every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card per student, coloured by the verdict: a whole class on one screen. Point at a card to read its whole row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The board is full (%1 addresses): %n more knock(s) from other addresses are not listed.</source>
        <translation>
            <numerusform>The board is full (%1 addresses): %n more knock from another address is not listed.</numerusform>
            <numerusform>The board is full (%1 addresses): %n more knocks from other addresses are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeWords</name>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the text asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length does not match the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not whole hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS picked the port: bind one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed both ways: the reply got RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect again while accepting is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by the student (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stuck in SYN_SENT (queue full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong port %1 (RST)</source>
        <comment>the port the student tried</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done after the time limit, in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ClassroomFeed</name>
    <message>
        <source>Classroom page: a newer live page from the same address took its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom page: the live page was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom page: a live page stopped reading its updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom page: a live page&apos;s connection kept sending; it was let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom page: the classroom page was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ClassroomListener</name>
    <message>
        <source>Classroom page: the visitor closed its side before asking for a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom page: too many connections from one address; the oldest silent one was let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom page: every place was taken; the oldest silent visitor was let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Classroom page: no whole request within %n second(s)</source>
        <translation>
            <numerusform>Classroom page: no whole request within %n second</numerusform>
            <numerusform>Classroom page: no whole request within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Classroom page: every live page&apos;s place was taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ClassroomPage</name>
    <message>
        <source>SocketScope: your connection</source>
        <comment>classroom page: the browser tab&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected to SocketScope</source>
        <comment>classroom page: heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the projector: your connection just appeared in the tables and on the timeline.</source>
        <comment>classroom page: under the heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your end (client socket)</source>
        <comment>classroom page: table row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s end</source>
        <comment>classroom page: table row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connection, a socket pair</source>
        <comment>classroom page: table row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s OS picked the port after the colon in your end: an ephemeral port. The server&apos;s port is fixed so everybody can find it.</source>
        <comment>classroom page: under the table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other visitor is connected right now. They all share the server&apos;s end; only the client&apos;s end makes each pair different.</source>
        <comment>classroom page: under the table, when one other student is connected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other visitors are connected right now. They all share the server&apos;s end; only the client&apos;s end makes each pair different.</source>
        <comment>classroom page: under the table; %1 is how many other students are connected (0, 2, 3, ...)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for %1.</source>
        <comment>classroom page: small print at the end; %1 is the address the browser asked for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on JavaScript to see your sockets live.</source>
        <comment>classroom page: shown instead of the live view when the browser runs no JavaScript</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive in time. Load the page again.</source>
        <comment>classroom page: error page 408, the browser&apos;s request came too slowly</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections came from your address at once. Load the page again in a moment.</source>
        <comment>classroom page: error page 429, too many connections from one address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classroom page is full right now. Load the page again in a moment.</source>
        <comment>classroom page: error page 503, too many visitors at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope&apos;s classroom page only answers a plain GET of a page.</source>
        <comment>classroom page: error page for a request it does not answer (400, 404, 405, 413, 431)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ClickExplainer</name>
    <message>
        <source>SocketScope has no explanation for this part yet. Column headings and table rows have one, and the Explanations panel (Help &gt; Explanations and glossary) has the words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::CompareLegend</name>
    <message>
        <source>only in this session</source>
        <comment>compare legend: a step the other session does not have</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in both, but different</source>
        <comment>compare legend: other flags, state or size than the other session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked in the list</source>
        <comment>compare legend: the difference chosen in the list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::CompareWindow</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 steps in A, %2 in B from each one&apos;s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line up at each one&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event where both sessions start side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framed in both timelines. Pick one to move both timelines to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the start (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back (Left; Shift+Left for ten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step forward (Right; Shift+Right for ten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the end (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playhead of both timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of differences and where the two sessions are lined up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ComposerPage</name>
    <message>
        <source>Sent %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At character %1: this group has an odd number of hex digits. Every byte takes two, like 0a or 48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At character %1: hex digits are 0-9 and a-f only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At character %1: this is not an escape the composer knows. Use \r \n \t \\ \0 or \x followed by two hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At character %1: the escape is cut off at the end. \x needs two hex digits after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bytes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n byte: %1</numerusform>
            <numerusform>%n bytes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a socket in the tables first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write where the datagram goes as address:port, like 127.0.0.1:9000.</source>
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
        <source>Send a file&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to send from here: at most %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No socket selected. Select a connected TCP socket or a UDP socket in the tables to send from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 is a listening socket: it only accepts connections. Select one of its accepted sockets or a client to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends from UDP socket #%1 (%2), one datagram per send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends on TCP socket #%1 (%2 to %3), into its byte stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes (\r \n \x00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>line ending</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line en&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to send. Hex: 48 65 6c 6c 6f. Escapes: GET / HTTP/1.0\r\n\r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a f&amp;ile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to save under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save the payload</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete the saved payload</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between two sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 is closed: nothing more can be sent from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 is not connected yet: sending works once the 3-way handshake is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other end</source>
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
    <message>
        <source>%1 → %2</source>
        <comment>client address rewritten by the lab router</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>server address rewritten by the lab router</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client connects to %1, the router&apos;s address; the router forwards the connection to %2, where the server listens (port forwarding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s own address is %1; the router rewrites it to %2 on the way out (NAT), so the server sees %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::DrillPanel</name>
    <message>
        <source>A mystery-fault drill needs the live lab; a recording cannot run one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fault was: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet proves it yet: was the lab&apos;s capture on? Press Probe for me and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drill is running. Press New drill to hide a fault in the lab network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill is running (random, seed %1): one fault is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drill is running: one fault is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide a new fault, picked at random, in the lab network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect from remote to the public address and send a few kilobytes, as the task asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hidden fault and select the event that proves it.</source>
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
    <message>
        <source>the &quot;[&quot; of the source address &quot;%1&quot; is never closed: write @[::1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source address &quot;%1&quot; in brackets is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;[&quot; in &quot;%1&quot; is never closed: write an IPv6 host like [::1]:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port after &quot;]&quot;: write [HOST]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in brackets is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: write four numbers from 0 to 255, such as 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: a name has only letters, digits, hyphens and dots, such as localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 is an %2 address but %3 is an %4 address: both ends of a connection must be the same kind</source>
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
    <message>
        <source>When it happened, in seconds since the session began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope&apos;s number for the socket the event is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who says so: the app (a call it made), Qt (a report from Qt), the kernel (read from the OS), a captured packet, or inferred (implied by the protocol, not seen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of thing happened. Point at a row to read what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ExperimentDiagram</name>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagram</numerusform>
            <numerusform>%n datagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::ExperimentsPanel</name>
    <message>
        <source>Port forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP one-to-many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload composer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ExplanationPanel</name>
    <message>
        <source>What does this mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <comment>learners&apos; questions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column header, a kernel state or an event, and its meaning appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me in a lesson</source>
        <comment>link under a learner&apos;s question</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::FanOutPage</name>
    <message>
        <source>The OS refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one receiver to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS refused to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Waiting to see who receives it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) received it</source>
        <translation>
            <numerusform>%n socket received it</numerusform>
            <numerusform>%n sockets received it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not</source>
        <translation>
            <numerusform>%n did not</numerusform>
            <numerusform>%n did not</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiver #%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (left the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of receivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast (everyone on the port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group 239.255.42.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP needs no connection, so one program can send the same datagram to several sockets: one send per receiver. Untick a receiver and it misses out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broadcast goes to every socket on the port of a whole network; here the network is this machine&apos;s loopback (127.255.255.255). The sender must ask the OS for permission to broadcast first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multicast datagram goes to the sockets that joined the group, and only to them. Select receivers and let them leave or join, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many receivers to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open receivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send one datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::ForwardingPage</name>
    <message>
        <source>This rule cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forwarder could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forwarder, listening socket #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: socket #%2 linked to #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router with one public address passes what arrives at public-ip:port on to a host inside. Here 127.0.0.1 plays the public address and 127.0.0.2 and 127.0.0.3 play hosts inside. Start a server on the target first, then connect a client to the listening address: each connection gets a second connection of its own to the target, and the server sees the forwarder&apos;s address, not the client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;on (address, port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;ward to (address, port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speak from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the forwarder&apos;s own connection to the target starts from. Empty: the OS picks one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 lets the OS pick a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule / connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes to client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>forwarder or connection state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be opened on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the rule first: the client connects to the forwarder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not reach the forwarder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a s&amp;erver at the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a server on the target address and port, so the forwarder has somewhere to forward to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a &amp;client to the forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a client that connects to the forwarder&apos;s listening address (UDP: sends it one datagram).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::HelpMenu</name>
    <message>
        <source>&amp;Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click anything next to have it explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanations and glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first, second … tab: Sockets and connections, Timeline, Ports, Experiments, Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode on or off: full screen, large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this? Then click anything to have it explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In presentation mode (a presentation clicker sends these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen, so the class looks at you; again to bring the picture back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the black screen, then presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event forward or back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the start or the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back or forward in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the socket above or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the port map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a neighbouring port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all 65,536 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The README is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event back or forward in time, on every tab (with Shift: ten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the start of the session, or back to live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::IdentityPage</name>
    <message>
        <source>Connecting two clients...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them have the same local address and port. The OS keeps them apart by the whole &lt;protocol, local, remote&gt;: the listener has no remote side, and each accepted socket has its own client&apos;s address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket is named by its protocol, its address and its port, and the OS lets only one socket have each name. Each button below makes real bind() calls on this machine and shows what the OS answered. 127.0.0.1 and 127.0.0.2 stand in for two addresses of one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But a server&apos;s listening socket and every socket it accepted share one local address and port. This is allowed because a connection is named by both of its ends. See it on live sockets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w on live sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1: bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol, address:port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::Lab</name>
    <message>
        <source>The socket is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to make room, since the other side had closed and the app was near its limit of open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (limit %2; the last %3 are kept for SocketScope itself)</source>
        <comment>the OS&apos;s words for running out of open files, then the limit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::LabNetwork</name>
    <message>
        <source>The lab helper program (socketscope-labd) is not installed next to SocketScope, so the virtual lab network is off. Reinstall SocketScope to get it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual lab network could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab helper could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual lab network stopped: its helper program ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual lab network needs &quot;user namespaces&quot;, and this system does not allow them for ordinary users (the system said: %1). An administrator can allow them: on Debian, sudo sysctl -w kernel.unprivileged_userns_clone=1; on Ubuntu 24.04 and later, sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0; everywhere, user.max_user_namespaces must be above 0. SocketScope carries on with this machine&apos;s own network, and draws the packets it cannot see as inferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s kernel cannot make virtual network cables or switches (the system said: %1). An administrator can load them with: sudo modprobe veth bridge. SocketScope carries on with this machine&apos;s own network, and draws the packets it cannot see as inferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual lab network could not be built (the system said: %1). SocketScope carries on with this machine&apos;s own network, and draws the packets it cannot see as inferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab network is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab helper is gone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab helper did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab helper is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virtual lab network is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address of any host in the lab network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port-forwarding rule on the router takes no source address (@...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the router&apos;s addresses; the public address is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the address of a lab host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router already forwards %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab has no link called &quot;%1&quot;; its links are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::LabSocket</name>
    <message>
        <source>The socket is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for TCP sockets only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonNotices</name>
    <message>
        <source>This lesson shows real packets in the virtual lab network, which cannot be started here: %1 It runs on this computer&apos;s network instead; the timeline draws the packets it cannot see as inferred, and steps that need the lab&apos;s router are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson runs in the virtual lab network: every arrow on the timeline is a packet that was really captured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonPanel</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <comment>lesson step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back one step (the lesson runs again from the start on fresh sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <comment>lesson step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the steps one after another by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <comment>lesson</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the lesson&apos;s sockets and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lesson files could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Introduction: %n step(s) to go. Press Next to begin.</source>
        <translation>
            <numerusform>Introduction: %n step to go. Press Next to begin.</numerusform>
            <numerusform>Introduction: %n steps to go. Press Next to begin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a lesson: it opens its sockets and shows its first words here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s): click to see them</source>
        <translation>
            <numerusform>%n lesson: click to see it</numerusform>
            <numerusform>%n lessons: click to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonPlayer</name>
    <message>
        <source>This step needs live sockets, and there are none while a recording is replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port forwarder is not available yet in this version, so this step cannot run. The lesson can go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps 1 to %1 ran again on fresh sockets, so the ports may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step needs the router of the virtual lab network, which is not running here, so it cannot run. The lesson can go on without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::LinkFaultPanel</name>
    <message>
        <source>Faults on a link: lose packets, limit the rate, delay (as with --link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. loss=5%,rate=1mbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss=PERCENT with seed=N to lose the same packets again; rate=1mbit with queue=64kb; delay=50ms, jitter=5ms and reorder=25% where the kernel has netem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router, %1 side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faults were not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 works normally again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 has no faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 now has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the faults at the playhead&apos;s instant. Go back to Live to change them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::LiveWords</name>
    <message>
        <source>Live: your own sockets</source>
        <comment>live page: title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part changes by itself whenever something happens to your sockets. It shows only the sockets of your address, %1. (Students who share one address, behind one router, see each other&apos;s.)</source>
        <comment>live page: intro</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the live feed…</source>
        <comment>live page: connecting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: last change at %1</source>
        <comment>live page: live</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live feed was lost; trying again…</source>
        <comment>live page: lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This browser cannot show the live feed.</source>
        <comment>live page: noScript</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <comment>live page: socket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>live page: kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your end</source>
        <comment>live page: yours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s end</source>
        <comment>live page: server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>live page: state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes from you</source>
        <comment>live page: fromYou</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes to you</source>
        <comment>live page: toYou</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page&apos;s live connection</source>
        <comment>live page: page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>live page: closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No socket of yours yet. Connect to the server (another tab, nc, Python) and watch.</source>
        <comment>live page: none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, the newest last</source>
        <comment>live page: happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class challenge</source>
        <comment>live page: challenge/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No challenge is running.</source>
        <comment>live page: challenge/none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge: %1, on port %2 (%3).</source>
        <comment>live page: challenge/what</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher has stopped the challenge.</source>
        <comment>live page: challenge/stopped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not tried yet.</source>
        <comment>live page: challenge/notYet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <comment>live page: challenge/left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up.</source>
        <comment>live page: challenge/over</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections you made: %1</source>
        <comment>live page: challenge/tries</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server got from you:</source>
        <comment>live page: challenge/sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: </source>
        <comment>live page: challenge/note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(worked out from the packets)</source>
        <comment>live page: challenge/inferred</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect with TCP</source>
        <comment>live page: challenge/names/connect</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send your name</source>
        <comment>live page: challenge/names/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a length-prefixed message</source>
        <comment>live page: challenge/names/hex</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a UDP datagram and read the answer</source>
        <comment>live page: challenge/names/udp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect from a port you chose</source>
        <comment>live page: challenge/names/bind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut down sending, then read the reply</source>
        <comment>live page: challenge/names/halfclose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold on while accepting is paused</source>
        <comment>live page: challenge/names/backlog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the text %1</source>
        <comment>live page: challenge/names/custom</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: your connection has not been accepted yet.</source>
        <comment>live page: challenge/verdict/waiting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck in SYN_SENT: the server&apos;s accept queue is full. Keep waiting.</source>
        <comment>live page: challenge/verdict/stuck_syn_sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong port: port %1 answered your SYN with RST (nobody listens there).</source>
        <comment>live page: challenge/verdict/wrong_port</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Not done yet: do what the challenge asks.</source>
        <comment>live page: challenge/verdict/connected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right yet: %1</source>
        <comment>live page: challenge/verdict/wrong_content</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server let your connection go: %1</source>
        <comment>live page: challenge/verdict/refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up: not done in time.</source>
        <comment>live page: challenge/verdict/time_up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s. Well done!</source>
        <comment>live page: challenge/verdict/done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try again</source>
        <comment>live page: challenge/problem/</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you sent is not UTF-8 text</source>
        <comment>live page: challenge/problem/not_text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line was empty</source>
        <comment>live page: challenge/problem/empty_line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long</source>
        <comment>live page: challenge/problem/too_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not the text asked for</source>
        <comment>live page: challenge/problem/not_expected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length prefix does not match the bytes after it</source>
        <comment>live page: challenge/problem/bad_length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not whole hex bytes</source>
        <comment>live page: challenge/problem/bad_hex</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS picked your port; bind() a port yourself before connect()</source>
        <comment>live page: challenge/problem/ephemeral_port</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you closed both ways, so the server&apos;s reply got RST; use shutdown(SHUT_WR)</source>
        <comment>live page: challenge/problem/closed_both</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect again while accepting is paused</source>
        <comment>live page: challenge/problem/not_queued</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your side reset the connection (RST)</source>
        <comment>live page: challenge/problem/reset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>live page: role/accepted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <comment>live page: role/client</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener</source>
        <comment>live page: role/listener</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <comment>live page: role/udp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket was opened</source>
        <comment>live page: ev/socket_opened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted your connection: a new socket, cloned from the listener</source>
        <comment>live page: ev/accepted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your connection waits in the server&apos;s accept queue</source>
        <comment>live page: ev/queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <comment>live page: ev/connected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server received %1 bytes from you</source>
        <comment>live page: ev/data_received</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent you %1 bytes</source>
        <comment>live page: ev/data_sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server received a datagram of %1 bytes from you</source>
        <comment>live page: ev/datagram_received</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent you a datagram of %1 bytes</source>
        <comment>live page: ev/datagram_sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet %1</source>
        <comment>live page: ev/segment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1 → %2</source>
        <comment>live page: ev/state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one side shut down its sending</source>
        <comment>live page: ev/shutdown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server called close()</source>
        <comment>live page: ev/close_called</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket is closed</source>
        <comment>live page: ev/closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <comment>live page: ev/aborted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error</source>
        <comment>live page: ev/error</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::LossyPathPage</name>
    <message>
        <source>The OS refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>read %n byte(s): &quot;%1&quot;</source>
        <translation>
            <numerusform>read %n byte: &quot;%1&quot;</numerusform>
            <numerusform>read %n bytes: &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>In: %1 datagrams. Out: %2. Dropped: %3, sent twice: %4, overtaken: %5, delayed: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: %1 bytes. Out: %2 bytes. Held back: %3 bytes. Lost: none, ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback never loses a packet, so this relay does it on purpose, and the journal marks every such act as &quot;changed on purpose&quot;. The same numbers go over UDP and over TCP. UDP hands over what arrives, in the order it arrives. TCP hands over every byte, in order, but later: a lossy network only slows it down. The seed makes the same losses happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the relay does to UDP datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send t&amp;wice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let &amp;overtake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay by (also every TCP chunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many numbered messages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd numbered messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: each datagram as it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: each read of the byte stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lossy relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP receiver</source>
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
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this? Click anything in the window to have it explained; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mystery fault drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Near the open-files limit: closed the %n oldest connection(s) the other side had closed (CLOSE_WAIT)</source>
        <translation>
            <numerusform>Near the open-files limit: closed %n connection, the oldest one the other side had closed (CLOSE_WAIT)</numerusform>
            <numerusform>Near the open-files limit: closed the %n oldest connections the other side had closed (CLOSE_WAIT)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::MysteryDrill</name>
    <message>
        <source>A mystery-fault drill needs the live lab; a replay cannot run one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill could not hide its fault in the lab network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery fault drill started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not listen (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery fault drill: the guess &quot;%1&quot; is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery fault drill: the guess &quot;%1&quot; is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery fault drill: revealed, the fault was &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery fault drill ended unanswered: no guess and no reveal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::NetworkPanel</name>
    <message>
        <source>Use the virtual lab network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a private network of virtual computers behind a router. Real packets, no root needed, and nothing in it reaches other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port forwarding on the router: what arrives at the router&apos;s public address and port goes on to a computer in the home network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives at (router)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes on to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a computer: name, network, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. pc-c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home network (lan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the internet (wan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sockets live in the virtual lab network: a home network behind a router, and a computer on the internet. A socket&apos;s address says which computer it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sockets live in this computer&apos;s own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public port on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual lab network is up. New sockets are made in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual lab network is down; its sockets were closed. New sockets live in this computer&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router now forwards %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 192.168.0.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined the lab at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording&apos;s lab network, as it was at the playhead&apos;s instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab network as it was at the playhead&apos;s instant. Go back to Live to change it.</source>
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
    <message numerus="yes">
        <source>Socket #%1: %n block(s) of data up to the playhead</source>
        <translation>
            <numerusform>Socket #%1: %n block of data up to the playhead</numerusform>
            <numerusform>Socket #%1: %n blocks of data up to the playhead</numerusform>
        </translation>
    </message>
    <message>
        <source>No data sent or received up to the playhead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::PlaybackBar</name>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the start (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event back (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event forward (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <comment>follow new events as they happen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new events as they happen, one by one at a readable pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move through the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>playback speed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By step</source>
        <comment>timeline spacing: every event the same width</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By real time</source>
        <comment>timeline spacing: proportional to time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By step: every event gets the same room, good for loopback where a handshake takes microseconds. By real time: distances follow the clock; long quiet gaps are folded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom to show everything</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole timeline (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <comment>more timeline controls</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controls there is no room for here: zoom, speed, spacing, export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::PortExplorer</name>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 range (%2-%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service name assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this machine the OS picks client ports from %1-%2 (IANA&apos;s dynamic range is 49152-65535). %3 is one of them, so a client may get it at any moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this machine the OS picks client ports from %1-%2 (IANA&apos;s dynamic range is 49152-65535). %3 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports below %1 are protected here: only the administrator may open a server on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No socket on this machine uses it right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In use now by %n socket(s); see &quot;Who uses this port&quot;.</source>
        <translation>
            <numerusform>In use now by %n socket; see &quot;Who uses this port&quot;.</numerusform>
            <numerusform>In use now by %n sockets; see &quot;Who uses this port&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a port number (0-65535), a service name such as &lt;b&gt;ssh&lt;/b&gt;, or a word such as &lt;b&gt;mail&lt;/b&gt;, or click a port on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is the name of %n service(s):</source>
        <translation>
            <numerusform>&quot;%1&quot; is the name of %n service:</numerusform>
            <numerusform>&quot;%1&quot; is the name of %n services:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) mention &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n service mentions &quot;%1&quot;:</numerusform>
            <numerusform>%n services mention &quot;%1&quot;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing ports %1-%2 (%3 per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loo&amp;k up:</source>
        <comment>a port number or service name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port number, a service name or a word: 443, ssh, mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list of service names was found, so ports have no names here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Service names: %1 (a copy of the IANA registry, %n name(s))</source>
        <translation>
            <numerusform>Service names: %1 (a copy of the IANA registry, %n name)</numerusform>
            <numerusform>Service names: %1 (a copy of the IANA registry, %n names)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service names: %1 (this system&apos;s short list, %n name(s); install libwireshark-data for the full IANA registry)</source>
        <translation>
            <numerusform>Service names: %1 (this system&apos;s short list, %n name; install libwireshark-data for the full IANA registry)</numerusform>
            <numerusform>Service names: %1 (this system&apos;s short list, %n names; install libwireshark-data for the full IANA registry)</numerusform>
        </translation>
    </message>
    <message>
        <source>All 65,536 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use on this machine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every port a socket on this machine holds: TCP listening and connected, UDP bound. Read from the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not list its sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s own sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports the OS picked for lab clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS&apos;s ephemeral range (%1-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range this OS picks client ports from (net.ipv4.ip_local_port_range), hatched, against IANA&apos;s dynamic range 49152-65535, outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>zoom: show all ports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS ephemeral</source>
        <comment>zoom: the OS&apos;s ephemeral port range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a port to look it up. Drag across ports or use the wheel to zoom in; right-click to zoom out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab&apos;s sockets at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::PortForwarder</name>
    <message numerus="yes">
        <source>no datagram either way for %n second(s), so the port forwarder let this flow go</source>
        <translation>
            <numerusform>no datagram either way for %n second, so the port forwarder let this flow go</numerusform>
            <numerusform>no datagram either way for %n seconds, so the port forwarder let this flow go</numerusform>
        </translation>
    </message>
    <message>
        <source>no datagram either way for %1 ms, so the port forwarder let this flow go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::PortMap</name>
    <message>
        <source>Port %1 — %2 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS picks client ports from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In use on this machine: %n socket(s)</source>
        <translation>
            <numerusform>In use on this machine: %n socket</numerusform>
            <numerusform>In use on this machine: %n sockets</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the lab&apos;s sockets uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS picked it for a lab client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::PortMapLegend</name>
    <message>
        <source>%1 (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use on this machine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lab socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port the OS picked for a lab client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS&apos;s ephemeral range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::PortRangeBar</name>
    <message>
        <source>%1
%2-%3</source>
        <comment>a range&apos;s name, then its first and last port</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blocks are not to scale: the well-known ports are only %1 of all %2 ports (%3%), the registered %4%, the dynamic %5%. On the map every port has a cell of the same size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ports, %3% of all. Click to see only these on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::PortUsersView</name>
    <message>
        <source>Click to select this socket in the lab&apos;s tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more socket(s) on this port</source>
        <translation>
            <numerusform>… and %n more socket on this port</numerusform>
            <numerusform>… and %n more sockets on this port</numerusform>
        </translation>
    </message>
    <message>
        <source>lab socket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process (the kernel finishes it alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not told</source>
        <comment>the OS does not say which process holds a socket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <comment>local ip:port of a socket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <comment>remote ip:port of a socket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>kernel socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <comment>which process or lab socket holds it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a port on the map or look one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not list its sockets; no lab socket uses port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No socket uses port %1 right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab socket used port %1 after step %2 of the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::SharedPortDemo</name>
    <message>
        <source>#%1 &lt;TCP, %2, %3&gt;  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listening socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: same local ip:port, its own remote side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::SocketOptionsPanel</name>
    <message>
        <source>No delay (TCP_NODELAY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linger, s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive buf.:</source>
        <comment>SO_RCVBUF, bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send buf.:</source>
        <comment>SO_SNDBUF, bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepalive (SO_KEEPALIVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle, s:</source>
        <comment>keepalive: quiet seconds before the first probe</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval, s:</source>
        <comment>keepalive: seconds between probes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes:</source>
        <comment>keepalive: how many unanswered probes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse address (SO_REUSEADDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse port (SO_REUSEPORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL (hops):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY: small writes leave at once instead of waiting to be joined into one segment (Nagle&apos;s algorithm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_LINGER: how long close() waits for unsent data. 0: close() throws the data away and sends RST instead of FIN. &quot;off&quot;: the usual close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVBUF in bytes: how much the kernel keeps for data not read yet; it sets the window offered to the peer. Linux doubles the value asked for. Set it before connecting (Options field of the form) for the handshake to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SNDBUF in bytes: how much the kernel keeps for data sent and not yet acknowledged. Linux doubles the value asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: after a quiet time the kernel sends probes; a peer that never answers ends the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_KEEPIDLE: seconds of quiet before the first keepalive probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_KEEPINTVL: seconds between keepalive probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_KEEPCNT: unanswered probes before the connection is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_REUSEADDR: bind() to a port still held by old connections (TIME_WAIT). It only counts at bind(): for a new socket, write it in the Options field of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_REUSEPORT: several sockets bind to one port and the kernel spreads new connections among them. It only counts at bind(): write reuseport in the Options field of the form, for each listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP_TTL: how many routers a packet may cross before one drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of the selected socket; beside each, the value the kernel reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <comment>linger</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <comment>option value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <comment>option value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel did not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1: %2 asked %3, kernel uses %4. Linux doubles a buffer size: the extra half is for its own bookkeeping (glossary: &quot;Socket buffer&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1: %2 asked %3, but the kernel keeps %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1: %2 set to %3; the kernel reports the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It only counts at bind(): this socket is bound already; a new one takes it from the Options field of its form.</source>
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
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer the socket lives on: this computer, or one of the virtual lab network&apos;s computers (pc-a, pc-b, remote, the router).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This socket&apos;s IP address and port on its computer (ip:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>socket state: why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>round-trip time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cwnd</source>
        <comment>column: TCP congestion window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <comment>column: round-trip time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resent</source>
        <comment>column: TCP retransmissions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion window: how many segments TCP lets itself send before it waits for an acknowledgement. It grows while all goes well and shrinks when something is lost. Read from the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time: how long a segment and its acknowledgement take, smoothed over the last ones. Read from the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmissions: how many segments TCP had to send again because their acknowledgement did not come in time. Read from the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>column: socket id, where the column is too narrow for its whole heading</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::TablesPage</name>
    <message>
        <source>Sockets: each is &lt;protocol, local ip:port, remote ip:port&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections: each TCP connection is a pair of sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets, all %1: each is &lt;protocol, local ip:port, remote ip:port&gt;</source>
        <comment>%1: TCP or UDP</comment>
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
    <name>SocketScope::TcpStateDiagram</name>
    <message>
        <source>TCP state machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::TimelinePanel</name>
    <message>
        <source>%1 (kernel said %2)</source>
        <comment>state machine key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG picture (*.svg);;PNG picture (*.png);;Mermaid diagram (*.mmd);;PlantUML diagram (*.puml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the visible part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <comment>menu of what the arrow labels show</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the arrow labels show besides the packet&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence numbers as sent (not counted from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default each side&apos;s numbers start at 0, as Wireshark shows them. Switch this on to see the random starting numbers the kernels chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (how much more the receiver can take)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel numbers</source>
        <comment>switch for the strips under the TCP lanes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State machine</source>
        <comment>switch that shows the TCP state machine beside the timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the TCP state machine. On a narrow screen it steps aside so the timeline has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under each TCP lane, what the kernel reports: the congestion window (cwnd), the bytes in flight (sent, not yet acknowledged) and the round-trip time (RTT). A red cross marks a segment sent again. Click to hide or show them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::TimelineView</name>
    <message>
        <source>Made by accept() on the listener: same local address and port, one connection of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click: move the playhead here (every view shows this instant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or drag along the ruler to move the playhead: the tables, the log and the other views show that instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s) above. Click, Page Up or Shift+wheel to see them.</source>
        <translation>
            <numerusform>%n more lane above. Click, Page Up or Shift+wheel to see it.</numerusform>
            <numerusform>%n more lanes above. Click, Page Up or Shift+wheel to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s) below. Click, Page Down or Shift+wheel to see them.</source>
        <translation>
            <numerusform>%n more lane below. Click, Page Down or Shift+wheel to see it.</numerusform>
            <numerusform>%n more lanes below. Click, Page Down or Shift+wheel to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::TopologyView</name>
    <message>
        <source>#%1 %2 %3 listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 ↔ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The virtual lab network is not running. Choose &quot;Use the virtual lab network&quot; above to build it: a home network with two computers behind a router, and a computer on the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside (lan): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside (wan): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going out, the home network speaks as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address translation is off (nft is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no port forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwards %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sockets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 passed on to %3</source>
        <comment>port forwarding: client, public address, inside server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 goes out as %3</source>
        <comment>masquerade: client, server, the router&apos;s public address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translating no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 side: %2</source>
        <comment>a fault on the router&apos;s side of a network</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added yet at this instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ cable: %1</source>
        <comment>a fault on this computer&apos;s cable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording has no lab network: it was made on this computer&apos;s own network, or by a SocketScope that did not yet write the network into its recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this instant the virtual lab network was not running.</source>
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
    <name>SocketScope::WelcomePage</name>
    <message>
        <source>The server could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket #%1 listens on 127.0.0.1:%2 and two clients connected to it; for each connection accept() made one more socket on the server&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual lab network cannot be started here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SocketScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope opens real sockets on this computer and shows them as they live: who listens, who connects, and every packet between them. Where would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson opens the sockets for you, one step at a time, and says what happens. New here? Start with lesson 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or try it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server and two clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a server on 127.0.0.1 and connects two clients to it, then shows them in the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lab network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small virtual network: a home router, two home computers and one out on the internet. Its packets are really captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays sockets and packets that were recorded earlier, in a window of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show this at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &gt; Welcome page brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the empty tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::WindowBanner</name>
    <message>
        <source>Packet capture is off: the capture helper may not capture packets on this computer (the system said: %1). The timeline shows the packets the protocol implies instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To allow it, an administrator runs:
    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To let only some users capture, put them in a group and close the helper to others:
    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet capture is off: the capture helper program (socketscope-capture) is not installed. The timeline shows the packets the protocol implies instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet capture stopped: %1</source>
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
        <source>Showing the start, before the first step: step %1 of %2, event %3 of %4</source>
        <comment>the playhead is in the past; %1 of %2 timeline steps, %3 of %4 events of the event log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1: step %2 of %3, event %4 of %5</source>
        <comment>the playhead is in the past; %1 a time, %2 of %3 timeline steps, %4 of %5 events of the event log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every view shows this instant of the past. Steps are counted as on the timeline&apos;s bar (calls, packets and state changes drawn there); events are the rows of the event log, which selects the last one shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <comment>button: back to the present</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the present again in every view (End on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::WindowDocks</name>
    <message>
        <source>Explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
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
        <source>Show the kernel&apos;s TCP numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the kernel&apos;s TCP numbers (%n hidden)</source>
        <translation>
            <numerusform>Show the kernel&apos;s TCP numbers (%n hidden)</numerusform>
            <numerusform>Show the kernel&apos;s TCP numbers (%n hidden)</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel&apos;s TCP numbers (round-trip time, congestion window, retransmissions) are read for every socket at each poll. They are left out of the log so the calls and packets stay readable; the timeline draws them as strips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log: the playhead is at event %1 of %2; the rows after it have not happened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::WindowMenus</name>
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
        <source>&amp;Capture packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the real packets of SocketScope&apos;s sockets on this machine instead of the ones the protocol implies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type and high contrast for a projector. Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
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
        <source>&amp;Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording beside this session, lined up at the first SYN, with what differs marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten events back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten events forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the playhead: every tab shows the sockets as they were then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketScope::WindowStatus</name>
    <message>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: virtual lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: this computer</source>
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
        <source>Capture: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Capture: %n packet(s) seen</source>
        <translation>
            <numerusform>Capture: %n packet seen</numerusform>
            <numerusform>Capture: %n packets seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n lost: the kernel dropped them)</source>
        <translation>
            <numerusform>(%n lost: the kernel dropped it)</numerusform>
            <numerusform>(%n lost: the kernel dropped them)</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture: off</source>
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
    <message>
        <source>Socket #%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket options set before bind(), as on the command line: nodelay, linger=0, rcvbuf=4096, sndbuf=4096, keepalive, keepidle=10, keepintvl=5, keepcnt=3, reuseaddr, reuseport, ttl=64 (separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reuseport</source>
        <comment>socket options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nodelay,linger=0</source>
        <comment>socket options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rcvbuf=4096</source>
        <comment>socket options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a recording: it shows what happened, step by step, and makes no sockets of its own. To open sockets, start a live session (SocketScope without --replay).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpInfoStrips</name>
    <message>
        <source>cwnd</source>
        <comment>strip under a TCP lane: the congestion window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <comment>strip under a TCP lane: round-trip time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× resent</source>
        <comment>key of the mark on a TCP lane: a segment sent again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cwnd %n segment(s)</source>
        <comment>the congestion window at one instant</comment>
        <translation>
            <numerusform>cwnd %n segment</numerusform>
            <numerusform>cwnd %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <comment>round-trip time at one instant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in flight</source>
        <comment>segments sent and not yet acknowledged</comment>
        <translation>
            <numerusform>%n in flight</numerusform>
            <numerusform>%n in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent again so far</source>
        <comment>segments the kernel retransmitted</comment>
        <translation>
            <numerusform>%n sent again so far</numerusform>
            <numerusform>%n sent again so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in flight (%1 bytes)</source>
        <comment>segments, then bytes, sent and not yet acknowledged</comment>
        <translation>
            <numerusform>%n in flight (%1 bytes)</numerusform>
            <numerusform>%n in flight (%1 bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>in flight</source>
        <comment>strip under a TCP lane: data bytes sent and not yet acknowledged</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <comment>theme</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineExporter</name>
    <message>
        <source>Cannot tell the format from the file name &quot;%1&quot;. Use .svg, .png, .mmd (Mermaid) or .puml (PlantUML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing a picture needs the graphical part of Qt (QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketScope timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence diagram of real sockets recorded by SocketScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture would be too large to draw (%1 x %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>step %1</source>
        <comment>ruler</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 quiet</source>
        <comment>a folded gap in real-time spacing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept queue %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen: a captured packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: implied by the protocol, not seen (hover for why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call the app made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel state and how long it lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting in the accept queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>labels that found no room; hover or zoom in to see them</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>labels hidden behind a +N badge</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events here, too close together to read: zoom in to see them</source>
        <comment>tooltip of a +N badge on a crowded stretch</comment>
        <translation>
            <numerusform>%n event here, too close to the others to read: zoom in to see it</numerusform>
            <numerusform>%n events here, too close together to read: zoom in to see them</numerusform>
        </translation>
    </message>
    <message>
        <source>seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineRows</name>
    <message numerus="yes">
        <source>+%n more socket(s) not drawn</source>
        <comment>the timeline&apos;s last line when it has more lanes than room</comment>
        <translation>
            <numerusform>+%n more socket not drawn</numerusform>
            <numerusform>+%n more sockets not drawn</numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere</source>
        <comment>timeline: the band of programs on no lab computer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router</source>
        <comment>timeline: the band of the lab router&apos;s addresses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>timeline band title: a lab computer&apos;s name, then its address</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>datagram %1</source>
        <comment>arrow label; %1 is a size like 12 B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data %1</source>
        <comment>arrow label; %1 is a size like 5 B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() clone</source>
        <comment>marker: the socket accept() made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1/%2</source>
        <comment>accept queue: waiting/limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <comment>marker: Qt reported the connection open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown()</source>
        <comment>marker; or the peer&apos;s end of stream</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>marker: socket closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort()</source>
        <comment>marker: closed with RST</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>marker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept paused</source>
        <comment>marker: the program stopped calling accept()</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept resumed</source>
        <comment>marker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <comment>marker: a packet with no lane to go to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() was called. To ask for a connection the kernel first sends SYN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() succeeded. That only happens after SYN+ACK came back and this side answered with ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() returned this connection. accept() only hands out connections whose 3-way handshake is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel state changed in a way only this segment explains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() handed these bytes to the kernel, which sends them to the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bytes arrived from a program outside SocketScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() or shutdown() was called. The kernel tells the other side with FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt reported that the other side closed: its FIN arrived, and the kernel acknowledges every FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket closed after the other side did, so its kernel sent FIN too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel answers every FIN with an ACK, even for a program that already closed its socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort() closed the socket with linger 0, which sends RST instead of FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset, so the other side sent RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto() handed this datagram to the kernel. UDP does not say whether it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This datagram arrived from a program outside SocketScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording marks this segment as inferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other program</source>
        <comment>lane of a peer that SocketScope does not own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>lane head: role and socket number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <comment>an arrow deduced, not seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen on the wire. Inferred from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router, rewriting addresses</source>
        <comment>lane of the lab router&apos;s address that packets were rewritten at</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 on %3</source>
        <comment>lane head: role, socket number and the lab computer it is on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not received</source>
        <comment>a datagram arrow whose receiver got nothing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received: this socket did not get the datagram. UDP does not resend it, and the sender is not told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: this socket got the datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to see whether this socket gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>arrow label: TCP flags, then a size like 5 B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq %1</source>
        <comment>TCP sequence number on an arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack %1</source>
        <comment>TCP acknowledgement number on an arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 apart</source>
        <comment>time between two picked events</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind(:%1)</source>
        <comment>call marker; %1 is the port</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() → #%1</source>
        <comment>call marker; %1 is the new socket&apos;s number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send(%1)</source>
        <comment>call marker; %1 is a size like 12 B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() → %1</source>
        <comment>call marker; %1 is a size like 12 B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto(%1)</source>
        <comment>call marker; %1 is a size like 12 B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recvfrom() → %1</source>
        <comment>call marker; %1 is a size like 12 B</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again</source>
        <comment>a TCP segment the sender sent a second time (a retransmission)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win %1</source>
        <comment>TCP window size in bytes on an arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win %1 (scale unknown)</source>
        <comment>TCP window on an arrow, as written in the header: the connection&apos;s start, which says by how much to multiply it, was not seen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram</source>
        <comment>arrow label with no size, where there is no room for one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 bytes. The header field says %2; both SYNs offered window scaling, and this side&apos;s scale is %3, so the field is multiplied by %4.</source>
        <comment>tooltip of a TCP segment; %3 is the shift, %4 is 2 to the power of it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 bytes, as the header field says. One side&apos;s SYN did not offer window scaling, so neither side scales it.</source>
        <comment>tooltip of a TCP segment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 bytes, as the header field says. The window in a SYN is never scaled: the scale is only being agreed on.</source>
        <comment>tooltip of a TCP segment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: the header field says %1, scale unknown. The SYNs that say by how much to multiply it were not seen (the capture began after this connection started), so the real window in bytes may be larger.</source>
        <comment>tooltip of a TCP segment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: the header field says %1, scale unknown. Only one side&apos;s SYN was seen; scaling applies only when both SYNs offer it, so the real window in bytes may be larger.</source>
        <comment>tooltip of a TCP segment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading paused</source>
        <comment>marker: the program stopped calling recv()</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading resumed</source>
        <comment>marker: the program calls recv() again</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Classroom page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replay %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n event(s))</source>
        <translation>
            <numerusform>wrote %1 (%n event)</numerusform>
            <numerusform>wrote %1 (%n events)</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;socketscope --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file %1 could not be read; it was set aside and defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write packets to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classroom page at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lesson &quot;%1&quot;; --list-lessons shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more --client(s) not opened: too many open files</source>
        <translation>
            <numerusform>%n more --client not opened: too many open files</numerusform>
            <numerusform>%n more --clients not opened: too many open files</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a display these work: a lesson run to its end (--lesson ID --autoplay --quit-when-done), drawing a recording (--replay FILE --export OUT.svg), --port-info QUERY and --list-lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 open files allowed (one per socket): not enough for %2 connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start; the window says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drill: could not start; the window says why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
