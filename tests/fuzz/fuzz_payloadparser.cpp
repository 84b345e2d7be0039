// Whatever a person types into the composer: the parser gives bytes or an error that points
// inside the text, never both, and never crashes.

#include "payload/payloadparser.h"

#include <QtCore/QString>

#include <cstddef>
#include <cstdint>

using namespace SocketScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the mode and the line ending; the rest is the typed text.
    const auto mode = PayloadMode(data[0] % 3);
    const auto ending = LineEnding((data[0] / 3) % 3);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const PayloadParser::Result result = PayloadParser::parse(text, mode, ending);
    if (result.error) {
        // A half-built payload must never go out, and the error must mark a real place.
        if (!result.bytes.isEmpty() || result.error.position < 0 || result.error.position > text.size()
            || result.error.length < 0 || result.error.position + result.error.length > text.size())
            __builtin_trap();
    } else if (mode == PayloadMode::Text && ending == LineEnding::None && result.bytes != text.toUtf8()) {
        __builtin_trap();
    }
    return 0;
}
