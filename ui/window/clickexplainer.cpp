#include "clickexplainer.h"

#include "explain/explanationpanel.h"

#include <QtGui/QKeyEvent>
#include <QtGui/QMouseEvent>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QWhatsThis>

namespace SocketScope {

ClickExplainer::ClickExplainer(ExplanationPanel *panel, QDockWidget *dock, QWidget *window)
    : QObject(window)
    , m_panel(panel)
    , m_dock(dock)
    , m_window(window)
{ }

ClickExplainer::~ClickExplainer()
{
    disarm();
    qApp->removeEventFilter(this);
}

void ClickExplainer::arm()
{
    if (m_armed)
        return;
    m_armed = true;
    qApp->installEventFilter(this);
    QApplication::setOverrideCursor(Qt::WhatsThisCursor);
    emit armedChanged(true);
}

void ClickExplainer::disarm()
{
    if (!m_armed)
        return;
    m_armed = false;
    qApp->removeEventFilter(this);
    QApplication::restoreOverrideCursor();
    emit armedChanged(false);
}

bool ClickExplainer::eventFilter(QObject *watched, QEvent *event)
{
    // The press was explained; its release must not click what lies under it either.
    if (m_swallowRelease
        && (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonPress)) {
        m_swallowRelease = false;
        if (!m_armed)
            qApp->removeEventFilter(this);
        if (event->type() == QEvent::MouseButtonRelease)
            return true;
    }
    if (!m_armed)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        disarm();
        return true;
    }
    auto *widget = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::MouseButtonPress || !widget)
        return QObject::eventFilter(watched, event);
    // A click outside this window (another window, a dialog) ends the mode and does what it does.
    if (widget->window() != m_window
        && !(qobject_cast<QDockWidget *>(widget->window()) && widget->window()->parentWidget() == m_window)) {
        disarm();
        return QObject::eventFilter(watched, event);
    }
    const auto *mouse = static_cast<QMouseEvent *>(event);
    disarm();
    m_swallowRelease = true;
    qApp->installEventFilter(this); // only until the release is swallowed
    explain(widget, mouse->position().toPoint(), mouse->globalPosition().toPoint());
    return true;
}

void ClickExplainer::explain(QWidget *widget, const QPoint &pos, const QPoint &globalPos)
{
    const auto showColumn = [this](const QAbstractItemModel *model, int column) {
        if (!m_panel || !model || column < 0)
            return false;
        m_panel->explainColumn(model, column);
        if (m_dock) {
            m_dock->show();
            m_dock->raise();
        }
        return true;
    };
    // Item views (tables and their headings) get their clicks on their viewport.
    if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
        view && view->viewport() == widget) {
        if (auto *header = qobject_cast<QHeaderView *>(view)) {
            if (header->orientation() == Qt::Horizontal
                && showColumn(header->model(), header->logicalIndexAt(pos)))
                return;
        } else if (const QModelIndex index = view->indexAt(pos); index.isValid()) {
            if (showColumn(view->model(), index.column()))
                return;
        }
    }
    QString text;
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        const int tab = tabs->tabAt(pos);
        if (tab >= 0)
            text = !tabs->tabWhatsThis(tab).isEmpty() ? tabs->tabWhatsThis(tab) : tabs->tabToolTip(tab);
    }
    for (QWidget *w = widget; text.isEmpty() && w && w != m_window; w = w->parentWidget())
        text = !w->whatsThis().isEmpty() ? w->whatsThis() : w->toolTip();
    if (text.isEmpty())
        text = tr("SocketScope has no explanation for this part yet. Column headings and table rows have "
                  "one, and the Explanations panel (Help > Explanations and glossary) has the words.");
    QWhatsThis::showText(globalPos, text, widget);
}

} // namespace SocketScope
