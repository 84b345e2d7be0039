#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace SocketScope {

// Accepts a listener's connections on a thread of its own, at the pace the kernel completes
// them. On the window's thread, accept() waits for whatever that thread is doing (a repaint,
// a batch of rows); meanwhile the kernel's accept queue fills up, and every SYN it then drops
// costs its client a one-second retry. The window's thread takes the accepted descriptors in
// batches (take()), journals them and makes them lab sockets, in the order accepted.
class AcceptWorker
{
public:
    // At most this many descriptors wait for the window's thread; beyond it the worker stops
    // accepting and the kernel's queue holds the rest, as it would without the worker.
    static constexpr size_t kWaitingLimit = 1024;

    // `ready` runs on the worker's thread whenever descriptors (or a failure) wait where
    // there were none: it must only post something to the window's thread.
    AcceptWorker(int listenDescriptor, std::function<void()> ready);
    ~AcceptWorker();
    AcceptWorker(const AcceptWorker &) = delete;
    AcceptWorker &operator=(const AcceptWorker &) = delete;

    // False when the thread could not be started, or the process may open too few descriptors
    // for it to hold any safely (the listener then accepts as before).
    bool start();
    // Stops and joins the thread; descriptors accepted and not taken stay for take().
    void stop();

    // The descriptors accepted since the last call, oldest first. `error` is the errno of an
    // accept() that failed for something other than an empty queue (0: none); after one, the
    // worker accepts nothing more.
    std::vector<int> take(int *error);

private:
    void run();
    void wake();

    int m_listenDescriptor;
    int m_ceiling; // the highest descriptor it may hold; -1: not used at this limit
    int m_wakeDescriptor = -1;
    std::function<void()> m_ready;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::mutex m_mutex;
    std::vector<int> m_accepted; // guarded by m_mutex
    int m_error = 0; // guarded by m_mutex
};

} // namespace SocketScope
