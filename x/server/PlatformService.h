#pragma once

#include "PlatformOptions.h"

namespace Kepler::Server {

// `kepler-platform` serving: opens and migrates the database, seeds the demo if asked, refuses to
// run without staff accounts, listens, prints its URL as the first line of stdout, and serves until
// SIGTERM/SIGINT. Returns the exit code.
class PlatformService
{
public:
    explicit PlatformService(PlatformOptions options);
    int run();

private:
    PlatformOptions m_options;
};

} // namespace Kepler::Server
