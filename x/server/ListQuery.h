#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include "domain/FieldError.h"

#include <optional>
#include <utility>

namespace Kepler::Server {

// The query parameters every keyset-paged list shares, read the same way everywhere.
namespace ListQuery {
// `limit`: `defaultLimit` when absent; a field error (and the default) when not 1..maxLimit.
int limit(const HttpRequest &request, int defaultLimit, int maxLimit, FieldErrors *errors);
// 400 invalid_query naming each field error.
HttpResponse badQuery(const FieldErrors &errors, const QByteArray &requestId);
// `cursor` as the keyset (key, id) it was made for under `selection`; nullopt in *after when
// absent. A cursor from another query is the 400 returned.
std::optional<HttpResponse> keysetCursor(
    const HttpRequest &request, const QString &selection, std::optional<std::pair<qint64, qint64>> *after);
} // namespace ListQuery

} // namespace Kepler::Server
