#pragma once

#include "sequenceorigins.h"
#include "timeline/timelineitem.h"
#include "timeline/timelinelane.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

class Journal;
class TimelineLayout;

// The words on the timeline, translated: marker labels, arrow names, lane heads, and the
// sentences a tooltip uses to say why an arrow was inferred.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    // "connect()", "send()", "closed" ... for a call marker, from the item alone.
    static QString callLabel(const TimelineItem &item);
    // The same with the call's key argument, as the marker on the timeline shows it:
    // "bind(:8080)", "listen(5)", "accept() → #4", "send(12 B)", "recv() → 12 B".
    static QString callLabel(const TimelineLayout &layout, const TimelineItem &item);
    // "SYN", "SYN+ACK", "ACK", "FIN", "RST", "data 5 B", "datagram 12 B", for diagrams.
    static QString arrowLabel(const TimelineItem &item);
    // The same with a data segment's flags as Wireshark names them, as the timeline shows
    // it: "PSH+ACK 5 B".
    static QString arrowName(const TimelineItem &item);
    // The shortest name of an arrow: its flags without the size ("PSH+ACK", "SYN"), or
    // "datagram".
    static QString arrowFlags(const TimelineItem &item);
    // The numbers a captured segment carries, for the line under its name:
    // "seq 1 ack 1", with " win 65535" when asked, and " win 512 (scale unknown)" for a window
    // whose scale the handshake would have said but was not seen.
    static QString segmentNumbers(
        quint32 seq, std::optional<quint32> ack, std::optional<quint64> window, bool windowScaleKnown = true);
    // What a segment's window means, for its tooltip: the header's field, the scale the
    // handshake agreed on and the window in bytes; or why the scale is not known.
    static QString windowExplained(const SequenceOrigins::Window &window);
    // "1.2 ms apart": the time between two events the user picked.
    static QString between(qint64 ns);
    // The same without byte counts and translation, for diagram text: "SYN", "FIN" ...
    static QString segmentName(quint8 flags);
    static QString reason(InferenceReason reason);
    // "listener #1", "client #2", "other program"; in the lab "listener #1 on pc-a", unless
    // `withComputer` is false (under a band that already names the computer).
    static QString laneRole(const TimelineLane &lane, bool withComputer = true);
    // The endpoint a lane head shows: its local ip:port.
    static QString laneEndpoint(const TimelineLane &lane);
    // The whole tooltip of an item: what happened, who says so, and for a guess, why.
    static QString tooltip(const Journal &journal, const TimelineItem &item);
    // "1.2 ms", "340 µs", "2.5 s".
    static QString duration(qint64 ns);
    static QString inferredLabel();
    // The mark on a datagram arrow whose receiver got nothing.
    static QString notReceivedLabel();
    // The mark on a segment seen a second time: the sender sent it again (a retransmission).
    static QString sentAgainLabel();
};

} // namespace SocketScope
