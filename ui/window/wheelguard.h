#pragma once

#include <QtCore/QObject>

namespace SocketScope {

// The wheel turned over a page that scrolls moves the page. A combo box or spin box on such a
// page (the workbench, an experiment, the network's rules) changes its value with the wheel only
// once it has the focus, clicked or tabbed into; the wheel no longer gives it the focus either.
// Without this, scrolling down a form changed whichever field passed under the pointer, unseen:
// the workbench's server address turned from 127.0.0.1 into 203.0.113.1, ready for the next
// Connect. Outside a scrolling page the fields keep Qt's behaviour.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Watches every widget of the application (install before the first widget is shown).
    static WheelGuard *install(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace SocketScope
