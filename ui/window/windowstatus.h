#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

class QLabel;
class QMainWindow;

namespace SocketScope {

class HostCapture;
class RecordingWriter;
class Session;

// The status bar: the last message on the left; on the right where new sockets live, the
// recording, the kernel view and the packets captured.
class WindowStatus : public QObject
{
    Q_OBJECT

public:
    WindowStatus(QMainWindow *window, Session *session);

    void showMessage(const QString &text, bool error);
    // The recording streamed while running, if any.
    void setRecorder(RecordingWriter *recorder);
    RecordingWriter *recorder() const { return m_recorder; }
    void retranslate();

private:
    void addNetworkStatus(QMainWindow *window);
    void addCaptureStatus(QMainWindow *window);
    void updateCaptureStatus();

    Session *m_session;
    RecordingWriter *m_recorder = nullptr;
    QLabel *m_message;
    QLabel *m_kernelStatus;
    QLabel *m_recordStatus;
    QLabel *m_networkStatus = nullptr;
    QLabel *m_captureStatus = nullptr;
    QTimer m_captureSoon;
};

} // namespace SocketScope
