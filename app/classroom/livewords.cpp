#include "livewords.h"

#include "koreanwords.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

namespace SocketScope {

namespace {

struct Word
{
    // Where live.js finds it: groups and the key, split by '/' (the key may be empty).
    const char *path;
    struct
    {
        const char *source;
        const char *comment;
    } text;
};

// The disambiguation says where on the page a word shows, for the translator.
const Word kWords[] = {
    {"title", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Live: your own sockets", "live page: title")},
    {"intro",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords",
            "This part changes by itself whenever something happens to your sockets. It shows only the "
            "sockets of your address, %1. (Students who share one address, behind one router, see each "
            "other's.)",
            "live page: intro")},
    {"connecting",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "Connecting to the live feed…", "live page: connecting")},
    {"live", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Live: last change at %1", "live page: live")},
    {"lost",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "The live feed was lost; trying again…", "live page: lost")},
    {"noScript",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "This browser cannot show the live feed.", "live page: noScript")},
    {"socket", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Socket", "live page: socket")},
    {"kind", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Kind", "live page: kind")},
    {"yours", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Your end", "live page: yours")},
    {"server", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "The server's end", "live page: server")},
    {"state", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "State", "live page: state")},
    {"fromYou", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Bytes from you", "live page: fromYou")},
    {"toYou", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Bytes to you", "live page: toYou")},
    {"page", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "this page's live connection", "live page: page")},
    {"closed", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "closed", "live page: closed")},
    {"none",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords",
            "No socket of yours yet. Connect to the server (another tab, nc, Python) and watch.",
            "live page: none")},
    {"happened",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "What happened, the newest last", "live page: happened")},
    {"challenge/title",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "The class challenge", "live page: challenge/title")},
    {"challenge/none",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "No challenge is running.", "live page: challenge/none")},
    {"challenge/what",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "Challenge: %1, on port %2 (%3).", "live page: challenge/what")},
    {"challenge/stopped",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "The teacher has stopped the challenge.",
            "live page: challenge/stopped")},
    {"challenge/notYet",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "You have not tried yet.", "live page: challenge/notYet")},
    {"challenge/left",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Time left: %1", "live page: challenge/left")},
    {"challenge/over",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Time is up.", "live page: challenge/over")},
    {"challenge/tries",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "Connections you made: %1", "live page: challenge/tries")},
    {"challenge/sent",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "What the server got from you:", "live page: challenge/sent")},
    {"challenge/note",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "The server said: ", "live page: challenge/note")},
    {"challenge/inferred",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "(worked out from the packets)", "live page: challenge/inferred")},
    {"challenge/names/connect",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "connect with TCP", "live page: challenge/names/connect")},
    {"challenge/names/name",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "send your name", "live page: challenge/names/name")},
    {"challenge/names/hex",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "send a length-prefixed message", "live page: challenge/names/hex")},
    {"challenge/names/udp",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "send a UDP datagram and read the answer",
            "live page: challenge/names/udp")},
    {"challenge/names/bind",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "connect from a port you chose", "live page: challenge/names/bind")},
    {"challenge/names/halfclose",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "shut down sending, then read the reply",
            "live page: challenge/names/halfclose")},
    {"challenge/names/backlog",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "hold on while accepting is paused",
            "live page: challenge/names/backlog")},
    {"challenge/names/custom",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "send the text %1", "live page: challenge/names/custom")},
    {"challenge/verdict/waiting",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Waiting: your connection has not been accepted yet.",
            "live page: challenge/verdict/waiting")},
    {"challenge/verdict/stuck_syn_sent",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords",
            "Stuck in SYN_SENT: the server's accept queue is full. Keep waiting.",
            "live page: challenge/verdict/stuck_syn_sent")},
    {"challenge/verdict/wrong_port",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords",
            "Wrong port: port %1 answered your SYN with RST (nobody listens there).",
            "live page: challenge/verdict/wrong_port")},
    {"challenge/verdict/connected",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Connected. Not done yet: do what the challenge asks.",
            "live page: challenge/verdict/connected")},
    {"challenge/verdict/wrong_content",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "Not right yet: %1", "live page: challenge/verdict/wrong_content")},
    {"challenge/verdict/refused",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "The server let your connection go: %1",
            "live page: challenge/verdict/refused")},
    {"challenge/verdict/time_up",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "Time is up: not done in time.",
            "live page: challenge/verdict/time_up")},
    {"challenge/verdict/done",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "Done in %1 s. Well done!", "live page: challenge/verdict/done")},
    {"challenge/problem/",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "try again", "live page: challenge/problem/")},
    {"challenge/problem/not_text",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "what you sent is not UTF-8 text",
            "live page: challenge/problem/not_text")},
    {"challenge/problem/empty_line",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "the line was empty", "live page: challenge/problem/empty_line")},
    {"challenge/problem/too_long",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "it is too long", "live page: challenge/problem/too_long")},
    {"challenge/problem/not_expected",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "it is not the text asked for",
            "live page: challenge/problem/not_expected")},
    {"challenge/problem/bad_length",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "the length prefix does not match the bytes after it",
            "live page: challenge/problem/bad_length")},
    {"challenge/problem/bad_hex",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "that is not whole hex bytes", "live page: challenge/problem/bad_hex")},
    {"challenge/problem/ephemeral_port",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords",
            "the OS picked your port; bind() a port yourself before connect()",
            "live page: challenge/problem/ephemeral_port")},
    {"challenge/problem/closed_both",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords",
            "you closed both ways, so the server's reply got RST; use shutdown(SHUT_WR)",
            "live page: challenge/problem/closed_both")},
    {"challenge/problem/not_queued",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "connect again while accepting is paused",
            "live page: challenge/problem/not_queued")},
    {"challenge/problem/reset",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "your side reset the connection (RST)",
            "live page: challenge/problem/reset")},
    {"role/accepted", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "accepted", "live page: role/accepted")},
    {"role/client", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "client", "live page: role/client")},
    {"role/listener", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "listener", "live page: role/listener")},
    {"role/udp", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "UDP", "live page: role/udp")},
    {"ev/socket_opened",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "a socket was opened", "live page: ev/socket_opened")},
    {"ev/accepted",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords",
            "the server accepted your connection: a new socket, cloned from the listener",
            "live page: ev/accepted")},
    {"ev/queue",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "your connection waits in the server's accept queue",
            "live page: ev/queue")},
    {"ev/connected", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "connected", "live page: ev/connected")},
    {"ev/data_received",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "the server received %1 bytes from you",
            "live page: ev/data_received")},
    {"ev/data_sent",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "the server sent you %1 bytes", "live page: ev/data_sent")},
    {"ev/datagram_received",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "the server received a datagram of %1 bytes from you",
            "live page: ev/datagram_received")},
    {"ev/datagram_sent",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "the server sent you a datagram of %1 bytes",
            "live page: ev/datagram_sent")},
    {"ev/segment", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "packet %1", "live page: ev/segment")},
    {"ev/state", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "state %1 → %2", "live page: ev/state")},
    {"ev/shutdown",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "one side shut down its sending", "live page: ev/shutdown")},
    {"ev/close_called",
        QT_TRANSLATE_NOOP3(
            "SocketScope::LiveWords", "the server called close()", "live page: ev/close_called")},
    {"ev/closed",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "the socket is closed", "live page: ev/closed")},
    {"ev/aborted",
        QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "the connection was reset", "live page: ev/aborted")},
    {"ev/error", QT_TRANSLATE_NOOP3("SocketScope::LiveWords", "an error", "live page: ev/error")},
};

