#include "lessons/lesson.h"
#include "lessons/lessonactions.h"
#include "lessons/lessonlibrary.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace SocketScope;

namespace {

QJsonObject text(const char *en, const char *ko)
{
    return {{QStringLiteral("en"), QString::fromUtf8(en)}, {QStringLiteral("ko"), QString::fromUtf8(ko)}};
}

QJsonObject step(const char *action, const QJsonObject &args = {}, const char *name = nullptr)
{
    QJsonObject object {{QStringLiteral("narration"), text("Say it.", "말하기.")},
        {QStringLiteral("action"), QString::fromLatin1(action)}, {QStringLiteral("args"), args}};
    if (name)
        object.insert(QStringLiteral("name"), QString::fromLatin1(name));
    return object;
}

// A small good lesson: a server and a client; each test row breaks one thing.
QJsonObject goodLesson()
{
    return {{QStringLiteral("format"), QStringLiteral("socketscope-lesson")}, {QStringLiteral("version"), 1},
        {QStringLiteral("id"), QStringLiteral("tiny")}, {QStringLiteral("title"), text("Tiny", "작은 수업")},
        {QStringLiteral("summary"), text("A server and a client.", "서버와 클라이언트.")},
        {QStringLiteral("steps"),
            QJsonArray {step("listen", {{QStringLiteral("port"), 0}}, "server"),
                step("connect", {{QStringLiteral("to"), QStringLiteral("server")}}, "client")}}};
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

// Lesson files: the checker accepts good ones and names the problem of bad ones.
class TestLesson : public QObject
{
    Q_OBJECT

private slots:
    void goodLessonIsRead()
    {
        QString error;
        const auto lesson = Lesson::fromJson(bytes(goodLesson()), {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        QCOMPARE(lesson->id, QStringLiteral("tiny"));
        QCOMPARE(lesson->steps.size(), 2);
        QCOMPARE(lesson->steps.at(1).args.value(QStringLiteral("to")).toString(), QStringLiteral("server"));
        QCOMPARE(lesson->title.in(QStringLiteral("ko")), QString::fromUtf8("작은 수업"));
        QCOMPARE(lesson->title.in(QStringLiteral("en")), QStringLiteral("Tiny"));
    }

    void damagedLessonIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");

        QTest::newRow("not JSON") << QByteArray("{ \"format\": \"socketscope-lesson\", ")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("JSON array") << QByteArray("[1, 2]") << QStringLiteral("not an object");

        QJsonObject lesson = goodLesson();
        lesson.remove(QStringLiteral("steps"));
        QTest::newRow("missing steps") << bytes(lesson) << QStringLiteral("\"steps\" is missing");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray {});
        QTest::newRow("empty steps") << bytes(lesson) << QStringLiteral("\"steps\" is missing or empty");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray {step("teleport")});
        QTest::newRow("unknown action")
            << bytes(lesson) << QStringLiteral("step 1: unknown action \"teleport\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"),
            QJsonArray {step("listen", {}, "server"),
                step("connect", {{QStringLiteral("to"), QStringLiteral("ghost")}}, "client")});
        QTest::newRow("unknown socket name")
            << bytes(lesson) << QStringLiteral("step 2: \"to\" refers to the socket \"ghost\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"),
            QJsonArray {step("close", {{QStringLiteral("socket"), QStringLiteral("server")}}),
                step("listen", {}, "server")});
        QTest::newRow("name used before it is opened")
            << bytes(lesson) << QStringLiteral("step 1: \"socket\" refers to the socket \"server\"");

