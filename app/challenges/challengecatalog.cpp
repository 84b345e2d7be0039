#include "challengecatalog.h"

namespace SocketScope {

namespace {

struct BuiltIn
{
    const char *key;
    Challenge::Check check;
    Protocol proto;
    quint16 port;
    const char *title;
    const char *goal;
};

// The class port of each one is its default; the teacher may pick another.
const BuiltIn kBuiltIns[] = {
    {"connect", Challenge::Check::Connect, Protocol::Tcp, 9000,
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog", "Connect with TCP"),
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog",
            "Open a TCP connection to the class server. You are done when the server has "
            "accepted it: your row shows your address and port.")},
    {"name", Challenge::Check::SendName, Protocol::Tcp, 9001,
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog", "Send your name"),
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog",
            "Connect and send your name as one line of text, ending with Enter (a newline). "
            "At most 64 bytes. In a browser: your name after the last slash of the address.")},
    {"hex", Challenge::Check::LengthPrefixedHex, Protocol::Tcp, 9002,
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog", "Send a length-prefixed message"),
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog",
            "Send a message that starts with its length: 2 bytes, most significant byte first, "
            "then exactly that many bytes. Send the bytes themselves, or write them as hex "
            "digits on one line (0005 68656c6c6f is 5 bytes: hello).")},
    {"udp", Challenge::Check::UdpAnswer, Protocol::Udp, 9003,
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog", "Send a UDP datagram and read the answer"),
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog",
            "Send one UDP datagram (not empty) to the class port. The server answers to the "
            "address and port it came from: read that answer.")},
    {"bind", Challenge::Check::ChosenPort, Protocol::Tcp, 9004,
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog", "Connect from a port you chose"),
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog",
            "Bind your socket to a port you choose before you connect, one the OS would not "
            "pick by itself: 20000 plus your seat number, for example.")},
    {"halfclose", Challenge::Check::HalfClose, Protocol::Tcp, 9005,
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog", "Shut down sending, then read the reply"),
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog",
            "Connect, send something, then shut down only your sending side (a half-close: "
            "your FIN). Keep reading: the server replies after your FIN. Closing both ways "
            "makes your machine answer the reply with RST.")},
    {"backlog", Challenge::Check::HoldThroughPause, Protocol::Tcp, 9006,
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog", "Hold on while accepting is paused"),
        QT_TRANSLATE_NOOP("SocketScope::ChallengeCatalog",
            "The server has stopped calling accept(). Connect and keep the connection open: "
            "the kernel finishes the handshake and your connection waits in the accept queue. "
            "The queue is small; once it is full, newcomers stay in SYN_SENT. You are done "
            "when the teacher resumes accepting and your connection is accepted.")},
};

QString python(const QString &body, const QString &host, quint16 port)
{
    return QStringLiteral("import socket\n")
        + QString(body)
              .replace(QStringLiteral("HOST"), host)
              .replace(QStringLiteral("PORT"), QString::number(port));
}

// The teacher's text as one shell word, in single quotes: nothing in it is run or expanded
// ("$(...)", backquotes, "!"); a quote in it closes, escapes and reopens.
// The page a browser opens on the class port ("http://[::1]:9000/" for IPv6).
QString browserAddress(const QString &host, quint16 port)
{
    return QStringLiteral("http://%1:%2/")
        .arg(host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host)
        .arg(port);
}

QString shellWord(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''"))
        + QLatin1Char('\'');
}

// The teacher's text as a Python string literal: quotes and backslashes escaped, line breaks
// and other control characters written as escapes.
QString pythonString(const QString &text)
{
    QString literal = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            literal += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            literal += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            literal += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            literal += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            literal += c;
    }
    return literal + QLatin1Char('"');
}

} // namespace

QList<Challenge> ChallengeCatalog::builtIns()
{
    QList<Challenge> list;
    for (const BuiltIn &builtIn : kBuiltIns) {
        Challenge challenge;
        challenge.key = QLatin1StringView(builtIn.key);
        challenge.check = builtIn.check;
        challenge.proto = builtIn.proto;
        challenge.port = builtIn.port;
        list.append(challenge);
    }
    return list;
}

std::optional<Challenge> ChallengeCatalog::find(const QString &key)
{
    for (const Challenge &challenge : builtIns()) {
        if (challenge.key == key)
            return challenge;
    }
    return std::nullopt;
}

QStringList ChallengeCatalog::keys()
{
    QStringList list;
    for (const BuiltIn &builtIn : kBuiltIns)
        list.append(QLatin1StringView(builtIn.key));
    return list;
}

