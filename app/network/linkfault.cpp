#include "linkfault.h"

#include "labtopology.h"

#include <QtCore/QStringList>

#include <algorithm>
#include <array>
#include <numeric>

namespace SocketScope {

namespace {

// splitmix64: a small, well-mixed generator, so a seed always picks the same places on every
// machine (std:: distributions may differ between library versions).
quint64 nextRandom(quint64 *state)
{
    quint64 z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// "5%" or "5": a whole percent from 0 to 100; -1 when it is not one.
int percentFrom(QStringView text)
{
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 && value <= 100 ? value : -1;
}

// "1mbit", "500kbit", "2Mbit/s", "64000bit": bits per second; -1 when not a rate.
qint64 rateFrom(QStringView text)
{
    QString lower = text.toString().toLower();
    if (lower.endsWith(QLatin1String("/s")))
        lower.chop(2);
    if (!lower.endsWith(QLatin1String("bit")))
        return -1;
    lower.chop(3);
    qint64 scale = 1;
    if (lower.endsWith(QLatin1Char('k')))
        scale = 1'000;
    else if (lower.endsWith(QLatin1Char('m')))
        scale = 1'000'000;
    else if (lower.endsWith(QLatin1Char('g')))
        scale = 1'000'000'000;
    if (scale != 1)
        lower.chop(1);
    bool ok = false;
    const double number = lower.toDouble(&ok);
    if (!ok || number <= 0 || number > 1e12)
        return -1;
    return qint64(number * double(scale));
}

// "64kb", "1mb", "20000b", "20000": bytes (k = 1024, as tc counts); -1 when not a size.
qint64 bytesFrom(QStringView text)
{
    QString lower = text.toString().toLower();
    if (lower.endsWith(QLatin1Char('b')))
        lower.chop(1);
    qint64 scale = 1;
    if (lower.endsWith(QLatin1Char('k')))
        scale = 1024;
    else if (lower.endsWith(QLatin1Char('m')))
        scale = qint64(1024) * 1024;
    if (scale != 1)
        lower.chop(1);
    bool ok = false;
    const qint64 number = lower.toLongLong(&ok);
    if (!ok || number <= 0 || number > LinkFault::kMaxQueue)
        return -1;
    return number * scale;
}

// "20ms", "1s", "20": milliseconds; -1 when not a time.
int millisecondsFrom(QStringView text)
{
    int scale = 1;
    if (text.endsWith(QLatin1String("ms")))
        text.chop(2);
    else if (text.endsWith(QLatin1Char('s'))) {
        text.chop(1);
        scale = 1000;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 0 || number > LinkFault::kMaxDelayMs / scale)
        return -1;
    return number * scale;
}

} // namespace

quint8 LinkFault::parts() const
{
    quint8 bits = 0;
    if (lossPercent > 0)
        bits |= LinkFaultLoss;
    if (rateBitsPerSecond > 0)
        bits |= LinkFaultRate;
    if (delayMs > 0 || jitterMs > 0)
        bits |= LinkFaultDelay;
    if (reorderPercent > 0)
        bits |= LinkFaultReorder;
    return bits;
}

LinkFault LinkFault::without(quint8 refused) const
{
    LinkFault kept = *this;
    if (refused & LinkFaultLoss) {
        kept.lossPercent = 0;
        kept.seed.reset();
    }
    if (refused & LinkFaultRate) {
        kept.rateBitsPerSecond = 0;
        kept.queueBytes = 0;
    }
    if (refused & LinkFaultDelay) {
        kept.delayMs = 0;
        kept.jitterMs = 0;
    }
    if (refused & LinkFaultReorder)
        kept.reorderPercent = 0;
    return kept;
}

qint64 LinkFault::burstBytes() const
{
    // 10 ms of the rate, and never less than two full Ethernet frames.
    return qMax<qint64>(3'000, rateBitsPerSecond / 8 / 100);
}

qint64 LinkFault::effectiveQueueBytes() const
{
    if (queueBytes > 0)
        return queueBytes;
    // About 100 ms of the rate: the queue a home router's slow uplink would have.
    return qBound<qint64>(16 * 1024, rateBitsPerSecond / 8 / 10, kMaxQueue);
}

QList<int> LinkFault::lossSlots() const
{
    if (lossPercent <= 0)
        return {};
    std::array<int, 100> places {};
    std::iota(places.begin(), places.end(), 0);
    quint64 state = seed.value_or(0);
    // The first lossPercent places of a shuffle (Fisher-Yates, stopped early).
    for (int i = 0; i < lossPercent && i < 99; ++i) {
        const int j = i + int(nextRandom(&state) % quint64(100 - i));
        std::swap(places[std::size_t(i)], places[std::size_t(j)]);
    }
    QList<int> chosen(places.begin(), places.begin() + lossPercent);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

QString LinkFault::rateText(qint64 bitsPerSecond)
{
    if (bitsPerSecond % 1'000'000'000 == 0)
        return QStringLiteral("%1gbit").arg(bitsPerSecond / 1'000'000'000);
    if (bitsPerSecond % 1'000'000 == 0)
        return QStringLiteral("%1mbit").arg(bitsPerSecond / 1'000'000);
    if (bitsPerSecond % 1'000 == 0)
        return QStringLiteral("%1kbit").arg(bitsPerSecond / 1'000);
    return QStringLiteral("%1bit").arg(bitsPerSecond);
}

QString LinkFault::toSpec() const
{
    QStringList words;
    if (lossPercent > 0) {
        words << QStringLiteral("loss=%1%").arg(lossPercent);
        if (seed)
            words << QStringLiteral("seed=%1").arg(*seed);
    }
    if (rateBitsPerSecond > 0) {
        words << QStringLiteral("rate=") + rateText(rateBitsPerSecond);
        if (queueBytes > 0)
            words << (queueBytes % 1024 == 0 ? QStringLiteral("queue=%1kb").arg(queueBytes / 1024)
                                             : QStringLiteral("queue=%1b").arg(queueBytes));
    }
    if (delayMs > 0)
        words << QStringLiteral("delay=%1ms").arg(delayMs);
    if (jitterMs > 0)
        words << QStringLiteral("jitter=%1ms").arg(jitterMs);
    if (reorderPercent > 0)
        words << QStringLiteral("reorder=%1%").arg(reorderPercent);
    return words.join(QLatin1Char(','));
}

QString LinkFault::describe() const
{
    QStringList words;
    if (lossPercent > 0)
        words << tr("loss %1%").arg(lossPercent);
    if (rateBitsPerSecond >= 1'000'000)
        words << tr("%1 Mbit/s").arg(double(rateBitsPerSecond) / 1e6, 0, 'g', 4);
    else if (rateBitsPerSecond > 0)
        words << tr("%1 kbit/s").arg(double(rateBitsPerSecond) / 1e3, 0, 'g', 4);
    if (delayMs > 0)
        words << (jitterMs > 0 ? tr("delay %1 ± %2 ms").arg(delayMs).arg(jitterMs)
                               : tr("delay %1 ms").arg(delayMs));
    if (reorderPercent > 0)
        words << tr("reorder %1%").arg(reorderPercent);
    return words.join(tr(", ", "between the parts of a link fault"));
}

std::optional<LinkFault> LinkFault::parse(QStringView spec, QString *error)
{
    LinkFault fault;
    spec = spec.trimmed();
    if (spec.isEmpty() || spec == QLatin1String("none") || spec == QLatin1String("off"))
        return fault;
    for (const QStringView word : spec.split(QLatin1Char(','))) {
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        const QStringView key = equals < 0 ? word.trimmed() : word.left(equals).trimmed();
        const QStringView value = equals < 0 ? QStringView() : word.mid(equals + 1).trimmed();
        if (equals < 0 || value.isEmpty()) {
            *error = tr("\"%1\" needs a value, as in loss=5%").arg(word.toString());
            return std::nullopt;
        }
        if (key == QLatin1String("loss")) {
            fault.lossPercent = percentFrom(value);
            if (fault.lossPercent < 0) {
                *error = tr("loss=%1: loss is a whole percent of the packets, from 0% to 100%")
                             .arg(value.toString());
                return std::nullopt;
            }
        } else if (key == QLatin1String("seed")) {
            bool ok = false;
            const quint32 seed = value.toUInt(&ok);
            if (!ok) {
                *error = tr("seed=%1: the seed is a whole number from 0 to 4294967295").arg(value.toString());
                return std::nullopt;
            }
            fault.seed = seed;
        } else if (key == QLatin1String("rate")) {
            fault.rateBitsPerSecond = rateFrom(value);
            if (fault.rateBitsPerSecond < kMinRate || fault.rateBitsPerSecond > kMaxRate) {
                *error = tr("rate=%1: a rate is bits per second with its unit, from 8kbit to 10gbit, "
                            "e.g. rate=1mbit or rate=500kbit")
                             .arg(value.toString());
                return std::nullopt;
            }
        } else if (key == QLatin1String("queue")) {
            fault.queueBytes = bytesFrom(value);
            if (fault.queueBytes < kMinQueue || fault.queueBytes > kMaxQueue) {
                *error = tr("queue=%1: the queue is a size in bytes from 2kb to 16mb, e.g. queue=64kb")
                             .arg(value.toString());
                return std::nullopt;
            }
        } else if (key == QLatin1String("delay") || key == QLatin1String("jitter")) {
            const int ms = millisecondsFrom(value);
            if (ms < 0) {
                *error = tr("%1=%2: a time from 0 to 10 seconds, e.g. %1=50ms")
                             .arg(key.toString(), value.toString());
                return std::nullopt;
            }
            (key == QLatin1String("delay") ? fault.delayMs : fault.jitterMs) = ms;
        } else if (key == QLatin1String("reorder")) {
            fault.reorderPercent = percentFrom(value);
            if (fault.reorderPercent < 0) {
                *error = tr("reorder=%1: reordering is a whole percent of the packets, from 0% to 100%")
                             .arg(value.toString());
                return std::nullopt;
            }
        } else {
            *error = tr("\"%1\" is not a link fault; use loss, seed, rate, queue, delay, jitter or reorder")
                         .arg(key.toString());
            return std::nullopt;
        }
    }
    if (fault.queueBytes > 0 && fault.rateBitsPerSecond == 0) {
        *error = tr("queue= is the queue of a rate limit; give a rate too, e.g. rate=1mbit,queue=64kb");
        return std::nullopt;
    }
    if ((fault.reorderPercent > 0 || fault.jitterMs > 0) && fault.delayMs == 0) {
        *error = tr("reordering and jitter work on delayed packets; give a delay too, e.g. "
                    "delay=20ms,reorder=25%");
        return std::nullopt;
    }
    if (fault.jitterMs > fault.delayMs) {
        *error = tr("jitter=%1ms is more than the delay of %2 ms").arg(fault.jitterMs).arg(fault.delayMs);
        return std::nullopt;
    }
    if (fault.lossPercent == 0)
        fault.seed.reset();
    return fault;
}

QString LinkFault::explainRefusal(quint8 parts, LinkFaultRefusal why, const QString &kernelSaid)
{
    const QString what = linkFaultPartsName(parts).replace(QLatin1Char(','), tr(" and "));
    if (why == LinkFaultRefusal::NoNetem)
        return tr("The kernel's netem module is needed for %1, and this kernel does not have it (the "
                  "kernel said: %2). The other faults were applied.")
            .arg(what, kernelSaid);
    return tr("the kernel refused %1 (it said: %2)").arg(what, kernelSaid);
}

std::optional<LinkFaultSetting> LinkFaultSetting::parse(
    QStringView text, const LabTopology &topology, QString *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QStringList names = linkNames(topology);
    if (colon <= 0) {
        *error = LinkFault::tr("write NAME:FAULTS, e.g. wan:loss=5%,rate=1mbit (links: %1)")
                     .arg(names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    LinkFaultSetting setting;
    setting.link = text.left(colon).toString();
    if (!names.contains(setting.link)) {
        *error = LinkFault::tr("the lab has no link called \"%1\"; its links are %2")
                     .arg(setting.link, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const std::optional<LinkFault> fault = LinkFault::parse(text.mid(colon + 1), error);
    if (!fault)
        return std::nullopt;
    setting.fault = *fault;
    return setting;
}

QStringList linkNames(const LabTopology &topology)
{
    QStringList names;
    for (const LabHost &h : topology.hosts)
        names << h.name;
    for (const LabSegment &s : topology.segments)
        names << s.name;
    return names;
}

} // namespace SocketScope
