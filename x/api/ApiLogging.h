#pragma once

#include <QLoggingCategory>

namespace Kepler {
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace Kepler