ChallengeCatalog::Text ChallengeCatalog::text(const Challenge &challenge, const QString &host, quint16 port)
{
    Text text;
    for (const BuiltIn &builtIn : kBuiltIns) {
        if (challenge.check == builtIn.check && challenge.check != Challenge::Check::SendText) {
            text.title = tr(builtIn.title);
            text.goal = tr(builtIn.goal);
        }
    }
    const QString at = QStringLiteral("%1 %2").arg(host).arg(port);
    const auto connectLine = QStringLiteral("s = socket.create_connection((\"HOST\", PORT))\n");
    switch (challenge.check) {
    case Challenge::Check::Connect:
        text.nc = QStringLiteral("nc ") + at;
        text.python
            = python(connectLine + QStringLiteral("input()  # keep it open until Enter\n"), host, port);
        text.browser = browserAddress(host, port);
        break;
    case Challenge::Check::SendName:
        text.nc = QStringLiteral("echo \"Ada Lovelace\" | nc -q 1 ") + at;
        text.python
            = python(connectLine + QStringLiteral("s.sendall(\"Ada Lovelace\\n\".encode())\n"), host, port);
        text.browser = browserAddress(host, port) + QStringLiteral("Ada");
        break;
    case Challenge::Check::LengthPrefixedHex:
        text.nc = QStringLiteral("echo 0005 68656c6c6f | nc -q 1 %1\nprintf '\\x00\\x05hello' | nc -q 1 %1")
                      .arg(at);
        text.python = python(QStringLiteral("import struct\n") + connectLine
                + QStringLiteral("s.sendall(struct.pack(\"!H\", 5) + b\"hello\")\n"),
            host, port);
        break;
    case Challenge::Check::UdpAnswer:
        text.nc = QStringLiteral("echo hello | nc -u -w 2 ") + at;
        text.python = python(QStringLiteral("u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                                            "u.sendto(b\"hello\", (\"HOST\", PORT))\n"
                                            "print(u.recvfrom(1500))\n"),
            host, port);
        break;
    case Challenge::Check::ChosenPort:
        text.nc = QStringLiteral("nc -p 20042 ") + at;
        text.python = python(QStringLiteral("s = socket.socket()\n"
                                            "s.bind((\"\", 20042))\n"
                                            "s.connect((\"HOST\", PORT))\n"),
            host, port);
        break;
    case Challenge::Check::HalfClose:
        text.nc = QStringLiteral("echo hello | nc -N ") + at;
        text.python = python(connectLine
                + QStringLiteral("s.sendall(b\"hello\")\n"
                                 "s.shutdown(socket.SHUT_WR)\n"
                                 "print(s.recv(1000))\n"),
            host, port);
        break;
    case Challenge::Check::HoldThroughPause:
        text.nc = QStringLiteral("nc ") + at;
        text.python = python(connectLine + QStringLiteral("input()  # hold it until Enter\n"), host, port);
        break;
    case Challenge::Check::SendText: {
        text.title = challenge.customTitle.isEmpty() ? tr("Your own challenge") : challenge.customTitle;
        const QString expected = QString::fromUtf8(challenge.expected);
        // The teacher's text goes into the commands quoted, after HOST and PORT are filled in
        // (a text holding "HOST" stays as it is).
        const QString sample = expected.isEmpty() ? QStringLiteral("hello") : expected;
        if (challenge.proto == Protocol::Udp) {
            text.goal = expected.isEmpty() ? tr("Send a UDP datagram to the class port.")
                                           : tr("Send a UDP datagram with this text: %1").arg(expected);
            text.nc = QStringLiteral("echo %1 | nc -u -w 2 %2").arg(shellWord(sample), at);
            text.python = python(QStringLiteral("u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                                                "u.sendto(TEXT.encode(), (\"HOST\", PORT))\n"
                                                "print(u.recvfrom(1500))\n"),
                host, port)
                              .replace(QStringLiteral("TEXT"), pythonString(sample));
        } else {
            text.goal = expected.isEmpty() ? tr("Connect and send anything.")
                                           : tr("Connect and send this text: %1").arg(expected);
            text.nc = QStringLiteral("echo %1 | nc -q 1 %2").arg(shellWord(sample), at);
            text.python = python(connectLine, host, port)
                + QStringLiteral("s.sendall(%1.encode())\n").arg(pythonString(sample + QLatin1Char('\n')));
        }
        break;
    }
    }
    if (challenge.timeLimitS > 0)
        text.goal += QLatin1Char(' ') + tr("Time limit: %n second(s).", "", challenge.timeLimitS);
    return text;
}

} // namespace SocketScope
