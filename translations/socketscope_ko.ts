<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <translation>사용법: socketscope [옵션]
SocketScope는 실제 소켓을 열고, 그 소켓에 무슨 일이 일어나는지 보여 줍니다.

  --server tcp:HOST:PORT     시작할 때 TCP 리스너를 엽니다 (여러 번 쓸 수 있음)
  --server udp:HOST:PORT     시작할 때 바인드된 UDP 소켓을 엽니다 (여러 번 쓸 수 있음)
  --client tcp:HOST:PORT[@SOURCE]
                             시작할 때 서버를 연 다음 연결합니다 (여러 번 쓸 수 있음).
                             @SOURCE를 주면 클라이언트를 먼저 그 로컬 주소에 바인드합니다
  --record FILE              실행하는 동안 이벤트 기록(저널)을 JSON Lines 형식으로 FILE에 씁니다
  --replay FILE              실시간 실습 대신 기록 파일을 엽니다
  --export OUT               --replay와 함께: 타임라인을 OUT(.svg, .png,
                             .mmd, .puml)에 그리고, 창을 띄우지 않고 끝냅니다
  --lang ko|en               인터페이스 언어 (기본값: 시스템 언어)
  --port-info QUERY          포트 번호나 서비스 이름에 대해 SocketScope가 아는 내용을
                             출력하고 끝냅니다
  --version                  버전을 출력하고 끝냅니다
  -h, --help                 이 도움말을 출력하고 끝냅니다

HOST는 IP 주소(IPv6는 대괄호 안에: [::1])이거나 localhost 같은 이름입니다.
다른 주소를 지정하지 않으면 리스너는 127.0.0.1(이 컴퓨터만)을 씁니다.
종료 상태: 성공하면 0, 명령줄 형식이 잘못되면 2.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--server %1: %2</source>
        <translation>--server %1: %2</translation>
    </message>
    <message>
        <source>--client %1: %2</source>
        <translation>--client %1: %2</translation>
    </message>
    <message>
        <source>--client %1: clients are TCP; for UDP open a --server udp:HOST:PORT</source>
        <translation>--client %1: 클라이언트는 TCP만 됩니다. UDP를 쓰려면 --server udp:HOST:PORT로 여세요</translation>
    </message>
    <message>
        <source>--record needs a file name</source>
        <translation>--record에는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--replay needs a file name</source>
        <translation>--replay에는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--export works with --replay FILE</source>
        <translation>--export는 --replay FILE과 함께 써야 합니다</translation>
    </message>
    <message>
        <source>--export %1: the file must end in .svg, .png, .mmd or .puml</source>
        <translation>--export %1: 파일 이름은 .svg, .png, .mmd 또는 .puml로 끝나야 합니다</translation>
    </message>
    <message>
        <source>--replay shows a recording; it cannot be combined with --server or --client</source>
        <translation>--replay는 기록을 보여 주기만 하므로 --server나 --client와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--replay and --record cannot be used together</source>
        <translation>--replay와 --record는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--lang %1: choose ko or en</source>
        <translation>--lang %1: ko나 en 중에서 고르세요</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>That is not a port number. A port is a whole number from 0 to 65535.</source>
        <translation>포트 번호가 아닙니다. 포트는 0부터 65535까지의 정수입니다.</translation>
    </message>
    <message>
        <source>That is not an IP address or a host name this machine can find.</source>
        <translation>IP 주소가 아니거나, 이 컴퓨터가 찾을 수 없는 호스트 이름입니다.</translation>
    </message>
    <message>
        <source>Another socket already uses this address and port.</source>
        <translation>다른 소켓이 이미 이 주소와 포트를 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>Ports below 1024 are protected: only the administrator may listen on them.</source>
        <translation>1024보다 작은 포트는 보호되어 있어서 관리자만 그 포트에서 대기(listen)할 수 있습니다.</translation>
    </message>
    <message>
        <source>This machine has no network interface with that IP address.</source>
        <translation>이 컴퓨터에는 그 IP 주소를 가진 네트워크 인터페이스가 없습니다.</translation>
    </message>
    <message>
        <source>The other side refused the connection: nothing listens on that address and port.</source>
        <translation>상대방이 연결을 거부했습니다: 그 주소와 포트에서 대기하는 소켓이 없습니다.</translation>
    </message>
    <message>
        <source>No answer came in time. The server may be too busy (its accept queue is full) or unreachable.</source>
        <translation>제시간에 응답이 오지 않았습니다. 서버가 너무 바쁘거나(수락 대기열이 가득 참) 닿을 수 없는 곳에 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The other side reset the connection (it sent RST): it closed at once, without the usual goodbye.</source>
        <translation>상대방이 연결을 리셋했습니다(RST를 보냄): 평소의 종료 인사 없이 바로 닫았습니다.</translation>
    </message>
    <message>
        <source>No computer with that name could be found.</source>
        <translation>그 이름을 가진 컴퓨터를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The network cannot reach that address.</source>
        <translation>네트워크가 그 주소에 닿을 수 없습니다.</translation>
    </message>
    <message>
        <source>That socket no longer exists.</source>
        <translation>그 소켓은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The socket cannot do that now.</source>
        <translation>소켓이 지금은 그 일을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The operating system will not give this program more sockets (too many open files).</source>
        <translation>운영체제가 이 프로그램에 소켓을 더 내주지 않습니다(열린 파일이 너무 많음).</translation>
    </message>
    <message>
        <source>That is a broadcast address, and sending to everyone was not switched on for this socket.</source>
        <translation>브로드캐스트 주소입니다. 이 소켓에는 모두에게 보내기가 켜져 있지 않습니다.</translation>
    </message>
    <message>
        <source>The datagram is larger than the network can carry in one piece.</source>
        <translation>데이터그램이 네트워크가 한 번에 실어 나를 수 있는 크기보다 큽니다.</translation>
    </message>
    <message>
        <source>The operating system refused.</source>
        <translation>운영체제가 거부했습니다.</translation>
    </message>
    <message>
        <source>Type a number such as 8080, or 0 to let the OS choose.</source>
        <translation>8080 같은 숫자를 입력하거나, 0을 입력해서 OS가 고르게 하세요.</translation>
    </message>
    <message>
        <source>Try 127.0.0.1 (this machine) or ::1 (this machine over IPv6).</source>
        <translation>127.0.0.1(이 컴퓨터) 또는 ::1(IPv6로 이 컴퓨터)을 써 보세요.</translation>
    </message>
    <message>
        <source>Pick another port, or 0 to let the OS choose a free one. A port in TIME_WAIT frees itself after about a minute.</source>
        <translation>다른 포트를 고르거나, 0을 입력해서 OS가 빈 포트를 고르게 하세요. TIME_WAIT 상태인 포트는 1분쯤 지나면 저절로 풀립니다.</translation>
    </message>
    <message>
        <source>Use a port of 1024 or above, for example 8080.</source>
        <translation>1024 이상의 포트를 쓰세요. 예: 8080.</translation>
    </message>
    <message>
        <source>Use 127.0.0.1, or an address this machine has (127.0.0.2 and the like also work on Linux).</source>
        <translation>127.0.0.1이나 이 컴퓨터에 있는 주소를 쓰세요(Linux에서는 127.0.0.2 같은 주소도 됩니다).</translation>
    </message>
    <message>
        <source>Start a server on that port first, or check the port number.</source>
        <translation>먼저 그 포트에서 서버를 시작하거나, 포트 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Resume accepting on the server, or check the address.</source>
        <translation>서버에서 수락을 재개하거나, 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Open a new connection if you need one.</source>
        <translation>필요하면 새 연결을 여세요.</translation>
    </message>
    <message>
        <source>Check the spelling, or type an IP address.</source>
        <translation>철자를 확인하거나 IP 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Check the address, or use a loopback address such as 127.0.0.1.</source>
        <translation>주소를 확인하거나 127.0.0.1 같은 루프백 주소를 쓰세요.</translation>
    </message>
    <message>
        <source>Pick an open socket in the table.</source>
        <translation>표에서 열려 있는 소켓을 고르세요.</translation>
    </message>
    <message>
        <source>Close some sockets first.</source>
        <translation>먼저 소켓을 몇 개 닫으세요.</translation>
    </message>
    <message>
        <source>Tick &quot;Allow broadcast&quot; when you open the UDP socket.</source>
        <translation>UDP 소켓을 열 때 &quot;브로드캐스트 허용&quot;에 체크하세요.</translation>
    </message>
    <message>
        <source>Send less data in one datagram.</source>
        <translation>데이터그램 하나에 담는 데이터를 줄이세요.</translation>
    </message>
