#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

// IANA splits the 65,536 port numbers into three ranges (RFC 6335). The split is a naming
// agreement, not something the OS enforces; the OS has its own rules (SystemPortSettings).
class IanaRange
{
    Q_DECLARE_TR_FUNCTIONS(IanaRange)

public:
    enum Kind : quint8 { WellKnown, Registered, Dynamic };
    static constexpr int kCount = 3;

    static constexpr Kind of(quint16 port)
    {
        return port <= 1023 ? WellKnown : port <= 49151 ? Registered : Dynamic;
    }
    static constexpr quint16 first(Kind kind)
    {
        return kind == WellKnown ? 0 : kind == Registered ? 1024 : 49152;
    }
    static constexpr quint16 last(Kind kind)
    {
        return kind == WellKnown ? 1023 : kind == Registered ? 49151 : 65535;
    }

    // "well-known", "registered", "dynamic", translated.
    static QString name(Kind kind);
    // One or two sentences a learner can read.
    static QString explanation(Kind kind);
};

} // namespace SocketScope
