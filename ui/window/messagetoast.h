#pragma once

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QLabel>

class QMainWindow;

namespace SocketScope {

// A message laid over the bottom of the window for a while, where a class can read it: in
// presentation mode the status bar is hidden, and what it would have said (a socket the OS
// refused, connections closed to make room near the open-files limit, a recording saved) is
// shown here instead, in the presentation's type, over the bottom of the views. Gone after a time that grows
// with the length of the text, or at a click; a newer message replaces it.
class MessageToast : public QLabel
{
    Q_OBJECT

public:
    explicit MessageToast(QMainWindow *window);

    // Shows `text` (an error in the error colours) until it has had time to be read.
    void showMessage(const QString &text, bool error);
    void dismiss();
    // Larger type for a projector (1 = normal).
    void setScale(qreal scale);
    // How long `text` stays: long enough to read it from the back of a room.
    static int durationMs(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void place();
    void applyStyle();

    QMainWindow *m_window;
    QWidget *m_windowWidget; // the same window, asked only what any widget can answer
    QPointer<QWidget> m_central; // the views it is laid over, once shown
    QTimer m_hide;
    qreal m_scale = 1;
    bool m_error = false;
};

} // namespace SocketScope