</context>
<context>
    <name>IanaRange</name>
    <message>
        <source>well-known</source>
        <comment>IANA port range 0-1023, also called system ports</comment>
        <translation>잘 알려진 포트</translation>
    </message>
    <message>
        <source>registered</source>
        <comment>IANA port range 1024-49151, also called user ports</comment>
        <translation>등록된 포트</translation>
    </message>
    <message>
        <source>dynamic</source>
        <comment>IANA port range 49152-65535, also called private or ephemeral ports</comment>
        <translation>동적 포트</translation>
    </message>
    <message>
        <source>Ports 0 to 1023 belong to common services such as web (80, 443), SSH (22) and DNS (53). IANA assigns them, and on most systems only an administrator may open a server on them.</source>
        <translation>0번부터 1023번 포트는 웹(80, 443), SSH(22), DNS(53) 같은 흔한 서비스용입니다. IANA가 배정하며, 대부분의 시스템에서는 관리자만 이 포트에 서버를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Ports 1024 to 49151 are assigned by IANA to particular applications, for example MySQL on 3306 or an alternate web server on 8080. Any user may open a server on them.</source>
        <translation>1024번부터 49151번 포트는 IANA가 특정 애플리케이션에 배정합니다. 예를 들어 MySQL은 3306, 대체 웹 서버는 8080을 씁니다. 어떤 사용자든 이 포트에 서버를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Ports 49152 to 65535 are never assigned to a service. They are free for private use, and the OS may pick one of them as the local port of a client.</source>
        <translation>49152번부터 65535번 포트는 어떤 서비스에도 배정되지 않습니다. 개인 용도로 자유롭게 쓸 수 있고, OS가 클라이언트의 로컬 포트로 이 가운데 하나를 고르기도 합니다.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>listener</source>
        <comment>socket role</comment>
        <translation>리스너</translation>
    </message>
    <message>
        <source>client</source>
        <comment>socket role</comment>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>socket role: made by accept()</comment>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>datagram</source>
        <comment>socket role: a UDP socket</comment>
        <translation>데이터그램</translation>
    </message>
    <message>
        <source>opening</source>
        <comment>socket state</comment>
        <translation>여는 중</translation>
    </message>
    <message>
        <source>bound</source>
        <comment>socket state</comment>
        <translation>바인드됨</translation>
    </message>
    <message>
        <source>listening</source>
        <comment>socket state</comment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>socket state</comment>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>socket state</comment>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>sending shut</source>
        <comment>socket state: we called shutdown(SHUT_WR)</comment>
        <translation>송신 닫음</translation>
    </message>
    <message>
        <source>peer closed</source>
        <comment>socket state: the other side sent FIN</comment>
        <translation>상대가 닫음</translation>
    </message>
    <message>
        <source>closing</source>
        <comment>socket state</comment>
        <translation>닫는 중</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>socket state</comment>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>reset</source>
        <comment>socket state: closed with RST</comment>
        <translation>리셋됨</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>socket state</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>bound</source>
        <comment>kernel state of a UDP socket</comment>
        <translation>바인드됨</translation>
    </message>
    <message>
        <source>gone</source>
        <comment>the kernel no longer lists the socket</comment>
        <translation>사라짐</translation>
    </message>
    <message>
        <source>The kernel has not said anything about this socket yet.</source>
        <translation>커널이 아직 이 소켓에 대해 알려 준 것이 없습니다.</translation>
    </message>
    <message>
        <source>The connection is open: both sides can send and receive.</source>
        <translation>연결이 열려 있습니다: 양쪽 모두 보내고 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>This side sent SYN to open a connection and waits for SYN+ACK.</source>
        <translation>이쪽이 연결을 열려고 SYN을 보냈고, SYN+ACK를 기다립니다.</translation>
    </message>
    <message>
        <source>A SYN arrived and SYN+ACK was sent back; waiting for the last ACK.</source>
        <translation>SYN이 도착해서 SYN+ACK를 돌려보냈습니다. 마지막 ACK를 기다립니다.</translation>
    </message>
    <message>
        <source>This side closed first and sent FIN; waiting for its ACK.</source>
        <translation>이쪽이 먼저 닫으면서 FIN을 보냈습니다. 그에 대한 ACK를 기다립니다.</translation>
    </message>
    <message>
        <source>Our FIN was acknowledged; waiting for the other side&apos;s FIN.</source>
        <translation>이쪽 FIN에 대한 ACK를 받았습니다. 상대방의 FIN을 기다립니다.</translation>
    </message>
    <message>
        <source>Both sides closed. The side that closed first waits here (60 s on Linux) so late packets cannot confuse a new connection on the same ports.</source>
        <translation>양쪽 모두 닫았습니다. 먼저 닫은 쪽이 여기서 기다립니다(Linux에서는 60초). 늦게 도착한 패킷이 같은 포트를 쓰는 새 연결을 헷갈리게 하지 않도록 하기 위해서입니다.</translation>
    </message>
    <message>
        <source>The socket is closed.</source>
        <translation>소켓이 닫혔습니다.</translation>
    </message>
    <message>
        <source>The other side closed (sent FIN). This side may still send, and should close too.</source>
        <translation>상대방이 닫았습니다(FIN을 보냄). 이쪽은 아직 보낼 수 있지만, 이쪽도 닫아야 합니다.</translation>
    </message>
    <message>
        <source>This side closed after the other side; waiting for the ACK of its FIN.</source>
        <translation>이쪽이 상대방에 이어 닫았습니다. 이쪽 FIN에 대한 ACK를 기다립니다.</translation>
    </message>
    <message>
        <source>Waiting for connection requests. Completed connections wait in the accept queue until the program calls accept().</source>
        <translation>연결 요청을 기다리고 있습니다. 완료된 연결은 프로그램이 accept()를 호출할 때까지 수락 대기열에서 기다립니다.</translation>
    </message>
    <message>
        <source>Both sides sent FIN at the same time; waiting for the ACK.</source>
        <translation>양쪽이 동시에 FIN을 보냈습니다. ACK를 기다립니다.</translation>
    </message>
    <message>
        <source>A connection request is half done: SYN came in, SYN+ACK went out.</source>
        <translation>연결 요청이 절반쯤 진행되었습니다: SYN이 들어왔고 SYN+ACK가 나갔습니다.</translation>
    </message>
    <message>
        <source>A UDP socket bound to its address and port. UDP has no connection, so there is no connection state.</source>
        <translation>주소와 포트에 바인드된 UDP 소켓입니다. UDP에는 연결이 없으므로 연결 상태도 없습니다.</translation>
    </message>
    <message>
        <source>The kernel has let go of this socket.</source>
        <translation>커널이 이 소켓을 정리했습니다.</translation>
    </message>
    <message>
        <source>socket opened</source>
        <translation>소켓 열림</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>바인드됨</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>대기 시작</translation>
    </message>
    <message>
        <source>connect started</source>
        <translation>연결 시작</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>accept queue</source>
        <translation>수락 대기열</translation>
    </message>
    <message>
        <source>data sent</source>
        <translation>데이터 보냄</translation>
    </message>
    <message>
        <source>data received</source>
        <translation>데이터 받음</translation>
    </message>
    <message>
        <source>datagram sent</source>
        <translation>데이터그램 보냄</translation>
    </message>
    <message>
        <source>datagram received</source>
        <translation>데이터그램 받음</translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation>반쯤 닫기(shutdown)</translation>
    </message>
    <message>
        <source>close called</source>
        <translation>close() 호출</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>reset (abort)</source>
        <translation>리셋(중단)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>kernel state</source>
        <translation>커널 상태</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>accepting paused</source>
        <translation>수락 일시 중지</translation>
    </message>
    <message>
        <source>accepting resumed</source>
        <translation>수락 재개</translation>
    </message>
    <message>
        <source>app</source>
        <comment>event source: a call the app made</comment>
        <translation>앱</translation>
    </message>
    <message>
        <source>Qt</source>
        <comment>event source: a Qt signal</comment>
        <translation>Qt</translation>
    </message>
    <message>
        <source>kernel</source>
        <comment>event source</comment>
        <translation>커널</translation>
    </message>
    <message>
        <source>capture</source>
        <comment>event source: a packet seen</comment>
        <translation>캡처</translation>
    </message>
    <message>
        <source>inferred</source>
        <comment>event source: implied, not seen</comment>
        <translation>추론</translation>
    </message>
    <message>
        <source>A call SocketScope made on the socket (application layer).</source>
        <translation>SocketScope가 소켓에 대해 한 호출입니다(애플리케이션 계층).</translation>
    </message>
    <message>
        <source>Something Qt reported about the socket (a signal).</source>
        <translation>Qt가 소켓에 대해 알려 준 것입니다(시그널).</translation>
    </message>
    <message>
        <source>Read from the operating system&apos;s own socket table.</source>
        <translation>운영체제 자체의 소켓 표에서 읽은 것입니다.</translation>
    </message>
    <message>
        <source>A packet seen on the wire.</source>
        <translation>회선에서 관찰한 패킷입니다.</translation>
    </message>
    <message>
        <source>Not seen: implied by the protocol from what was seen.</source>
        <translation>직접 보지는 않았습니다: 관찰한 내용으로부터 프로토콜에 따라 추론한 것입니다.</translation>
    </message>
    <message>
        <source>new %1 socket, cloned from listener #%2</source>
        <translation>새 %1 소켓, 리스너 #%2에서 복제됨</translation>
    </message>
    <message>
        <source>new %1 socket</source>
        <translation>새 %1 소켓</translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation>%1에 바인드됨</translation>
    </message>
    <message>
        <source>listening on %1, backlog %2</source>
        <translation>%1에서 대기 중, 백로그 %2</translation>
    </message>
    <message>
        <source>%1 asks %2 for a connection</source>
        <translation>%1이(가) %2에 연결을 요청함</translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1이(가) %2에 연결됨</translation>
    </message>
    <message>
        <source>accept() returned a socket for %1</source>
        <translation>accept()가 %1의 소켓을 돌려줌</translation>
    </message>
    <message>
        <source>%1 of %2 places in the accept queue used</source>
        <translation>수락 대기열 %2칸 중 %1칸 사용 중</translation>
    </message>
    <message numerus="yes">
        <source>sent %n byte(s)</source>
        <translation>
            <numerusform>%n바이트 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n byte(s)</source>
        <translation>
            <numerusform>%n바이트 받음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent a datagram of %n byte(s) to %1</source>
        <translation>
            <numerusform>%1에 %n바이트 데이터그램을 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received a datagram of %n byte(s) from %1</source>
        <translation>
            <numerusform>%1에서 %n바이트 데이터그램을 받음</numerusform>
        </translation>
    </message>
    <message>
        <source>this side will send no more (FIN)</source>
        <translation>이쪽은 더 이상 보내지 않음(FIN)</translation>
    </message>
    <message>
        <source>the other side closed its sending side (FIN)</source>
        <translation>상대방이 송신 쪽을 닫음(FIN)</translation>
    </message>
    <message>
        <source>close() called</source>
        <translation>close() 호출됨</translation>
    </message>
    <message>
        <source>socket closed</source>
        <translation>소켓 닫힘</translation>
    </message>
    <message>
        <source>closed at once with a reset (RST)</source>
        <translation>리셋(RST)으로 즉시 닫힘</translation>
    </message>
    <message>
        <source>the kernel lists it as %1</source>
        <translation>커널이 %1 상태로 표시함</translation>
    </message>
    <message>
        <source>%1 → the kernel let it go</source>
        <translation>%1 → 커널이 소켓을 정리함</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 [%3] seq %4 ack %5, %n byte(s)</source>
        <translation>
            <numerusform>%1 → %2 [%3] seq %4 ack %5, %n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>the program stopped calling accept()</source>
        <translation>프로그램이 accept() 호출을 멈춤</translation>
    </message>
    <message>
        <source>the program calls accept() again</source>
        <translation>프로그램이 accept()를 다시 호출함</translation>
    </message>
