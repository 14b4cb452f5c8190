#include "Logging.h"

Q_LOGGING_CATEGORY(lcServer, "kepler.server", QtInfoMsg)
