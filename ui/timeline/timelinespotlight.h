#pragma once

#include "journal/event.h"
#include "timeline/timelineitem.h"

#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtGui/QPalette>

class QPainter;

namespace SocketScope {

class TimelineLayout;
class TimelinePainter;

// What a lesson step points at on the timeline: arrows of some kinds (SYN, SYN+ACK, FIN ...)
// and call markers of some event kinds, among those the step itself made. The painter draws
// them thick with a halo in the theme's lesson colour and dims the rest a little, so the
// arrows the narration names stand out from the back of a room.
class TimelineSpotlight
{
public:
    // The name a lesson uses for an arrow's kind ("SYN+ACK", "data", "datagram"); empty for
    // what is not an arrow.
    static QString arrowKind(const TimelineItem &item);

    void setArrows(const QStringList &kinds);
    void setEvents(const QList<EventKind> &kinds);
    // Only items of journal events from `event` on count: what the step made, not the same
    // kind of arrow an earlier step drew.
    void setFirstEvent(quint32 event) { m_firstEvent = event; }
    quint32 firstEvent() const { return m_firstEvent; }
    void clear();

    bool isEmpty() const { return m_arrows.isEmpty() && m_events.isEmpty(); }
    QStringList arrows() const;
    bool hasArrows() const { return !m_arrows.isEmpty(); }
    // Whether `item` is one the step points at.
    bool lights(const TimelineItem &item) const;

    // Dims items [first, last) a little and draws the lit ones among them on top. Nothing
    // happens when none of them is lit.
    void paint(QPainter &p, const TimelinePainter &painter, const TimelineLayout &layout, qsizetype first,
        qsizetype last, const QPalette &palette) const;

    bool operator==(const TimelineSpotlight &) const = default;

private:
    QSet<QString> m_arrows;
    QSet<int> m_events; // EventKind values
    quint32 m_firstEvent = 0;
};

} // namespace SocketScope