</context>
<context>
    <name>PortInfoReport</name>
    <message>
        <source>socketscope: --port-info: %1</source>
        <translation>socketscope: --port-info: %1</translation>
    </message>
    <message>
        <source>Services whose name or description contains &quot;%1&quot;:</source>
        <translation>이름이나 설명에 &quot;%1&quot;이(가) 들어 있는 서비스:</translation>
    </message>
    <message>
        <source>(only the first %1 are listed; ask for more words to narrow it down)</source>
        <translation>(처음 %1개만 표시합니다. 단어를 더 넣어서 범위를 좁히세요)</translation>
    </message>
    <message>
        <source>Service names from %1, a copy of the IANA registry.</source>
        <translation>서비스 이름 출처: %1 (IANA 등록부 사본).</translation>
    </message>
    <message>
        <source>Service names from %1, this system&apos;s short list (install libwireshark-data for the full IANA registry).</source>
        <translation>서비스 이름 출처: %1, 이 시스템의 짧은 목록 (전체 IANA 등록부를 쓰려면 libwireshark-data를 설치하세요).</translation>
    </message>
    <message>
        <source>No list of service names could be read.</source>
        <translation>서비스 이름 목록을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PortQuery</name>
    <message>
        <source>Type a port number from 0 to 65535, or a service name such as ssh.</source>
        <translation>0부터 65535까지의 포트 번호나 ssh 같은 서비스 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is not a port number: port numbers are never negative. They go from 0 to 65535.</source>
        <translation>%1은(는) 포트 번호가 아닙니다: 포트 번호는 음수가 될 수 없습니다. 0부터 65535까지입니다.</translation>
    </message>
    <message>
        <source>%1 is not a port number: a port is a 16-bit number, so the largest is 65535.</source>
        <translation>%1은(는) 포트 번호가 아닙니다: 포트는 16비트 숫자라서 가장 큰 값이 65535입니다.</translation>
    </message>
    <message>
        <source>No list of service names could be read on this machine, so only port numbers can be looked up.</source>
        <translation>이 컴퓨터에서 서비스 이름 목록을 읽을 수 없어서 포트 번호로만 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>No service name or description contains &quot;%1&quot;. Type a port number from 0 to 65535, or a service name such as ssh.</source>
        <translation>이름이나 설명에 &quot;%1&quot;이(가) 들어 있는 서비스가 없습니다. 0부터 65535까지의 포트 번호나 ssh 같은 서비스 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>SocketScope</name>
    <message>
        <source>Port %1</source>
        <translation>포트 %1</translation>
    </message>
    <message>
        <source>IANA range: %1 (%2-%3)</source>
        <translation>IANA 범위: %1 (%2-%3)</translation>
    </message>
    <message>
        <source>no service name</source>
        <comment>after TCP: or UDP: in --port-info</comment>
        <translation>서비스 이름 없음</translation>
    </message>
    <message>
        <source>This machine&apos;s OS picks client ports from %1-%2; %3 is one of them.</source>
        <translation>이 컴퓨터의 OS는 클라이언트 포트를 %1-%2에서 고릅니다. %3은(는) 이 범위에 들어갑니다.</translation>
    </message>
    <message>
        <source>This machine&apos;s OS picks client ports from %1-%2; %3 is not one of them.</source>
        <translation>이 컴퓨터의 OS는 클라이언트 포트를 %1-%2에서 고릅니다. %3은(는) 이 범위에 들지 않습니다.</translation>
    </message>
    <message>
        <source>Only the administrator may open a server on it here (ports below %1 are protected).</source>
        <translation>이 컴퓨터에서는 관리자만 이 포트에 서버를 열 수 있습니다(%1보다 작은 포트는 보호됨).</translation>
    </message>
    <message>
        <source>In use now: unknown, this system does not list its sockets.</source>
        <translation>현재 사용: 알 수 없음. 이 시스템은 소켓 목록을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>In use now (%1): no socket on this port.</source>
        <translation>현재 사용 (%1): 이 포트를 쓰는 소켓이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>In use now (%1): %n socket(s)</source>
        <translation>
            <numerusform>현재 사용 (%1): 소켓 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (프로세스 %2)</translation>
    </message>
