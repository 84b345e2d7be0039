#include "drillchoice.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>

#include <algorithm>

namespace SocketScope {

DrillFault DrillChoice::pick(quint32 seed)
{
    // A generator of our own, not seed % count: neighbouring seeds should not walk the list.
    QRandomGenerator generator(seed);
    const QList<DrillFault> &all = drillFaults();
    return all.at(qsizetype(generator.bounded(quint32(all.size()))));
}

DrillChoice DrillChoice::fresh()
{
    return seeded(QRandomGenerator::global()->generate());
}

DrillChoice DrillChoice::named(DrillFault fault)
{
    DrillChoice choice;
    choice.fault = fault;
    return choice;
}

DrillChoice DrillChoice::seeded(quint32 seed)
{
    DrillChoice choice;
    choice.random = true;
    choice.seed = seed;
    choice.fault = pick(seed);
    return choice;
}

std::optional<DrillChoice> DrillChoice::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    QStringList names;
    for (const DrillFault fault : drillFaults())
        names << QString(drillFaultKey(fault));
    if (trimmed.isEmpty()) {
        *error = tr("give the name of a drill (%1), or random, or random:SEED")
                     .arg(names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (trimmed.compare(QLatin1StringView("random"), Qt::CaseInsensitive) == 0)
        return fresh();
    const QLatin1StringView randomPrefix("random:");
    if (trimmed.startsWith(randomPrefix, Qt::CaseInsensitive)) {
        const QStringView number = trimmed.mid(randomPrefix.size());
        bool ok = false;
        const qulonglong seed = number.toULongLong(&ok);
        // toULongLong takes "+5" and " 5"; a seed is digits only.
        const bool digitsOnly = !number.isEmpty() && std::all_of(number.begin(), number.end(), [](QChar c) {
            return c.isDigit() && c.unicode() < 128;
        });
        if (!ok || !digitsOnly || seed > 0xffffffffULL) {
            *error = tr("the seed after random: must be a whole number from 0 to 4294967295");
            return std::nullopt;
        }
        return seeded(quint32(seed));
    }
    if (const std::optional<DrillFault> fault = drillFaultFromKey(trimmed))
        return named(*fault);
    *error = tr("there is no such drill; the drills are %1, or random, or random:SEED")
                 .arg(names.join(QStringLiteral(", ")));
    return std::nullopt;
}

QString DrillChoice::toSpec() const
{
    return random ? QStringLiteral("random:%1").arg(seed) : QString(drillFaultKey(fault));
}

} // namespace SocketScope
