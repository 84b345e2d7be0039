#pragma once

#include <QtCore/QObject>
#include <QtCore/QPointer>

class QDockWidget;
class QWidget;

namespace SocketScope {

class ExplanationPanel;

// Help > What is this?: the next click in the window is not acted on but explained. A column
// heading or a table cell opens the explanation panel on that column; anything else shows its
// own description (its What's This or tooltip text) where it was clicked. Esc cancels.
class ClickExplainer : public QObject
{
    Q_OBJECT

public:
    ClickExplainer(ExplanationPanel *panel, QDockWidget *dock, QWidget *window);
    ~ClickExplainer() override;

    void arm();
    void disarm();
    bool isArmed() const { return m_armed; }

signals:
    void armedChanged(bool armed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void explain(QWidget *widget, const QPoint &pos, const QPoint &globalPos);

    QPointer<ExplanationPanel> m_panel;
    QPointer<QDockWidget> m_dock;
    QWidget *m_window;
    bool m_armed = false;
    bool m_swallowRelease = false;
};

} // namespace SocketScope
