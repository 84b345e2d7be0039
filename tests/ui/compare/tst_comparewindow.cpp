#include "compare/comparelegend.h"
#include "compare/comparemarks.h"
#include "compare/comparewindow.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "session/session.h"
#include "teacherpairs.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QToolButton>

using namespace SocketScope;

// File > Compare with: the live session of a lab beside a recording made on loopback, one
// playhead for both, the differences listed and framed.
class TestCompareWindow : public TeacherPairsTest
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        m_window.reset();
        // The Compare window a main window opened goes with it; the session outlives both.
        m_main.reset();
        m_session.reset();
        if (m_lab)
            stopLab();
    }

    void liveSessionAgainstRecording()
    {
        // B: a connection closed the normal way, recorded and read back.
        auto recording = std::make_unique<Journal>();
        startLab();
        openConnection();
        QVERIFY(!m_lab->close(m_client));
        QTRY_VERIFY(journalHas(EventKind::Closed, m_client));
        saveAndLoad(*recording);

        // A: the same, live, still open.
        startLab();
        openConnection();
        m_window = std::make_unique<CompareWindow>(
            m_journal.get(), QStringLiteral("live"), std::move(recording), QStringLiteral("close.jsonl"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *list = m_window->findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), qsizetype(m_window->diff().differences().size()));
        QVERIFY(hasDifference(SessionDiff::DifferenceKind::OnlyB));

        // The live side aborts: the window compares again by itself, FIN against RST.
        QVERIFY(!m_lab->abort(m_client));
        QTRY_VERIFY(hasDifference(SessionDiff::DifferenceKind::Flags));
        QTRY_COMPARE(list->count(), qsizetype(m_window->diff().differences().size()));

        // One playhead: every row shows each side up to the step it has reached.
        const auto rows = qsizetype(m_window->diff().rows().size());
        for (qsizetype row = 0; row <= rows; ++row) {
            m_window->setRow(row);
            for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B})
                QCOMPARE(qsizetype(m_window->playback(side)->position()),
                    m_window->diff().itemsShownAfter(side, row));
        }

        // Picking a difference in the list moves both to it and frames its steps.
        const qsizetype flags = differenceIndex(SessionDiff::DifferenceKind::Flags);
        list->setCurrentRow(int(flags));
        const SessionDiff::Difference &d = m_window->diff().differences()[size_t(flags)];
        QCOMPARE(m_window->row(), d.row + 1);
        const SessionDiff::Row &row = m_window->diff().rows()[size_t(d.row)];
        QCOMPARE(m_window->marks(SessionDiff::Side::A)->picked().item, row.a->item);
        QCOMPARE(m_window->marks(SessionDiff::Side::B)->picked().item, row.b->item);
        // Both sides have that step, otherwise: a "different" mark, not an "only here" one.
        QVERIFY(!m_window->marks(SessionDiff::Side::A)->picked().onlyHere);
        for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B}) {
            const auto only = side == SessionDiff::Side::A ? SessionDiff::DifferenceKind::OnlyA
                                                           : SessionDiff::DifferenceKind::OnlyB;
            const std::vector<CompareMarks::Mark> &marks = m_window->marks(side)->marks();
            QCOMPARE(std::count_if(
                         marks.begin(), marks.end(), [](const CompareMarks::Mark &m) { return m.onlyHere; }),
                std::count_if(m_window->diff().differences().begin(), m_window->diff().differences().end(),
                    [only](const SessionDiff::Difference &x) { return x.kind == only; }));
        }
        // Each timeline says what its marks mean.
        for (const char *name : {"legendA", "legendB"}) {
            auto *legend = m_window->findChild<CompareLegend *>(QLatin1StringView(name));
            QVERIFY(legend);
            QCOMPARE(legend->texts().size(), 3);
            QVERIFY(!legend->texts().contains(QString()));
        }
        QCOMPARE(qsizetype(m_window->marks(SessionDiff::Side::A)->marks().size())
                + qsizetype(m_window->marks(SessionDiff::Side::B)->marks().size()),
            markCount());
        // Stepping on marks the next row's difference, or none.
        m_window->setRow(m_window->row() + 1);
        const SessionDiff::Row &next = m_window->diff().rows()[size_t(m_window->row() - 1)];
        QCOMPARE(m_window->marks(SessionDiff::Side::A)->picked().item,
            next.difference >= 0 && next.a ? next.a->item : qsizetype(-1));
    }

    // While the live side grows, the list writes again only the lines that changed and the
    // marks are made again only when the diff changed: after every refresh the window shows
    // what one opened afresh on the same two sessions shows, line for line and mark for mark.
    void growingKeepsTheListTrue()
    {
        auto recording = std::make_unique<Journal>();
        startLab();
        openConnection();
        QVERIFY(!m_lab->close(m_client));
        QTRY_VERIFY(journalHas(EventKind::Closed, m_client));
        saveAndLoad(*recording);
        const QString pathB = m_lastRecording;

        startLab();
        openConnection();
        m_window = std::make_unique<CompareWindow>(
            m_journal.get(), QStringLiteral("live"), std::move(recording), QStringLiteral("close.jsonl"));
        auto *list = m_window->findChild<QListWidget *>();
        QVERIFY(list);
        const auto sameAsAfresh = [&] {
            auto b = std::make_unique<Journal>();
            RecordingReader reader;
            if (!reader.read(pathB, *b))
                return QStringLiteral("recording B unreadable");
            CompareWindow fresh(
                m_journal.get(), QStringLiteral("live"), std::move(b), QStringLiteral("close.jsonl"));
            auto *freshList = fresh.findChild<QListWidget *>();
            if (freshList->count() != list->count())
                return QStringLiteral("%1 lines, afresh %2").arg(list->count()).arg(freshList->count());
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->text() != freshList->item(i)->text())
                    return QStringLiteral("line %1: '%2', afresh '%3'")
                        .arg(i)
                        .arg(list->item(i)->text(), freshList->item(i)->text());
            }
            for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B}) {
                if (m_window->marks(side)->marks() != fresh.marks(side)->marks())
                    return QStringLiteral("the marks differ");
            }
            return QString();
        };
        QString differs = sameAsAfresh();
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        const qint32 first = m_client;
        // Grows by connections opened, closed and aborted, each read by itself.
        for (int round = 0; round < 3; ++round) {
            openConnection();
            QVERIFY(m_window->catchUp());
            differs = sameAsAfresh();
            QVERIFY2(differs.isEmpty(), qPrintable(differs));
            const bool abort = round % 2 == 0;
            QVERIFY(!(abort ? m_lab->abort(m_client) : m_lab->close(m_client)));
            QTRY_VERIFY(journalHas(abort ? EventKind::Aborted : EventKind::Closed, m_client));
            QVERIFY(m_window->catchUp());
            differs = sameAsAfresh();
            QVERIFY2(differs.isEmpty(), qPrintable(differs));
        }
        QVERIFY(!m_lab->abort(first));
        QTRY_VERIFY(journalHas(EventKind::Aborted, first));
        QVERIFY(m_window->catchUp());
        QVERIFY(hasDifference(SessionDiff::DifferenceKind::Flags));
        differs = sameAsAfresh();
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }

    void keys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("expected"); // -1: the last row
        QTest::newRow("right") << int(Qt::Key_Right) << int(Qt::NoModifier) << 0 << 1;
        QTest::newRow("left") << int(Qt::Key_Left) << int(Qt::NoModifier) << 2 << 1;
        QTest::newRow("left at the start") << int(Qt::Key_Left) << int(Qt::NoModifier) << 0 << 0;
        QTest::newRow("shift right") << int(Qt::Key_Right) << int(Qt::ShiftModifier) << 0 << 10;
        QTest::newRow("shift left") << int(Qt::Key_Left) << int(Qt::ShiftModifier) << 12 << 2;
        QTest::newRow("end") << int(Qt::Key_End) << int(Qt::NoModifier) << 0 << -1;
        QTest::newRow("home") << int(Qt::Key_Home) << int(Qt::NoModifier) << 5 << 0;
    }
    void keys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(int, from);
        QFETCH(int, expected);
        openTwoRecordings();
        const auto rows = qsizetype(m_window->diff().rows().size());
        QVERIFY(rows > 12);
        m_window->setRow(from);
        QTest::keyClick(m_window->view(SessionDiff::Side::A), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(m_window->row(), expected < 0 ? rows : qsizetype(expected));
    }

    // Another anchor: one side has no RST, so everything the other has from its RST on differs,
    // and the window says why.
    void anchorOneSideLacks()
    {
        openTwoRecordings();
        auto *combo = m_window->findChild<QComboBox *>();
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(SessionDiff::Anchor::FirstReset)));
        emit combo->activated(combo->currentIndex());
        QCOMPARE(m_window->diff().anchor(), SessionDiff::Anchor::FirstReset);
        QVERIFY(m_window->diff().anchorItem(SessionDiff::Side::A) >= 0);
        QCOMPARE(m_window->diff().anchorItem(SessionDiff::Side::B), -1);
        QVERIFY(!m_window->diff().differences().empty());
        for (const SessionDiff::Difference &d : m_window->diff().differences())
            QCOMPARE(d.kind, SessionDiff::DifferenceKind::OnlyA);
        bool said = false;
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            said = said || (label->isVisible() && label->text().contains(QStringLiteral("RST")));
        QVERIFY(said);
    }

    // A projector at 1024x768: the window fits, with large type too.
    void fitsSmallScreen()
    {
        openTwoRecordings();
        QVERIFY(m_window->minimumSizeHint().width() <= 1024);
        QVERIFY(m_window->minimumSizeHint().height() <= 740);
        m_window->setPresentationScale(1.5);
        QVERIFY(m_window->minimumSizeHint().width() <= 1024);
        QVERIFY(m_window->minimumSizeHint().height() <= 740);
    }

    // On a projector at 1024x768 each timeline shows three lanes whole (the type grows only so
    // far), and the list of differences waits behind its button.
    void presentationLeavesTheTimelinesTheHeight()
    {
        openTwoRecordings();
        m_window->setPresentationScale(1.6);
        // The offscreen screen is smaller than a projector's: the window takes 1024x768 here.
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1024, 768);
        auto *toggle = findToggle();
        QVERIFY(toggle);
        QVERIFY(!toggle->isChecked());
        QListWidget *list = m_window->findChild<QListWidget *>();
        QVERIFY(!list->isVisible());
        for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B}) {
            const TimelineView *view = m_window->view(side);
            const auto lanesShown
                = [view] { return view->painter().plotRect().height() / view->painter().laneHeight(); };
            QTRY_VERIFY2(lanesShown() >= 2.99, qPrintable(QString::number(lanesShown())));
        }
        toggle->click();
        QVERIFY(list->isVisible());
    }

    // The three pairs a teacher shows (issue 20), each side recorded on loopback and opened as
    // a user opens them: A replayed in the main window, File > Compare with, B picked in the
    // file dialog. Lined up at each one's first SYN, the list names the difference the lesson
    // is about, both timelines frame it, and the playhead's button and keys move both.
    void teacherCloseAgainstAbort()
    {
        openPair([this](bool second, Journal &journal) { recordCloseOrAbort(second, journal); });
        if (QTest::currentTestFailed())
            return;
        // The lesson: the client ended with close() and FIN in A, with abort() and RST in B.
        checkDifferenceShown(SessionDiff::DifferenceKind::Flags,
            QStringLiteral("client #2 \u2192 accepted #3: FIN in A, RST in B"));
        if (QTest::currentTestFailed())
            return;
        checkDifferenceShown(
            SessionDiff::DifferenceKind::Call, QStringLiteral("client #2: close() in A, abort() in B"));
        if (QTest::currentTestFailed())
            return;
        checkPlayheadMovesBoth();
    }

    void teacherNagleAgainstNoDelay()
    {
        openPair([this](bool second, Journal &journal) { recordSmallWrites(second, journal); });
        if (QTest::currentTestFailed())
            return;
        // The lesson: with Nagle's algorithm the ten one-byte writes went out as two segments
        // (1 byte, then the 9 held back until the first was acknowledged) and were read in two;
        // without it, as one segment of 10 read at once.
        checkDifferenceShown(SessionDiff::DifferenceKind::Size,
            QStringLiteral("other program \u2192 accepted #2: PSH+ACK 1 bytes in A, PSH+ACK 10 bytes in B"));
        if (QTest::currentTestFailed())
            return;
        checkDifferenceShown(SessionDiff::DifferenceKind::OnlyA,
            QStringLiteral("only in A: other program \u2192 accepted #2: PSH+ACK 9 bytes"));
        if (QTest::currentTestFailed())
            return;
        checkDifferenceShown(SessionDiff::DifferenceKind::Size,
            QStringLiteral("accepted #2: recv() \u2192 1 bytes in A, recv() \u2192 10 bytes in B"));
        if (QTest::currentTestFailed())
            return;
        checkPlayheadMovesBoth();
    }

    void teacherAcceptingAgainstPaused()
    {
        openPair([this](bool second, Journal &journal) { recordAccepting(second, journal); });
        if (QTest::currentTestFailed())
            return;
        // The lesson: both handshakes finish, but only A's listener accepts the connection;
        // B's waits in the accept queue.
        checkDifferenceShown(
            SessionDiff::DifferenceKind::OnlyA, QStringLiteral("only in A: listener #1: accept() \u2192 #3"));
        if (QTest::currentTestFailed())
            return;
        checkDifferenceShown(
            SessionDiff::DifferenceKind::OnlyA, QStringLiteral("only in A: accepted #3: appears"));
        if (QTest::currentTestFailed())
            return;
        checkDifferenceShown(SessionDiff::DifferenceKind::OnlyB,
            QStringLiteral("only in B: listener #1: 1 waiting in the accept queue"));
        if (QTest::currentTestFailed())
            return;
        // B has no accepted socket at all.
        for (const QString &line : differenceLines())
            QVERIFY2(
                !line.contains(QStringLiteral("accepted #")) || line.startsWith(QStringLiteral("only in A")),
                qPrintable(line));
        checkPlayheadMovesBoth();
    }

