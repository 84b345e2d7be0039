#pragma once

#include "journal/event.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

// The uniqueness rule of <protocol, address, port> tried for real: each experiment makes the
// bind() calls and reports what the OS answered. The sockets are plain descriptors, closed
// again before the experiment returns; they never send anything.
class SocketIdentityLab
{
    Q_DECLARE_TR_FUNCTIONS(SocketIdentityLab)

public:
    enum class Experiment : quint8 {
        SameTwice, // <TCP, A, p> twice
        TcpAndUdp, // <TCP, A, p> and <UDP, A, p>
        TwoAddresses, // <TCP, 127.0.0.1, p> and <TCP, 127.0.0.2, p>
        WildcardAndSpecific, // <TCP, 127.0.0.1, p> listening, then <TCP, 0.0.0.0, p>
        WildcardAndSpecificReuse, // the same, both with SO_REUSEADDR
        TimeWait, // bind a port held in TIME_WAIT, without SO_REUSEADDR
        TimeWaitReuse, // the same, with SO_REUSEADDR
        Count
    };

    enum class Outcome : quint8 {
        BothBound, // the second bind was allowed
        SecondRefused, // the OS refused the second bind
        SetupFailed, // the experiment could not be set up (the first bind failed ...)
    };

    struct Bind
    {
        Protocol proto = Protocol::Tcp;
        QHostAddress address;
        quint16 port = 0;
        bool reuseAddress = false;
        bool ok = false;
        int osError = 0; // errno
        QString osMessage; // the OS's own words
    };

    struct Result
    {
        Experiment experiment = Experiment::SameTwice;
        Outcome outcome = Outcome::SetupFailed;
        QList<Bind> binds; // in the order they were made
        QString sentence; // what happened, in plain words
    };

    static Result run(Experiment experiment);
    static QString title(Experiment experiment);
    // What the rule says should happen, before trying.
    static QString question(Experiment experiment);
    // "TCP 127.0.0.1:8081 (SO_REUSEADDR)", for the steps of a result.
    static QString describe(const Bind &bind);
};

} // namespace SocketScope
