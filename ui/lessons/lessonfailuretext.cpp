#include "lessonfailuretext.h"

#include "window/errortext.h"

namespace SocketScope {

// These sentences were the engine's (LessonActions, LessonPlayer) before they moved here; they
// keep their translation context so the existing translations still apply.

QString LessonFailureText::reason(const LessonFailure &failure)
{
    if (!failure.error)
        return failure.message;
    QString why = ErrorText::full(failure.error);
    using A = LessonFailure::Attempt;
    switch (failure.attempt) {
    case A::Listen:
        return QCoreApplication::translate("LessonActions", "Could not listen on %1: %2")
            .arg(failure.target, why);
    case A::Connect:
        return QCoreApplication::translate("LessonActions", "Could not connect to %1: %2")
            .arg(failure.target, why);
    case A::Connection:
        return QCoreApplication::translate("LessonActions", "The connection failed: %1").arg(why);
    case A::BindUdp:
        return QCoreApplication::translate("LessonActions", "Could not bind a UDP socket to %1: %2")
            .arg(failure.target, why);
    case A::Send:
        return QCoreApplication::translate("LessonActions", "Could not send: %1").arg(why);
    case A::SendDatagram:
        return QCoreApplication::translate("LessonActions", "Could not send the datagram: %1").arg(why);
    case A::Shutdown:
        return QCoreApplication::translate("LessonActions", "Could not shut down the sending side: %1")
            .arg(why);
    case A::StartForwarder:
        return QCoreApplication::translate("LessonActions", "Could not start the port forwarder on %1: %2")
            .arg(failure.target, why);
    case A::Command:
    case A::None:
        break;
    }
    return why;
}

QString LessonFailureText::sentence(const LessonFailure &failure)
{
    QString why = reason(failure);
    if (failure.replaying)
        return QCoreApplication::translate(
            "LessonPlayer", "Going back re-ran the lesson from the start, and step %1 failed: %2")
            .arg(failure.step + 1)
            .arg(why);
    return QCoreApplication::translate("LessonPlayer", "Step %1 could not be done: %2")
        .arg(failure.step + 1)
        .arg(why);
}

} // namespace SocketScope
