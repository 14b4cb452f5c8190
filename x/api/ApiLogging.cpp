#include "ApiLogging.h"

namespace Kepler {
Q_LOGGING_CATEGORY(lcApi, "kepler.api")
} // namespace Kepler
