// How long the table models take to insert rows in batches, as they do live: 10,000 rows
// into the socket table (one socket per row) and into the event log (one event per row).
// Prints figures; never fails on a timing.

#include "journal/journal.h"
#include "models/eventlogmodel.h"
#include "models/sockettablemodel.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QSortFilterProxyModel>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace SocketScope;

namespace {

constexpr int kRows = 10'000;

// Appends the events that open one socket: socket_opened, bound, listening or connect.
void openSocket(Journal &journal, qint32 id)
{
    const quint32 local = journal.intern(QStringLiteral("127.0.0.1:%1").arg(20000 + id));
    const auto add = [&](EventKind kind) {
        Event e;
        e.t = journal.now();
        e.kind = kind;
        e.socket = id;
        e.proto = Protocol::Tcp;
        e.role = SocketRole::Client;
        e.local = local;
        journal.append(e);
    };
    add(EventKind::SocketOpened);
    add(EventKind::Bound);
    add(EventKind::ConnectStarted);
}

void appendEvent(Journal &journal, qint32 id)
{
    Event e;
    e.t = journal.now();
    e.kind = EventKind::DataReceived;
    e.source = EventSource::Qt;
    e.socket = id % 100;
    e.value = 100;
    journal.append(e);
}

template<typename Model, typename Fill> void measure(const char *name, int batchSize, bool sorted, Fill fill)
{
    Journal journal;
    Model model(&journal);
    // A view sorts through a proxy; measure that too, since it is what the window pays.
    QSortFilterProxyModel proxy;
    if (sorted) {
        proxy.setSourceModel(&model);
        proxy.sort(0);
    }
    std::vector<double> perBatch;
    int next = 0;
    QElapsedTimer total;
    qint64 modelNs = 0;
    total.start();
    while (next < kRows) {
        const int end = std::min(kRows, next + batchSize);
        for (; next < end; ++next)
            fill(journal, next);
        QElapsedTimer batch;
        batch.start();
        model.catchUp(); // what the batch timer does every 30 ms
        const qint64 ns = batch.nsecsElapsed();
        modelNs += ns;
        perBatch.push_back(double(ns) / 1000.0);
    }
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    std::sort(perBatch.begin(), perBatch.end());
    std::printf("%-18s %s batches of %4d rows: %5zu batches, per batch median %8.1f us, max %8.1f us; "
                "inserting %d rows %7.2f ms (with making the events %7.2f ms); rows %d\n",
        name, sorted ? "sorted proxy," : "no proxy,    ", batchSize, perBatch.size(),
        perBatch[perBatch.size() / 2], perBatch.back(), kRows, double(modelNs) / 1e6, totalMs,
        model.rowCount());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const bool sorted : {false, true}) {
        for (const int batch : {10, 100, 1000}) {
            measure<SocketTableModel>(
                "SocketTableModel", batch, sorted, [](Journal &j, int i) { openSocket(j, i); });
            measure<EventLogModel>(
                "EventLogModel", batch, sorted, [](Journal &j, int i) { appendEvent(j, i); });
        }
    }
    return 0;
}
