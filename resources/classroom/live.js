// The live part of SocketScope's classroom page: the student's own sockets and what happens to
// them, pushed by the app as Server-Sent Events on /live. Every text from the stream is put in
// with textContent, never as markup.
(function () {
  'use strict';
  var root = document.getElementById('live');
  if (!root) return;

  var WORDS = {
    en: {
      title: 'Live: your own sockets',
      intro: 'This part changes by itself whenever something happens to your sockets. ' +
        'It shows only the sockets of your address, {0}. (Students who share one address, ' +
        'behind one router, see each other\'s.)',
      connecting: 'Connecting to the live feed\u2026',
      live: 'Live: last change at {0}',
      lost: 'The live feed was lost; trying again\u2026',
      noScript: 'This browser cannot show the live feed.',
      socket: 'Socket', kind: 'Kind', yours: 'Your end', server: 'The server\'s end',
      state: 'State', fromYou: 'Bytes from you', toYou: 'Bytes to you',
      page: 'this page\'s live connection', closed: 'closed',
      none: 'No socket of yours yet. Connect to the server (another tab, nc, Python) and watch.',
      happened: 'What happened, the newest last',
      challenge: {
        title: 'The class challenge',
        none: 'No challenge is running.',
        what: 'Challenge: {0}, on port {1} ({2}).',
        stopped: 'The teacher has stopped the challenge.',
        notYet: 'You have not tried yet.',
        left: 'Time left: {0}',
        over: 'Time is up.',
        tries: 'Connections you made: {0}',
        sent: 'What the server got from you:',
        note: 'The server said: ',
        inferred: '(worked out from the packets)',
        names: {
          connect: 'connect with TCP', name: 'send your name', hex: 'send a length-prefixed message',
          udp: 'send a UDP datagram and read the answer', bind: 'connect from a port you chose',
          halfclose: 'shut down sending, then read the reply', backlog: 'hold on while accepting is paused',
          custom: 'send the text {0}'
        },
        verdict: {
          waiting: 'Waiting: your connection has not been accepted yet.',
          stuck_syn_sent: 'Stuck in SYN_SENT: the server\'s accept queue is full. Keep waiting.',
          wrong_port: 'Wrong port: port {0} answered your SYN with RST (nobody listens there).',
          connected: 'Connected. Not done yet: do what the challenge asks.',
          wrong_content: 'Not right yet: {0}',
          refused: 'The server let your connection go: {0}',
          time_up: 'Time is up: not done in time.',
          done: 'Done in {0} s. Well done!'
        },
        problem: {
          '': 'try again',
          not_text: 'what you sent is not UTF-8 text',
          empty_line: 'the line was empty',
          too_long: 'it is too long',
          not_expected: 'it is not the text asked for',
          bad_length: 'the length prefix does not match the bytes after it',
          bad_hex: 'that is not whole hex bytes',
          ephemeral_port: 'the OS picked your port; bind() a port yourself before connect()',
          closed_both: 'you closed both ways, so the server\'s reply got RST; use shutdown(SHUT_WR)',
          not_queued: 'connect again while accepting is paused',
          reset: 'your side reset the connection (RST)'
        }
      },
      role: { accepted: 'accepted', client: 'client', listener: 'listener', udp: 'UDP' },
      ev: {
        socket_opened: 'a socket was opened',
        accepted: 'the server accepted your connection: a new socket, cloned from the listener',
        queue: 'your connection waits in the server\'s accept queue',
        connected: 'connected',
        data_received: 'the server received {0} bytes from you',
        data_sent: 'the server sent you {0} bytes',
        datagram_received: 'the server received a datagram of {0} bytes from you',
        datagram_sent: 'the server sent you a datagram of {0} bytes',
        segment: 'packet {0}',
        state: 'state {0} \u2192 {1}',
        shutdown: 'one side shut down its sending',
        close_called: 'the server called close()',
        closed: 'the socket is closed',
        aborted: 'the connection was reset',
        error: 'an error'
      }
    },
    ko: {
      title: '실시간: 내 소켓',
      intro: '내 소켓에 무슨 일이 생길 때마다 이 부분이 저절로 바뀝니다. ' +
        '내 주소 {0}의 소켓만 보입니다. (공유기 하나 뒤에서 주소를 함께 쓰는 학생끼리는 서로의 소켓이 보입니다.)',
      connecting: '실시간 연결을 여는 중\u2026',
      live: '실시간: 마지막 변화 {0}',
      lost: '실시간 연결이 끊겼습니다. 다시 연결하는 중\u2026',
      noScript: '이 브라우저는 실시간 화면을 보여 줄 수 없습니다.',
      socket: '소켓', kind: '종류', yours: '내 쪽', server: '서버 쪽',
      state: '상태', fromYou: '내가 보낸 바이트', toYou: '내가 받은 바이트',
      page: '이 페이지의 실시간 연결', closed: '닫힘',
      none: '아직 내 소켓이 없습니다. 서버에 연결해 보세요 (다른 탭, nc, 파이썬).',
      happened: '일어난 일 (최근 것이 아래)',
      challenge: {
        title: '수업 과제',
        none: '진행 중인 과제가 없습니다.',
        what: '과제: {0}, 포트 {1} ({2}).',
        stopped: '선생님이 과제를 멈췄습니다.',
        notYet: '아직 시도하지 않았습니다.',
        left: '남은 시간: {0}',
        over: '시간이 끝났습니다.',
        tries: '내가 만든 연결: {0}개',
        sent: '서버가 나에게서 받은 것:',
        note: '서버의 말: ',
        inferred: '(패킷으로 추정)',
        names: {
          connect: 'TCP로 연결하기', name: '내 이름 보내기', hex: '길이가 앞에 붙은 메시지 보내기',
          udp: 'UDP 데이터그램을 보내고 답 읽기', bind: '내가 고른 포트에서 연결하기',
          halfclose: '보내기만 닫고 답 읽기', backlog: 'accept가 멈춘 동안 기다리기',
          custom: '{0} 텍스트 보내기'
        },
        verdict: {
          waiting: '기다리는 중: 아직 연결이 accept되지 않았습니다.',
          stuck_syn_sent: 'SYN_SENT에 멈춤: 서버의 accept 큐가 가득 찼습니다. 계속 기다리세요.',
          wrong_port: '잘못된 포트: 포트 {0}이(가) SYN에 RST로 답했습니다 (아무도 듣지 않음).',
          connected: '연결됨. 아직 끝나지 않았습니다: 과제가 요구하는 것을 하세요.',
          wrong_content: '아직 맞지 않습니다: {0}',
          refused: '서버가 연결을 끊었습니다: {0}',
          time_up: '시간이 끝났습니다: 제시간에 끝내지 못했습니다.',
          done: '{0}초 만에 성공! 잘했어요!'
        },
        problem: {
          '': '다시 해 보세요',
          not_text: '보낸 것이 UTF-8 텍스트가 아닙니다',
          empty_line: '빈 줄입니다',
          too_long: '너무 깁니다',
          not_expected: '요구한 텍스트가 아닙니다',
          bad_length: '길이 접두사가 뒤의 바이트 수와 맞지 않습니다',
          bad_hex: '온전한 16진수 바이트가 아닙니다',
          ephemeral_port: 'OS가 포트를 골랐습니다. connect() 전에 직접 bind() 하세요',
          closed_both: '양쪽을 모두 닫아서 서버의 답이 RST를 받았습니다. shutdown(SHUT_WR)을 쓰세요',
          not_queued: 'accept가 멈춘 동안 다시 연결하세요',
          reset: '내 쪽이 연결을 리셋했습니다 (RST)'
        }
      },
      role: { accepted: '수락된 소켓', client: '클라이언트', listener: '리스너', udp: 'UDP' },
      ev: {
        socket_opened: '소켓이 열렸습니다',
        accepted: '서버가 내 연결을 accept() 했습니다: 리스너에서 복제된 새 소켓',
        queue: '내 연결이 서버의 accept 큐에서 기다립니다',
        connected: '연결되었습니다',
        data_received: '서버가 나에게서 {0}바이트를 받았습니다',
        data_sent: '서버가 나에게 {0}바이트를 보냈습니다',
        datagram_received: '서버가 나에게서 {0}바이트짜리 데이터그램을 받았습니다',
        datagram_sent: '서버가 나에게 {0}바이트짜리 데이터그램을 보냈습니다',
        segment: '패킷 {0}',
        state: '상태 {0} \u2192 {1}',
        shutdown: '한쪽이 보내기를 닫았습니다 (shutdown)',
        close_called: '서버가 close()를 호출했습니다',
        closed: '소켓이 닫혔습니다',
        aborted: '연결이 리셋되었습니다',
        error: '오류'
      }
    }
  };
  var FLAGS = { S: 'SYN', SA: 'SYN+ACK', A: 'ACK', PA: 'PSH+ACK', FA: 'FIN+ACK', F: 'FIN', R: 'RST', RA: 'RST+ACK' };

  var lang = root.getAttribute('data-lang');
  function pick(get) {
    if (lang === 'ko') return get(WORDS.ko);
    if (lang === 'both') return get(WORDS.en) + ' / ' + get(WORDS.ko);
    return get(WORDS.en);
  }
  function fill(text, args) {
    return text.replace(/\{(\d)\}/g, function (m, i) { return String(args[Number(i)]); });
  }
  function words(key, args) { return pick(function (w) { return fill(w[key], args || []); }); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  root.textContent = '';
  root.appendChild(el('h2', words('title')));
  var intro = el('p', '');
  var status = el('p', words('connecting'), 'small');
  var table = el('table');
  var list = el('ol', undefined, 'events');
  var task = el('section');
  task.id = 'challenge';
  task.hidden = true;
  root.appendChild(task);
  root.appendChild(intro);
  root.appendChild(status);
  root.appendChild(table);
  root.appendChild(el('h3', words('happened')));
  root.appendChild(list);
  if (!window.EventSource) { status.textContent = words('noScript'); return; }

  function eventText(e) {
    return pick(function (w) {
      var t = w.ev[e.k];
      if (!t) return e.k;
      if (e.k === 'segment') return fill(t, [FLAGS[e.f] || e.f]) + (e.len ? ' (' + e.len + ' B)' : '');
      if (e.k === 'state') return fill(t, [e.from, e.to]);
      return fill(t, [e.len || 0]);
    });
  }

  function renderSockets(d) {
    table.textContent = '';
    var head = el('tr');
    ['socket', 'kind', 'yours', 'server', 'state', 'fromYou', 'toYou'].forEach(function (k) {
      head.appendChild(el('th', words(k)));
    });
    table.appendChild(head);
    if (!d.sockets.length) {
      var empty = el('tr');
      var cell = el('td', words('none'));
      cell.colSpan = 7;
      empty.appendChild(cell);
      table.appendChild(empty);
      return;
    }
    d.sockets.forEach(function (s) {
      var client = s.role === 'client';
      var row = el('tr', undefined, s.open ? '' : 'gone');
      var kind = pick(function (w) { return w.role[s.role] || s.role; });
      if (s.page) kind += ' (' + words('page') + ')';
      [
        '#' + s.id, kind, client ? s.local : s.remote, client ? s.remote : s.local,
        (s.state === 'UNKNOWN' ? '\u2014' : s.state) + (s.open ? '' : ' (' + words('closed') + ')'),
        client ? s.out : s.in, client ? s.in : s.out
      ].forEach(function (v) { row.appendChild(el('td', String(v))); });
      table.appendChild(row);
    });
  }

  function addEvents(d) {
    d.events.forEach(function (e) {
      var item = el('li');
      item.appendChild(el('code', (e.t / 1000).toFixed(3) + ' s  #' + e.s + '  '));
      item.appendChild(document.createTextNode(eventText(e)));
      if (e.data) item.appendChild(el('code', ' \u201c' + e.data + '\u201d', 'data'));
      list.appendChild(item);
    });
    while (list.childNodes.length > 60) list.removeChild(list.firstChild);
  }

  // The student's own row of the class challenge. The countdown runs on here between updates,
  // from the server's count at the last update.
  var deadline = null;
  var countdown = el('p', '', 'countdown');
  function challengeWords(get, args) {
    return pick(function (w) { return fill(get(w.challenge), args || []); });
  }
  function clock(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(s / 60);
    s = s % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }
  function tick() {
    if (deadline === null) return;
    var left = deadline - Date.now();
    countdown.textContent = left > 0
      ? challengeWords(function (c) { return c.left; }, [clock(left)])
      : challengeWords(function (c) { return c.over; });
  }
  setInterval(tick, 1000);
  function renderChallenge(c) {
    task.textContent = '';
    deadline = null;
    if (!c) { task.hidden = true; return; }
    task.hidden = false;
    task.appendChild(el('h2', challengeWords(function (w) { return w.title; })));
    if (!c.key) {
      task.appendChild(el('p', challengeWords(function (w) { return w.none; })));
      return;
    }
    var name = c.title || challengeWords(function (w) { return w.names[c.key] || c.key; }, [c.expected || '']);
    task.appendChild(el('p', challengeWords(function (w) { return w.what; }, [name, c.port, String(c.proto).toUpperCase()])));
    if (!c.running) {
      task.appendChild(el('p', challengeWords(function (w) { return w.stopped; }), 'small'));
    } else if (c.limit_s) {
      deadline = Date.now() + c.limit_s * 1000 - c.elapsed_ms;
      task.appendChild(countdown);
      tick();
    }
    if (!c.verdict) {
      task.appendChild(el('p', challengeWords(function (w) { return w.notYet; }), 'verdict'));
      return;
    }
    var why = c.problem !== undefined ? c.problem : '';
    var text = challengeWords(function (w) {
      var v = w.verdict[c.verdict] || c.verdict;
      if (c.verdict === 'done') return fill(v, [(c.done_ms / 1000).toFixed(1)]);
      if (c.verdict === 'wrong_port') return fill(v, [c.note || '?']);
      if (c.verdict === 'refused') return fill(v, [c.note || w.problem[why] || why]);
      return fill(v, [w.problem[why] || why]);
    });
    if (c.inferred) text += ' ' + challengeWords(function (w) { return w.inferred; });
    task.appendChild(el('p', text, 'verdict ' + c.verdict));
    if (c.verdict === 'refused' && c.note && c.problem) task.appendChild(el('p', challengeWords(function (w) { return w.problem[why] || why; }), 'small'));
    if (c.sent) {
      var sent = el('p', challengeWords(function (w) { return w.sent; }) + ' ', 'small');
      sent.appendChild(el('code', '\u201c' + c.sent + '\u201d', 'data'));
      task.appendChild(sent);
    }
    if (c.tries) task.appendChild(el('p', challengeWords(function (w) { return w.tries; }, [c.tries]), 'small'));
  }

  var feed = new EventSource('/live');
  // A new stream starts with the history again: the list is redrawn, not doubled.
  var fresh = true;
  feed.onopen = function () { fresh = true; };
  feed.addEventListener('update', function (message) {
    var d;
    try { d = JSON.parse(message.data); } catch (err) { return; }
    if (fresh) { list.textContent = ''; fresh = false; }
    intro.textContent = words('intro', [d.you]);
    status.textContent = words('live', [new Date().toLocaleTimeString()]);
    renderChallenge(d.challenge);
    renderSockets(d);
    addEvents(d);
  });
  feed.onerror = function () { status.textContent = words('lost'); };
})();
