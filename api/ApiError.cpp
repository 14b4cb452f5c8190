#include "ApiError.h"

#include "domain/ErrorCode.h"
#include "domain/PartnerMode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Kepler {

bool ApiError::isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

int ApiError::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // HTTP-date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT"
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
}

ApiError ApiError::fromHttp(int status, const QByteArray &contentType, const QByteArray &body,
    const QByteArray &requestId, const QByteArray &retryAfter)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(requestId);
    e.retryAfterSeconds = parseRetryAfter(retryAfter);
    if (!isJsonContentType(contentType)) {
        // A proxy's HTML error page, say: keep the status, the message comes from it.
        e.detail = u"non-JSON error body ("_qs % QString::fromLatin1(contentType) % u")"_qs;
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        e.detail = u"unreadable problem body: "_qs % parseError.errorString();
        return e;
    }
    const QJsonObject o = doc.object();
    e.code = o.value(u"code"_qs).toString();
    e.title = o.value(u"title"_qs).toString();
    e.detail = o.value(u"detail"_qs).toString();
    if (e.requestId.isEmpty())
        e.requestId = o.value(u"requestId"_qs).toString();
    e.fieldErrors = fieldErrorsFromJson(o.value(u"errors"_qs).toArray());
    e.current = o.value(u"current"_qs).toObject();
    e.problem = o;
    return e;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &server)
{
    ApiError e;
    e.kind = error == QNetworkReply::OperationCanceledError ? Kind::Cancelled : Kind::Network;
    e.networkError = error;
    e.server = server;
    return e;
}

ApiError ApiError::timeout(const QString &server)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.networkError = QNetworkReply::TimeoutError;
    e.server = server;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.networkError = QNetworkReply::OperationCanceledError;
    return e;
}

ApiError ApiError::invalid(const QString &reason, const FieldErrors &fieldErrors)
{
    ApiError e;
    e.kind = Kind::Invalid;
    e.reason = reason;
    e.fieldErrors = fieldErrors;
    return e;
}

ApiError ApiError::decode(const QString &detail, int status)
{
    ApiError e;
    e.kind = Kind::Decode;
    e.detail = detail;
    e.httpStatus = status;
    return e;
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Timeout:
        return true;
    case Kind::Http:
        // 409 idempotency_in_progress: the first copy of this very request is still running; a
        // retry with the same key gets its answer (the key guarantees no second effect).
        return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504
            || (httpStatus == 409 && code == QLatin1String(ErrorCode::IdempotencyInProgress));
    case Kind::Network:
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::UnknownNetworkError:
            return true;
        default:
            return false;
        }
    case Kind::None:
    case Kind::Decode:
    case Kind::Cancelled:
    case Kind::Invalid:
        return false;
    }
    return false;
}

bool ApiError::isOutcomeUnknown() const
{
    switch (kind) {
    case Kind::Timeout:
        return true;
    case Kind::Http:
        // 504: the proxy stopped waiting, the service may have finished. 409 in progress: the first
        // copy of this very request (same Idempotency-Key) is still running; it may yet succeed.
        return httpStatus == 504
            || (httpStatus == 409 && code == QLatin1String(ErrorCode::IdempotencyInProgress));
    case Kind::Network:
        switch (networkError) {
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::UnknownNetworkError:
            return true;
        default: // refused, host not found, TLS handshake: the request never left
            return false;
        }
    case Kind::None:
    case Kind::Decode:
    case Kind::Cancelled:
    case Kind::Invalid:
        return false;
    }
    return false;
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return messageForNetwork();
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Http: {
        const QString byCode = messageForCode();
        return byCode.isEmpty() ? messageForStatus() : byCode;
    }
    case Kind::Decode:
        return tr("The server sent an answer the console cannot read. "
                  "The server and console versions may not match.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Invalid:
        return reason.isEmpty() ? tr("The request is incomplete.") : reason;
    }
    return {};
}

