#include "classroom/classroompage.h"
#include "classroom/livewords.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtTest/QtTest>

using namespace SocketScope;

// The live page's words come from the app (tr(), so the translations collect them), carried
// by the page as a JSON block; the script that draws the page holds code only.
class TestLiveWords : public QObject
{
    Q_OBJECT

private slots:
    void languagesAsked_data()
    {
        QTest::addColumn<ClassroomPage::Language>("language");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("carried");
        QTest::newRow("English") << ClassroomPage::English << QStringLiteral("en")
                                 << QStringList {QStringLiteral("en")};
        QTest::newRow("Korean") << ClassroomPage::Korean << QStringLiteral("ko")
                                << QStringList {QStringLiteral("ko")};
        QTest::newRow("both") << ClassroomPage::Both << QStringLiteral("both")
                              << QStringList {QStringLiteral("en"), QStringLiteral("ko")};
    }

    // The page carries the words of its own languages, nested as the script looks them up,
    // and readable back out of the page.
    void languagesAsked()
    {
        QFETCH(ClassroomPage::Language, language);
        QFETCH(QString, lang);
        QFETCH(QStringList, carried);
        const QString page = QString::fromUtf8(ClassroomPage::html({}, language));
        static const QRegularExpression block(
            QStringLiteral("<script type=\"application/json\" id=\"live-words\">([^<]*)</script>"));
        const QRegularExpressionMatch match = block.match(page);
        QVERIFY2(match.hasMatch(), qPrintable(page.right(600)));
        QVERIFY(page.indexOf(match.captured(0)) < page.indexOf(QStringLiteral("<script src=\"/live.js\">")));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(match.captured(1).toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(doc.object().keys(), carried);
        QCOMPARE(QJsonDocument::fromJson(LiveWords::json(lang)), doc);
        for (const QString &each : carried) {
            const QJsonObject words = doc.object().value(each).toObject();
            QVERIFY(!words.value(QStringLiteral("title")).toString().isEmpty());
            const QJsonObject challenge = words.value(QStringLiteral("challenge")).toObject();
            QVERIFY(challenge.value(QStringLiteral("verdict"))
                        .toObject()
                        .value(QStringLiteral("done"))
                        .toString()
                        .contains(QStringLiteral("%1")));
            // The problem with no name ("try again") is the empty key.
            QVERIFY(challenge.value(QStringLiteral("problem")).toObject().contains(QString()));
            QVERIFY(!words.value(QStringLiteral("ev"))
                         .toObject()
                         .value(QStringLiteral("segment"))
                         .toString()
                         .isEmpty());
        }
    }

    // No word can end the block early, whatever a translation says.
    void theBlockHasNoMarkup()
    {
        for (const char *lang : {"en", "ko", "both"}) {
            const QByteArray block = LiveWords::htmlBlock(QLatin1StringView(lang));
            QVERIFY(!block.contains('<'));
            QVERIFY(QJsonDocument::fromJson(block).isObject());
        }
    }

    // The script holds code, no words: no Hangul, none of the English sentences.
    void theScriptHasNoWords()
    {
        const QString script = QString::fromUtf8(ClassroomPage::script());
        QVERIFY(script.contains(QStringLiteral("new EventSource('/live')")));
        QVERIFY(script.contains(QStringLiteral("live-words")));
        static const QRegularExpression hangul(
            QStringLiteral("[\\x{AC00}-\\x{D7AF}\\x{1100}-\\x{11FF}\\x{3130}-\\x{318F}]"));
        QVERIFY(!hangul.match(script).hasMatch());
        const QJsonObject english = QJsonDocument::fromJson(LiveWords::json(QStringLiteral("en")))
                                        .object()
                                        .value(QStringLiteral("en"))
                                        .toObject();
        QVERIFY(!english.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!script.contains(english.value(QStringLiteral("title")).toString()));
        QVERIFY(!script.contains(QStringLiteral("Well done")));
    }
};

QTEST_GUILESS_MAIN(TestLiveWords)
#include "tst_livewords.moc"
