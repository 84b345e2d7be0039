#pragma once

#include "lessonhighlight.h"
#include "lessonplayhead.h"
#include "lessontext.h"

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>

namespace SocketScope {

// One step of a lesson: what the teacher says, what the lab does, what to look at.
struct LessonStep
{
    // The name later steps use for the socket(s) this step opens; empty when it opens none.
    QString name;
    LessonText narration;
    QString action; // "listen", "connect", ... (resources/lessons/README.md)
    QJsonObject args;
    // Unresolved: the player fills in socket ids and ports when the step runs.
    QList<LessonHighlight> highlights;
    int paceMs = -1; // how long autoplay stays on this step; -1: the lesson's pace
    // The screen the step is about ("timeline", "sockets" ...); empty: the lesson's own view.
    QString view;
    // The socket the window selects once the step has run; empty: the first socket highlight.
    QString select;
    // Where the timeline's playhead goes once the step has run; none: the present.
    std::optional<LessonPlayhead> playhead;
};

} // namespace SocketScope
