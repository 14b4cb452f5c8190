#pragma once

namespace Kepler::Server {

struct PlatformOptions;

// `kepler-platform user add NAME --role ROLE...`: creates a staff account with the password read
// from one line of stdin (so it never shows in `ps` or shell history). Returns the exit code.
namespace UserAddCommand {
int run(const PlatformOptions &options);
}

} // namespace Kepler::Server
