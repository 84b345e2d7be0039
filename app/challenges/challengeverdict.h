#pragma once

#include <QtCore/QLatin1StringView>
#include <QtCore/QtGlobal>

namespace SocketScope {

// Where one student stands. The wording for people lives in ui/challenges.
enum class ChallengeVerdict : quint8 {
    Waiting, // seen knocking (a SYN, or a place in the accept queue), not connected yet
    StuckSynSent, // their SYN went unanswered: the accept queue is full (seen by capture)
    WrongPort, // the machine answered their SYN with RST: nobody listens on that port (capture)
    Connected, // connected, not done yet
    WrongContent, // what they did does not meet the challenge (ChallengeProblem says how)
    Refused, // the server let them go: a cap, a flood, hostile input (the note says which)
    TimeUp, // the time limit passed before they were done
    Done,
};

// Why a verdict is WrongContent, or what is still missing.
enum class ChallengeProblem : quint8 {
    None,
    NotText, // the bytes are not UTF-8 text
    EmptyLine, // an empty line
    TooLong, // longer than a name / the message the challenge asks for
    NotExpected, // a whole line or message arrived and it is not what was asked
    BadLength, // the length prefix does not match what followed
    BadHex, // a line that is neither hex digits nor a raw length-prefixed message
    EphemeralPort, // the OS picked the local port: no bind before connect
    ClosedBoth, // closed both directions: the server's reply was refused with RST
    NotQueued, // connected while accepting was open: it never waited in the queue
    Reset, // the student reset the connection
};

// Language-free names for data that leaves the app (the students' live pages): "done",
// "wrong_content", "not_text" ... The page words them in the browser's language.
QLatin1StringView challengeVerdictName(ChallengeVerdict verdict);
QLatin1StringView challengeProblemName(ChallengeProblem problem);

} // namespace SocketScope
