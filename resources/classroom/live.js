// The live part of SocketScope's classroom page: the student's own sockets and what happens to
// them, pushed by the app as Server-Sent Events on /live. Every text from the stream is put in
// with textContent, never as markup.
(function () {
  'use strict';
  var root = document.getElementById('live');
  if (!root) return;

  // The words come from the app, in the page's languages, as a JSON block the page carries
  // ({"en": {...}, "ko": {...}}); this file holds no words of its own.
  var WORDS = {};
  try {
    WORDS = JSON.parse(document.getElementById('live-words').textContent) || {};
  } catch (err) { WORDS = {}; }
  var FLAGS = { S: 'SYN', SA: 'SYN+ACK', A: 'ACK', PA: 'PSH+ACK', FA: 'FIN+ACK', F: 'FIN', R: 'RST', RA: 'RST+ACK' };

  var lang = root.getAttribute('data-lang');
  // A word missing from the block (an older app) shows as its own key, never as an error.
  function lookup(get, w) {
    var text;
    try { text = get(w || {}); } catch (err) { text = undefined; }
    return text === undefined || text === null ? '' : String(text);
  }
  function pick(get) {
    if (lang === 'ko') return lookup(get, WORDS.ko || WORDS.en);
    if (lang === 'both') {
      // A word not translated yet reads the same in both: once is enough.
      var en = lookup(get, WORDS.en);
      var ko = lookup(get, WORDS.ko);
      return en === ko || !ko ? en : en + ' / ' + ko;
    }
    return lookup(get, WORDS.en || WORDS.ko);
  }
  // The numbered blanks are Qt's: %1, %2, %3.
  function fill(text, args) {
    return String(text).replace(/%(\d)/g, function (m, i) { return String(args[Number(i) - 1]); });
  }
  // Only the word itself is filled in, never what was put into it.
  function words(key, args) { return pick(function (w) { return args ? fill(w[key], args) : w[key]; }); }
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
    return pick(function (w) { return args ? fill(get(w.challenge), args) : get(w.challenge); });
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
