#include "lessontopics.h"

#include "lessons/lesson.h"

#include <array>

namespace SocketScope {

namespace {

struct TopicOfLessons
{
    const char *title;
    std::array<const char *, 7> ids; // unused places are null
};

// The built-in lessons by topic. A new built-in lesson belongs in one of these rows.
const TopicOfLessons kTopics[] = {
    {QT_TRANSLATE_NOOP("LessonTopics", "Ports"), {"ports-and-ranges", "ephemeral-ports"}},
    {QT_TRANSLATE_NOOP("LessonTopics", "Sockets and TCP"),
        {"call-sequence", "three-way-handshake", "accept-and-backlog", "four-way-close", "socket-identity",
            "socket-pair", "look-back-handshake"}},
    {QT_TRANSLATE_NOOP("LessonTopics", "UDP"), {"stream-vs-datagram", "udp-one-to-many"}},
    {QT_TRANSLATE_NOOP("LessonTopics", "Addresses and routers"), {"port-forwarding", "home-router"}},
    // What the kernel's TCP does underneath: socket options, resets, timers.
    {QT_TRANSLATE_NOOP("LessonTopics", "Inside TCP"),
        {"close-versus-abort", "lost-packets", "slow-reader", "nagle-small-writes", "slow-start"}},
};

int topicOf(const QString &id)
{
    int index = 0;
    for (const TopicOfLessons &topic : kTopics) {
        for (const char *known : topic.ids) {
            if (known && id == QLatin1StringView(known))
                return index;
        }
        ++index;
    }
    return -1;
}

} // namespace

QList<LessonTopics::Topic> LessonTopics::group(const QList<Lesson> &lessons, const QString &language)
{
    QList<Topic> topics;
    for (const TopicOfLessons &topic : kTopics)
        topics.append({tr(topic.title), {}});
    Topic more {tr("More lessons"), {}};
    int number = 0;
    for (const Lesson &lesson : lessons) {
        const Entry entry {lesson.id, lesson.title.in(language), ++number};
        const int index = topicOf(lesson.id);
        (index >= 0 ? topics[index] : more).lessons.append(entry);
    }
    topics.append(more);
    topics.removeIf([](const Topic &topic) { return topic.lessons.isEmpty(); });
    return topics;
}

} // namespace SocketScope
