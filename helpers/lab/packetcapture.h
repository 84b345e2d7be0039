#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace SocketScope::LabHelper {

// Every lab interface's packets, read through AF_PACKET sockets (allowed inside the lab's own
// user namespace) and written to the app as a frame stream. The output is buffered and never
// blocks: when the app falls behind by more than kMaxBuffered, frames are dropped and counted.
class PacketCapture
{
public:
    static constexpr std::size_t kMaxBuffered = 64u << 20;

    explicit PacketCapture(int outputFd);
    ~PacketCapture();

    // Opens a capture on `ifindex` of the namespace the calling thread is in now.
    std::string add(int ifindex, const std::string &name, const std::string &host, bool loopback);

    // For poll(): the capture sockets, in the order read() expects.
    const std::vector<int> &descriptors() const { return m_fds; }
    // Reads what is waiting on capture socket `index`.
    void read(std::size_t index);
    // Frames wait here for kHoldNs so that the copies of one packet seen on several interfaces
    // go out in the order they were seen (kernel timestamps), not in the order the sockets
    // were read. Returns how long poll() may sleep before the next frames are due (-1: none).
    int commit();
    bool wantsToWrite() const { return m_written < m_output.size(); }
    int outputFd() const { return m_outputFd; }
    // Writes what the output pipe takes now; false once the app has gone.
    bool flush();
    void reportDrops();

private:
    static constexpr std::uint64_t kHoldNs = 2'000'000;

    struct Held
    {
        std::uint64_t realtimeNs;
        std::uint64_t monotonicNs;
        std::uint32_t iface;
        std::uint32_t originalLength;
        std::uint8_t direction;
        std::string bytes;
    };

    struct Interface
    {
        std::uint32_t id;
        bool loopback;
        std::uint64_t dropped;
    };

    int m_outputFd;
    std::vector<int> m_fds;
    std::vector<Interface> m_interfaces;
    std::string m_output;
    std::size_t m_written = 0;
    std::uint64_t m_ownDrops = 0;
    std::vector<unsigned char> m_frame;
    std::vector<Held> m_held;
};

} // namespace SocketScope::LabHelper
