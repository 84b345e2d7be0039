#include "lesson.h"

#include "lessonactions.h"
#include "models/connectiontablemodel.h"
#include "models/eventlogmodel.h"
#include "models/sockettablemodel.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

namespace SocketScope {

namespace {

struct ColumnName
{
    const char *name;
    const char *table;
    int column;
};

// The names lesson files use for table columns: "sockets.local", "connections.client" ...
constexpr ColumnName kColumns[] = {
    {"sockets.id", "sockets", SocketTableModel::ColumnId},
    {"sockets.role", "sockets", SocketTableModel::ColumnRole},
    {"sockets.protocol", "sockets", SocketTableModel::ColumnProtocol},
    {"sockets.local", "sockets", SocketTableModel::ColumnLocal},
    {"sockets.remote", "sockets", SocketTableModel::ColumnRemote},
    {"sockets.app_state", "sockets", SocketTableModel::ColumnAppState},
    {"sockets.kernel_state", "sockets", SocketTableModel::ColumnKernelState},
    {"sockets.queue", "sockets", SocketTableModel::ColumnQueue},
    {"sockets.bytes_in", "sockets", SocketTableModel::ColumnBytesIn},
    {"sockets.bytes_out", "sockets", SocketTableModel::ColumnBytesOut},
    {"sockets.packets_in", "sockets", SocketTableModel::ColumnPacketsIn},
    {"sockets.packets_out", "sockets", SocketTableModel::ColumnPacketsOut},
    {"sockets.opened", "sockets", SocketTableModel::ColumnOpened},
    {"sockets.cwnd", "sockets", SocketTableModel::ColumnCwnd},
    {"sockets.rtt", "sockets", SocketTableModel::ColumnRtt},
    {"sockets.retransmissions", "sockets", SocketTableModel::ColumnRetransmissions},
    {"connections.client", "connections", ConnectionTableModel::ColumnClient},
    {"connections.server", "connections", ConnectionTableModel::ColumnServer},
    {"connections.client_socket", "connections", ConnectionTableModel::ColumnClientSocket},
    {"connections.server_socket", "connections", ConnectionTableModel::ColumnServerSocket},
    {"connections.to_server", "connections", ConnectionTableModel::ColumnToServer},
    {"connections.to_client", "connections", ConnectionTableModel::ColumnToClient},
    {"connections.status", "connections", ConnectionTableModel::ColumnStatus},
    {"events.time", "events", EventLogModel::ColumnTime},
    {"events.socket", "events", EventLogModel::ColumnSocket},
    {"events.source", "events", EventLogModel::ColumnSource},
    {"events.kind", "events", EventLogModel::ColumnKind},
    {"events.details", "events", EventLogModel::ColumnDetails},
};

// Reads an optional view name; false with `error` set when it is there but not one of the views.
bool readView(const QJsonObject &object, QString *view, QString *error)
{
    const QJsonValue value = object.value(QLatin1StringView("view"));
    if (value.isUndefined())
        return true;
    const QString views = Lesson::viewNames().join(QStringLiteral(", "));
    if (!value.isString()) {
        *error = Lesson::tr("\"view\" must be the name of a view: %1").arg(views);
        return false;
    }
    if (!Lesson::viewNames().contains(value.toString())) {
        *error = Lesson::tr("\"view\" is \"%1\"; it can be %2").arg(value.toString(), views);
        return false;
    }
    *view = value.toString();
    return true;
}

const QStringList kRanges = {QStringLiteral("well_known"), QStringLiteral("registered"),
    QStringLiteral("dynamic"), QStringLiteral("ephemeral")};

bool readText(const QJsonValue &value, LessonText *text)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    text->en = object.value(QLatin1StringView("en")).toString().trimmed();
    text->ko = object.value(QLatin1StringView("ko")).toString().trimmed();
    return true;
}

// Every socket reference in `value` (a string or a list of strings) that is a name.
QStringList referencesIn(const QJsonValue &value)
{
    QStringList names;
    const auto take = [&](const QJsonValue &item) {
        if (!item.isString())
            return;
        const QString text = item.toString();
        if (!LessonActions::isEndpoint(text))
            names << LessonActions::referencedName(text);
    };
    if (value.isArray()) {
        for (const auto &item : value.toArray())
            take(item);
    } else {
        take(value);
    }
    return names;
}

} // namespace

