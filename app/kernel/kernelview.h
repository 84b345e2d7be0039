#pragma once

#include "kernelsocketsource.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace SocketScope {

// What the kernel says about sockets, polled. Polling is slow when nothing happens and fast
// for a short while after the lab does something, so a handshake's states are caught without
// paying for fast polling all the time.
class KernelView : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleIntervalMs = 250;
    static constexpr int kBusyIntervalMs = 10;
    static constexpr int kBusyPeriodMs = 600;
    // The kernel lists every socket of the machine, not only the lab's, so one poll can cost
    // milliseconds on a busy machine. The interval is stretched so that polling never takes
    // more than 1/kCostFactor of one core (2.5%), however many sockets there are.
    static constexpr int kCostFactor = 40;
    // ...but never so far that a closed socket lingers in the tables for long.
    static constexpr int kMaxIntervalMs = 2000;
    // Under a load (the lab asking for kLoadWakeUps polls or more within a second: hundreds of
    // connections coming and going) fast polling catches no single handshake anyway, and the
    // states of thousands of sockets are read and applied on every poll. Then polling takes at
    // most 1/kLoadCostFactor of a core (0.5%), and up to kLoadMaxIntervalMs apart (a dump of
    // 6,000 sockets costs some 30 ms), until a second after the load has passed; then the
    // usual pace comes back at once, so the tables are right soon after the load stops.
    static constexpr int kLoadWakeUps = 50;
    static constexpr int kLoadCostFactor = 200;
    static constexpr int kLoadMaxIntervalMs = 5000;

    explicit KernelView(std::unique_ptr<KernelSocketSource> source, QObject *parent = nullptr);
    ~KernelView() override;

    bool isAvailable() const { return m_source != nullptr; }
    // Lists more sockets from now on (a lab host's own network); its sockets join every poll.
    // Returns the source, to remove it again later.
    KernelSocketSource *addSource(std::unique_ptr<KernelSocketSource> source);
    // Stops reading `source` (and closes it), e.g. when a lab network goes away.
    void removeSource(const KernelSocketSource *source);
    QString sourceName() const;
    QString lastError() const { return m_lastError; }

    // The app's own sockets: `ownPorts` gives their local ports (0 for one that has none yet,
    // see KernelSocketSource::readPorts), and is called on this thread
    // before each read on the timer while `owner` exists. Those reads then ask the kernel only
    // for sockets on these ports and clients still connecting: what the lab shows (states,
    // TIME_WAIT, SYN_RECV and the accept queues of its listeners), without the thousands of
    // other programs' sockets a busy machine holds.
    void setOwnPorts(const QObject *owner, std::function<std::vector<quint16>()> ownPorts);
    // While `holder` wants it (a page listing every port in use on the machine is on screen),
    // reads on the timer list every socket again. Ends when `holder` is destroyed.
    void wantWholeMachine(const QObject *holder, bool want);
    // True when reads on the timer ask for the own ports only.
    bool isFiltering() const;

    // Polls on a timer. The kernel's list is read on a thread of its own, so a machine with
    // thousands of sockets does not hold up the window; the result is taken in on this thread.
    void start();
    void stop();
    // Poll soon, and keep polling fast for kBusyPeriodMs.
    void wakeUp();
    // Reads the kernel's whole list now, on the calling thread.
    bool poll();

    const std::vector<KernelSocket> &sockets() const { return m_sockets; }
    const KernelSocket *findByInode(quint64 inode) const;
    const KernelSocket *findByTuple(const QByteArray &key) const;
    const KernelSocket *findByTuple(const SocketTuple &tuple) const;
    // Sockets the kernel completed for a listener that no process has accepted yet.
    int waitingForAccept(Protocol proto, const QHostAddress &address, quint16 port) const;

    qint64 polls() const { return m_polls; }
    // Every read of the kernel's list gets the next number when it starts. A list read before
    // something happened must not be taken as news about it: compare readsStarted() at that
    // moment with listRead() of a later list.
    quint64 readsStarted() const { return m_readsStarted; }
    // The number of the read the current list came from.
    quint64 listRead() const { return m_listRead; }
    // The CPU time the last poll took (wall time where that clock is missing), and the
    // interval the timer uses now.
    qint64 lastPollNs() const { return m_lastPollNs; }
    int currentIntervalMs() const;
    // True while the lab is under a load (see kLoadWakeUps).
    bool isUnderLoad() const;

signals:
    void polled();

private:
    void onTimer();
    void buildTupleIndex() const;
    // Takes in a list read by the reading thread.
    void take(
        std::vector<KernelSocket> &&sockets, quint64 read, bool ok, const QString &error, qint64 readNs);
    // Makes `sockets` (from read number `read`) the current list, indexes it and tells the
    // listeners. A list older than the current one is only recycled.
    void adoptList(
        std::vector<KernelSocket> &&sockets, quint64 read, bool ok, const QString &error, qint64 readNs);

    std::unique_ptr<KernelSocketSource> m_source;
    std::vector<KernelSocket> m_sockets;
    QHash<quint64, qsizetype> m_byInode;
    // Built on the first lookup after a poll: most polls only need the inode index.
    mutable QHash<SocketTuple, qsizetype> m_byTuple;
    mutable bool m_tupleIndexValid = false;
    qint64 m_lastPollNs = 0;
    QTimer m_timer;
    qint64 m_busyUntilMs = 0;
    qint64 m_wakeUpSecondStartMs = 0; // wake-ups are counted per second from here
    int m_wakeUpsThisSecond = 0;
    qint64 m_loadedUntilMs = -1;
    QTimer m_loadOver; // fires a second after the last wake-up of a load
    static constexpr int kLoadOverMs = 1100; // just past the load's end (isUnderLoad)
    qint64 m_lastWakeUpMs = 0;
    QElapsedTimer m_clock;
    QString m_lastError;
    qint64 m_polls = 0;
    quint64 m_readsStarted = 0;
    quint64 m_listRead = 0;
    void readerLoop();

    // Held while a source reads, and while sources are added or removed.
    std::mutex m_sourceMutex;
    // The reading thread: a plain thread with no event loop of its own, so starting it needs
    // no descriptors (a program out of them still polls).
    std::thread m_reader;
    std::mutex m_requestMutex;
    std::condition_variable m_requested;
    std::shared_ptr<std::vector<KernelSocket>> m_request; // set: read into it
    quint64 m_requestRead = 0; // its read number
    std::optional<std::vector<quint16>> m_requestPorts; // set: only these ports
    QPointer<const QObject> m_portsOwner;
    std::function<std::vector<quint16>()> m_ownPorts;
    QList<QPointer<const QObject>> m_wholeMachineHolders;
    bool m_quit = false;
    bool m_reading = false;
    bool m_running = false;
    std::vector<KernelSocket> m_spare; // the previous list's memory, reused
};

} // namespace SocketScope
