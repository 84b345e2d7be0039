#pragma once

#include <QtCore/QtGlobal>

namespace SocketScope {

// The process's limit on open descriptors (RLIMIT_NOFILE). A server holds one descriptor per
// connection, and the soft limit most systems start a program with (1,024) is far below what
// the kernel allows a user (the hard limit), so the app raises it at start.
class DescriptorLimit
{
public:
    // What the app asks for: 10,000 connections held open at once, the lab's reserve (an
    // eighth of the limit, kept for the window's own files) and room for the rest.
    static constexpr int kConnections = 10'000;
    static constexpr quint64 kWanted = 12'000;

    struct Raised
    {
        quint64 before = 0; // the soft limit the process started with
        quint64 now = 0; // the soft limit after raising it
        quint64 hard = 0; // the most the system allows this process
        quint64 wanted = 0;
        // The system allows fewer than `wanted`: worth saying once, since connections beyond
        // the limit will be refused.
        bool tooLow() const { return now < wanted; }
    };

    // Raises the soft limit to the hard one. An unlimited limit counts as the largest number.
    static Raised raiseToHard(quint64 wanted = kWanted);
};

} // namespace SocketScope
