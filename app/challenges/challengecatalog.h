#pragma once

#include "challenge.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

// The built-in challenges and the words for every challenge: its title, the goal, and how to
// do it with nc, Python and (where HTTP fits) a browser, for the teacher's address and port.
class ChallengeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SocketScope::ChallengeCatalog)

public:
    struct Text
    {
        QString title;
        QString goal;
        QString nc; // a shell command line
        QString python; // a few lines of Python 3
        QString browser; // an address to open; empty where HTTP does not fit
    };

    static QList<Challenge> builtIns();
    static std::optional<Challenge> find(const QString &key);
    // The keys, for --help and error messages.
    static QStringList keys();
    // In the current language; `host` and `port` are where students connect.
    static Text text(const Challenge &challenge, const QString &host, quint16 port);
};

} // namespace SocketScope
