#pragma once

#include <algorithm>
#include <vector>

// The figures benchmarks print about a set of samples.
namespace BenchStats {

// The value at fraction `p` (0.5: median, 0.95, 1: the worst) of the sorted samples, by
// nearest rank; -1 when there is none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace BenchStats
