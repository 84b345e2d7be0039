#include "kernelsocketsource.h"

#include "procnetsource.h"
#include "sockdiagsource.h"

namespace SocketScope {

std::unique_ptr<KernelSocketSource> KernelSocketSource::best()
{
    auto diag = std::make_unique<SockDiagSource>();
    if (diag->isOpen()) {
        std::vector<KernelSocket> probe;
        if (diag->read(probe, nullptr))
            return diag;
    }
    auto proc = std::make_unique<ProcNetSource>();
    if (proc->isAvailable())
        return proc;
    return nullptr;
}

} // namespace SocketScope
