#pragma once

// A sock_diag dump request, as `ss` sends it: every socket of one address family and protocol
// in the given states. Plain C++ (the capture helper, the app's kernel view and the load
// generator all ask the kernel this way); Linux only.

#include <cstdint>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>

namespace SocketScope::SockDiag {

struct DumpRequest
{
    nlmsghdr header;
    inet_diag_req_v2 request;
};

// `states` has a bit for each kernel TCP state to list (1 << TCP_LISTEN ...); the message's
// length is the request's alone (a caller that adds a filter after it sets its own).
inline DumpRequest dumpRequest(
    std::uint8_t family, std::uint8_t protocol, std::uint32_t states, std::uint32_t sequence = 0)
{
    DumpRequest message {};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = sequence;
    message.request.sdiag_family = family;
    message.request.sdiag_protocol = protocol;
    message.request.idiag_states = states;
    return message;
}

} // namespace SocketScope::SockDiag
