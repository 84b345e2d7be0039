#pragma once

#include "journal/event.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

// What each kind of journal event means, in a sentence or two, for the explanation panel and
// the event log's tooltips. (Labels gives the short names; these say what happened and why.)
class EventExplanations
{
    Q_DECLARE_TR_FUNCTIONS(EventExplanations)

public:
    static QString explain(EventKind kind);
};

} // namespace SocketScope
