#include "lessonchoice.h"

#include "lessons/lessonlibrary.h"
#include "session/session.h"

#include <QtCore/QFileInfo>

namespace SocketScope {

bool LessonChoice::namesFile(const QString &lesson)
{
    return lesson.contains(QLatin1Char('/'))
        || lesson.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
}

std::optional<LessonChoice> LessonChoice::choose(
    const QString &lesson, const QString &replayPath, QString *error, int *status)
{
    const auto fail = [&](int code, const QString &why) -> std::optional<LessonChoice> {
        if (error)
            *error = why;
        if (status)
            *status = code;
        return std::nullopt;
    };

    LessonLibrary library;
    LessonChoice choice;
    if (namesFile(lesson)) {
        const QFileInfo file(lesson);
        if (!file.exists())
            return fail(kFileProblem, tr("the lesson file %1 does not exist").arg(lesson));
        if (!file.isFile())
            return fail(kFileProblem, tr("the lesson file %1 is not a file").arg(lesson));
        if (!library.loadFile(lesson, Session::extraLessonActions()))
            return fail(kFileProblem,
                tr("the lesson file %1 cannot be used: %2")
                    .arg(lesson, library.problems().constLast().reason));
        choice.path = lesson;
    } else {
        library.load(LessonLibrary::builtInFolder(), Session::extraLessonActions());
        if (!library.find(lesson))
            return fail(kWrongUse, tr("there is no lesson \"%1\"; --list-lessons shows them").arg(lesson));
    }
    // A file holds one lesson, the only one in its library.
    const Lesson &found = choice.path.isEmpty() ? *library.find(lesson) : library.lessons().constFirst();
    choice.id = found.id;

    if (!replayPath.isEmpty()) {
        if (const int live = found.firstLiveStep(); live >= 0)
            return fail(kWrongUse,
                tr("the lesson \"%1\" cannot play over a recording: its step %2 (\"%3\") needs live "
                   "sockets. Over --replay, a lesson's steps can only show (action \"none\").")
                    .arg(found.id)
                    .arg(live + 1)
                    .arg(found.steps.at(live).action));
        choice.replayPath = replayPath;
        return choice;
    }
    if (!found.recording.isEmpty()) {
        choice.replayPath = found.recordingPath();
        if (!QFileInfo::exists(choice.replayPath))
            return fail(kFileProblem,
                tr("the lesson \"%1\" is told over the recording %2, which does not exist")
                    .arg(found.id, choice.replayPath));
    }
    return choice;
}

} // namespace SocketScope
