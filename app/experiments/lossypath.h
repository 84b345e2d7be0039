#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <random>

namespace SocketScope {

class Journal;

// The damage a relay does on purpose, because loopback never loses a packet. Datagrams
// (UDP) may be dropped, sent twice, held back so the next one overtakes them, or delayed;
// byte streams (TCP) keep every byte in order and are only delayed and slowed down, which is
// all a lossy network can do to TCP as its application sees it. Every decision comes from a
// seeded std::mt19937, so a seed replays the same decisions, and every action is journalled
// as an `impaired` event.
class LossyPath : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        double dropRate = 0; // 0..1, per datagram
        double duplicateRate = 0;
        double reorderRate = 0;
        double delayRate = 0;
        int delayMs = 0; // for delayed datagrams, and for every TCP chunk
        qint64 bytesPerSecond = 0; // TCP only; 0: no limit
        quint32 seed = 1;
    };

    struct Counts
    {
        qint64 received = 0; // datagrams or chunks that came in
        qint64 delivered = 0; // datagrams or chunks that went out (duplicates count twice)
        qint64 dropped = 0;
        qint64 duplicated = 0;
        qint64 reordered = 0;
        qint64 delayed = 0;
        qint64 throttled = 0; // TCP pieces held back by the byte rate
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
    };

    using Deliver = std::function<void(const QByteArray &)>;

    // The time a held-back datagram waits for one to overtake it before it goes anyway.
    static constexpr int kReorderHoldMs = 300;

    LossyPath(Journal *journal, const Settings &settings, QObject *parent = nullptr);

    // New settings start the decisions again from the seed.
    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }

    // One datagram that `socket` received, on its way to `to` (ip:port, for the journal).
    void passDatagram(qint32 socket, const QByteArray &datagram, const QString &to, const Deliver &deliver);
    // Bytes of a TCP stream that `socket` read; they leave in order, delayed and throttled.
    void passBytes(qint32 socket, const QByteArray &bytes, Deliver deliver);
    // Bytes of `socket`'s stream still held back.
    qint64 pendingBytes(qint32 socket) const;
    void forget(qint32 socket);

    const Counts &counts() const { return m_counts; }

signals:
    void countsChanged();
    // Everything `socket`'s stream held back has gone out.
    void drained(qint32 socket);

private:
    struct Held
    {
        qint32 socket = -1;
        QByteArray data;
        QString to;
        Deliver deliver;
    };
    struct Chunk
    {
        qint64 dueMs = 0;
        QByteArray data;
        Deliver deliver;
    };
    struct Stream
    {
        std::deque<Chunk> chunks;
        double allowance = 0; // bytes the rate lets out now
    };

    double roll();
    void journal(quint8 action, qint32 socket, qsizetype bytes, qint64 delayMs, const QString &to, bool udp);
    void send(const Deliver &deliver, const QByteArray &data);
    void releaseHeld();
    void onTick();

    Journal *m_journal;
    Settings m_settings;
    std::mt19937 m_random;
    Counts m_counts;
    std::optional<Held> m_held;
    QTimer m_holdTimer;
    std::map<qint32, Stream> m_streams;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    bool m_ticking = false;
};

} // namespace SocketScope