QString ApiError::messageForCode() const
{
    namespace C = ErrorCode;
    const QString c = code;
    if (c == QLatin1String(C::InvalidCredentials))
        return tr("The user name or password is wrong.");
    if (c == QLatin1String(C::TooManyAttempts)) {
        if (retryAfterSeconds > 0)
            return tr("Too many failed sign-ins. Try again in %n second(s).", nullptr, retryAfterSeconds);
        return tr("Too many failed sign-ins. Try again later.");
    }
    if (c == QLatin1String(C::RateLimited)) {
        if (retryAfterSeconds > 0)
            return tr("Too many requests. Try again in %n second(s).", nullptr, retryAfterSeconds);
        return tr("Too many requests. Try again later.");
    }
    if (c == QLatin1String(C::AccountDisabled))
        return tr("This account is disabled. Ask an administrator.");
    if (c == QLatin1String(C::SessionExpired) || c == QLatin1String(C::Unauthenticated))
        return tr("Your session has ended. Please sign in again.");
    if (c == QLatin1String(C::Forbidden))
        return tr("Your role does not allow this.");
    if (c == QLatin1String(C::VersionConflict)) {
        // A review decision's 412 says who decided: the reviewer then knows whom to ask.
        const QString decidedBy = problem.value(u"decidedBy"_qs).toString();
        if (!decidedBy.isEmpty())
            return tr("Reviewer %1 decided this item while you were looking at it. "
                      "Reload it to see their decision.")
                .arg(decidedBy);
        // Pools and pricing rules say who saved (the rule's 412 at the top, the pool's in "current"):
        // the operator then knows whose change to look at before saving again.
        QString savedBy = problem.value(u"updatedBy"_qs).toString();
        if (savedBy.isEmpty())
            savedBy = current.value(u"updatedBy"_qs).toString();
        if (!savedBy.isEmpty())
            return tr("%1 saved this record while you were editing it. Your edits are kept; "
                      "load their version to compare.")
                .arg(savedBy);
        return tr("Someone else saved this record first.");
    }
    if (c == QLatin1String(C::ReviewClaimed)) {
        const QString by = problem.value(u"claim"_qs).toObject().value(u"by"_qs).toString();
        if (!by.isEmpty())
            return tr("%1 is reviewing this item right now (they claimed it). "
                      "Pick another item, or ask them to release it.")
                .arg(by);
        return tr("Another reviewer is reviewing this item right now. Pick another item.");
    }
    if (c == QLatin1String(C::NoPreviousRelease))
        return tr("There is no earlier release to go back to: rolling back would leave the "
                  "mini-program offline.");
    if (c == QLatin1String(C::GrayInProgress))
        return tr("Another version of this mini-program is still in gray release. Release it to "
                  "everyone or roll it back first.");
    if (c == QLatin1String(C::GrayPercentNotIncreasing))
        return tr("A gray release can only grow: choose a higher percentage than now.");
    if (c == QLatin1String(C::AlreadyFullyReleased))
        return tr("This version is already released to everyone.");
    if (c == QLatin1String(C::OutOfRange))
        return tr("The percentage must be between 1 and 100.");
    if (c == QLatin1String(C::MiniProgramNotAuthorised))
        return tr("The partner has revoked Kepler's authorisation for this mini-program.");
    if (c == QLatin1String(C::SubmissionQuotaExceeded))
        return tr("The partner has used up this month's submissions.");
    if (c == QLatin1String(C::WithdrawLimitExceeded))
        return tr("The partner has withdrawn too many submissions today or this month.");
    if (c == QLatin1String(C::InvalidImage))
        return tr("The file is not a PNG or JPEG image.");
    if (c == QLatin1String(C::PreconditionRequired))
        return tr("The record's version is missing. Reload it and try again.");
    if (c == QLatin1String(C::ValidationFailed))
        return tr("Some fields need attention.");
    if (c == QLatin1String(C::NotFound))
        return tr("This record does not exist. It may have been deleted.");
    if (c == QLatin1String(C::RouteNotFound) || c == QLatin1String(C::MethodNotAllowed))
        return tr("The server does not offer this function. It may be an older version.");
    if (c == QLatin1String(C::Duplicate))
        return tr("An entry with this name already exists.");
    if (c == QLatin1String(C::InvalidTransition))
        return tr("This step is not possible in the current state. Reload to see what changed.");
    if (c == QLatin1String(C::SeparationOfDuties))
        return tr("You cannot decide on a partner you created yourself. Ask another reviewer.");
    if (c == QLatin1String(C::Conflict))
        return tr("This change conflicts with the current data. Reload and try again.");
    if (c == QLatin1String(C::PayloadTooLarge))
        return tr("The data is too large to send.");
    if (c == QLatin1String(C::MalformedJson) || c == QLatin1String(C::UnsupportedMediaType))
        return tr("The server could not read the request. The server and console versions may not match.");
    if (c == QLatin1String(C::InvalidCsv))
        return tr("The file is not a partner CSV that can be imported.");
    if (c == QLatin1String(C::InvalidCursor) || c == QLatin1String(C::InvalidQuery))
        return tr("The list could not be loaded with these settings. Reload the list.");
    if (c == QLatin1String(C::IdempotencyKeyMissing) || c == QLatin1String(C::IdempotencyKeyInvalid))
        return tr("The server could not read the request. The server and console versions may not match.");
    if (c == QLatin1String(C::IdempotencyKeyReused))
        return tr("This request was already sent with different content. Start the action again.");
    if (c == QLatin1String(C::IdempotencyInProgress))
        return tr("The same request is still being processed. Try again in a moment.");
    if (c == QLatin1String(C::KeyAlreadyRevoked))
        return tr("This key was already revoked. Reload to see the current keys.");
    if (c == QLatin1String(C::PartnerClosed))
        return tr("This partner is terminated or rejected; it gets no new keys.");
    if (c == QLatin1String(C::KeyNotActive))
        return tr("Only a key that is still in use can be rotated. Issue a new key instead.");
    if (c == QLatin1String(C::Internal))
        return tr("The server ran into an internal error.");
    if (c == QLatin1String(C::Unavailable))
        return tr("The server is temporarily unavailable. Try again in a moment.");
    return {};
}

