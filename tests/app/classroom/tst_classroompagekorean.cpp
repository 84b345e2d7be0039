#include "classroom/classroompage.h"
#include "classroom/livewords.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace SocketScope;

// This program has a small Korean translation built in where the app's own is: the classroom
// page's Korean parts come from it, whatever language the program runs in, and a translation
// is shown as text, never taken as markup.
class TestClassroomPageKorean : public QObject
{
    Q_OBJECT

private slots:
    void koreanPartsComeFromTheTranslation_data()
    {
        QTest::addColumn<ClassroomPage::Language>("language");
        QTest::addColumn<int>("english");
        QTest::addColumn<int>("korean");
        QTest::newRow("English") << ClassroomPage::English << 1 << 0;
        QTest::newRow("Korean") << ClassroomPage::Korean << 0 << 1;
        QTest::newRow("both") << ClassroomPage::Both << 1 << 1;
    }

    void koreanPartsComeFromTheTranslation()
    {
        QFETCH(ClassroomPage::Language, language);
        QFETCH(int, english);
        QFETCH(int, korean);
        const ClassroomPage::Visit visit {QStringLiteral("192.0.2.7:50123"), QStringLiteral("192.0.2.1:8080"),
            2, QStringLiteral("/?a=<b>")};
        const QString page = QString::fromUtf8(ClassroomPage::html(visit, language));
        QCOMPARE(page.count(QLatin1StringView("<h1>You are connected to SocketScope</h1>")), english);
        QCOMPARE(page.count(QString::fromUtf8("<h1>SocketScope에 연결되었습니다</h1>")), korean);
        QCOMPARE(
            page.count(QString::fromUtf8("<p class=\"small\">요청한 주소: <code>/?a=&lt;b&gt;</code></p>")),
            korean);
        QCOMPARE(page.count(QLatin1StringView("You asked for <code>/?a=&lt;b&gt;</code>.")), english);
        // A sentence the translation lacks stays in English.
        QCOMPARE(page.count(QLatin1StringView("<tr><th>Your end (client socket)</th>")), english + korean);
    }

    // A translation that holds markup is shown as those characters.
    void aTranslationIsNeverMarkup()
    {
        const QString page = QString::fromUtf8(ClassroomPage::html({}, ClassroomPage::Korean));
        QVERIFY(!page.contains(QLatin1StringView("<script>")));
        QVERIFY2(page.contains(QString::fromUtf8("<th>서버 쪽 &lt;script&gt;alert('x')&lt;/script&gt;</th>")),
            qPrintable(page));
    }

    // English apostrophes read as apostrophes in the page's source too (a reader of the source,
    // or a client that does not decode HTML, sees "server's", not "server&#39;s"): the page's
    // own words between tags escape only &, < and >. (What the visitor sent is escaped for any
    // place, quotes too: tst_classroomlistener, tst_attack_classroom.)
    void apostrophesStayInTheSource_data()
    {
        QTest::addColumn<ClassroomPage::Language>("language");
        // Sections of the page; the Korean one has the test translation's "server's end".
        QTest::addColumn<int>("sections");
        QTest::addColumn<int>("englishServerEnd");
        QTest::newRow("English") << ClassroomPage::English << 1 << 1;
        QTest::newRow("both") << ClassroomPage::Both << 2 << 1;
        QTest::newRow("Korean") << ClassroomPage::Korean << 1 << 0;
    }

    void apostrophesStayInTheSource()
    {
        QFETCH(ClassroomPage::Language, language);
        QFETCH(int, sections);
        QFETCH(int, englishServerEnd);
        const ClassroomPage::Visit visit {QStringLiteral("192.0.2.7:50123"), QStringLiteral("192.0.2.1:8080"),
            1, QStringLiteral("/?a=<b>&c")};
        const QString page = QString::fromUtf8(ClassroomPage::html(visit, language));
        QVERIFY2(!page.contains(QLatin1StringView("&#39;")), qPrintable(page));
        QVERIFY2(!page.contains(QLatin1StringView("&quot;")), qPrintable(page));
        QVERIFY2(!page.contains(QLatin1StringView("&apos;")), qPrintable(page));
        QCOMPARE(page.count(QLatin1StringView("<tr><th>The server's end</th>")), englishServerEnd);
        // Sentences the test translation lacks stay in English, in every section.
        QCOMPARE(page.count(QLatin1StringView("<p>Your computer's OS picked the port")), sections);
        QCOMPARE(page.count(QLatin1StringView("They all share the server's end;")), sections);
        QCOMPARE(page.count(QLatin1StringView("<code>/?a=&lt;b&gt;&amp;c</code>")), sections);
        QVERIFY(!page.contains(QLatin1StringView("<b>")));

        const QString error = QString::fromUtf8(ClassroomPage::errorHtml(400));
        QVERIFY2(
            error.contains(QLatin1StringView("<p>SocketScope's classroom page only answers a plain GET")),
            qPrintable(error));
        QVERIFY(!error.contains(QLatin1StringView("&#39;")));
    }

    void errorPagesInBothLanguages()
    {
        const QString page = QString::fromUtf8(ClassroomPage::errorHtml(503));
        QVERIFY(page.contains(QLatin1StringView(
            "<p>The classroom page is full right now. Load the page again in a moment.</p>")));
        QVERIFY(page.contains(QString::fromUtf8(
            "<p lang=\"ko\">지금은 수업 페이지에 자리가 없습니다. 잠시 뒤에 페이지를 다시 불러오세요.</p>")));
    }

    // The live view's words take their Korean from the same place.
    void liveWordsToo()
    {
        const QJsonObject words = QJsonDocument::fromJson(LiveWords::json(QStringLiteral("both"))).object();
        QCOMPARE(words.value(QStringLiteral("ko")).toObject().value(QStringLiteral("title")).toString(),
            QString::fromUtf8("실시간: 내 소켓"));
        QCOMPARE(words.value(QStringLiteral("en")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("Live: your own sockets"));
    }
};

QTEST_GUILESS_MAIN(TestClassroomPageKorean)
#include "tst_classroompagekorean.moc"
