#pragma once

#include "timeline/timelineitem.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLineF>
#include <QtCore/QList>
#include <QtCore/QPointF>
#include <QtGui/QColor>
#include <QtGui/QPalette>

class QFont;

#include <array>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

class QPainter;

namespace SocketScope {

class TimelineLayout;
class TimelinePainter;

// The kernel's own numbers for each TCP socket (the journal's tcp_info events), drawn as thin
// strips along the bottom of the socket's lane: the congestion window, the segments in
// flight and the round-trip time, each scaled to its own largest value on that lane, with a
// mark on the lane wherever the kernel counted a segment sent again. update() reads only the
// journal's new events, and draws with any TimelinePainter's geometry (an export, or a view).
//
// Samples are kept by socket, not by lane: a layout that reads the session again numbers its
// lanes anew, and a live layout holds its newest events back while the strips read them.
class TcpInfoStrips
{
    Q_DECLARE_TR_FUNCTIONS(TcpInfoStrips)

public:
    struct Sample
    {
        qint64 t = 0;
        double cwnd = -1; // segments
        double inFlight = -1; // segments
        qint64 bytesInFlight = -1; // data bytes sent and not yet acknowledged
        double rttMs = -1;
        qint64 retransmissions = -1;
        // The largest cwnd, in-flight and RTT of the lane up to this sample, so a strip scales
        // to what is shown so far without walking every sample before it.
        std::array<double, 3> most {0, 0, 0};
        // The kernel had counted more segments sent again than at any reading before.
        bool resent = false;
    };
    // The three strips, top to bottom.
    enum class Series { Cwnd, InFlight, Rtt };

    explicit TcpInfoStrips(const TimelineLayout &layout);

    // Takes in the journal's tcp_info events appended since the last call; true when any came.
    bool update();
    // The samples of `lane`, oldest first; empty for a lane with none.
    const std::vector<Sample> &samples(LaneId lane) const;
    bool isEmpty() const { return m_tracks.empty(); }
    // Grows with every sample taken in, for a view's cache.
    quint64 revision() const { return m_revision; }
    // Lanes with at least one sample among those the layout has now.
    qsizetype laneCount() const;

    // When the kernel had counted more segments sent again than at the reading before (ns).
    static std::vector<qint64> retransmissionTimes(const std::vector<Sample> &samples);

    // Samples after the last revealed item are drawn only when everything is revealed.
    static qint64 revealedUntil(const TimelineLayout &layout, qsizetype revealed);

    // In a view the strips keep below the labels under the markers: the view gives each lane
    // laneRoom() more height, so they find room there instead of covering the words, and the
    // key in the head clears the head's three lines.
    void setClearOfMarkerLabels(bool clear) { m_clearOfLabels = clear; }
    static double laneRoom(qreal scale) { return 24 * scale; }
    // The least height of the three strips together (before the presentation scale).
    static constexpr double kMinimumHeight = 15;

    // Draws the strips of the lanes `painter` shows, for samples up to `until` (ns).
    void paint(QPainter &p, const TimelinePainter &painter, const QPalette &palette,
        qint64 until = std::numeric_limits<qint64>::max()) const;
    // The two halves of paint(): the strips and marks in the plot (a view draws them under the
    // arrows and their labels), and the key in the lane heads (over the heads).
    void paintStrips(QPainter &p, const TimelinePainter &painter, const QPalette &palette,
        qint64 until = std::numeric_limits<qint64>::max()) const;
    void paintKey(QPainter &p, const TimelinePainter &painter, const QPalette &palette,
        qint64 until = std::numeric_limits<qint64>::max()) const;
    // Whether any lane has a segment sent again by `until` (the key then explains the cross).
    bool anyResent(qint64 until = std::numeric_limits<qint64>::max()) const;
    // The key, one line for the whole plot: each number's name in its colour.
    static std::vector<std::pair<QString, QColor>> keyWords(const QPalette &palette, bool resent);
    static double keyWidth(const QFont &font, bool resent);
    static void paintKeyLine(
        QPainter &p, const QPointF &baselineStart, const QFont &font, const QPalette &palette, bool resent);

    // The numbers at `pos` on a strip, in words ("cwnd 17 segments, RTT 20 ms, 3 in flight");
    // empty where `pos` is on no strip.
    QString textAt(const TimelinePainter &painter, const QPointF &pos,
        qint64 until = std::numeric_limits<qint64>::max()) const;
    // The sample drawn at `x` on `lane` (-1: none), as the step line shows it.
    qsizetype sampleAt(const TimelinePainter &painter, LaneId lane, double x,
        qint64 until = std::numeric_limits<qint64>::max()) const;

    static QString seriesName(Series series);
    static QString describe(const Sample &sample);

private:
    struct Band
    {
        double top = 0;
        double bottom = 0;
    };
    // Where the strips of `lane` go; false where there is no room for them.
    bool bandOf(const TimelinePainter &painter, LaneId lane, Band *band) const;
    // The third of a lane's band that one number's strip takes, top to bottom.
    static Band seriesBand(const Band &band, Series which);
    double xOfTime(const TimelinePainter &painter, qint64 t) const;
    // Where time `t` goes, given the first item at or after it.
    double xBetweenItems(const TimelinePainter &painter, qint64 t, qsizetype after) const;
    struct Track
    {
        std::vector<Sample> samples;
        qint64 firstResent = std::numeric_limits<qint64>::max();
        qint64 mostRetransmissions = 0;
    };
    const Track *trackOf(LaneId lane) const;

    const TimelineLayout &m_layout;
    qsizetype m_read = 0;
    quint64 m_revision = 0;
    bool m_clearOfLabels = false;
    mutable std::vector<double> m_xs; // the x of each reading drawn, reused between lanes
    // The time of the first item at or right of each pixel column of the plot, for one paint.
    void fillColumnTimes(const TimelinePainter &painter, qsizetype firstItem) const;
    mutable std::vector<qint64> m_columnTimes;
    mutable QList<QLineF> m_crosses;
    // Where a lane has more readings than pixels: a vertical stroke per column of the readings
    // [begin, end) of one number, into `lines`; m_xs holds their columns.
    void columnStrokes(std::vector<Sample>::const_iterator begin, std::vector<Sample>::const_iterator end,
        Series which, double bottom, double pixelsPerUnit, double tail, QList<QLineF> *lines) const;
    // Where the line of the last reading shown (at `lastT`) ends.
    double tailX(const TimelinePainter &painter, qint64 lastT, qint64 until) const;
    mutable std::array<QList<QLineF>, 3> m_columnLines;
    std::unordered_map<qint32, Track> m_tracks; // by socket
};

} // namespace SocketScope
