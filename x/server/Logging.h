#pragma once

#include <QLoggingCategory>

// One category for the whole service, so `QT_LOGGING_RULES=kepler.server.debug=true` shows it all.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace Kepler::Server {
// Qt HTTP Server's own debug output prints every request's headers, bearer tokens included, when an
// operator turns debug logging on (QT_LOGGING_RULES=*.debug=true). This keeps qt.httpserver* at
// warnings and above whatever the rules say; the service's own request line (kepler.server) names
// method, path, status and request id, never a header. Call once, first thing in main().
void keepSecretsOutOfLogs();
} // namespace Kepler::Server
