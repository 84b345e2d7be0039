#pragma once

#include "journal/event.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace SocketScope {

// One task the teacher sets the class: where to connect, over what, and what counts as done.
// Built-in ones come from ChallengeCatalog; a teacher may also write one (Check::SendText).
struct Challenge
{
    // What the board checks on each student's socket.
    enum class Check : quint8 {
        Connect, // a TCP connection was accepted
        SendName, // one line of UTF-8 text, not empty
        LengthPrefixedHex, // a 2-byte big-endian length and that many bytes, raw or written in hex
        UdpAnswer, // a datagram reached the class port and the answer went back
        ChosenPort, // the student's local port is not one the OS would pick (bind before connect)
        HalfClose, // the student shut down sending, then the server's reply reached them
        HoldThroughPause, // the connection waited in the accept queue while accepting was paused
        SendText, // the teacher's own: `expected` arrived (anything at all when it is empty)
    };

    // A stable name for the command line and the recording's label ("connect", "name" ...).
    QString key;
    Check check = Check::Connect;
    Protocol proto = Protocol::Tcp;
    // 0: the OS picks.
    quint16 port = 0;
    // SendText: what must arrive. UTF-8.
    QByteArray expected;
    // SendText: what the server sends back once it has (empty: nothing).
    QByteArray answer;
    // Seconds from the start; 0: no limit.
    int timeLimitS = 0;
    // Only for the teacher's own challenge: shown as written, not translated.
    QString customTitle;
};

} // namespace SocketScope
