#pragma once

#include "lab/laberror.h"
#include "sockopts/optionrequest.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

namespace SocketScope {

class LessonStepRun;

// What a step does on the lab. It reads its arguments from `run`, does its work, and ends the
// step with run->succeed(message) or run->fail(message), at once or later (a wait).
using LessonAction = std::function<void(LessonStepRun *run)>;

// The actions lesson files may name: one table with what the checker needs to know about each
// and its built-in implementation.
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
        LessonAction run; // empty: another part implements it and registers it with the player
    };

    static const QList<Spec> &specs();
    static const Spec *spec(QStringView name);
    // The actions of the table that have an implementation here, by name.
    static QHash<QString, LessonAction> builtIns();
    // What is wrong with the arguments of a step of `action`, beyond the required ones being
    // there (a socket option's name and value); empty when nothing is. The checker refuses the
    // file with this sentence.
    static QString argumentProblem(const QString &action, const QJsonObject &args);
    // The socket option a `set_option` step asks for; nullopt with `error` set when the option
    // or its value is not one a person may ask for.
    static std::optional<OptionRequest> optionRequestOf(const QJsonObject &args, QString *error);

    // A socket reference is a step name ("server"), one member of a group ("clients#2"), or an
    // endpoint written as ip:port ("127.0.0.1:8080"), which is no reference.
    static bool isEndpoint(QStringView text);
    static QString referencedName(QStringView reference);
};

} // namespace SocketScope
