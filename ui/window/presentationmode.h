#pragma once

#include <QtCore/QObject>
#include <QtCore/QSize>
#include <QtCore/QTimer>

class QMainWindow;
class QTabWidget;

namespace SocketScope {

class WindowDocks;

// Presentation mode: full screen, large type, high contrast, chrome hidden; the keys a
// presentation clicker sends step the lesson (stepped) and B or . blanks the screen.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    PresentationMode(QMainWindow *window, QTabWidget *tabs, WindowDocks *docks);

    void setOn(bool on);
    bool isOn() const { return m_on; }
    bool isBlanked() const;
    // How much larger type is drawn (1 when off).
    qreal scale() const { return m_scale; }
    // The docks' layout presentation mode replaced (to return to, and to save).
    QByteArray stateBefore() const { return m_stateBefore; }
    // The theme to return to.
    void setNormalTheme(const QString &name) { m_normalTheme = name; }
    // A tab widget is as tall as its tallest page at least, so in presentation mode at 1024x768
    // the port map and the network page pushed the lesson's buttons off the screen while the
    // tables were showing. Presenting, only the page on show counts.
    void fitTabs();
    // Whether the lesson stands beside the views (a wide screen) rather than below them.
    bool lessonBeside() const;

signals:
    // +1 forward, -1 back: PageDown/PageUp, arrows, space from a clicker.
    void stepped(int direction);
    // Before toggled: every view takes the new type size.
    void scaleChanged(qreal scale);
    void toggled(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void toggleBlank();
    QSize screenSize() const;
    // Gives the lesson dock the room its step needs and the views the rest.
    void fitLesson();

    QMainWindow *m_window;
    QTabWidget *m_tabs;
    WindowDocks *m_docks;
    bool m_on = false;
    qreal m_scale = 1.0;
    QByteArray m_stateBefore;
    QString m_normalTheme;
    QWidget *m_blank = nullptr;
    QTimer m_fitLesson;
};

} // namespace SocketScope