QString wordIn(const Word &word, bool korean)
{
    return korean ? KoreanWords::of("SocketScope::LiveWords", word.text.source, word.text.comment)
                  : QString::fromUtf8(word.text.source);
}

// Puts `value` at `path` inside `object`, making the groups on the way.
void insertAt(QJsonObject &object, QStringList path, const QString &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(key, value);
        return;
    }
    QJsonObject group = object.value(key).toObject();
    insertAt(group, path, value);
    object.insert(key, group);
}

QJsonObject wordsIn(bool korean)
{
    QJsonObject words;
    for (const Word &word : kWords)
        insertAt(words, QString::fromLatin1(word.path).split(QLatin1Char('/')), wordIn(word, korean));
    return words;
}

} // namespace

QByteArray LiveWords::json(const QString &language)
{
    const bool both = language == QLatin1StringView("both");
    const bool ko = both || language == QLatin1StringView("ko");
    QJsonObject languages;
    if (both || !ko)
        languages.insert(QLatin1StringView("en"), wordsIn(false));
    if (ko)
        languages.insert(QLatin1StringView("ko"), wordsIn(true));
    return QJsonDocument(languages).toJson(QJsonDocument::Compact);
}

QByteArray LiveWords::htmlBlock(const QString &language)
{
    // "<" only ever stands inside a JSON string here, where \u003c reads the same; without it
    // no word can end the block early ("</script>").
    return json(language).replace('<', "\\u003c");
}

} // namespace SocketScope
