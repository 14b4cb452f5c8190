#include "Problem.h"

#include "domain/ErrorCode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kepler::Server {
namespace {

struct Title
{
    const char *code;
    const char *title;
};

constexpr Title kTitles[] = {
    {ErrorCode::MalformedJson, "Malformed JSON"},
    {ErrorCode::ValidationFailed, "Validation failed"},
    {ErrorCode::NotFound, "Not found"},
    {ErrorCode::RouteNotFound, "No such route"},
    {ErrorCode::MethodNotAllowed, "Method not allowed"},
    {ErrorCode::PayloadTooLarge, "Payload too large"},
    {ErrorCode::HeadersTooLarge, "Request headers too large"},
    {ErrorCode::InvalidRequest, "Invalid request"},
    {ErrorCode::UnsupportedMediaType, "Unsupported media type"},
    {ErrorCode::Unauthenticated, "Authentication required"},
    {ErrorCode::SessionExpired, "Session expired"},
    {ErrorCode::InvalidCredentials, "Invalid credentials"},
    {ErrorCode::AccountDisabled, "Account disabled"},
    {ErrorCode::TooManyAttempts, "Too many attempts"},
    {ErrorCode::RateLimited, "Rate limited"},
    {ErrorCode::Forbidden, "Forbidden"},
    {ErrorCode::SeparationOfDuties, "Separation of duties"},
    {ErrorCode::PreconditionRequired, "Precondition required"},
    {ErrorCode::VersionConflict, "Version conflict"},
    {ErrorCode::Conflict, "Conflict"},
    {ErrorCode::InvalidTransition, "Invalid transition"},
    {ErrorCode::Duplicate, "Duplicate"},
    {ErrorCode::InvalidCursor, "Invalid cursor"},
    {ErrorCode::InvalidQuery, "Invalid query"},
    {ErrorCode::IdempotencyKeyMissing, "Idempotency-Key required"},
    {ErrorCode::IdempotencyKeyInvalid, "Invalid Idempotency-Key"},
    {ErrorCode::IdempotencyKeyReused, "Idempotency-Key reused"},
    {ErrorCode::IdempotencyInProgress, "Request in progress"},
    {ErrorCode::InvalidCsv, "Invalid CSV"},
    {ErrorCode::Internal, "Internal error"},
    {ErrorCode::Unavailable, "Service unavailable"},
    {ErrorCode::KeyAlreadyRevoked, "Key already revoked"},
    {ErrorCode::KeyNotActive, "Key not active"},
    {ErrorCode::PartnerClosed, "Partner closed"},
    {ErrorCode::SignatureHeadersMissing, "Signature headers missing"},
    {ErrorCode::SignatureHeaderInvalid, "Signature header invalid"},
    {ErrorCode::SignatureTimestampStale, "Stale timestamp"},
    {ErrorCode::SignatureNonceReused, "Nonce reused"},
    {ErrorCode::AppKeyUnknown, "Unknown app key"},
    {ErrorCode::AppKeyRevoked, "App key revoked"},
    {ErrorCode::AppKeyExpired, "App key expired"},
    {ErrorCode::SignatureMismatch, "Signature mismatch"},
    {ErrorCode::PartnerNotActive, "Partner not active"},
    {ErrorCode::MiniProgramNotAuthorised, "Mini-program not authorised"},
    {ErrorCode::SubmissionQuotaExceeded, "Submission quota exceeded"},
    {ErrorCode::WithdrawLimitExceeded, "Withdrawal limit reached"},
    {ErrorCode::InvalidImage, "Invalid image"},
    {ErrorCode::ReviewClaimed, "Claimed by another reviewer"},
    {ErrorCode::OutOfRange, "Out of range"},
    {ErrorCode::GrayInProgress, "Gray release in progress"},
    {ErrorCode::GrayPercentNotIncreasing, "Gray percentage must go up"},
    {ErrorCode::AlreadyFullyReleased, "Already fully released"},
    {ErrorCode::NoPreviousRelease, "No previous release"},
};

QString titleFor(const QString &code)
{
    for (const Title &t : kTitles)
        if (code == QLatin1StringView(t.code))
            return QString::fromLatin1(t.title);
    return code;
}

} // namespace

Problem::Problem(int status, const char *code, QString detail)
    : m_status(status)
    , m_code(QString::fromLatin1(code))
    , m_detail(std::move(detail))
{
}

Problem &Problem::errors(const FieldErrors &errors)
{
    m_errors.append(errors);
    return *this;
}

Problem &Problem::field(const QString &field, const QString &code, const QString &message)
{
    m_errors.append({field, code, message});
    return *this;
}

Problem &Problem::extra(const QString &key, const QJsonValue &value)
{
    m_extra.insert(key, value);
    return *this;
}

Problem &Problem::header(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

HttpResponse Problem::response(const QByteArray &requestId) const
{
    QJsonObject o = m_extra;
    o.insert(u"type"_qs, QString(u"https://kepler.example/problems/"_qs + m_code));
    o.insert(u"title"_qs, titleFor(m_code));
    o.insert(u"status"_qs, m_status);
    o.insert(u"detail"_qs, m_detail.isEmpty() ? titleFor(m_code) : m_detail);
    o.insert(u"code"_qs, m_code);
    o.insert(u"requestId"_qs, QString::fromLatin1(requestId));
    if (!m_errors.isEmpty())
        o.insert(u"errors"_qs, fieldErrorsToJson(m_errors));
    HttpResponse r;
    r.status = m_status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json")});
    r.headers.append(m_headers);
    return r;
}

Problem Problem::validation(const FieldErrors &errors)
{
    // The detail names each field and what was wanted, for API users reading a log line.
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.field + u": "_qs + (e.message.isEmpty() ? e.code : e.message);
    const QString count
        = errors.size() == 1 ? u"1 field is invalid"_qs : u"%1 fields are invalid"_qs.arg(errors.size());
    const QString detail = parts.isEmpty() ? count : count + u" ("_qs + parts.join(u"; "_qs) + u')';
    return Problem(422, ErrorCode::ValidationFailed, detail).errors(errors);
}

Problem Problem::notFound(const QString &what)
{
    return Problem(404, ErrorCode::NotFound, u"%1 does not exist"_qs.arg(what));
}

Problem Problem::forbidden()
{
    return Problem(403, ErrorCode::Forbidden, u"Your role may not do this"_qs);
}

Problem Problem::malformedJson(const QString &detail)
{
    return Problem(400, ErrorCode::MalformedJson, detail);
}

} // namespace Kepler::Server
