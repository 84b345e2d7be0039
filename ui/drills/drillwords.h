#pragma once

#include "drills/drillfault.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

// What the Mystery fault page says about each fault, in a first-year student's words.
class DrillWords
{
    Q_DECLARE_TR_FUNCTIONS(DrillWords)

public:
    static QString title(DrillFault fault);
    // One line under the answer: what the fault is.
    static QString description(DrillFault fault);
    // A wrong guess: what the learner would have seen with that fault, and did not.
    static QString doesNotFit(DrillFault guessed);
    // The reveal: what was hidden, and what the selected event shows.
    static QString proof(DrillFault fault);
    // What the learner is asked to do.
    static QString task();
};

} // namespace SocketScope
