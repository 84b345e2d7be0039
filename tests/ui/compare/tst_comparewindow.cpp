#include "compare/comparelegend.h"
#include "compare/comparemarks.h"
#include "compare/comparewindow.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "livelabtest.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelineview.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QToolButton>

using namespace SocketScope;

// File > Compare with: the live session of a lab beside a recording made on loopback, one
// playhead for both, the differences listed and framed.
class TestCompareWindow : public LiveLabTest
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        m_window.reset();
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
        const QString pathB = m_dir.filePath(QStringLiteral("r%1.jsonl").arg(m_recordings));

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

private:
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

    void saveAndLoad(Journal &into)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.jsonl").arg(++m_recordings));
        {
            RecordingWriter writer(m_journal.get());
            QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
            writer.close();
        }
        stopLab();
        RecordingReader reader;
        QVERIFY2(reader.read(path, into), qPrintable(reader.fatalError()));
    }

    bool journalHas(EventKind kind, qint32 socket) const
    {
        for (const quint32 index : m_journal->eventsOfSocket(socket)) {
            if (m_journal->at(index).kind == kind)
                return true;
        }
        return false;
    }

    qint32 acceptedOf(qint32 listener) const
    {
        for (const qint32 id : m_lab->socketIds()) {
            if (m_lab->info(id)->parent == listener)
                return id;
        }
        return -1;
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

    QTemporaryDir m_dir;
    int m_recordings = 0;
    qint32 m_client = -1;
    std::unique_ptr<Journal> m_journalA;
    std::unique_ptr<CompareWindow> m_window;
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
