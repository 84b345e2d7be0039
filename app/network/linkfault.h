#pragma once

#include "journal/event.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

class LabTopology;

// What a link of the lab network is made to do wrong: lose a share of its packets, carry only
// so many bits a second (queueing the rest), and, where the kernel has netem, hold packets
// back and let some overtake others. Written as --link takes it: "loss=5%,rate=1mbit".
//
// Loss is "seeded": the seed picks which packets of every hundred are dropped (the kernel
// counts packets, numgen inc), so a run with the same seed and the same packets loses the same
// ones. It is not a fresh coin toss per packet, and other traffic on the link shifts the count.
struct LinkFault
{
    Q_DECLARE_TR_FUNCTIONS(LinkFault)

public:
    int lossPercent = 0;
    std::optional<quint32> seed; // chosen when the link gets its loss, if the spec named none
    qint64 rateBitsPerSecond = 0; // 0: no limit
    qint64 queueBytes = 0; // 0: what the rate suggests (queueFor)
    int delayMs = 0;
    int jitterMs = 0;
    int reorderPercent = 0;

    static constexpr qint64 kMinRate = 8'000;
    static constexpr qint64 kMaxRate = 10'000'000'000;
    static constexpr qint64 kMinQueue = 2'048;
    static constexpr qint64 kMaxQueue = qint64(16) * 1024 * 1024;
    static constexpr int kMaxDelayMs = 10'000;

    bool isEmpty() const
    {
        return lossPercent == 0 && rateBitsPerSecond == 0 && delayMs == 0 && reorderPercent == 0
            && jitterMs == 0;
    }
    // The LinkFaultPart bits this fault uses.
    quint8 parts() const;
    bool needsNetem() const { return delayMs > 0 || reorderPercent > 0; }
    // Without the parts in `refused`.
    LinkFault without(quint8 refused) const;

    // The bucket tbf lets through at once, and the queue behind it, in bytes.
    qint64 burstBytes() const;
    qint64 effectiveQueueBytes() const;
    // The packets of every hundred that are dropped (0..99, sorted), from `seed`.
    QList<int> lossSlots() const;

    // "loss=5%,seed=7,rate=1mbit,queue=64kb"; empty for no fault.
    QString toSpec() const;
    // For the drawing: "loss 5%, 1 Mbit/s, delay 20 ms".
    QString describe() const;
    static QString rateText(qint64 bitsPerSecond);

    // Parses a spec ("loss=5%,rate=1mbit", or "none"/"" for no fault); nullopt and `error`
    // (a sentence naming the bad part) when it cannot be one.
    static std::optional<LinkFault> parse(QStringView spec, QString *error);
    // Why the kernel refused `parts`, in plain words ("delay needs the kernel's netem module,
    // which this kernel does not have").
    static QString explainRefusal(quint8 parts, LinkFaultRefusal why, const QString &kernelSaid);

    bool operator==(const LinkFault &other) const = default;
};

// A --link argument: NAME:SPEC.
struct LinkFaultSetting
{
    QString link;
    LinkFault fault;

    // NAME must name a link of `topology` (a computer's cable, or the router's lan or wan side).
    static std::optional<LinkFaultSetting> parse(
        QStringView text, const LabTopology &topology, QString *error);
};

// The links of `topology` a fault can be put on: each computer's cable, then the router's side
// of each network.
QStringList linkNames(const LabTopology &topology);

} // namespace SocketScope
