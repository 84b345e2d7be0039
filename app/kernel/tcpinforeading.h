#pragma once

#include "journal/tcpinfo.h"

#include <cstddef>

namespace SocketScope {

// The numbers of the kernel's struct tcp_info that SocketScope shows, from the bytes the kernel
// gave (a sock_diag dump's INET_DIAG_INFO, or getsockopt). An older kernel gives a shorter
// struct: what it leaves out stays -1. `length` is how many bytes it gave.
TcpInfo tcpInfoFrom(const char *bytes, size_t length);

// The same, asked of one TCP socket's descriptor (getsockopt TCP_INFO); all -1 where it fails.
TcpInfo readTcpInfo(int descriptor);

} // namespace SocketScope
