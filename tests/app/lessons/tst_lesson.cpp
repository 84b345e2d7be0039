#include "lessons/lesson.h"
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
    QJsonObject object{{QStringLiteral("narration"), text("Say it.", "말하기.")},
                       {QStringLiteral("action"), QString::fromLatin1(action)},
                       {QStringLiteral("args"), args}};
    if (name)
        object.insert(QStringLiteral("name"), QString::fromLatin1(name));
    return object;
}

// A small good lesson: a server and a client; each test row breaks one thing.
QJsonObject goodLesson()
{
    return {{QStringLiteral("format"), QStringLiteral("socketscope-lesson")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("id"), QStringLiteral("tiny")},
            {QStringLiteral("title"), text("Tiny", "작은 수업")},
            {QStringLiteral("summary"), text("A server and a client.", "서버와 클라이언트.")},
            {QStringLiteral("steps"),
             QJsonArray{step("listen", {{QStringLiteral("port"), 0}}, "server"),
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

        QTest::newRow("not JSON") << QByteArray("{ \"format\": \"socketscope-lesson\", ") << QStringLiteral("not valid JSON");
        QTest::newRow("JSON array") << QByteArray("[1, 2]") << QStringLiteral("not an object");

        QJsonObject lesson = goodLesson();
        lesson.remove(QStringLiteral("steps"));
        QTest::newRow("missing steps") << bytes(lesson) << QStringLiteral("\"steps\" is missing");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray{});
        QTest::newRow("empty steps") << bytes(lesson) << QStringLiteral("\"steps\" is missing or empty");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray{step("teleport")});
        QTest::newRow("unknown action") << bytes(lesson) << QStringLiteral("step 1: unknown action \"teleport\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"),
                      QJsonArray{step("listen", {}, "server"),
                                 step("connect", {{QStringLiteral("to"), QStringLiteral("ghost")}}, "client")});
        QTest::newRow("unknown socket name") << bytes(lesson) << QStringLiteral("step 2: \"to\" refers to the socket \"ghost\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"),
                      QJsonArray{step("close", {{QStringLiteral("socket"), QStringLiteral("server")}}),
                                 step("listen", {}, "server")});
        QTest::newRow("name used before it is opened") << bytes(lesson) << QStringLiteral("step 1: \"socket\" refers to the socket \"server\"");

        lesson = goodLesson();
        QJsonObject noKorean = step("listen", {}, "server");
        noKorean.insert(QStringLiteral("narration"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Only English.")}});
        lesson.insert(QStringLiteral("steps"), QJsonArray{noKorean});
        QTest::newRow("missing Korean narration") << bytes(lesson) << QStringLiteral("step 1 has no Korean narration");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Tiny")}});
        QTest::newRow("missing Korean title") << bytes(lesson) << QStringLiteral("\"title\" needs both");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray{step("listen")});
        QTest::newRow("socket step without a name") << bytes(lesson) << QStringLiteral("needs a \"name\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray{step("send", {{QStringLiteral("socket"), QStringLiteral("x")}})});
        QTest::newRow("missing argument") << bytes(lesson) << QStringLiteral("needs the argument \"text\"");

        lesson = goodLesson();
        QJsonObject badHighlight = step("none");
        badHighlight.insert(QStringLiteral("highlight"), QJsonArray{QJsonObject{{QStringLiteral("column"), QStringLiteral("sockets.colour")}}});
        lesson.insert(QStringLiteral("steps"), QJsonArray{badHighlight});
        QTest::newRow("unknown column") << bytes(lesson) << QStringLiteral("unknown column \"sockets.colour\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("expects"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("explosion")}}});
        QTest::newRow("unknown expected event") << bytes(lesson) << QStringLiteral("unknown event kind \"explosion\"");

        lesson = goodLesson();
        lesson.insert(QStringLiteral("version"), 7);
        QTest::newRow("future version") << bytes(lesson) << QStringLiteral("unsupported version");
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

    void registeredActionIsKnown()
    {
        QJsonObject lesson = goodLesson();
        lesson.insert(QStringLiteral("steps"), QJsonArray{step("wave")});
        QString error;
        QVERIFY(!Lesson::fromJson(bytes(lesson), {}, &error));
        QVERIFY2(Lesson::fromJson(bytes(lesson), {QStringLiteral("wave")}, &error), qPrintable(error));
    }

    void builtInLessonsAreAllGood()
    {
        LessonLibrary library;
        QVERIFY(library.load(QStringLiteral(SOCKETSCOPE_LESSONS_DIR)));
        QVERIFY2(library.problems().isEmpty(), qPrintable(library.problemLines().join(QLatin1Char('\n'))));
        QCOMPARE(library.lessons().size(), 12);
        QVERIFY(library.find(QStringLiteral("three-way-handshake")));
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
        QVERIFY(library.problemLines().constFirst().startsWith(QLatin1StringView("broken.json: not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
