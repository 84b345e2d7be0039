#pragma once

#include "lab/laberror.h"

#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace SocketScope {

// Why a lesson step failed, as data: what the step tried and the LabError the OS gave, or the
// step's own words when no LabError is involved. The window and the headless runner word it
// with LessonFailureText (ui/lessons), so each LabError is worded in one place only.
struct LessonFailure
{
    // What the step tried when the OS said no.
    enum class Attempt : quint8 {
        None, // no lab call failed: `message` says what went wrong
        Listen, // listen on `target`
        Connect, // connect to `target`
        Connection, // a connection to `target` failed while it was being set up
        BindUdp, // bind a UDP socket to `target`
        Send, // send on a TCP connection
        SendDatagram, // send a datagram
        Shutdown, // shut down the sending side
        Command, // a command to an open socket (pause accepting, close, abort ...)
        StartForwarder, // start the port forwarder on `target`
    };

    int step = -1; // counted from 0
    bool replaying = false; // going back re-ran the lesson up to this step
    Attempt attempt = Attempt::None;
    QString target; // "127.0.0.1:8080", when the attempt had an endpoint
    LabError error;
    QString message;
};

} // namespace SocketScope

Q_DECLARE_METATYPE(SocketScope::LessonFailure)
