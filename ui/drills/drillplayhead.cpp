#include "drillplayhead.h"

#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"

namespace SocketScope {

DrillPlayhead::DrillPlayhead(TimelinePanel *timeline, QObject *parent)
    : QObject(parent)
    , m_timeline(timeline)
{
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_index >= 0) {
            if (!trySeek() && ++m_tries >= kTries) {
                m_retry.stop();
                m_index = -1;
            }
            return;
        }
        if (!follow() || ++m_tries >= kFollowTries) {
            m_retry.stop();
            m_followed = -1;
        }
    });
}

void DrillPlayhead::show(qint64 index)
{
    m_index = index;
    m_followed = -1;
    m_tries = 0;
    trySeek();
    m_retry.start();
}

bool DrillPlayhead::trySeek()
{
    if (!m_timeline || m_index < 0)
        return false;
    const std::optional<qsizetype> position = positionOf(m_timeline->layout(), m_index);
    if (!position)
        return false;
    m_followed = m_index;
    m_index = -1;
    m_tries = 0;
    m_rereads = m_timeline->layout().rereads();
    seekTo(*position);
    return true;
}

bool DrillPlayhead::follow()
{
    if (!m_timeline || m_followed < 0)
        return false;
    const TimelinePlayback *playback = m_timeline->playback();
    if (playback->isLive() || playback->isPlaying() || playback->target() != m_sought)
        return false;
    const TimelineLayout &layout = m_timeline->layout();
    if (layout.rereads() == m_rereads)
        return true;
    // Found by the event it is, not by its old step number. Not drawn again yet (the newest
    // stretch is held back a moment): the next look finds it.
    const std::optional<qsizetype> position = positionOf(layout, m_followed);
    if (!position)
        return true;
    m_rereads = layout.rereads();
    seekTo(*position);
    return true;
}

void DrillPlayhead::seekTo(qsizetype position)
{
    TimelinePlayback *playback = m_timeline->playback();
    playback->seek(double(position));
    m_sought = playback->target();
}

std::optional<qsizetype> DrillPlayhead::positionOf(const TimelineLayout &layout, qint64 index)
{
    const Journal &journal = layout.journal();
    if (index < 0 || index >= journal.count())
        return std::nullopt;
    const std::vector<TimelineItem> &items = layout.items();
    for (size_t i = 0; i < items.size(); ++i) {
        if (qint64(items[i].event) == index)
            return qsizetype(i) + 1;
    }
    // No item of its own: once the layout has drawn past its moment, stop just after it.
    const qint64 t = journal.at(index).t;
    if (items.empty() || items.back().t <= t)
        return std::nullopt;
    return layout.firstItemAtOrAfter(t + 1);
}

} // namespace SocketScope
