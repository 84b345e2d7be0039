#include "challengewords.h"

namespace SocketScope {

QString ChallengeWords::problem(ChallengeProblem problem)
{
    switch (problem) {
    case ChallengeProblem::None:
        return {};
    case ChallengeProblem::NotText:
        return tr("not UTF-8 text");
    case ChallengeProblem::EmptyLine:
        return tr("empty");
    case ChallengeProblem::TooLong:
        return tr("too long");
    case ChallengeProblem::NotExpected:
        return tr("not the text asked for");
    case ChallengeProblem::BadLength:
        return tr("the length does not match the bytes");
    case ChallengeProblem::BadHex:
        return tr("not whole hex bytes");
    case ChallengeProblem::EphemeralPort:
        return tr("the OS picked the port: bind one first");
    case ChallengeProblem::ClosedBoth:
        return tr("closed both ways: the reply got RST");
    case ChallengeProblem::NotQueued:
        return tr("connect again while accepting is paused");
    case ChallengeProblem::Reset:
        return tr("reset by the student (RST)");
    }
    return {};
}

QString ChallengeWords::verdict(const ChallengeBoard::Row &row)
{
    const double seconds = double(row.doneAfterNs) / 1e9;
    QString text;
    switch (row.verdict) {
    case ChallengeVerdict::Waiting:
        text = tr("waiting");
        break;
    case ChallengeVerdict::StuckSynSent:
        text = tr("stuck in SYN_SENT (queue full)");
        break;
    case ChallengeVerdict::WrongPort:
        text = tr("wrong port %1 (RST)", "the port the student tried").arg(row.note);
        return text + QLatin1Char(' ') + tr("(inferred)");
    case ChallengeVerdict::Connected:
        text = tr("connected");
        break;
    case ChallengeVerdict::WrongContent:
        text = tr("wrong");
        break;
    case ChallengeVerdict::Refused:
        text = tr("refused");
        break;
    case ChallengeVerdict::TimeUp:
        text = row.doneAfterNs >= 0 ? tr("done after the time limit, in %1 s").arg(seconds, 0, 'f', 1)
                                    : tr("time is up");
        break;
    case ChallengeVerdict::Done:
        text = tr("done in %1 s").arg(seconds, 0, 'f', 1);
        break;
    }
    const QString why = problem(row.problem);
    if (!why.isEmpty())
        text += QStringLiteral(": ") + why;
    if (row.verdict == ChallengeVerdict::Refused && !row.note.isEmpty())
        text += QStringLiteral(" (") + row.note + QLatin1Char(')');
    if (row.inferred && row.verdict != ChallengeVerdict::Connected)
        text += QLatin1Char(' ') + tr("(inferred)");
    return text;
}

QStringList ChallengeWords::csvHeader()
{
    return {tr("address"), tr("port"), tr("verdict"), tr("seconds"), tr("sent"), tr("server's note")};
}

} // namespace SocketScope