private:
    // Records a pair (`record(false, ...)` is A, `record(true, ...)` is B), opens it as a user
    // does (openAsUser) and checks it is lined up at the first SYN.
    template<typename Record> void openPair(Record record)
    {
        Journal a;
        Journal b;
        record(false, a);
        const QString pathA = m_lastRecording;
        record(true, b);
        openAsUser(pathA, m_lastRecording);
        if (QTest::currentTestFailed())
            return;
        checkOpenedAtFirstSyn();
    }

    // Opens recording A as `socketscope --replay A` does, then File > Compare with and B picked
    // in the file dialog; m_opened is the Compare window the main window opened.
    void openAsUser(const QString &pathA, const QString &pathB)
    {
        m_session = std::make_unique<Session>(Session::Kind::Replay);
        RecordingReader reader;
        QVERIFY2(reader.read(pathA, *m_session->journal()), qPrintable(reader.fatalError()));
        m_main = std::make_unique<MainWindow>(m_session.get(), nullptr);
        m_main->resize(1024, 768);
        m_main->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_main.get()));
        m_main->setReplaySource(pathA, {}, 0);
        QAction *compare = nullptr;
        for (QAction *action : m_main->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&Compare with\u2026"))
                compare = action;
        }
        QVERIFY(compare);
        QVERIFY(compare->isEnabled());
        // The file dialog is modal: it is answered from a timer, inside its own event loop. A
        // dialog that does not take the file is closed, so the test fails instead of waiting.
        bool answered = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            answer.stop();
            // The path typed into the file name box, then Open (QFileDialog's accept(), which
            // checks that the file is there, as the button does).
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (name)
                name->setText(pathB);
            static_cast<QDialog *>(dialog)->accept();
            answered = !dialog->isVisible();
            if (!answered)
                dialog->reject();
        });
        answer.start();
        compare->trigger();
        answer.stop();
        QVERIFY2(answered, "the file dialog did not take the recording");
        m_opened = m_main->findChild<CompareWindow *>();
        QVERIFY(m_opened);
        QVERIFY(QTest::qWaitForWindowExposed(m_opened));
        m_opened->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_opened));
        m_opened->view(SessionDiff::Side::A)->setFocus();
    }

    // Opened from File > Compare with, the window lines the two up at each one's first SYN,
    // which both have, and shows both from there.
    void checkOpenedAtFirstSyn()
    {
        auto *combo = m_opened->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), int(SessionDiff::Anchor::FirstSyn));
        QCOMPARE(combo->currentText(), QStringLiteral("first SYN"));
        const SessionDiff &diff = m_opened->diff();
        QCOMPARE(diff.anchor(), SessionDiff::Anchor::FirstSyn);
        QCOMPARE(m_opened->row(), 0);
        for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B}) {
            QVERIFY(diff.anchorItem(side) >= 0);
            QCOMPARE(qsizetype(m_opened->playback(side)->position()), diff.anchorItem(side));
        }
        // No warning that a side lacks the anchor.
        for (const QLabel *label : m_opened->findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || !label->text().contains(QStringLiteral("has no")),
                qPrintable(label->text()));
        auto *list = m_opened->findChild<QListWidget *>();
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), qsizetype(diff.differences().size()));
    }

    // The list shows `line` (after its time) for a difference of `kind`; both timelines frame
    // its steps (as only on that side, or as different); clicking the line moves the shared
    // playhead just past it, on both sides, and marks it as the one picked.
    void checkDifferenceShown(SessionDiff::DifferenceKind kind, const QString &line)
    {
        const QStringList lines = differenceLines();
        const auto index = lines.indexOf(line);
        QVERIFY2(index >= 0, qPrintable(QStringLiteral("'%1' not in:\n%2").arg(line, lines.join(u'\n'))));
        const SessionDiff &diff = m_opened->diff();
        const SessionDiff::Difference &d = diff.differences()[size_t(index)];
        QCOMPARE(d.kind, kind);
        const SessionDiff::Row &row = diff.rows()[size_t(d.row)];
        const bool onlyOneSide
            = kind == SessionDiff::DifferenceKind::OnlyA || kind == SessionDiff::DifferenceKind::OnlyB;
        QCOMPARE(bool(row.a), kind != SessionDiff::DifferenceKind::OnlyB);
        QCOMPARE(bool(row.b), kind != SessionDiff::DifferenceKind::OnlyA);
        for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B}) {
            const std::optional<SessionDiff::Step> &step = side == SessionDiff::Side::A ? row.a : row.b;
            if (!step)
                continue;
            const CompareMarks::Mark framed {step->item, step->lane, step->toLane, onlyOneSide};
            const std::vector<CompareMarks::Mark> &marks = m_opened->marks(side)->marks();
            QVERIFY2(std::find(marks.begin(), marks.end(), framed) != marks.end(),
                qPrintable(
                    QStringLiteral("no frame around item %1 on side %2").arg(step->item).arg(int(side))));
        }

        auto *list = m_opened->findChild<QListWidget *>();
        QListWidgetItem *item = list->item(int(index));
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(list->currentRow(), int(index));
        QCOMPARE(m_opened->row(), d.row + 1);
        for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B}) {
            const std::optional<SessionDiff::Step> &step = side == SessionDiff::Side::A ? row.a : row.b;
            QCOMPARE(m_opened->marks(side)->picked().item, step ? step->item : qsizetype(-1));
            QCOMPARE(qsizetype(m_opened->playback(side)->position()), diff.itemsShownAfter(side, d.row + 1));
            // The timeline shows the step picked.
            if (step)
                QVERIFY(m_opened->playback(side)->position() > double(step->item));
        }
    }

    // Where the shared playhead and the two timelines stand, when that is not at `row` on both
    // (each side showing what the playhead has walked of it); empty when they are.
    QString notBothAt(qsizetype row) const
    {
        if (m_opened->row() != row)
            return QStringLiteral("the playhead is at row %1, not %2").arg(m_opened->row()).arg(row);
        for (const SessionDiff::Side side : {SessionDiff::Side::A, SessionDiff::Side::B}) {
            const auto shown = qsizetype(m_opened->playback(side)->position());
            const qsizetype expected = m_opened->diff().itemsShownAfter(side, row);
            if (shown != expected)
                return QStringLiteral("at row %1, side %2 shows %3 items, not %4")
                    .arg(row)
                    .arg(side == SessionDiff::Side::A ? QStringLiteral("A") : QStringLiteral("B"))
                    .arg(shown)
                    .arg(expected);
        }
        return {};
    }

    // The window's step button and keys move one playhead, and both timelines with it: the
    // first step (each side's SYN) moves both, and every step after shows each side up to the
    // row walked.
    void checkPlayheadMovesBoth()
    {
        QToolButton *forward = nullptr;
        for (QToolButton *button : m_opened->findChildren<QToolButton *>()) {
            if (button->toolTip().startsWith(QStringLiteral("One step forward")))
                forward = button;
        }
        QVERIFY(forward);
        QWidget *view = m_opened->view(SessionDiff::Side::A);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QString wrong = notBothAt(0);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        const auto rows = qsizetype(m_opened->diff().rows().size());
        QVERIFY(rows > 2);
        const double startA = m_opened->playback(SessionDiff::Side::A)->position();
        const double startB = m_opened->playback(SessionDiff::Side::B)->position();
        forward->click();
        wrong = notBothAt(1);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QVERIFY(m_opened->playback(SessionDiff::Side::A)->position() > startA);
        QVERIFY(m_opened->playback(SessionDiff::Side::B)->position() > startB);
        for (qsizetype row = 2; row <= rows; ++row) {
            QVERIFY(forward->isEnabled());
            forward->click();
            wrong = notBothAt(row);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        }
        QVERIFY(!forward->isEnabled());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Left);
        wrong = notBothAt(rows - 1);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QTest::keyClick(view, Qt::Key_Home);
        wrong = notBothAt(0);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QTest::keyClick(view, Qt::Key_Right);
        wrong = notBothAt(1);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        wrong = notBothAt(qMin<qsizetype>(11, rows));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QTest::keyClick(view, Qt::Key_End);
        wrong = notBothAt(rows);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // What the list of differences says, line by line, without the time each line starts with
    // ("+1.2 ms  ").
    QStringList differenceLines() const
    {
        QStringList lines;
        const auto *list = m_opened->findChild<QListWidget *>();
        for (int i = 0; list && i < list->count(); ++i)
            lines << list->item(i)->text().section(QStringLiteral("  "), 1);
        return lines;
    }

    QToolButton *findToggle() const
    {
        for (QToolButton *button : m_window->findChildren<QToolButton *>()) {
            if (button->isCheckable())
                return button;
        }
        return nullptr;
    }

    void openConnection()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        m_client = client.id;
        QTRY_VERIFY(journalHas(EventKind::Connected, m_client));
        QTRY_VERIFY(acceptedOf(listener.id) >= 0);
        QVERIFY(!m_lab->send(m_client, "hello"));
        QTRY_COMPARE(m_lab->info(acceptedOf(listener.id))->bytesIn, 5);
    }

    // A: a connection aborted, B: one closed, both recorded and read back.
    void openTwoRecordings()
    {
        auto a = std::make_unique<Journal>();
        auto b = std::make_unique<Journal>();
        for (Journal *journal : {a.get(), b.get()}) {
            startLab();
            openConnection();
            const bool abort = journal == a.get();
            QVERIFY(!(abort ? m_lab->abort(m_client) : m_lab->close(m_client)));
            QTRY_VERIFY(journalHas(abort ? EventKind::Aborted : EventKind::Closed, m_client));
            saveAndLoad(*journal);
        }
        // The window reads A as it may grow: the journal must outlive it.
        m_journalA = std::move(a);
        m_window = std::make_unique<CompareWindow>(
            m_journalA.get(), QStringLiteral("abort.jsonl"), std::move(b), QStringLiteral("close.jsonl"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->view(SessionDiff::Side::A)->setFocus();
    }

    qsizetype differenceIndex(SessionDiff::DifferenceKind kind) const
    {
        const auto &all = m_window->diff().differences();
        for (size_t i = 0; i < all.size(); ++i) {
            if (all[i].kind == kind)
                return qsizetype(i);
        }
        return -1;
    }
    bool hasDifference(SessionDiff::DifferenceKind kind) const { return differenceIndex(kind) >= 0; }

    // One frame per side a difference has a step on.
    qsizetype markCount() const
    {
        qsizetype count = 0;
        for (const SessionDiff::Difference &d : m_window->diff().differences()) {
            const SessionDiff::Row &row = m_window->diff().rows()[size_t(d.row)];
            count += (row.a ? 1 : 0) + (row.b ? 1 : 0);
        }
        return count;
    }

    qint32 m_client = -1;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_main;
    QPointer<CompareWindow> m_opened;
    std::unique_ptr<Journal> m_journalA;
    std::unique_ptr<CompareWindow> m_window;
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
