#include "capture/capturehelperclient.h"
#include "capture/hostcapture.h"
#include "journal/journal.h"
#include "lab/lab.h"
#include "session/session.h"
#include "window/mainwindow.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>

#include <unistd.h>

using namespace SocketScope;

namespace {

QString helperPath()
{
#ifdef SOCKETSCOPE_CAPTURE_HELPER
    return QStringLiteral(SOCKETSCOPE_CAPTURE_HELPER);
#else
    return {};
#endif
}

// What the window's banner says now (empty when it is hidden).
QString bannerText(const MainWindow &window)
{
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("apture")))
            return label->text();
    }
    return {};
}

QAction *captureAction(const MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Capture packets"))
            return action;
    }
    return nullptr;
}

} // namespace

// View > Capture packets, and the banner that says why capture is off and how to allow it.
class TestCaptureBanner : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<Session>(Session::Kind::Live);
        m_lab = m_session->lab();
        m_capture = m_session->capture();
        m_window = std::make_unique<MainWindow>(m_session.get(), nullptr);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void noHelperSaysSo()
    {
        m_capture->client()->setHelperPath(QStringLiteral("/nonexistent/socketscope-capture"));
        QAction *action = captureAction(*m_window);
        QVERIFY(action && action->isEnabled() && !action->isChecked());
        QVERIFY(bannerText(*m_window).isEmpty());
        action->trigger();
        QVERIFY(m_capture->isEnabled());
        QTRY_VERIFY(bannerText(*m_window).contains(QStringLiteral("not installed")));
        action->trigger(); // off again: nothing to say
        QVERIFY(!m_capture->isEnabled());
        QTRY_VERIFY(bannerText(*m_window).isEmpty());
    }

    void permissionDeniedShowsTheCommand()
    {
        if (helperPath().isEmpty())
            QSKIP("the capture helper is not built here (no libpcap)");
        CaptureHelperClient *client = m_capture->client();
        client->setHelperPath(helperPath());
        if (::geteuid() == 0) {
            // As root the helper would be allowed: run it as 'nobody', as a student would be.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root and setpriv is missing: cannot run the helper unprivileged");
            for (QDir dir = QFileInfo(helperPath()).dir(); !dir.isRoot(); dir.cdUp()) {
                if (!(QFileInfo(dir.path()).permissions() & QFileDevice::ExeOther))
                    QSKIP("the build folder is not open to other users, so 'nobody' cannot run the helper");
            }
            client->setLauncher({setpriv, QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                QStringLiteral("--clear-groups")});
        }
        m_lab->listenTcp(QHostAddress::LocalHost, 0);
        captureAction(*m_window)->trigger();
        QTRY_VERIFY(client->state() != CaptureHelperClient::State::Starting);
        if (client->state() == CaptureHelperClient::State::Capturing)
            QSKIP("the helper may capture here (it was granted CAP_NET_RAW): no banner to show");
        QCOMPARE(client->state(), CaptureHelperClient::State::PermissionDenied);
        QTRY_VERIFY(!bannerText(*m_window).isEmpty());
        const QString text = bannerText(*m_window);
        QVERIFY2(text.contains(QStringLiteral("Packet capture is off")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("sudo setcap cap_net_raw+ep ") + helperPath()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("chmod 750 ") + helperPath()), qPrintable(text));
        // The sockets go on; the switch turns the banner off.
        captureAction(*m_window)->trigger();
        QTRY_VERIFY(bannerText(*m_window).isEmpty());
    }

private:
    std::unique_ptr<Session> m_session;
    Lab *m_lab = nullptr;
    HostCapture *m_capture = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCaptureBanner)
#include "tst_capturebanner.moc"
