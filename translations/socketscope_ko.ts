<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CommandLine</name>
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
    <message>
        <source>--autoplay and --quit-when-done work with --lesson ID</source>
        <translation>--autoplay와 --quit-when-done은 --lesson ID와 함께 써야 합니다</translation>
    </message>
    <message>
        <source>--quit-when-done works with --autoplay</source>
        <translation>--quit-when-done은 --autoplay와 함께 써야 합니다</translation>
    </message>
    <message>
        <source>--forward %1: %2</source>
        <translation>--forward %1: %2</translation>
    </message>
    <message>
        <source>--classroom %1: %2</source>
        <translation>--classroom %1: %2</translation>
    </message>
    <message>
        <source>--port-info prints and exits; it cannot be combined with --server, --client or --replay</source>
        <translation>--port-info는 출력하고 바로 종료하므로 --server, --client, --replay와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--pcap needs a file name, such as capture.pcapng</source>
        <translation>--pcap에는 capture.pcapng 같은 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--network %1: choose host (this machine) or lab (the virtual lab network)</source>
        <translation>--network %1: host(이 컴퓨터)나 lab(가상 실습 네트워크) 중에서 고르세요</translation>
    </message>
    <message>
        <source>--nat %1: %2</source>
        <translation>--nat %1: %2</translation>
    </message>
    <message>
        <source>--nat %1: a rule on the router takes no @SOURCE</source>
        <translation>--nat %1: 공유기의 규칙에는 @SOURCE를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--nat adds a rule to the lab&apos;s router; use it with --network lab</source>
        <translation>--nat는 실습 네트워크의 공유기에 규칙을 추가하므로 --network lab과 함께 써야 합니다</translation>
    </message>
    <message>
        <source>--replay shows a recording; --network lab needs live sockets</source>
        <translation>--replay는 기록을 보여 줍니다. --network lab에는 실시간 소켓이 필요합니다</translation>
    </message>
    <message>
        <source>--replay shows a recording; --capture and --pcap need live sockets</source>
        <translation>--replay는 기록을 보여 줍니다. --capture와 --pcap에는 실시간 소켓이 필요합니다</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>%1번째 인수</translation>
    </message>
    <message>
        <source>%1: the value is %2 characters long; the longest SocketScope reads is %3</source>
        <translation>%1: 값의 길이가 %2자입니다. SocketScope가 읽을 수 있는 가장 긴 값은 %3자입니다</translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once</source>
        <translation>--%1 옵션을 여러 번 주었습니다. 한 번만 주세요</translation>
    </message>
    <message>
        <source>--client %1: a client needs a port from 1 to 65535</source>
        <translation>--client %1: 클라이언트에는 1부터 65535까지의 포트가 필요합니다</translation>
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
        <translation>
두 녹화 비교하기 (출력하고 끝냄):
  --compare A.jsonl B.jsonl  두 녹화의 다른 점을 출력 (한쪽에만 있는 세그먼트나
                             상태, 다른 플래그나 크기). 각각의 첫 SYN에 맞춰
                             나란히 놓음. 파일이 녹화가 아니면 종료 코드 1
  --anchor syn|data|fin|rst|start
                             --compare와 함께: 각각의 첫 SYN(기본값), 첫 데이터,
                             첫 FIN, 첫 RST, 또는 맨 처음에 맞춰 나란히 놓음
</translation>
    </message>
    <message>
        <source>--anchor works with --compare A.jsonl B.jsonl</source>
        <translation>--anchor는 --compare A.jsonl B.jsonl과 함께 씁니다</translation>
    </message>
    <message>
        <source>--compare needs two recordings: --compare A.jsonl B.jsonl</source>
        <translation>--compare에는 녹화 두 개가 필요합니다: --compare A.jsonl B.jsonl</translation>
    </message>
    <message>
        <source>--anchor %1: choose syn, data, fin, rst or start</source>
        <translation>--anchor %1: syn, data, fin, rst, start 중에서 고르세요</translation>
    </message>
    <message>
        <source>--compare prints and exits; it cannot be combined with --%1</source>
        <translation>--compare는 출력하고 끝나므로 --%1과 함께 쓸 수 없습니다</translation>
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
        <translation>
녹화 위에서 하는 수업:
  --lesson FILE.json         --lesson에는 내장 수업 id 대신 수업 파일(/가 들어 있거나
                             .json으로 끝나는 경로)도 줄 수 있음
  --replay FILE --lesson ID|FILE.json
                             녹화 위에서 수업 진행: 각 단계가 재생 위치를 옮기고
                             모든 화면이 그 순간을 보여 줌. 보여 주기만 하는
                             단계로 된 수업만 가능 (소켓을 여는 수업은 종료 코드 2).
                             자기 녹화가 딸린 수업은 --lesson ID만으로 그 녹화를 엶.
                             수업 파일이나 녹화를 읽을 수 없거나 손상되었으면
                             종료 코드 1
</translation>
    </message>
    <message>
        <source>--lesson needs a lesson id or a lesson file; --list-lessons shows the ids</source>
        <translation>--lesson에는 수업 id나 수업 파일이 필요합니다. --list-lessons로 id를 볼 수 있습니다</translation>
    </message>
    <message>
        <source>--replay shows a recording; --classroom and --forward need a live lab</source>
        <translation>--replay는 녹화를 보여 줍니다. --classroom과 --forward에는 실시간 실습 네트워크가 필요합니다</translation>
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
        <translation>
실습 네트워크 링크의 장애 (--network lab과 함께):
  --link NAME:FAULTS         링크를 일부러 나쁘게 만듭니다. 예:
                             --link wan:loss=5%,rate=1mbit. NAME은 컴퓨터의
                             케이블(pc-a, pc-b, remote)이나, 한 네트워크(lan,
                             wan)에 닿는 공유기 쪽 케이블입니다.
                             FAULTS: loss=PERCENT[,seed=N] (seed는 버릴 패킷을
                             정함), rate=1mbit[,queue=64kb],
                             delay=50ms[,jitter=5ms][,reorder=25%] (delay와
                             reorder에는 커널의 netem 모듈이 필요함).
                             여러 번 사용 가능
</translation>
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
        <translation>
소켓 옵션 (--server나 --client 뒤에 쉼표로 구분해서 씀):
  --server tcp:127.0.0.1:8080,reuseport,rcvbuf=4096
  --client tcp:127.0.0.1:8080,nodelay,linger=0
                             bind() 전에 설정하며, 각 옵션을 커널이 알려 준
                             값과 함께 기록에 씁니다:
    nodelay                  TCP_NODELAY: 작은 쓰기를 바로 보냅니다(Nagle 없음)
    linger=SECONDS|off       SO_LINGER: 아직 못 보낸 데이터를 close()가 얼마나
                             기다릴지. linger=0: close()가 바로 리셋(RST)을 보냄
    rcvbuf=BYTES, sndbuf=BYTES
                             SO_RCVBUF, SO_SNDBUF: 버퍼 크기(Linux는 두 배로 함)
    keepalive                SO_KEEPALIVE: 한동안 조용한 연결이 살아 있는지 확인
    keepidle=S, keepintvl=S, keepcnt=N
                             TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT: 그 타이머
    reuseaddr, reuseport     SO_REUSEADDR, SO_REUSEPORT: 포트를 함께 씀(reuseport:
                             리스너 여러 개, 커널이 연결을 나눠 줌)
    ttl=HOPS                 IP_TTL (1부터 255까지)
  켜기/끄기 옵션에는 =on이나 =off도 쓸 수 있습니다(nodelay=off). udp: 소켓에
  TCP 전용 옵션을 주거나, 알 수 없는 옵션이나 범위를 벗어난 값을 주면 상태 2로
  종료합니다.
</translation>
    </message>
    <message>
        <source>--challenge %1: no such challenge; there are %2</source>
        <translation>--challenge %1: 그런 도전 과제가 없습니다. 있는 도전 과제: %2</translation>
    </message>
    <message>
        <source>--challenge %1: %2</source>
        <translation>--challenge %1: %2</translation>
    </message>
    <message>
        <source>--link %1: %2</source>
        <translation>--link %1: %2</translation>
    </message>
    <message>
        <source>--link makes a link of the lab network worse; use it with --network lab</source>
        <translation>--link는 실습 네트워크의 링크를 나쁘게 만들므로 --network lab과 함께 써야 합니다</translation>
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
        <translation>사용법: socketscope [옵션]
SocketScope는 실제 소켓을 열고 그 소켓에 무슨 일이 일어나는지 보여 줍니다.

  --server tcp:HOST:PORT     시작할 때 TCP 리스너를 엽니다(여러 번 사용 가능)
  --server udp:HOST:PORT     시작할 때 바인드된 UDP 소켓을 엽니다(여러 번 사용 가능)
  --client tcp:HOST:PORT[@SOURCE]
                             시작할 때 서버를 연 다음 연결합니다(여러 번 사용 가능).
                             @SOURCE: 클라이언트를 먼저 그 로컬 주소에 바인드합니다
  --record FILE              실행하는 동안 기록을 FILE에 JSON Lines 형식으로 씁니다
  --replay FILE              실시간 실습 대신 녹화 파일을 엽니다
  --export OUT               --replay와 함께: 타임라인을 OUT(.svg, .png,
                             .mmd, .puml)에 그리고 창 없이 종료합니다
  --lang ko|en               인터페이스 언어(기본값: 시스템 언어)
  --port-info QUERY          포트 번호나 서비스 이름에 대해 SocketScope가 아는
                             내용을 출력하고 종료합니다
  --forward tcp:LISTEN_HOST:PORT=TARGET_HOST:PORT[@SOURCE]
                             포트 포워더를 시작합니다(udp:도 가능). @SOURCE는
                             포워더가 보낼 때 쓰는 주소입니다(여러 번 사용 가능)
  --lesson ID                내장 수업을 엽니다(--list-lessons 참고)
  --autoplay                 --lesson과 함께: 수업을 자동으로 진행합니다
  --quit-when-done           --autoplay와 함께: 수업이 끝나면 종료합니다(상태 0)
  --list-lessons             수업 목록을 한 줄에 하나씩 출력합니다: id, 그다음 제목
  --classroom HOST:PORT      교실 페이지를 엽니다: 접속한 브라우저는 자기 연결을
                             직접 봅니다(다른 주소를 지정하지 않으면 루프백)
  --challenge NAME[@HOST:PORT]
                             도전 과제를 시작합니다(connect, name, hex, udp,
                             bind, halfclose, backlog). 학생들의 소켓이 한 사람에
                             한 행씩 나타납니다(다른 주소를 지정하지 않으면 루프백).
                             --replay와 함께 쓰면: 녹화를 그 과제로, 그 포트에서,
                             재생 위치까지 채점합니다
  --challenge-time TIME      --challenge와 함께: 제한 시간(90s, 5m, 1m30s; 최대
                             60m). 현황판에 남은 시간이 줄어드는 것이 보입니다
  --presentation             발표 모드(프로젝터)로 시작합니다: 전체 화면,
                             큰 글자. F5나 Esc로 나갑니다
  --capture                  이 컴퓨터의 네트워크에서 SocketScope 소켓의 패킷을
                             캡처합니다(캡처 도우미에 권한이 있어야 합니다.
                             권한을 주는 방법은 창에서 알려 줍니다)
  --pcap FILE.pcapng         캡처한 모든 패킷을 FILE.pcapng에 씁니다.
                             Wireshark와 tshark로 열 수 있는 파일입니다
  --network host|lab         소켓이 있을 곳: 이 컴퓨터 자체의 네트워크(기본값)
                             또는 공유기 뒤의 홈 네트워크인 개인용 가상 실습
                             네트워크(root 권한 필요 없음)
  --nat tcp:PUBLIC:PORT=PRIVATE:PORT
                             --network lab과 함께: 실습 네트워크 공유기의 포트
                             포워딩 규칙. 예: tcp:203.0.113.1:8080=192.168.0.10:80
                             (udp:도 가능, 여러 번 사용 가능)
  --version                  버전을 출력하고 종료합니다
  -h, --help                 이 도움말을 출력하고 종료합니다

HOST는 IP 주소(IPv6는 대괄호 안에: [::1])나 localhost 같은 이름입니다.
다른 주소를 지정하지 않으면 리스너는 127.0.0.1(이 컴퓨터만)을 사용합니다.
종료 상태: 성공하면 0, 명령줄이 잘못되면 2.
</translation>
    </message>
    <message>
        <source>--challenge-time works with --challenge NAME</source>
        <translation>--challenge-time은 --challenge NAME과 함께 써야 합니다</translation>
    </message>
    <message>
        <source>--challenge-time %1: write the time as seconds or minutes, like 90s, 5m or 1m30s</source>
        <translation>--challenge-time %1: 시간을 초나 분으로 쓰세요. 예: 90s, 5m, 1m30s</translation>
    </message>
    <message>
        <source>--challenge-time %1: the time must be longer than 0 seconds</source>
        <translation>--challenge-time %1: 시간은 0초보다 길어야 합니다</translation>
    </message>
    <message>
        <source>--challenge-time %1: at most %2 minutes</source>
        <translation>--challenge-time %1: 최대 %2분까지입니다</translation>
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
        <translation>
미스터리 고장 연습 (가상 실습 네트워크에서):
  --drill NAME|random[:SEED]
                             실습 네트워크에 고장 하나를 숨기고 미스터리 고장
                             페이지를 엽니다. 고장: blackhole, reject, drop,
                             backlog, zerowindow, wrongforward. random은 하나를
                             무작위로 고르고, 같은 SEED는 늘 같은 고장을
                             고릅니다(반 전체에 같은 random:SEED를 주세요)
</translation>
    </message>
    <message>
        <source>--drill %1: %2</source>
        <translation>--drill %1: %2</translation>
    </message>
    <message>
        <source>--replay shows a recording; --drill needs live sockets</source>
        <translation>--replay는 녹화 파일을 보여 줍니다. --drill에는 실시간 소켓이 필요합니다</translation>
    </message>
    <message>
        <source>--drill hides its fault in the virtual lab network; it cannot run with --network host</source>
        <translation>--drill은 가상 실습 네트워크에 고장을 숨기므로 --network host와 함께 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: %2 건너뜀</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Lined up from each one&apos;s %1: %2 steps in A, %3 in B.</source>
        <translation>각각의 %1에 맞춰 나란히 놓았습니다: A는 %2단계, B는 %3단계.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>다른 점이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>다른 점 %n개:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>%1 → %2</source>
        <comment>an arrow from one socket to another</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>now %1</source>
        <comment>a TCP state the socket moved to</comment>
        <translation>이제 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the accept queue</source>
        <translation>
            <numerusform>accept 큐에서 %n개 기다림</numerusform>
        </translation>
    </message>
    <message>
        <source>appears</source>
        <translation>나타남</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>time after the anchor</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>only in A: %1: %2</source>
        <translation>A에만 있음: %1: %2</translation>
    </message>
    <message>
        <source>only in B: %1: %2</source>
        <translation>B에만 있음: %1: %2</translation>
    </message>
    <message>
        <source>%1 (in B: %2)</source>
        <translation>%1 (B에서는 %2)</translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B</source>
        <translation>%1: A는 %2, B는 %3</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>time, then what differs</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>first SYN</source>
        <translation>첫 SYN</translation>
    </message>
    <message>
        <source>first data</source>
        <translation>첫 데이터</translation>
    </message>
    <message>
        <source>first FIN</source>
        <translation>첫 FIN</translation>
    </message>
    <message>
        <source>first RST</source>
        <translation>첫 RST</translation>
    </message>
    <message>
        <source>start</source>
        <comment>line the sessions up from their very beginning</comment>
        <translation>맨 처음</translation>
    </message>
    <message>
        <source>Neither session has a %1, so there is nothing to line up. Choose another place to start.</source>
        <translation>두 세션 모두에 %1 단계가 없어서 맞출 곳이 없습니다. 다른 시작점을 고르세요.</translation>
    </message>
    <message>
        <source>Session %1 has no %2: all of the other session&apos;s steps count as differences. Choose another place to start.</source>
        <translation>세션 %1에는 %2 단계가 없습니다. 다른 세션의 모든 단계가 다른 점으로 셉니다. 다른 시작점을 고르세요.</translation>
    </message>
</context>
<context>
    <name>DrillChoice</name>
    <message>
        <source>give the name of a drill (%1), or random, or random:SEED</source>
        <translation>연습 이름(%1)이나 random, 또는 random:SEED를 쓰세요</translation>
    </message>
    <message>
        <source>the seed after random: must be a whole number from 0 to 4294967295</source>
        <translation>random: 뒤의 seed는 0부터 4294967295까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>there is no such drill; the drills are %1, or random, or random:SEED</source>
        <translation>그런 연습은 없습니다. 쓸 수 있는 연습: %1, random, random:SEED</translation>
    </message>
</context>
<context>
    <name>DrillWords</name>
    <message>
        <source>One-way black hole</source>
        <translation>한쪽 방향 블랙홀</translation>
    </message>
    <message>
        <source>The port is refused (reset)</source>
        <translation>포트가 거부됨 (리셋)</translation>
    </message>
    <message>
        <source>The port is silently dropped</source>
        <translation>포트로 보낸 것이 조용히 버려짐</translation>
    </message>
    <message>
        <source>Full backlog</source>
        <translation>가득 찬 백로그</translation>
    </message>
    <message>
        <source>Zero window</source>
        <translation>제로 윈도</translation>
    </message>
    <message>
        <source>Forwarded to the wrong port</source>
        <translation>잘못된 포트로 전달됨</translation>
    </message>
    <message>
        <source>Packets get through in one direction only: the server&apos;s answers are lost on the way back.</source>
        <translation>패킷이 한쪽 방향으로만 지나갑니다: 서버의 답이 돌아오는 길에 사라집니다.</translation>
    </message>
    <message>
        <source>A firewall answers every connection to the port with a reset (RST).</source>
        <translation>방화벽이 그 포트로 오는 모든 연결에 리셋(RST)으로 답합니다.</translation>
    </message>
    <message>
        <source>A firewall throws away everything sent to the port, without an answer.</source>
        <translation>방화벽이 그 포트로 보낸 것을 모두 아무 답 없이 버립니다.</translation>
    </message>
    <message>
        <source>The server stopped accepting, and its queue of waiting connections is full.</source>
        <translation>서버가 수락을 멈췄고, 기다리는 연결의 큐가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>The server accepts the connection but never reads: its receive window closes.</source>
        <translation>서버가 연결을 수락하지만 전혀 읽지 않습니다: 수신 윈도가 닫힙니다.</translation>
    </message>
    <message>
        <source>The router&apos;s port-forwarding rule sends the connection to another port.</source>
        <translation>공유기의 포트 포워딩 규칙이 연결을 다른 포트로 보냅니다.</translation>
    </message>
    <message>
        <source>Not a one-way black hole: then pc-b would answer your SYN with a SYN+ACK on its own cable, and that answer would never reach remote.</source>
        <translation>한쪽 방향 블랙홀이 아닙니다: 그렇다면 pc-b가 자기 케이블에서 여러분의 SYN에 SYN+ACK로 답했을 것이고, 그 답은 remote에 끝내 닿지 못했을 것입니다.</translation>
    </message>
    <message>
        <source>Not a refused port: then your connect would fail at once with a reset (RST) from the router, and pc-b&apos;s cable would never see your SYN.</source>
        <translation>거부된 포트가 아닙니다: 그렇다면 여러분의 connect가 공유기에서 온 리셋(RST) 때문에 바로 실패했을 것이고, pc-b의 케이블에는 여러분의 SYN이 한 번도 보이지 않았을 것입니다.</translation>
    </message>
    <message>
        <source>Not a dropped port: then your SYN would be sent again and again, and never show up on pc-b&apos;s cable.</source>
        <translation>버려지는 포트가 아닙니다: 그렇다면 여러분의 SYN이 계속 다시 보내졌을 것이고, pc-b의 케이블에는 한 번도 나타나지 않았을 것입니다.</translation>
    </message>
    <message>
        <source>Not a full backlog: then your SYN would reach pc-b&apos;s cable, and pc-b would not answer it at all.</source>
        <translation>가득 찬 백로그가 아닙니다: 그렇다면 여러분의 SYN이 pc-b의 케이블까지 닿았을 것이고, pc-b는 거기에 전혀 답하지 않았을 것입니다.</translation>
    </message>
    <message>
        <source>Not a zero window: then you could connect, and after a few kilobytes pc-b would say its window is 0 and your data would stop.</source>
        <translation>제로 윈도가 아닙니다: 그렇다면 연결은 되었을 것이고, 몇 킬로바이트를 보낸 뒤 pc-b가 자기 윈도가 0이라고 알려서 여러분의 데이터가 멈췄을 것입니다.</translation>
    </message>
    <message>
        <source>Not a wrong forwarding rule: then your SYN would reach pc-b addressed to another port than %1, and pc-b would answer with a reset.</source>
        <translation>잘못된 포워딩 규칙이 아닙니다: 그렇다면 여러분의 SYN이 %1번이 아닌 다른 포트를 향한 채 pc-b에 닿았을 것이고, pc-b는 리셋으로 답했을 것입니다.</translation>
    </message>
    <message>
        <source>The router dropped every packet pc-b sent back. The selected event is pc-b&apos;s SYN+ACK on its own cable: it never reached remote, so your socket stayed in SYN_SENT and sent its SYN again.</source>
        <translation>공유기가 pc-b가 돌려보낸 패킷을 모두 버렸습니다. 선택된 이벤트는 pc-b 자기 케이블 위의 SYN+ACK입니다: 이 패킷은 remote에 닿지 못했고, 그래서 여러분의 소켓은 SYN_SENT에 머물며 SYN을 다시 보냈습니다.</translation>
    </message>
    <message>
        <source>The router&apos;s firewall refuses port %1. The selected event is the reset (RST) remote got from the router; pc-b&apos;s cable never saw your SYN.</source>
        <translation>공유기의 방화벽이 %1번 포트를 거부합니다. 선택된 이벤트는 remote가 공유기에게서 받은 리셋(RST)입니다. pc-b의 케이블에는 여러분의 SYN이 한 번도 보이지 않았습니다.</translation>
    </message>
    <message>
        <source>The router&apos;s firewall drops everything sent to port %1. The selected event is your SYN: it was sent again and again, stayed in SYN_SENT, and never appeared on pc-b&apos;s cable.</source>
        <translation>공유기의 방화벽이 %1번 포트로 보낸 것을 모두 버립니다. 선택된 이벤트는 여러분의 SYN입니다: 이 SYN은 계속 다시 보내졌고, 소켓은 SYN_SENT에 머물렀으며, pc-b의 케이블에는 한 번도 나타나지 않았습니다.</translation>
    </message>
    <message>
        <source>The server stopped accepting, and its accept queue (backlog 1) is full of two connections from pc-a. The selected event is your SYN on pc-b&apos;s cable: the kernel dropped it without an answer, so your socket stayed in SYN_SENT.</source>
        <translation>서버가 수락을 멈췄고, 서버의 accept 큐(백로그 1)는 pc-a에서 온 연결 두 개로 가득 찼습니다. 선택된 이벤트는 pc-b 케이블 위의 여러분의 SYN입니다: 커널이 답 없이 이것을 버렸기 때문에 여러분의 소켓은 SYN_SENT에 머물렀습니다.</translation>
    </message>
    <message>
        <source>The server accepts but never reads, and its receive buffer is small. The selected event is pc-b saying its window is 0: your bytes wait in your send queue, and your kernel sends small probes until the window opens.</source>
        <translation>서버가 수락은 하지만 전혀 읽지 않고, 수신 버퍼도 작습니다. 선택된 이벤트는 pc-b가 자기 윈도가 0이라고 알리는 패킷입니다: 여러분이 보낸 바이트는 여러분의 송신 큐에서 기다리고, 여러분의 커널은 윈도가 열릴 때까지 작은 확인 패킷(probe)을 보냅니다.</translation>
    </message>
    <message>
        <source>The router forwards %1:%2 to port %3 on pc-b, where nothing listens. The selected event is your SYN on pc-b&apos;s cable, addressed to port %3; pc-b answered with a reset.</source>
        <translation>공유기가 %1:%2에서 pc-b의 %3번 포트로 전달하는데, 그 포트에서는 아무것도 수신 대기하지 않습니다. 선택된 이벤트는 pc-b 케이블 위에서 %3번 포트로 가는 여러분의 SYN입니다. pc-b는 리셋으로 답했습니다.</translation>
    </message>
    <message>
        <source>Something is wrong in the lab network. A web server runs on pc-b (%1, port %2), and the router publishes it on its public address %3, port %2. From the computer remote (%4), reach it: in the workbench&apos;s TCP client, connect to server %3, port %2, from address %4. Once connected, send a few kilobytes: paste a long text into Data and press Send several times (Probe for me does all of this for you). Watch the timeline, the tables and the event log (each computer&apos;s own cable is captured), then choose what is wrong.</source>
        <translation>실습 네트워크에 무언가 문제가 있습니다. pc-b(%1, 포트 %2)에서 웹 서버가 돌아가고, 공유기는 이 서버를 자기 공인 주소 %3의 포트 %2로 공개합니다. remote 컴퓨터(%4)에서 이 서버에 접속해 보세요: 작업대의 TCP 클라이언트에서 출발지 주소 %4로 서버 %3, 포트 %2에 연결합니다. 연결되면 몇 킬로바이트를 보내세요: 데이터 칸에 긴 텍스트를 붙여 넣고 보내기를 여러 번 누릅니다(대신 시험해 보기 버튼을 누르면 이 모든 것을 대신 해 줍니다). 타임라인, 표, 이벤트 로그를 살펴본 다음(각 컴퓨터의 케이블을 따로 캡처합니다), 무엇이 잘못되었는지 고르세요.</translation>
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
    <message>
        <source>The source address and the address to connect to are of different kinds: one is IPv4, the other IPv6. Both ends of a connection must be the same kind.</source>
        <translation>출발지 주소와 연결할 주소의 종류가 다릅니다: 하나는 IPv4이고 다른 하나는 IPv6입니다. 연결의 양쪽 끝은 같은 종류여야 합니다.</translation>
    </message>
    <message>
        <source>Use an IPv4 source such as 127.0.0.1 with an IPv4 address, an IPv6 source such as ::1 with an IPv6 address.</source>
        <translation>IPv4 주소에는 127.0.0.1 같은 IPv4 출발지를, IPv6 주소에는 ::1 같은 IPv6 출발지를 쓰세요.</translation>
    </message>
    <message>
        <source>That IP address is not one of this machine&apos;s: no network interface has it.</source>
        <translation>그 IP 주소는 이 컴퓨터의 주소가 아닙니다: 어떤 네트워크 인터페이스에도 그 주소가 없습니다.</translation>
    </message>
    <message>
        <source>not a port number</source>
        <comment>why a socket failed</comment>
        <translation>포트 번호 아님</translation>
    </message>
    <message>
        <source>not an address</source>
        <comment>why a socket failed</comment>
        <translation>주소 아님</translation>
    </message>
    <message>
        <source>port in use</source>
        <comment>why a socket failed</comment>
        <translation>포트 사용 중</translation>
    </message>
    <message>
        <source>port needs administrator</source>
        <comment>why a socket failed</comment>
        <translation>관리자 권한 필요</translation>
    </message>
    <message>
        <source>address not on this machine</source>
        <comment>why a socket failed</comment>
        <translation>이 컴퓨터의 주소 아님</translation>
    </message>
    <message>
        <source>refused, nobody listens</source>
        <comment>why a socket failed</comment>
        <translation>거부됨, 대기하는 소켓 없음</translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>why a socket failed</comment>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>reset by the other side</source>
        <comment>why a socket failed</comment>
        <translation>상대가 리셋함</translation>
    </message>
    <message>
        <source>name not found</source>
        <comment>why a socket failed</comment>
        <translation>이름을 찾을 수 없음</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <comment>why a socket failed</comment>
        <translation>네트워크에 닿을 수 없음</translation>
    </message>
    <message>
        <source>socket gone</source>
        <comment>why a socket failed</comment>
        <translation>소켓 사라짐</translation>
    </message>
    <message>
        <source>not possible now</source>
        <comment>why a socket failed</comment>
        <translation>지금은 할 수 없음</translation>
    </message>
    <message>
        <source>too many open files</source>
        <comment>why a socket failed</comment>
        <translation>열린 파일이 너무 많음</translation>
    </message>
    <message>
        <source>broadcast not allowed</source>
        <comment>why a socket failed</comment>
        <translation>브로드캐스트 허용 안 됨</translation>
    </message>
    <message>
        <source>datagram too large</source>
        <comment>why a socket failed</comment>
        <translation>데이터그램이 너무 큼</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 mixed</source>
        <comment>why a socket failed</comment>
        <translation>IPv4와 IPv6가 섞임</translation>
    </message>
</context>
<context>
    <name>EventExplanations</name>
    <message>
        <source>The program called socket(): the OS made a new socket. It has no address or port yet (an accepted socket is born with its listener&apos;s).</source>
        <translation>프로그램이 socket()을 호출해 OS가 새 소켓을 만들었습니다. 아직 주소나 포트가 없습니다(accept로 받은 소켓은 처음부터 리스너의 주소와 포트를 가집니다).</translation>
    </message>
    <message>
        <source>bind(): the socket got its local IP address and port. A client usually skips bind(); the OS binds it to a free port when it connects.</source>
        <translation>bind(): 소켓이 로컬 IP 주소와 포트를 받았습니다. 클라이언트는 보통 bind()를 하지 않고, 연결할 때 OS가 빈 포트에 바인드합니다.</translation>
    </message>
    <message>
        <source>listen(): the socket now waits for connection requests. The number is the backlog, how many finished connections may wait for accept().</source>
        <translation>listen(): 이제 소켓이 연결 요청을 기다립니다. 숫자는 백로그로, accept()를 기다릴 수 있는 완료된 연결의 수입니다.</translation>
    </message>
    <message>
        <source>connect(): the client&apos;s OS sent SYN, the first message of the 3-way handshake.</source>
        <translation>connect(): 클라이언트의 OS가 3-way 핸드셰이크의 첫 메시지인 SYN을 보냈습니다.</translation>
    </message>
    <message>
        <source>The 3-way handshake finished (SYN, SYN+ACK, ACK): the connection is open and data can flow both ways.</source>
        <translation>3-way 핸드셰이크(SYN, SYN+ACK, ACK)가 끝났습니다. 연결이 열려 데이터가 양방향으로 오갈 수 있습니다.</translation>
    </message>
    <message>
        <source>accept(): the server took one finished connection from the queue and got a new socket for it. The listening socket keeps listening.</source>
        <translation>accept(): 서버가 대기열에서 완료된 연결 하나를 꺼내 그 연결을 위한 새 소켓을 받았습니다. 리스닝 소켓은 계속 연결을 기다립니다.</translation>
    </message>
    <message>
        <source>The kernel&apos;s accept queue changed: how many finished connections wait for the program to call accept(), and the limit.</source>
        <translation>커널의 수락 대기열이 바뀌었습니다: 프로그램이 accept()를 호출하기를 기다리는 완료된 연결의 수와 그 한도입니다.</translation>
    </message>
    <message>
        <source>send(): the program handed bytes to its socket. TCP delivers them in order, but may split or join them.</source>
        <translation>send(): 프로그램이 바이트를 소켓에 넘겼습니다. TCP는 순서대로 전달하지만, 나누거나 합칠 수 있습니다.</translation>
    </message>
    <message>
        <source>recv(): the program read bytes from its socket. One read may hold several sends, or part of one.</source>
        <translation>recv(): 프로그램이 소켓에서 바이트를 읽었습니다. 한 번 읽은 데이터에 여러 번 보낸 것이 들어 있을 수도, 한 번 보낸 것의 일부만 있을 수도 있습니다.</translation>
    </message>
    <message>
        <source>sendto(): one UDP datagram left, to the ip:port given. No connection, no promise it arrives.</source>
        <translation>sendto(): UDP 데이터그램 하나가 지정한 ip:포트로 나갔습니다. 연결도 없고, 도착한다는 보장도 없습니다.</translation>
    </message>
    <message>
        <source>recvfrom(): one whole UDP datagram arrived, with the sender&apos;s ip:port.</source>
        <translation>recvfrom(): UDP 데이터그램 하나가 보낸 쪽의 ip:포트와 함께 통째로 도착했습니다.</translation>
    </message>
    <message>
        <source>One side said it will send nothing more (FIN). The connection is half closed: the other direction still works.</source>
        <translation>한쪽이 더는 보낼 것이 없다고 알렸습니다(FIN). 연결이 반쯤 닫혔습니다: 반대 방향은 아직 동작합니다.</translation>
    </message>
    <message>
        <source>The program called close(). For TCP this starts the 4-way close: FIN, ACK, FIN, ACK.</source>
        <translation>프로그램이 close()를 호출했습니다. TCP에서는 이것으로 4-way 종료가 시작됩니다: FIN, ACK, FIN, ACK.</translation>
    </message>
    <message>
        <source>The socket is closed for the program. The kernel may keep it a little longer (TIME_WAIT).</source>
        <translation>프로그램 입장에서는 소켓이 닫혔습니다. 커널은 소켓을 조금 더 유지할 수 있습니다(TIME_WAIT).</translation>
    </message>
    <message>
        <source>The connection was reset: an RST was sent instead of the polite FIN. Nothing waits in TIME_WAIT.</source>
        <translation>연결이 리셋되었습니다: 정상적인 FIN 대신 RST를 보냈습니다. TIME_WAIT에서 기다리는 것은 없습니다.</translation>
    </message>
    <message>
        <source>Something went wrong; the details say what the OS answered.</source>
        <translation>문제가 생겼습니다. 자세한 내용에 OS의 응답이 나와 있습니다.</translation>
    </message>
    <message>
        <source>The kernel&apos;s own TCP state for the socket changed, read from the OS&apos;s socket table.</source>
        <translation>OS의 소켓 테이블에서 읽은, 커널 자체의 TCP 상태가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>A TCP segment on the wire, with its flags (S = SYN, A = ACK, F = FIN, R = RST, P = push) and sequence numbers.</source>
        <translation>네트워크 위를 지나는 TCP 세그먼트입니다. 플래그(S = SYN, A = ACK, F = FIN, R = RST, P = push)와 시퀀스 번호를 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>The server stopped calling accept(). New connections still finish their handshake and wait in the queue.</source>
        <translation>서버가 accept() 호출을 멈췄습니다. 새 연결은 그래도 핸드셰이크를 마치고 대기열에서 기다립니다.</translation>
    </message>
    <message>
        <source>The server calls accept() again and takes the waiting connections.</source>
        <translation>서버가 다시 accept()를 호출해 기다리던 연결을 가져갑니다.</translation>
    </message>
    <message>
        <source>Two connections were joined by a relay such as a port forwarder: what comes in on one goes out on the other.</source>
        <translation>포트 포워더 같은 중계기가 두 연결을 이었습니다: 한쪽으로 들어온 것이 다른 쪽으로 나갑니다.</translation>
    </message>
    <message>
        <source>A relay changed traffic on purpose (dropped, delayed, duplicated or reordered it) to show what an unreliable network does.</source>
        <translation>중계기가 신뢰할 수 없는 네트워크에서 일어나는 일을 보여 주려고 트래픽을 일부러 바꿨습니다(버림, 지연, 중복, 순서 바꿈).</translation>
    </message>
    <message>
        <source>A UDP socket joined a multicast group: datagrams sent to the group now reach it too.</source>
        <translation>UDP 소켓이 멀티캐스트 그룹에 가입했습니다: 이제 그룹으로 보낸 데이터그램도 이 소켓에 도착합니다.</translation>
    </message>
    <message>
        <source>A UDP socket left a multicast group.</source>
        <translation>UDP 소켓이 멀티캐스트 그룹에서 탈퇴했습니다.</translation>
    </message>
    <message>
        <source>SocketScope itself was busy and did not look at its sockets for a moment; times around it may be late.</source>
        <translation>SocketScope 자체가 바빠서 잠시 소켓을 살펴보지 못했습니다. 그 전후의 시각은 늦게 기록되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The kernel&apos;s own numbers for this TCP connection changed: the congestion window (how much TCP dares to send unacknowledged), the round-trip time, how much is still in flight and how often TCP had to send something again. SocketScope reads them at most ten times a second.</source>
        <translation>이 TCP 연결에 대해 커널이 직접 관리하는 숫자가 바뀌었습니다: 혼잡 윈도(확인 응답 없이 TCP가 보내도 된다고 보는 양), 왕복 시간, 아직 가는 중인 양, 그리고 TCP가 무언가를 다시 보내야 했던 횟수입니다. SocketScope는 이 숫자를 1초에 최대 열 번 읽습니다.</translation>
    </message>
    <message>
        <source>A cable of the virtual lab network was made worse on purpose: the kernel drops a share of its packets, or lets only so many bits a second through and queues the rest. The event says what was asked and what the kernel could do.</source>
        <translation>가상 실습 네트워크의 케이블 하나를 일부러 나쁘게 만들었습니다: 커널이 그 케이블의 패킷 중 일부를 버리거나, 1초에 정해진 비트 수만큼만 통과시키고 나머지는 큐에 쌓아 둡니다. 이 이벤트는 무엇을 요청했고 커널이 무엇을 할 수 있었는지 알려 줍니다.</translation>
    </message>
    <message>
        <source>The program set a socket option (setsockopt) and read back what the kernel made of it (getsockopt). They can differ: Linux doubles a buffer size asked for, and keeps its own limits.</source>
        <translation>프로그램이 소켓 옵션을 설정하고(setsockopt) 커널이 그것을 어떻게 받아들였는지 다시 읽었습니다(getsockopt). 두 값은 다를 수 있습니다: Linux는 요청한 버퍼 크기를 두 배로 하고, 자기만의 한도도 지킵니다.</translation>
    </message>
    <message>
        <source>The virtual lab network was set up (or changed): which computers it has, their addresses, the routers between them and the cables that join them. A recording keeps it so that a replay can draw the same network.</source>
        <translation>가상 실습 네트워크가 만들어졌습니다(또는 바뀌었습니다): 어떤 컴퓨터가 있는지, 그 주소, 그 사이의 라우터, 이들을 잇는 케이블. 녹화에 이것이 남아 있어서 재생할 때 같은 네트워크를 그릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The teacher started a class challenge: the class server opened its socket and waits for the students. The event names the challenge, where to connect and the time limit, so that a replay can show the same board.</source>
        <translation>선생님이 도전 과제를 시작했습니다: 교실 서버가 소켓을 열고 학생들을 기다립니다. 이 이벤트에는 도전 과제 이름, 연결할 곳, 제한 시간이 들어 있어서, 다시 보기에서도 같은 현황판을 보여 줄 수 있습니다.</translation>
    </message>
    <message>
        <source>The program stopped calling recv() on this connection, or started again. While it does not read, what arrives waits in the kernel&apos;s receive buffer; when that is full the window it advertises closes and the sender has to wait.</source>
        <translation>프로그램이 이 연결에서 recv() 호출을 멈췄거나 다시 시작했습니다. 읽지 않는 동안 도착한 데이터는 커널의 수신 버퍼에서 기다립니다. 수신 버퍼가 가득 차면 상대에게 알리는 윈도가 닫히고, 보내는 쪽은 기다려야 합니다.</translation>
    </message>
