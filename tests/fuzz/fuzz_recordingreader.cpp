// Any file handed to --replay: the reader loads what it can, reports damaged lines and never
// crashes.

#include "journal/journal.h"
#include "journal/recordingreader.h"

#include <QtCore/QBuffer>

#include <cstddef>
#include <cstdint>

using namespace SocketScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Journal journal;
    RecordingReader reader;
    const bool ok = reader.read(buffer, journal);
    // Whatever was read must be usable: every event and its strings can be looked at.
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        (void)journal.string(e.local).size();
        (void)journal.string(e.remote).size();
        (void)journal.string(e.text).size();
        (void)journal.payload(e.payload).size();
        if (e.socket >= 0)
            (void)journal.eventsOfSocket(e.socket).size();
    }
    if (!ok && reader.fatalError().isEmpty())
        __builtin_trap(); // a failed read always says why
    return 0;
}