QString ApiError::messageForStatus() const
{
    switch (httpStatus) {
    case 400:
        return tr("The server could not read the request. The server and console versions may not match.");
    case 401:
        return tr("Your session has ended. Please sign in again.");
    case 403:
        return tr("Your role does not allow this.");
    case 404:
        return tr("This record does not exist. It may have been deleted.");
    case 409:
        return tr("This change conflicts with the current data. Reload and try again.");
    case 412:
        return tr("Someone else saved this record first.");
    case 413:
        return tr("The data is too large to send.");
    case 422:
        return tr("Some fields need attention.");
    case 428:
        return tr("The record's version is missing. Reload it and try again.");
    case 429:
        return tr("Too many requests. Try again later.");
    case 502:
    case 503:
    case 504:
        return tr("The server is temporarily unavailable. Try again in a moment.");
    default:
        break;
    }
    if (httpStatus >= 500)
        return tr("The server ran into an error (HTTP %1).").arg(httpStatus);
    return tr("The server refused the request (HTTP %1).").arg(httpStatus);
}

QString ApiError::messageForNetwork() const
{
    const QString where = server.isEmpty() ? tr("the given address") : server;
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Cannot reach the server at %1. Is it running?").arg(where);
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 was not found. Check the address.").arg(where);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return tr("The server did not answer in time.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection unexpectedly. Try again.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to %1 could not be established. "
                  "Check the address and the server's certificate.")
            .arg(where);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("The network is not available. Check your connection.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server could not be used. Check the proxy settings.");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return tr("The server address is not valid. Use an address such as http://host:port.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("The server redirected the request in a way the console does not follow.");
    case QNetworkReply::OperationCanceledError:
        return tr("The request was cancelled.");
    default:
        return tr("A network problem stopped the request to %1.").arg(where);
    }
}

