#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

// The words a learner meets in SocketScope, each with a short meaning in plain words.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(Glossary)

public:
    struct Term
    {
        QString key; // stable: "time_wait", "socket_pair" ...
        QString name; // translated
        QString meaning; // translated
    };

    static QList<Term> terms();
    static std::optional<Term> find(const QString &key);
};

} // namespace SocketScope
