#pragma once

#include <QLoggingCategory>

// One category for the whole service, so `QT_LOGGING_RULES=kepler.server.debug=true` shows it all.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
