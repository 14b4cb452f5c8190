#include "ListQuery.h"

#include "PageCursor.h"
#include "Problem.h"

#include "domain/ErrorCode.h"

namespace Kepler::Server::ListQuery {

int limit(const HttpRequest &request, int defaultLimit, int maxLimit, FieldErrors *errors)
{
    const QString text = request.queryValue(u"limit"_qs);
    if (text.isEmpty())
        return defaultLimit;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value >= 1 && value <= maxLimit)
        return value;
    errors->append({u"limit"_qs, u"out_of_range"_qs, u"1 to %1"_qs.arg(maxLimit)});
    return defaultLimit;
}

HttpResponse badQuery(const FieldErrors &errors, const QByteArray &requestId)
{
    return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
        .errors(errors)
        .response(requestId);
}

std::optional<HttpResponse> keysetCursor(
    const HttpRequest &request, const QString &selection, std::optional<std::pair<qint64, qint64>> *after)
{
    after->reset();
    const QString cursor = request.queryValue(u"cursor"_qs);
    if (cursor.isEmpty())
        return std::nullopt;
    *after = PageCursor::decodeKeyset(cursor, selection);
    if (*after)
        return std::nullopt;
    return Problem(400, ErrorCode::InvalidCursor, u"The cursor is not one this list handed out"_qs)
        .field(u"cursor"_qs, u"invalid_value"_qs, u"unknown or from another query"_qs)
        .response(request.requestId);
}

} // namespace Kepler::Server::ListQuery
