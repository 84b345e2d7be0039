#include "windowstatus.h"

#include "capture/capturefeed.h"
#include "capture/capturehelperclient.h"
#include "capture/hostcapture.h"
#include "elidedlabel.h"
#include "journal/recordingwriter.h"
#include "kernel/kernelview.h"
#include "network/virtualnetwork.h"
#include "session/session.h"
#include "theme.h"

#include <QtCore/QFileInfo>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QStatusBar>

namespace SocketScope {

WindowStatus::WindowStatus(QMainWindow *window, Session *session)
    : QObject(window)
    , m_session(session)
{
    // Long sentences end in "…" with the whole text in the tooltip: they never widen the window.
    m_message = new ElidedLabel(window);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kernelStatus = new ElidedLabel(window);
    m_recordStatus = new ElidedLabel(window);
    window->statusBar()->addWidget(m_message, 1);
    window->statusBar()->addPermanentWidget(m_recordStatus);
    window->statusBar()->addPermanentWidget(m_kernelStatus);
    if (session->capture())
        addCaptureStatus(window);
    if (session->network())
        addNetworkStatus(window);
}

void WindowStatus::addNetworkStatus(QMainWindow *window)
{
    m_networkStatus = new ElidedLabel(window);
    // First of the permanent ones, right after the message (index 0).
    window->statusBar()->insertPermanentWidget(1, m_networkStatus);
    connect(m_session->network(), &VirtualNetwork::changed, this, &WindowStatus::retranslate);
}

void WindowStatus::addCaptureStatus(QMainWindow *window)
{
    // How many packets were seen, a few times a second at most, whatever the packet rate.
    m_captureStatus = new ElidedLabel(window);
    window->statusBar()->addPermanentWidget(m_captureStatus);
    m_captureSoon.setSingleShot(true);
    m_captureSoon.setInterval(300);
    connect(&m_captureSoon, &QTimer::timeout, this, &WindowStatus::updateCaptureStatus);
    const auto soon = [this] {
        if (!m_captureSoon.isActive())
            m_captureSoon.start();
    };
    HostCapture *capture = m_session->capture();
    connect(capture->feed(), &CaptureFeed::countsChanged, this, soon);
    connect(capture->client(), &CaptureHelperClient::stateChanged, this, &WindowStatus::updateCaptureStatus);
    connect(capture, &HostCapture::enabledChanged, this, &WindowStatus::updateCaptureStatus);
    updateCaptureStatus();
}

void WindowStatus::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? Theme::messageStyle(Theme::Role::Error) : QString());
}

void WindowStatus::setRecorder(RecordingWriter *recorder)
{
    m_recorder = recorder;
    if (recorder && recorder->isOpen())
        m_recordStatus->setText(tr("Recording to %1").arg(QFileInfo(recorder->fileName()).fileName()));
    else
        m_recordStatus->clear();
}

void WindowStatus::retranslate()
{
    const VirtualNetwork *network = m_session->network();
    if (m_networkStatus)
        m_networkStatus->setText(
            network && network->isActive() ? tr("Network: virtual lab") : tr("Network: this computer"));
    const KernelView *kernel = m_session->kernel();
    if (kernel && kernel->isAvailable())
        m_kernelStatus->setText(tr("Kernel view: %1").arg(kernel->sourceName()));
    else if (m_session->lab())
        m_kernelStatus->setText(tr("Kernel view off: this system offers neither sock_diag nor /proc/net"));
    else
        m_kernelStatus->setText(tr("Replay: no live kernel view"));
    setRecorder(m_recorder);
    updateCaptureStatus();
}

void WindowStatus::updateCaptureStatus()
{
    const HostCapture *capture = m_session->capture();
    if (!capture || !m_captureStatus)
        return;
    const CaptureFeed::Counts counts = capture->feed()->counts();
    QString text;
    switch (capture->client()->state()) {
    case CaptureHelperClient::State::Off:
        break;
    case CaptureHelperClient::State::Starting:
        text = tr("Capture: starting");
        break;
    case CaptureHelperClient::State::Capturing:
        text = tr("Capture: %n packet(s) seen", "", int(qMin<qint64>(counts.frames, INT_MAX)));
        if (counts.kernelDrops > 0)
            text += QLatin1Char(' ')
                + tr(
                    "(%n lost: the kernel dropped them)", "", int(qMin<qint64>(counts.kernelDrops, INT_MAX)));
        break;
    default:
        text = tr("Capture: off");
        break;
    }
    m_captureStatus->setText(text);
    m_captureStatus->setVisible(!text.isEmpty());
}

} // namespace SocketScope
