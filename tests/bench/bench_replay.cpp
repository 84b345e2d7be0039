// What reading a recording costs in time and peak memory, for ordinary and hostile files: each
// case is read in a child process so its peak resident size is its own. Prints figures; never
// fails on a timing or a size.

#include "journal/journal.h"
#include "journal/recordingreader.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

using namespace SocketScope;

namespace {

const QByteArray kHeader = QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":1}\n");

// Writes a recording made by `fill`, which appends to the file in pieces so that generating a
// large file does not itself need the whole file in memory.
bool writeFile(const QString &path, const std::function<void(QFile &)> &fill)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(kHeader);
    fill(file);
    return file.error() == QFile::NoError;
}

void oneHugeLine(QFile &file)
{
    file.write("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":1,\"note\":\"");
    const QByteArray block(1024 * 1024, 'x');
    for (int i = 0; i < 100; ++i)
        file.write(block);
    file.write("\"}\n{\"t\":2,\"kind\":\"closed\",\"source\":\"app\",\"socket\":1}\n");
}

void manyDamagedLines(QFile &file)
{
    // Five million lines of one byte each: 10 MB.
    QByteArray block;
    for (int i = 0; i < 100'000; ++i)
        block += "x\n";
    for (int i = 0; i < 50; ++i)
        file.write(block);
}

void ordinaryEvents(QFile &file)
{
    // About 10 MB of plausible events over 500 sockets.
    QByteArray block;
    for (int i = 0; i < 120'000; ++i) {
        block += "{\"t\":" + QByteArray::number(i * 1000)
            + ",\"kind\":\"data_sent\",\"source\":\"app\",\"socket\":" + QByteArray::number(i % 500)
            + ",\"proto\":\"tcp\",\"local\":\"127.0.0.1:" + QByteArray::number(40000 + i % 500)
            + "\",\"remote\":\"127.0.0.1:8080\",\"bytes\":" + QByteArray::number(i % 1400) + "}\n";
        if (block.size() > 1024 * 1024) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
}

void nearLimitLines(QFile &file)
{
    // Lines just under the limit, each with a note of its own: the most the journal can be made
    // to keep per byte of file, since every distinct note is kept once.
    const int noteBytes = int(RecordingReader::kMaxLineBytes) - 100;
    for (int i = 0; i < 10; ++i) {
        QByteArray note(noteBytes, char('a' + i));
        file.write("{\"t\":" + QByteArray::number(i)
            + ",\"kind\":\"bound\",\"source\":\"app\",\"socket\":1,\"note\":\"" + note + "\"}\n");
    }
}

struct Case
{
    const char *name;
    const char *file;
    std::function<void(QFile &)> fill;
};

// Reads `path` in a child process; prints what the child read, its time and its peak memory.
void measure(const char *name, const QString &path)
{
    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0)
        return;
    const pid_t child = ::fork();
    if (child < 0)
        return;
    if (child == 0) {
        ::close(pipeEnds[0]);
        QElapsedTimer timer;
        timer.start();
        Journal journal;
        RecordingReader reader;
        const bool ok = path.isEmpty() || reader.read(path, journal);
        double figures[4] = {double(timer.nsecsElapsed()) / 1e6, double(reader.eventsRead()),
            double(reader.damagedLines()), ok ? 1.0 : 0.0};
        const ssize_t written = ::write(pipeEnds[1], figures, sizeof figures);
        ::_exit(written == ssize_t(sizeof figures) ? 0 : 1);
    }
    ::close(pipeEnds[1]);
    double figures[4] = {};
    const ssize_t got = ::read(pipeEnds[0], figures, sizeof figures);
    ::close(pipeEnds[0]);
    int status = 0;
    rusage usage {};
    ::wait4(child, &status, 0, &usage);
    if (got != ssize_t(sizeof figures)) {
        std::printf("%-34s the child failed\n", name);
        return;
    }
    const double fileMb = path.isEmpty() ? 0.0 : double(QFileInfo(path).size()) / 1e6;
    std::printf("%-34s %9.1f MB file %10.0f ms %9.0f events %9.0f damaged %9.1f MB peak%s\n", name, fileMb,
        figures[0], figures[1], figures[2], double(usage.ru_maxrss) / 1024.0,
        figures[3] != 0.0 ? "" : "  (refused)");
}

} // namespace

int main()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const Case cases[] = {
        {"one 100 MB line", "huge-line.jsonl", oneHugeLine},
        {"5,000,000 damaged lines", "damaged.jsonl", manyDamagedLines},
        {"120,000 ordinary events", "ordinary.jsonl", ordinaryEvents},
        {"10 lines just under the limit", "near-limit.jsonl", nearLimitLines},
    };
    std::printf("Reading recordings (each in its own process; peak = its largest resident size)\n");
    measure("nothing read (the process alone)", QString());
    for (const Case &c : cases) {
        const QString path = dir.filePath(QLatin1StringView(c.file));
        if (!writeFile(path, c.fill)) {
            std::printf("%-34s could not write %s\n", c.name, qPrintable(path));
            continue;
        }
        measure(c.name, path);
        QFile::remove(path);
    }
    return 0;
}
