#pragma once

#include "timeline/timelineitem.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QPalette>

#include <limits>
#include <unordered_map>
#include <vector>

class QPainter;

namespace SocketScope {

class TimelineLayout;
class TimelinePainter;

// The kernel's own numbers for each TCP socket (the journal's tcp_info events), drawn as thin
// strips along the bottom of the socket's lane: the congestion window, the segments in
// flight and the round-trip time, each scaled to its own largest value on that lane, with a
// mark on the lane wherever the kernel counted a segment sent again. Reads the journal once
// per update(), and draws with any TimelinePainter's geometry (an export, or a view).
class TcpInfoStrips
{
    Q_DECLARE_TR_FUNCTIONS(TcpInfoStrips)

public:
    struct Sample
    {
        qint64 t = 0;
        double cwnd = -1; // segments
        double inFlight = -1; // segments
        double rttMs = -1;
        qint64 retransmissions = -1;
    };
    // The three strips, top to bottom.
    enum class Series { Cwnd, InFlight, Rtt };

    explicit TcpInfoStrips(const TimelineLayout &layout);

    // Takes in the journal's tcp_info events appended since the last call.
    void update();
    // The samples of `lane`, oldest first; empty for a lane with none.
    const std::vector<Sample> &samples(LaneId lane) const;
    bool isEmpty() const { return m_samples.empty(); }

    // When the kernel had counted more segments sent again than at the reading before (ns).
    static std::vector<qint64> retransmissionTimes(const std::vector<Sample> &samples);

    // Draws the strips of the lanes `painter` shows, for samples up to `until` (ns).
    void paint(QPainter &p, const TimelinePainter &painter, const QPalette &palette,
        qint64 until = std::numeric_limits<qint64>::max()) const;

    static QString seriesName(Series series);

private:
    double xOfTime(const TimelinePainter &painter, qint64 t) const;

    const TimelineLayout &m_layout;
    qsizetype m_read = 0;
    std::unordered_map<LaneId, std::vector<Sample>> m_samples;
};

} // namespace SocketScope