</context>
<context>
    <name>ForwardRule</name>
    <message>
        <source>&quot;%1&quot; has no &quot;=&quot;: write tcp:LISTEN_HOST:PORT=TARGET_HOST:PORT</source>
        <translation>&quot;%1&quot;에 &quot;=&quot;가 없습니다: tcp:LISTEN_HOST:PORT=TARGET_HOST:PORT 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one &quot;=&quot;</source>
        <translation>&quot;%1&quot;에 &quot;=&quot;가 두 개 이상 있습니다</translation>
    </message>
    <message>
        <source>listening side: %1</source>
        <translation>리스닝 쪽: %1</translation>
    </message>
    <message>
        <source>target side &quot;%1&quot;: the protocol is written once, before the listening side</source>
        <translation>대상 쪽 &quot;%1&quot;: 프로토콜은 리스닝 쪽 앞에 한 번만 씁니다</translation>
    </message>
    <message>
        <source>target side: %1</source>
        <translation>대상 쪽: %1</translation>
    </message>
    <message>
        <source>the listening address &quot;%1&quot; is not an IP address</source>
        <translation>리스닝 주소가 IP 주소가 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the target address &quot;%1&quot; is not an IP address</source>
        <translation>대상 주소가 IP 주소가 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the target port must not be 0: nothing can be reached there</source>
        <translation>대상 포트는 0이면 안 됩니다: 그곳으로는 아무것도 연결할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>The endpoint a program talks through. The program hands data to its socket, and the OS carries it over the network. A socket works both ways: send and receive.</source>
        <translation>프로그램이 통신할 때 거치는 끝점입니다. 프로그램이 데이터를 소켓에 넘기면 OS가 네트워크로 실어 나릅니다. 소켓은 보내기와 받기, 양방향으로 동작합니다.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>A 16-bit number, 0 to 65535, in every TCP and UDP header. The IP address finds the computer; the port finds the one program on it that gets the data.</source>
        <translation>모든 TCP와 UDP 헤더에 들어 있는 0부터 65535까지의 16비트 숫자입니다. IP 주소는 컴퓨터를 찾고, 포트는 그 컴퓨터에서 데이터를 받을 프로그램 하나를 찾습니다.</translation>
    </message>
    <message>
        <source>IP:port</source>
        <translation>IP:포트</translation>
    </message>
    <message>
        <source>An IP address and a port written together, like 127.0.0.1:8080 (IPv6: [::1]:8080). It names one endpoint of one program on one host.</source>
        <translation>IP 주소와 포트를 함께 쓴 것으로, 127.0.0.1:8080(IPv6: [::1]:8080)처럼 씁니다. 한 호스트에 있는 한 프로그램의 끝점 하나를 가리킵니다.</translation>
    </message>
    <message>
        <source>well-known port</source>
        <translation>잘 알려진 포트</translation>
    </message>
    <message>
        <source>Ports 0 to 1023, given by IANA to common services: HTTP 80, HTTPS 443, SSH 22, DNS 53. Many systems let only administrators use them.</source>
        <translation>0부터 1023까지의 포트로, IANA가 흔한 서비스에 배정했습니다: HTTP 80, HTTPS 443, SSH 22, DNS 53. 많은 시스템에서 관리자만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>registered port</source>
        <translation>등록된 포트</translation>
    </message>
    <message>
        <source>Ports 1024 to 49151, which IANA records for particular programs, such as 3306 for MySQL or 8080 as a second HTTP port.</source>
        <translation>1024부터 49151까지의 포트로, IANA가 특정 프로그램용으로 기록해 둡니다. 예를 들어 MySQL은 3306을 쓰고, 8080은 두 번째 HTTP 포트로 씁니다.</translation>
    </message>
    <message>
        <source>ephemeral port</source>
        <translation>임시 포트</translation>
    </message>
    <message>
        <source>A short-lived port the OS picks for a client when it connects, from its own range (on Linux often 32768 to 60999; IANA&apos;s dynamic range is 49152 to 65535). It is freed when the connection ends.</source>
        <translation>클라이언트가 연결할 때 OS가 자기 대역에서 골라 주는, 잠깐 쓰는 포트입니다(Linux에서는 흔히 32768부터 60999까지, IANA의 동적 대역은 49152부터 65535까지). 연결이 끝나면 반환됩니다.</translation>
    </message>
    <message>
        <source>listening socket</source>
        <translation>리스닝 소켓</translation>
    </message>
    <message>
        <source>A server socket in the LISTEN state. It never carries data itself; it waits for connection requests and hands each finished one to accept().</source>
        <translation>LISTEN 상태에 있는 서버 소켓입니다. 직접 데이터를 나르지 않고, 연결 요청을 기다렸다가 완료된 연결을 하나씩 accept()에 넘깁니다.</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>백로그</translation>
    </message>
    <message>
        <source>The queue of connections that finished their handshake but have not been accepted yet. The number given to listen() sets about how long it may grow.</source>
        <translation>핸드셰이크는 마쳤지만 아직 수락되지 않은 연결들의 대기열입니다. listen()에 준 숫자가 이 대기열이 대략 얼마나 길어질 수 있는지 정합니다.</translation>
    </message>
    <message>
        <source>accept()</source>
        <translation>accept()</translation>
    </message>
    <message>
        <source>Takes one waiting connection from the backlog and returns a new socket just for it. The new socket has the same local ip:port as the listening socket.</source>
        <translation>백로그에서 기다리는 연결 하나를 꺼내, 그 연결만을 위한 새 소켓을 돌려줍니다. 새 소켓의 로컬 ip:포트는 리스닝 소켓과 같습니다.</translation>
    </message>
    <message>
        <source>3-way handshake</source>
        <translation>3-way 핸드셰이크</translation>
    </message>
    <message>
        <source>How TCP opens a connection: SYN (&quot;let&apos;s talk&quot;), SYN+ACK (&quot;OK, me too&quot;), ACK (&quot;OK&quot;). The OS does it, even before the server calls accept().</source>
        <translation>TCP가 연결을 여는 방법입니다: SYN(&quot;이야기하자&quot;), SYN+ACK(&quot;좋아, 나도&quot;), ACK(&quot;좋아&quot;). 서버가 accept()를 호출하기 전이라도 OS가 처리합니다.</translation>
    </message>
    <message>
        <source>4-way close</source>
        <translation>4-way 종료</translation>
    </message>
    <message>
        <source>How TCP closes a connection: each side sends FIN when it has nothing more to send, and the other answers ACK. Four messages in all.</source>
        <translation>TCP가 연결을 닫는 방법입니다: 각 쪽은 더 보낼 것이 없으면 FIN을 보내고, 상대는 ACK로 답합니다. 모두 네 개의 메시지입니다.</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <source>The state the side that closed first stays in for a while (about 60 s on Linux), so late packets of the old connection cannot be mistaken for a new one on the same ports.</source>
        <translation>먼저 닫은 쪽이 한동안(Linux에서는 약 60 s) 머무는 상태입니다. 이전 연결의 늦은 패킷이 같은 포트를 쓰는 새 연결의 것으로 잘못 받아들여지지 않게 합니다.</translation>
    </message>
    <message>
        <source>stream socket (TCP)</source>
        <translation>스트림 소켓(TCP)</translation>
    </message>
    <message>
        <source>A socket with a connection: reliable, in order, one-to-one. The data is one long stream of bytes with no message borders.</source>
        <translation>연결이 있는 소켓입니다: 신뢰할 수 있고, 순서가 지켜지며, 일대일입니다. 데이터는 메시지 경계가 없는 하나의 긴 바이트 흐름입니다.</translation>
    </message>
    <message>
        <source>datagram socket (UDP)</source>
        <translation>데이터그램 소켓(UDP)</translation>
    </message>
    <message>
        <source>A socket without a connection: each message (datagram) goes on its own, whole or not at all, with no promise of delivery or order. Lighter and faster; one socket may talk to many.</source>
        <translation>연결이 없는 소켓입니다: 각 메시지(데이터그램)는 따로 전달되며, 통째로 도착하거나 아예 도착하지 않습니다. 전달도 순서도 보장되지 않습니다. 더 가볍고 빠르며, 소켓 하나로 여러 상대와 통신할 수 있습니다.</translation>
    </message>
    <message>
        <source>socket pair</source>
        <translation>소켓 쌍</translation>
    </message>
    <message>
        <source>The two endpoints of a TCP connection, &lt;client ip:port, server ip:port&gt;. No two connections have the same pair, though many share the server&apos;s side.</source>
        <translation>TCP 연결의 두 끝점인 &lt;클라이언트 ip:포트, 서버 ip:포트&gt;입니다. 서버 쪽은 여러 연결이 함께 쓰더라도, 같은 쌍을 가진 연결은 둘이 될 수 없습니다.</translation>
    </message>
    <message>
        <source>port forwarding</source>
        <translation>포트 포워딩</translation>
    </message>
    <message>
        <source>A router or firewall passes what arrives at public-ip:port on to private-ip:port inside, so an inside host can be reached from outside even when many hosts share one public address.</source>
        <translation>공유기나 방화벽이 공인 ip:포트로 들어온 것을 내부의 사설 ip:포트로 넘겨 주는 것입니다. 그래서 여러 호스트가 공인 주소 하나를 함께 쓰더라도 바깥에서 내부 호스트에 접속할 수 있습니다.</translation>
    </message>
    <message>
        <source>SYN, ACK, FIN, RST</source>
        <translation>SYN, ACK, FIN, RST</translation>
    </message>
    <message>
        <source>Flags in the TCP header. SYN opens a connection, ACK confirms what arrived, FIN says &quot;I am done sending&quot;, RST cuts the connection at once.</source>
        <translation>TCP 헤더의 플래그입니다. SYN은 연결을 열고, ACK는 도착한 것을 확인하고, FIN은 &quot;보낼 것을 다 보냈다&quot;고 알리고, RST는 연결을 즉시 끊습니다.</translation>
    </message>
    <message>
        <source>kernel state</source>
        <translation>커널 상태</translation>
    </message>
    <message>
        <source>What the OS itself says about a TCP socket: LISTEN, SYN_SENT, ESTABLISHED, FIN_WAIT_2, CLOSE_WAIT, TIME_WAIT ... SocketScope reads it from the OS&apos;s socket table.</source>
        <translation>OS 자신이 TCP 소켓에 대해 알려 주는 상태입니다: LISTEN, SYN_SENT, ESTABLISHED, FIN_WAIT_2, CLOSE_WAIT, TIME_WAIT ... SocketScope는 이를 OS의 소켓 테이블에서 읽습니다.</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>루프백</translation>
    </message>
    <message>
        <source>The addresses 127.0.0.1 (and all of 127.x.x.x) and ::1: the computer talking to itself. Nothing leaves the machine, which makes it safe for experiments.</source>
        <translation>127.0.0.1(그리고 127.x.x.x 전체)과 ::1 주소로, 컴퓨터가 자기 자신과 통신하는 것입니다. 아무것도 컴퓨터 밖으로 나가지 않으므로 실험하기에 안전합니다.</translation>
    </message>
    <message>
        <source>TCP numbers (tcp_info)</source>
        <translation>TCP 숫자 (tcp_info)</translation>
    </message>
    <message>
        <source>Figures the kernel keeps for every TCP connection and SocketScope reads without special rights, like the command ss -ti: congestion window, round-trip time, segments in flight, retransmissions, windows and queues. They are written down when they change, at most ten times a second.</source>
        <translation>커널이 모든 TCP 연결마다 관리하고, SocketScope가 특별한 권한 없이 읽는 숫자입니다 (ss -ti 명령처럼): 혼잡 윈도, 왕복 시간, 가는 중인 세그먼트, 재전송, 윈도와 큐. 바뀔 때 기록하며, 1초에 최대 열 번입니다.</translation>
    </message>
    <message>
        <source>congestion window (cwnd)</source>
        <translation>혼잡 윈도 (cwnd)</translation>
    </message>
    <message>
        <source>How many segments TCP lets itself send before it must wait for an acknowledgement. It starts small, grows while everything arrives, and is cut when a segment is lost, so TCP does not flood a busy network.</source>
        <translation>TCP가 확인 응답을 기다리기 전에 보낼 수 있는 세그먼트 수입니다. 작게 시작해서 모든 것이 잘 도착하는 동안 커지고, 세그먼트를 잃으면 줄어듭니다. 그래서 TCP가 붐비는 네트워크를 넘치게 하지 않습니다.</translation>
    </message>
    <message>
        <source>slow-start threshold (ssthresh)</source>
        <translation>느린 시작 임계값 (ssthresh)</translation>
    </message>
    <message>
        <source>Below this size the congestion window doubles every round trip (slow start); above it, it grows by about one segment per round trip. A loss lowers it. A huge number means no loss has set it yet.</source>
        <translation>혼잡 윈도가 이 크기보다 작으면 왕복할 때마다 두 배가 되고(느린 시작), 크면 왕복마다 세그먼트 하나쯤씩 커집니다. 손실이 생기면 이 값이 낮아집니다. 아주 큰 숫자는 아직 손실이 없어서 정해지지 않았다는 뜻입니다.</translation>
    </message>
    <message>
        <source>round-trip time (RTT)</source>
        <translation>왕복 시간 (RTT)</translation>
    </message>
    <message>
        <source>How long it takes for a segment to reach the other side and its acknowledgement to come back. The kernel keeps a smoothed average and how much it varies (rttvar); together they set how long TCP waits before it sends something again.</source>
        <translation>세그먼트가 상대에게 가고 그 확인 응답이 돌아오기까지 걸리는 시간입니다. 커널은 부드럽게 한 평균과 그 흔들림(rttvar)을 관리하며, 둘을 합쳐 TCP가 다시 보내기 전에 얼마나 기다릴지 정합니다.</translation>
    </message>
    <message>
        <source>in flight, unacknowledged</source>
        <translation>가는 중, 확인 안 됨</translation>
    </message>
    <message>
        <source>Unacknowledged: segments sent that the other side has not yet confirmed. In flight: those of them TCP thinks are still on their way, leaving out the ones it believes were lost and counting the ones it sent again.</source>
        <translation>확인 안 됨: 보냈지만 상대가 아직 받았다고 알려 주지 않은 세그먼트입니다. 가는 중: 그중 TCP가 아직 가고 있다고 보는 것으로, 잃어버렸다고 보는 것은 빼고 다시 보낸 것은 셉니다.</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>재전송</translation>
    </message>
    <message>
        <source>A segment TCP sends a second time because its acknowledgement did not come in time or the other side said it is missing. The count is for the connection&apos;s whole life.</source>
        <translation>확인 응답이 제때 오지 않았거나 상대가 빠졌다고 알려서 TCP가 한 번 더 보내는 세그먼트입니다. 횟수는 연결이 열린 뒤 전체를 셉니다.</translation>
    </message>
    <message>
        <source>send and receive window</source>
        <translation>송신 윈도와 수신 윈도</translation>
    </message>
    <message>
        <source>The receive window is how many bytes a side says it can still take in; the send window is the window the other side advertised to us. A window of 0 means: stop sending, my buffer is full.</source>
        <translation>수신 윈도는 한쪽이 아직 더 받을 수 있다고 알리는 바이트 수이고, 송신 윈도는 상대가 우리에게 알려 준 윈도입니다. 윈도가 0이면 &apos;그만 보내세요, 버퍼가 가득 찼어요&apos;라는 뜻입니다.</translation>
    </message>
    <message>
        <source>send and receive queue</source>
        <translation>송신 큐와 수신 큐</translation>
    </message>
    <message>
        <source>Send queue: bytes the program handed to its socket that the other side has not acknowledged yet. Receive queue: bytes that arrived but the program has not read yet.</source>
        <translation>송신 큐: 프로그램이 소켓에 넘겼지만 상대가 아직 받았다고 알려 주지 않은 바이트. 수신 큐: 도착했지만 프로그램이 아직 읽지 않은 바이트.</translation>
    </message>
    <message>
        <source>delivery rate</source>
        <translation>전달 속도</translation>
    </message>
    <message>
        <source>How fast data recently reached the other side, as the kernel measured it from the acknowledgements, in bytes per second.</source>
        <translation>최근에 데이터가 상대에게 얼마나 빨리 닿았는지를 커널이 확인 응답으로 잰 값입니다 (초당 바이트).</translation>
    </message>
    <message>
        <source>socket option</source>
        <translation>소켓 옵션</translation>
    </message>
    <message>
        <source>A setting of one socket that changes how the kernel treats it, set with setsockopt() and read back with getsockopt(). SocketScope writes both into the journal: the value asked for and the value the kernel reports, because they can differ.</source>
        <translation>소켓 하나의 설정으로, 커널이 그 소켓을 다루는 방식을 바꿉니다. setsockopt()로 설정하고 getsockopt()로 다시 읽습니다. SocketScope는 요청한 값과 커널이 알려 준 값을 둘 다 기록에 씁니다. 두 값이 다를 수 있기 때문입니다.</translation>
    </message>
    <message>
        <source>socket buffer (SO_RCVBUF, SO_SNDBUF)</source>
        <translation>소켓 버퍼 (SO_RCVBUF, SO_SNDBUF)</translation>
    </message>
    <message>
        <source>The memory the kernel keeps for one socket: the receive buffer holds data not read yet (it sets the window offered to the peer), the send buffer data not acknowledged yet. Asked for 4096 bytes, Linux uses 8192: it doubles the value, because part of the buffer goes to its own bookkeeping of each packet, and getsockopt() reports the doubled size. It also keeps a smallest size and, for programs without privileges, a largest one (net.core.rmem_max, wmem_max). Set before connecting, the size also chooses the window scale sent in the SYN.</source>
        <translation>커널이 소켓 하나를 위해 잡아 두는 메모리입니다: 수신 버퍼에는 아직 읽지 않은 데이터가 있고(이 크기가 상대에게 알리는 윈도를 정합니다), 송신 버퍼에는 아직 확인 응답을 받지 못한 데이터가 있습니다. 4096바이트를 요청하면 Linux는 8192바이트를 씁니다: 버퍼의 일부를 패킷마다 필요한 자체 관리 정보에 쓰기 때문에 값을 두 배로 하고, getsockopt()도 두 배가 된 크기를 알려 줍니다. 또 가장 작은 크기가 정해져 있고, 특별한 권한이 없는 프로그램에는 가장 큰 크기(net.core.rmem_max, wmem_max)도 정해져 있습니다. 연결하기 전에 설정하면, 이 크기로 SYN에 담아 보내는 윈도 배율(window scale)도 정해집니다.</translation>
    </message>
    <message>
        <source>Nagle&apos;s algorithm (TCP_NODELAY)</source>
        <translation>Nagle 알고리즘 (TCP_NODELAY)</translation>
    </message>
    <message>
        <source>TCP holds a small write back while earlier data is still unacknowledged, to send one bigger segment instead of many small ones. TCP_NODELAY switches this off: each write leaves at once, which helps interactive programs and costs more packets.</source>
        <translation>앞서 보낸 데이터가 아직 확인 응답을 받지 못했으면, TCP는 작은 쓰기를 잠시 붙잡아 두었다가 작은 세그먼트 여러 개 대신 큰 세그먼트 하나로 보냅니다. TCP_NODELAY는 이것을 끕니다: 쓸 때마다 바로 보내므로 대화형 프로그램에 도움이 되지만, 패킷이 더 많이 듭니다.</translation>
    </message>
    <message>
        <source>linger (SO_LINGER)</source>
        <translation>linger (SO_LINGER)</translation>
    </message>
    <message>
        <source>What close() does with data not sent yet. Off (the usual): close() returns at once and the kernel still sends the data and a FIN. On with N seconds: close() waits up to N seconds. On with 0: close() throws the data away and sends RST, and the socket skips TIME_WAIT; the peer sees &quot;connection reset&quot;.</source>
        <translation>아직 보내지 않은 데이터를 close()가 어떻게 처리할지 정합니다. 끔(보통): close()는 바로 돌아오고, 커널이 데이터와 FIN을 그대로 보냅니다. N초로 켬: close()가 최대 N초 동안 기다립니다. 0으로 켬: close()가 데이터를 버리고 RST를 보내며, 소켓은 TIME_WAIT를 건너뜁니다. 상대는 &quot;connection reset&quot;(연결 리셋)을 보게 됩니다.</translation>
    </message>
    <message>
        <source>keepalive (SO_KEEPALIVE)</source>
        <translation>keepalive (SO_KEEPALIVE)</translation>
    </message>
    <message>
        <source>After a connection has been quiet for TCP_KEEPIDLE seconds, the kernel sends an empty probe every TCP_KEEPINTVL seconds; after TCP_KEEPCNT probes without an answer it gives the connection up. It finds peers that vanished without a FIN or RST.</source>
        <translation>연결이 TCP_KEEPIDLE초 동안 조용하면, 커널은 TCP_KEEPINTVL초마다 빈 확인용 패킷(probe)을 보냅니다. 답이 없는 확인용 패킷이 TCP_KEEPCNT개가 되면 연결을 포기합니다. 이렇게 해서 FIN이나 RST 없이 사라진 상대를 찾아냅니다.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR and SO_REUSEPORT</source>
        <translation>SO_REUSEADDR와 SO_REUSEPORT</translation>
    </message>
    <message>
        <source>SO_REUSEADDR lets a listener bind() a port that old connections in TIME_WAIT still hold. SO_REUSEPORT lets several sockets bind() the same address and port, when every one of them sets it before bind(); the kernel then spreads new connections among the listeners by a hash of each connection&apos;s addresses and ports.</source>
        <translation>SO_REUSEADDR를 쓰면 TIME_WAIT 상태의 이전 연결이 아직 붙잡고 있는 포트에 리스너가 bind()할 수 있습니다. SO_REUSEPORT를 쓰면 여러 소켓이 같은 주소와 포트에 bind()할 수 있습니다. 단, 모든 소켓이 bind() 전에 이 옵션을 설정해야 합니다. 그러면 커널은 각 연결의 주소와 포트로 만든 해시에 따라 새 연결을 리스너들에게 나눠 줍니다.</translation>
    </message>
    <message>
        <source>TTL (IP_TTL)</source>
        <translation>TTL (IP_TTL)</translation>
    </message>
    <message>
        <source>Time to live: a number in every IP packet that each router lowers by one; at 0 the packet is dropped and the sender told. It stops packets circling for ever; traceroute uses it to find the routers on a path.</source>
        <translation>Time to live(생존 시간): 모든 IP 패킷에 들어 있는 숫자로, 라우터를 지날 때마다 1씩 줄어듭니다. 0이 되면 패킷은 버려지고 보낸 쪽에 그 사실이 알려집니다. 패킷이 끝없이 맴도는 것을 막아 주며, traceroute는 이것을 이용해 경로에 있는 라우터들을 찾습니다.</translation>
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
    <name>LabTopology</name>
    <message>
        <source>A host name is 1 to 12 small letters, digits or &apos;-&apos;, starting with a letter.</source>
        <translation>호스트 이름은 영문 소문자, 숫자, &apos;-&apos;로 된 1~12글자이고, 영문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>There is already a host called %1.</source>
        <translation>이름이 %1인 호스트가 이미 있습니다.</translation>
    </message>
    <message>
        <source>The router has no network called %1.</source>
        <translation>공유기에 %1 네트워크가 없습니다.</translation>
    </message>
    <message>
        <source>A lab host needs an IPv4 address.</source>
        <translation>실습 호스트에는 IPv4 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is not in the %2 network (%3/%4).</source>
        <translation>%1 주소는 %2 네트워크(%3/%4)에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is the network&apos;s own address or its broadcast address; pick another.</source>
        <translation>%1 주소는 네트워크 자체의 주소이거나 브로드캐스트 주소입니다. 다른 주소를 고르세요.</translation>
    </message>
    <message>
        <source>%1 is already used by %2.</source>
        <translation>%1 주소는 이미 %2 호스트가 쓰고 있습니다.</translation>
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
        <translation>%1에서 %2에 연결을 요청함</translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1에서 %2에 연결됨</translation>
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
    <message>
        <source>relay linked</source>
        <translation>중계 연결됨</translation>
    </message>
    <message>
        <source>changed on purpose</source>
        <translation>일부러 변경됨</translation>
    </message>
    <message>
        <source>joined group</source>
        <translation>그룹 가입</translation>
    </message>
    <message>
        <source>left group</source>
        <translation>그룹 탈퇴</translation>
    </message>
    <message>
        <source>window busy</source>
        <translation>창 바쁨</translation>
    </message>
    <message>
        <source>relays to and from socket #%1</source>
        <translation>#%1번 소켓과 양방향 중계</translation>
    </message>
    <message numerus="yes">
        <source>the lossy path dropped %n byte(s) on purpose</source>
        <translation>
            <numerusform>손실 경로가 %n바이트를 일부러 버림</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lossy path sent %n byte(s) twice on purpose</source>
        <translation>
            <numerusform>손실 경로가 %n바이트를 일부러 두 번 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lossy path held %n byte(s) back for %1 ms</source>
        <translation>
            <numerusform>손실 경로가 %n바이트를 %1 ms 동안 붙잡아 둠</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lossy path let %n byte(s) overtake others on purpose</source>
        <translation>
            <numerusform>손실 경로가 일부러 %n바이트가 다른 데이터를 앞지르게 함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lossy path slowed %n byte(s) down</source>
        <translation>
            <numerusform>손실 경로가 %n바이트의 속도를 늦춤</numerusform>
        </translation>
    </message>
    <message>
        <source>joined the multicast group %1</source>
        <translation>멀티캐스트 그룹 %1에 가입함</translation>
    </message>
    <message>
        <source>left the multicast group %1</source>
        <translation>멀티캐스트 그룹 %1에서 탈퇴함</translation>
    </message>
    <message>
        <source>the window could not draw for %1 ms</source>
        <translation>창이 %1 ms 동안 화면을 그리지 못함</translation>
    </message>
    <message>
        <source>The socket was just made and has no address yet.</source>
        <translation>소켓이 방금 만들어져서 아직 주소가 없습니다.</translation>
    </message>
    <message>
        <source>bind() gave the socket its local IP address and port.</source>
        <translation>bind()가 소켓에 로컬 IP 주소와 포트를 정해 주었습니다.</translation>
    </message>
    <message>
        <source>listen() was called: the socket waits for clients to connect.</source>
        <translation>listen()이 호출되었습니다: 소켓이 클라이언트의 연결을 기다립니다.</translation>
    </message>
    <message>
        <source>connect() was called: the 3-way handshake is under way.</source>
        <translation>connect()가 호출되었습니다: 3-way 핸드셰이크가 진행 중입니다.</translation>
    </message>
    <message>
        <source>The connection is open: data can flow both ways.</source>
        <translation>연결이 열려 있습니다: 데이터가 양방향으로 오갈 수 있습니다.</translation>
    </message>
    <message>
        <source>This side called shutdown(): it sends no more (FIN), but it still reads what the other side sends.</source>
        <translation>이쪽이 shutdown()을 호출했습니다: 더는 보내지 않지만(FIN), 상대방이 보내는 것은 계속 읽습니다.</translation>
    </message>
    <message>
        <source>The other side sent FIN: it sends no more. This side may still send, then close.</source>
        <translation>상대방이 FIN을 보냈습니다: 상대방은 더는 보내지 않습니다. 이쪽은 아직 보낼 수 있고, 그다음 닫으면 됩니다.</translation>
    </message>
    <message>
        <source>close() was called and the connection is shutting down.</source>
        <translation>close()가 호출되어 연결이 닫히고 있습니다.</translation>
    </message>
    <message>
        <source>The program closed the socket. The kernel may keep it a little longer (TIME_WAIT).</source>
        <translation>프로그램이 소켓을 닫았습니다. 커널은 소켓을 조금 더 유지할 수 있습니다(TIME_WAIT).</translation>
    </message>
    <message>
        <source>The connection ended at once with a reset (RST) instead of the polite FIN.</source>
        <translation>정상적인 FIN 대신 리셋(RST)으로 연결이 바로 끝났습니다.</translation>
    </message>
    <message>
        <source>The OS refused what was asked (for example the port was in use). Point at the row for the reason.</source>
        <translation>OS가 요청을 거부했습니다(예를 들어 포트가 이미 쓰이고 있었습니다). 이유를 보려면 행에 마우스를 올리세요.</translation>
    </message>
    <message>
        <source>close() called: %1</source>
        <translation>close() 호출됨: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 UDP datagram, %n byte(s)</source>
        <translation>
            <numerusform>%1 → %2 UDP 데이터그램, %n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 %2: %3</source>
        <comment>computer, its network interface, the packet</comment>
        <translation>%1의 %2에서 봄: %3</translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <comment>network interface, the packet</comment>
        <translation>%1에서 봄: %2</translation>
    </message>
    <message>
        <source>TCP numbers</source>
        <comment>event kind: the kernel&apos;s tcp_info</comment>
        <translation>TCP 숫자</translation>
    </message>
    <message>
        <source>the kernel&apos;s TCP numbers changed</source>
        <translation>커널의 TCP 숫자가 바뀜</translation>
    </message>
    <message>
        <source>cwnd %1 segments, RTT %2 ms, %3 resent</source>
        <translation>cwnd 세그먼트 %1개, RTT %2 ms, 재전송 %3번</translation>
    </message>
    <message>
        <source>cwnd %1 segments, RTT %2 ms, %3 in flight, %4 resent</source>
        <translation>cwnd 세그먼트 %1개, RTT %2 ms, 가는 중 %3개, 재전송 %4번</translation>
    </message>
    <message>
        <source>link fault</source>
        <comment>event kind: loss or a rate limit set on a lab cable</comment>
        <translation>링크 장애</translation>
    </message>
    <message>
        <source>option set</source>
        <comment>event kind: a socket option (setsockopt)</comment>
        <translation>옵션 설정</translation>
    </message>
    <message>
        <source>the link %1 works normally again</source>
        <translation>%1 링크가 다시 정상적으로 동작함</translation>
    </message>
    <message>
        <source>the link %1 now has %2; the kernel refused %3</source>
        <translation>링크 %1에 이제 %2 적용됨. 커널이 거부함: %3</translation>
    </message>
    <message>
        <source>no fault</source>
        <translation>장애 없음</translation>
    </message>
    <message>
        <source>the link %1 now has %2</source>
        <translation>링크 %1에 이제 %2 적용됨</translation>
    </message>
    <message>
        <source>on</source>
        <comment>option value</comment>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <comment>option value</comment>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>%1 set to %2 (the kernel&apos;s value could not be read)</source>
        <translation>%1 옵션 설정: %2(커널의 값을 읽을 수 없음)</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 옵션 설정: %2</translation>
    </message>
    <message>
        <source>%1: asked %2, kernel uses %3</source>
        <translation>%1: %2 요청, 커널은 %3 사용</translation>
    </message>
    <message>
        <source>%1: asked %2, the kernel keeps %3</source>
        <translation>%1: %2 요청, 커널은 %3 유지</translation>
    </message>
    <message>
        <source>network built</source>
        <comment>event kind: the lab network&apos;s computers and cables were set up</comment>
        <translation>네트워크 구성</translation>
    </message>
    <message numerus="yes">
        <source>the lab network has %n computer(s) behind a router</source>
        <translation>
            <numerusform>실습 네트워크: 라우터 뒤에 컴퓨터 %n대</numerusform>
        </translation>
    </message>
    <message>
        <source>challenge started</source>
        <comment>event kind: the teacher started a class challenge</comment>
        <translation>도전 과제 시작됨</translation>
    </message>
    <message numerus="yes">
        <source>the challenge &quot;%1&quot; started on %2, time limit %n second(s)</source>
        <translation>
            <numerusform>%2에서 도전 과제 &quot;%1&quot; 시작됨, 제한 시간 %n초</numerusform>
        </translation>
    </message>
    <message>
        <source>the challenge &quot;%1&quot; started on %2, no time limit</source>
        <translation>%2에서 도전 과제 &quot;%1&quot; 시작됨, 제한 시간 없음</translation>
    </message>
    <message>
        <source>note</source>
        <comment>event log: a note the app wrote, not a failure</comment>
        <translation>메모</translation>
    </message>
    <message>
        <source>A note the app wrote into the journal, such as the start or the end of a mystery-fault drill. Nothing went wrong.</source>
        <translation>앱이 기록에 남긴 메모입니다. 예를 들어 미스터리 고장 연습의 시작이나 끝입니다. 잘못된 일은 없습니다.</translation>
    </message>
    <message>
        <source>reading paused</source>
        <comment>event kind: the program stopped calling recv()</comment>
        <translation>읽기 멈춤</translation>
    </message>
    <message>
        <source>reading resumed</source>
        <comment>event kind: the program calls recv() again</comment>
        <translation>읽기 다시 시작</translation>
    </message>
    <message>
        <source>reading paused or resumed</source>
        <comment>event kind: the program stopped or started calling recv()</comment>
        <translation>읽기 멈춤 또는 다시 시작</translation>
    </message>
    <message>
        <source>%1; segments: %2 out, %3 in</source>
        <comment>tcp_info: the numbers, then the segments sent and received so far</comment>
        <translation>%1; 세그먼트: 보냄 %2, 받음 %3</translation>
    </message>
    <message>
        <source>%1; segments: %2 out (%3 with data), %4 in (%5 with data)</source>
        <comment>tcp_info: the numbers, then the segments sent and received so far</comment>
        <translation>%1; 세그먼트: 보냄 %2 (데이터 있음 %3), 받음 %4 (데이터 있음 %5)</translation>
    </message>
    <message>
        <source>the program stopped reading: what arrives waits in the kernel</source>
        <translation>프로그램이 읽기를 멈췄습니다: 도착한 데이터는 커널에서 기다립니다</translation>
    </message>
    <message>
        <source>the program reads again</source>
        <translation>프로그램이 다시 읽습니다</translation>
    </message>
    <message>
        <source>cwnd %1 segments, RTT %2 ms, %3 in flight (%4 bytes), %5 resent</source>
        <translation>cwnd 세그먼트 %1개, RTT %2 ms, 가는 중 %3개(%4바이트), 재전송 %5번</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <comment>a size under a kilobyte</comment>
        <translation>
            <numerusform>%n 바이트</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerQuestions</name>
    <message>
        <source>What is a socket?</source>
        <translation>소켓이란 무엇인가요?</translation>
    </message>
    <message>
        <source>The endpoint a program talks through: the door between the program and the network part of the OS. It works both ways. In the socket table each row is one socket, named by its protocol, local ip:port and remote ip:port.</source>
        <translation>프로그램이 통신할 때 거치는 끝점으로, 프로그램과 OS의 네트워크 부분 사이에 있는 문입니다. 양방향으로 동작합니다. 소켓 테이블에서 각 행은 소켓 하나이며, 프로토콜, 로컬 ip:포트, 원격 ip:포트로 구분합니다.</translation>
    </message>
    <message>
        <source>Stream or datagram: what is the difference?</source>
        <translation>스트림과 데이터그램은 무엇이 다른가요?</translation>
    </message>
    <message>
        <source>A stream socket (TCP) first sets up a connection, then delivers every byte, in order, with no message borders. A datagram socket (UDP) needs no set-up and keeps each message whole, but a message may be lost or come out of order. TCP gives reliability and order; UDP gives speed and no waiting.</source>
        <translation>스트림 소켓(TCP)은 먼저 연결을 맺은 다음, 모든 바이트를 순서대로, 메시지 경계 없이 전달합니다. 데이터그램 소켓(UDP)은 준비 과정이 필요 없고 각 메시지를 통째로 지키지만, 메시지가 사라지거나 순서가 바뀌어 도착할 수 있습니다. TCP는 신뢰성과 순서를, UDP는 속도와 기다림 없는 전송을 줍니다.</translation>
    </message>
    <message>
        <source>Why do we need port numbers at all?</source>
        <translation>포트 번호는 왜 필요한가요?</translation>
    </message>
    <message>
        <source>The IP address only brings a packet to the right computer. Many programs run there, so the port says which one gets it.</source>
        <translation>IP 주소는 패킷을 올바른 컴퓨터까지만 데려다줍니다. 그 컴퓨터에서는 많은 프로그램이 실행되므로, 포트가 어느 프로그램이 받을지 알려 줍니다.</translation>
    </message>
    <message>
        <source>Why does my client get a different port every time?</source>
        <translation>왜 클라이언트는 매번 다른 포트를 받나요?</translation>
    </message>
    <message>
        <source>Clients do not choose their port: the OS picks a free one from its ephemeral range for each connection, and takes it back afterwards.</source>
        <translation>클라이언트는 자기 포트를 고르지 않습니다: 연결할 때마다 OS가 임시 포트 대역에서 빈 포트를 골라 주고, 끝나면 돌려받습니다.</translation>
    </message>
    <message>
        <source>How can one server port talk to many clients?</source>
        <translation>서버 포트 하나가 어떻게 여러 클라이언트와 통신하나요?</translation>
    </message>
    <message>
        <source>accept() makes a new socket for each client, all with the server&apos;s ip:port. The OS tells them apart by the client&apos;s side: every connection is a different socket pair.</source>
        <translation>accept()는 클라이언트마다 새 소켓을 만들고, 이 소켓들은 모두 서버의 ip:포트를 가집니다. OS는 클라이언트 쪽을 보고 이들을 구분합니다: 연결마다 소켓 쌍이 다릅니다.</translation>
    </message>
    <message>
        <source>Is the connection ready before the server calls accept()?</source>
        <translation>서버가 accept()를 호출하기 전에 연결이 준비되나요?</translation>
    </message>
    <message>
        <source>Yes. The OS finishes the 3-way handshake by itself, and the connection waits in the backlog until accept() picks it up.</source>
        <translation>네. OS가 스스로 3-way 핸드셰이크를 마치고, 연결은 accept()가 가져갈 때까지 백로그에서 기다립니다.</translation>
    </message>
    <message>
        <source>Why is a closed socket still listed in TIME_WAIT?</source>
        <translation>닫힌 소켓이 왜 아직 TIME_WAIT로 표시되나요?</translation>
    </message>
    <message>
        <source>The side that closed first waits a while so late packets of the old connection die out before the same ports are used again.</source>
        <translation>먼저 닫은 쪽은 같은 포트를 다시 쓰기 전에 이전 연결의 늦은 패킷이 사라지도록 한동안 기다립니다.</translation>
    </message>
    <message>
        <source>Can two sockets use the same port?</source>
        <translation>두 소켓이 같은 포트를 쓸 수 있나요?</translation>
    </message>
    <message>
        <source>Not with the same protocol and address: bind() fails with &quot;address in use&quot;. TCP and UDP may share a number, two addresses of one host may share it, and accepted sockets share their listener&apos;s, because the OS looks at the whole tuple.</source>
        <translation>같은 프로토콜과 같은 주소로는 안 됩니다: bind()가 &quot;address in use&quot;(주소 사용 중) 오류로 실패합니다. TCP와 UDP는 같은 번호를 함께 쓸 수 있고, 한 호스트의 두 주소도 같은 번호를 쓸 수 있으며, accept로 받은 소켓은 리스너의 포트를 함께 씁니다. OS는 전체 튜플을 보기 때문입니다.</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>올바른 JSON이 아닙니다(바이트 %2에서 %1)</translation>
    </message>
    <message>
        <source>the file is JSON but not an object</source>
        <translation>파일이 JSON이지만 객체가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;socketscope-lesson&quot;</source>
        <translation>&quot;format&quot;이 &quot;socketscope-lesson&quot;이 아닙니다</translation>
    </message>
    <message>
        <source>unsupported version (this SocketScope reads version %1)</source>
        <translation>지원하지 않는 버전입니다(이 SocketScope가 읽는 버전: %1)</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not made of lower-case letters, digits, - and _</source>
        <translation>&quot;id&quot;가 없거나, 영어 소문자, 숫자, -, _ 외의 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>&quot;title&quot; needs both &quot;en&quot; and &quot;ko&quot;</source>
        <translation>&quot;title&quot;에는 &quot;en&quot;과 &quot;ko&quot;가 모두 필요합니다</translation>
    </message>
    <message>
        <source>&quot;summary&quot; needs both &quot;en&quot; and &quot;ko&quot;</source>
        <translation>&quot;summary&quot;에는 &quot;en&quot;과 &quot;ko&quot;가 모두 필요합니다</translation>
    </message>
    <message>
        <source>&quot;pace_ms&quot; is negative</source>
        <translation>&quot;pace_ms&quot;가 음수입니다</translation>
    </message>
    <message>
        <source>&quot;expects&quot; names an unknown event kind &quot;%1&quot;</source>
        <translation>&quot;expects&quot;에 알 수 없는 이벤트 종류가 있습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;expects&quot; names an unknown kernel state &quot;%1&quot;</source>
        <translation>&quot;expects&quot;에 알 수 없는 커널 상태가 있습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing or empty</source>
        <translation>&quot;steps&quot;가 없거나 비어 있습니다</translation>
    </message>
    <message>
        <source>step %1 is not an object</source>
        <translation>%1단계가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>step %1 has no English narration</source>
        <translation>%1단계에 영어 설명이 없습니다</translation>
    </message>
    <message>
        <source>step %1 has no Korean narration</source>
        <translation>%1단계에 한국어 설명이 없습니다</translation>
    </message>
    <message>
        <source>step %1: unknown action &quot;%2&quot;</source>
        <translation>%1단계: 알 수 없는 동작 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>step %1: action &quot;%2&quot; needs the argument &quot;%3&quot;</source>
        <translation>%1단계: 동작 &quot;%2&quot;에는 &quot;%3&quot; 인수가 필요합니다</translation>
    </message>
    <message>
        <source>step %1: &quot;%2&quot; refers to the socket &quot;%3&quot;, which no earlier step opens</source>
        <translation>%1단계: &quot;%2&quot; 인수가 &quot;%3&quot; 소켓을 가리키지만, 그 소켓을 여는 앞 단계가 없습니다</translation>
    </message>
    <message>
        <source>step %1: action &quot;%2&quot; opens a socket and needs a &quot;name&quot;</source>
        <translation>%1단계: &quot;%2&quot; 동작은 소켓을 열므로 &quot;name&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>step %1: the name &quot;%2&quot; must be lower-case letters, digits, - and _</source>
        <translation>%1단계: &quot;%2&quot; 이름은 영어 소문자, 숫자, -, _로만 이루어져야 합니다</translation>
    </message>
    <message>
        <source>step %1: the name &quot;%2&quot; is already used by an earlier step</source>
        <translation>%1단계: &quot;%2&quot; 이름은 앞 단계에서 이미 사용했습니다</translation>
    </message>
    <message>
        <source>step %1: the highlight refers to the socket &quot;%2&quot;, which no step opens</source>
        <translation>%1단계: 강조 표시가 &quot;%2&quot; 소켓을 가리키지만, 그 소켓을 여는 단계가 없습니다</translation>
    </message>
    <message>
        <source>step %1: unknown column &quot;%2&quot;</source>
        <translation>%1단계: 알 수 없는 열 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>step %1: unknown event kind &quot;%2&quot;</source>
        <translation>%1단계: 알 수 없는 이벤트 종류 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>step %1: port %2 is outside 0..65535</source>
        <translation>%1단계: %2번 포트는 0..65535 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>step %1: unknown kernel state &quot;%2&quot;</source>
        <translation>%1단계: 알 수 없는 커널 상태 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>step %1: unknown port range &quot;%2&quot;</source>
        <translation>%1단계: 알 수 없는 포트 대역 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>step %1: unknown highlight &quot;%2&quot;</source>
        <translation>%1단계: 알 수 없는 강조 표시 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;network&quot; is &quot;%1&quot;; it can be &quot;host&quot; or &quot;lab&quot;</source>
        <translation>&quot;network&quot; 값이 &quot;%1&quot;입니다. &quot;host&quot;나 &quot;lab&quot;만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be the name of a view: %1</source>
        <translation>&quot;view&quot;에는 보기 이름을 써야 합니다: %1</translation>
    </message>
    <message>
        <source>&quot;view&quot; is &quot;%1&quot;; it can be %2</source>
        <translation>&quot;view&quot;가 &quot;%1&quot;입니다. %2 중 하나만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>%1단계: %2</translation>
    </message>
    <message>
        <source>step %1: &quot;select&quot; must be the name of a socket</source>
        <translation>%1단계: &quot;select&quot;에는 소켓 이름을 써야 합니다</translation>
    </message>
    <message>
        <source>step %1: &quot;select&quot; refers to the socket &quot;%2&quot;, which no step opens</source>
        <translation>%1단계: &quot;select&quot;가 &quot;%2&quot; 소켓을 가리키지만, 그 소켓을 여는 단계가 없습니다</translation>
    </message>
    <message>
        <source>step %1: each highlight has exactly one of %2</source>
        <translation>%1단계: 각 강조 표시에는 %2 중 정확히 하나가 있어야 합니다</translation>
    </message>
    <message>
        <source>step %1: in &quot;highlight&quot;, &quot;arrow&quot; is &quot;%2&quot;; it can be %3</source>
        <translation>%1단계: &quot;highlight&quot;의 &quot;arrow&quot;가 &quot;%2&quot;입니다. 쓸 수 있는 값: %3</translation>
    </message>
    <message>
        <source>step %1: &quot;playhead&quot;: %2</source>
        <translation>%1단계: &quot;playhead&quot;: %2</translation>
    </message>
    <message>
        <source>step %1: &quot;playhead&quot; refers to the socket &quot;%2&quot;, which no step opens</source>
        <translation>%1단계: &quot;playhead&quot;가 &quot;%2&quot; 소켓을 가리키지만, 그 소켓을 여는 단계가 없습니다</translation>
    </message>
    <message>
        <source>&quot;recording&quot; must be the name of a file beside the lesson, such as &quot;handshake.jsonl&quot;</source>
        <translation>&quot;recording&quot;은 수업 옆에 있는 파일의 이름이어야 합니다 (예: &quot;handshake.jsonl&quot;)</translation>
    </message>
    <message>
        <source>step %1: the action &quot;%2&quot; needs live sockets, but the lesson is told over the recording &quot;%3&quot;; its steps can only show (action &quot;none&quot;)</source>
        <translation>%1단계: 동작 &quot;%2&quot;에는 실시간 소켓이 필요하지만, 이 수업은 녹화 &quot;%3&quot; 위에서 진행됩니다. 단계는 보여 주기만 할 수 있습니다 (동작 &quot;none&quot;)</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>%1에서 연결을 기다릴 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The server socket listens on %1 with a backlog of %2.</source>
        <translation>서버 소켓이 %1에서 백로그 %2로 연결을 기다립니다.</translation>
    </message>
    <message>
        <source>Port 0 asked the OS to pick a free port: it picked %1.</source>
        <translation>포트 0은 OS에 빈 포트를 골라 달라는 뜻입니다: OS가 %1번 포트를 골랐습니다.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The connection to %1 ended before it was set up.</source>
        <translation>%1에 대한 연결이 만들어지기 전에 끝났습니다.</translation>
    </message>
    <message>
        <source>Connected to %1. The OS gave the client the local port %2 by itself.</source>
        <translation>%1에 연결했습니다. OS가 클라이언트에게 %2번 로컬 포트를 스스로 정해 주었습니다.</translation>
    </message>
    <message>
        <source>%1 clients connected to %2. The OS gave them the local ports %3.</source>
        <translation>클라이언트 %1개가 %2에 연결했습니다. OS가 정해 준 로컬 포트: %3.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>연결에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>No connection within %1 seconds.</source>
        <translation>%1초 안에 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>&quot;count&quot; must be between 1 and 100.</source>
        <translation>&quot;count&quot;는 1에서 100 사이여야 합니다.</translation>
    </message>
    <message>
        <source>accept() returned a new socket (#%1) for the client %2. Its local side %3 is the listening socket&apos;s own.</source>
        <translation>accept()가 %2 클라이언트를 위한 새 소켓(#%1)을 돌려주었습니다. 이 소켓의 로컬 쪽(%3)은 리스닝 소켓의 것과 같습니다.</translation>
    </message>
    <message>
        <source>accept() returned %1 new sockets, one per client, all with the local side %2.</source>
        <translation>accept()가 클라이언트마다 하나씩, 새 소켓 %1개를 돌려주었습니다. 모두 로컬 쪽이 %2입니다.</translation>
    </message>
    <message>
        <source>The server did not accept the connection (is accepting paused?).</source>
        <translation>서버가 연결을 수락하지 않았습니다(수락이 일시 정지되어 있나요?).</translation>
    </message>
    <message>
        <source>The server stopped calling accept(). The kernel still completes handshakes and queues them.</source>
        <translation>서버가 accept() 호출을 멈췄습니다. 커널은 그래도 핸드셰이크를 완료하고 연결을 대기열에 넣습니다.</translation>
    </message>
    <message>
        <source>The server calls accept() again and takes the waiting connections.</source>
        <translation>서버가 다시 accept()를 호출해 기다리던 연결을 가져갑니다.</translation>
    </message>
    <message>
        <source>The server accepts at most %1 connections at once; more wait in the queue.</source>
        <translation>서버는 한 번에 최대 %1개의 연결을 수락합니다. 나머지는 대기열에서 기다립니다.</translation>
    </message>
    <message>
        <source>The server accepts any number of connections.</source>
        <translation>서버가 연결을 개수 제한 없이 수락합니다.</translation>
    </message>
    <message>
        <source>Could not send: %1</source>
        <translation>보낼 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s).</source>
        <translation>
            <numerusform>%n바이트를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other end (#%1) received them in %n read(s).</source>
        <translation>
            <numerusform>상대편(#%1)이 %n번 읽어서 받았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not shut down the sending side: %1</source>
        <translation>보내는 방향을 닫을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>shutdown(): this side sent FIN and sends no more, but it can still receive.</source>
        <translation>shutdown(): 이쪽이 FIN을 보냈고 더는 보내지 않지만, 받기는 계속할 수 있습니다.</translation>
    </message>
    <message>
        <source>abort(): the connection was reset with RST; no FIN, no TIME_WAIT.</source>
        <translation>abort(): 연결이 RST로 리셋되었습니다. FIN도 TIME_WAIT도 없습니다.</translation>
    </message>
    <message>
        <source>close() was called.</source>
        <translation>close()를 호출했습니다.</translation>
    </message>
    <message>
        <source>Could not bind a UDP socket to %1: %2</source>
        <translation>UDP 소켓을 %1에 바인드할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A UDP socket is bound to %1. No listen(), no accept(): it can send and receive at once.</source>
        <translation>UDP 소켓이 %1에 바인드되었습니다. listen()도 accept()도 없이 바로 보내고 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not send the datagram: %1</source>
        <translation>데이터그램을 보낼 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n datagram(s).</source>
        <translation>
            <numerusform>데이터그램 %n개를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n arrived, each as one whole message.</source>
        <translation>
            <numerusform>%n개 모두 도착했고, 각각 하나의 온전한 메시지로 도착했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 arrived: UDP does not promise delivery.</source>
        <translation>%2개 중 %1개가 도착했습니다: UDP는 전달을 보장하지 않습니다.</translation>
    </message>
    <message>
        <source>(This machine answered differently from most; the lesson goes on.)</source>
        <translation>(이 컴퓨터는 대부분의 컴퓨터와 다르게 응답했습니다. 수업은 계속됩니다.)</translation>
    </message>
    <message>
        <source>This step watches the kernel&apos;s socket states, and SocketScope cannot read them on this system.</source>
        <translation>이 단계는 커널의 소켓 상태를 관찰하는데, 이 시스템에서는 SocketScope가 그 상태를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown kernel state &quot;%1&quot;.</source>
        <translation>알 수 없는 커널 상태 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>The kernel reports socket #%1 in %2.</source>
        <translation>커널에 따르면 #%1번 소켓은 %2 상태입니다.</translation>
    </message>
    <message>
        <source>Socket #%1 did not reach %2 within %3 seconds.</source>
        <translation>#%1번 소켓이 %3초 안에 %2 상태에 도달하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The kernel says %n connection(s) wait in the accept queue (limit %1).</source>
        <translation>
            <numerusform>커널에 따르면 연결 %n개가 수락 대기열에서 기다리고 있습니다(한도 %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection showed up in the accept queue.</source>
        <translation>수락 대기열에 연결이 나타나지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not start the port forwarder on %1: %2</source>
        <translation>%1에서 포트 포워더를 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The forwarder listens on %1 and passes every connection on to %2.</source>
        <translation>포워더가 %1에서 수신 대기하며, 들어오는 모든 연결을 %2에 전달합니다.</translation>
    </message>
    <message>
        <source>This step needs the socket &quot;%1&quot;, which an earlier step could not open.</source>
        <translation>이 단계에는 &quot;%1&quot; 소켓이 필요한데, 이전 단계에서 이 소켓을 열지 못했습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; 값은 IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a port number: ports go from 0 to 65535.</source>
        <translation>%1 값은 포트 번호가 아닙니다: 포트는 0부터 65535까지입니다.</translation>
    </message>
    <message>
        <source>The socket &quot;%1&quot; has no port yet.</source>
        <translation>소켓 &quot;%1&quot;에는 아직 포트가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written as ip:port.</source>
        <translation>&quot;%1&quot; 값은 ip:port 형식으로 쓰여 있지 않습니다.</translation>
    </message>
    <message>
        <source>Port %1 could not be used (another socket already uses it), so the OS picked port %2 instead.</source>
        <translation>%1번 포트를 쓸 수 없어서(다른 소켓이 이미 쓰고 있음) OS가 대신 %2번 포트를 골랐습니다.</translation>
    </message>
    <message>
        <source>Port %1 could not be used (it needs administrator rights), so the OS picked port %2 instead.</source>
        <translation>%1번 포트를 쓸 수 없어서(관리자 권한이 필요함) OS가 대신 %2번 포트를 골랐습니다.</translation>
    </message>
    <message>
        <source>(it cannot say)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>setsockopt() on socket #%1: %2 asked %3, the kernel reports %4.</source>
        <translation>소켓 #%1의 setsockopt(): %2 옵션 요청 값은 %3이고, 커널이 알려 준 값은 %4입니다.</translation>
    </message>
    <message>
        <source>With linger 0, close() on this socket throws the connection away with RST.</source>
        <translation>linger가 0이면 이 소켓의 close()는 RST를 보내 연결을 그냥 버립니다.</translation>
    </message>
    <message>
        <source>&quot;option&quot; must be the name of a socket option: %1</source>
        <translation>&quot;option&quot;에는 소켓 옵션 이름을 써야 합니다: %1</translation>
    </message>
    <message>
        <source>&quot;option&quot; is &quot;%1&quot;; write the value in &quot;value&quot;</source>
        <translation>&quot;option&quot;이 &quot;%1&quot;입니다. 값은 &quot;value&quot;에 쓰세요</translation>
    </message>
    <message>
        <source>&quot;value&quot; of %1 must be a number, true/false or &quot;on&quot;/&quot;off&quot;</source>
        <translation>%1의 &quot;value&quot;는 숫자, true/false 또는 &quot;on&quot;/&quot;off&quot;여야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) in one call.</source>
        <translation>
            <numerusform>한 번의 호출로 %n바이트를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other end (#%1) has read them all.</source>
        <translation>상대편(#%1)이 모두 읽었습니다.</translation>
    </message>
    <message>
        <source>No program at the other end has read any of them yet.</source>
        <translation>상대편 프로그램은 아직 하나도 읽지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The other end (#%1) has read %n byte(s) so far.</source>
        <translation>
            <numerusform>상대편(#%1)이 지금까지 %n바이트를 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;bytes&quot; must be a number from 1 to %1</source>
        <translation>&quot;bytes&quot;는 1부터 %1까지의 수여야 합니다</translation>
    </message>
    <message>
        <source>&quot;fault&quot; must be written as --link takes it, e.g. &quot;loss=5%,rate=1mbit&quot; (&quot;none&quot; clears it)</source>
        <translation>&quot;fault&quot;는 --link와 같은 모양으로 써야 합니다. 예: &quot;loss=5%,rate=1mbit&quot; (&quot;none&quot;이면 없앱니다)</translation>
    </message>
    <message>
        <source>&quot;fault&quot; is &quot;%1&quot;: %2</source>
        <translation>&quot;fault&quot;가 &quot;%1&quot;입니다: %2</translation>
    </message>
    <message>
        <source>Socket #%1 stops calling read(). What arrives now waits in its kernel&apos;s receive buffer.</source>
        <translation>#%1번 소켓이 read() 호출을 멈춥니다. 이제 도착하는 데이터는 커널의 수신 버퍼에서 기다립니다.</translation>
    </message>
    <message>
        <source>Socket #%1 calls read() again and takes what waited in its kernel&apos;s receive buffer.</source>
        <translation>#%1번 소켓이 다시 read()를 호출해서, 커널의 수신 버퍼에서 기다리던 데이터를 가져갑니다.</translation>
    </message>
    <message>
        <source>the kernel did not say how many segments</source>
        <translation>커널이 알려 주지 않은 수의 세그먼트</translation>
    </message>
    <message numerus="yes">
        <source>%n TCP segment(s)</source>
        <translation>
            <numerusform>TCP 세그먼트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It answered at once with %n byte(s).</source>
        <translation>
            <numerusform>상대편은 곧바로 %n바이트로 답했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) of %1 bytes each left in %2.</source>
        <translation>
            <numerusform>%1바이트씩 %n번 쓴 데이터가 %2로 나갔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is about %1 bytes per segment.</source>
        <translation>세그먼트 하나에 약 %1바이트인 셈입니다.</translation>
    </message>
    <message>
        <source>TCP_NODELAY is on: the kernel sends small writes without waiting for ACKs.</source>
        <translation>TCP_NODELAY 켜짐: 커널이 ACK를 기다리지 않고 작은 쓰기를 바로 보냅니다.</translation>
    </message>
    <message>
        <source>TCP_NODELAY is off: Nagle&apos;s rule holds small writes back while a segment waits for its ACK.</source>
        <translation>TCP_NODELAY 꺼짐: 세그먼트 하나가 ACK를 기다리는 동안 Nagle 규칙이 작은 쓰기를 붙잡아 둡니다.</translation>
    </message>
    <message>
        <source>The other end did not read the writes within %1 seconds.</source>
        <translation>상대편이 %1초 안에 쓴 데이터를 다 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>In %1 seconds socket #%2 sent %3.</source>
        <translation>%1초 동안 #%2번 소켓이 %3를 보냈습니다.</translation>
    </message>
    <message>
        <source>The other side&apos;s window is 0 bytes, so every segment sent was a zero-window probe: &quot;do you have room yet?&quot;</source>
        <translation>상대편의 윈도가 0바이트이므로, 보낸 세그먼트는 모두 제로 윈도 확인 패킷(probe)이었습니다: &quot;이제 자리가 있나요?&quot;</translation>
    </message>
    <message numerus="yes">
        <source>The other side&apos;s window is %n byte(s).</source>
        <translation>
            <numerusform>상대편의 윈도는 %n바이트입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Socket #%1 has read %n byte(s) in all.</source>
        <translation>
            <numerusform>#%1번 소켓이 모두 합쳐 %n바이트를 읽었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Socket #%1 did not read %2 bytes within %n second(s).</source>
        <translation>
            <numerusform>#%1번 소켓이 %n초 안에 %2바이트를 읽지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;count&quot; must be a number from 1 to %1</source>
        <translation>&quot;count&quot;는 1부터 %1까지의 수여야 합니다</translation>
    </message>
</context>
<context>
    <name>LessonChoice</name>
    <message>
        <source>the lesson file %1 does not exist</source>
        <translation>수업 파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>the lesson file %1 is not a file</source>
        <translation>수업 파일 경로가 파일이 아닙니다: %1</translation>
    </message>
    <message>
        <source>the lesson file %1 cannot be used: %2</source>
        <translation>%1 수업 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>there is no lesson &quot;%1&quot;; --list-lessons shows them</source>
        <translation>&quot;%1&quot;이라는 수업이 없습니다. --list-lessons로 수업 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>the lesson &quot;%1&quot; cannot play over a recording: its step %2 (&quot;%3&quot;) needs live sockets. Over --replay, a lesson&apos;s steps can only show (action &quot;none&quot;).</source>
        <translation>&quot;%1&quot; 수업은 녹화 위에서 진행할 수 없습니다: %2단계(&quot;%3&quot;)에 실시간 소켓이 필요합니다. --replay 위에서는 수업의 단계가 보여 주기만 할 수 있습니다 (동작 &quot;none&quot;).</translation>
    </message>
    <message>
        <source>the lesson &quot;%1&quot; is told over the recording %2, which does not exist</source>
        <translation>&quot;%1&quot; 수업은 %2 녹화 위에서 진행되는데, 그 녹화가 없습니다</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is larger than %1 KiB, too large for a lesson</source>
        <translation>%1 KiB보다 커서 수업으로 쓰기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>uses the id &quot;%1&quot;, which another lesson already has</source>
        <translation>다른 수업이 이미 쓰고 있는 &quot;%1&quot; ID를 사용합니다</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>Going back re-ran the lesson from the start, and step %1 failed: %2</source>
        <translation>뒤로 가기 위해 수업을 처음부터 다시 실행했는데, %1단계가 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Step %1 could not be done: %2</source>
        <translation>%1단계를 실행할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>LessonPlayhead</name>
    <message>
        <source>a step number must be a whole number from 0 up, not %1</source>
        <translation>단계 번호는 0 이상의 정수여야 합니다(지금 값: %1)</translation>
    </message>
    <message>
        <source>write &quot;start&quot;, &quot;live&quot;, a step number, or what to find, e.g. &quot;first SYN&quot;</source>
        <translation>&quot;start&quot;, &quot;live&quot;, 단계 번호, 또는 찾을 것(예: &quot;first SYN&quot;)을 쓰세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;start&quot;, &quot;live&quot;, a step number or e.g. &quot;first SYN of client&quot;</source>
        <translation>&quot;%1&quot; 값은 &quot;start&quot;, &quot;live&quot;, 단계 번호, 또는 &quot;first SYN of client&quot; 같은 형태가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not TCP flags (SYN, SYN+ACK, FIN, RST ...), a kernel state (SYN_RECV ...) or an event kind (connect_started ...)</source>
        <translation>&quot;%1&quot; 값은 TCP 플래그(SYN, SYN+ACK, FIN, RST ...)도, 커널 상태(SYN_RECV ...)도, 이벤트 종류(connect_started ...)도 아닙니다</translation>
    </message>
</context>
<context>
    <name>LessonTopics</name>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Sockets and TCP</source>
        <translation>소켓과 TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Addresses and routers</source>
        <translation>주소와 공유기</translation>
    </message>
    <message>
        <source>More lessons</source>
        <translation>그 밖의 수업</translation>
    </message>
    <message>
        <source>Inside TCP</source>
        <translation>TCP 속으로</translation>
    </message>
</context>
<context>
    <name>LinkFault</name>
    <message>
        <source>loss %1%</source>
        <translation>손실 %1%</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>delay %1 ± %2 ms</source>
        <translation>지연 %1 ± %2 ms</translation>
    </message>
    <message>
        <source>delay %1 ms</source>
        <translation>지연 %1 ms</translation>
    </message>
    <message>
        <source>reorder %1%</source>
        <translation>순서 바뀜 %1%</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a link fault</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value, as in loss=5%</source>
        <translation>&quot;%1&quot;에는 값이 필요합니다. 예: loss=5%</translation>
    </message>
    <message>
        <source>loss=%1: loss is a whole percent of the packets, from 0% to 100%</source>
        <translation>loss=%1: loss는 패킷의 몇 퍼센트인지를 나타내는 정수로, 0%부터 100%까지입니다</translation>
    </message>
    <message>
        <source>seed=%1: the seed is a whole number from 0 to 4294967295</source>
        <translation>seed=%1: seed는 0부터 4294967295까지의 정수입니다</translation>
    </message>
    <message>
        <source>rate=%1: a rate is bits per second with its unit, from 8kbit to 10gbit, e.g. rate=1mbit or rate=500kbit</source>
        <translation>rate=%1: rate는 단위를 붙인 초당 비트 수로, 8kbit부터 10gbit까지입니다. 예: rate=1mbit 또는 rate=500kbit</translation>
    </message>
    <message>
        <source>queue=%1: the queue is a size in bytes from 2kb to 16mb, e.g. queue=64kb</source>
        <translation>queue=%1: queue는 2kb부터 16mb까지의 바이트 크기입니다. 예: queue=64kb</translation>
    </message>
    <message>
        <source>%1=%2: a time from 0 to 10 seconds, e.g. %1=50ms</source>
        <translation>%1=%2: 0초부터 10초까지의 시간이어야 합니다. 예: %1=50ms</translation>
    </message>
    <message>
        <source>reorder=%1: reordering is a whole percent of the packets, from 0% to 100%</source>
        <translation>reorder=%1: 순서 바뀜은 패킷의 몇 퍼센트인지를 나타내는 정수로, 0%부터 100%까지입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link fault; use loss, seed, rate, queue, delay, jitter or reorder</source>
        <translation>&quot;%1&quot; 값은 링크 장애가 아닙니다. loss, seed, rate, queue, delay, jitter, reorder 중에서 쓰세요</translation>
    </message>
    <message>
        <source>queue= is the queue of a rate limit; give a rate too, e.g. rate=1mbit,queue=64kb</source>
        <translation>queue=는 속도 제한의 큐입니다. rate도 함께 주세요. 예: rate=1mbit,queue=64kb</translation>
    </message>
    <message>
        <source>reordering and jitter work on delayed packets; give a delay too, e.g. delay=20ms,reorder=25%</source>
        <translation>순서 바뀜과 jitter는 지연된 패킷에 적용됩니다. delay도 함께 주세요. 예: delay=20ms,reorder=25%</translation>
    </message>
    <message>
        <source>jitter=%1ms is more than the delay of %2 ms</source>
        <translation>jitter=%1ms가 지연 %2 ms보다 큽니다</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>the kernel refused %1 (it said: %2)</source>
        <translation>커널이 거부한 장애: %1 (커널의 말: %2)</translation>
    </message>
    <message>
        <source>write NAME:FAULTS, e.g. wan:loss=5%,rate=1mbit (links: %1)</source>
        <translation>NAME:FAULTS 형식으로 쓰세요. 예: wan:loss=5%,rate=1mbit (링크: %1)</translation>
    </message>
    <message>
        <source>the lab has no link called &quot;%1&quot;; its links are %2</source>
        <translation>실습 네트워크에 &quot;%1&quot; 링크가 없습니다. 있는 링크: %2</translation>
    </message>
    <message>
        <source>The kernel&apos;s netem module is needed for %1, and this kernel does not have it (the kernel said: %2). The other faults were applied.</source>
        <translation>%1에는 커널의 netem 모듈이 필요한데, 이 커널에는 없습니다(커널의 말: %2). 나머지 장애는 적용했습니다.</translation>
    </message>
</context>
<context>
    <name>LinkFaultStep</name>
    <message>
        <source>This step needs the virtual lab network, which is not running here, so its link cannot be made to lose or slow packets. The lesson can go on without it.</source>
        <translation>이 단계에는 가상 실습 네트워크가 필요한데 지금 실행 중이 아니어서, 링크가 패킷을 잃거나 느리게 보내도록 만들 수 없습니다. 수업은 이 단계 없이 계속할 수 있습니다.</translation>
    </message>
    <message>
        <source>The lab has no link called &quot;%1&quot;; its links are %2.</source>
        <translation>실습 네트워크에 &quot;%1&quot;라는 링크가 없습니다. 있는 링크: %2.</translation>
    </message>
    <message>
        <source>The link %1 could not be changed: %2</source>
        <translation>%1 링크를 바꾸지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The link %1 now carries packets without faults.</source>
        <translation>이제 %1 링크는 장애 없이 패킷을 나릅니다.</translation>
    </message>
    <message>
        <source>The link %1 carries packets as before: the kernel applied none of the faults.</source>
        <translation>%1 링크는 전과 같이 패킷을 나릅니다: 커널이 장애를 하나도 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>The link %1 now has: %2.</source>
        <translation>이제 링크 %1의 상태: %2.</translation>
    </message>
</context>
<context>
    <name>OptionRules</name>
    <message>
        <source>unknown socket option &quot;%1&quot;; the options are: %2</source>
        <translation>알 수 없는 소켓 옵션 &quot;%1&quot;입니다. 쓸 수 있는 옵션: %2</translation>
    </message>
    <message>
        <source>%1 is for TCP sockets only</source>
        <translation>%1 옵션은 TCP 소켓에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>%1=%2: write %1, %1=on or %1=off</source>
        <translation>%1=%2: %1, %1=on 또는 %1=off로 쓰세요</translation>
    </message>
    <message>
        <source>%1 needs a value, such as %1=%2</source>
        <translation>%1에는 %1=%2 같은 값이 필요합니다</translation>
    </message>
    <message>
        <source>linger=%1: give a number of seconds from 0 to %2 (0: close() sends a reset), or linger=off</source>
        <translation>linger=%1: 0부터 %2까지의 초 단위 숫자를 주거나(0: close()가 리셋을 보냄) linger=off를 쓰세요</translation>
    </message>
    <message>
        <source>%1=%2: the value must be a whole number from %3 to %4</source>
        <translation>%1=%2: 값은 %3부터 %4까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>an empty socket option (two commas in a row, or one at the end)</source>
        <translation>빈 소켓 옵션이 있습니다(쉼표가 두 개 연달아 있거나, 맨 끝에 쉼표가 있음)</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 옵션을 두 번 주었습니다</translation>
    </message>
</context>
<context>
    <name>PortInfoReport</name>
    <message>
        <source>socketscope: --port-info: %1</source>
        <translation>socketscope: --port-info: %1</translation>
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
        <translation>이 컴퓨터의 OS는 클라이언트 포트를 %1-%2에서 고릅니다. %3번 포트는 그 안에 있습니다.</translation>
    </message>
    <message>
        <source>This machine&apos;s OS picks client ports from %1-%2; %3 is not one of them.</source>
        <translation>이 컴퓨터의 OS는 클라이언트 포트를 %1-%2에서 고릅니다. %3번 포트는 그 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Only the administrator may open a server on it here (ports below %1 are protected).</source>
        <translation>이 컴퓨터에서는 관리자만 이 포트에 서버를 열 수 있습니다(%1번 아래 포트는 보호됨).</translation>
    </message>
    <message>
        <source>In use now: unknown, this system does not list its sockets.</source>
        <translation>지금 사용 중: 알 수 없음. 이 시스템은 소켓 목록을 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>In use now (%1): no socket on this port.</source>
        <translation>지금 사용 중(%1): 이 포트를 쓰는 소켓이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>In use now (%1): %n socket(s)</source>
        <translation>
            <numerusform>지금 사용 중(%1): 소켓 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (프로세스 %2)</translation>
    </message>
    <message>
        <source>Services whose name or description has the words &quot;%1&quot;:</source>
        <translation>이름이나 설명에 &quot;%1&quot; 단어가 있는 서비스:</translation>
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
        <translation>%1 값은 포트 번호가 아닙니다: 포트 번호는 음수가 될 수 없습니다. 0부터 65535까지입니다.</translation>
    </message>
    <message>
        <source>%1 is not a port number: a port is a 16-bit number, so the largest is 65535.</source>
        <translation>%1 값은 포트 번호가 아닙니다: 포트는 16비트 숫자라서 가장 큰 값이 65535입니다.</translation>
    </message>
    <message>
        <source>No list of service names could be read on this machine, so only port numbers can be looked up.</source>
        <translation>이 컴퓨터에서 서비스 이름 목록을 읽을 수 없어서 포트 번호로만 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>No service is called &quot;%1&quot; and no description has that word. Type a port number from 0 to 65535, or a service name such as ssh.</source>
        <translation>이름이 &quot;%1&quot;인 서비스도, 그 단어가 들어간 설명도 없습니다. 0부터 65535 사이의 포트 번호나 ssh 같은 서비스 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>RecordingFormat</name>
    <message>
        <source>the first line is not a JSON object (%1)</source>
        <translation>첫 줄이 JSON 객체가 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>the first line does not say &quot;format&quot;:&quot;socketscope-journal&quot;</source>
        <translation>첫 줄에 &quot;format&quot;:&quot;socketscope-journal&quot;이 없습니다</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;t&quot; is missing or not a number</source>
        <translation>&quot;t&quot;가 없거나 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>텍스트 %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>the first line has no &quot;version&quot;</source>
        <translation>첫 줄에 &quot;version&quot;이 없습니다</translation>
    </message>
    <message>
        <source>the first line&apos;s &quot;version&quot; is %1, not a number</source>
        <translation>첫 줄의 &quot;version&quot;이 숫자가 아닙니다(지금 값: %1)</translation>
    </message>
    <message>
        <source>version %1 is not one this SocketScope reads (it reads version %2)</source>
        <translation>%1 버전은 이 SocketScope가 읽을 수 없습니다(읽을 수 있는 버전: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text, not %2</source>
        <translation>&quot;%1&quot; 항목은 텍스트여야 합니다(지금 값: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a whole number from %2 to %3, not %4</source>
        <translation>&quot;%1&quot; 항목은 %2부터 %3까지의 정수여야 합니다(지금 값: %4)</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>알 수 없는 종류 %1</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>알 수 없는 출처 %1</translation>
    </message>
    <message>
        <source>socket_opened has an unknown role %1</source>
        <translation>socket_opened에 알 수 없는 역할이 있습니다: %1</translation>
    </message>
    <message>
        <source>impaired has an unknown action %1</source>
        <translation>impaired에 알 수 없는 동작이 있습니다: %1</translation>
    </message>
    <message>
        <source>state has an unknown &quot;to&quot; state %1</source>
        <translation>state의 &quot;to&quot;에 알 수 없는 상태가 있습니다: %1</translation>
    </message>
    <message>
        <source>segment has unknown flags %1</source>
        <translation>segment에 알 수 없는 플래그가 있습니다: %1</translation>
    </message>
    <message>
        <source>link_fault refused an unknown part %1</source>
        <translation>link_fault에 알 수 없는 거부된 부분이 있습니다: %1</translation>
    </message>
    <message>
        <source>option_set has an unknown option %1</source>
        <translation>option_set에 알 수 없는 옵션이 있습니다: %1</translation>
    </message>
    <message>
        <source>network&apos;s &quot;topology&quot; should be an object, not %1</source>
        <translation>network의 &quot;topology&quot;는 객체여야 합니다(지금 값: %1)</translation>
    </message>
    <message>
        <source>challenge_started&apos;s &quot;challenge&quot; should be an object, not %1</source>
        <translation>challenge_started의 &quot;challenge&quot;는 객체여야 합니다(지금 값: %1)</translation>
    </message>
    <message>
        <source>reading_paused has no &quot;paused&quot; (1 when reading stopped, 0 when it resumed)</source>
        <translation>reading_paused에 &quot;paused&quot;가 없습니다 (읽기를 멈췄으면 1, 다시 읽으면 0)</translation>
    </message>
</context>
<context>
    <name>RecordingReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes, the most one event may take</source>
        <translation>줄이 이벤트 하나에 허용되는 최대 길이인 %1바이트보다 깁니다</translation>
    </message>
    <message>
        <source>reading stopped after line %1: %2</source>
        <translation>%1번째 줄 다음에서 읽기가 멈췄습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more damaged line(s)</source>
        <translation>
            <numerusform>그 밖에 손상된 줄 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceWarning</name>
    <message>
        <source>Out of sockets: the system lets SocketScope have %1 sockets and files open at once, and the last %2 are kept for the program itself. Servers stop accepting new connections and new sockets are refused until some close; it goes on by itself then.</source>
        <translation>소켓이 부족합니다: 시스템은 SocketScope가 소켓과 파일을 한 번에 %1개까지 열 수 있게 하고, 그중 마지막 %2개는 프로그램 자체를 위해 남겨 둡니다. 몇 개가 닫힐 때까지 서버는 새 연결을 수락하지 않고 새 소켓도 거부됩니다. 그 뒤에는 저절로 다시 진행됩니다.</translation>
    </message>
</context>
<context>
    <name>RouterForwardStep</name>
    <message>
        <source>This step needs the router of the virtual lab network, which is not running here, so it cannot run. The lesson can go on without it.</source>
        <translation>이 단계에는 가상 실습 네트워크의 공유기가 필요한데, 여기서는 실행 중이 아니라서 이 단계를 실행할 수 없습니다. 이 단계 없이도 수업은 계속할 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;public&quot; must be a port number from 1 to 65535.</source>
        <translation>&quot;public&quot;은 1부터 65535까지의 포트 번호여야 합니다.</translation>
    </message>
    <message>
        <source>The router did not take the rule: %1</source>
        <translation>공유기가 규칙을 받아들이지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The router now passes what arrives at %1 on to %2.</source>
        <translation>이제 공유기가 %1에 들어온 것을 %2에 넘겨 줍니다.</translation>
    </message>
</context>
<context>
    <name>SocketIdentityLab</name>
    <message>
        <source>the client never saw the server&apos;s close</source>
        <translation>클라이언트가 서버의 닫기를 관찰하지 못했습니다</translation>
    </message>
    <message>
        <source>the connection did not reach TIME_WAIT</source>
        <translation>연결이 TIME_WAIT에 도달하지 않았습니다</translation>
    </message>
    <message>
        <source>Same protocol, address and port twice</source>
        <translation>같은 프로토콜, 주소, 포트를 두 번</translation>
    </message>
    <message>
        <source>TCP and UDP on one port</source>
        <translation>한 포트에 TCP와 UDP</translation>
    </message>
    <message>
        <source>One port on two addresses of one host</source>
        <translation>한 호스트의 두 주소에 같은 포트</translation>
    </message>
    <message>
        <source>Every address (0.0.0.0) against one address</source>
        <translation>모든 주소(0.0.0.0)와 한 주소</translation>
    </message>
    <message>
        <source>Every address against one address, with SO_REUSEADDR</source>
        <translation>모든 주소와 한 주소, SO_REUSEADDR 사용</translation>
    </message>
    <message>
        <source>A port held by TIME_WAIT, without SO_REUSEADDR</source>
        <translation>TIME_WAIT가 잡고 있는 포트, SO_REUSEADDR 없이</translation>
    </message>
    <message>
        <source>A port held by TIME_WAIT, with SO_REUSEADDR</source>
        <translation>TIME_WAIT가 잡고 있는 포트, SO_REUSEADDR 사용</translation>
    </message>
    <message>
        <source>Listen with TCP on 127.0.0.1, then bind TCP to the same address and port again.</source>
        <translation>127.0.0.1에서 TCP로 수신 대기한 다음, 같은 주소와 포트에 TCP를 다시 바인드합니다.</translation>
    </message>
    <message>
        <source>Listen with TCP on 127.0.0.1, then bind UDP to the same address and port.</source>
        <translation>127.0.0.1에서 TCP로 수신 대기한 다음, 같은 주소와 포트에 UDP를 바인드합니다.</translation>
    </message>
    <message>
        <source>Listen with TCP on 127.0.0.1, then listen on 127.0.0.2 with the same port.</source>
        <translation>127.0.0.1에서 TCP로 수신 대기한 다음, 같은 포트로 127.0.0.2에서 수신 대기합니다.</translation>
    </message>
    <message>
        <source>Listen with TCP on 127.0.0.1, then bind TCP to 0.0.0.0 with the same port.</source>
        <translation>127.0.0.1에서 TCP로 수신 대기한 다음, 같은 포트로 0.0.0.0에 TCP를 바인드합니다.</translation>
    </message>
    <message>
        <source>The same two binds, both sockets with SO_REUSEADDR.</source>
        <translation>같은 두 바인드를 하되, 두 소켓 모두 SO_REUSEADDR를 사용합니다.</translation>
    </message>
    <message>
        <source>A server closes a connection first, which leaves it in TIME_WAIT; then a new socket binds the server&apos;s port.</source>
        <translation>서버가 먼저 연결을 닫아 그 연결이 TIME_WAIT 상태로 남습니다. 그런 다음 새 소켓이 서버의 포트에 바인드합니다.</translation>
    </message>
    <message>
        <source>The same, but the new socket sets SO_REUSEADDR first, as servers do.</source>
        <translation>같은 상황이지만, 서버들이 하듯이 새 소켓이 먼저 SO_REUSEADDR를 설정합니다.</translation>
    </message>
    <message>
        <source>%1 with SO_REUSEADDR</source>
        <translation>SO_REUSEADDR를 사용한 %1</translation>
    </message>
    <message>
        <source>The experiment could not be set up: %1.</source>
        <translation>실험을 준비할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The OS allowed %1.</source>
        <translation>OS가 허용했습니다: %1.</translation>
    </message>
    <message>
        <source>The OS allowed it: %1 and %2 were both bound.</source>
        <translation>OS가 허용했습니다: %1, %2 둘 다 바인드되었습니다.</translation>
    </message>
    <message>
        <source>The OS refused %1 (%2).</source>
        <translation>OS가 거부했습니다: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SocketScope</name>
    <message>
        <source>This is unusual: the OS let two sockets have the same name.</source>
        <translation>특이한 결과입니다: OS가 두 소켓에 같은 이름을 허용했습니다.</translation>
    </message>
    <message>
        <source>Protocol, address and port together name one socket, and two sockets cannot have the same name.</source>
        <translation>프로토콜, 주소, 포트를 합친 것이 소켓 하나의 이름이며, 두 소켓이 같은 이름을 가질 수는 없습니다.</translation>
    </message>
    <message>
        <source>TCP and UDP keep separate lists of ports, so the protocol is part of the name.</source>
        <translation>TCP와 UDP는 포트 목록을 따로 관리하므로, 프로토콜도 이름의 일부입니다.</translation>
    </message>
    <message>
        <source>Another program on this machine already holds that UDP port.</source>
        <translation>이 컴퓨터의 다른 프로그램이 이미 그 UDP 포트를 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>The address is part of the name: 127.0.0.1 and 127.0.0.2 are two addresses of this one machine.</source>
        <translation>주소도 이름의 일부입니다: 127.0.0.1과 127.0.0.2는 이 컴퓨터 한 대의 서로 다른 두 주소입니다.</translation>
    </message>
    <message>
        <source>This system does not treat 127.0.0.2 as one of its own addresses.</source>
        <translation>이 시스템은 127.0.0.2를 자신의 주소로 취급하지 않습니다.</translation>
    </message>
    <message>
        <source>This OS lets a socket on every address and one on a single address share the port.</source>
        <translation>이 OS에서는 모든 주소에 바인드한 소켓과 한 주소에 바인드한 소켓이 포트를 함께 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>0.0.0.0 means every address of this machine, 127.0.0.1 included, so the two names overlap.</source>
        <translation>0.0.0.0은 127.0.0.1을 포함한 이 컴퓨터의 모든 주소를 뜻하므로, 두 이름이 겹칩니다.</translation>
    </message>
    <message>
        <source>With SO_REUSEADDR on both, this OS lets them share the port.</source>
        <translation>두 소켓 모두 SO_REUSEADDR를 켜면 이 OS에서는 포트를 함께 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>On Linux, SO_REUSEADDR does not help while a socket is listening on an overlapping address.</source>
        <translation>Linux에서는 겹치는 주소에서 소켓이 수신 대기하는 동안에는 SO_REUSEADDR도 도움이 되지 않습니다.</translation>
    </message>
    <message>
        <source>The OS did not count the connection waiting in TIME_WAIT as using the port.</source>
        <translation>OS는 TIME_WAIT에서 기다리는 연결이 포트를 쓰고 있다고 보지 않았습니다.</translation>
    </message>
    <message>
        <source>An old connection still waits in TIME_WAIT on this port, and without SO_REUSEADDR the OS counts the port as in use.</source>
        <translation>이 포트에서 이전 연결이 아직 TIME_WAIT 상태로 기다리고 있어서, SO_REUSEADDR가 없으면 OS는 포트를 사용 중으로 봅니다.</translation>
    </message>
    <message>
        <source>With SO_REUSEADDR a new server may take a port whose old connections wait in TIME_WAIT. This is why servers set it.</source>
        <translation>SO_REUSEADDR를 쓰면 이전 연결이 TIME_WAIT에서 기다리는 포트를 새 서버가 가져갈 수 있습니다. 서버가 이 옵션을 설정하는 이유입니다.</translation>
    </message>
    <message>
        <source>Even with SO_REUSEADDR the OS kept the port for the connection in TIME_WAIT.</source>
        <translation>SO_REUSEADDR를 써도 OS는 TIME_WAIT 상태의 연결을 위해 포트를 남겨 두었습니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::BindPanel</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Try 127.0.0.1, 0.0.0.0 (every IPv4 address of this machine) or ::1.</source>
        <translation>&quot;%1&quot; 값은 IP 주소가 아닙니다. 127.0.0.1, 0.0.0.0(이 컴퓨터의 모든 IPv4 주소), ::1 등을 써 보세요.</translation>
    </message>
    <message>
        <source>Pick a protocol, an address and a port, then try: the OS answers as it would answer a server.</source>
        <translation>프로토콜, 주소, 포트를 고른 뒤 시도하세요. OS가 서버에게 하듯이 대답합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free.&lt;/b&gt; Port 0 means &quot;any port&quot;: the OS picked port %1 for this socket, the same way it picks a client&apos;s port. The test socket was closed again at once.</source>
        <translation>&lt;b&gt;비어 있음.&lt;/b&gt; 포트 0은 &quot;아무 포트&quot;라는 뜻입니다. OS가 클라이언트 포트를 고르듯이 이 소켓에 %1번 포트를 골라 주었습니다. 시험용 소켓은 바로 닫았습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free.&lt;/b&gt; bind() worked, so a server could open %1 right now. The test socket was closed again at once.</source>
        <translation>&lt;b&gt;비어 있음.&lt;/b&gt; bind()가 성공했으니 지금 %1에서 서버를 열 수 있습니다. 시험용 소켓은 바로 닫았습니다.</translation>
    </message>
    <message>
        <source>Ports below %1 are protected on this machine, but SocketScope runs with administrator rights, so it may bind them.</source>
        <translation>이 컴퓨터에서 %1번 아래 포트는 보호되지만, SocketScope가 관리자 권한으로 실행 중이라 bind할 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In use.&lt;/b&gt; Another socket already holds %1, so bind() failed (the OS said: %2).</source>
        <translation>&lt;b&gt;사용 중.&lt;/b&gt; 다른 소켓이 이미 %1에 바인드되어 있어서 bind()가 실패했습니다(OS의 말: %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protected.&lt;/b&gt; On this machine only the administrator may bind ports below %1 (net.ipv4.ip_unprivileged_port_start), so bind() failed (the OS said: %2).</source>
        <translation>&lt;b&gt;보호됨.&lt;/b&gt; 이 컴퓨터에서는 관리자만 %1번 아래 포트를 bind할 수 있어서(net.ipv4.ip_unprivileged_port_start) bind()가 실패했습니다(OS의 말: %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Address not available.&lt;/b&gt; %1 is not an address of this machine, so no socket can be bound to it (the OS said: %2).</source>
        <translation>&lt;b&gt;주소를 쓸 수 없음.&lt;/b&gt; %1 주소는 이 컴퓨터의 것이 아니라서 어떤 소켓도 bind할 수 없습니다(OS의 말: %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;bind() failed.&lt;/b&gt; The OS said: %1.</source>
        <translation>&lt;b&gt;bind() 실패.&lt;/b&gt; OS의 말: %1.</translation>
    </message>
    <message>
        <source>This system does not list its sockets, so the holder cannot be named.</source>
        <translation>이 시스템은 소켓 목록을 알려 주지 않아서 누가 쓰는지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The kernel&apos;s list shows no socket on it: it may have closed a moment ago.</source>
        <translation>커널 목록에 이 포트의 소켓이 없습니다. 방금 닫혔을 수 있습니다.</translation>
    </message>
    <message>
        <source>Held by:</source>
        <comment>followed by a list of sockets</comment>
        <translation>쓰고 있는 소켓:</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>프로세스 %1 (%2)</translation>
    </message>
    <message>
        <source>lab socket #%1</source>
        <translation>실습 소켓 #%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>그 밖에 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>프로토콜(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <comment>a port number field</comment>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>Try to &amp;bind</source>
        <translation>bind 시도(&amp;B)</translation>
    </message>
    <message>
        <source>Asks the OS for this protocol, address and port with a real bind(), then closes the socket at once.</source>
        <translation>실제 bind()로 OS에 이 프로토콜, 주소, 포트를 요청하고 소켓을 바로 닫습니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::CaptureHelperClient</name>
    <message>
        <source>Packet capture is not available: the capture helper program (socketscope-capture) is not installed. SocketScope draws the packets the protocol implies instead.</source>
        <translation>패킷을 캡처할 수 없습니다: 캡처 도우미 프로그램(socketscope-capture)이 설치되어 있지 않습니다. 대신 SocketScope는 프로토콜상 있어야 할 패킷을 그립니다.</translation>
    </message>
    <message>
        <source>The capture helper could not be started.</source>
        <translation>캡처 도우미를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Packet capture is off: the capture helper is not allowed to capture packets. To allow it, run: %1</source>
        <translation>패킷 캡처 꺼짐: 캡처 도우미에 패킷을 캡처할 권한이 없습니다. 권한을 주려면 다음을 실행하세요: %1</translation>
    </message>
    <message>
        <source>Packet capture is off: the capture helper refused the request.</source>
        <translation>패킷 캡처 꺼짐: 캡처 도우미가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Packet capture stopped: %1</source>
        <translation>패킷 캡처가 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>Packet capture stopped: the capture helper ended (%1).</source>
        <translation>패킷 캡처가 멈췄습니다: 캡처 도우미가 끝났습니다(%1).</translation>
    </message>
    <message>
        <source>Not captured: %1 (another user&apos;s program uses the port). The capture helper captures only the sockets of your own programs.</source>
        <translation>캡처하지 않음: %1 (다른 사용자의 프로그램이 그 포트를 쓰고 있습니다). 캡처 도우미는 내 프로그램의 소켓만 캡처합니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeBoardModel</name>
    <message>
        <source>Student (address:port)</source>
        <translation>학생 (주소:포트)</translation>
    </message>
    <message>
        <source>Kernel state (server side)</source>
        <translation>커널 상태 (서버 쪽)</translation>
    </message>
    <message>
        <source>What they sent</source>
        <translation>보낸 내용</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>time taken, column title</comment>
        <translation>초</translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeCatalog</name>
    <message>
        <source>Connect with TCP</source>
        <translation>TCP로 연결하기</translation>
    </message>
    <message>
        <source>Open a TCP connection to the class server. You are done when the server has accepted it: your row shows your address and port.</source>
        <translation>교실 서버에 TCP 연결을 여세요. 서버가 연결을 수락하면 완료입니다: 여러분의 행에 여러분의 주소와 포트가 나타납니다.</translation>
    </message>
    <message>
        <source>Send your name</source>
        <translation>이름 보내기</translation>
    </message>
    <message>
        <source>Send a length-prefixed message</source>
        <translation>길이가 앞에 붙은 메시지 보내기</translation>
    </message>
    <message>
        <source>Send a message that starts with its length: 2 bytes, most significant byte first, then exactly that many bytes. Send the bytes themselves, or write them as hex digits on one line (0005 68656c6c6f is 5 bytes: hello).</source>
        <translation>길이로 시작하는 메시지를 보내세요: 먼저 길이를 2바이트로(상위 바이트 먼저) 보내고, 그다음 정확히 그만큼의 바이트를 보냅니다. 바이트 자체를 보내도 되고, 한 줄에 16진수 숫자로 써서 보내도 됩니다(0005 68656c6c6f는 5바이트: hello).</translation>
    </message>
    <message>
        <source>Send a UDP datagram and read the answer</source>
        <translation>UDP 데이터그램을 보내고 답 읽기</translation>
    </message>
    <message>
        <source>Send one UDP datagram (not empty) to the class port. The server answers to the address and port it came from: read that answer.</source>
        <translation>UDP 데이터그램 하나(비어 있지 않은 것)를 교실 포트로 보내세요. 서버는 데이터그램이 온 주소와 포트로 답장을 보냅니다: 그 답장을 읽으세요.</translation>
    </message>
    <message>
        <source>Connect from a port you chose</source>
        <translation>직접 고른 포트에서 연결하기</translation>
    </message>
    <message>
        <source>Bind your socket to a port you choose before you connect, one the OS would not pick by itself: 20000 plus your seat number, for example.</source>
        <translation>연결하기 전에 bind()로 소켓을 직접 고른 포트에 묶으세요. OS가 스스로는 고르지 않을 포트여야 합니다: 예를 들어 20000에 자기 자리 번호를 더한 번호입니다.</translation>
    </message>
    <message>
        <source>Shut down sending, then read the reply</source>
        <translation>보내는 쪽을 닫은 다음 답장 읽기</translation>
    </message>
    <message>
        <source>Connect, send something, then shut down only your sending side (a half-close: your FIN). Keep reading: the server replies after your FIN. Closing both ways makes your machine answer the reply with RST.</source>
        <translation>연결하고, 무언가를 보낸 다음, 보내는 쪽만 닫으세요(반쯤 닫기: 여러분의 FIN). 계속 읽으세요: 서버는 여러분의 FIN을 받은 뒤에 답장합니다. 양쪽을 모두 닫으면 여러분의 컴퓨터가 그 답장에 RST로 응답합니다.</translation>
    </message>
    <message>
        <source>Hold on while accepting is paused</source>
        <translation>수락이 멈춘 동안 버티기</translation>
    </message>
    <message>
        <source>The server has stopped calling accept(). Connect and keep the connection open: the kernel finishes the handshake and your connection waits in the accept queue. The queue is small; once it is full, newcomers stay in SYN_SENT. You are done when the teacher resumes accepting and your connection is accepted.</source>
        <translation>서버가 accept() 호출을 멈췄습니다. 연결한 다음 연결을 열어 두세요: 커널이 핸드셰이크를 마치고, 여러분의 연결은 accept 큐에서 기다립니다. 큐는 작습니다. 큐가 가득 차면 새로 오는 연결은 SYN_SENT에 머뭅니다. 선생님이 수락을 다시 시작하고 여러분의 연결이 수락되면 완료입니다.</translation>
    </message>
    <message>
        <source>Your own challenge</source>
        <translation>나만의 도전 과제</translation>
    </message>
    <message>
        <source>Send a UDP datagram to the class port.</source>
        <translation>교실 포트로 UDP 데이터그램을 보내세요.</translation>
    </message>
    <message>
        <source>Send a UDP datagram with this text: %1</source>
        <translation>다음 텍스트를 담은 UDP 데이터그램을 보내세요: %1</translation>
    </message>
    <message>
        <source>Connect and send anything.</source>
        <translation>연결하고 아무거나 보내세요.</translation>
    </message>
    <message>
        <source>Connect and send this text: %1</source>
        <translation>연결하고 다음 텍스트를 보내세요: %1</translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n second(s).</source>
        <translation>
            <numerusform>제한 시간: %n초.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect and send your name as one line of text, ending with Enter (a newline). At most 64 bytes. In a browser: your name after the last slash of the address.</source>
        <translation>연결한 다음, 이름을 텍스트 한 줄로 보내고 끝에 Enter(줄바꿈)를 넣으세요. 최대 64바이트입니다. 브라우저에서는 주소의 마지막 빗금(/) 뒤에 이름을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeHost</name>
    <message numerus="yes">
        <source>Challenge: too many connections from one address (at most %n)</source>
        <translation>
            <numerusform>도전 과제: 한 주소에서 온 연결이 너무 많습니다(최대 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: the class is full (at most %n connections)</source>
        <translation>
            <numerusform>도전 과제: 교실이 꽉 찼습니다(최대 %n개 연결)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: more than %n bytes on one connection</source>
        <translation>
            <numerusform>도전 과제: 한 연결에서 %n바이트를 넘게 보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. Your socket: %1, the class server: %2
</source>
        <translation>연결되었습니다. 여러분의 소켓: %1, 교실 서버: %2
</translation>
    </message>
    <message>
        <source>Challenge: the line is not UTF-8 text</source>
        <translation>도전 과제: 줄이 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>Challenge: more than %n datagrams from %1; no more answers to it</source>
        <translation>
            <numerusform>도전 과제: %1에서 데이터그램이 %n개를 넘게 와서, 더는 답장하지 않습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The class server got %n byte(s) from %1
</source>
        <translation>
            <numerusform>교실 서버가 %1에게서 %n바이트를 받았습니다
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server read %n byte(s), then your FIN. This reply came after it.
</source>
        <translation>
            <numerusform>서버는 %n바이트를 읽은 다음 여러분의 FIN을 받았습니다. 이 답장은 그 뒤에 온 것입니다.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: silent for %n second(s)</source>
        <translation>
            <numerusform>도전 과제: %n초 동안 아무것도 오지 않았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: connected for longer than %n second(s)</source>
        <translation>
            <numerusform>도전 과제: %n초보다 오래 연결되어 있었습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Challenge: datagrams from more than %n addresses in a minute; no answers to new ones this minute</source>
        <translation>
            <numerusform>도전 과제: 1분 동안 %n개보다 많은 주소에서 데이터그램이 왔습니다. 이번 1분 동안은 새 주소에 답하지 않습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your name after the slash in the address, like http://%1/Ada</source>
        <translation>주소의 빗금(/) 뒤에 이름을 쓰세요. 예: http://%1/Ada</translation>
    </message>
    <message>
        <source>Hello, %1! The class server read your name from your socket %2.</source>
        <translation>안녕하세요, %1님! 수업 서버가 여러분의 소켓 %2에서 이름을 읽었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>That is not a name: a name is text of at most %n bytes. Try again.</source>
        <translation>
            <numerusform>이름이 아닙니다. 이름은 %n바이트 이하의 텍스트여야 합니다. 다시 해 보세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeSeats</name>
    <message>
        <source>Each student appears here as a card once they connect, coloured by their verdict.</source>
        <translation>학생이 연결하면 여기에 한 사람당 카드 한 장으로 나타나고, 판정에 따라 색이 달라집니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeView</name>
    <message>
        <source>Your own challenge…</source>
        <translation>나만의 도전 과제…</translation>
    </message>
    <message>
        <source>TEACHER-ADDRESS</source>
        <comment>stands for the teacher&apos;s IP address in a command</comment>
        <translation>선생님-주소</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>브라우저</translation>
    </message>
    <message>
        <source>No challenge running. Pick one and press Start.</source>
        <translation>진행 중인 도전 과제가 없습니다. 하나를 골라 시작을 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) done</source>
        <translation>
            <numerusform>학생 %n명 중 %1명 완료</numerusform>
        </translation>
    </message>
    <message>
        <source>accept queue: %1 of %2</source>
        <translation>accept 큐: %2개 중 %1개</translation>
    </message>
    <message>
        <source>accepting is paused</source>
        <translation>수락 일시 중지됨</translation>
    </message>
    <message>
        <source>The accept queue is full: more students wait in SYN_SENT.</source>
        <translation>accept 큐가 가득 찼습니다: 나머지 학생들은 SYN_SENT에서 기다립니다.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>“%1” 값은 IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Open to the network: any computer that can reach %1 can connect.</source>
        <translation>네트워크에 열려 있습니다: %1에 닿을 수 있는 컴퓨터는 모두 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Challenge:</source>
        <translation>도전 과제:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only. The address of this computer on the class network (or 0.0.0.0) lets students&apos; laptops connect.</source>
        <translation>127.0.0.1: 이 컴퓨터에서만 연결할 수 있습니다. 교실 네트워크에서 쓰는 이 컴퓨터의 주소(또는 0.0.0.0)를 쓰면 학생들의 노트북이 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>any</source>
        <comment>port 0: the OS picks</comment>
        <translation>자동</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>제한 시간:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no time limit</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Pause accepting</source>
        <translation>수락 일시 중지</translation>
    </message>
    <message>
        <source>Stop calling accept(): new connections wait in the kernel&apos;s accept queue, and once it is full, in SYN_SENT.</source>
        <translation>accept() 호출을 멈춥니다: 새 연결은 커널의 accept 큐에서 기다리고, 큐가 가득 차면 SYN_SENT에서 기다립니다.</translation>
    </message>
    <message>
        <source>Export results (CSV)…</source>
        <translation>결과 내보내기(CSV)…</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>프로토콜:</translation>
    </message>
    <message>
        <source>Text they must send:</source>
        <translation>보내야 할 텍스트:</translation>
    </message>
    <message>
        <source>empty: anything</source>
        <translation>비워 두면: 아무거나</translation>
    </message>
    <message>
        <source>One row per student address, with what the server saw on their connection.</source>
        <translation>학생 주소마다 한 행씩, 서버가 그 학생의 연결에서 본 내용을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Time limit: %1</source>
        <translation>제한 시간: %1</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>남은 시간: %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>시간이 다 되었습니다</translation>
    </message>
    <message>
        <source>replay: as it stood at the playhead</source>
        <translation>재생: 재생 위치 시점의 상황</translation>
    </message>
    <message>
        <source>Not on the board: a datagram sent to another port of this computer gets an ICMP &quot;port unreachable&quot; answer from the kernel, and SocketScope can only see that with packet capture, which is not running here (it needs the CAP_NET_RAW permission).</source>
        <translation>현황판에 나오지 않음: 이 컴퓨터의 다른 포트로 보낸 데이터그램은 커널에게서 ICMP &quot;port unreachable&quot; 답을 받는데, SocketScope는 패킷 캡처로만 이것을 볼 수 있고 여기서는 패킷 캡처가 실행 중이 아닙니다(CAP_NET_RAW 권한이 필요합니다).</translation>
    </message>
    <message>
        <source>Not on the board: a datagram sent to another port of this computer gets an ICMP &quot;port unreachable&quot; answer from the kernel, and the packet capture here watches only the ports SocketScope has a socket on, so it does not see that answer.</source>
        <translation>현황판에 나오지 않음: 이 컴퓨터의 다른 포트로 보낸 데이터그램은 커널에게서 ICMP &quot;port unreachable&quot; 답을 받는데, 여기의 패킷 캡처는 SocketScope가 소켓을 가진 포트만 지켜보므로 그 답을 보지 못합니다.</translation>
    </message>
    <message>
        <source>Not on the board: a student who connects to another port of this computer gets a reset (RST) from the kernel at once, and SocketScope can only see that with packet capture, which is not running here (it needs the CAP_NET_RAW permission).</source>
        <translation>현황판에 나오지 않음: 이 컴퓨터의 다른 포트로 연결하는 학생은 커널에게서 바로 리셋(RST)을 받는데, SocketScope는 패킷 캡처로만 이것을 볼 수 있고 여기서는 패킷 캡처가 실행 중이 아닙니다(CAP_NET_RAW 권한이 필요합니다).</translation>
    </message>
    <message>
        <source>Not on the board: a student who connects to another port of this computer gets a reset (RST) from the kernel at once, and the packet capture here watches only the ports SocketScope has a socket on, so it does not see that reset.</source>
        <translation>현황판에 나오지 않음: 이 컴퓨터의 다른 포트로 연결하는 학생은 커널에게서 바로 리셋(RST)을 받는데, 여기의 패킷 캡처는 SocketScope가 소켓을 가진 포트만 지켜보므로 그 리셋을 보지 못합니다.</translation>
    </message>
    <message>
        <source>Such a student appears once they reach port %1.</source>
        <translation>그런 학생은 %1번 포트에 닿으면 나타납니다.</translation>
    </message>
    <message>
        <source>The results at the end of the recording. Move the playhead to see the board as it stood at that moment.</source>
        <translation>녹화가 끝났을 때의 결과입니다. 재생 위치를 옮기면 그 순간의 현황판을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>At the playhead this challenge has not started yet. Move the playhead forward to see the students arrive.</source>
        <translation>재생 위치에서는 아직 이 도전 과제가 시작되지 않았습니다. 재생 위치를 앞으로 옮기면 학생들이 들어오는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>One row per student, every column.</source>
        <translation>학생 한 명당 한 줄, 모든 열을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>One card per student, coloured by the verdict: a whole class on one screen. Point at a card to read its whole row.</source>
        <translation>학생 한 명당 카드 한 장, 판정에 따라 색이 다릅니다. 반 전체가 한 화면에 들어옵니다. 카드에 마우스를 올리면 그 학생의 내용을 모두 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The board is full (%1 addresses): %n more knock(s) from other addresses are not listed.</source>
        <translation>
            <numerusform>보드가 가득 찼습니다(주소 %1개). 다른 주소에서 온 %n번의 접속 시도는 목록에 없습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::ChallengeWords</name>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아님</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>너무 김</translation>
    </message>
    <message>
        <source>not the text asked for</source>
        <translation>요청한 텍스트가 아님</translation>
    </message>
    <message>
        <source>the length does not match the bytes</source>
        <translation>길이가 바이트 수와 맞지 않음</translation>
    </message>
    <message>
        <source>not whole hex bytes</source>
        <translation>온전한 16진수 바이트가 아님</translation>
    </message>
    <message>
        <source>the OS picked the port: bind one first</source>
        <translation>OS가 포트를 고름: 먼저 bind()로 포트를 정하세요</translation>
    </message>
    <message>
        <source>closed both ways: the reply got RST</source>
        <translation>양쪽을 모두 닫음: 답장에 RST가 돌아감</translation>
    </message>
    <message>
        <source>connect again while accepting is paused</source>
        <translation>수락이 멈춘 동안 다시 연결하세요</translation>
    </message>
    <message>
        <source>reset by the student (RST)</source>
        <translation>학생이 연결을 리셋함(RST)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>기다리는 중</translation>
    </message>
    <message>
        <source>stuck in SYN_SENT (queue full)</source>
        <translation>SYN_SENT에 갇힘(큐가 가득 참)</translation>
    </message>
    <message>
        <source>wrong port %1 (RST)</source>
        <comment>the port the student tried</comment>
        <translation>잘못된 포트 %1 (RST)</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(추정)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>틀림</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>done after the time limit, in %1 s</source>
        <translation>제한 시간이 지난 뒤 완료, %1 s 걸림</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>%1 s 만에 완료</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>보낸 내용</translation>
    </message>
    <message>
        <source>server&apos;s note</source>
        <translation>서버 메모</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClassroomFeed</name>
    <message>
        <source>Classroom page: a newer live page from the same address took its place</source>
        <translation>교실 페이지: 같은 주소에서 새로 연 실시간 페이지가 이 페이지를 대신했습니다</translation>
    </message>
    <message>
        <source>Classroom page: the live page was closed</source>
        <translation>교실 페이지: 실시간 페이지가 닫혔습니다</translation>
    </message>
    <message>
        <source>Classroom page: a live page stopped reading its updates</source>
        <translation>교실 페이지: 실시간 페이지 하나가 업데이트를 더 이상 읽지 않았습니다</translation>
    </message>
    <message>
        <source>Classroom page: a live page&apos;s connection kept sending; it was let go</source>
        <translation>교실 페이지: 실시간 페이지의 연결이 계속 데이터를 보내서 그 연결을 끊었습니다</translation>
    </message>
    <message>
        <source>Classroom page: the classroom page was closed</source>
        <translation>교실 페이지: 교실 페이지가 닫혔습니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClassroomListener</name>
    <message>
        <source>Classroom page: the visitor closed its side before asking for a page</source>
        <translation>교실 페이지: 방문자가 페이지를 요청하기 전에 자기 쪽 연결을 닫았습니다</translation>
    </message>
    <message>
        <source>Classroom page: too many connections from one address; the oldest silent one was let go</source>
        <translation>교실 페이지: 한 주소에서 온 연결이 너무 많아서, 아무것도 보내지 않은 연결 중 가장 오래된 것을 끊었습니다</translation>
    </message>
    <message>
        <source>Classroom page: every place was taken; the oldest silent visitor was let go</source>
        <translation>교실 페이지: 자리가 모두 차서, 아무것도 보내지 않은 방문자 중 가장 오래된 방문자의 연결을 끊었습니다</translation>
    </message>
    <message numerus="yes">
        <source>Classroom page: no whole request within %n second(s)</source>
        <translation>
            <numerusform>교실 페이지: %n초 안에 요청이 끝까지 오지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Classroom page: every live page&apos;s place was taken</source>
        <translation>교실 페이지: 실시간 페이지 자리가 모두 찼습니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClassroomPage</name>
    <message>
        <source>SocketScope: your connection</source>
        <comment>classroom page: the browser tab&apos;s title</comment>
        <translation>SocketScope: 내 연결</translation>
    </message>
    <message>
        <source>You are connected to SocketScope</source>
        <comment>classroom page: heading</comment>
        <translation>SocketScope에 연결되었습니다</translation>
    </message>
    <message>
        <source>Look at the projector: your connection just appeared in the tables and on the timeline.</source>
        <comment>classroom page: under the heading</comment>
        <translation>프로젝터 화면을 보세요. 여러분의 연결이 방금 표와 타임라인에 나타났습니다.</translation>
    </message>
    <message>
        <source>Your end (client socket)</source>
        <comment>classroom page: table row</comment>
        <translation>내 쪽 (클라이언트 소켓)</translation>
    </message>
    <message>
        <source>The server&apos;s end</source>
        <comment>classroom page: table row</comment>
        <translation>서버 쪽</translation>
    </message>
    <message>
        <source>Your connection, a socket pair</source>
        <comment>classroom page: table row</comment>
        <translation>내 연결 = 소켓 쌍</translation>
    </message>
    <message>
        <source>Your computer&apos;s OS picked the port after the colon in your end: an ephemeral port. The server&apos;s port is fixed so everybody can find it.</source>
        <comment>classroom page: under the table</comment>
        <translation>내 쪽 콜론 뒤의 포트는 내 컴퓨터의 운영체제가 골라 준 임시 포트입니다. 서버 포트는 누구나 찾을 수 있도록 고정되어 있습니다.</translation>
    </message>
    <message>
        <source>1 other visitor is connected right now. They all share the server&apos;s end; only the client&apos;s end makes each pair different.</source>
        <comment>classroom page: under the table, when one other student is connected</comment>
        <translation>지금 다른 방문자 1명이 연결되어 있습니다. 모두 서버 쪽 끝점을 함께 쓰고, 클라이언트 쪽만 쌍마다 다릅니다.</translation>
    </message>
    <message>
        <source>%1 other visitors are connected right now. They all share the server&apos;s end; only the client&apos;s end makes each pair different.</source>
        <comment>classroom page: under the table; %1 is how many other students are connected (0, 2, 3, ...)</comment>
        <translation>지금 다른 방문자 %1명이 연결되어 있습니다. 모두 서버 쪽 끝점을 함께 쓰고, 클라이언트 쪽만 쌍마다 다릅니다.</translation>
    </message>
    <message>
        <source>You asked for %1.</source>
        <comment>classroom page: small print at the end; %1 is the address the browser asked for</comment>
        <translation>요청한 주소: %1</translation>
    </message>
    <message>
        <source>Turn on JavaScript to see your sockets live.</source>
        <comment>classroom page: shown instead of the live view when the browser runs no JavaScript</comment>
        <translation>JavaScript를 켜면 내 소켓을 실시간으로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The request did not arrive in time. Load the page again.</source>
        <comment>classroom page: error page 408, the browser&apos;s request came too slowly</comment>
        <translation>요청이 제시간에 도착하지 않았습니다. 페이지를 다시 불러오세요.</translation>
    </message>
    <message>
        <source>Too many connections came from your address at once. Load the page again in a moment.</source>
        <comment>classroom page: error page 429, too many connections from one address</comment>
        <translation>내 주소에서 한꺼번에 너무 많은 연결이 왔습니다. 잠시 뒤에 페이지를 다시 불러오세요.</translation>
    </message>
    <message>
        <source>The classroom page is full right now. Load the page again in a moment.</source>
        <comment>classroom page: error page 503, too many visitors at once</comment>
        <translation>지금은 수업 페이지에 자리가 없습니다. 잠시 뒤에 페이지를 다시 불러오세요.</translation>
    </message>
    <message>
        <source>SocketScope&apos;s classroom page only answers a plain GET of a page.</source>
        <comment>classroom page: error page for a request it does not answer (400, 404, 405, 413, 431)</comment>
        <translation>SocketScope 수업 페이지는 일반적인 GET 요청에만 답합니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::ClickExplainer</name>
    <message>
        <source>SocketScope has no explanation for this part yet. Column headings and table rows have one, and the Explanations panel (Help &gt; Explanations and glossary) has the words.</source>
        <translation>SocketScope에는 아직 이 부분에 대한 설명이 없습니다. 열 제목과 표의 행에는 설명이 있고, 설명 패널(도움말 &gt; 설명과 용어집)에서 용어를 찾아볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::CompareLegend</name>
    <message>
        <source>only in this session</source>
        <comment>compare legend: a step the other session does not have</comment>
        <translation>이 세션에만 있음</translation>
    </message>
    <message>
        <source>in both, but different</source>
        <comment>compare legend: other flags, state or size than the other session</comment>
        <translation>둘 다 있지만 다름</translation>
    </message>
    <message>
        <source>picked in the list</source>
        <comment>compare legend: the difference chosen in the list</comment>
        <translation>목록에서 고른 것</translation>
    </message>
</context>
<context>
    <name>SocketScope::CompareWindow</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>다른 점 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 steps in A, %2 in B from each one&apos;s %3</source>
        <translation>각각의 %3부터 A는 %1단계, B는 %2단계</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Compare: %1 and %2</source>
        <translation>비교: %1, %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>&amp;Line up at each one&apos;s</source>
        <translation>맞춰 놓을 곳(&amp;L): 각각의</translation>
    </message>
    <message>
        <source>The event where both sessions start side by side</source>
        <translation>두 세션이 나란히 시작하는 이벤트</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>다른 점</translation>
    </message>
    <message>
        <source>Framed in both timelines. Pick one to move both timelines to it.</source>
        <translation>두 타임라인 모두에 테두리로 표시됩니다. 하나를 고르면 두 타임라인이 그곳으로 갑니다.</translation>
    </message>
    <message>
        <source>To the start (Home)</source>
        <translation>처음으로 (Home)</translation>
    </message>
    <message>
        <source>One step back (Left; Shift+Left for ten)</source>
        <translation>한 단계 뒤로 (Left, Shift+Left는 열 단계)</translation>
    </message>
    <message>
        <source>One step forward (Right; Shift+Right for ten)</source>
        <translation>한 단계 앞으로 (Right, Shift+Right는 열 단계)</translation>
    </message>
    <message>
        <source>To the end (End)</source>
        <translation>끝으로 (End)</translation>
    </message>
    <message>
        <source>Playhead of both timelines</source>
        <translation>두 타임라인의 재생 위치</translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation>다른 점 (%1)</translation>
    </message>
    <message>
        <source>Show or hide the list of differences and where the two sessions are lined up</source>
        <translation>다른 점 목록과 두 세션을 나란히 맞춘 위치를 보이거나 숨깁니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::ComposerPage</name>
    <message>
        <source>Sent %1 of %2.</source>
        <translation>%2번 중 %1번째를 보냈습니다.</translation>
    </message>
    <message>
        <source>At character %1: this group has an odd number of hex digits. Every byte takes two, like 0a or 48.</source>
        <translation>%1번째 문자: 이 묶음의 16진수 숫자 개수가 홀수입니다. 바이트마다 0a나 48처럼 두 자리가 필요합니다.</translation>
    </message>
    <message>
        <source>At character %1: hex digits are 0-9 and a-f only.</source>
        <translation>%1번째 문자: 16진수 숫자는 0-9와 a-f만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>At character %1: this is not an escape the composer knows. Use \r \n \t \\ \0 or \x followed by two hex digits.</source>
        <translation>%1번째 문자: 작성기가 모르는 이스케이프입니다. \r \n \t \\ \0 또는 \x 뒤에 16진수 두 자리를 쓰세요.</translation>
    </message>
    <message>
        <source>At character %1: the escape is cut off at the end. \x needs two hex digits after it.</source>
        <translation>%1번째 문자: 이스케이프가 끝에서 잘렸습니다. \x 뒤에는 16진수 두 자리가 필요합니다.</translation>
    </message>
    <message>
        <source>Nothing will be sent.</source>
        <translation>아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>No bytes yet.</source>
        <translation>아직 바이트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n바이트: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a socket in the tables first.</source>
        <translation>먼저 표에서 소켓을 선택하세요.</translation>
    </message>
    <message>
        <source>Write where the datagram goes as address:port, like 127.0.0.1:9000.</source>
        <translation>데이터그램을 보낼 곳을 127.0.0.1:9000처럼 주소:포트 형식으로 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s).</source>
        <translation>
            <numerusform>%n바이트를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes</source>
        <translation>파일의 바이트 보내기</translation>
    </message>
    <message>
        <source>The file could not be opened (%1).</source>
        <translation>파일을 열 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>The file is too large to send from here: at most %1 MiB.</source>
        <translation>파일이 너무 커서 여기서 보낼 수 없습니다: 최대 %1 MiB입니다.</translation>
    </message>
    <message>
        <source>No socket selected. Select a connected TCP socket or a UDP socket in the tables to send from it.</source>
        <translation>선택한 소켓이 없습니다. 보내려면 표에서 연결된 TCP 소켓이나 UDP 소켓을 선택하세요.</translation>
    </message>
    <message>
        <source>Socket #%1 is a listening socket: it only accepts connections. Select one of its accepted sockets or a client to send.</source>
        <translation>#%1번 소켓은 수신 대기 소켓이라 연결을 수락하기만 합니다. 보내려면 이 소켓이 수락한 소켓 중 하나나 클라이언트를 선택하세요.</translation>
    </message>
    <message>
        <source>Sends from UDP socket #%1 (%2), one datagram per send.</source>
        <translation>UDP 소켓 #%1(%2)에서 보냅니다. 한 번 보낼 때마다 데이터그램 하나입니다.</translation>
    </message>
    <message>
        <source>Sends on TCP socket #%1 (%2 to %3), into its byte stream.</source>
        <translation>TCP 소켓 #%1(%2 → %3)의 바이트 스트림으로 보냅니다.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>16진수 바이트</translation>
    </message>
    <message>
        <source>Text with escapes (\r \n \x00)</source>
        <translation>이스케이프를 쓰는 텍스트(\r \n \x00)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>line ending</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>&amp;Write as</source>
        <translation>작성 형식(&amp;W)</translation>
    </message>
    <message>
        <source>Line en&amp;ding</source>
        <translation>줄 끝(&amp;D)</translation>
    </message>
    <message>
        <source>Send t&amp;o</source>
        <translation>받는 곳(&amp;O)</translation>
    </message>
    <message>
        <source>Type what to send. Hex: 48 65 6c 6c 6f. Escapes: GET / HTTP/1.0\r\n\r\n</source>
        <translation>보낼 내용을 입력하세요. 16진수: 48 65 6c 6c 6f. 이스케이프: GET / HTTP/1.0\r\n\r\n</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Send a f&amp;ile...</source>
        <translation>파일 보내기(&amp;I)...</translation>
    </message>
    <message>
        <source>Sav&amp;ed</source>
        <translation>저장한 항목(&amp;E)</translation>
    </message>
    <message>
        <source>Name to save under</source>
        <translation>저장할 이름</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save the payload</comment>
        <translation>저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete the saved payload</comment>
        <translation>삭제</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>반복(&amp;R)</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 회</translation>
    </message>
    <message>
        <source>Time between two sends</source>
        <translation>두 번 보내는 사이의 간격</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>반복 중지</translation>
    </message>
    <message>
        <source>Start repeating</source>
        <translation>반복 시작</translation>
    </message>
    <message>
        <source>Socket #%1 is closed: nothing more can be sent from it.</source>
        <translation>#%1번 소켓은 닫혔습니다. 이 소켓으로는 더 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Socket #%1 is not connected yet: sending works once the 3-way handshake is done.</source>
        <translation>#%1번 소켓은 아직 연결되지 않았습니다. 3-way 핸드셰이크가 끝나면 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation>소켓 #%1</translation>
    </message>
    <message>
        <source>the selected socket</source>
        <translation>선택한 소켓</translation>
    </message>
    <message>
        <source>the other end</source>
        <translation>상대편</translation>
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
    <message>
        <source>%1 → %2</source>
        <comment>client address rewritten by the lab router</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>server address rewritten by the lab router</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The client connects to %1, the router&apos;s address; the router forwards the connection to %2, where the server listens (port forwarding).</source>
        <translation>클라이언트는 공유기의 주소인 %1에 연결합니다. 공유기는 이 연결을 서버가 기다리고 있는 %2에 넘겨줍니다(포트 포워딩).</translation>
    </message>
    <message>
        <source>The client&apos;s own address is %1; the router rewrites it to %2 on the way out (NAT), so the server sees %2.</source>
        <translation>클라이언트의 원래 주소는 %1입니다. 공유기가 밖으로 나가는 길에 주소를 바꾸므로(NAT), 서버가 보는 주소는 %2입니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::DrillPanel</name>
    <message>
        <source>A mystery-fault drill needs the live lab; a recording cannot run one.</source>
        <translation>미스터리 고장 연습에는 실시간 실습 네트워크가 필요합니다. 녹화 파일로는 연습을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Right: %1. %2</source>
        <translation>정답입니다: %1. %2</translation>
    </message>
    <message>
        <source>The fault was: %1. %2</source>
        <translation>고장은 이것이었습니다: %1. %2</translation>
    </message>
    <message>
        <source>No packet proves it yet: was the lab&apos;s capture on? Press Probe for me and look again.</source>
        <translation>아직 이를 증명하는 패킷이 없습니다: 실습 네트워크의 캡처가 켜져 있었나요? 대신 시험해 보기를 누르고 다시 살펴보세요.</translation>
    </message>
    <message>
        <source>No drill is running. Press New drill to hide a fault in the lab network.</source>
        <translation>진행 중인 연습이 없습니다. 새 연습을 눌러 실습 네트워크에 고장을 숨기세요.</translation>
    </message>
    <message>
        <source>A drill is running (random, seed %1): one fault is hidden.</source>
        <translation>연습 진행 중 (random, seed %1): 고장 하나가 숨겨져 있습니다.</translation>
    </message>
    <message>
        <source>A drill is running: one fault is hidden.</source>
        <translation>연습 진행 중: 고장 하나가 숨겨져 있습니다.</translation>
    </message>
    <message>
        <source>Mystery fault</source>
        <translation>미스터리 고장</translation>
    </message>
    <message>
        <source>New drill</source>
        <translation>새 연습</translation>
    </message>
    <message>
        <source>Hide a new fault, picked at random, in the lab network.</source>
        <translation>무작위로 고른 새 고장을 실습 네트워크에 숨깁니다.</translation>
    </message>
    <message>
        <source>Probe for me</source>
        <translation>대신 시험해 보기</translation>
    </message>
    <message>
        <source>Connect from remote to the public address and send a few kilobytes, as the task asks.</source>
        <translation>과제에서 말한 대로, remote에서 공인 주소로 연결하고 몇 킬로바이트를 보냅니다.</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>무엇이 잘못되었을까요?</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>내 답 확인</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>정답 보기</translation>
    </message>
    <message>
        <source>Show the hidden fault and select the event that proves it.</source>
        <translation>숨겨진 고장을 보여 주고, 그것을 증명하는 이벤트를 선택합니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::EndpointSpec</name>
    <message>
        <source>&quot;%1&quot; should look like tcp:HOST:PORT</source>
        <translation>&quot;%1&quot; 값은 tcp:HOST:PORT 형식이어야 합니다</translation>
    </message>
    <message>
        <source>the protocol &quot;%1&quot; is neither tcp nor udp</source>
        <translation>프로토콜이 tcp도 udp도 아닙니다: &quot;%1&quot;</translation>
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
        <translation>출발지 주소가 IP 주소가 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port: write HOST:PORT</source>
        <translation>&quot;%1&quot;에 포트가 없습니다: HOST:PORT로 쓰세요</translation>
    </message>
    <message>
        <source>the IPv6 address &quot;%1&quot; must be written in brackets, like [::1]:8080</source>
        <translation>IPv6 주소는 [::1]:8080처럼 대괄호 안에 써야 합니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the host before &quot;:%1&quot; is empty</source>
        <translation>&quot;:%1&quot; 앞의 호스트가 비어 있습니다</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 0 to 65535</source>
        <translation>포트가 0부터 65535까지의 숫자가 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the &quot;[&quot; of the source address &quot;%1&quot; is never closed: write @[::1]</source>
        <translation>출발지 주소 &quot;%1&quot;의 &quot;[&quot;가 닫히지 않았습니다: @[::1]처럼 쓰세요</translation>
    </message>
    <message>
        <source>the source address &quot;%1&quot; in brackets is not an IPv6 address</source>
        <translation>대괄호 안의 출발지 주소가 IPv6 주소가 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the &quot;[&quot; in &quot;%1&quot; is never closed: write an IPv6 host like [::1]:8080</source>
        <translation>&quot;%1&quot;의 &quot;[&quot;가 닫히지 않았습니다: IPv6 호스트는 [::1]:8080처럼 쓰세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port after &quot;]&quot;: write [HOST]:PORT</source>
        <translation>&quot;%1&quot;에는 &quot;]&quot; 뒤에 포트가 없습니다: [HOST]:PORT로 쓰세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in brackets is not an IPv6 address</source>
        <translation>대괄호 안의 값이 IPv6 주소가 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: write four numbers from 0 to 255, such as 127.0.0.1</source>
        <translation>&quot;%1&quot; 값은 IPv4 주소가 아닙니다: 127.0.0.1처럼 0부터 255까지의 숫자 네 개를 쓰세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: a name has only letters, digits, hyphens and dots, such as localhost</source>
        <translation>&quot;%1&quot; 값은 호스트 이름이 아닙니다: 이름에는 localhost처럼 영문자, 숫자, 하이픈(-), 점(.)만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the source %1 is an %2 address but %3 is an %4 address: both ends of a connection must be the same kind</source>
        <translation>출발지 %1 쪽은 %2 주소인데 %3 쪽은 %4 주소입니다: 연결의 양쪽 끝은 같은 종류여야 합니다</translation>
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
    <message>
        <source>When it happened, in seconds since the session began.</source>
        <translation>일이 일어난 시각으로, 세션이 시작된 뒤 지난 초입니다.</translation>
    </message>
    <message>
        <source>SocketScope&apos;s number for the socket the event is about.</source>
        <translation>이 이벤트와 관련된 소켓에 SocketScope가 붙인 번호입니다.</translation>
    </message>
    <message>
        <source>Who says so: the app (a call it made), Qt (a report from Qt), the kernel (read from the OS), a captured packet, or inferred (implied by the protocol, not seen).</source>
        <translation>누가 알려 준 것인지: 앱(앱이 한 호출), Qt(Qt가 알려 준 것), 커널(OS에서 읽은 것), 캡처한 패킷, 또는 추론(직접 보지 않고 프로토콜로부터 짐작한 것).</translation>
    </message>
    <message>
        <source>What kind of thing happened. Point at a row to read what it means.</source>
        <translation>어떤 종류의 일이 일어났는지입니다. 뜻을 보려면 행에 마우스를 올리세요.</translation>
    </message>
    <message>
        <source>What happened, in one line.</source>
        <translation>일어난 일을 한 줄로 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::ExperimentDiagram</name>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>데이터그램 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::ExperimentsPanel</name>
    <message>
        <source>Port forwarding</source>
        <translation>포트 포워딩</translation>
    </message>
    <message>
        <source>UDP one-to-many</source>
        <translation>UDP 일대다</translation>
    </message>
    <message>
        <source>Lossy path</source>
        <translation>손실 경로</translation>
    </message>
    <message>
        <source>Socket identity</source>
        <translation>소켓 식별</translation>
    </message>
    <message>
        <source>Payload composer</source>
        <translation>데이터 작성기</translation>
    </message>
</context>
<context>
    <name>SocketScope::ExplanationPanel</name>
    <message>
        <source>What does this mean?</source>
        <translation>이것은 무슨 뜻인가요?</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Questions</source>
        <comment>learners&apos; questions</comment>
        <translation>질문</translation>
    </message>
    <message>
        <source>Click a column header, a kernel state or an event, and its meaning appears here.</source>
        <translation>열 머리글, 커널 상태 또는 이벤트를 클릭하면 그 뜻이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Show me in a lesson</source>
        <comment>link under a learner&apos;s question</comment>
        <translation>수업에서 보여 주기</translation>
    </message>
</context>
<context>
    <name>SocketScope::FanOutPage</name>
    <message>
        <source>The OS refused: %1</source>
        <translation>OS가 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Tick at least one receiver to send to.</source>
        <translation>보낼 수신자를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>The OS refused to send: %1</source>
        <translation>OS가 보내기를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Sent. Waiting to see who receives it...</source>
        <translation>보냈습니다. 누가 받는지 기다리는 중...</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) received it</source>
        <translation>
            <numerusform>소켓 %n개가 받았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not</source>
        <translation>
            <numerusform>%n개는 받지 못했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiver #%1 on %2</source>
        <translation>%2의 수신자 #%1</translation>
    </message>
    <message>
        <source> (in the group)</source>
        <translation> (그룹에 있음)</translation>
    </message>
    <message>
        <source> (left the group)</source>
        <translation> (그룹에서 나감)</translation>
    </message>
    <message>
        <source>received it</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>did not receive it</source>
        <translation>받지 못함</translation>
    </message>
    <message>
        <source>A list of receivers</source>
        <translation>수신자 목록</translation>
    </message>
    <message>
        <source>Broadcast (everyone on the port)</source>
        <translation>브로드캐스트(포트의 모든 소켓)</translation>
    </message>
    <message>
        <source>Multicast group 239.255.42.99</source>
        <translation>멀티캐스트 그룹 239.255.42.99</translation>
    </message>
    <message>
        <source>UDP needs no connection, so one program can send the same datagram to several sockets: one send per receiver. Untick a receiver and it misses out.</source>
        <translation>UDP는 연결이 필요 없으므로, 한 프로그램이 같은 데이터그램을 여러 소켓에 보낼 수 있습니다. 수신자마다 한 번씩 보냅니다. 수신자 선택을 해제하면 그 수신자는 받지 못합니다.</translation>
    </message>
    <message>
        <source>A broadcast goes to every socket on the port of a whole network; here the network is this machine&apos;s loopback (127.255.255.255). The sender must ask the OS for permission to broadcast first.</source>
        <translation>브로드캐스트는 한 네트워크 전체에서 그 포트를 쓰는 모든 소켓에 전달됩니다. 여기서 네트워크는 이 컴퓨터의 루프백(127.255.255.255)입니다. 보내는 쪽은 먼저 OS에 브로드캐스트 권한을 요청해야 합니다.</translation>
    </message>
    <message>
        <source>A multicast datagram goes to the sockets that joined the group, and only to them. Select receivers and let them leave or join, then send again.</source>
        <translation>멀티캐스트 데이터그램은 그룹에 가입한 소켓에만 전달됩니다. 수신자를 선택해 그룹에서 나가거나 가입하게 한 다음, 다시 보내 보세요.</translation>
    </message>
    <message>
        <source>How many receivers to open</source>
        <translation>열 수신자 수</translation>
    </message>
    <message>
        <source>&amp;Open receivers</source>
        <translation>수신자 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Join group</source>
        <translation>그룹 가입(&amp;J)</translation>
    </message>
    <message>
        <source>Leave &amp;group</source>
        <translation>그룹 탈퇴(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Send one datagram</source>
        <translation>데이터그램 하나 보내기(&amp;S)</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>보낼 내용</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>송신자</translation>
    </message>
    <message>
        <source>receiver #%1</source>
        <translation>수신자 #%1</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>수신자</translation>
    </message>
</context>
<context>
    <name>SocketScope::ForwardingPage</name>
    <message>
        <source>This rule cannot be used: %1.</source>
        <translation>이 규칙을 사용할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The forwarder could not listen on %1: %2</source>
        <translation>포워더가 %1에서 수신 대기할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 forwarder, listening socket #%2</source>
        <translation>%1 포워더, 수신 대기 소켓 #%2</translation>
    </message>
    <message>
        <source>chosen by the OS</source>
        <translation>OS가 선택함</translation>
    </message>
    <message>
        <source>forwarding</source>
        <translation>포워딩 중</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>from %1: socket #%2 linked to #%3</source>
        <translation>%1에서: #%2번 소켓이 #%3에 연결됨</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>A router with one public address passes what arrives at public-ip:port on to a host inside. Here 127.0.0.1 plays the public address and 127.0.0.2 and 127.0.0.3 play hosts inside. Start a server on the target first, then connect a client to the listening address: each connection gets a second connection of its own to the target, and the server sees the forwarder&apos;s address, not the client&apos;s.</source>
        <translation>공인 주소가 하나뿐인 라우터는 공인 IP:포트로 들어온 것을 내부의 호스트로 전달합니다. 여기서는 127.0.0.1이 공인 주소 역할을, 127.0.0.2와 127.0.0.3이 내부 호스트 역할을 합니다. 먼저 대상에서 서버를 시작한 다음, 클라이언트를 수신 대기 주소에 연결하세요. 연결마다 대상으로 가는 별도의 두 번째 연결이 생기며, 서버에는 클라이언트의 주소가 아니라 포워더의 주소가 보입니다.</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>프로토콜(&amp;P)</translation>
    </message>
    <message>
        <source>Listen &amp;on (address, port)</source>
        <translation>수신 대기(&amp;O) (주소, 포트)</translation>
    </message>
    <message>
        <source>For&amp;ward to (address, port)</source>
        <translation>전달 대상(&amp;W) (주소, 포트)</translation>
    </message>
    <message>
        <source>&amp;Speak from</source>
        <translation>출발 주소(&amp;S)</translation>
    </message>
    <message>
        <source>The address the forwarder&apos;s own connection to the target starts from. Empty: the OS picks one.</source>
        <translation>포워더가 대상으로 만드는 자체 연결이 시작되는 주소입니다. 비워 두면 OS가 고릅니다.</translation>
    </message>
    <message>
        <source>0 lets the OS pick a free port</source>
        <translation>0이면 OS가 빈 포트를 고릅니다</translation>
    </message>
    <message>
        <source>the OS picks</source>
        <translation>OS가 고름</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>규칙 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>규칙 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Rule / connection</source>
        <translation>규칙 / 연결</translation>
    </message>
    <message>
        <source>Listening on</source>
        <translation>수신 대기 주소</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Speaks from</source>
        <translation>보내는 주소</translation>
    </message>
    <message>
        <source>Bytes to target</source>
        <translation>대상으로 보낸 바이트</translation>
    </message>
    <message>
        <source>Bytes to client</source>
        <translation>클라이언트로 보낸 바이트</translation>
    </message>
    <message>
        <source>State</source>
        <comment>forwarder or connection state</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>The server could not be opened on %1: %2</source>
        <translation>%1에 서버를 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Add the rule first: the client connects to the forwarder.</source>
        <translation>먼저 규칙을 추가하세요: 클라이언트는 포워더에 연결합니다.</translation>
    </message>
    <message>
        <source>The client could not reach the forwarder: %1</source>
        <translation>클라이언트가 포워더에 닿지 못했습니다: %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>any client</source>
        <translation>아무 클라이언트</translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation>포워더</translation>
    </message>
    <message>
        <source>UDP server</source>
        <translation>UDP 서버</translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation>TCP 서버</translation>
    </message>
    <message>
        <source>Open a s&amp;erver at the target</source>
        <translation>대상에 서버 열기(&amp;E)</translation>
    </message>
    <message>
        <source>Opens a server on the target address and port, so the forwarder has somewhere to forward to.</source>
        <translation>대상 주소와 포트에 서버를 엽니다. 그래야 포워더가 받은 것을 넘겨 줄 곳이 생깁니다.</translation>
    </message>
    <message>
        <source>Connect a &amp;client to the forwarder</source>
        <translation>포워더에 클라이언트 연결(&amp;C)</translation>
    </message>
    <message>
        <source>Opens a client that connects to the forwarder&apos;s listening address (UDP: sends it one datagram).</source>
        <translation>포워더의 수신 대기 주소에 연결하는 클라이언트를 엽니다(UDP: 그 주소로 데이터그램 하나를 보냅니다).</translation>
    </message>
</context>
<context>
    <name>SocketScope::HelpMenu</name>
    <message>
        <source>&amp;Welcome page</source>
        <translation>시작 화면(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>What &amp;is this?</source>
        <translation>이것은 무엇인가요(&amp;I)?</translation>
    </message>
    <message>
        <source>Click anything next to have it explained</source>
        <translation>다음에 누르는 것을 설명해 줍니다</translation>
    </message>
    <message>
        <source>&amp;Explanations and glossary</source>
        <translation>설명과 용어집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Read me</source>
        <translation>README 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <source>Go to the first, second … tab: Sockets and connections, Timeline, Ports, Experiments, Network</source>
        <translation>첫 번째, 두 번째 … 탭으로 이동: 소켓과 연결, 타임라인, 포트, 실험, 네트워크</translation>
    </message>
    <message>
        <source>Presentation mode on or off: full screen, large type</source>
        <translation>발표 모드 켜기/끄기: 전체 화면, 큰 글자</translation>
    </message>
    <message>
        <source>What is this? Then click anything to have it explained</source>
        <translation>이것은 무엇인가요? 그다음 아무것이나 누르면 설명해 줍니다</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>In presentation mode (a presentation clicker sends these)</source>
        <translation>발표 모드에서 (발표용 리모컨이 보내는 키)</translation>
    </message>
    <message>
        <source>Next step of the lesson</source>
        <translation>수업의 다음 단계</translation>
    </message>
    <message>
        <source>Previous step of the lesson</source>
        <translation>수업의 이전 단계</translation>
    </message>
    <message>
        <source>Black screen, so the class looks at you; again to bring the picture back</source>
        <translation>화면을 검게 해서 학생들이 발표자를 보게 합니다. 한 번 더 누르면 화면이 돌아옵니다</translation>
    </message>
    <message>
        <source>Leave the black screen, then presentation mode</source>
        <translation>검은 화면에서 나가고, 그다음 발표 모드에서 나갑니다</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>타임라인에서</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>재생 또는 일시 정지</translation>
    </message>
    <message>
        <source>One event forward or back</source>
        <translation>이벤트 하나 앞으로 또는 뒤로</translation>
    </message>
    <message>
        <source>To the start or the end</source>
        <translation>처음 또는 끝으로</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show everything</source>
        <translation>확대, 축소, 전체 보기</translation>
    </message>
    <message>
        <source>Move back or forward in time</source>
        <translation>시간상 뒤로 또는 앞으로 이동</translation>
    </message>
    <message>
        <source>Select the socket above or below</source>
        <translation>위 또는 아래 소켓 선택</translation>
    </message>
    <message>
        <source>Scroll the sockets</source>
        <translation>소켓 목록 스크롤</translation>
    </message>
    <message>
        <source>On the port map</source>
        <translation>포트 지도에서</translation>
    </message>
    <message>
        <source>Move to a neighbouring port</source>
        <translation>이웃한 포트로 이동</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>확대 또는 축소</translation>
    </message>
    <message>
        <source>Show all 65,536 ports</source>
        <translation>포트 65,536개 모두 보기</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>README 읽기</translation>
    </message>
    <message>
        <source>The README is missing from this build.</source>
        <translation>이 빌드에는 README가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>One event back or forward in time, on every tab (with Shift: ten)</source>
        <translation>어느 탭에서든 시간을 이벤트 하나만큼 뒤로 또는 앞으로(Shift와 함께: 열 개)</translation>
    </message>
    <message>
        <source>To the start of the session, or back to live</source>
        <translation>세션의 처음으로, 또는 다시 실시간으로</translation>
    </message>
</context>
<context>
    <name>SocketScope::IdentityPage</name>
    <message>
        <source>Connecting two clients...</source>
        <translation>클라이언트 두 개를 연결하는 중...</translation>
    </message>
    <message>
        <source>The listener could not be opened.</source>
        <translation>리스너를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>All of them have the same local address and port. The OS keeps them apart by the whole &lt;protocol, local, remote&gt;: the listener has no remote side, and each accepted socket has its own client&apos;s address and port.</source>
        <translation>모두 같은 로컬 주소와 포트를 가집니다. OS는 &lt;프로토콜, 로컬, 원격&gt; 전체로 이들을 구별합니다. 리스너에는 원격 쪽이 없고, 수락된 소켓은 각각 자기 클라이언트의 주소와 포트를 가집니다.</translation>
    </message>
    <message>
        <source>A socket is named by its protocol, its address and its port, and the OS lets only one socket have each name. Each button below makes real bind() calls on this machine and shows what the OS answered. 127.0.0.1 and 127.0.0.2 stand in for two addresses of one host.</source>
        <translation>소켓은 프로토콜, 주소, 포트로 이름이 정해지며, OS는 같은 이름을 가진 소켓을 하나만 허용합니다. 아래의 각 버튼은 이 컴퓨터에서 실제로 bind()를 호출하고 OS의 대답을 보여 줍니다. 127.0.0.1과 127.0.0.2는 한 호스트의 두 주소를 대신합니다.</translation>
    </message>
    <message>
        <source>But a server&apos;s listening socket and every socket it accepted share one local address and port. This is allowed because a connection is named by both of its ends. See it on live sockets:</source>
        <translation>하지만 서버의 리스닝 소켓과 그 소켓이 수락한 모든 소켓은 같은 로컬 주소와 포트를 함께 씁니다. 연결은 양쪽 끝 모두로 이름이 정해지기 때문에 이것이 허용됩니다. 실제 소켓에서 확인해 보세요:</translation>
    </message>
    <message>
        <source>Sho&amp;w on live sockets</source>
        <translation>실제 소켓에서 보기(&amp;W)</translation>
    </message>
    <message>
        <source>socket %1: bound</source>
        <translation>소켓 %1: 바인드됨</translation>
    </message>
    <message>
        <source>socket %1: refused</source>
        <translation>소켓 %1: 거부됨</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>소켓 %1</translation>
    </message>
    <message>
        <source>protocol, address:port</source>
        <translation>프로토콜, 주소:포트</translation>
    </message>
</context>
<context>
    <name>SocketScope::Lab</name>
    <message>
        <source>The socket is not connected</source>
        <translation>소켓이 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>to make room, since the other side had closed and the app was near its limit of open files</source>
        <translation>상대가 이미 닫았고 앱이 열린 파일 한도에 가까워, 새 연결 자리를 만들기 위해</translation>
    </message>
    <message>
        <source>%1 (limit %2; the last %3 are kept for SocketScope itself)</source>
        <comment>the OS&apos;s words for running out of open files, then the limit</comment>
        <translation>%1 (한도 %2개, 그중 마지막 %3개는 SocketScope 자신이 쓰려고 남겨 둠)</translation>
    </message>
</context>
<context>
    <name>SocketScope::LabNetwork</name>
    <message>
        <source>The lab helper program (socketscope-labd) is not installed next to SocketScope, so the virtual lab network is off. Reinstall SocketScope to get it back.</source>
        <translation>실습 도우미 프로그램(socketscope-labd)이 SocketScope 옆에 설치되어 있지 않아서 가상 실습 네트워크를 쓸 수 없습니다. 다시 쓰려면 SocketScope를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The virtual lab network could not be started: %1</source>
        <translation>가상 실습 네트워크를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The lab helper could not be started: %1</source>
        <translation>실습 도우미를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The virtual lab network stopped: its helper program ended.</source>
        <translation>가상 실습 네트워크가 멈췄습니다: 도우미 프로그램이 끝났습니다.</translation>
    </message>
    <message>
        <source>The virtual lab network needs &quot;user namespaces&quot;, and this system does not allow them for ordinary users (the system said: %1). An administrator can allow them: on Debian, sudo sysctl -w kernel.unprivileged_userns_clone=1; on Ubuntu 24.04 and later, sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0; everywhere, user.max_user_namespaces must be above 0. SocketScope carries on with this machine&apos;s own network, and draws the packets it cannot see as inferred.</source>
        <translation>가상 실습 네트워크에는 &quot;사용자 네임스페이스(user namespaces)&quot;가 필요한데, 이 시스템은 일반 사용자에게 이를 허용하지 않습니다(시스템의 말: %1). 관리자는 다음과 같이 허용할 수 있습니다: Debian에서는 sudo sysctl -w kernel.unprivileged_userns_clone=1, Ubuntu 24.04 이상에서는 sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0. 어디서든 user.max_user_namespaces가 0보다 커야 합니다. SocketScope는 이 컴퓨터 자체의 네트워크로 계속 실행하며, 볼 수 없는 패킷은 추정으로 그립니다.</translation>
    </message>
    <message>
        <source>This system&apos;s kernel cannot make virtual network cables or switches (the system said: %1). An administrator can load them with: sudo modprobe veth bridge. SocketScope carries on with this machine&apos;s own network, and draws the packets it cannot see as inferred.</source>
        <translation>이 시스템의 커널은 가상 네트워크 케이블이나 스위치를 만들 수 없습니다(시스템의 말: %1). 관리자는 sudo modprobe veth bridge 명령으로 이를 불러올 수 있습니다. SocketScope는 이 컴퓨터 자체의 네트워크로 계속 실행하며, 볼 수 없는 패킷은 추정으로 그립니다.</translation>
    </message>
    <message>
        <source>The virtual lab network could not be built (the system said: %1). SocketScope carries on with this machine&apos;s own network, and draws the packets it cannot see as inferred.</source>
        <translation>가상 실습 네트워크를 만들 수 없습니다(시스템의 말: %1). SocketScope는 이 컴퓨터 자체의 네트워크로 계속 실행하며, 볼 수 없는 패킷은 추정으로 그립니다.</translation>
    </message>
    <message>
        <source>the lab network is not running</source>
        <translation>실습 네트워크가 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>the lab helper is gone (%1)</source>
        <translation>실습 도우미가 사라졌습니다(%1)</translation>
    </message>
    <message>
        <source>the lab helper did not answer</source>
        <translation>실습 도우미가 대답하지 않았습니다</translation>
    </message>
    <message>
        <source>the lab helper is gone</source>
        <translation>실습 도우미가 사라졌습니다</translation>
    </message>
    <message>
        <source>the virtual lab network is not running</source>
        <translation>가상 실습 네트워크가 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not an address of any host in the lab network</source>
        <translation>%1 주소는 실습 네트워크에 있는 어떤 호스트의 주소도 아닙니다</translation>
    </message>
    <message>
        <source>A port-forwarding rule on the router takes no source address (@...).</source>
        <translation>공유기의 포트 포워딩 규칙에는 출발지 주소(@...)를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not one of the router&apos;s addresses; the public address is %2.</source>
        <translation>%1 주소는 공유기의 주소가 아닙니다. 공인 주소는 %2입니다.</translation>
    </message>
    <message>
        <source>%1 is not the address of a lab host.</source>
        <translation>%1 주소는 실습 호스트의 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The router already forwards %1.</source>
        <translation>공유기에 이미 %1 전달 규칙이 있습니다.</translation>
    </message>
    <message>
        <source>There is no such rule.</source>
        <translation>그런 규칙은 없습니다.</translation>
    </message>
    <message>
        <source>the lab has no link called &quot;%1&quot;; its links are %2</source>
        <translation>실습 네트워크에 &quot;%1&quot; 링크가 없습니다. 있는 링크: %2</translation>
    </message>
</context>
<context>
    <name>SocketScope::LabSocket</name>
    <message>
        <source>The socket is closed</source>
        <translation>소켓이 닫혀 있습니다</translation>
    </message>
    <message>
        <source>%1 is for TCP sockets only</source>
        <translation>%1 옵션은 TCP 소켓에만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonNotices</name>
    <message>
        <source>This lesson shows real packets in the virtual lab network, which cannot be started here: %1 It runs on this computer&apos;s network instead; the timeline draws the packets it cannot see as inferred, and steps that need the lab&apos;s router are skipped.</source>
        <translation>이 수업은 가상 실습 네트워크에서 실제 패킷을 보여 주는데, 여기서는 가상 실습 네트워크를 시작할 수 없습니다: %1 그래서 대신 이 컴퓨터의 네트워크에서 실행합니다. 타임라인은 볼 수 없는 패킷을 추정으로 그리고, 실습 네트워크의 공유기가 필요한 단계는 건너뜁니다.</translation>
    </message>
    <message>
        <source>This lesson runs in the virtual lab network: every arrow on the timeline is a packet that was really captured.</source>
        <translation>이 수업은 가상 실습 네트워크에서 실행됩니다: 타임라인의 모든 화살표는 실제로 캡처한 패킷입니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonPanel</name>
    <message>
        <source>Lessons</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>lesson step</comment>
        <translation>이전</translation>
    </message>
    <message>
        <source>Go back one step (the lesson runs again from the start on fresh sockets)</source>
        <translation>한 단계 뒤로 갑니다 (수업이 새 소켓으로 처음부터 다시 실행됩니다)</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>lesson step</comment>
        <translation>다음</translation>
    </message>
    <message>
        <source>Run the next step</source>
        <translation>다음 단계를 실행합니다</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>자동 재생</translation>
    </message>
    <message>
        <source>Run the steps one after another by themselves</source>
        <translation>단계를 하나씩 차례로 자동 실행합니다</translation>
    </message>
    <message>
        <source>Restart</source>
        <comment>lesson</comment>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Close the lesson&apos;s sockets and start again</source>
        <translation>수업의 소켓을 닫고 처음부터 다시 시작합니다</translation>
    </message>
    <message>
        <source>Some lesson files could not be read:</source>
        <translation>일부 수업 파일을 읽을 수 없습니다:</translation>
    </message>
    <message>
        <source>Choose a lesson from the list.</source>
        <translation>목록에서 수업을 고르세요.</translation>
    </message>
    <message numerus="yes">
        <source>Introduction: %n step(s) to go. Press Next to begin.</source>
        <translation>
            <numerusform>소개: 남은 단계는 %n개입니다. 시작하려면 &apos;다음&apos;을 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>the lesson is over</source>
        <translation>수업이 끝났습니다</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>Choose a lesson:</source>
        <translation>수업 고르기:</translation>
    </message>
    <message>
        <source>Pick a lesson: it opens its sockets and shows its first words here</source>
        <translation>수업을 고르세요: 수업이 소켓을 열고 첫 설명을 여기에 보여 줍니다</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s): click to see them</source>
        <translation>
            <numerusform>수업 %n개: 눌러서 보기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::LessonPlayer</name>
    <message>
        <source>This step needs live sockets, and there are none while a recording is replayed.</source>
        <translation>이 단계에는 실제 소켓이 필요한데, 기록을 재생하는 동안에는 실제 소켓이 없습니다.</translation>
    </message>
    <message>
        <source>The port forwarder is not available yet in this version, so this step cannot run. The lesson can go on without it.</source>
        <translation>이 버전에서는 아직 포트 포워더를 쓸 수 없어서 이 단계를 실행할 수 없습니다. 수업은 이 단계 없이 계속할 수 있습니다.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is not available in this version.</source>
        <translation>&quot;%1&quot; 동작은 이 버전에서 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Steps 1 to %1 ran again on fresh sockets, so the ports may differ.</source>
        <translation>1~%1단계를 새 소켓으로 다시 실행했으므로 포트가 달라졌을 수 있습니다.</translation>
    </message>
    <message>
        <source>This step needs the router of the virtual lab network, which is not running here, so it cannot run. The lesson can go on without it.</source>
        <translation>이 단계에는 가상 실습 네트워크의 공유기가 필요한데, 여기서는 실행 중이 아니라서 이 단계를 실행할 수 없습니다. 이 단계 없이도 수업은 계속할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::LinkFaultPanel</name>
    <message>
        <source>Faults on a link: lose packets, limit the rate, delay (as with --link)</source>
        <translation>링크 장애: 패킷 손실, 속도 제한, 지연 (--link와 같음)</translation>
    </message>
    <message>
        <source>e.g. loss=5%,rate=1mbit</source>
        <translation>예: loss=5%,rate=1mbit</translation>
    </message>
    <message>
        <source>loss=PERCENT with seed=N to lose the same packets again; rate=1mbit with queue=64kb; delay=50ms, jitter=5ms and reorder=25% where the kernel has netem.</source>
        <translation>loss=PERCENT: seed=N과 함께 쓰면 같은 패킷을 다시 잃습니다. rate=1mbit: queue=64kb와 함께 쓸 수 있습니다. delay=50ms, jitter=5ms, reorder=25%: 커널에 netem이 있을 때 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Apply faults</source>
        <translation>장애 적용</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>%1&apos;s cable</source>
        <translation>%1의 케이블</translation>
    </message>
    <message>
        <source>router, %1 side</source>
        <translation>공유기, %1 쪽</translation>
    </message>
    <message>
        <source>The faults were not applied: %1</source>
        <translation>장애를 적용하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The link %1 works normally again.</source>
        <translation>%1 링크가 다시 정상으로 작동합니다.</translation>
    </message>
    <message>
        <source>The link %1 has no faults.</source>
        <translation>링크 %1에는 장애가 없습니다.</translation>
    </message>
    <message>
        <source>The link %1 now has: %2.</source>
        <translation>이제 링크 %1에 다음 장애가 있습니다: %2.</translation>
    </message>
    <message>
        <source>These are the faults at the playhead&apos;s instant. Go back to Live to change them.</source>
        <translation>재생 위치 시점의 장애입니다. 바꾸려면 실시간으로 돌아가세요.</translation>
    </message>
</context>
<context>
    <name>SocketScope::LiveWords</name>
    <message>
        <source>Live: your own sockets</source>
        <comment>live page: title</comment>
        <translation>실시간: 내 소켓</translation>
    </message>
    <message>
        <source>This part changes by itself whenever something happens to your sockets. It shows only the sockets of your address, %1. (Students who share one address, behind one router, see each other&apos;s.)</source>
        <comment>live page: intro</comment>
        <translation>내 소켓에 무슨 일이 생길 때마다 이 부분이 저절로 바뀝니다. 내 주소 %1의 소켓만 보입니다. (공유기 하나 뒤에서 주소를 함께 쓰는 학생끼리는 서로의 소켓이 보입니다.)</translation>
    </message>
    <message>
        <source>Connecting to the live feed…</source>
        <comment>live page: connecting</comment>
        <translation>실시간 연결을 여는 중…</translation>
    </message>
    <message>
        <source>Live: last change at %1</source>
        <comment>live page: live</comment>
        <translation>실시간: 마지막 변화 %1</translation>
    </message>
    <message>
        <source>The live feed was lost; trying again…</source>
        <comment>live page: lost</comment>
        <translation>실시간 연결이 끊겼습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>This browser cannot show the live feed.</source>
        <comment>live page: noScript</comment>
        <translation>이 브라우저는 실시간 화면을 보여 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>Socket</source>
        <comment>live page: socket</comment>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>live page: kind</comment>
        <translation>종류</translation>
    </message>
    <message>
        <source>Your end</source>
        <comment>live page: yours</comment>
        <translation>내 쪽</translation>
    </message>
    <message>
        <source>The server&apos;s end</source>
        <comment>live page: server</comment>
        <translation>서버 쪽</translation>
    </message>
    <message>
        <source>State</source>
        <comment>live page: state</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Bytes from you</source>
        <comment>live page: fromYou</comment>
        <translation>내가 보낸 바이트</translation>
    </message>
    <message>
        <source>Bytes to you</source>
        <comment>live page: toYou</comment>
        <translation>내가 받은 바이트</translation>
    </message>
    <message>
        <source>this page&apos;s live connection</source>
        <comment>live page: page</comment>
        <translation>이 페이지의 실시간 연결</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>live page: closed</comment>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>No socket of yours yet. Connect to the server (another tab, nc, Python) and watch.</source>
        <comment>live page: none</comment>
        <translation>아직 내 소켓이 없습니다. 서버에 연결해 보세요 (다른 탭, nc, 파이썬).</translation>
    </message>
    <message>
        <source>What happened, the newest last</source>
        <comment>live page: happened</comment>
        <translation>일어난 일 (최근 것이 아래)</translation>
    </message>
    <message>
        <source>The class challenge</source>
        <comment>live page: challenge/title</comment>
        <translation>수업 과제</translation>
    </message>
    <message>
        <source>No challenge is running.</source>
        <comment>live page: challenge/none</comment>
        <translation>진행 중인 과제가 없습니다.</translation>
    </message>
    <message>
        <source>Challenge: %1, on port %2 (%3).</source>
        <comment>live page: challenge/what</comment>
        <translation>과제: %1, 포트 %2 (%3).</translation>
    </message>
    <message>
        <source>The teacher has stopped the challenge.</source>
        <comment>live page: challenge/stopped</comment>
        <translation>선생님이 과제를 멈췄습니다.</translation>
    </message>
    <message>
        <source>You have not tried yet.</source>
        <comment>live page: challenge/notYet</comment>
        <translation>아직 시도하지 않았습니다.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <comment>live page: challenge/left</comment>
        <translation>남은 시간: %1</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <comment>live page: challenge/over</comment>
        <translation>시간이 끝났습니다.</translation>
    </message>
    <message>
        <source>Connections you made: %1</source>
        <comment>live page: challenge/tries</comment>
        <translation>내가 만든 연결: %1개</translation>
    </message>
    <message>
        <source>What the server got from you:</source>
        <comment>live page: challenge/sent</comment>
        <translation>서버가 나에게서 받은 것:</translation>
    </message>
    <message>
        <source>The server said: </source>
        <comment>live page: challenge/note</comment>
        <translation>서버의 말: </translation>
    </message>
    <message>
        <source>(worked out from the packets)</source>
        <comment>live page: challenge/inferred</comment>
        <translation>(패킷으로 추정)</translation>
    </message>
    <message>
        <source>connect with TCP</source>
        <comment>live page: challenge/names/connect</comment>
        <translation>TCP로 연결하기</translation>
    </message>
    <message>
        <source>send your name</source>
        <comment>live page: challenge/names/name</comment>
        <translation>내 이름 보내기</translation>
    </message>
    <message>
        <source>send a length-prefixed message</source>
        <comment>live page: challenge/names/hex</comment>
        <translation>길이가 앞에 붙은 메시지 보내기</translation>
    </message>
    <message>
        <source>send a UDP datagram and read the answer</source>
        <comment>live page: challenge/names/udp</comment>
        <translation>UDP 데이터그램을 보내고 답 읽기</translation>
    </message>
    <message>
        <source>connect from a port you chose</source>
        <comment>live page: challenge/names/bind</comment>
        <translation>내가 고른 포트에서 연결하기</translation>
    </message>
    <message>
        <source>shut down sending, then read the reply</source>
        <comment>live page: challenge/names/halfclose</comment>
        <translation>보내기만 닫고 답 읽기</translation>
    </message>
    <message>
        <source>hold on while accepting is paused</source>
        <comment>live page: challenge/names/backlog</comment>
        <translation>accept가 멈춘 동안 기다리기</translation>
    </message>
    <message>
        <source>send the text %1</source>
        <comment>live page: challenge/names/custom</comment>
        <translation>%1 텍스트 보내기</translation>
    </message>
    <message>
        <source>Waiting: your connection has not been accepted yet.</source>
        <comment>live page: challenge/verdict/waiting</comment>
        <translation>기다리는 중: 아직 연결이 accept되지 않았습니다.</translation>
    </message>
    <message>
        <source>Stuck in SYN_SENT: the server&apos;s accept queue is full. Keep waiting.</source>
        <comment>live page: challenge/verdict/stuck_syn_sent</comment>
        <translation>SYN_SENT에 멈춤: 서버의 accept 큐가 가득 찼습니다. 계속 기다리세요.</translation>
    </message>
    <message>
        <source>Wrong port: port %1 answered your SYN with RST (nobody listens there).</source>
        <comment>live page: challenge/verdict/wrong_port</comment>
        <translation>잘못된 포트: %1번 포트가 SYN에 RST로 답했습니다 (아무도 듣지 않음).</translation>
    </message>
    <message>
        <source>Connected. Not done yet: do what the challenge asks.</source>
        <comment>live page: challenge/verdict/connected</comment>
        <translation>연결됨. 아직 끝나지 않았습니다: 과제가 요구하는 것을 하세요.</translation>
    </message>
    <message>
        <source>Not right yet: %1</source>
        <comment>live page: challenge/verdict/wrong_content</comment>
        <translation>아직 맞지 않습니다: %1</translation>
    </message>
    <message>
        <source>The server let your connection go: %1</source>
        <comment>live page: challenge/verdict/refused</comment>
        <translation>서버가 연결을 끊었습니다: %1</translation>
    </message>
    <message>
        <source>Time is up: not done in time.</source>
        <comment>live page: challenge/verdict/time_up</comment>
        <translation>시간이 끝났습니다: 제시간에 끝내지 못했습니다.</translation>
    </message>
    <message>
        <source>Done in %1 s. Well done!</source>
        <comment>live page: challenge/verdict/done</comment>
        <translation>%1초 만에 성공! 잘했어요!</translation>
    </message>
    <message>
        <source>try again</source>
        <comment>live page: challenge/problem/</comment>
        <translation>다시 해 보세요</translation>
    </message>
    <message>
        <source>what you sent is not UTF-8 text</source>
        <comment>live page: challenge/problem/not_text</comment>
        <translation>보낸 것이 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>the line was empty</source>
        <comment>live page: challenge/problem/empty_line</comment>
        <translation>빈 줄입니다</translation>
    </message>
    <message>
        <source>it is too long</source>
        <comment>live page: challenge/problem/too_long</comment>
        <translation>너무 깁니다</translation>
    </message>
    <message>
        <source>it is not the text asked for</source>
        <comment>live page: challenge/problem/not_expected</comment>
        <translation>요구한 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>the length prefix does not match the bytes after it</source>
        <comment>live page: challenge/problem/bad_length</comment>
        <translation>길이 접두사가 뒤의 바이트 수와 맞지 않습니다</translation>
    </message>
    <message>
        <source>that is not whole hex bytes</source>
        <comment>live page: challenge/problem/bad_hex</comment>
        <translation>온전한 16진수 바이트가 아닙니다</translation>
    </message>
    <message>
        <source>the OS picked your port; bind() a port yourself before connect()</source>
        <comment>live page: challenge/problem/ephemeral_port</comment>
        <translation>OS가 포트를 골랐습니다. connect() 전에 직접 bind() 하세요</translation>
    </message>
    <message>
        <source>you closed both ways, so the server&apos;s reply got RST; use shutdown(SHUT_WR)</source>
        <comment>live page: challenge/problem/closed_both</comment>
        <translation>양쪽을 모두 닫아서 서버의 답이 RST를 받았습니다. shutdown(SHUT_WR)을 쓰세요</translation>
    </message>
    <message>
        <source>connect again while accepting is paused</source>
        <comment>live page: challenge/problem/not_queued</comment>
        <translation>accept가 멈춘 동안 다시 연결하세요</translation>
    </message>
    <message>
        <source>your side reset the connection (RST)</source>
        <comment>live page: challenge/problem/reset</comment>
        <translation>내 쪽이 연결을 리셋했습니다 (RST)</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>live page: role/accepted</comment>
        <translation>수락된 소켓</translation>
    </message>
    <message>
        <source>client</source>
        <comment>live page: role/client</comment>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>listener</source>
        <comment>live page: role/listener</comment>
        <translation>리스너</translation>
    </message>
    <message>
        <source>UDP</source>
        <comment>live page: role/udp</comment>
        <translation>UDP</translation>
    </message>
    <message>
        <source>a socket was opened</source>
        <comment>live page: ev/socket_opened</comment>
        <translation>소켓이 열렸습니다</translation>
    </message>
    <message>
        <source>the server accepted your connection: a new socket, cloned from the listener</source>
        <comment>live page: ev/accepted</comment>
        <translation>서버가 내 연결을 accept() 했습니다: 리스너에서 복제된 새 소켓</translation>
    </message>
    <message>
        <source>your connection waits in the server&apos;s accept queue</source>
        <comment>live page: ev/queue</comment>
        <translation>내 연결이 서버의 accept 큐에서 기다립니다</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>live page: ev/connected</comment>
        <translation>연결되었습니다</translation>
    </message>
    <message>
        <source>the server received %1 bytes from you</source>
        <comment>live page: ev/data_received</comment>
        <translation>서버가 나에게서 %1바이트를 받았습니다</translation>
    </message>
    <message>
        <source>the server sent you %1 bytes</source>
        <comment>live page: ev/data_sent</comment>
        <translation>서버가 나에게 %1바이트를 보냈습니다</translation>
    </message>
    <message>
        <source>the server received a datagram of %1 bytes from you</source>
        <comment>live page: ev/datagram_received</comment>
        <translation>서버가 나에게서 %1바이트짜리 데이터그램을 받았습니다</translation>
    </message>
    <message>
        <source>the server sent you a datagram of %1 bytes</source>
        <comment>live page: ev/datagram_sent</comment>
        <translation>서버가 나에게 %1바이트짜리 데이터그램을 보냈습니다</translation>
    </message>
    <message>
        <source>packet %1</source>
        <comment>live page: ev/segment</comment>
        <translation>패킷 %1</translation>
    </message>
    <message>
        <source>state %1 → %2</source>
        <comment>live page: ev/state</comment>
        <translation>상태 %1 → %2</translation>
    </message>
    <message>
        <source>one side shut down its sending</source>
        <comment>live page: ev/shutdown</comment>
        <translation>한쪽이 보내기를 닫았습니다 (shutdown)</translation>
    </message>
    <message>
        <source>the server called close()</source>
        <comment>live page: ev/close_called</comment>
        <translation>서버가 close()를 호출했습니다</translation>
    </message>
    <message>
        <source>the socket is closed</source>
        <comment>live page: ev/closed</comment>
        <translation>소켓이 닫혔습니다</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <comment>live page: ev/aborted</comment>
        <translation>연결이 리셋되었습니다</translation>
    </message>
    <message>
        <source>an error</source>
        <comment>live page: ev/error</comment>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>SocketScope::LossyPathPage</name>
    <message>
        <source>The OS refused: %1</source>
        <translation>OS가 거부했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>read %n byte(s): &quot;%1&quot;</source>
        <translation>
            <numerusform>%n바이트 읽음: &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>In: %1 datagrams. Out: %2. Dropped: %3, sent twice: %4, overtaken: %5, delayed: %6.</source>
        <translation>들어옴: 데이터그램 %1개. 나감: %2개. 버림: %3, 두 번 보냄: %4, 앞지름: %5, 지연: %6.</translation>
    </message>
    <message>
        <source>In: %1 bytes. Out: %2 bytes. Held back: %3 bytes. Lost: none, ever.</source>
        <translation>들어옴: %1바이트. 나감: %2바이트. 붙잡아 둠: %3바이트. 손실: 한 번도 없음.</translation>
    </message>
    <message>
        <source>Loopback never loses a packet, so this relay does it on purpose, and the journal marks every such act as &quot;changed on purpose&quot;. The same numbers go over UDP and over TCP. UDP hands over what arrives, in the order it arrives. TCP hands over every byte, in order, but later: a lossy network only slows it down. The seed makes the same losses happen again.</source>
        <translation>루프백은 패킷을 절대 잃어버리지 않으므로, 이 릴레이가 일부러 손실을 만듭니다. 기록에는 이런 동작마다 &quot;일부러 바꿈&quot;이라고 표시됩니다. 같은 번호들을 UDP와 TCP로 똑같이 보냅니다. UDP는 도착한 것을 도착한 순서대로 넘겨줍니다. TCP는 모든 바이트를 순서대로 넘겨주지만 더 늦게 넘겨줍니다. 손실이 있는 네트워크는 TCP를 느리게 만들 뿐입니다. 시드가 같으면 같은 손실이 다시 일어납니다.</translation>
    </message>
    <message>
        <source>What the relay does to UDP datagrams</source>
        <translation>릴레이가 UDP 데이터그램에 하는 일</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>버림(&amp;D)</translation>
    </message>
    <message>
        <source>Send t&amp;wice</source>
        <translation>두 번 보내기(&amp;W)</translation>
    </message>
    <message>
        <source>Let &amp;overtake</source>
        <translation>앞지르기 허용(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;elay</source>
        <translation>지연(&amp;E)</translation>
    </message>
    <message>
        <source>Delay by (also every TCP chunk)</source>
        <translation>지연 시간 (모든 TCP 조각에도 적용)</translation>
    </message>
    <message>
        <source>TCP speed limit</source>
        <translation>TCP 속도 제한</translation>
    </message>
    <message>
        <source> bytes/s</source>
        <translation> 바이트/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>시드(&amp;S)</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>중지(&amp;P)</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>시작(&amp;A)</translation>
    </message>
    <message>
        <source>How many numbered messages to send</source>
        <translation>보낼 번호 붙은 메시지 수</translation>
    </message>
    <message>
        <source>Se&amp;nd numbered messages</source>
        <translation>번호 붙은 메시지 보내기(&amp;N)</translation>
    </message>
    <message>
        <source>UDP: each datagram as it arrived</source>
        <translation>UDP: 도착한 그대로의 각 데이터그램</translation>
    </message>
    <message>
        <source>TCP: each read of the byte stream</source>
        <translation>TCP: 바이트 스트림을 읽을 때마다의 결과</translation>
    </message>
    <message>
        <source>UDP sender</source>
        <translation>UDP 송신자</translation>
    </message>
    <message>
        <source>TCP sender</source>
        <translation>TCP 송신자</translation>
    </message>
    <message>
        <source>lossy relay</source>
        <translation>손실 릴레이</translation>
    </message>
    <message>
        <source>UDP receiver</source>
        <translation>UDP 수신자</translation>
    </message>
    <message>
        <source>TCP receiver</source>
        <translation>TCP 수신자</translation>
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
        <source>Open a recording</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <source>SocketScope recordings (*.jsonl *.json);;All files (*)</source>
        <translation>SocketScope 기록 (*.jsonl *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not open a window for %1.</source>
        <translation>%1 파일을 표시할 창을 열 수 없습니다.</translation>
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
        <translation>&lt;h3&gt;SocketScope %1&lt;/h3&gt;&lt;p&gt;실제 소켓을 눈에 보이게: 소켓 표와 연결 표, 핸드셰이크와 포트를 일어나는 그대로 보여 줍니다.&lt;/p&gt;&lt;p&gt;Qt %2 기반으로 빌드했고, Qt %3에서 실행 중입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>What is this? Click anything in the window to have it explained; Esc cancels.</source>
        <translation>이것은 무엇인가요? 창에서 아무것이나 누르면 설명해 줍니다. Esc를 누르면 취소됩니다.</translation>
    </message>
    <message>
        <source>Compare with a recording</source>
        <translation>녹화와 비교하기</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>this session (live)</source>
        <translation>이 세션 (실시간)</translation>
    </message>
    <message>
        <source>Class challenge</source>
        <translation>도전 과제</translation>
    </message>
    <message>
        <source>&amp;Mystery fault drill</source>
        <translation>미스터리 고장 연습(&amp;M)</translation>
    </message>
    <message>
        <source>Mystery fault</source>
        <translation>미스터리 고장</translation>
    </message>
    <message numerus="yes">
        <source>Near the open-files limit: closed the %n oldest connection(s) the other side had closed (CLOSE_WAIT)</source>
        <translation>
            <numerusform>열린 파일 한도가 가까워, 상대가 이미 닫은 연결(CLOSE_WAIT) 중 오래된 %n개를 닫아 새 연결 자리를 만들었습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::MysteryDrill</name>
    <message>
        <source>A mystery-fault drill needs the live lab; a replay cannot run one.</source>
        <translation>미스터리 고장 연습에는 실시간 실습 네트워크가 필요합니다. 다시 보기에서는 연습을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The drill could not hide its fault in the lab network: %1</source>
        <translation>연습이 실습 네트워크에 고장을 숨기지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Mystery fault drill started (%1)</source>
        <translation>미스터리 고장 연습 시작 (%1)</translation>
    </message>
    <message>
        <source>the server could not listen (error %1)</source>
        <translation>서버가 수신 대기(listen)를 시작할 수 없었습니다(오류 %1)</translation>
    </message>
    <message>
        <source>Mystery fault drill: the guess &quot;%1&quot; is right</source>
        <translation>미스터리 고장 연습: &quot;%1&quot; 추측은 정답입니다</translation>
    </message>
    <message>
        <source>Mystery fault drill: the guess &quot;%1&quot; is wrong</source>
        <translation>미스터리 고장 연습: &quot;%1&quot; 추측은 틀렸습니다</translation>
    </message>
    <message>
        <source>Mystery fault drill: revealed, the fault was &quot;%1&quot;</source>
        <translation>미스터리 고장 연습: 정답을 공개했습니다. 고장은 &quot;%1&quot;이었습니다</translation>
    </message>
    <message>
        <source>Mystery fault drill ended unanswered: no guess and no reveal (%1)</source>
        <translation>미스터리 고장 연습이 답 없이 끝났습니다: 추측도 정답 보기도 없었습니다 (%1)</translation>
    </message>
</context>
<context>
    <name>SocketScope::NetworkPanel</name>
    <message>
        <source>Use the virtual lab network</source>
        <translation>가상 실습 네트워크 사용</translation>
    </message>
    <message>
        <source>Build a private network of virtual computers behind a router. Real packets, no root needed, and nothing in it reaches other computers.</source>
        <translation>공유기 뒤에 가상 컴퓨터로 이루어진 개인 네트워크를 만듭니다. 실제 패킷이 오가고, root 권한이 필요 없으며, 그 안의 어떤 것도 다른 컴퓨터에 닿지 않습니다.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s network</source>
        <translation>이 컴퓨터의 네트워크 사용</translation>
    </message>
    <message>
        <source>Port forwarding on the router: what arrives at the router&apos;s public address and port goes on to a computer in the home network</source>
        <translation>공유기의 포트 포워딩: 공유기의 공인 주소와 포트로 들어온 것을 홈 네트워크 안의 컴퓨터로 넘겨 줍니다</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Arrives at (router)</source>
        <translation>도착하는 곳(공유기)</translation>
    </message>
    <message>
        <source>Goes on to</source>
        <translation>넘겨 주는 곳</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <source>public port</source>
        <translation>공인 포트</translation>
    </message>
    <message>
        <source>goes on to</source>
        <translation>넘겨 줄 곳</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>Remove selected rule</source>
        <translation>선택한 규칙 제거</translation>
    </message>
    <message>
        <source>Add a computer: name, network, address</source>
        <translation>컴퓨터 추가: 이름, 네트워크, 주소</translation>
    </message>
    <message>
        <source>name, e.g. pc-c</source>
        <translation>이름, 예: pc-c</translation>
    </message>
    <message>
        <source>home network (lan)</source>
        <translation>홈 네트워크(lan)</translation>
    </message>
    <message>
        <source>the internet (wan)</source>
        <translation>인터넷(wan)</translation>
    </message>
    <message>
        <source>Add computer</source>
        <translation>컴퓨터 추가</translation>
    </message>
    <message>
        <source>New sockets live in the virtual lab network: a home network behind a router, and a computer on the internet. A socket&apos;s address says which computer it is on.</source>
        <translation>새 소켓은 가상 실습 네트워크에 만들어집니다. 이 네트워크에는 공유기 뒤의 홈 네트워크와, 인터넷에 있는 컴퓨터 한 대가 있습니다. 소켓의 주소를 보면 어느 컴퓨터에 있는지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>New sockets live in this computer&apos;s own network.</source>
        <translation>새 소켓은 이 컴퓨터 자체의 네트워크에 만들어집니다.</translation>
    </message>
    <message>
        <source>public port on %1</source>
        <translation>%1의 공인 포트</translation>
    </message>
    <message>
        <source>The virtual lab network is up. New sockets are made in it.</source>
        <translation>가상 실습 네트워크가 켜졌습니다. 새 소켓은 그 안에 만들어집니다.</translation>
    </message>
    <message>
        <source>The virtual lab network is down; its sockets were closed. New sockets live in this computer&apos;s network.</source>
        <translation>가상 실습 네트워크가 꺼졌고, 그 안의 소켓은 닫혔습니다. 새 소켓은 이 컴퓨터의 네트워크에 만들어집니다.</translation>
    </message>
    <message>
        <source>The router now forwards %1 to %2.</source>
        <translation>이제 공유기가 %1에서 %2에 전달합니다.</translation>
    </message>
    <message>
        <source>The rule was not added: %1</source>
        <translation>규칙을 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Select a rule in the table first.</source>
        <translation>먼저 표에서 규칙을 선택하세요.</translation>
    </message>
    <message>
        <source>The rule was removed.</source>
        <translation>규칙을 제거했습니다.</translation>
    </message>
    <message>
        <source>The rule was not removed: %1</source>
        <translation>규칙을 제거하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 192.168.0.20.</source>
        <translation>&quot;%1&quot; 값은 192.168.0.20 같은 IPv4 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 joined the lab at %2.</source>
        <translation>%1 호스트가 %2 주소로 실습 네트워크에 들어왔습니다.</translation>
    </message>
    <message>
        <source>The computer was not added: %1</source>
        <translation>컴퓨터를 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>This recording&apos;s lab network, as it was at the playhead&apos;s instant.</source>
        <translation>이 녹화의 실습 네트워크를 재생 위치 시점의 모습으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>The lab network as it was at the playhead&apos;s instant. Go back to Live to change it.</source>
        <translation>재생 위치 시점의 실습 네트워크입니다. 바꾸려면 실시간으로 돌아가세요.</translation>
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
    <message numerus="yes">
        <source>Socket #%1: %n block(s) of data up to the playhead</source>
        <translation>
            <numerusform>소켓 #%1: 재생 위치까지 데이터 %n덩어리</numerusform>
        </translation>
    </message>
    <message>
        <source>No data sent or received up to the playhead.</source>
        <translation>재생 위치까지 주고받은 데이터가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::PlaybackBar</name>
    <message>
        <source>step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>재생 (Space)</translation>
    </message>
    <message>
        <source>Go to the start (Home)</source>
        <translation>처음으로 가기 (Home)</translation>
    </message>
    <message>
        <source>One event back (,)</source>
        <translation>이벤트 하나 뒤로 (,)</translation>
    </message>
    <message>
        <source>One event forward (.)</source>
        <translation>이벤트 하나 앞으로 (.)</translation>
    </message>
    <message>
        <source>Show everything (End)</source>
        <translation>모두 보기 (End)</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>follow new events as they happen</comment>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Follow new events as they happen, one by one at a readable pace</source>
        <translation>새 이벤트가 일어나는 대로 읽기 좋은 속도로 하나씩 따라갑니다</translation>
    </message>
    <message>
        <source>Drag to move through the recording</source>
        <translation>끌어서 기록 안을 이동합니다</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>playback speed</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>By step</source>
        <comment>timeline spacing: every event the same width</comment>
        <translation>단계별</translation>
    </message>
    <message>
        <source>By real time</source>
        <comment>timeline spacing: proportional to time</comment>
        <translation>실제 시간</translation>
    </message>
    <message>
        <source>By step: every event gets the same room, good for loopback where a handshake takes microseconds. By real time: distances follow the clock; long quiet gaps are folded.</source>
        <translation>단계별: 모든 이벤트가 같은 간격을 차지합니다. 핸드셰이크가 마이크로초 만에 끝나는 루프백에 알맞습니다. 실제 시간: 간격이 시계를 따릅니다. 오래 조용한 구간은 접어서 보여 줍니다.</translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out button</comment>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>축소 (-)</translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in button</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom to show everything</comment>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show the whole timeline (0)</source>
        <translation>타임라인 전체 보기 (0)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Whole timeline…</source>
        <translation>타임라인 전체…</translation>
    </message>
    <message>
        <source>Visible part…</source>
        <translation>보이는 부분…</translation>
    </message>
    <message>
        <source>More</source>
        <comment>more timeline controls</comment>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>The controls there is no room for here: zoom, speed, spacing, export</source>
        <translation>여기에 자리가 없는 조절 버튼: 확대/축소, 속도, 간격, 내보내기</translation>
    </message>
</context>
<context>
    <name>SocketScope::PortExplorer</name>
    <message>
        <source>Port %1</source>
        <translation>포트 %1</translation>
    </message>
    <message>
        <source>%1 range (%2-%3).</source>
        <translation>%1 범위 (%2-%3).</translation>
    </message>
    <message>
        <source>no service name assigned</source>
        <translation>할당된 서비스 이름 없음</translation>
    </message>
    <message>
        <source>On this machine the OS picks client ports from %1-%2 (IANA&apos;s dynamic range is 49152-65535). %3 is one of them, so a client may get it at any moment.</source>
        <translation>이 컴퓨터의 OS는 클라이언트 포트를 %1-%2에서 고릅니다(IANA의 동적 범위는 49152-65535). %3번 포트는 그 안에 있으니 언제든 클라이언트가 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>On this machine the OS picks client ports from %1-%2 (IANA&apos;s dynamic range is 49152-65535). %3 is not one of them.</source>
        <translation>이 컴퓨터의 OS는 클라이언트 포트를 %1-%2에서 고릅니다(IANA의 동적 범위는 49152-65535). %3번 포트는 그 밖에 있습니다.</translation>
    </message>
    <message>
        <source>Ports below %1 are protected here: only the administrator may open a server on them.</source>
        <translation>이 컴퓨터에서 %1번 아래 포트는 보호됩니다. 관리자만 서버를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>No socket on this machine uses it right now.</source>
        <translation>지금 이 컴퓨터에서 이 포트를 쓰는 소켓이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>In use now by %n socket(s); see &quot;Who uses this port&quot;.</source>
        <translation>
            <numerusform>지금 소켓 %n개가 사용 중입니다. &quot;이 포트를 쓰는 소켓&quot;을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a port number (0-65535), a service name such as &lt;b&gt;ssh&lt;/b&gt;, or a word such as &lt;b&gt;mail&lt;/b&gt;, or click a port on the map.</source>
        <translation>포트 번호(0-65535), &lt;b&gt;ssh&lt;/b&gt; 같은 서비스 이름, &lt;b&gt;mail&lt;/b&gt; 같은 단어를 입력하거나 지도에서 포트를 누르세요.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>보여 줄 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is the name of %n service(s):</source>
        <translation>
            <numerusform>이름이 &quot;%1&quot;인 서비스 %n개:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) mention &quot;%1&quot;:</source>
        <translation>
            <numerusform>&quot;%1&quot; 단어가 들어간 서비스 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing ports %1-%2 (%3 per row)</source>
        <translation>포트 %1-%2 표시 중 (한 줄에 %3개)</translation>
    </message>
    <message>
        <source>Loo&amp;k up:</source>
        <comment>a port number or service name</comment>
        <translation>찾기(&amp;K):</translation>
    </message>
    <message>
        <source>a port number, a service name or a word: 443, ssh, mail</source>
        <translation>포트 번호, 서비스 이름, 단어: 443, ssh, mail</translation>
    </message>
    <message>
        <source>No list of service names was found, so ports have no names here.</source>
        <translation>서비스 이름 목록이 없어서 포트에 이름을 붙일 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Service names: %1 (a copy of the IANA registry, %n name(s))</source>
        <translation>
            <numerusform>서비스 이름: %1 (IANA 등록부 사본, 이름 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service names: %1 (this system&apos;s short list, %n name(s); install libwireshark-data for the full IANA registry)</source>
        <translation>
            <numerusform>서비스 이름: %1 (이 시스템의 짧은 목록, 이름 %n개. 전체 IANA 등록부는 libwireshark-data를 설치하세요)</numerusform>
        </translation>
    </message>
    <message>
        <source>All 65,536 ports</source>
        <translation>포트 65,536개 전체</translation>
    </message>
    <message>
        <source>In use on this machine now</source>
        <translation>지금 이 컴퓨터에서 사용 중</translation>
    </message>
    <message>
        <source>Every port a socket on this machine holds: TCP listening and connected, UDP bound. Read from the kernel.</source>
        <translation>이 컴퓨터의 소켓이 쓰고 있는 모든 포트: 대기 중이거나 연결된 TCP, bind된 UDP. 커널에서 읽습니다.</translation>
    </message>
    <message>
        <source>This system does not list its sockets.</source>
        <translation>이 시스템은 소켓 목록을 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>The lab&apos;s own sockets</source>
        <translation>실습의 소켓</translation>
    </message>
    <message>
        <source>Ports the OS picked for lab clients</source>
        <translation>OS가 실습 클라이언트에 고른 포트</translation>
    </message>
    <message>
        <source>The OS&apos;s ephemeral range (%1-%2)</source>
        <translation>OS의 임시 포트 범위 (%1-%2)</translation>
    </message>
    <message>
        <source>The range this OS picks client ports from (net.ipv4.ip_local_port_range), hatched, against IANA&apos;s dynamic range 49152-65535, outlined.</source>
        <translation>이 OS가 클라이언트 포트를 고르는 범위(net.ipv4.ip_local_port_range)는 빗금으로, IANA의 동적 범위 49152-65535는 테두리로 그립니다.</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>확대:</translation>
    </message>
    <message>
        <source>All</source>
        <comment>zoom: show all ports</comment>
        <translation>전체</translation>
    </message>
    <message>
        <source>OS ephemeral</source>
        <comment>zoom: the OS&apos;s ephemeral port range</comment>
        <translation>OS 임시 포트</translation>
    </message>
    <message>
        <source>Click a port to look it up. Drag across ports or use the wheel to zoom in; right-click to zoom out.</source>
        <translation>포트를 누르면 찾아봅니다. 여러 포트를 끌거나 휠을 굴리면 확대하고, 오른쪽 클릭하면 축소합니다.</translation>
    </message>
    <message>
        <source>Try to bind</source>
        <translation>bind 해 보기</translation>
    </message>
    <message>
        <source>Who uses this port</source>
        <translation>이 포트를 쓰는 소켓</translation>
    </message>
    <message>
        <source>the lab&apos;s sockets at the playhead</source>
        <translation>재생 위치 시점의 실습 소켓</translation>
    </message>
</context>
<context>
    <name>SocketScope::PortForwarder</name>
    <message numerus="yes">
        <source>no datagram either way for %n second(s), so the port forwarder let this flow go</source>
        <translation>
            <numerusform>%n초 동안 어느 쪽으로도 데이터그램이 오가지 않아서, 포트 포워더가 이 흐름을 정리했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>no datagram either way for %1 ms, so the port forwarder let this flow go</source>
        <translation>%1 ms 동안 어느 쪽으로도 데이터그램이 오가지 않아서, 포트 포워더가 이 흐름을 정리했습니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::PortMap</name>
    <message>
        <source>Port %1 — %2 range</source>
        <translation>포트 %1 — %2 범위</translation>
    </message>
    <message>
        <source>TCP: %1</source>
        <translation>TCP: %1</translation>
    </message>
    <message>
        <source>UDP: %1</source>
        <translation>UDP: %1</translation>
    </message>
    <message>
        <source>The OS picks client ports from here</source>
        <translation>OS가 클라이언트 포트를 여기서 고릅니다</translation>
    </message>
    <message numerus="yes">
        <source>In use on this machine: %n socket(s)</source>
        <translation>
            <numerusform>이 컴퓨터에서 사용 중: 소켓 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the lab&apos;s sockets uses it</source>
        <translation>실습 소켓 하나가 쓰고 있습니다</translation>
    </message>
    <message>
        <source>The OS picked it for a lab client</source>
        <translation>OS가 실습 클라이언트에 고른 포트입니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::PortMapLegend</name>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1 (%2-%3)</translation>
    </message>
    <message>
        <source>in use on this machine now</source>
        <translation>지금 이 컴퓨터에서 사용 중</translation>
    </message>
    <message>
        <source>a lab socket</source>
        <translation>실습 소켓</translation>
    </message>
    <message>
        <source>port the OS picked for a lab client</source>
        <translation>OS가 실습 클라이언트에 고른 포트</translation>
    </message>
    <message>
        <source>the OS&apos;s ephemeral range</source>
        <translation>OS의 임시 포트 범위</translation>
    </message>
</context>
<context>
    <name>SocketScope::PortRangeBar</name>
    <message>
        <source>%1
%2-%3</source>
        <comment>a range&apos;s name, then its first and last port</comment>
        <translation>%1
%2-%3</translation>
    </message>
    <message>
        <source>The blocks are not to scale: the well-known ports are only %1 of all %2 ports (%3%), the registered %4%, the dynamic %5%. On the map every port has a cell of the same size.</source>
        <translation>블록의 크기는 실제 비율이 아닙니다: 잘 알려진 포트는 전체 %2개 포트 중 %1개(%3%)뿐이고, 등록된 포트는 %4%, 동적 포트는 %5%입니다. 지도에서는 포트마다 같은 크기의 칸을 차지합니다.</translation>
    </message>
    <message>
        <source>%1: %2 ports, %3% of all. Click to see only these on the map.</source>
        <translation>%1: 포트 %2개, 전체의 %3%. 누르면 지도에 이 범위만 보입니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::PortUsersView</name>
    <message>
        <source>Click to select this socket in the lab&apos;s tables.</source>
        <translation>누르면 실습 표에서 이 소켓을 선택합니다.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more socket(s) on this port</source>
        <translation>
            <numerusform>… 그리고 이 포트의 소켓 %n개 더</numerusform>
        </translation>
    </message>
    <message>
        <source>lab socket #%1</source>
        <translation>실습 소켓 #%1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (프로세스 %2)</translation>
    </message>
    <message>
        <source>no process (the kernel finishes it alone)</source>
        <translation>프로세스 없음 (커널이 혼자 마무리)</translation>
    </message>
    <message>
        <source>not told</source>
        <comment>the OS does not say which process holds a socket</comment>
        <translation>알려 주지 않음</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Local</source>
        <comment>local ip:port of a socket</comment>
        <translation>로컬</translation>
    </message>
    <message>
        <source>Peer</source>
        <comment>remote ip:port of a socket</comment>
        <translation>상대</translation>
    </message>
    <message>
        <source>State</source>
        <comment>kernel socket state</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Held by</source>
        <comment>which process or lab socket holds it</comment>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Pick a port on the map or look one up.</source>
        <translation>지도에서 포트를 고르거나 찾아보세요.</translation>
    </message>
    <message>
        <source>This system does not list its sockets; no lab socket uses port %1.</source>
        <translation>이 시스템은 소켓 목록을 알려 주지 않습니다. %1번 포트를 쓰는 실습 소켓은 없습니다.</translation>
    </message>
    <message>
        <source>No socket uses port %1 right now.</source>
        <translation>지금 %1번 포트를 쓰는 소켓이 없습니다.</translation>
    </message>
    <message>
        <source>No lab socket used port %1 after step %2 of the timeline.</source>
        <translation>타임라인의 %2단계 이후에 %1번 포트를 쓴 실습 소켓이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::SharedPortDemo</name>
    <message>
        <source>#%1 &lt;TCP, %2, %3&gt;  %4</source>
        <translation>#%1 &lt;TCP, %2, %3&gt;  %4</translation>
    </message>
    <message>
        <source>the listening socket</source>
        <translation>리스닝 소켓</translation>
    </message>
    <message>
        <source>accepted: same local ip:port, its own remote side</source>
        <translation>수락됨: 같은 로컬 ip:port, 자기만의 원격 쪽</translation>
    </message>
</context>
<context>
    <name>SocketScope::SocketOptionsPanel</name>
    <message>
        <source>No delay (TCP_NODELAY)</source>
        <translation>지연 없음 (TCP_NODELAY)</translation>
    </message>
    <message>
        <source>Linger, s:</source>
        <translation>Linger, 초:</translation>
    </message>
    <message>
        <source>Receive buf.:</source>
        <comment>SO_RCVBUF, bytes</comment>
        <translation>수신 버퍼:</translation>
    </message>
    <message>
        <source>Send buf.:</source>
        <comment>SO_SNDBUF, bytes</comment>
        <translation>송신 버퍼:</translation>
    </message>
    <message>
        <source>Keepalive (SO_KEEPALIVE)</source>
        <translation>연결 유지 확인 (SO_KEEPALIVE)</translation>
    </message>
    <message>
        <source>Idle, s:</source>
        <comment>keepalive: quiet seconds before the first probe</comment>
        <translation>유휴 시간, 초:</translation>
    </message>
    <message>
        <source>Interval, s:</source>
        <comment>keepalive: seconds between probes</comment>
        <translation>간격, 초:</translation>
    </message>
    <message>
        <source>Probes:</source>
        <comment>keepalive: how many unanswered probes</comment>
        <translation>확인 패킷 수:</translation>
    </message>
    <message>
        <source>Reuse address (SO_REUSEADDR)</source>
        <translation>주소 재사용 (SO_REUSEADDR)</translation>
    </message>
    <message>
        <source>Reuse port (SO_REUSEPORT)</source>
        <translation>포트 재사용 (SO_REUSEPORT)</translation>
    </message>
    <message>
        <source>TTL (hops):</source>
        <translation>TTL (홉 수):</translation>
    </message>
    <message>
        <source>TCP_NODELAY: small writes leave at once instead of waiting to be joined into one segment (Nagle&apos;s algorithm).</source>
        <translation>TCP_NODELAY: 작은 쓰기를 모아 세그먼트 하나로 만들 때까지 기다리지 않고 바로 보냅니다(Nagle 알고리즘).</translation>
    </message>
    <message>
        <source>SO_LINGER: how long close() waits for unsent data. 0: close() throws the data away and sends RST instead of FIN. &quot;off&quot;: the usual close.</source>
        <translation>SO_LINGER: close()가 아직 보내지 않은 데이터를 얼마나 기다릴지 정합니다. 0: close()가 데이터를 버리고 FIN 대신 RST를 보냅니다. &quot;꺼짐&quot;: 보통의 닫기입니다.</translation>
    </message>
    <message>
        <source>SO_RCVBUF in bytes: how much the kernel keeps for data not read yet; it sets the window offered to the peer. Linux doubles the value asked for. Set it before connecting (Options field of the form) for the handshake to use it.</source>
        <translation>SO_RCVBUF(바이트): 아직 읽지 않은 데이터를 위해 커널이 마련해 두는 공간입니다. 이 값이 상대에게 알려 주는 윈도를 정합니다. Linux는 요청한 값을 두 배로 잡습니다. 핸드셰이크에서 이 값을 쓰게 하려면 연결하기 전에 설정하세요(양식의 &apos;옵션&apos; 칸).</translation>
    </message>
    <message>
        <source>SO_SNDBUF in bytes: how much the kernel keeps for data sent and not yet acknowledged. Linux doubles the value asked for.</source>
        <translation>SO_SNDBUF(바이트): 보냈지만 아직 확인 응답을 받지 못한 데이터를 위해 커널이 마련해 두는 공간입니다. Linux는 요청한 값을 두 배로 잡습니다.</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE: after a quiet time the kernel sends probes; a peer that never answers ends the connection.</source>
        <translation>SO_KEEPALIVE: 한동안 아무것도 오가지 않으면 커널이 확인 패킷을 보냅니다. 상대가 끝내 답하지 않으면 연결이 끝납니다.</translation>
    </message>
    <message>
        <source>TCP_KEEPIDLE: seconds of quiet before the first keepalive probe.</source>
        <translation>TCP_KEEPIDLE: 첫 keepalive 확인 패킷을 보내기 전까지 아무것도 오가지 않는 시간(초)입니다.</translation>
    </message>
    <message>
        <source>TCP_KEEPINTVL: seconds between keepalive probes.</source>
        <translation>TCP_KEEPINTVL: keepalive 확인 패킷 사이의 간격(초)입니다.</translation>
    </message>
    <message>
        <source>TCP_KEEPCNT: unanswered probes before the connection is given up.</source>
        <translation>TCP_KEEPCNT: 연결을 포기하기 전까지 답을 받지 못한 확인 패킷 수입니다.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR: bind() to a port still held by old connections (TIME_WAIT). It only counts at bind(): for a new socket, write it in the Options field of the form.</source>
        <translation>SO_REUSEADDR: 이전 연결이 아직 붙잡고 있는 포트(TIME_WAIT)에도 bind()할 수 있습니다. bind()할 때만 효과가 있습니다: 새 소켓이라면 양식의 &apos;옵션&apos; 칸에 이 옵션을 쓰세요.</translation>
    </message>
    <message>
        <source>SO_REUSEPORT: several sockets bind to one port and the kernel spreads new connections among them. It only counts at bind(): write reuseport in the Options field of the form, for each listener.</source>
        <translation>SO_REUSEPORT: 여러 소켓이 한 포트에 bind()하고, 커널이 새 연결을 그 소켓들에 나누어 줍니다. bind()할 때만 효과가 있습니다: 리스너마다 양식의 &apos;옵션&apos; 칸에 reuseport를 쓰세요.</translation>
    </message>
    <message>
        <source>IP_TTL: how many routers a packet may cross before one drops it.</source>
        <translation>IP_TTL: 패킷이 버려지기 전까지 지나갈 수 있는 라우터 수입니다.</translation>
    </message>
    <message>
        <source>Socket options</source>
        <translation>소켓 옵션</translation>
    </message>
    <message>
        <source>Options of the selected socket; beside each, the value the kernel reports.</source>
        <translation>선택한 소켓의 옵션입니다. 각 옵션 옆에는 커널이 알려 준 값이 있습니다.</translation>
    </message>
    <message>
        <source>kernel: %1</source>
        <translation>커널: %1</translation>
    </message>
    <message>
        <source>off</source>
        <comment>linger</comment>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>on</source>
        <comment>option value</comment>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <comment>option value</comment>
        <translation>끔</translation>
    </message>
    <message>
        <source>kernel: -</source>
        <translation>커널: -</translation>
    </message>
    <message>
        <source>The kernel did not say.</source>
        <translation>커널이 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Socket #%1: %2 asked %3, kernel uses %4. Linux doubles a buffer size: the extra half is for its own bookkeeping (glossary: &quot;Socket buffer&quot;).</source>
        <translation>소켓 #%1: %2 옵션 요청 값은 %3이고, 커널이 쓰는 값은 %4입니다. Linux는 버퍼 크기를 두 배로 잡습니다: 늘어난 절반은 커널이 자체 관리용으로 씁니다(용어집: &quot;소켓 버퍼&quot;).</translation>
    </message>
    <message>
        <source>Socket #%1: %2 asked %3, but the kernel keeps %4.</source>
        <translation>소켓 #%1: %2 옵션 요청 값은 %3이지만, 커널의 값은 그대로 %4입니다.</translation>
    </message>
    <message>
        <source>Socket #%1: %2 set to %3; the kernel reports the same.</source>
        <translation>소켓 #%1: %2 옵션에 설정한 값은 %3입니다. 커널도 같은 값을 알려 줍니다.</translation>
    </message>
    <message>
        <source>It only counts at bind(): this socket is bound already; a new one takes it from the Options field of its form.</source>
        <translation>bind()할 때만 효과가 있습니다: 이 소켓은 이미 bind되었습니다. 새 소켓은 그 양식의 &apos;옵션&apos; 칸에서 이 값을 받습니다.</translation>
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
        <translation>로컬 주소와 포트가 #%1번 리스너와 같습니다: 커널은 &lt;프로토콜, 로컬, 원격&gt; 튜플 전체로 둘을 구별합니다.</translation>
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
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <source>The computer the socket lives on: this computer, or one of the virtual lab network&apos;s computers (pc-a, pc-b, remote, the router).</source>
        <translation>소켓이 있는 컴퓨터입니다: 이 컴퓨터, 또는 가상 실습 네트워크의 컴퓨터 중 하나(pc-a, pc-b, remote, 공유기)입니다.</translation>
    </message>
    <message>
        <source>This socket&apos;s IP address and port on its computer (ip:port).</source>
        <translation>이 소켓이 자기 컴퓨터에서 쓰는 IP 주소와 포트(ip:port)입니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>socket state: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>round-trip time</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cwnd</source>
        <comment>column: TCP congestion window</comment>
        <translation>Cwnd</translation>
    </message>
    <message>
        <source>RTT</source>
        <comment>column: round-trip time</comment>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Resent</source>
        <comment>column: TCP retransmissions</comment>
        <translation>재전송</translation>
    </message>
    <message>
        <source>Congestion window: how many segments TCP lets itself send before it waits for an acknowledgement. It grows while all goes well and shrinks when something is lost. Read from the kernel.</source>
        <translation>혼잡 윈도: TCP가 확인 응답을 기다리기 전에 보낼 수 있는 세그먼트 수. 잘 될 때는 커지고 무언가를 잃으면 줄어듭니다. 커널에서 읽은 값입니다.</translation>
    </message>
    <message>
        <source>Round-trip time: how long a segment and its acknowledgement take, smoothed over the last ones. Read from the kernel.</source>
        <translation>왕복 시간: 세그먼트가 가고 그 확인 응답이 오기까지 걸리는 시간으로, 최근 값들로 부드럽게 한 것입니다. 커널에서 읽은 값입니다.</translation>
    </message>
    <message>
        <source>Retransmissions: how many segments TCP had to send again because their acknowledgement did not come in time. Read from the kernel.</source>
        <translation>재전송: 확인 응답이 제때 오지 않아 TCP가 다시 보내야 했던 세그먼트 수. 커널에서 읽은 값입니다.</translation>
    </message>
    <message>
        <source>#</source>
        <comment>column: socket id, where the column is too narrow for its whole heading</comment>
        <translation>#</translation>
    </message>
</context>
<context>
    <name>SocketScope::TablesPage</name>
    <message>
        <source>Sockets: each is &lt;protocol, local ip:port, remote ip:port&gt;</source>
        <translation>소켓: 각 소켓은 &lt;프로토콜, 로컬 ip:port, 원격 ip:port&gt;입니다</translation>
    </message>
    <message>
        <source>Connections: each TCP connection is a pair of sockets</source>
        <translation>연결: 각 TCP 연결은 소켓 한 쌍입니다</translation>
    </message>
    <message>
        <source>Sockets, all %1: each is &lt;protocol, local ip:port, remote ip:port&gt;</source>
        <comment>%1: TCP or UDP</comment>
        <translation>소켓(모두 %1): 각 소켓은 &lt;프로토콜, 로컬 ip:port, 원격 ip:port&gt;입니다</translation>
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
    <name>SocketScope::TcpStateDiagram</name>
    <message>
        <source>TCP state machine</source>
        <translation>TCP 상태 기계</translation>
    </message>
    <message>
        <source>no state known</source>
        <translation>알려진 상태 없음</translation>
    </message>
    <message>
        <source>selected socket</source>
        <translation>선택한 소켓</translation>
    </message>
    <message>
        <source>other end</source>
        <translation>상대편</translation>
    </message>
</context>
<context>
    <name>SocketScope::TimelinePanel</name>
    <message>
        <source>%1 (kernel said %2)</source>
        <comment>state machine key</comment>
        <translation>%1 (커널 표시: %2)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg);;PNG picture (*.png);;Mermaid diagram (*.mmd);;PlantUML diagram (*.puml)</source>
        <translation>SVG 그림 (*.svg);;PNG 그림 (*.png);;Mermaid 다이어그램 (*.mmd);;PlantUML 다이어그램 (*.puml)</translation>
    </message>
    <message>
        <source>Export the visible part</source>
        <translation>보이는 부분 내보내기</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message>
        <source>Timeline written to %1</source>
        <translation>타임라인을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Labels</source>
        <comment>menu of what the arrow labels show</comment>
        <translation>라벨</translation>
    </message>
    <message>
        <source>What the arrow labels show besides the packet&apos;s name</source>
        <translation>화살표 라벨에 패킷 이름 말고 무엇을 더 보여 줄지 고릅니다</translation>
    </message>
    <message>
        <source>Sequence numbers as sent (not counted from 0)</source>
        <translation>보낸 그대로의 시퀀스 번호(0부터 세지 않음)</translation>
    </message>
    <message>
        <source>By default each side&apos;s numbers start at 0, as Wireshark shows them. Switch this on to see the random starting numbers the kernels chose.</source>
        <translation>기본으로는 Wireshark처럼 양쪽 번호가 각각 0부터 시작합니다. 이것을 켜면 커널이 무작위로 고른 시작 번호를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Window size (how much more the receiver can take)</source>
        <translation>윈도 크기(받는 쪽이 앞으로 더 받을 수 있는 양)</translation>
    </message>
    <message>
        <source>Kernel numbers</source>
        <comment>switch for the strips under the TCP lanes</comment>
        <translation>커널 숫자</translation>
    </message>
    <message>
        <source>State machine</source>
        <comment>switch that shows the TCP state machine beside the timeline</comment>
        <translation>상태 기계</translation>
    </message>
    <message>
        <source>Show or hide the TCP state machine. On a narrow screen it steps aside so the timeline has room.</source>
        <translation>TCP 상태 기계를 보이거나 숨깁니다. 좁은 화면에서는 타임라인이 넓게 보이도록 옆으로 비켜 둡니다.</translation>
    </message>
    <message>
        <source>Under each TCP lane, what the kernel reports: the congestion window (cwnd), the bytes in flight (sent, not yet acknowledged) and the round-trip time (RTT). A red cross marks a segment sent again. Click to hide or show them.</source>
        <translation>타임라인의 TCP 소켓 줄마다 그 아래에 커널이 알려 주는 값이 보입니다: 혼잡 윈도(cwnd), 전송 중인 바이트(보냈지만 아직 확인 응답을 받지 못한 것), 왕복 시간(RTT). 빨간 X는 다시 보낸 세그먼트입니다. 누르면 숨기거나 다시 보입니다.</translation>
    </message>
</context>
<context>
    <name>SocketScope::TimelineView</name>
    <message>
        <source>Made by accept() on the listener: same local address and port, one connection of its own.</source>
        <translation>리스너에서 accept()로 만들어졌습니다. 로컬 주소와 포트는 같고, 연결은 자기만의 것입니다.</translation>
    </message>
    <message>
        <source>Double-click: move the playhead here (every view shows this instant).</source>
        <translation>더블클릭: 재생 위치를 여기로 옮깁니다(모든 화면이 이 순간을 보여 줍니다).</translation>
    </message>
    <message>
        <source>Click or drag along the ruler to move the playhead: the tables, the log and the other views show that instant.</source>
        <translation>눈금자를 클릭하거나 끌어서 재생 위치를 옮기세요. 표, 로그와 다른 화면이 그 순간을 보여 줍니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s) above. Click, Page Up or Shift+wheel to see them.</source>
        <translation>
            <numerusform>위에 소켓 줄이 %n개 더 있습니다. 클릭하거나 Page Up, Shift+휠로 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s) below. Click, Page Down or Shift+wheel to see them.</source>
        <translation>
            <numerusform>아래에 소켓 줄이 %n개 더 있습니다. 클릭하거나 Page Down, Shift+휠로 볼 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocketScope::TopologyView</name>
    <message>
        <source>#%1 %2 %3 listening</source>
        <translation>#%1 %2 %3 대기 중</translation>
    </message>
    <message>
        <source>#%1 %2 %3 ↔ %4</source>
        <translation>#%1 %2 %3 ↔ %4</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 그 밖에 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The virtual lab network is not running. Choose &quot;Use the virtual lab network&quot; above to build it: a home network with two computers behind a router, and a computer on the internet.</source>
        <translation>가상 실습 네트워크가 실행 중이 아닙니다. 위에서 &quot;가상 실습 네트워크 사용&quot;을 고르면 만들어집니다. 공유기 뒤에 컴퓨터 두 대가 있는 홈 네트워크와, 인터넷에 있는 컴퓨터 한 대로 이루어집니다.</translation>
    </message>
    <message>
        <source>Home network</source>
        <translation>홈 네트워크</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>공유기</translation>
    </message>
    <message>
        <source>The internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>inside (lan): %1</source>
        <translation>안쪽(lan): %1</translation>
    </message>
    <message>
        <source>outside (wan): %1</source>
        <translation>바깥쪽(wan): %1</translation>
    </message>
    <message>
        <source>going out, the home network speaks as %1</source>
        <translation>밖으로 나갈 때 홈 네트워크는 %1 주소를 씁니다</translation>
    </message>
    <message>
        <source>address translation is off (nft is missing)</source>
        <translation>주소 변환이 꺼져 있습니다(nft가 없음)</translation>
    </message>
    <message>
        <source>no port forwarding</source>
        <translation>포트 포워딩 없음</translation>
    </message>
    <message>
        <source>forwards %1 → %2</source>
        <translation>%1 → %2 전달</translation>
    </message>
    <message>
        <source>no sockets yet</source>
        <translation>아직 소켓 없음</translation>
    </message>
    <message>
        <source>router</source>
        <translation>공유기</translation>
    </message>
    <message>
        <source>%1 → %2 passed on to %3</source>
        <comment>port forwarding: client, public address, inside server</comment>
        <translation>%1 → %2, %3에 전달</translation>
    </message>
    <message>
        <source>%1 → %2 goes out as %3</source>
        <comment>masquerade: client, server, the router&apos;s public address</comment>
        <translation>%1 → %2, %3 주소로 나감</translation>
    </message>
    <message>
        <source>translating no connection</source>
        <translation>변환 중인 연결 없음</translation>
    </message>
    <message>
        <source>translating:</source>
        <translation>변환 중:</translation>
    </message>
    <message>
        <source>⚠ %1 side: %2</source>
        <comment>a fault on the router&apos;s side of a network</comment>
        <translation>⚠ %1 쪽: %2</translation>
    </message>
    <message>
        <source>not added yet at this instant</source>
        <translation>이 시점에는 아직 추가되지 않음</translation>
    </message>
    <message>
        <source>⚠ cable: %1</source>
        <comment>a fault on this computer&apos;s cable</comment>
        <translation>⚠ 케이블: %1</translation>
    </message>
    <message>
        <source>This recording has no lab network: it was made on this computer&apos;s own network, or by a SocketScope that did not yet write the network into its recordings.</source>
        <translation>이 녹화에는 실습 네트워크가 없습니다: 이 컴퓨터 자체의 네트워크에서 녹화했거나, 네트워크를 녹화에 적지 않던 예전 SocketScope로 녹화했습니다.</translation>
    </message>
    <message>
        <source>At this instant the virtual lab network was not running.</source>
        <translation>이 시점에는 가상 실습 네트워크가 실행 중이 아니었습니다.</translation>
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
    <name>SocketScope::WelcomePage</name>
    <message>
        <source>The server could not be opened: %1</source>
        <translation>서버를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A client could not connect: %1</source>
        <translation>클라이언트가 연결하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Socket #%1 listens on 127.0.0.1:%2 and two clients connected to it; for each connection accept() made one more socket on the server&apos;s side.</source>
        <translation>#%1번 소켓이 127.0.0.1:%2에서 연결을 기다리고, 클라이언트 두 개가 여기에 연결했습니다. 연결마다 accept()가 서버 쪽에 소켓을 하나씩 더 만들었습니다.</translation>
    </message>
    <message>
        <source>The virtual lab network cannot be started here: %1</source>
        <translation>여기서는 가상 실습 네트워크를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No lessons could be loaded.</source>
        <translation>수업을 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Welcome to SocketScope</source>
        <translation>SocketScope에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>SocketScope opens real sockets on this computer and shows them as they live: who listens, who connects, and every packet between them. Where would you like to start?</source>
        <translation>SocketScope는 이 컴퓨터에서 실제 소켓을 열고, 그 소켓이 살아 움직이는 모습을 보여 줍니다: 누가 연결을 기다리는지, 누가 연결하는지, 그 사이에 오가는 패킷 하나하나까지. 어디서부터 시작할까요?</translation>
    </message>
    <message>
        <source>Follow a lesson</source>
        <translation>수업 따라 하기</translation>
    </message>
    <message>
        <source>A lesson opens the sockets for you, one step at a time, and says what happens. New here? Start with lesson 1.</source>
        <translation>수업에서는 소켓을 한 단계씩 대신 열어 주고, 무슨 일이 일어나는지 설명해 줍니다. 처음이라면 1번 수업부터 시작하세요.</translation>
    </message>
    <message>
        <source>Or try it yourself</source>
        <translation>또는 직접 해 보기</translation>
    </message>
    <message>
        <source>A server and two clients</source>
        <translation>서버 하나와 클라이언트 둘</translation>
    </message>
    <message>
        <source>Opens a server on 127.0.0.1 and connects two clients to it, then shows them in the tables.</source>
        <translation>127.0.0.1에 서버를 열고 클라이언트 두 개를 연결한 다음, 표에서 보여 줍니다.</translation>
    </message>
    <message>
        <source>Open the lab network</source>
        <translation>실습 네트워크 열기</translation>
    </message>
    <message>
        <source>A small virtual network: a home router, two home computers and one out on the internet. Its packets are really captured.</source>
        <translation>작은 가상 네트워크입니다: 집의 공유기 하나, 집 안의 컴퓨터 두 대, 인터넷에 있는 컴퓨터 한 대. 이 네트워크의 패킷은 실제로 캡처됩니다.</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <source>Replays sockets and packets that were recorded earlier, in a window of their own.</source>
        <translation>앞서 기록해 둔 소켓과 패킷을 별도의 창에서 재생합니다.</translation>
    </message>
    <message>
        <source>Don&apos;t show this at start</source>
        <translation>시작할 때 이 화면 보이지 않기</translation>
    </message>
    <message>
        <source>Help &gt; Welcome page brings it back.</source>
        <translation>도움말 &gt; 시작 화면에서 다시 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Go to the empty tables</source>
        <translation>빈 표로 가기</translation>
    </message>
</context>
<context>
    <name>SocketScope::WindowBanner</name>
    <message>
        <source>Packet capture is off: the capture helper may not capture packets on this computer (the system said: %1). The timeline shows the packets the protocol implies instead.</source>
        <translation>패킷 캡처 꺼짐: 캡처 도우미가 이 컴퓨터에서 패킷을 캡처할 수 없습니다(시스템의 말: %1). 대신 타임라인은 프로토콜상 있어야 할 패킷을 보여 줍니다.</translation>
    </message>
    <message>
        <source>To allow it, an administrator runs:
    %1</source>
        <translation>허용하려면 관리자가 다음을 실행합니다:
    %1</translation>
    </message>
    <message>
        <source>To let only some users capture, put them in a group and close the helper to others:
    %1</source>
        <translation>일부 사용자만 캡처할 수 있게 하려면, 그 사용자들을 한 그룹에 넣고 다른 사용자는 도우미를 쓰지 못하게 합니다:
    %1</translation>
    </message>
    <message>
        <source>Packet capture is off: the capture helper program (socketscope-capture) is not installed. The timeline shows the packets the protocol implies instead.</source>
        <translation>패킷 캡처 꺼짐: 캡처 도우미 프로그램(socketscope-capture)이 설치되어 있지 않습니다. 대신 타임라인은 프로토콜상 있어야 할 패킷을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Packet capture stopped: %1</source>
        <translation>패킷 캡처가 멈췄습니다: %1</translation>
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
        <translation>네트워크에 열려 있음: %1 소켓이 이 컴퓨터 밖으로도 열려 대기하고 있어서, 다른 컴퓨터가 접속할 수 있습니다.</translation>
    </message>
    <message>
        <source>Showing the start, before the first step: step %1 of %2, event %3 of %4</source>
        <comment>the playhead is in the past; %1 of %2 timeline steps, %3 of %4 events of the event log</comment>
        <translation>처음, 첫 단계 전을 보여 주는 중: %2단계 중 %1단계, 이벤트 %4개 중 %3번째</translation>
    </message>
    <message>
        <source>Showing %1: step %2 of %3, event %4 of %5</source>
        <comment>the playhead is in the past; %1 a time, %2 of %3 timeline steps, %4 of %5 events of the event log</comment>
        <translation>%1 시점을 보여 주는 중: %3단계 중 %2단계, 이벤트 %5개 중 %4번째</translation>
    </message>
    <message>
        <source>Every view shows this instant of the past. Steps are counted as on the timeline&apos;s bar (calls, packets and state changes drawn there); events are the rows of the event log, which selects the last one shown.</source>
        <translation>모든 화면이 과거의 이 순간을 보여 줍니다. 단계는 타임라인 막대에서처럼 셉니다(그곳에 그려진 호출, 패킷, 상태 변화). 이벤트는 이벤트 로그의 행이며, 로그는 보여 준 마지막 이벤트를 선택합니다.</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>button: back to the present</comment>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Show the present again in every view (End on the timeline)</source>
        <translation>모든 화면에 다시 현재를 보여 줍니다 (타임라인에서 End)</translation>
    </message>
</context>
<context>
    <name>SocketScope::WindowDocks</name>
    <message>
        <source>Explanations</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
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
        <source>Show the kernel&apos;s TCP numbers</source>
        <translation>커널의 TCP 숫자 보기</translation>
    </message>
    <message numerus="yes">
        <source>Show the kernel&apos;s TCP numbers (%n hidden)</source>
        <translation>
            <numerusform>커널의 TCP 숫자 보기 (%n개 숨김)</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel&apos;s TCP numbers (round-trip time, congestion window, retransmissions) are read for every socket at each poll. They are left out of the log so the calls and packets stay readable; the timeline draws them as strips.</source>
        <translation>커널의 TCP 숫자(왕복 시간, 혼잡 윈도, 재전송)는 정기 확인(poll) 때마다 모든 소켓에 대해 읽어 옵니다. 호출과 패킷이 잘 읽히도록 로그에서는 빼 두었습니다. 타임라인은 이 숫자를 띠 그래프로 그립니다.</translation>
    </message>
    <message>
        <source>Event log: the playhead is at event %1 of %2; the rows after it have not happened yet</source>
        <translation>이벤트 로그: 재생 위치는 %2개 중 %1번째 이벤트입니다. 그 아래 줄들은 아직 일어나지 않았습니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::WindowMenus</name>
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
        <source>&amp;Capture packets</source>
        <translation>패킷 캡처(&amp;C)</translation>
    </message>
    <message>
        <source>Show the real packets of SocketScope&apos;s sockets on this machine instead of the ones the protocol implies</source>
        <translation>프로토콜상 있어야 할 패킷 대신, 이 컴퓨터에서 SocketScope 소켓이 실제로 주고받은 패킷을 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type and high contrast for a projector. Esc leaves it.</source>
        <translation>프로젝터용 전체 화면, 큰 글자, 고대비입니다. Esc를 누르면 나갑니다.</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
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
        <source>&amp;Compare with…</source>
        <translation>비교하기(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a recording beside this session, lined up at the first SYN, with what differs marked</source>
        <translation>녹화를 이 세션 옆에 열어 첫 SYN에 맞춰 나란히 놓고, 다른 점을 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>시간(&amp;T)</translation>
    </message>
    <message>
        <source>One event &amp;back</source>
        <translation>이벤트 하나 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>One event &amp;forward</source>
        <translation>이벤트 하나 앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>Ten events back</source>
        <translation>이벤트 열 개 뒤로</translation>
    </message>
    <message>
        <source>Ten events forward</source>
        <translation>이벤트 열 개 앞으로</translation>
    </message>
    <message>
        <source>To the &amp;start</source>
        <translation>처음으로(&amp;S)</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation>다시 실시간으로(&amp;L)</translation>
    </message>
    <message>
        <source>Moves the playhead: every tab shows the sockets as they were then</source>
        <translation>재생 위치를 옮깁니다. 모든 탭이 그 시점의 소켓을 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>SocketScope::WindowStatus</name>
    <message>
        <source>Recording to %1</source>
        <translation>%1에 기록하는 중</translation>
    </message>
    <message>
        <source>Network: virtual lab</source>
        <translation>네트워크: 가상 실습</translation>
    </message>
    <message>
        <source>Network: this computer</source>
        <translation>네트워크: 이 컴퓨터</translation>
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
        <source>Capture: starting</source>
        <translation>캡처: 시작하는 중</translation>
    </message>
    <message numerus="yes">
        <source>Capture: %n packet(s) seen</source>
        <translation>
            <numerusform>캡처: 패킷 %n개 관찰함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n lost: the kernel dropped them)</source>
        <translation>
            <numerusform>(%n개 손실: 커널이 버렸습니다)</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture: off</source>
        <translation>캡처: 꺼짐</translation>
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
        <translation>출발지:</translation>
    </message>
    <message>
        <source>Optional: the local address to connect from. Empty lets the OS choose. The local port is always picked by the OS.</source>
        <translation>선택 사항: 연결할 때 쓸 로컬 주소입니다. 비워 두면 OS가 고릅니다. 로컬 포트는 항상 OS가 고릅니다.</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>클라이언트:</translation>
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
        <translation>#%1번 소켓이 %2에서 대기합니다.</translation>
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
        <translation>#%1번 소켓이 %2에서 %3에 연결합니다.</translation>
    </message>
    <message>
        <source>UDP socket #%1 is bound to %2.</source>
        <translation>#%1번 UDP 소켓이 %2에 바인드되었습니다.</translation>
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
        <translation>#%1번 리스너가 accept() 호출을 멈췄습니다. 새 클라이언트는 여전히 핸드셰이크를 마치고 수락 대기열에서 기다립니다.</translation>
    </message>
    <message>
        <source>Listener #%1 accepts again.</source>
        <translation>#%1번 리스너가 다시 수락합니다.</translation>
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
    <message>
        <source>Socket #%1 (%2): %3</source>
        <translation>소켓 #%1(%2): %3</translation>
    </message>
    <message>
        <source>Socket options set before bind(), as on the command line: nodelay, linger=0, rcvbuf=4096, sndbuf=4096, keepalive, keepidle=10, keepintvl=5, keepcnt=3, reuseaddr, reuseport, ttl=64 (separated by commas).</source>
        <translation>bind() 전에 설정하는 소켓 옵션으로, 명령줄에서와 같이 씁니다: nodelay, linger=0, rcvbuf=4096, sndbuf=4096, keepalive, keepidle=10, keepintvl=5, keepcnt=3, reuseaddr, reuseport, ttl=64 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>e.g. reuseport</source>
        <comment>socket options</comment>
        <translation>예: reuseport</translation>
    </message>
    <message>
        <source>e.g. nodelay,linger=0</source>
        <comment>socket options</comment>
        <translation>예: nodelay,linger=0</translation>
    </message>
    <message>
        <source>e.g. rcvbuf=4096</source>
        <comment>socket options</comment>
        <translation>예: rcvbuf=4096</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>옵션: %1</translation>
    </message>
    <message>
        <source>This is a recording: it shows what happened, step by step, and makes no sockets of its own. To open sockets, start a live session (SocketScope without --replay).</source>
        <translation>이것은 녹화 파일입니다: 일어난 일을 단계별로 보여 줄 뿐, 스스로 소켓을 만들지 않습니다. 소켓을 열려면 실시간 세션을 시작하세요(--replay 없이 SocketScope 실행).</translation>
    </message>
</context>
<context>
    <name>TcpInfoStrips</name>
    <message>
        <source>cwnd</source>
        <comment>strip under a TCP lane: the congestion window</comment>
        <translation>cwnd</translation>
    </message>
    <message>
        <source>RTT</source>
        <comment>strip under a TCP lane: round-trip time</comment>
        <translation>RTT</translation>
    </message>
    <message>
        <source>× resent</source>
        <comment>key of the mark on a TCP lane: a segment sent again</comment>
        <translation>× 재전송</translation>
    </message>
    <message numerus="yes">
        <source>cwnd %n segment(s)</source>
        <comment>the congestion window at one instant</comment>
        <translation>
            <numerusform>cwnd 세그먼트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <comment>round-trip time at one instant</comment>
        <translation>RTT %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n in flight</source>
        <comment>segments sent and not yet acknowledged</comment>
        <translation>
            <numerusform>전송 중 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent again so far</source>
        <comment>segments the kernel retransmitted</comment>
        <translation>
            <numerusform>지금까지 %n개 다시 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in flight (%1 bytes)</source>
        <comment>segments, then bytes, sent and not yet acknowledged</comment>
        <translation>
            <numerusform>전송 중 %n개(%1바이트)</numerusform>
        </translation>
    </message>
    <message>
        <source>in flight</source>
        <comment>strip under a TCP lane: data bytes sent and not yet acknowledged</comment>
        <translation>전송 중</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <comment>theme</comment>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <comment>theme</comment>
        <translation>시스템 설정 따르기</translation>
    </message>
</context>
<context>
    <name>TimelineExporter</name>
    <message>
        <source>Cannot tell the format from the file name &quot;%1&quot;. Use .svg, .png, .mmd (Mermaid) or .puml (PlantUML).</source>
        <translation>파일 이름 &quot;%1&quot;에서 형식을 알 수 없습니다. .svg, .png, .mmd (Mermaid) 또는 .puml (PlantUML)을 쓰세요.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Drawing a picture needs the graphical part of Qt (QGuiApplication).</source>
        <translation>그림을 그리려면 Qt의 그래픽 부분(QGuiApplication)이 필요합니다.</translation>
    </message>
    <message>
        <source>SocketScope timeline</source>
        <translation>SocketScope 타임라인</translation>
    </message>
    <message>
        <source>A sequence diagram of real sockets recorded by SocketScope</source>
        <translation>SocketScope가 기록한 실제 소켓의 시퀀스 다이어그램</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The picture would be too large to draw (%1 x %2 pixels).</source>
        <translation>그림이 너무 커서 그릴 수 없습니다 (%1 x %2 픽셀).</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>step %1</source>
        <comment>ruler</comment>
        <translation>%1단계</translation>
    </message>
    <message>
        <source>+%1 quiet</source>
        <comment>a folded gap in real-time spacing</comment>
        <translation>+%1 조용한 구간</translation>
    </message>
    <message>
        <source>accept queue %1 of %2</source>
        <translation>수락 대기열 %1/%2</translation>
    </message>
    <message>
        <source>seen: a captured packet</source>
        <translation>관찰: 캡처한 패킷</translation>
    </message>
    <message>
        <source>inferred: implied by the protocol, not seen (hover for why)</source>
        <translation>추정: 프로토콜상 있어야 하지만 관찰되지 않음 (이유는 마우스를 올려 보세요)</translation>
    </message>
    <message>
        <source>a call the app made</source>
        <translation>앱이 한 호출</translation>
    </message>
    <message>
        <source>reported by Qt</source>
        <translation>Qt가 알려 준 것</translation>
    </message>
    <message>
        <source>kernel state and how long it lasted</source>
        <translation>커널 상태와 지속 시간</translation>
    </message>
    <message>
        <source>waiting in the accept queue</source>
        <translation>수락 대기열에서 기다리는 중</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>labels that found no room; hover or zoom in to see them</comment>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>labels hidden behind a +N badge</comment>
        <translation>
            <numerusform>… 그 밖에 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events here, too close together to read: zoom in to see them</source>
        <comment>tooltip of a +N badge on a crowded stretch</comment>
        <translation>
            <numerusform>여기에 이벤트 %n개가 너무 붙어 있어 읽을 수 없습니다: 확대하면 보입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>seen</source>
        <translation>관찰</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>app&apos;s call</source>
        <translation>앱 호출</translation>
    </message>
    <message>
        <source>Qt&apos;s report</source>
        <translation>Qt 알림</translation>
    </message>
    <message>
        <source>kernel state</source>
        <translation>커널 상태</translation>
    </message>
    <message>
        <source>accept queue</source>
        <translation>수락 대기열</translation>
    </message>
</context>
<context>
    <name>TimelineRows</name>
    <message numerus="yes">
        <source>+%n more socket(s) not drawn</source>
        <comment>the timeline&apos;s last line when it has more lanes than room</comment>
        <translation>
            <numerusform>+ 그리지 않은 소켓 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere</source>
        <comment>timeline: the band of programs on no lab computer</comment>
        <translation>기타</translation>
    </message>
    <message>
        <source>router</source>
        <comment>timeline: the band of the lab router&apos;s addresses</comment>
        <translation>공유기</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>timeline band title: a lab computer&apos;s name, then its address</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>datagram %1</source>
        <comment>arrow label; %1 is a size like 12 B</comment>
        <translation>데이터그램 %1</translation>
    </message>
    <message>
        <source>data %1</source>
        <comment>arrow label; %1 is a size like 5 B</comment>
        <translation>데이터 %1</translation>
    </message>
    <message>
        <source>accept() clone</source>
        <comment>marker: the socket accept() made</comment>
        <translation>accept() 복제본</translation>
    </message>
    <message>
        <source>queue %1/%2</source>
        <comment>accept queue: waiting/limit</comment>
        <translation>대기열 %1/%2</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>marker: Qt reported the connection open</comment>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>shutdown()</source>
        <comment>marker; or the peer&apos;s end of stream</comment>
        <translation>shutdown()</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>marker: socket closed</comment>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>abort()</source>
        <comment>marker: closed with RST</comment>
        <translation>abort()</translation>
    </message>
    <message>
        <source>error</source>
        <comment>marker</comment>
        <translation>오류</translation>
    </message>
    <message>
        <source>accept paused</source>
        <comment>marker: the program stopped calling accept()</comment>
        <translation>accept 멈춤</translation>
    </message>
    <message>
        <source>accept resumed</source>
        <comment>marker</comment>
        <translation>accept 다시 시작</translation>
    </message>
    <message>
        <source>segment</source>
        <comment>marker: a packet with no lane to go to</comment>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>connect() was called. To ask for a connection the kernel first sends SYN.</source>
        <translation>connect()가 호출되었습니다. 연결을 요청하기 위해 커널은 먼저 SYN을 보냅니다.</translation>
    </message>
    <message>
        <source>connect() succeeded. That only happens after SYN+ACK came back and this side answered with ACK.</source>
        <translation>connect()가 성공했습니다. 이는 SYN+ACK가 돌아오고 이쪽이 ACK로 답한 뒤에만 일어납니다.</translation>
    </message>
    <message>
        <source>accept() returned this connection. accept() only hands out connections whose 3-way handshake is complete.</source>
        <translation>accept()가 이 연결을 돌려주었습니다. accept()는 3-way 핸드셰이크가 끝난 연결만 넘겨줍니다.</translation>
    </message>
    <message>
        <source>The kernel state changed in a way only this segment explains.</source>
        <translation>이 세그먼트로만 설명할 수 있는 방식으로 커널 상태가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>send() handed these bytes to the kernel, which sends them to the other side.</source>
        <translation>send()가 이 바이트들을 커널에 넘겼고, 커널이 이를 상대편으로 보냅니다.</translation>
    </message>
    <message>
        <source>These bytes arrived from a program outside SocketScope.</source>
        <translation>이 바이트들은 SocketScope 밖의 프로그램에서 왔습니다.</translation>
    </message>
    <message>
        <source>close() or shutdown() was called. The kernel tells the other side with FIN.</source>
        <translation>close() 또는 shutdown()이 호출되었습니다. 커널은 FIN으로 상대편에 알립니다.</translation>
    </message>
    <message>
        <source>Qt reported that the other side closed: its FIN arrived, and the kernel acknowledges every FIN.</source>
        <translation>Qt가 상대편이 닫았다고 알렸습니다. 상대편의 FIN이 도착했고, 커널은 모든 FIN에 응답(ACK)합니다.</translation>
    </message>
    <message>
        <source>The socket closed after the other side did, so its kernel sent FIN too.</source>
        <translation>상대편이 닫은 뒤에 이 소켓도 닫혔으므로, 이쪽 커널도 FIN을 보냈습니다.</translation>
    </message>
    <message>
        <source>A kernel answers every FIN with an ACK, even for a program that already closed its socket.</source>
        <translation>커널은 프로그램이 이미 소켓을 닫았더라도 모든 FIN에 ACK로 답합니다.</translation>
    </message>
    <message>
        <source>abort() closed the socket with linger 0, which sends RST instead of FIN.</source>
        <translation>abort()가 linger 0으로 소켓을 닫았습니다. 이 경우 FIN 대신 RST를 보냅니다.</translation>
    </message>
    <message>
        <source>The connection was reset, so the other side sent RST.</source>
        <translation>연결이 리셋되었으므로 상대편이 RST를 보냈습니다.</translation>
    </message>
    <message>
        <source>sendto() handed this datagram to the kernel. UDP does not say whether it arrived.</source>
        <translation>sendto()가 이 데이터그램을 커널에 넘겼습니다. UDP는 도착했는지 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>This datagram arrived from a program outside SocketScope.</source>
        <translation>이 데이터그램은 SocketScope 밖의 프로그램에서 왔습니다.</translation>
    </message>
    <message>
        <source>The recording marks this segment as inferred.</source>
        <translation>기록에 이 세그먼트는 추정으로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>other program</source>
        <comment>lane of a peer that SocketScope does not own</comment>
        <translation>다른 프로그램</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>lane head: role and socket number</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(아직 주소 없음)</translation>
    </message>
    <message>
        <source>inferred</source>
        <comment>an arrow deduced, not seen</comment>
        <translation>추정</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Not seen on the wire. Inferred from: %1</source>
        <translation>회선에서 관찰되지 않았습니다. 추정 근거: %1</translation>
    </message>
    <message>
        <source>router, rewriting addresses</source>
        <comment>lane of the lab router&apos;s address that packets were rewritten at</comment>
        <translation>주소를 바꾸는 공유기</translation>
    </message>
    <message>
        <source>%1 #%2 on %3</source>
        <comment>lane head: role, socket number and the lab computer it is on</comment>
        <translation>%3의 %1 #%2</translation>
    </message>
    <message>
        <source>not received</source>
        <comment>a datagram arrow whose receiver got nothing</comment>
        <translation>받지 못함</translation>
    </message>
    <message>
        <source>Not received: this socket did not get the datagram. UDP does not resend it, and the sender is not told.</source>
        <translation>받지 못함: 이 소켓은 데이터그램을 받지 못했습니다. UDP는 다시 보내지 않고, 보낸 쪽도 이를 알지 못합니다.</translation>
    </message>
    <message>
        <source>Received: this socket got the datagram.</source>
        <translation>받음: 이 소켓이 데이터그램을 받았습니다.</translation>
    </message>
    <message>
        <source>Waiting to see whether this socket gets it.</source>
        <translation>이 소켓이 받는지 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>arrow label: TCP flags, then a size like 5 B</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>seq %1</source>
        <comment>TCP sequence number on an arrow</comment>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>ack %1</source>
        <comment>TCP acknowledgement number on an arrow</comment>
        <translation>ack %1</translation>
    </message>
    <message>
        <source>%1 apart</source>
        <comment>time between two picked events</comment>
        <translation>%1 간격</translation>
    </message>
    <message>
        <source>bind(:%1)</source>
        <comment>call marker; %1 is the port</comment>
        <translation>bind(:%1)</translation>
    </message>
    <message>
        <source>accept() → #%1</source>
        <comment>call marker; %1 is the new socket&apos;s number</comment>
        <translation>accept() → #%1</translation>
    </message>
    <message>
        <source>send(%1)</source>
        <comment>call marker; %1 is a size like 12 B</comment>
        <translation>send(%1)</translation>
    </message>
    <message>
        <source>recv() → %1</source>
        <comment>call marker; %1 is a size like 12 B</comment>
        <translation>recv() → %1</translation>
    </message>
    <message>
        <source>sendto(%1)</source>
        <comment>call marker; %1 is a size like 12 B</comment>
        <translation>sendto(%1)</translation>
    </message>
    <message>
        <source>recvfrom() → %1</source>
        <comment>call marker; %1 is a size like 12 B</comment>
        <translation>recvfrom() → %1</translation>
    </message>
    <message>
        <source>sent again</source>
        <comment>a TCP segment the sender sent a second time (a retransmission)</comment>
        <translation>다시 보냄</translation>
    </message>
    <message>
        <source>win %1</source>
        <comment>TCP window size in bytes on an arrow</comment>
        <translation>윈도 %1</translation>
    </message>
    <message>
        <source>win %1 (scale unknown)</source>
        <comment>TCP window on an arrow, as written in the header: the connection&apos;s start, which says by how much to multiply it, was not seen</comment>
        <translation>윈도 %1 (배율 모름)</translation>
    </message>
    <message>
        <source>datagram</source>
        <comment>arrow label with no size, where there is no room for one</comment>
        <translation>데이터그램</translation>
    </message>
    <message>
        <source>Window: %1 bytes. The header field says %2; both SYNs offered window scaling, and this side&apos;s scale is %3, so the field is multiplied by %4.</source>
        <comment>tooltip of a TCP segment; %3 is the shift, %4 is 2 to the power of it</comment>
        <translation>윈도: %1바이트. 헤더 필드 값은 %2입니다. 두 SYN이 모두 윈도 배율(window scaling)을 제안했고 이쪽의 배율은 %3이므로, 필드 값에 곱하는 수는 %4입니다.</translation>
    </message>
    <message>
        <source>Window: %1 bytes, as the header field says. One side&apos;s SYN did not offer window scaling, so neither side scales it.</source>
        <comment>tooltip of a TCP segment</comment>
        <translation>윈도: 헤더 필드 값 그대로 %1바이트입니다. 한쪽의 SYN이 윈도 배율을 제안하지 않았으므로, 양쪽 모두 배율을 적용하지 않습니다.</translation>
    </message>
    <message>
        <source>Window: %1 bytes, as the header field says. The window in a SYN is never scaled: the scale is only being agreed on.</source>
        <comment>tooltip of a TCP segment</comment>
        <translation>윈도: 헤더 필드 값 그대로 %1바이트입니다. SYN 안의 윈도에는 배율을 적용하지 않습니다: 배율은 이제 막 정하는 중이기 때문입니다.</translation>
    </message>
    <message>
        <source>Window: the header field says %1, scale unknown. The SYNs that say by how much to multiply it were not seen (the capture began after this connection started), so the real window in bytes may be larger.</source>
        <comment>tooltip of a TCP segment</comment>
        <translation>윈도: 헤더 필드 값은 %1이고, 배율은 알 수 없습니다. 얼마를 곱해야 하는지 알려 주는 SYN을 보지 못했으므로(이 연결이 시작된 뒤에 캡처를 시작함), 실제 윈도 바이트 수는 더 클 수 있습니다.</translation>
    </message>
    <message>
        <source>Window: the header field says %1, scale unknown. Only one side&apos;s SYN was seen; scaling applies only when both SYNs offer it, so the real window in bytes may be larger.</source>
        <comment>tooltip of a TCP segment</comment>
        <translation>윈도: 헤더 필드 값은 %1이고, 배율은 알 수 없습니다. 한쪽의 SYN만 보았습니다. 배율은 두 SYN이 모두 제안할 때만 적용되므로, 실제 윈도 바이트 수는 더 클 수 있습니다.</translation>
    </message>
    <message>
        <source>reading paused</source>
        <comment>marker: the program stopped calling recv()</comment>
        <translation>읽기 멈춤</translation>
    </message>
    <message>
        <source>reading resumed</source>
        <comment>marker: the program calls recv() again</comment>
        <translation>읽기 다시 시작</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Classroom page: %1</source>
        <translation>교실 페이지: %1</translation>
    </message>
    <message>
        <source>cannot replay %1: %2</source>
        <translation>%1 파일을 다시 재생할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot export to %1: %2</source>
        <translation>%1 파일로 내보낼 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n event(s))</source>
        <translation>
            <numerusform>%1 파일을 썼습니다 (이벤트 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;socketscope --help&apos;.</source>
        <translation>&apos;socketscope --help&apos;로 쓸 수 있는 옵션을 확인하세요.</translation>
    </message>
    <message>
        <source>lesson skipped: %1</source>
        <translation>레슨을 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <source>the settings file %1 could not be read; it was set aside and defaults are used</source>
        <translation>%1 설정 파일을 읽을 수 없어서 따로 옮겨 두고 기본 설정을 씁니다</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: %2 건너뜀</translation>
    </message>
    <message>
        <source>cannot record to %1: %2</source>
        <translation>%1에 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write packets to %1: %2</source>
        <translation>%1에 패킷을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>classroom page at %1</source>
        <translation>교실 페이지 주소: %1</translation>
    </message>
    <message>
        <source>there is no lesson &quot;%1&quot;; --list-lessons shows them</source>
        <translation>&quot;%1&quot; 레슨이 없습니다. --list-lessons로 레슨 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>the lesson failed: %1</source>
        <translation>레슨이 실패했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more --client(s) not opened: too many open files</source>
        <translation>
            <numerusform>--client %n개를 더 열지 못했습니다: 열린 파일이 너무 많습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>창을 보여 줄 디스플레이가 없습니다(DISPLAY도 WAYLAND_DISPLAY도 설정되어 있지 않습니다).</translation>
    </message>
    <message>
        <source>Without a display these work: a lesson run to its end (--lesson ID --autoplay --quit-when-done), drawing a recording (--replay FILE --export OUT.svg), --port-info QUERY and --list-lessons.</source>
        <translation>디스플레이 없이도 다음은 쓸 수 있습니다: 끝까지 자동으로 진행하는 수업(--lesson ID --autoplay --quit-when-done), 기록 그리기(--replay FILE --export OUT.svg), --port-info QUERY, --list-lessons.</translation>
    </message>
    <message>
        <source>Only %1 open files allowed (one per socket): not enough for %2 connections.</source>
        <translation>열 수 있는 파일이 %1개뿐입니다(소켓 하나에 하나씩). 연결 %2개에는 부족합니다.</translation>
    </message>
    <message>
        <source>the lesson file %1 cannot be used: %2</source>
        <translation>%1 수업 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>challenge on %1</source>
        <translation>%1에서 도전 과제 진행 중</translation>
    </message>
    <message>
        <source>could not start; the window says why</source>
        <translation>시작할 수 없습니다. 이유는 창에 나와 있습니다</translation>
    </message>
    <message>
        <source>--drill: could not start; the window says why</source>
        <translation>--drill: 시작할 수 없습니다. 이유는 창에 나와 있습니다</translation>
    </message>
</context>
</TS>
