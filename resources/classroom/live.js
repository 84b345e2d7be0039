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
    renderSockets(d);
    addEvents(d);
  });
  feed.onerror = function () { status.textContent = words('lost'); };
})();
