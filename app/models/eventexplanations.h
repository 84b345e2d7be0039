#pragma once

#include "journal/event.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

// What each kind of journal event means, in a sentence or two, for the explanation panel and
// the tooltips of the event log and the timeline. (Labels gives the short names; these say what
// happened and why.) It lives with the models so the event log can use it without a widget.
class EventExplanations
{
    Q_DECLARE_TR_FUNCTIONS(EventExplanations)

public:
    static QString explain(EventKind kind);
};

} // namespace SocketScope
