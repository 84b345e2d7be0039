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
        if (trySeek() || ++m_tries >= kTries) {
            m_retry.stop();
            m_index = -1;
        }
    });
}

void DrillPlayhead::show(qint64 index)
{
    m_index = index;
    m_tries = 0;
    if (trySeek()) {
        m_retry.stop();
        m_index = -1;
        return;
    }
    m_retry.start();
}

bool DrillPlayhead::trySeek()
{
    if (!m_timeline || m_index < 0)
        return false;
    const std::optional<qsizetype> position = positionOf(m_timeline->layout(), m_index);
    if (!position)
        return false;
    m_timeline->playback()->seek(double(*position));
    return true;
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
