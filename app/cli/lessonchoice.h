#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

// What --lesson names, settled before the session is built, since the lesson decides what the
// session is: a lesson told over a recording opens that recording when no --replay names
// another, and over a replay only a lesson whose steps only show can play.
//
// `--lesson` takes a built-in lesson's id or the path of a lesson file (anything with a "/" or
// ending in ".json").
struct LessonChoice
{
    Q_DECLARE_TR_FUNCTIONS(LessonChoice)

public:
    QString id; // the lesson's id, once the session's library holds it
    QString path; // the lesson file when --lesson named one; empty for a built-in lesson
    QString replayPath; // the recording to open: --replay's, else the lesson's own; empty: live

    // Exit statuses, as main() uses them: 1 a file that cannot be used, 2 a command line that
    // asks for something impossible.
    static constexpr int kFileProblem = 1;
    static constexpr int kWrongUse = 2;

    // `lesson` as --lesson gave it; `replayPath` from --replay (may be empty). On a problem
    // returns nothing, with one sentence in `error` and the exit status in `status`.
    static std::optional<LessonChoice> choose(
        const QString &lesson, const QString &replayPath, QString *error, int *status);

    // Whether --lesson's value names a file rather than an id.
    static bool namesFile(const QString &lesson);
};

} // namespace SocketScope
