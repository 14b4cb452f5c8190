#pragma once

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

// Helpers shared by the libFuzzer targets.
namespace Kepler::Fuzz {

// The input as Qt sees a request body: copied, so ASan catches reads past the fuzzer's buffer.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A broken invariant is a finding like a crash: abort so libFuzzer saves the input.
inline void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace Kepler::Fuzz
