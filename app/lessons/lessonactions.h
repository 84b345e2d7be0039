#pragma once

#include "lab/laberror.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QStringList>

#include <functional>

namespace SocketScope {

class LessonStepRun;

// What a step does on the lab. It reads its arguments from `run`, does its work, and ends the
// step with run->succeed(message) or run->fail(message), at once or later (a wait).
using LessonAction = std::function<void(LessonStepRun *run)>;

// The actions lesson files may name, with what the checker needs to know about each, and the
// built-in implementations.
class LessonActions
{
    Q_DECLARE_TR_FUNCTIONS(LessonActions)

public:
    struct Spec
    {
        QString name;
        bool opensSockets = false; // the step must have a name
        QStringList socketArgs; // arguments whose values may name sockets of earlier steps
        QStringList required; // arguments that must be present
        bool builtIn = true; // false: known to lessons, implemented by another part (forward)
    };

    static const QList<Spec> &specs();
    static const Spec *spec(QStringView name);
    static QHash<QString, LessonAction> builtIns();

    // A socket reference is a step name ("server"), one member of a group ("clients#2"), or an
    // endpoint written as ip:port ("127.0.0.1:8080"), which is no reference.
    static bool isEndpoint(QStringView text);
    static QString referencedName(QStringView reference);

    // Why a lab call failed, in a sentence for the step's message.
    static QString describe(const LabError &error);
};

} // namespace SocketScope
