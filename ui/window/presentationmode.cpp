#include "presentationmode.h"

#include "lessons/lessonpanel.h"
#include "theme.h"
#include "windowdocks.h"

#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>

namespace SocketScope {

PresentationMode::PresentationMode(QMainWindow *window, QTabWidget *tabs, WindowDocks *docks)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_docks(docks)
{
    connect(tabs, &QTabWidget::currentChanged, this, &PresentationMode::fitTabs);
    // The lesson's height follows its step, a burst of changes at a time.
    m_fitLesson.setSingleShot(true);
    m_fitLesson.setInterval(0);
    connect(&m_fitLesson, &QTimer::timeout, this, &PresentationMode::fitLesson);
    if (LessonPanel *panel = docks->lessonPanel())
        connect(panel, &LessonPanel::readingHeightChanged, &m_fitLesson, qOverload<>(&QTimer::start));
}

QSize PresentationMode::screenSize() const
{
    QScreen *screen = m_window->screen();
    return screen ? screen->geometry().size() : QSize(1024, 768);
}

bool PresentationMode::lessonBeside() const
{
    // Only an ultra-wide screen (21:9) has width to spare: there the lesson stands beside the
    // views, which keep the whole height. On 16:9 and 4:3 screens beside would leave the
    // timeline and the tables too narrow at presentation type; the lesson goes below them,
    // only as tall as its step needs.
    const QSize screen = screenSize();
    return screen.width() * 10 >= screen.height() * 22;
}

void PresentationMode::fitLesson()
{
    QDockWidget *lesson = m_docks->lessonDock();
    LessonPanel *panel = m_docks->lessonPanel();
    if (!m_on || !lesson || !panel)
        return;
    const QSize screen = screenSize();
    if (lessonBeside()) {
        const int width = screen.width() / 4;
        lesson->setMinimumSize(width, 0);
        lesson->setMaximumSize(width, QWIDGETSIZE_MAX);
        return;
    }
    // Below the views, the lesson is as tall as its step needs (at most 45% of the screen,
    // where the narration shrinks to fit) and the views take the rest: a lesson list of one
    // item, or a short step, no longer halves the timeline.
    // The dock's title bar and frame: what the dock has around the panel now (its own size
    // hints would include the height set here).
    const int chrome = qBound(0, lesson->height() - panel->height(), 3 * lesson->fontMetrics().height());
    const int height = qMin(panel->readingHeight(screen.width()) + chrome, screen.height() * 9 / 20);
    lesson->setMinimumSize(0, height);
    lesson->setMaximumSize(QWIDGETSIZE_MAX, height);
}

void PresentationMode::fitTabs()
{
    static const char *const kPolicy = "socketscopeVerticalPolicy";
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        if (!page->property(kPolicy).isValid())
            page->setProperty(kPolicy, int(page->sizePolicy().verticalPolicy()));
        QSizePolicy policy = page->sizePolicy();
        policy.setVerticalPolicy(m_on && page != m_tabs->currentWidget()
                ? QSizePolicy::Ignored
                : QSizePolicy::Policy(page->property(kPolicy).toInt()));
        page->setSizePolicy(policy);
    }
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    fitTabs();
    on ? enter() : leave();
    // Large type that reads from the back row: about 16 pt at 1024x768 and 22 pt at 1080p.
    QScreen *screen = m_window->screen();
    const int height = screen ? screen->geometry().height() : 768;
    m_scale = on ? qMax(1.6, height / 480.0) : 1.0;
    emit scaleChanged(m_scale);
    QFont tabFont = m_window->font();
    // The tabs grow with the type: 1.4 times at 1024x768 as before, and as much again on a
    // taller screen, where they stayed at that size while everything else grew.
    tabFont.setPointSizeF(tabFont.pointSizeF() * (on ? m_scale * 0.875 : 1.0));
    m_tabs->tabBar()->setFont(tabFont);
    emit toggled(on);
}

void PresentationMode::enter()
{
    m_stateBefore = m_window->saveState();
    m_docks->workbenchDock()->hide();
    m_docks->eventDock()->hide();
    m_docks->payloadDock()->hide();
    m_docks->explainDock()->hide();
    if (QDockWidget *lesson = m_docks->lessonDock()) {
        // The lesson's narration is what the class reads: it stays, beside or below the views.
        m_docks->lessonPanel()->setLessonListVisible(false);
        m_window->addDockWidget(lessonBeside() ? Qt::LeftDockWidgetArea : Qt::BottomDockWidgetArea, lesson);
        lesson->show();
        fitLesson();
    }
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    Theme::apply(QStringLiteral("high-contrast"));
    m_window->showFullScreen();
    qApp->installEventFilter(this);
}

void PresentationMode::leave()
{
    qApp->removeEventFilter(this);
    if (m_blank)
        m_blank->hide();
    m_window->menuBar()->show();
    m_window->statusBar()->show();
    Theme::apply(m_normalTheme);
    m_window->showNormal();
    if (LessonPanel *lesson = m_docks->lessonPanel())
        lesson->setLessonListVisible(true);
    if (QDockWidget *lesson = m_docks->lessonDock()) {
        lesson->setMinimumSize(0, 0);
        lesson->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
    m_window->restoreState(m_stateBefore);
}

bool PresentationMode::isBlanked() const
{
    return m_blank && m_blank->isVisible();
}

void PresentationMode::toggleBlank()
{
    // A clicker's "blank" key: a black screen, so the class looks at the teacher.
    if (!m_blank) {
        m_blank = new QWidget(m_window);
        m_blank->setObjectName(QStringLiteral("blankScreen"));
        m_blank->setAutoFillBackground(true);
        QPalette black = m_blank->palette();
        black.setColor(QPalette::Window, Qt::black);
        m_blank->setPalette(black);
    }
    m_blank->setGeometry(m_window->rect());
    m_blank->setVisible(!m_blank->isVisible());
    m_blank->raise();
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    // An open drop-down (the lesson chooser) takes its own arrow keys.
    if (!m_on || event->type() != QEvent::KeyPress || QApplication::activePopupWidget())
        return QObject::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        emit stepped(+1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
        emit stepped(-1);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        toggleBlank();
        return true;
    case Qt::Key_Escape:
        if (isBlanked())
            m_blank->hide();
        else
            setOn(false);
        return true;
    case Qt::Key_F5:
        setOn(false);
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace SocketScope
