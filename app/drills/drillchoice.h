#pragma once

#include "drillfault.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

// Which drill to run: one fault by name, or one picked at random from a seed, so a whole
// class given the same "random:SEED" gets the same hidden fault without seeing its name.
struct DrillChoice
{
    Q_DECLARE_TR_FUNCTIONS(DrillChoice)

public:
    DrillFault fault = DrillFault::OneWayBlackHole;
    bool random = false;
    quint32 seed = 0; // meaningful when random

    // The fault a seed picks; the same seed picks the same fault on every machine.
    static DrillFault pick(quint32 seed);
    // A random drill with a fresh seed.
    static DrillChoice fresh();
    static DrillChoice named(DrillFault fault);
    static DrillChoice seeded(quint32 seed);

    // "NAME", "random" or "random:SEED". nullopt and `error` (a sentence) when it is none.
    static std::optional<DrillChoice> parse(QStringView text, QString *error);
    // What parse() reads back: "zerowindow", "random:42".
    QString toSpec() const;
};

} // namespace SocketScope
