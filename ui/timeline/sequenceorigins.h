#pragma once

#include <QtCore/QtGlobal>

#include <optional>
#include <unordered_map>
#include <vector>

namespace SocketScope {

class Journal;
struct Event;

// Where each side of a TCP connection started counting: its initial sequence number (ISN),
// taken from the SYN it sent, or from the first segment seen that way when the capture began
// after the handshake. Sequence and acknowledgement numbers shown relative to these start at
// 0 and 1, as Wireshark shows them, so a learner can follow the byte counts.
//
// The SYNs also say how each side scales the window it advertises (RFC 7323), so the window a
// segment offers can be shown as the bytes it really means.
//
// It reads the journal incrementally (the journal only grows), keyed by the captured
// segment's own addresses, so a packet the lab router rewrote counts on each leg by itself.
class SequenceOrigins
{
public:
    explicit SequenceOrigins(const Journal *journal);

    // Reads the events appended since the last call.
    void update();

    // The segment event's sequence number relative to its sender's ISN; none when the event
    // carries no numbers.
    std::optional<quint32> relativeSeq(const Event &segment) const;
    // Its acknowledgement number relative to the receiver's ISN; none without ACK.
    std::optional<quint32> relativeAck(const Event &segment) const;

    // The window a segment offers, in bytes. The header's field is shifted left by the shift
    // its sender's SYN offered, but only when both SYNs of the connection offered scaling, and
    // never on a SYN itself (RFC 7323). Without the SYNs that say so, the scale is unknown and
    // the field is given as written.
    struct Window
    {
        // Why the scale is known or not, for a tooltip that says so.
        enum class Scale {
            Applied, // both SYNs offered scaling: the field times 2^shift
            Off, // a side offered none, so neither scales
            InSyn, // a SYN's own window is never scaled
            NoHandshake, // neither SYN was seen (the capture began later)
            OneSynSeen, // only one side's SYN was seen
        };
        quint64 bytes = 0;
        bool scaleKnown = false;
        quint32 field = 0; // as written in the header
        int shift = 0; // the sender's window scale, when applied
        Scale scale = Scale::NoHandshake;
    };
    Window window(const Event &segment) const;

private:
    struct Syn
    {
        qint64 t = 0;
        quint32 seq = 0;
        quint8 windowScale = 0; // Event::kNoWindowScale: not offered
    };
    struct Direction
    {
        // SYNs sent this way, by time: a later connection may reuse the same addresses.
        std::vector<Syn> syns;
        qint64 firstT = 0;
        quint32 firstSeq = 0;
    };
    static quint64 key(quint32 from, quint32 to) { return (quint64(from) << 32) | to; }
    std::optional<quint32> origin(quint32 from, quint32 to, qint64 t) const;
    // The last SYN sent from `from` to `to` at or before `t`: that connection's start.
    const Syn *lastSyn(quint32 from, quint32 to, qint64 t) const;

    const Journal *m_journal;
    qsizetype m_read = 0;
    std::unordered_map<quint64, Direction> m_directions;
};

} // namespace SocketScope