        lesson = goodLesson();
        QJsonObject noKorean = step("listen", {}, "server");
        noKorean.insert(QStringLiteral("narration"),
            QJsonObject {{QStringLiteral("en"), QStringLiteral("Only English.")}});
        lesson.insert(QStringLiteral("steps"), QJsonArray {noKorean});
        QTest::newRow("missing Korean narration")
            << bytes(lesson) << QStringLiteral("step 1 has no Korean narration");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("title"), QJsonObject {{QStringLiteral("en"), QStringLiteral("Tiny")}});
        QTest::newRow("missing Korean title") << bytes(lesson) << QStringLiteral("\"title\" needs both");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray {step("listen")});
        QTest::newRow("socket step without a name") << bytes(lesson) << QStringLiteral("needs a \"name\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"),
            QJsonArray {step("send", {{QStringLiteral("socket"), QStringLiteral("x")}})});
        QTest::newRow("missing argument") << bytes(lesson) << QStringLiteral("needs the argument \"text\"");

        // set_option: the option and its value are checked with the file, by the workbench's rules.
        const auto withOption = [](const QJsonObject &args) {
            QJsonObject lesson = goodLesson();
            QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
            QJsonObject all = args;
            if (!all.contains(QStringLiteral("socket")))
                all.insert(QStringLiteral("socket"), QStringLiteral("client"));
            steps.append(step("set_option", all));
            lesson.insert(QStringLiteral("steps"), steps);
            return bytes(lesson);
        };
        QTest::newRow("set_option without an option")
            << withOption({{QStringLiteral("value"), 1}}) << QStringLiteral("needs the argument \"option\"");
        QTest::newRow("set_option unknown option")
            << withOption({{QStringLiteral("option"), QStringLiteral("turbo")}})
            << QStringLiteral("step 3: unknown socket option \"turbo\"");
        QTest::newRow("set_option option a number") << withOption({{QStringLiteral("option"), 7}})
                                                    << QStringLiteral("step 3: \"option\" must be the name");
        QTest::newRow("set_option value written into the option")
            << withOption({{QStringLiteral("option"), QStringLiteral("linger=0")}})
            << QStringLiteral("write the value in \"value\"");
        QTest::newRow("set_option linger negative")
            << withOption(
                   {{QStringLiteral("option"), QStringLiteral("linger")}, {QStringLiteral("value"), -5}})
            << QStringLiteral("step 3: linger=-5: give a number of seconds");
        QTest::newRow("set_option linger without a value")
            << withOption({{QStringLiteral("option"), QStringLiteral("linger")}})
            << QStringLiteral("linger needs a value");
        QTest::newRow("set_option buffer zero")
            << withOption(
                   {{QStringLiteral("option"), QStringLiteral("rcvbuf")}, {QStringLiteral("value"), 0}})
            << QStringLiteral("rcvbuf=0: the value must be a whole number from 1");
        QTest::newRow("set_option buffer a fraction") << withOption(
            {{QStringLiteral("option"), QStringLiteral("rcvbuf")}, {QStringLiteral("value"), 4096.5}})
                                                      << QStringLiteral("rcvbuf=4096.5");
        QTest::newRow("set_option switch a word")
            << withOption({{QStringLiteral("option"), QStringLiteral("nodelay")},
                   {QStringLiteral("value"), QStringLiteral("yes")}})
            << QStringLiteral("nodelay=yes: write nodelay");
        QTest::newRow("set_option value a list")
            << withOption({{QStringLiteral("option"), QStringLiteral("nodelay")},
                   {QStringLiteral("value"), QJsonArray {1}}})
            << QStringLiteral("\"value\" of nodelay must be");
        QTest::newRow("set_option on a socket no step opens")
            << withOption({{QStringLiteral("option"), QStringLiteral("nodelay")},
                   {QStringLiteral("socket"), QStringLiteral("ghost")}})
            << QStringLiteral("\"socket\" refers to the socket \"ghost\"");

        // send_bulk and link_fault: the byte count and the fault are checked with the file.
        const auto withStep = [](const char *action, const QJsonObject &args) {
            QJsonObject lesson = goodLesson();
            QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
            steps.append(step(action, args));
            lesson.insert(QStringLiteral("steps"), steps);
            return bytes(lesson);
        };
        const QString bytesProblem = QStringLiteral("\"bytes\" must be a number from 1 to");
        QTest::newRow("send_bulk no bytes")
            << withStep("send_bulk", {{QStringLiteral("socket"), QStringLiteral("client")}})
            << QStringLiteral("needs the argument \"bytes\"");
        QTest::newRow("send_bulk zero bytes") << withStep(
            "send_bulk", {{QStringLiteral("socket"), QStringLiteral("client")}, {QStringLiteral("bytes"), 0}})
                                              << bytesProblem;
        QTest::newRow("send_bulk too many bytes") << withStep("send_bulk",
            {{QStringLiteral("socket"), QStringLiteral("client")}, {QStringLiteral("bytes"), 1e9}})
                                                  << bytesProblem;
        QTest::newRow("send_bulk bytes as text") << withStep("send_bulk",
            {{QStringLiteral("socket"), QStringLiteral("client")},
                {QStringLiteral("bytes"), QStringLiteral("1 MB")}})
                                                 << bytesProblem;
        QTest::newRow("link_fault no fault")
            << withStep("link_fault", {{QStringLiteral("link"), QStringLiteral("wan")}})
            << QStringLiteral("needs the argument \"fault\"");
        QTest::newRow("link_fault fault a number")
            << withStep("link_fault",
                   {{QStringLiteral("link"), QStringLiteral("wan")}, {QStringLiteral("fault"), 5}})
            << QStringLiteral("\"fault\" must be written as --link takes it");
        QTest::newRow("link_fault bad fault") << withStep("link_fault",
            {{QStringLiteral("link"), QStringLiteral("wan")},
                {QStringLiteral("fault"), QStringLiteral("loss=500%")}})
                                              << QStringLiteral("\"fault\" is \"loss=500%\"");

        lesson = goodLesson();
        QJsonObject badHighlight = step("none");
        badHighlight.insert(QStringLiteral("highlight"),
            QJsonArray {QJsonObject {{QStringLiteral("column"), QStringLiteral("sockets.colour")}}});
        lesson.insert(QStringLiteral("steps"), QJsonArray {badHighlight});
        QTest::newRow("unknown column")
            << bytes(lesson) << QStringLiteral("unknown column \"sockets.colour\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("expects"),
            QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("explosion")}}});
        QTest::newRow("unknown expected event")
            << bytes(lesson) << QStringLiteral("unknown event kind \"explosion\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("version"), 7);
        QTest::newRow("future version") << bytes(lesson) << QStringLiteral("unsupported version");

        // A lesson told over a recording only shows, and its recording lies beside it.
        lesson = goodLesson();
        lesson.insert(QStringLiteral("recording"), QStringLiteral("handshake.jsonl"));
        QTest::newRow("live step over a recording")
            << bytes(lesson) << QStringLiteral("step 1: the action \"listen\" needs live sockets");
        for (const char *where : {"../handshake.jsonl", "/tmp/handshake.jsonl", "sub/handshake.jsonl", ""}) {
            lesson = goodLesson();
            lesson.insert(QStringLiteral("steps"), QJsonArray {step("none")});
            lesson.insert(QStringLiteral("recording"), QString::fromLatin1(where));
            QTest::addRow("recording \"%s\"", where) << bytes(
                lesson) << QStringLiteral("\"recording\" must be the name of a file beside the lesson");
        }
        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray {step("none")});
        lesson.insert(QStringLiteral("recording"), 3);
        QTest::newRow("recording not a string")
            << bytes(lesson) << QStringLiteral("\"recording\" must be the name of a file beside the lesson");
    }

    void recordingIsBesideTheLesson()
    {
        QJsonObject object = goodLesson();
        object.insert(QStringLiteral("steps"), QJsonArray {step("none"), step("none")});
        object.insert(QStringLiteral("recording"), QStringLiteral("handshake.jsonl"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("tiny.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(object));
        file.close();
        LessonLibrary library;
        QVERIFY(library.loadFile(file.fileName()));
        const Lesson &lesson = library.lessons().constFirst();
        QCOMPARE(lesson.recording, QStringLiteral("handshake.jsonl"));
        QCOMPARE(lesson.recordingPath(), dir.filePath(QStringLiteral("handshake.jsonl")));
        QCOMPARE(lesson.firstLiveStep(), -1);
        // Without one it plays on live sockets: no path, and its first live step is named.
        const auto live = Lesson::fromJson(bytes(goodLesson()), {}, nullptr);
        QVERIFY(live && live->recordingPath().isEmpty());
        QCOMPARE(live->firstLiveStep(), 0);
    }

    // A teacher's own copy of a lesson (--lesson PATH) takes the place of the one with its id.
    void fileReplacesTheLessonWithItsId()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject object = goodLesson();
        const QString path = dir.filePath(QStringLiteral("tiny.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(object));
        file.close();
        LessonLibrary library;
        QVERIFY(library.loadFile(path));
        QVERIFY(!library.loadFile(path));
        QCOMPARE(library.problems().size(), 1);
        QVERIFY(library.loadFile(path, {}, true));
        QCOMPARE(library.lessons().size(), 1);
        library.keepOnly([](const Lesson &lesson) { return lesson.firstLiveStep() < 0; });
        QVERIFY(library.lessons().isEmpty());
    }

    void socketOptionStepIsRead_data()
    {
        QTest::addColumn<QJsonValue>("option");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("nodelay true") << QJsonValue(QStringLiteral("nodelay")) << QJsonValue(true) << 1;
        QTest::newRow("nodelay off") << QJsonValue(QStringLiteral("nodelay"))
                                     << QJsonValue(QStringLiteral("off")) << 0;
        QTest::newRow("nodelay bare") << QJsonValue(QStringLiteral("nodelay")) << QJsonValue() << 1;
        QTest::newRow("linger 0") << QJsonValue(QStringLiteral("linger")) << QJsonValue(0) << 0;
        QTest::newRow("linger off") << QJsonValue(QStringLiteral("Linger"))
                                    << QJsonValue(QStringLiteral("off")) << -1;
        QTest::newRow("rcvbuf") << QJsonValue(QStringLiteral("rcvbuf")) << QJsonValue(4096) << 4096;
    }

    void socketOptionStepIsRead()
    {
        QFETCH(QJsonValue, option);
        QFETCH(QJsonValue, value);
        QFETCH(int, expected);
        QJsonObject args {
            {QStringLiteral("socket"), QStringLiteral("client")}, {QStringLiteral("option"), option}};
        if (!value.isNull())
            args.insert(QStringLiteral("value"), value);
        QJsonObject lesson = goodLesson();
        QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
        steps.append(step("set_option", args));
        lesson.insert(QStringLiteral("steps"), steps);
        QString error;
        const auto read = Lesson::fromJson(bytes(lesson), {}, &error);
        QVERIFY2(read, qPrintable(error));
        const auto request = LessonActions::optionRequestOf(read->steps.at(2).args, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->value, qint64(expected));
    }

    void damagedLessonIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        const auto lesson = Lesson::fromJson(json, {}, &error);
        QVERIFY(!lesson);
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // Each step names the view it is about; the lesson's view stands for steps that name none.
    void viewAndSelectionAreRead_data()
    {
        QTest::addColumn<QJsonValue>("lessonView"); // undefined: not written
        QTest::addColumn<QJsonValue>("stepView");
        QTest::addColumn<QJsonValue>("select");
        QTest::addColumn<QStringList>("views"); // summary, step 1, step 2
        QTest::addColumn<QString>("selected"); // step 2's select

        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("nothing written: the tables")
            << none << none << none
            << QStringList {QStringLiteral("sockets"), QStringLiteral("sockets"), QStringLiteral("sockets")}
            << QString();
        QTest::newRow("the lesson's view for every step")
            << QJsonValue(QStringLiteral("timeline")) << none << none
            << QStringList {QStringLiteral("timeline"), QStringLiteral("timeline"),
                   QStringLiteral("timeline")}
            << QString();
        QTest::newRow("a step's own view wins")
            << QJsonValue(QStringLiteral("timeline")) << QJsonValue(QStringLiteral("connections")) << none
            << QStringList {QStringLiteral("timeline"), QStringLiteral("timeline"),
                   QStringLiteral("connections")}
            << QString();
        QTest::newRow("ports, no lesson view")
            << none << QJsonValue(QStringLiteral("ports")) << none
            << QStringList {QStringLiteral("sockets"), QStringLiteral("sockets"), QStringLiteral("ports")}
            << QString();
        QTest::newRow("network") << QJsonValue(QStringLiteral("network"))
                                 << QJsonValue(QStringLiteral("experiments")) << none
                                 << QStringList {QStringLiteral("network"), QStringLiteral("network"),
                                        QStringLiteral("experiments")}
                                 << QString();
        QTest::newRow("select an earlier socket")
            << none << none << QJsonValue(QStringLiteral("server"))
            << QStringList {QStringLiteral("sockets"), QStringLiteral("sockets"), QStringLiteral("sockets")}
            << QStringLiteral("server");
        QTest::newRow("select the step's own socket")
            << none << none << QJsonValue(QStringLiteral("client"))
            << QStringList {QStringLiteral("sockets"), QStringLiteral("sockets"), QStringLiteral("sockets")}
            << QStringLiteral("client");
    }

    void viewAndSelectionAreRead()
    {
        QFETCH(QJsonValue, lessonView);
        QFETCH(QJsonValue, stepView);
        QFETCH(QJsonValue, select);
        QFETCH(QStringList, views);
        QFETCH(QString, selected);
        QJsonObject json = goodLesson();
        if (!lessonView.isUndefined())
            json.insert(QStringLiteral("view"), lessonView);
        QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QJsonObject second = steps.at(1).toObject();
        if (!stepView.isUndefined())
            second.insert(QStringLiteral("view"), stepView);
        if (!select.isUndefined())
            second.insert(QStringLiteral("select"), select);
        steps.replace(1, second);
        json.insert(QStringLiteral("steps"), steps);

        QString error;
        const auto lesson = Lesson::fromJson(bytes(json), {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        QCOMPARE((QStringList {lesson->viewOf(-1), lesson->viewOf(0), lesson->viewOf(1)}), views);
        QCOMPARE(lesson->steps.at(1).select, selected);
    }

    void badViewOrSelectionIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");

        QJsonObject lesson = goodLesson();
        lesson.insert(QStringLiteral("view"), QStringLiteral("tables"));
        QTest::newRow("unknown lesson view") << bytes(
            lesson) << QStringLiteral("\"view\" is \"tables\"; it can be sockets, connections, timeline");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("view"), 2);
        QTest::newRow("lesson view not a name")
            << bytes(lesson) << QStringLiteral("\"view\" must be the name of a view");

        const auto withSecondStep = [](const char *key, const QJsonValue &value) {
            QJsonObject lesson = goodLesson();
            QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
            QJsonObject second = steps.at(1).toObject();
            second.insert(QString::fromLatin1(key), value);
            steps.replace(1, second);
            lesson.insert(QStringLiteral("steps"), steps);
            return bytes(lesson);
        };
        QTest::newRow("unknown step view") << withSecondStep("view", QStringLiteral("Timeline"))
                                           << QStringLiteral("step 2: \"view\" is \"Timeline\"; it can be");
        QTest::newRow("empty step view")
            << withSecondStep("view", QStringLiteral("")) << QStringLiteral("step 2: \"view\" is \"\"");
        QTest::newRow("step view a list") << withSecondStep("view", QJsonArray {QStringLiteral("timeline")})
                                          << QStringLiteral("step 2: \"view\" must be the name of a view");
        QTest::newRow("select a socket no step opens")
            << withSecondStep("select", QStringLiteral("ghost"))
            << QStringLiteral("step 2: \"select\" refers to the socket \"ghost\", which no step opens");
        QTest::newRow("select a number") << withSecondStep("select", 3)
                                         << QStringLiteral("step 2: \"select\" must be the name of a socket");
        QTest::newRow("select nothing") << withSecondStep("select", QStringLiteral(""))
                                        << QStringLiteral("step 2: \"select\" must be the name of a socket");
        const auto arrow = [](const QJsonValue &value) {
            return QJsonArray {QJsonObject {{QStringLiteral("arrow"), value}}};
        };
        QTest::newRow("unknown arrow") << withSecondStep("highlight", arrow(QStringLiteral("SYNACK")))
                                       << QStringLiteral("step 2: in \"highlight\", \"arrow\" is \"SYNACK\"; "
                                                         "it can be SYN, SYN+ACK, ACK, FIN");
        QTest::newRow("arrow in lower case") << withSecondStep("highlight",
            arrow(QStringLiteral("syn"))) << QStringLiteral("step 2: in \"highlight\", \"arrow\" is \"syn\"");
        QTest::newRow("arrow a number") << withSecondStep("highlight", arrow(2))
                                        << QStringLiteral("step 2: in \"highlight\", \"arrow\" is \"2\"");
    }

    // Each arrow kind a lesson may name is read into its highlight.
    void arrowHighlightsAreRead()
    {
        for (const QString &name : LessonHighlight::arrowNames()) {
            QJsonObject lesson = goodLesson();
            QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
            QJsonObject second = steps.at(1).toObject();
            second.insert(
                QStringLiteral("highlight"), QJsonArray {QJsonObject {{QStringLiteral("arrow"), name}}});
            steps.replace(1, second);
            lesson.insert(QStringLiteral("steps"), steps);
            QString error;
            const auto read = Lesson::fromJson(bytes(lesson), {}, &error);
            QVERIFY2(read, qPrintable(error));
            QCOMPARE(read->steps.at(1).highlights.size(), 1);
            QCOMPARE(read->steps.at(1).highlights.at(0).kind, LessonHighlight::Arrow);
            QCOMPARE(read->steps.at(1).highlights.at(0).arrow, name);
        }
    }

    void badViewOrSelectionIsNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Lesson::fromJson(json, {}, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // The library puts the file's name before the step and the field.
    void libraryNamesFileStepAndField()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QJsonObject lesson = goodLesson();
        QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
        QJsonObject second = steps.at(1).toObject();
        second.insert(QStringLiteral("view"), QStringLiteral("radar"));
        steps.replace(1, second);
        lesson.insert(QStringLiteral("steps"), steps);
        QFile file(folder.filePath(QStringLiteral("07-radar.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(lesson));
        file.close();
        LessonLibrary library;
        library.load(folder.path());
        QVERIFY(library.lessons().isEmpty());
        QCOMPARE(library.problemLines().size(), 1);
        QVERIFY2(library.problemLines().constFirst().startsWith(
                     QStringLiteral("07-radar.json: step 2: \"view\" is \"radar\"")),
            qPrintable(library.problemLines().constFirst()));
    }

    void registeredActionIsKnown()
    {
        QJsonObject lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray {step("wave")});
        QString error;
        QVERIFY(!Lesson::fromJson(bytes(lesson), {}, &error));
        QVERIFY2(Lesson::fromJson(bytes(lesson), {QStringLiteral("wave")}, &error), qPrintable(error));
    }

    void builtInLessonsAreAllGood()
    {
        LessonLibrary library;
        QVERIFY(library.load(QStringLiteral(SOCKETSCOPE_LESSONS_DIR)));
        QVERIFY2(library.problems().isEmpty(), qPrintable(library.problemLines().join(QLatin1Char('\n'))));
        QCOMPARE(library.lessons().size(), 18);
        QVERIFY(library.find(QStringLiteral("three-way-handshake")));
        QVERIFY(library.find(QStringLiteral("close-versus-abort")));
        QVERIFY(library.find(QStringLiteral("nagle-small-writes")));
        QVERIFY(library.find(QStringLiteral("slow-start")));
        // A lesson over a recording brings its recording along.
        const Lesson *lookBack = library.find(QStringLiteral("look-back-handshake"));
        QVERIFY(lookBack && QFileInfo::exists(lookBack->recordingPath()));
        QCOMPARE(lookBack->firstLiveStep(), -1);
        // Listed in teaching order.
        QCOMPARE(library.lessons().constFirst().id, QStringLiteral("ports-and-ranges"));
        for (const Lesson &lesson : library.lessons()) {
            for (const LessonStep &s : lesson.steps)
                QVERIFY2(!s.narration.ko.isEmpty() && !s.narration.en.isEmpty(), qPrintable(lesson.id));
        }
    }

    void libraryReportsBrokenFileAndKeepsTheRest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile good(dir.filePath(QStringLiteral("good.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(bytes(goodLesson()));
        good.close();
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ this is not json");
        broken.close();

        LessonLibrary library;
        QVERIFY(library.load(dir.path()));
        QCOMPARE(library.lessons().size(), 1);
        QCOMPARE(library.problems().size(), 1);
        QVERIFY(library.problems().constFirst().path.endsWith(QLatin1StringView("broken.json")));
        QVERIFY(
            library.problemLines().constFirst().startsWith(QLatin1StringView("broken.json: not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