QString ApiError::technicalDetails() const
{
    QStringList parts;
    if (httpStatus > 0)
        parts << tr("HTTP status: %1").arg(httpStatus);
    if (!code.isEmpty())
        parts << tr("Code: %1").arg(code);
    if (networkError != QNetworkReply::NoError)
        parts << tr("Network error: %1").arg(int(networkError));
    if (!requestId.isEmpty())
        parts << tr("Request ID: %1").arg(requestId);
    if (!detail.isEmpty())
        parts << tr("Server said: %1").arg(detail);
    return parts.join(u'\n');
}

QString ApiError::fieldMessage(const FieldError &error)
{
    const QString &c = error.code;
    // Where the service knows what it wanted, say that rather than "not valid".
    // "contact.email" in a body, "contactEmail" as a CSV column.
    const QString leaf = error.field.section(u'.', -1);
    const auto is = [&leaf](const QString &name) {
        return leaf == name || leaf.endsWith(name.at(0).toUpper() + name.mid(1));
    };
    if (c == u"invalid_value" && is(u"email"_qs))
        return tr("Enter an e-mail address, like name@example.com.");
    if (c == u"invalid_value" && leaf == u"username")
        return tr("Use 3 to 32 lowercase letters, digits, '.', '_' or '-', starting with a letter.");
    if (c == u"invalid_value" && is(u"phone"_qs))
        return tr("A phone number may hold only digits, spaces and + - ( ).");
    if (c == u"invalid_value" && leaf == u"mode") {
        QStringList modes; // the wire values: what a CSV file holds; the names people know beside them
        for (PartnerMode m : allPartnerModes())
            modes << tr("%1 (%2)").arg(toString(m), displayName(m));
        return tr("Use one of: %1.").arg(modes.join(tr(", ")));
    }
    if (c == u"required")
        return tr("This field is required.");
    if (c == u"wrong_type")
        return tr("This value has the wrong type.");
    if (c == u"out_of_range")
        return tr("This value is out of range.");
    if (c == u"too_short")
        return tr("This is too short.");
    if (c == u"too_long")
        return tr("This is too long.");
    if (c == u"too_many")
        return tr("There are too many entries.");
    if (c == u"duplicate")
        return tr("This value is already in use.");
    if (c == u"invalid_value")
        return tr("This value is not valid.");
    if (c == u"read_only")
        return tr("This field cannot be changed.");
    if (c == u"unknown_field")
        return tr("The server does not know this field.");
    if (c == QLatin1String(ErrorCode::UnknownGroupField))
        return tr("This partner group does not exist. Reload the list of groups.");
    if (c == QLatin1String(ErrorCode::CannotDisableSelfField))
        return tr("You cannot disable your own account. Ask another admin to do it.");
    if (c == QLatin1String(ErrorCode::CannotRemoveOwnAdminField))
        return tr("You cannot remove your own admin role. Ask another admin to do it.");
    if (c == QLatin1String(ErrorCode::MinAboveMaxField))
        return tr("The lowest price is above the highest.");
    // Partner CSV import rows (docs/api.md, "Partner CSV").
    if (c == u"invalid_encoding")
        return tr("This line is not UTF-8 text. Save the file as \"CSV UTF-8\".");
    if (c == u"wrong_column_count")
        return tr("This line has a different number of cells than the header.");
    if (c == u"malformed_csv")
        return tr("A quoted cell on this line is not closed properly.");
    if (c == u"not_found")
        return tr("No partner has this id.");
    if (c == u"version_conflict")
        return tr("Someone changed this partner after the file was exported. Export again.");
    return tr("This value was not accepted.");
}

} // namespace Kepler
