#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace SocketScope {

struct Lesson;

// The lessons grouped by what they are about, for the welcome page and Help > Lessons. The
// built-in lessons are placed by id; a lesson a teacher added goes under "More lessons".
class LessonTopics
{
    Q_DECLARE_TR_FUNCTIONS(LessonTopics)

public:
    struct Entry
    {
        QString id;
        QString title; // in the language asked for
        int number = 0; // its place in the whole list, from 1, so a teacher can say "lesson 4"
    };

    struct Topic
    {
        QString title; // translated
        QList<Entry> lessons;
    };

    // Topics in a fixed order, each with its lessons in the library's order; empty topics are
    // left out. `language` is "en" or "ko".
    static QList<Topic> group(const QList<Lesson> &lessons, const QString &language);
};

} // namespace SocketScope
