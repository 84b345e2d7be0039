// How fast the journal takes events and how small it keeps them, and how fast a recording is
// written and read back. Prints figures; never fails on a timing.

#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>

#include <cstdio>

using namespace SocketScope;

namespace {

constexpr qsizetype kEvents = 1'000'000;

// A plausible mix: many sockets, endpoints repeating, data events most common.
Event makeEvent(Journal &journal, qsizetype i, const std::vector<quint32> &endpoints)
{
    static constexpr EventKind kinds[]
        = {EventKind::DataSent, EventKind::DataReceived, EventKind::DataSent, EventKind::DataReceived,
            EventKind::State, EventKind::Segment, EventKind::Queue, EventKind::DatagramReceived};
    Event e;
    e.t = journal.now();
    e.kind = kinds[i % 8];
    e.source
        = e.kind == EventKind::State || e.kind == EventKind::Queue ? EventSource::Kernel : EventSource::Qt;
    e.socket = qint32(i % 500);
    e.proto = e.kind == EventKind::DatagramReceived ? Protocol::Udp : Protocol::Tcp;
    e.local = endpoints[size_t(i % 500)];
    e.remote = endpoints[size_t((i + 1) % 500)];
    e.value = i % 1400;
    if (e.kind == EventKind::State) {
        e.fromState = TcpState::Established;
        e.toState = TcpState::CloseWait;
    }
    if (e.kind == EventKind::Segment) {
        e.flags = FlagPsh | FlagAck;
        e.value2 = i;
        e.length = 100;
        e.window = 65535;
    }
    return e;
}

void print(const char *what, double value, const char *unit)
{
    std::printf("%-48s %14.1f %s\n", what, value, unit);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::printf("bench_journal: no temporary folder\n");
        return 0;
    }

    Journal journal;
    std::vector<quint32> endpoints;
    for (int i = 0; i < 500; ++i)
        endpoints.push_back(journal.intern(QStringLiteral("127.0.0.1:%1").arg(40000 + i)));

    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < kEvents; ++i)
        journal.append(makeEvent(journal, i, endpoints));
    const double appendSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("journal: %lld events\n", static_cast<long long>(journal.count()));
    print("append rate", double(kEvents) / appendSeconds, "events/s");
    print("append cost", appendSeconds * 1e9 / double(kEvents), "ns/event");
    print("memory (events + per-socket index) per event",
        double(journal.memoryBytes()) / double(journal.count()), "bytes/event");
    print("  of which the event record itself", double(sizeof(Event)), "bytes/event");

    const QString path = dir.filePath(QStringLiteral("bench.jsonl"));
    timer.restart();
    {
        RecordingWriter writer(&journal);
        if (!writer.open(path)) {
            std::printf("bench_journal: cannot write %s\n", qPrintable(path));
            return 0;
        }
        writer.close();
    }
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double fileBytes = double(QFileInfo(path).size());
    print("recording write rate", double(kEvents) / writeSeconds, "events/s");
    print("recording write throughput", fileBytes / writeSeconds / 1e6, "MB/s");
    print("recording size per event", fileBytes / double(kEvents), "bytes/event");

    Journal replayed;
    RecordingReader reader;
    timer.restart();
    const bool ok = reader.read(path, replayed);
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok || replayed.count() != kEvents) {
        std::printf("bench_journal: replay read %lld events (%s)\n", static_cast<long long>(replayed.count()),
            qPrintable(reader.fatalError()));
        return 0;
    }
    print("replay (read) rate", double(kEvents) / readSeconds, "events/s");
    print("replay (read) throughput", fileBytes / readSeconds / 1e6, "MB/s");
    return 0;
}
