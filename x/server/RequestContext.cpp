#include "RequestContext.h"

#include "Problem.h"

#include "domain/ErrorCode.h"
#include "domain/Partner.h"

#include <QJsonDocument>

namespace Kepler::Server {

std::optional<HttpResponse> RequestContext::readJsonObject(QJsonObject *out) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return Problem::malformedJson(
            u"The body is not valid JSON: %1 at offset %2"_qs.arg(error.errorString()).arg(error.offset))
            .response(request.requestId);
    if (!doc.isObject())
        return Problem::malformedJson(u"The body must be a JSON object"_qs).response(request.requestId);
    *out = doc.object();
    return std::nullopt;
}

std::optional<HttpResponse> RequestContext::readIfMatch(int *version) const
{
    const QByteArray value = request.header("if-match").trimmed();
    if (value == "*") {
        *version = 0;
        return std::nullopt;
    }
    if (value.isEmpty())
        return Problem(428, ErrorCode::PreconditionRequired,
            u"Send If-Match with the ETag you read, so a newer change is not overwritten"_qs)
            .response(request.requestId);
    const auto parsed = versionFromEtag(value);
    if (!parsed)
        return Problem(428, ErrorCode::PreconditionRequired, u"If-Match must be an ETag such as \"3\""_qs)
            .response(request.requestId);
    *version = *parsed;
    return std::nullopt;
}

std::optional<qint64> RequestContext::idParam() const
{
    bool ok = false;
    const qint64 id = params.value(u"id"_qs).toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

} // namespace Kepler::Server
