#pragma once

#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"

#include <QtCore/QObject>

#include <memory>

namespace SocketScope {

// What most tests start from, wired the way the app wires it: a journal, the kernel's view of
// the sockets (the best source this system has) and a lab of real sockets on top. A test class
// derives from this, calls startLab() in init() and stopLab() in cleanup().
class LiveLabTest : public QObject
{
protected:
    // `poll`: the kernel view polls on its timer; off for tests that poll by hand.
    void startLab(bool poll = true)
    {
        m_journal = std::make_unique<Journal>();
        m_kernel = std::make_unique<KernelView>(KernelSocketSource::best());
        m_lab = std::make_unique<Lab>(m_journal.get(), m_kernel.get());
        if (poll)
            m_kernel->start();
    }

    // The lab goes first (it reads the kernel view), the journal last (everything writes to it).
    void stopLab()
    {
        m_lab.reset();
        m_kernel.reset();
        m_journal.reset();
    }

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<KernelView> m_kernel;
    std::unique_ptr<Lab> m_lab;
};

} // namespace SocketScope
