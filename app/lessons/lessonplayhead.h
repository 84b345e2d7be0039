#pragma once

#include "journal/event.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

class TimelineLayout;

// Where a lesson step puts the timeline's playhead, as the lesson file writes it:
//   "playhead": "start"             before the first step of the timeline
//   "playhead": "live"              the present (the end of a recording)
//   "playhead": 12                  step 12, as the timeline's bar counts
//   "playhead": "first SYN"         just after the first segment with those flags
//   "playhead": "last SYN+ACK of server"
//   "playhead": "second SYN_RECV"   a kernel state, as in the kernel-state column
//   "playhead": "first accepted of listener"   an event kind, as in the event log's names
// The word before the thing is first, second, third or last (first when left out); "of NAME"
// keeps to the sockets a step named (or "#3", socket 3 of a recording).
struct LessonPlayhead
{
    Q_DECLARE_TR_FUNCTIONS(LessonPlayhead)

public:
    enum class Kind : quint8 { Start, Live, Step, Segment, State, Event };

    Kind kind = Kind::Live;
    qsizetype step = 0; // Kind::Step
    int nth = 1; // 1, 2, 3; -1: the last
    quint8 flags = 0; // Kind::Segment: SYN, ACK, FIN and RST exactly (PSH and URG aside)
    TcpState state = TcpState::Unknown;
    EventKind event = EventKind::Error;
    QString socket; // "of NAME": a step's name or "#id"; empty: any socket
    QString text; // as written

    // Reads the field; on a mistake returns nothing and says what is wrong in `error`.
    static std::optional<LessonPlayhead> fromJson(const QJsonValue &value, QString *error);

    // The playback position that shows it on `layout` (items [0, position) shown), or nothing
    // when the timeline has no such thing (yet). Start is 0; Live has no position. `sockets`
    // are the ids "of NAME" stands for.
    std::optional<qsizetype> position(const TimelineLayout &layout, const QList<qint32> &sockets) const;
};

} // namespace SocketScope