</context>
<context>
    <name>SocketScope::ConnectionTableModel</name>
    <message>
        <source>in the accept queue of #%1</source>
        <comment>server side not accepted yet</comment>
        <translation>#%1의 수락 대기열에 있음</translation>
    </message>
    <message>
        <source>(not in the lab)</source>
        <comment>the other end is a program outside SocketScope</comment>
        <translation>(실습 밖)</translation>
    </message>
    <message>
        <source>waiting for accept()</source>
        <translation>accept() 기다리는 중</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>리셋됨</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>사라짐</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>닫는 중</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>opening (handshake)</source>
        <translation>여는 중(핸드셰이크)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>Listener #%1&apos;s address. Every connection it accepted has this same server side; the client side is what makes each connection different.</source>
        <translation>리스너 #%1의 주소입니다. 이 리스너가 수락한 모든 연결은 서버 쪽이 똑같고, 연결마다 다른 것은 클라이언트 쪽입니다.</translation>
    </message>
    <message>
        <source>The kernel finished the 3-way handshake, so the client is connected, but the server program has not called accept() yet.</source>
        <translation>커널이 3-way 핸드셰이크를 마쳐서 클라이언트는 연결되었지만, 서버 프로그램은 아직 accept()를 호출하지 않았습니다.</translation>
    </message>
    <message>
        <source>The client&apos;s socket (ip:port). Its port was usually picked by the OS.</source>
        <translation>클라이언트의 소켓(ip:port)입니다. 이 포트는 보통 OS가 고른 것입니다.</translation>
    </message>
    <message>
        <source>The server&apos;s socket (ip:port): the address and port it listens on.</source>
        <translation>서버의 소켓(ip:port): 서버가 대기하는 주소와 포트입니다.</translation>
    </message>
    <message>
        <source>The lab socket at the client end and its kernel state.</source>
        <translation>클라이언트 쪽 실습 소켓과 그 커널 상태입니다.</translation>
    </message>
    <message>
        <source>The lab socket at the server end (made by accept()) and its kernel state.</source>
        <translation>서버 쪽 실습 소켓(accept()가 만든 소켓)과 그 커널 상태입니다.</translation>
    </message>
    <message>
        <source>Bytes the client sent to the server.</source>
        <translation>클라이언트가 서버로 보낸 바이트 수입니다.</translation>
    </message>
    <message>
        <source>Bytes the server sent to the client.</source>
        <translation>서버가 클라이언트로 보낸 바이트 수입니다.</translation>
    </message>
    <message>
        <source>Where the connection is in its life: opening, open, closing, closed.</source>
        <translation>연결이 지금 어느 단계에 있는지 보여 줍니다: 여는 중, 열림, 닫는 중, 닫힘.</translation>
    </message>
    <message>
        <source>Client side</source>
        <translation>클라이언트 쪽</translation>
    </message>
    <message>
        <source>Server side</source>
        <translation>서버 쪽</translation>
    </message>
    <message>
        <source>Client socket</source>
        <translation>클라이언트 소켓</translation>
    </message>
    <message>
        <source>Server socket</source>
        <translation>서버 소켓</translation>
    </message>
    <message>
        <source>Client → server</source>
        <translation>클라이언트 → 서버</translation>
    </message>
    <message>
        <source>Server → client</source>
        <translation>서버 → 클라이언트</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>SocketScope::EndpointSpec</name>
    <message>
        <source>&quot;%1&quot; should look like tcp:HOST:PORT</source>
        <translation>&quot;%1&quot;은(는) tcp:HOST:PORT 형식이어야 합니다</translation>
    </message>
    <message>
        <source>the protocol &quot;%1&quot; is neither tcp nor udp</source>
        <translation>프로토콜 &quot;%1&quot;은(는) tcp도 udp도 아닙니다</translation>
    </message>
    <message>
        <source>&quot;@%1&quot;: a source address is only allowed for --client</source>
        <translation>&quot;@%1&quot;: 출발지 주소는 --client에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the source address after &quot;@&quot; is empty</source>
        <translation>&quot;@&quot; 뒤의 출발지 주소가 비어 있습니다</translation>
    </message>
    <message>
        <source>the source address &quot;%1&quot; is not an IP address</source>
        <translation>출발지 주소 &quot;%1&quot;은(는) IP 주소가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port: write HOST:PORT</source>
        <translation>&quot;%1&quot;에 포트가 없습니다: HOST:PORT로 쓰세요</translation>
    </message>
    <message>
        <source>the IPv6 address &quot;%1&quot; must be written in brackets, like [::1]:8080</source>
        <translation>IPv6 주소 &quot;%1&quot;은(는) [::1]:8080처럼 대괄호 안에 써야 합니다</translation>
    </message>
    <message>
        <source>the host before &quot;:%1&quot; is empty</source>
        <translation>&quot;:%1&quot; 앞의 호스트가 비어 있습니다</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 0 to 65535</source>
        <translation>포트 &quot;%1&quot;은(는) 0부터 65535까지의 숫자가 아닙니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Socket</source>
        <comment>column: socket id</comment>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>일어난 일</translation>
    </message>