QStringList Lesson::viewNames()
{
    return {QStringLiteral("sockets"), QStringLiteral("connections"), QStringLiteral("timeline"),
        QStringLiteral("ports"), QStringLiteral("experiments"), QStringLiteral("network")};
}

QString Lesson::viewOf(int step) const
{
    if (step >= 0 && step < steps.size() && !steps.at(step).view.isEmpty())
        return steps.at(step).view;
    return view;
}

QString Lesson::recordingPath() const
{
    if (recording.isEmpty())
        return {};
    return QFileInfo(sourcePath).dir().filePath(recording);
}

int Lesson::firstLiveStep() const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).action != QLatin1StringView("none"))
            return int(i);
    }
    return -1;
}

int Lesson::paceOf(int step) const
{
    if (step >= 0 && step < steps.size() && steps.at(step).paceMs >= 0)
        return steps.at(step).paceMs;
    return paceMs;
}

std::optional<Lesson> Lesson::fromJson(
    const QByteArray &json, const QStringList &extraActions, QString *error)
{
    const auto fail = [&](const QString &reason) -> std::optional<Lesson> {
        if (error)
            *error = reason;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("the file is JSON but not an object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("format")).toString() != QLatin1StringView("socketscope-lesson"))
        return fail(tr("\"format\" is not \"socketscope-lesson\""));
    if (root.value(QLatin1StringView("version")).toInt() != kFormatVersion)
        return fail(tr("unsupported version (this SocketScope reads version %1)").arg(kFormatVersion));

    Lesson lesson;
    lesson.id = root.value(QLatin1StringView("id")).toString();
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    if (!namePattern.match(lesson.id).hasMatch())
        return fail(tr("\"id\" is missing or not made of lower-case letters, digits, - and _"));
    if (!readText(root.value(QLatin1StringView("title")), &lesson.title) || lesson.title.en.isEmpty()
        || lesson.title.ko.isEmpty())
        return fail(tr("\"title\" needs both \"en\" and \"ko\""));
    if (!readText(root.value(QLatin1StringView("summary")), &lesson.summary) || lesson.summary.en.isEmpty()
        || lesson.summary.ko.isEmpty())
        return fail(tr("\"summary\" needs both \"en\" and \"ko\""));
    lesson.order = root.value(QLatin1StringView("order")).toInt(lesson.order);
    lesson.paceMs = root.value(QLatin1StringView("pace_ms")).toInt(kDefaultPaceMs);
    if (lesson.paceMs < 0)
        return fail(tr("\"pace_ms\" is negative"));
    for (const auto &covered : root.value(QLatin1StringView("concepts")).toArray())
        lesson.concepts << covered.toString();
    lesson.network = root.value(QLatin1StringView("network")).toString(QStringLiteral("host"));
    if (lesson.network != QLatin1StringView("host") && lesson.network != QLatin1StringView("lab"))
        return fail(tr("\"network\" is \"%1\"; it can be \"host\" or \"lab\"").arg(lesson.network));
    if (QString problem; !readView(root, &lesson.view, &problem))
        return fail(problem);
    if (const QJsonValue recording = root.value(QLatin1StringView("recording")); !recording.isUndefined()) {
        // A file beside the lesson, so a lesson and its recording travel together.
        lesson.recording = recording.toString();
        static const QRegularExpression filePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        if (!recording.isString() || !filePattern.match(lesson.recording).hasMatch())
            return fail(tr("\"recording\" must be the name of a file beside the lesson, such as "
                           "\"handshake.jsonl\""));
    }

    for (const auto &item : root.value(QLatin1StringView("expects")).toArray()) {
        const QJsonObject object = item.toObject();
        const QString kind = object.value(QLatin1StringView("kind")).toString();
        const auto eventKind = kindFromName(QLatin1StringView(kind.toLatin1()));
        if (!eventKind)
            return fail(tr("\"expects\" names an unknown event kind \"%1\"").arg(kind));
        LessonExpectation expectation;
        expectation.kind = *eventKind;
        if (object.contains(QLatin1StringView("min_value")))
            expectation.minValue = object.value(QLatin1StringView("min_value")).toInteger();
        expectation.count = object.value(QLatin1StringView("count")).toInt(1);
        if (object.contains(QLatin1StringView("state"))) {
            const QString state = object.value(QLatin1StringView("state")).toString();
            const auto tcpState = tcpStateFromName(QLatin1StringView(state.toLatin1()));
            if (!tcpState)
                return fail(tr("\"expects\" names an unknown kernel state \"%1\"").arg(state));
            expectation.state = *tcpState;
        }
        lesson.expects << expectation;
    }

    const QJsonValue stepsValue = root.value(QLatin1StringView("steps"));
    if (!stepsValue.isArray() || stepsValue.toArray().isEmpty())
        return fail(tr("\"steps\" is missing or empty"));

    QSet<QString> known; // names opened by the steps read so far
    const QJsonArray steps = stepsValue.toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const int number = int(i + 1);
        if (!steps.at(i).isObject())
            return fail(tr("step %1 is not an object").arg(number));
        const QJsonObject object = steps.at(i).toObject();
        LessonStep step;
        if (!readText(object.value(QLatin1StringView("narration")), &step.narration)
            || step.narration.en.isEmpty())
            return fail(tr("step %1 has no English narration").arg(number));
        if (step.narration.ko.isEmpty())
            return fail(tr("step %1 has no Korean narration").arg(number));
        step.action = object.value(QLatin1StringView("action")).toString(QStringLiteral("none"));
        const LessonActions::Spec *spec = LessonActions::spec(step.action);
        if (!spec && !extraActions.contains(step.action))
            return fail(tr("step %1: unknown action \"%2\"").arg(number).arg(step.action));
        step.args = object.value(QLatin1StringView("args")).toObject();
        step.name = object.value(QLatin1StringView("name")).toString();
        step.paceMs = object.value(QLatin1StringView("pace_ms")).toInt(-1);
        if (QString problem; !readView(object, &step.view, &problem))
            return fail(tr("step %1: %2").arg(number).arg(problem));

        if (spec) {
            for (const QString &required : spec->required) {
                if (!step.args.contains(required))
                    return fail(tr("step %1: action \"%2\" needs the argument \"%3\"")
                                    .arg(number)
                                    .arg(step.action, required));
            }
            for (const QString &key : spec->socketArgs) {
                for (const QString &name : referencesIn(step.args.value(key))) {
                    if (!known.contains(name))
                        return fail(
                            tr("step %1: \"%2\" refers to the socket \"%3\", which no earlier step opens")
                                .arg(number)
                                .arg(key, name));
                }
            }
            if (const QString problem = LessonActions::argumentProblem(step.action, step.args);
                !problem.isEmpty())
                return fail(tr("step %1: %2").arg(number).arg(problem));
            if (spec->opensSockets && step.name.isEmpty())
                return fail(tr("step %1: action \"%2\" opens a socket and needs a \"name\"")
                                .arg(number)
                                .arg(step.action));
        }
        if (!step.name.isEmpty()) {
            if (!namePattern.match(step.name).hasMatch())
                return fail(tr("step %1: the name \"%2\" must be lower-case letters, digits, - and _")
                                .arg(number)
                                .arg(step.name));
            if (known.contains(step.name))
                return fail(tr("step %1: the name \"%2\" is already used by an earlier step")
                                .arg(number)
                                .arg(step.name));
        }

        const QJsonValue highlightValue = object.value(QLatin1StringView("highlight"));
        for (const auto &h : highlightValue.toArray()) {
            const QJsonObject entry = h.toObject();
            if (entry.size() != 1) {
                const QString keys = QStringLiteral("socket, column, event, port, state, range, arrow");
                return fail(tr("step %1: each highlight has exactly one of %2").arg(number).arg(keys));
            }
            const QString key = entry.begin().key();
            const QJsonValue value = entry.begin().value();
            LessonHighlight highlight;
            highlight.target = value.isDouble() ? QString::number(value.toInt()) : value.toString();
            if (key == QLatin1StringView("socket")) {
                highlight.kind = LessonHighlight::Socket;
                const QString name = LessonActions::referencedName(highlight.target);
                // A step may point at the sockets it opens itself.
                if (!known.contains(name) && name != step.name)
                    return fail(tr("step %1: the highlight refers to the socket \"%2\", which no step opens")
                                    .arg(number)
                                    .arg(name));
            } else if (key == QLatin1StringView("column")) {
                highlight.kind = LessonHighlight::Column;
                bool found = false;
                for (const ColumnName &column : kColumns) {
                    if (highlight.target == QLatin1StringView(column.name)) {
                        highlight.table = QString::fromLatin1(column.table);
                        highlight.column = column.column;
                        found = true;
                    }
                }
                if (!found)
                    return fail(tr("step %1: unknown column \"%2\"").arg(number).arg(highlight.target));
            } else if (key == QLatin1StringView("event")) {
                highlight.kind = LessonHighlight::Event;
                const auto kind = kindFromName(QLatin1StringView(highlight.target.toLatin1()));
                if (!kind)
                    return fail(tr("step %1: unknown event kind \"%2\"").arg(number).arg(highlight.target));
                highlight.eventKind = *kind;
            } else if (key == QLatin1StringView("port")) {
                highlight.kind = LessonHighlight::Port;
                if (value.isDouble()) {
                    if (value.toInt(-1) < 0 || value.toInt(-1) > 65535)
                        return fail(
                            tr("step %1: port %2 is outside 0..65535").arg(number).arg(value.toInt()));
                    highlight.port = quint16(value.toInt());
                } else if (const QString name = LessonActions::referencedName(highlight.target);
                           !known.contains(name) && name != step.name) {
                    return fail(tr("step %1: the highlight refers to the socket \"%2\", which no step opens")
                                    .arg(number)
                                    .arg(highlight.target));
                }
            } else if (key == QLatin1StringView("state")) {
                highlight.kind = LessonHighlight::State;
                const auto state = tcpStateFromName(QLatin1StringView(highlight.target.toLatin1()));
                if (!state)
                    return fail(tr("step %1: unknown kernel state \"%2\"").arg(number).arg(highlight.target));
                highlight.state = *state;
            } else if (key == QLatin1StringView("range")) {
                highlight.kind = LessonHighlight::Range;
                if (!kRanges.contains(highlight.target))
                    return fail(tr("step %1: unknown port range \"%2\"").arg(number).arg(highlight.target));
                highlight.range = highlight.target;
            } else if (key == QLatin1StringView("arrow")) {
                highlight.kind = LessonHighlight::Arrow;
                if (!LessonHighlight::arrowNames().contains(highlight.target))
                    return fail(
                        tr("step %1: in \"highlight\", \"arrow\" is \"%2\"; it can be %3")
                            .arg(number)
                            .arg(highlight.target, LessonHighlight::arrowNames().join(QStringLiteral(", "))));
                highlight.arrow = highlight.target;
            } else {
                return fail(tr("step %1: unknown highlight \"%2\"").arg(number).arg(key));
            }
            step.highlights << highlight;
        }

        const QJsonValue selectValue = object.value(QLatin1StringView("select"));
        if (!selectValue.isUndefined()) {
            step.select = selectValue.toString();
            const QString name = LessonActions::referencedName(step.select);
            if (!selectValue.isString() || step.select.isEmpty())
                return fail(tr("step %1: \"select\" must be the name of a socket").arg(number));
            if (!known.contains(name) && name != step.name)
                return fail(tr("step %1: \"select\" refers to the socket \"%2\", which no step opens")
                                .arg(number)
                                .arg(name));
        }

        if (const QJsonValue playhead = object.value(QLatin1StringView("playhead"));
            !playhead.isUndefined()) {
            QString problem;
            step.playhead = LessonPlayhead::fromJson(playhead, &problem);
            if (!step.playhead)
                return fail(tr("step %1: \"playhead\": %2").arg(number).arg(problem));
            const QString name = LessonActions::referencedName(step.playhead->socket);
            if (!step.playhead->socket.isEmpty() && !step.playhead->socket.startsWith(QLatin1Char('#'))
                && !known.contains(name) && name != step.name)
                return fail(tr("step %1: \"playhead\" refers to the socket \"%2\", which no step opens")
                                .arg(number)
                                .arg(name));
        }

        if (!step.name.isEmpty())
            known.insert(step.name);
        lesson.steps << step;
    }
    if (const int live = lesson.firstLiveStep(); !lesson.recording.isEmpty() && live >= 0)
        return fail(tr("step %1: the action \"%2\" needs live sockets, but the lesson is told over the "
                       "recording \"%3\"; its steps can only show (action \"none\")")
                        .arg(live + 1)
                        .arg(lesson.steps.at(live).action, lesson.recording));
    return lesson;
}

} // namespace SocketScope
