#include "descriptorlimit.h"

#include <limits>

#include <sys/resource.h>

namespace SocketScope {

namespace {

quint64 count(rlim_t value)
{
    return value == RLIM_INFINITY ? std::numeric_limits<quint64>::max() : quint64(value);
}

} // namespace

DescriptorLimit::Raised DescriptorLimit::raiseToHard(quint64 wanted)
{
    Raised raised;
    raised.wanted = wanted;
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0)
        return raised;
    raised.before = count(files.rlim_cur);
    raised.hard = count(files.rlim_max);
    if (files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &files) != 0)
            ::getrlimit(RLIMIT_NOFILE, &files);
    }
    raised.now = count(files.rlim_cur);
    return raised;
}

} // namespace SocketScope
