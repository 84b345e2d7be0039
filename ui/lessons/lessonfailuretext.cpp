#include "lessonfailuretext.h"

#include "window/errortext.h"

namespace SocketScope {

QString LessonFailureText::reason(const LessonFailure &failure)
{
    if (!failure.error)
        return failure.message;
    const QString why = ErrorText::full(failure.error);
    using A = LessonFailure::Attempt;
    switch (failure.attempt) {
    case A::Listen: return tr("Could not listen on %1: %2").arg(failure.target, why);
    case A::Connect: return tr("Could not connect to %1: %2").arg(failure.target, why);
    case A::Connection: return tr("The connection to %1 failed: %2").arg(failure.target, why);
    case A::BindUdp: return tr("Could not bind a UDP socket to %1: %2").arg(failure.target, why);
    case A::Send: return tr("Could not send: %1").arg(why);
    case A::SendDatagram: return tr("Could not send the datagram: %1").arg(why);
    case A::Shutdown: return tr("Could not shut down the sending side: %1").arg(why);
    case A::StartForwarder: return tr("Could not start the port forwarder on %1: %2").arg(failure.target, why);
    case A::Command:
    case A::None: break;
    }
    return why;
}

QString LessonFailureText::sentence(const LessonFailure &failure)
{
    const QString why = reason(failure);
    if (failure.replaying)
        return tr("Going back re-ran the lesson from the start, and step %1 failed: %2").arg(failure.step + 1).arg(why);
    return tr("Step %1 could not be done: %2").arg(failure.step + 1).arg(why);
}

} // namespace SocketScope
