#pragma once

#include "lessonexpectation.h"
#include "lessonstep.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <optional>

namespace SocketScope {

// A guided lesson, read from a JSON file (format in resources/lessons/README.md).
struct Lesson
{
    Q_DECLARE_TR_FUNCTIONS(Lesson)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kDefaultPaceMs = 7000;

    QString id;
    LessonText title;
    LessonText summary;
    int order = 1000; // place in the lesson list
    QStringList concepts; // the rows of concepts.md it covers
    // "lab": the lesson shows real packets or a router, so it runs in the virtual lab network
    // where there is one; "host" (the default): this computer's network is enough.
    QString network = QStringLiteral("host");
    // The screen the steps are about unless a step names its own: one of viewNames().
    QString view = QStringLiteral("sockets");
    QList<LessonExpectation> expects;
    int paceMs = kDefaultPaceMs;
    QList<LessonStep> steps;
    QString sourcePath; // where it was read from, for messages
    // A recording the lesson is told over (a file beside the lesson file); empty: it plays on
    // live sockets. `--lesson ID` opens it as a replay when no --replay names another.
    QString recording;

    // The recording's full path (beside sourcePath); empty when the lesson has none.
    QString recordingPath() const;
    // The first step that needs live sockets (an action other than "none"), or -1: a lesson
    // whose steps only show can play over a recording.
    int firstLiveStep() const;

    int paceOf(int step) const;
    // The view `step` is about (-1, the summary: the lesson's view).
    QString viewOf(int step) const;

    // The screens a lesson may show: sockets, connections, timeline, ports, experiments, network.
    static QStringList viewNames();

    // Reads and checks a lesson. On failure returns nothing and sets `error` to one sentence
    // naming the file's problem ("step 3: unknown action \"jump\""). `extraActions` are action
    // names registered on the player besides the built-in ones.
    static std::optional<Lesson> fromJson(
        const QByteArray &json, const QStringList &extraActions, QString *error);
};

} // namespace SocketScope
