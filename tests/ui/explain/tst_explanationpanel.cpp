#include "explain/explanationpanel.h"
#include "explain/glossary.h"
#include "explain/learnerquestions.h"
#include "journal/journal.h"
#include "lessons/lessonlibrary.h"
#include "models/eventexplanations.h"
#include "models/sockettablemodel.h"

#include <QtTest/QtTest>
#include <QtWidgets/QTextBrowser>

using namespace SocketScope;

// The explanations: every event kind, the glossary terms the task lists, and the learners'
// questions, each pointing at a lesson that exists.
class TestExplanationPanel : public QObject
{
    Q_OBJECT

private slots:
    void everyEventKindIsExplained()
    {
        for (int k = 0; k < int(EventKind::Count); ++k)
            QVERIFY2(!EventExplanations::explain(EventKind(k)).isEmpty(),
                qPrintable(QString(kindName(EventKind(k)))));
    }

    void glossaryHasTheCoreTerms_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : {"socket", "port", "ip_port", "listen_socket", "backlog", "accept",
                 "handshake", "four_way_close", "time_wait", "stream", "datagram", "ephemeral_port",
                 "well_known_port", "socket_pair", "port_forwarding"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void glossaryHasTheCoreTerms()
    {
        QFETCH(QString, key);
        const auto term = Glossary::find(key);
        QVERIFY(term);
        QVERIFY(!term->name.isEmpty() && term->meaning.size() > 20);
    }

    void questionsPointAtRealLessons()
    {
        LessonLibrary library;
        QVERIFY(library.load(LessonLibrary::builtInFolder()));
        const QList<LearnerQuestions::Answer> answers = LearnerQuestions::all();
        QVERIFY(answers.size() >= 2);
        QVERIFY(answers.at(0).question.contains(QLatin1StringView("socket")));
        for (const LearnerQuestions::Answer &answer : answers)
            QVERIFY2(library.find(answer.lessonId), qPrintable(answer.lessonId));
    }

    void panelExplainsWhatIsSelected()
    {
        ExplanationPanel panel;
        panel.explainKernelState(TcpState::TimeWait);
        QCOMPARE(panel.currentTitle(), QStringLiteral("TIME_WAIT"));
        QVERIFY(panel.currentText().contains(QLatin1StringView("closed first")));

        panel.explainEventKind(EventKind::Accepted);
        QVERIFY(panel.currentText().contains(QLatin1StringView("new socket")));

        Journal journal;
        SocketTableModel model(&journal);
        panel.explainColumn(&model, SocketTableModel::ColumnLocal);
        QCOMPARE(
            panel.currentTitle(), model.headerData(SocketTableModel::ColumnLocal, Qt::Horizontal).toString());
        QVERIFY(!panel.currentText().isEmpty());

        panel.showTerm(QStringLiteral("socket_pair"));
        QCOMPARE(panel.currentTitle(), QStringLiteral("socket pair"));
    }

    void questionLinkAsksForTheLesson()
    {
        ExplanationPanel panel;
        QSignalSpy requested(&panel, &ExplanationPanel::lessonRequested);
        QVERIFY(requested.isValid());
        const QList<QTextBrowser *> browsers = panel.findChildren<QTextBrowser *>();
        bool clicked = false;
        for (QTextBrowser *browser : browsers) {
            if (browser->toHtml().contains(QLatin1StringView("lesson:"))) {
                emit browser->anchorClicked(QUrl(QStringLiteral("lesson:socket-pair")));
                clicked = true;
            }
        }
        QVERIFY(clicked);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), QStringLiteral("socket-pair"));
    }
};

QTEST_MAIN(TestExplanationPanel)
#include "tst_explanationpanel.moc"
