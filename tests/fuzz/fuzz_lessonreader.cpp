// Any lesson file: it loads, or it is refused with one sentence naming the problem; never a
// crash.

#include "lessons/lesson.h"

#include <QtCore/QByteArray>
#include <QtCore/QStringList>

#include <cstddef>
#include <cstdint>

using namespace SocketScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Lesson> lesson = Lesson::fromJson(json, {QStringLiteral("forward")}, &error);
    if (!lesson && error.isEmpty())
        __builtin_trap(); // a refused lesson always says why
    if (lesson) {
        for (int step = 0; step < lesson->steps.size(); ++step)
            (void)lesson->paceOf(step);
    }
    return 0;
}
