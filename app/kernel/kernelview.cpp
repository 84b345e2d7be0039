#include "kernelview.h"

#include "combinedsource.h"

#include <algorithm>
#include <ctime>

namespace SocketScope {

namespace {

// CPU time this thread has used, system calls included: what a poll really costs, even when a
// busy machine makes it take longer on the wall clock. -1 where the clock is missing.
qint64 threadCpuNs()
{
    timespec now {};
    if (::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return -1;
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

KernelView::KernelView(std::unique_ptr<KernelSocketSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KernelView::onTimer);
    m_loadOver.setSingleShot(true);
    connect(&m_loadOver, &QTimer::timeout, this, [this] {
        // Started once per load, not again on every wake-up (hundreds a second): while wake-ups
        // still come, it waits on until just past the last one.
        const qint64 sinceLast = m_clock.elapsed() - m_lastWakeUpMs;
        if (sinceLast < kLoadOverMs) {
            m_loadOver.start(int(kLoadOverMs - sinceLast));
            return;
        }
        // A poll scheduled far off under the load comes sooner: the last of it is shown.
        if (m_running && m_timer.isActive() && m_timer.remainingTime() > currentIntervalMs())
            m_timer.start(currentIntervalMs());
    });
}

KernelView::~KernelView()
{
    {
        const std::lock_guard lock(m_requestMutex);
        m_quit = true;
    }
    m_requested.notify_one();
    if (m_reader.joinable())
        m_reader.join();
}

void KernelView::readerLoop()
{
    for (;;) {
        std::shared_ptr<std::vector<KernelSocket>> sockets;
        quint64 read = 0;
        std::optional<std::vector<quint16>> ports;
        {
            std::unique_lock lock(m_requestMutex);
            m_requested.wait(lock, [this] { return m_quit || m_request; });
            if (m_quit)
                return;
            sockets = std::exchange(m_request, nullptr);
            read = m_requestRead;
            ports = std::exchange(m_requestPorts, std::nullopt);
        }
        const qint64 cpuStart = threadCpuNs();
        QString error;
        bool ok = false;
        {
            const std::lock_guard lock(m_sourceMutex);
            if (m_source)
                ok = ports ? m_source->readPorts(*ports, *sockets, &error) : m_source->read(*sockets, &error);
        }
        const qint64 cpuEnd = threadCpuNs();
        const qint64 readNs = cpuStart >= 0 && cpuEnd >= cpuStart ? cpuEnd - cpuStart : 0;
        // Back on the view's thread; dropped if the view is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, sockets, read, ok, error, readNs] { take(std::move(*sockets), read, ok, error, readNs); },
            Qt::QueuedConnection);
    }
}

KernelSocketSource *KernelView::addSource(std::unique_ptr<KernelSocketSource> source)
{
    if (!source)
        return nullptr;
    const std::lock_guard lock(m_sourceMutex);
    KernelSocketSource *added = source.get();
    if (!m_source) {
        // Kept in a combination even alone, so it can be removed again.
        auto wrapper = std::make_unique<CombinedSource>();
        wrapper->add(std::move(source));
        m_source = std::move(wrapper);
        return added;
    }
    auto *combined = dynamic_cast<CombinedSource *>(m_source.get());
    if (!combined) {
        auto wrapper = std::make_unique<CombinedSource>();
        wrapper->add(std::move(m_source));
        combined = wrapper.get();
        m_source = std::move(wrapper);
    }
    // An added source is a lab host's network: all of it is the lab's.
    combined->add(std::move(source), true);
    return added;
}

void KernelView::removeSource(const KernelSocketSource *source)
{
    const std::lock_guard lock(m_sourceMutex);
    if (auto *combined = dynamic_cast<CombinedSource *>(m_source.get()))
        combined->remove(source);
}

void KernelView::setOwnPorts(const QObject *owner, std::function<std::vector<quint16>()> ownPorts)
{
    m_portsOwner = owner;
    m_ownPorts = std::move(ownPorts);
}

void KernelView::wantWholeMachine(const QObject *holder, bool want)
{
    m_wholeMachineHolders.removeAll(nullptr);
    m_wholeMachineHolders.removeAll(holder);
    if (want) {
        m_wholeMachineHolders.append(holder);
        wakeUp(); // show it soon
    }
}

bool KernelView::isFiltering() const
{
    if (!m_portsOwner || !m_ownPorts)
        return false;
    return std::none_of(m_wholeMachineHolders.cbegin(), m_wholeMachineHolders.cend(),
        [](const QPointer<const QObject> &holder) { return !holder.isNull(); });
}

QString KernelView::sourceName() const
{
    return m_source ? m_source->name() : QString();
}

void KernelView::start()
{
    if (!m_source)
        return;
    m_running = true;
    if (!m_reader.joinable())
        m_reader = std::thread([this] { readerLoop(); });
    if (!m_reading)
        m_timer.start(0);
}

void KernelView::stop()
{
    m_running = false;
    m_timer.stop();
}

void KernelView::wakeUp()
{
    if (!m_source)
        return;
    const qint64 nowMs = m_clock.elapsed();
    m_busyUntilMs = nowMs + kBusyPeriodMs;
    if (nowMs - m_wakeUpSecondStartMs >= 1000) {
        m_wakeUpSecondStartMs = nowMs;
        m_wakeUpsThisSecond = 0;
    }
    if (++m_wakeUpsThisSecond >= kLoadWakeUps)
        m_loadedUntilMs = nowMs + 1000;
    m_lastWakeUpMs = nowMs;
    if (isUnderLoad() && !m_loadOver.isActive())
        m_loadOver.start(kLoadOverMs);
    const int interval = currentIntervalMs();
    if (!m_timer.isActive() || m_timer.remainingTime() > interval)
        m_timer.start(interval);
}

int KernelView::currentIntervalMs() const
{
    const int base = m_clock.elapsed() < m_busyUntilMs ? kBusyIntervalMs : kIdleIntervalMs;
    const bool loaded = isUnderLoad();
    const qint64 floorMs = m_lastPollNs * (loaded ? kLoadCostFactor : kCostFactor) / 1'000'000;
    return int(qMax<qint64>(base, qMin<qint64>(floorMs, loaded ? kLoadMaxIntervalMs : kMaxIntervalMs)));
}

bool KernelView::isUnderLoad() const
{
    return m_clock.elapsed() < m_loadedUntilMs;
}

bool KernelView::poll()
{
    if (!m_source)
        return false;
    const qint64 cpuStart = threadCpuNs();
    QString error;
    bool ok = false;
    std::vector<KernelSocket> sockets = std::move(m_spare);
    const quint64 read = ++m_readsStarted;
    {
        const std::lock_guard lock(m_sourceMutex);
        ok = m_source->read(sockets, &error);
    }
    const qint64 cpuEnd = threadCpuNs();
    adoptList(
        std::move(sockets), read, ok, error, cpuStart >= 0 && cpuEnd >= cpuStart ? cpuEnd - cpuStart : 0);
    return ok;
}

void KernelView::adoptList(
    std::vector<KernelSocket> &&sockets, quint64 read, bool ok, const QString &error, qint64 readNs)
{
    if (read < m_listRead) {
        // A direct poll overtook this read: the list held now is newer.
        m_spare = std::move(sockets);
        return;
    }
    const qint64 cpuStart = threadCpuNs();
    m_spare = std::move(m_sockets);
    m_sockets = std::move(sockets);
    m_listRead = read;
    ++m_polls;
    m_lastError = ok ? QString() : error;
    m_byInode.clear();
    m_byTuple.clear();
    m_tupleIndexValid = false;
    m_byInode.reserve(qsizetype(m_sockets.size()));
    for (qsizetype i = 0; i < qsizetype(m_sockets.size()); ++i) {
        const KernelSocket &socket = m_sockets[size_t(i)];
        if (socket.inode)
            m_byInode.insert(socket.inode, i);
    }
    emit polled();
    const qint64 cpuEnd = threadCpuNs();
    // The cost of a poll is the read (on whichever thread) and the work on this one: the
    // interval keeps it all under 1/kCostFactor of a core.
    m_lastPollNs = readNs + (cpuStart >= 0 && cpuEnd >= cpuStart ? cpuEnd - cpuStart : 0);
}

void KernelView::buildTupleIndex() const
{
    if (m_tupleIndexValid)
        return;
    m_tupleIndexValid = true;
    m_byTuple.reserve(qsizetype(m_sockets.size()));
    for (qsizetype i = 0; i < qsizetype(m_sockets.size()); ++i) {
        const KernelSocket &socket = m_sockets[size_t(i)];
        // A request socket (NEW_SYN_RECV) shares its tuple with the socket it becomes;
        // the full socket wins.
        const SocketTuple key = socket.tuple();
        if (socket.state != TcpState::NewSynRecv || !m_byTuple.contains(key))
            m_byTuple.insert(key, i);
    }
}

const KernelSocket *KernelView::findByInode(quint64 inode) const
{
    const auto it = m_byInode.constFind(inode);
    return it == m_byInode.cend() ? nullptr : &m_sockets[size_t(*it)];
}

const KernelSocket *KernelView::findByTuple(const QByteArray &key) const
{
    SocketTuple tuple;
    return tuple.assign(key) ? findByTuple(tuple) : nullptr;
}

const KernelSocket *KernelView::findByTuple(const SocketTuple &tuple) const
{
    buildTupleIndex();
    const auto it = m_byTuple.constFind(tuple);
    return it == m_byTuple.cend() ? nullptr : &m_sockets[size_t(*it)];
}

int KernelView::waitingForAccept(Protocol proto, const QHostAddress &address, quint16 port) const
{
    int count = 0;
    for (const KernelSocket &socket : m_sockets) {
        if (socket.proto == proto && socket.inode == 0 && socket.localPort == port
            && socket.state == TcpState::Established
            && (address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv6
                || socket.localAddress.isEqual(address, QHostAddress::TolerantConversion)))
            ++count;
    }
    return count;
}

void KernelView::onTimer()
{
    if (m_reading || !m_source)
        return; // the read under way schedules the next
    m_reading = true;
    std::optional<std::vector<quint16>> ports;
    if (isFiltering()) {
        ports = m_ownPorts();
        std::sort(ports->begin(), ports->end());
        ports->erase(std::unique(ports->begin(), ports->end()), ports->end());
    }
    {
        const std::lock_guard lock(m_requestMutex);
        m_request = std::make_shared<std::vector<KernelSocket>>(std::move(m_spare));
        m_requestRead = ++m_readsStarted;
        m_requestPorts = std::move(ports);
    }
    m_requested.notify_one();
}

void KernelView::take(
    std::vector<KernelSocket> &&sockets, quint64 read, bool ok, const QString &error, qint64 readNs)
{
    m_reading = false;
    adoptList(std::move(sockets), read, ok, error, readNs);
    if (m_running)
        m_timer.start(currentIntervalMs());
}

} // namespace SocketScope
