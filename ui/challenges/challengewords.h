#pragma once

#include "challenges/challengeboard.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

// The words for a student's verdict and what is wrong, for the projector and the CSV.
class ChallengeWords
{
    Q_DECLARE_TR_FUNCTIONS(SocketScope::ChallengeWords)

public:
    static QString verdict(const ChallengeBoard::Row &row);
    static QString problem(ChallengeProblem problem);
    static QStringList csvHeader();
};

} // namespace SocketScope
