#pragma once

#include "journal/event.h"
#include "journal/tcpinfo.h"

#include <cstddef>

namespace SocketScope {

// The numbers of the kernel's struct tcp_info that SocketScope shows, from the bytes the kernel
// gave (a sock_diag dump's INET_DIAG_INFO, or getsockopt). An older kernel gives a shorter
// struct: what it leaves out stays -1. `length` is how many bytes it gave.
TcpInfo tcpInfoFrom(const char *bytes, size_t length);

// Whether a TCP socket in `state` has numbers of its own: a listener, a half-open request and a
// connection in TIME_WAIT have none worth showing (sock_diag gives none for the last).
bool hasTcpInfo(TcpState state);

// The same, asked of one TCP socket's descriptor (getsockopt TCP_INFO); all -1 where it fails.
TcpInfo readTcpInfo(int descriptor);

} // namespace SocketScope
