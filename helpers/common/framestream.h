#pragma once

// The frame stream: how a SocketScope helper (the capture helper, the lab helper) hands captured
// packets to the app. Plain C++ so the helpers need no Qt. Both ends run on the same machine,
// so numbers are in the machine's own byte order.
//
//   stream  := magic record*
//   magic   := "SSFS" u32 version (= kVersion)
//   record  := u32 type, u32 bodyLength, body
//   Interface body: u32 iface, u32 linkType (pcap LINKTYPE_*), u32 snapLength,
//                   u16 nameLength, name, u16 hostLength, host (UTF-8; host empty off the lab)
//   Frame body:     u32 iface, u64 realtimeNs (CLOCK_REALTIME), u64 monotonicNs
//                   (CLOCK_MONOTONIC), u32 originalLength, u8 direction, packet bytes
//   Status body:    u32 code (StatusCode), message (UTF-8, the rest of the body)
//   Drops body:     u32 iface, u64 dropped (frames the kernel dropped so far)
// A reader refuses a record whose body is over kMaxBody and stops there: a damaged stream is
// reported, never guessed at.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace SocketScope::FrameStream {

inline constexpr char kMagic[4] = {'S', 'S', 'F', 'S'};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::uint32_t kMaxBody = 256 * 1024;
inline constexpr std::uint32_t kMaxName = 256;

enum class RecordType : std::uint32_t { Interface = 1, Frame = 2, Status = 3, Drops = 4 };

enum class Direction : std::uint8_t { Unknown = 0, Incoming = 1, Outgoing = 2 };

enum class StatusCode : std::uint32_t {
    Ready = 0, // capturing on every interface announced so far
    PermissionDenied = 1, // no CAP_NET_RAW (message: what the system said)
    BadRequest = 2, // the request was refused (message: which part)
    InterfaceFailed = 3, // one interface could not be opened or went away
    Failed = 4, // anything else; the helper stops
};

// pcap link types the helpers produce.
inline constexpr std::uint32_t kLinkTypeEthernet = 1;
inline constexpr std::uint32_t kLinkTypeRaw = 101;
inline constexpr std::uint32_t kLinkTypeLinuxSll = 113;
inline constexpr std::uint32_t kLinkTypeLinuxSll2 = 276;

struct Interface
{
    std::uint32_t iface = 0;
    std::uint32_t linkType = kLinkTypeEthernet;
    std::uint32_t snapLength = 65535;
    std::string name;
    std::string host;
};

struct Frame
{
    std::uint32_t iface = 0;
    std::uint64_t realtimeNs = 0;
    std::uint64_t monotonicNs = 0;
    std::uint32_t originalLength = 0;
    Direction direction = Direction::Unknown;
    std::string_view bytes; // points into the reader's buffer until the next call
};

struct Status
{
    StatusCode code = StatusCode::Ready;
    std::string message;
};

struct Drops
{
    std::uint32_t iface = 0;
    std::uint64_t dropped = 0;
};

// ---- writing -------------------------------------------------------------------------------

namespace Detail {
template<typename T> void put(std::string &out, T value)
{
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    out.append(raw, sizeof(T));
}

inline void putShortString(std::string &out, std::string_view text)
{
    const std::size_t size = text.size() < kMaxName ? text.size() : kMaxName;
    put<std::uint16_t>(out, std::uint16_t(size));
    out.append(text.data(), size);
}

inline void beginRecord(std::string &out, RecordType type, std::size_t bodyLength)
{
    put<std::uint32_t>(out, std::uint32_t(type));
    put<std::uint32_t>(out, std::uint32_t(bodyLength));
}
} // namespace Detail

inline std::string header()
{
    std::string out(kMagic, sizeof kMagic);
    Detail::put<std::uint32_t>(out, kVersion);
    return out;
}

inline void appendInterface(std::string &out, const Interface &i)
{
    std::string body;
    Detail::put<std::uint32_t>(body, i.iface);
    Detail::put<std::uint32_t>(body, i.linkType);
    Detail::put<std::uint32_t>(body, i.snapLength);
    Detail::putShortString(body, i.name);
    Detail::putShortString(body, i.host);
    Detail::beginRecord(out, RecordType::Interface, body.size());
    out += body;
}

inline constexpr std::size_t kFrameHeader = 4 + 8 + 8 + 4 + 1;

// `bytes` longer than kMaxBody - kFrameHeader are cut; `originalLength` keeps the true size.
inline void appendFrame(std::string &out, std::uint32_t iface, std::uint64_t realtimeNs,
    std::uint64_t monotonicNs, std::uint32_t originalLength, Direction direction, const void *bytes,
    std::size_t length)
{
    if (length > kMaxBody - kFrameHeader)
        length = kMaxBody - kFrameHeader;
    Detail::beginRecord(out, RecordType::Frame, kFrameHeader + length);
    Detail::put<std::uint32_t>(out, iface);
    Detail::put<std::uint64_t>(out, realtimeNs);
    Detail::put<std::uint64_t>(out, monotonicNs);
    Detail::put<std::uint32_t>(out, originalLength);
    Detail::put<std::uint8_t>(out, std::uint8_t(direction));
    out.append(static_cast<const char *>(bytes), length);
}

