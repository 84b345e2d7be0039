#include "lossypath.h"

#include "journal/journal.h"

namespace SocketScope {

namespace {

constexpr int kTickMs = 50;

} // namespace

LossyPath::LossyPath(Journal *journal, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &LossyPath::releaseHeld);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &LossyPath::onTick);
    m_clock.start();
    setSettings(settings);
}

void LossyPath::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_random.seed(settings.seed);
    m_counts = {};
    emit countsChanged();
}

double LossyPath::roll()
{
    // Not std::uniform_real_distribution: its output may differ between standard libraries,
    // and a seed should mean the same demo everywhere.
    return double(m_random()) / 4294967296.0;
}

void LossyPath::journal(
    quint8 action, qint32 socket, qsizetype bytes, qint64 delayMs, const QString &to, bool udp)
{
    if (!m_journal)
        return;
    Event e;
    e.t = m_journal->now();
    e.kind = EventKind::Impaired;
    e.source = EventSource::App;
    e.socket = socket;
    e.proto = udp ? Protocol::Udp : Protocol::Tcp;
    e.flags = action;
    e.value = delayMs;
    e.length = quint32(bytes);
    if (!to.isEmpty())
        e.remote = m_journal->intern(to);
    m_journal->append(e);
}

void LossyPath::send(const Deliver &deliver, const QByteArray &data)
{
    ++m_counts.delivered;
    m_counts.bytesOut += data.size();
    deliver(data);
    emit countsChanged();
}

void LossyPath::passDatagram(
    qint32 socket, const QByteArray &datagram, const QString &to, const Deliver &deliver)
{
    ++m_counts.received;
    m_counts.bytesIn += datagram.size();
    // Four rolls every time, whatever they decide, so the n-th datagram always meets the
    // same numbers for a given seed.
    const bool drop = roll() < m_settings.dropRate;
    const bool duplicate = roll() < m_settings.duplicateRate;
    const bool reorder = roll() < m_settings.reorderRate;
    const bool delay = roll() < m_settings.delayRate && m_settings.delayMs > 0;

    if (drop) {
        ++m_counts.dropped;
        journal(quint8(ImpairmentAction::Drop), socket, datagram.size(), 0, to, true);
        emit countsChanged();
        return;
    }
    const int copies = duplicate ? 2 : 1;
    if (duplicate) {
        ++m_counts.duplicated;
        journal(quint8(ImpairmentAction::Duplicate), socket, datagram.size(), 0, to, true);
    }
    if (reorder) {
        // Only one datagram waits at a time; one already waiting goes first.
        releaseHeld();
        ++m_counts.reordered;
        journal(quint8(ImpairmentAction::Reorder), socket, datagram.size(), 0, to, true);
        m_held = Held {socket, datagram, to, deliver};
        if (copies == 2)
            send(deliver, datagram);
        m_holdTimer.start(kReorderHoldMs);
        emit countsChanged();
        return;
    }
    if (delay) {
        ++m_counts.delayed;
        journal(quint8(ImpairmentAction::Delay), socket, datagram.size(), m_settings.delayMs, to, true);
        QTimer::singleShot(m_settings.delayMs, this, [this, deliver, datagram, copies] {
            for (int i = 0; i < copies; ++i)
                send(deliver, datagram);
        });
        emit countsChanged();
        return;
    }
    for (int i = 0; i < copies; ++i)
        send(deliver, datagram);
    // The held datagram goes right after this one: it has been overtaken.
    releaseHeld();
}

void LossyPath::releaseHeld()
{
    m_holdTimer.stop();
    if (!m_held)
        return;
    const Held held = std::move(*m_held);
    m_held.reset();
    send(held.deliver, held.data);
}

void LossyPath::passBytes(qint32 socket, const QByteArray &bytes, Deliver deliver)
{
    ++m_counts.received;
    m_counts.bytesIn += bytes.size();
    Stream &stream = m_streams[socket];
    if (m_settings.delayMs <= 0 && m_settings.bytesPerSecond <= 0 && stream.chunks.empty()) {
        send(deliver, bytes);
        return;
    }
    if (m_settings.delayMs > 0) {
        ++m_counts.delayed;
        journal(quint8(ImpairmentAction::Delay), socket, bytes.size(), m_settings.delayMs, {}, false);
    }
    stream.chunks.push_back({m_clock.elapsed() + qMax(0, m_settings.delayMs), bytes, std::move(deliver)});
    if (!m_tick.isActive()) {
        m_lastTickMs = m_clock.elapsed();
        m_tick.start();
    }
    emit countsChanged();
}

qint64 LossyPath::pendingBytes(qint32 socket) const
{
    const auto it = m_streams.find(socket);
    if (it == m_streams.end())
        return 0;
    qint64 bytes = 0;
    for (const Chunk &chunk : it->second.chunks)
        bytes += chunk.data.size();
    return bytes;
}

void LossyPath::forget(qint32 socket)
{
    // Delivering may call back here (a send that fails closes a leg); the tick loop keeps
    // its place, so the stream is emptied now and erased after the loop.
    const auto it = m_streams.find(socket);
    if (it == m_streams.end())
        return;
    it->second.chunks.clear();
    if (!m_ticking)
        m_streams.erase(it);
}

void LossyPath::onTick()
{
    const qint64 nowMs = m_clock.elapsed();
    const qint64 elapsedMs = nowMs - m_lastTickMs;
    m_lastTickMs = nowMs;
    const qint64 rate = m_settings.bytesPerSecond;
    std::vector<qint32> drainedStreams;
    m_ticking = true;
    for (auto &[socket, stream] : m_streams) {
        if (stream.chunks.empty())
            continue;
        if (rate > 0) {
            // At most a tenth of a second's worth saved up, so a pause is not followed by a burst.
            stream.allowance = qMin(
                stream.allowance + double(rate) * double(elapsedMs) / 1000.0, qMax(double(rate) / 10.0, 1.0));
        }
        while (!stream.chunks.empty() && stream.chunks.front().dueMs <= nowMs) {
            Chunk &front = stream.chunks.front();
            if (rate <= 0) {
                const Chunk chunk = std::move(front);
                stream.chunks.pop_front();
                send(chunk.deliver, chunk.data);
                continue;
            }
            const qsizetype allowed = qsizetype(stream.allowance);
            if (allowed <= 0)
                break;
            const qsizetype take = qMin(allowed, front.data.size());
            const QByteArray piece = front.data.first(take);
            const Deliver deliver = front.deliver;
            stream.allowance -= double(take);
            ++m_counts.throttled;
            journal(quint8(ImpairmentAction::Throttle), socket, take, nowMs - front.dueMs, {}, false);
            if (take == front.data.size())
                stream.chunks.pop_front();
            else
                front.data.remove(0, take);
            send(deliver, piece);
        }
        if (stream.chunks.empty())
            drainedStreams.push_back(socket);
    }
    m_ticking = false;
    bool anyLeft = false;
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (it->second.chunks.empty()) {
            it = m_streams.erase(it);
        } else {
            anyLeft = true;
            ++it;
        }
    }
    if (!anyLeft)
        m_tick.stop();
    for (const qint32 socket : drainedStreams)
        emit drained(socket);
}

} // namespace SocketScope