</context>
<context>
    <name>SocketScope::MainWindow</name>
    <message>
        <source>Socket #%1: %2</source>
        <translation>소켓 #%1: %2</translation>
    </message>
    <message>
        <source>SocketScope</source>
        <translation>SocketScope</translation>
    </message>
    <message>
        <source>SocketScope – replay of %1</source>
        <translation>SocketScope – %1 재생</translation>
    </message>
    <message>
        <source>Sockets and connections</source>
        <translation>소켓과 연결</translation>
    </message>
    <message>
        <source>Sockets: each is &lt;protocol, local ip:port, remote ip:port&gt;</source>
        <translation>소켓: 각 소켓은 &lt;프로토콜, 로컬 ip:port, 원격 ip:port&gt;입니다</translation>
    </message>
    <message>
        <source>Connections: each TCP connection is a pair of sockets</source>
        <translation>연결: 각 TCP 연결은 소켓 한 쌍입니다</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>작업대</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>이벤트 로그</translation>
    </message>
    <message>
        <source>Data of the selected socket</source>
        <translation>선택한 소켓의 데이터</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>기록 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation>기록 중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record to file…</source>
        <translation>파일로 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation>움직임 줄이기(&amp;R)</translation>
    </message>
    <message>
        <source>Do not animate new, changed and closing rows</source>
        <translation>새로 생기거나, 바뀌거나, 닫히는 행에 애니메이션을 쓰지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Follow the event log</source>
        <translation>이벤트 로그 따라가기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SocketScope</source>
        <translation>SocketScope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Kernel view: %1</source>
        <translation>커널 보기: %1</translation>
    </message>
    <message>
        <source>Kernel view off: this system offers neither sock_diag nor /proc/net</source>
        <translation>커널 보기 꺼짐: 이 시스템에는 sock_diag도 /proc/net도 없습니다</translation>
    </message>
    <message>
        <source>Replay: no live kernel view</source>
        <translation>재생: 실시간 커널 보기 없음</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>%1에 기록하는 중</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %1: %n event(s). Nothing here is live.</source>
        <translation>
            <numerusform>%1 재생 중: 이벤트 %n개. 여기 보이는 것은 실시간이 아닙니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) were skipped: %1</source>
        <translation>
            <numerusform>손상된 줄 %n개를 건너뛰었습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open to the network: %1 listen beyond this machine, so other computers can reach them.</source>
        <translation>네트워크에 열려 있음: %1이(가) 이 컴퓨터 밖으로도 열려 대기하고 있어서, 다른 컴퓨터가 접속할 수 있습니다.</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <source>SocketScope recordings (*.jsonl *.json);;All files (*)</source>
        <translation>SocketScope 기록 (*.jsonl *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not open a window for %1.</source>
        <translation>%1을(를) 표시할 창을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Recording saved to %1.</source>
        <translation>기록을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Record to file</source>
        <translation>파일로 기록</translation>
    </message>
    <message>
        <source>SocketScope recordings (*.jsonl)</source>
        <translation>SocketScope 기록 (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Recording everything so far and from now on to %1.</source>
        <translation>지금까지 일어난 일과 앞으로 일어날 일을 모두 %1에 기록합니다.</translation>
    </message>
    <message>
        <source>About SocketScope</source>
        <translation>SocketScope 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocketScope %1&lt;/h3&gt;&lt;p&gt;Real sockets, made visible: the socket and connection tables, handshakes and ports as they happen.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SocketScope %1&lt;/h3&gt;&lt;p&gt;실제 소켓을 눈에 보이게: 소켓 표와 연결 표, 핸드셰이크와 포트를 일어나는 그대로 보여 줍니다.&lt;/p&gt;&lt;p&gt;Qt %2(으)로 빌드했고, Qt %3에서 실행 중입니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SocketScope::PayloadView</name>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16진수</translation>
    </message>
    <message>
        <source>Show the bytes as text, or as hexadecimal numbers</source>
        <translation>바이트를 텍스트로 보거나 16진수로 봅니다</translation>
    </message>
    <message>
        <source>Select a socket to see the data it sent and received.</source>
        <translation>소켓을 선택하면 그 소켓이 보내고 받은 데이터를 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>→ sent %n byte(s)</source>
        <translation>
            <numerusform>→ %n바이트 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>← received %n byte(s)</source>
        <translation>
            <numerusform>← %n바이트 받음</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>(받는 곳 %1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>(보낸 곳 %1)</translation>
    </message>
    <message numerus="yes">
        <source>(only the first %n byte(s) are kept)</source>
        <translation>
            <numerusform>(처음 %n바이트만 보관합니다)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Socket #%1: %n block(s) of data</source>
        <translation>
            <numerusform>소켓 #%1: 데이터 블록 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No data sent or received yet.</source>
        <translation>아직 보내거나 받은 데이터가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::SocketTableModel</name>
    <message>
        <source>%1 / %2 (paused)</source>
        <translation>%1 / %2 (일시 중지)</translation>
    </message>
    <message>
        <source>The same local address and port as listener #%1: the kernel tells them apart by the whole &lt;protocol, local, remote&gt; tuple.</source>
        <translation>리스너 #%1과(와) 로컬 주소와 포트가 같습니다: 커널은 &lt;프로토콜, 로컬, 원격&gt; 튜플 전체로 둘을 구별합니다.</translation>
    </message>
    <message>
        <source>Connections the kernel finished (3-way handshake done) that wait for the program to call accept(), and how many may wait.</source>
        <translation>커널이 받아들인 연결(3-way 핸드셰이크 완료) 가운데 프로그램이 accept()를 호출하기를 기다리는 연결 수와, 최대 몇 개까지 기다릴 수 있는지입니다.</translation>
    </message>
    <message>
        <source>Socket</source>
        <comment>column: socket id</comment>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>로컬 주소</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>원격 주소</translation>
    </message>
    <message>
        <source>App state</source>
        <translation>앱 상태</translation>
    </message>
    <message>
        <source>Kernel state</source>
        <translation>커널 상태</translation>
    </message>
    <message>
        <source>Accept queue</source>
        <translation>수락 대기열</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>받은 바이트</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>보낸 바이트</translation>
    </message>
    <message>
        <source>Reads</source>
        <comment>column: how many reads returned data</comment>
        <translation>읽기 횟수</translation>
    </message>
    <message>
        <source>Writes</source>
        <comment>column: how many writes were made</comment>
        <translation>쓰기 횟수</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>연 시각</translation>
    </message>
    <message>
        <source>SocketScope&apos;s number for the socket.</source>
        <translation>SocketScope가 소켓에 붙인 번호입니다.</translation>
    </message>
    <message>
        <source>listener: waits for connections; client: asks for one; accepted: the new socket accept() made for one client; datagram: UDP.</source>
        <translation>리스너: 연결을 기다립니다. 클라이언트: 연결을 요청합니다. 수락됨: accept()가 클라이언트 하나를 위해 만든 새 소켓입니다. 데이터그램: UDP 소켓입니다.</translation>
    </message>
    <message>
        <source>TCP: a reliable, ordered byte stream over a connection. UDP: separate datagrams, no connection.</source>
        <translation>TCP: 연결 위에서 오가는, 믿을 수 있고 순서가 지켜지는 바이트 스트림. UDP: 연결 없이 하나씩 따로 보내는 데이터그램.</translation>
    </message>
    <message>
        <source>This socket&apos;s IP address and port on this machine (ip:port).</source>
        <translation>이 컴퓨터에서 이 소켓이 쓰는 IP 주소와 포트(ip:port)입니다.</translation>
    </message>
    <message>
        <source>The IP address and port of the other end. *:* means any: a listener or UDP socket has no single peer.</source>
        <translation>상대편의 IP 주소와 포트입니다. *:*는 &apos;아무 곳&apos;이라는 뜻입니다: 리스너나 UDP 소켓에는 정해진 상대가 하나만 있지 않습니다.</translation>
    </message>
    <message>
        <source>What the program did with the socket, as Qt reports it.</source>
        <translation>프로그램이 소켓으로 한 일을 Qt가 알려 준 대로 보여 줍니다.</translation>
    </message>
    <message>
        <source>The TCP state the operating system keeps for the socket, read from the kernel.</source>
        <translation>운영체제가 소켓에 대해 관리하는 TCP 상태로, 커널에서 읽어 옵니다.</translation>
    </message>
    <message>
        <source>Connections waiting for accept(), and the most that may wait (the backlog).</source>
        <translation>accept()를 기다리는 연결 수와, 기다릴 수 있는 최대 수(백로그).</translation>
    </message>
    <message>
        <source>Bytes received.</source>
        <translation>받은 바이트 수.</translation>
    </message>
    <message>
        <source>Bytes sent.</source>
        <translation>보낸 바이트 수.</translation>
    </message>
    <message>
        <source>How many reads (TCP) or datagrams (UDP) came in.</source>
        <translation>데이터를 받은 읽기 횟수(TCP) 또는 받은 데이터그램 수(UDP).</translation>
    </message>
    <message>
        <source>How many writes (TCP) or datagrams (UDP) went out.</source>
        <translation>쓰기 횟수(TCP) 또는 보낸 데이터그램 수(UDP).</translation>
    </message>
    <message>
        <source>When the socket was opened, in seconds since the session began.</source>
        <translation>소켓을 연 시각으로, 세션이 시작된 뒤 지난 초입니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::TcpConnection</name>
    <message>
        <source>No answer to the connection request</source>
        <translation>연결 요청에 응답이 없습니다</translation>
    </message>
    <message>
        <source>The socket is not connected</source>
        <translation>소켓이 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>The peer reset the connection</source>
        <translation>상대방이 연결을 리셋했습니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::UdpEndpoint</name>
    <message>
        <source>The socket is closed</source>
        <translation>소켓이 닫혀 있습니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::Workbench</name>
    <message>
        <source>TCP server</source>
        <translation>TCP 서버</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Backlog:</source>
        <translation>백로그:</translation>
    </message>
    <message>
        <source>How many finished connections may wait for accept() (the accept queue).</source>
        <translation>accept()를 기다릴 수 있는 완료된 연결의 수입니다(수락 대기열).</translation>
    </message>
    <message>
        <source>0 to 65535. 0 lets the OS pick a free port.</source>
        <translation>0부터 65535까지. 0이면 OS가 빈 포트를 고릅니다.</translation>
    </message>
    <message>
        <source>127.0.0.1 and ::1 are this machine only. 0.0.0.0 and :: mean every interface: other computers can connect.</source>
        <translation>127.0.0.1과 ::1은 이 컴퓨터 안에서만 쓰입니다. 0.0.0.0과 ::는 모든 인터페이스를 뜻해서 다른 컴퓨터도 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>대기 시작</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>TCP 클라이언트</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>출발지 주소:</translation>
    </message>
    <message>
        <source>Optional: the local address to connect from. Empty lets the OS choose. The local port is always picked by the OS.</source>
        <translation>선택 사항: 연결할 때 쓸 로컬 주소입니다. 비워 두면 OS가 고릅니다. 로컬 포트는 항상 OS가 고릅니다.</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>클라이언트 수:</translation>
    </message>
    <message>
        <source>How many clients to connect at once. Each gets its own port from the OS.</source>
        <translation>한 번에 연결할 클라이언트 수입니다. 클라이언트마다 OS에게서 자기 포트를 받습니다.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>UDP socket</source>
        <translation>UDP 소켓</translation>
    </message>
    <message>
        <source>Allow broadcast</source>
        <translation>브로드캐스트 허용</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>바인드</translation>
    </message>
    <message>
        <source>Selected socket</source>
        <translation>선택한 소켓</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>데이터:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>받는 곳:</translation>
    </message>
    <message>
        <source>UDP only: ip:port, ip:port ...</source>
        <translation>UDP 전용: ip:port, ip:port ...</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Shut down sending</source>
        <translation>송신 닫기</translation>
    </message>
    <message>
        <source>Half-close: send FIN, keep receiving (shutdown of the write side).</source>
        <translation>반쯤 닫기: FIN을 보내고 수신은 계속합니다(쓰기 쪽 shutdown).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close gracefully: the 4-way close with FIN and ACK.</source>
        <translation>정상 종료: FIN과 ACK를 주고받는 4-way 종료입니다.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>리셋</translation>
    </message>
    <message>
        <source>Abort: close at once and send RST instead of FIN.</source>
        <translation>강제 종료: FIN 대신 RST를 보내고 바로 닫습니다.</translation>
    </message>
    <message>
        <source>Max. connections:</source>
        <translation>최대 연결 수:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>At most this many accepted sockets open at once; further clients wait in the kernel&apos;s accept queue.</source>
        <translation>수락된 소켓을 한 번에 최대 이만큼만 엽니다. 나머지 클라이언트는 커널의 수락 대기열에서 기다립니다.</translation>
    </message>
    <message>
        <source>Not loopback: other computers on the network will be able to connect to this server.</source>
        <translation>루프백이 아님: 네트워크의 다른 컴퓨터가 이 서버에 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Socket #%1 listens on %2.</source>
        <translation>소켓 #%1이(가) %2에서 대기합니다.</translation>
    </message>
    <message>
        <source>It is reachable from other computers.</source>
        <translation>다른 컴퓨터에서도 접속할 수 있습니다.</translation>
    </message>
    <message>
        <source>From address &quot;%1&quot;: %2</source>
        <translation>출발지 주소 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Socket #%1 connects from %2 to %3.</source>
        <translation>소켓 #%1이(가) %2에서 %3(으)로 연결합니다.</translation>
    </message>
    <message>
        <source>UDP socket #%1 is bound to %2.</source>
        <translation>UDP 소켓 #%1이(가) %2에 바인드되었습니다.</translation>
    </message>
    <message>
        <source>Send to &quot;%1&quot;: %2</source>
        <translation>받는 곳 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Type where to send the datagram, for example 127.0.0.1:9000.</source>
        <translation>데이터그램을 보낼 곳을 입력하세요. 예: 127.0.0.1:9000.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s).</source>
        <translation>
            <numerusform>%n바이트를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listener #%1 stopped calling accept(). New clients still finish the handshake and wait in the accept queue.</source>
        <translation>리스너 #%1이(가) accept() 호출을 멈췄습니다. 새 클라이언트는 여전히 핸드셰이크를 마치고 수락 대기열에서 기다립니다.</translation>
    </message>
    <message>
        <source>Listener #%1 accepts again.</source>
        <translation>리스너 #%1이(가) 다시 수락합니다.</translation>
    </message>
    <message>
        <source>Select a socket in a table to command it.</source>
        <translation>명령을 내릴 소켓을 표에서 선택하세요.</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4</source>
        <translation>#%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>Resume accepting</source>
        <translation>수락 재개</translation>
    </message>
    <message>
        <source>Pause accepting</source>
        <translation>수락 일시 중지</translation>
    </message>
    <message>
        <source>While paused the program does not call accept(); the kernel still completes handshakes and queues them.</source>
        <translation>일시 중지 중에는 프로그램이 accept()를 호출하지 않습니다. 커널은 여전히 핸드셰이크를 마치고 연결을 대기열에 넣습니다.</translation>
    </message>
</context>
</TS>