inline void appendStatus(std::string &out, StatusCode code, std::string_view message)
{
    const std::size_t size = message.size() < 4096 ? message.size() : 4096;
    Detail::beginRecord(out, RecordType::Status, 4 + size);
    Detail::put<std::uint32_t>(out, std::uint32_t(code));
    out.append(message.data(), size);
}

inline void appendDrops(std::string &out, std::uint32_t iface, std::uint64_t dropped)
{
    Detail::beginRecord(out, RecordType::Drops, 4 + 8);
    Detail::put<std::uint32_t>(out, iface);
    Detail::put<std::uint64_t>(out, dropped);
}

// ---- reading -------------------------------------------------------------------------------

// Feed bytes as they arrive; take records out with next(). Once broken, it stays broken.
class Reader
{
public:
    enum class Result { Interface, Frame, Status, Drops, NeedMore, Broken };

    void feed(const char *data, std::size_t length)
    {
        compact();
        m_buffer.append(data, length);
    }

    Result next()
    {
        if (!m_error.empty())
            return Result::Broken;
        compact();
        if (!m_sawHeader) {
            if (available() < 8)
                return Result::NeedMore;
            if (std::memcmp(at(), kMagic, 4) != 0)
                return fail("not a SocketScope frame stream");
            if (get<std::uint32_t>(at() + 4) != kVersion)
                return fail("frame stream version not understood");
            m_offset += 8;
            m_sawHeader = true;
        }
        if (available() < 8)
            return Result::NeedMore;
        const auto type = get<std::uint32_t>(at());
        const auto length = get<std::uint32_t>(at() + 4);
        if (length > kMaxBody)
            return fail("frame stream record too long");
        if (available() < 8 + std::size_t(length))
            return Result::NeedMore;
        const char *body = at() + 8;
        m_offset += 8 + std::size_t(length);
        switch (RecordType(type)) {
        case RecordType::Interface:
            return readInterface(body, length);
        case RecordType::Frame:
            if (length < kFrameHeader)
                return fail("frame record too short");
            m_frame.iface = get<std::uint32_t>(body);
            m_frame.realtimeNs = get<std::uint64_t>(body + 4);
            m_frame.monotonicNs = get<std::uint64_t>(body + 12);
            m_frame.originalLength = get<std::uint32_t>(body + 20);
            m_frame.direction = Direction(get<std::uint8_t>(body + 24));
            m_frame.bytes = std::string_view(body + kFrameHeader, length - kFrameHeader);
            return Result::Frame;
        case RecordType::Status:
            if (length < 4)
                return fail("status record too short");
            m_status.code = StatusCode(get<std::uint32_t>(body));
            m_status.message.assign(body + 4, length - 4);
            return Result::Status;
        case RecordType::Drops:
            if (length < 12)
                return fail("drops record too short");
            m_drops.iface = get<std::uint32_t>(body);
            m_drops.dropped = get<std::uint64_t>(body + 4);
            return Result::Drops;
        }
        return fail("unknown frame stream record");
    }

    const Interface &interface() const { return m_interface; }
    const Frame &frame() const { return m_frame; }
    const Status &status() const { return m_status; }
    const Drops &drops() const { return m_drops; }
    const std::string &error() const { return m_error; }

private:
    template<typename T> static T get(const char *p)
    {
        T value;
        std::memcpy(&value, p, sizeof(T));
        return value;
    }

    const char *at() const { return m_buffer.data() + m_offset; }
    std::size_t available() const { return m_buffer.size() - m_offset; }

    // Drops what was read, but never while a returned Frame still points into the buffer:
    // only at the start of the following call.
    void compact()
    {
        if (m_offset > 0 && (m_offset > 65536 || m_offset == m_buffer.size())) {
            m_buffer.erase(0, m_offset);
            m_offset = 0;
        }
    }

    Result fail(const char *why)
    {
        m_error = why;
        return Result::Broken;
    }

    Result readInterface(const char *body, std::uint32_t length)
    {
        if (length < 14)
            return fail("interface record too short");
        m_interface.iface = get<std::uint32_t>(body);
        m_interface.linkType = get<std::uint32_t>(body + 4);
        m_interface.snapLength = get<std::uint32_t>(body + 8);
        std::size_t pos = 12;
        std::string *fields[] = {&m_interface.name, &m_interface.host};
        for (std::string *field : fields) {
            if (pos + 2 > length)
                return fail("interface record too short");
            const auto size = get<std::uint16_t>(body + pos);
            pos += 2;
            if (size > kMaxName || pos + size > length)
                return fail("interface record damaged");
            field->assign(body + pos, size);
            pos += size;
        }
        return Result::Interface;
    }

    std::string m_buffer;
    std::size_t m_offset = 0;
    bool m_sawHeader = false;
    std::string m_error;
    Interface m_interface;
    Frame m_frame;
    Status m_status;
    Drops m_drops;
};

} // namespace SocketScope::FrameStream
