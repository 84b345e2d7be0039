#include "journal/journal.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "models/connectiontablemodel.h"
#include "models/sockettablemodel.h"
#include "session/session.h"
#include "window/languageswitcher.h"
#include "window/mainwindow.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace SocketScope;

namespace {

// The letter Alt presses for this text ("&Send" -> S), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a plain ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

struct Mnemonic
{
    QChar letter;
    QString text;
};

// Every Alt+letter a widget offers at once: its own labels and buttons, and for each page stack
// inside it, the letters of one page at a time (a page not shown offers none). One list per
// combination of pages.
QList<QList<Mnemonic>> mnemonicSets(QWidget *root)
{
    QList<Mnemonic> own;
    QList<QStackedWidget *> stacks;
    QList<QWidget *> pending {root};
    while (!pending.isEmpty()) {
        QWidget *widget = pending.takeFirst();
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget); box && box->isCheckable())
            text = box->title();
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            own.append({letter, text});
        for (QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isWindow())
                continue;
            if (auto *stack = qobject_cast<QStackedWidget *>(child))
                stacks.append(stack);
            else
                pending.append(child);
        }
    }
    QList<QList<Mnemonic>> sets {own};
    for (QStackedWidget *stack : stacks) {
        QList<QList<Mnemonic>> pages;
        for (int i = 0; i < stack->count(); ++i)
            pages += mnemonicSets(stack->widget(i));
        if (pages.isEmpty())
            continue;
        QList<QList<Mnemonic>> combined;
        for (const QList<Mnemonic> &set : std::as_const(sets)) {
            for (const QList<Mnemonic> &page : std::as_const(pages))
                combined.append(set + page);
        }
        sets = combined;
    }
    return sets;
}

} // namespace

