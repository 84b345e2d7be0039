#include "challengeverdict.h"

namespace SocketScope {

QLatin1StringView challengeVerdictName(ChallengeVerdict verdict)
{
    switch (verdict) {
    case ChallengeVerdict::Waiting:
        return QLatin1StringView("waiting");
    case ChallengeVerdict::StuckSynSent:
        return QLatin1StringView("stuck_syn_sent");
    case ChallengeVerdict::WrongPort:
        return QLatin1StringView("wrong_port");
    case ChallengeVerdict::Connected:
        return QLatin1StringView("connected");
    case ChallengeVerdict::WrongContent:
        return QLatin1StringView("wrong_content");
    case ChallengeVerdict::Refused:
        return QLatin1StringView("refused");
    case ChallengeVerdict::TimeUp:
        return QLatin1StringView("time_up");
    case ChallengeVerdict::Done:
        return QLatin1StringView("done");
    }
    return QLatin1StringView("waiting");
}

QLatin1StringView challengeProblemName(ChallengeProblem problem)
{
    switch (problem) {
    case ChallengeProblem::None:
        return QLatin1StringView("");
    case ChallengeProblem::NotText:
        return QLatin1StringView("not_text");
    case ChallengeProblem::EmptyLine:
        return QLatin1StringView("empty_line");
    case ChallengeProblem::TooLong:
        return QLatin1StringView("too_long");
    case ChallengeProblem::NotExpected:
        return QLatin1StringView("not_expected");
    case ChallengeProblem::BadLength:
        return QLatin1StringView("bad_length");
    case ChallengeProblem::BadHex:
        return QLatin1StringView("bad_hex");
    case ChallengeProblem::EphemeralPort:
        return QLatin1StringView("ephemeral_port");
    case ChallengeProblem::ClosedBoth:
        return QLatin1StringView("closed_both");
    case ChallengeProblem::NotQueued:
        return QLatin1StringView("not_queued");
    case ChallengeProblem::Reset:
        return QLatin1StringView("reset");
    }
    return QLatin1StringView("");
}

} // namespace SocketScope
