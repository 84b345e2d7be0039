#include "lessonplayhead.h"

#include "timeline/timelinelayout.h"

#include <QtCore/QRegularExpression>

namespace SocketScope {

namespace {

constexpr quint8 kFlagMask = FlagSyn | FlagAck | FlagFin | FlagRst;

// "SYN+ACK" -> its flag bits; 0 when a part is not a flag name.
quint8 flagsFromName(const QString &text)
{
    quint8 flags = 0;
    for (const QString &part : text.split(QLatin1Char('+'))) {
        if (part == QLatin1StringView("SYN"))
            flags |= FlagSyn;
        else if (part == QLatin1StringView("ACK"))
            flags |= FlagAck;
        else if (part == QLatin1StringView("FIN"))
            flags |= FlagFin;
        else if (part == QLatin1StringView("RST"))
            flags |= FlagRst;
        else
            return 0;
    }
    return flags;
}

} // namespace

std::optional<LessonPlayhead> LessonPlayhead::fromJson(const QJsonValue &value, QString *error)
{
    const auto fail = [&](const QString &reason) -> std::optional<LessonPlayhead> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    LessonPlayhead playhead;
    if (value.isDouble()) {
        const double step = value.toDouble();
        if (step < 0 || step != std::floor(step))
            return fail(tr("a step number must be a whole number from 0 up, not %1").arg(step));
        playhead.kind = Kind::Step;
        playhead.step = qsizetype(step);
        playhead.text = QString::number(playhead.step);
        return playhead;
    }
    if (!value.isString())
        return fail(tr("write \"start\", \"live\", a step number, or what to find, e.g. \"first SYN\""));
    playhead.text = value.toString().simplified();
    if (playhead.text == QLatin1StringView("start")) {
        playhead.kind = Kind::Start;
        return playhead;
    }
    if (playhead.text == QLatin1StringView("live")) {
        playhead.kind = Kind::Live;
        return playhead;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(first|second|third|last) )?(\\S+)(?: of (\\S+))?$"));
    const QRegularExpressionMatch match = pattern.match(playhead.text);
    if (!match.hasMatch())
        return fail(tr("\"%1\" is not \"start\", \"live\", a step number or e.g. \"first SYN of client\"")
                        .arg(playhead.text));
    const QString ordinal = match.captured(1);
    playhead.nth = ordinal == QLatin1StringView("second") ? 2
        : ordinal == QLatin1StringView("third")           ? 3
        : ordinal == QLatin1StringView("last")            ? -1
                                                          : 1;
    const QString what = match.captured(2);
    playhead.socket = match.captured(3);
    if (const quint8 flags = flagsFromName(what)) {
        playhead.kind = Kind::Segment;
        playhead.flags = flags;
    } else if (const auto state = tcpStateFromName(QLatin1StringView(what.toLatin1()))) {
        playhead.kind = Kind::State;
        playhead.state = *state;
    } else if (const auto kind = kindFromName(QLatin1StringView(what.toLatin1()))) {
        playhead.kind = Kind::Event;
        playhead.event = *kind;
    } else {
        return fail(tr("\"%1\" is not TCP flags (SYN, SYN+ACK, FIN, RST ...), a kernel state (SYN_RECV ...) "
                       "or an event kind (connect_started ...)")
                        .arg(what));
    }
    return playhead;
}

std::optional<qsizetype> LessonPlayhead::position(
    const TimelineLayout &layout, const QList<qint32> &sockets) const
{
    switch (kind) {
    case Kind::Live:
        return std::nullopt;
    case Kind::Start:
        return 0;
    case Kind::Step:
        if (step > layout.itemCount())
            return std::nullopt;
        return step;
    default:
        break;
    }
    const auto ofSocket
        = [&](LaneId lane) { return lane >= 0 && sockets.contains(layout.lane(lane).socket); };
    const auto matches = [&](const TimelineItem &item) {
        if (!socket.isEmpty() && !ofSocket(item.lane) && !(item.isArrow() && ofSocket(item.toLane)))
            return false;
        switch (kind) {
        case Kind::Segment:
            return item.kind == TimelineItem::Segment && !item.isHidden() && (item.code & kFlagMask) == flags;
        case Kind::State:
            return item.kind == TimelineItem::State && TcpState(item.code) == state;
        case Kind::Event:
            return item.kind == TimelineItem::Call && EventKind(item.code) == event;
        default:
            return false;
        }
    };
    const std::vector<TimelineItem> &items = layout.items();
    int seen = 0;
    std::optional<qsizetype> last;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!matches(items[i]))
            continue;
        if (nth < 0) {
            last = qsizetype(i) + 1;
        } else if (++seen == nth) {
            return qsizetype(i) + 1;
        }
    }
    return last;
}

} // namespace SocketScope