// The window on real loopback sockets: tables fill, one selection everywhere, bad input said.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<Session>(Session::Kind::Live);
        m_journal = m_session->journal();
        m_lab = m_session->lab();
        m_window = std::make_unique<MainWindow>(m_session.get(), nullptr);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void tablesFollowRealSockets()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!client.error);
        // listener, client, accepted
        QTRY_COMPARE(m_window->socketModel()->rowCount(), 3);
        QTRY_COMPARE(m_window->connectionModel()->rowCount(), 1);
        const QModelIndex row = m_window->connectionModel()->index(0, 0);
        QCOMPARE(row.data(ConnectionTableModel::ClientSocketRole).toInt(), client.id);
        QVERIFY(row.data(ConnectionTableModel::ServerSocketRole).toInt() > client.id);
        QTRY_COMPARE(m_window->socketModel()->recordOfSocket(client.id)->kernel, TcpState::Established);
    }

    void selectionIsShared()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        const quint16 port = m_lab->info(listener.id)->localPort;
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QTRY_COMPARE(m_window->connectionModel()->rowCount(), 1);
        m_window->selectSocket(client.id);
        QCOMPARE(m_window->selectedSocket(), client.id);
        const QModelIndex current = m_window->socketView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(SocketTableModel::SocketIdRole).toInt(), client.id);
        QVERIFY(m_window->connectionView()->currentIndex().isValid());

        // Clicking the listener's row selects it everywhere.
        const int listenerRow = m_window->socketModel()->rowOfSocket(listener.id);
        QVERIFY(listenerRow >= 0);
        QTableView *view = m_window->socketView();
        const QModelIndex proxyIndex = view->model()->index(listenerRow, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(proxyIndex).center());
        QCOMPARE(m_window->selectedSocket(), listener.id);
    }

    void badPortIsExplained_data()
    {
        QTest::addColumn<QString>("port");
        QTest::newRow("too large") << QStringLiteral("70000");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("not a number") << QStringLiteral("abc");
        QTest::newRow("empty") << QString();
    }

    void badPortIsExplained()
    {
        QFETCH(QString, port);
        auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("serverPort"));
        auto *listen = m_window->findChild<QPushButton *>(QStringLiteral("listen"));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusMessage"));
        QVERIFY(field && listen && status);
        field->setText(port);
        const qsizetype before = m_journal->count();
        listen->click();
        QVERIFY(status->text().contains(QStringLiteral("0 to 65535")));
        QCOMPARE(m_journal->count(), before); // nothing was opened
    }

    void portInUseIsExplained()
    {
        const Lab::Opened first = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        const quint16 port = m_lab->info(first.id)->localPort;
        auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("serverPort"));
        auto *listen = m_window->findChild<QPushButton *>(QStringLiteral("listen"));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusMessage"));
        field->setText(QString::number(port));
        listen->click();
        QTRY_VERIFY(status->text().contains(QStringLiteral("already uses")));
    }

    // Presenting, the status bar is hidden: what it would say is laid over the bottom of the
    // views for the class to read, and goes when presenting ends. A real refused listen.
    void presentationShowsMessagesOverTheViews()
    {
        auto *toast = m_window->findChild<QLabel *>(QStringLiteral("messageToast"));
        QVERIFY(toast);
        const Lab::Opened first = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!first.error);
        const quint16 port = m_lab->info(first.id)->localPort;

        // Not presenting: the status bar says it, nothing covers the views.
        QVERIFY(m_lab->listenTcp(QHostAddress::LocalHost, port).error);
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusMessage"))
                        ->text()
                        .contains(QStringLiteral("already uses")));
        QVERIFY(!toast->isVisible());

        m_window->setPresentationMode(true);
        QVERIFY(!m_window->statusBar()->isVisible());
        QVERIFY(m_lab->listenTcp(QHostAddress::LocalHost, port).error);
        QTRY_VERIFY(toast->isVisible());
        QVERIFY(toast->text().contains(QStringLiteral("already uses")));
        // Whole, inside the views, and in the presentation's larger type.
        const QRect views = m_window->centralWidget()->geometry();
        QVERIFY2(views.contains(toast->geometry()), "the message leaves the views");
        QVERIFY(toast->height() >= toast->heightForWidth(toast->width()));
        QVERIFY(toast->font().pointSizeF() > QApplication::font().pointSizeF());

        // A click puts it away; so does leaving presentation mode.
        QTest::mouseClick(toast, Qt::LeftButton);
        QVERIFY(!toast->isVisible());
        QVERIFY(m_lab->listenTcp(QHostAddress::LocalHost, port).error);
        QTRY_VERIFY(toast->isVisible());
        m_window->setPresentationMode(false);
        QVERIFY(!toast->isVisible());
        QVERIFY(m_window->statusBar()->isVisible());
    }

    void switchesLanguageAtRunTime()
    {
        LanguageSwitcher language;
        language.setLanguage(QStringLiteral("ko"));
        QTRY_VERIFY(
            m_window->socketModel()->headerData(0, Qt::Horizontal).toString() != QStringLiteral("Socket"));
        language.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(
            m_window->socketModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Socket"));
    }

    // --lang is for one run; only the Language menu's choice is remembered.
    void onlyTheMenusLanguageIsRemembered()
    {
        LanguageSwitcher language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(m_session.get(), &language);
        AppSettings settings;
        settings.language = QString(); // follow the system
        window.applySettings(settings);
        language.setLanguage(QStringLiteral("ko")); // as --lang ko does
        QCOMPARE(window.currentSettings().language, QString());
        QAction *korean = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("\uD55C\uAD6D\uC5B4"))
                korean = action;
        }
        QVERIFY(korean);
        korean->trigger();
        QCOMPARE(window.currentSettings().language, QStringLiteral("ko"));
        language.setLanguage(QStringLiteral("en"));
    }

    // A replay opens without the workbench (it makes no sockets, and the timeline needs the
    // width), and does not hand that layout on to the next live run.
    void replayLeavesTheWorkbenchOut()
    {
        QDockWidget *liveBench = m_window->findChild<QDockWidget *>(QStringLiteral("workbenchDock"));
        QVERIFY(liveBench && liveBench->isVisible());
        AppSettings live;
        live.windowState = m_window->saveState();

        Session replaySession(Session::Kind::Replay);
        MainWindow replay(&replaySession, nullptr);
        replay.applySettings(live);
        replay.show();
        QVERIFY(QTest::qWaitForWindowExposed(&replay));
        auto *bench = replay.findChild<QDockWidget *>(QStringLiteral("workbenchDock"));
        QVERIFY(bench);
        QVERIFY(!bench->isVisible());
        // Still one click away.
        bench->toggleViewAction()->trigger();
        QVERIFY(bench->isVisible());
        bench->toggleViewAction()->trigger();
        QCOMPARE(replay.currentSettings().windowState, live.windowState);

        // A live window saves its own layout.
        m_window->findChild<QDockWidget *>(QStringLiteral("eventDock"))->hide();
        QVERIFY(m_window->currentSettings().windowState != live.windowState);
    }

    // Alt+letter never means two things at once: the menu bar's letters and those of whatever
    // page is shown are all different, in both languages.
    void mnemonicsAreUnambiguous_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Korean") << QStringLiteral("ko");
    }

    void mnemonicsAreUnambiguous()
    {
        QFETCH(QString, language);
        LanguageSwitcher switcher;
        switcher.setLanguage(language);
        QCoreApplication::processEvents();
        QList<Mnemonic> menus;
        for (QAction *action : m_window->menuBar()->actions()) {
            if (const QChar letter = mnemonicOf(action->text()); !letter.isNull())
                menus.append({letter, action->text()});
        }
        QVERIFY(menus.size() >= 4); // File, View, ..., Help
        const QList<QList<Mnemonic>> sets = mnemonicSets(m_window.get());
        QVERIFY(sets.size() > 1);
        int checked = 0;
        for (const QList<Mnemonic> &set : sets) {
            QHash<QChar, QString> seen;
            for (const Mnemonic &mnemonic : menus + set) {
                const QString other = seen.value(mnemonic.letter);
                QVERIFY2(other.isNull(),
                    qPrintable(QStringLiteral("Alt+%1 is both \"%2\" and \"%3\"")
                                   .arg(mnemonic.letter, other, mnemonic.text)));
                seen.insert(mnemonic.letter, mnemonic.text);
                ++checked;
            }
        }
        QVERIFY(checked > menus.size() * sets.size()); // the pages' own letters were looked at
    }

private:
    std::unique_ptr<Session> m_session;
    Journal *m_journal = nullptr;
    Lab *m_lab = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
