#include "Logging.h"

Q_LOGGING_CATEGORY(lcServer, "kepler.server", QtInfoMsg)

namespace Kepler::Server {
namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void filterCategory(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category); // the rules (QT_LOGGING_RULES, files) as usual
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void keepSecretsOutOfLogs()
{
    previousFilter = QLoggingCategory::installFilter(filterCategory);
}

} // namespace Kepler::Server
