#pragma once

#include "domain/FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace Kepler {

// Why an API call did not succeed, in a form the UI can act on (kind, status, server code, field
// errors, the record as it is now on a version conflict) and explain (message()). The console
// never shows a raw Qt or server string: message() picks translated words by kind and code.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None, // no error
        Network, // no HTTP answer: refused, host not found, TLS, connection dropped
        Timeout, // no answer within the job's transfer timeout
        Http, // an HTTP error status, usually with a problem+json body
        Decode, // a 2xx answer the console cannot read (not JSON, wrong shape)
        Cancelled, // the caller aborted the job
        Invalid, // refused before sending: canStart() said no
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // problem+json "code", e.g. "version_conflict"
    QString title; // server's English title, for logs
    QString detail; // server's English detail (or our own diagnosis), for logs
    QString requestId; // X-Request-Id: quote it when reporting a problem
    FieldErrors fieldErrors; // 422 "errors", or the local validation that refused the job
    int retryAfterSeconds = -1; // Retry-After, -1 when absent
    QJsonObject current; // 412 "current": the record as the server has it now
    // The whole problem body, for codes that carry more (review_claimed's "claim", a decision's
    // 412 "decidedBy"): message() names the other reviewer with it.
    QJsonObject problem;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString server; // host[:port] the job talked to, for messages about reachability
    QString reason; // already translated explanation for Invalid errors

    bool isError() const { return kind != Kind::None; }
    bool isRetryable() const; // transient: worth another attempt for an idempotent request
    // No answer came after the request may have reached the service (timed out, connection
    // dropped, a proxy's 504): a write may have been carried out or not. Refused connections and
    // unknown hosts are not: nothing was sent. The UI must not call such a write "not saved".
    bool isOutcomeUnknown() const;

    // A short sentence for the person at the console, translated.
    QString message() const;
    // A technical line for a "details" box and the log: status, code, request id.
    QString technicalDetails() const;

    static QString fieldMessage(const FieldError &error);

    // Builds an error from an HTTP answer: problem+json when it is one, else status only.
    static ApiError fromHttp(int status, const QByteArray &contentType, const QByteArray &body,
        const QByteArray &requestId, const QByteArray &retryAfter);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &server);
    static ApiError timeout(const QString &server);
    static ApiError cancelled();
    static ApiError invalid(const QString &reason, const FieldErrors &fieldErrors = {});
    static ApiError decode(const QString &detail, int status = 0);

    // application/json or any +json type (problem+json).
    static bool isJsonContentType(const QByteArray &contentType);
    // Retry-After as delta seconds or HTTP date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value);

private:
    QString messageForCode() const;
    QString messageForStatus() const;
    QString messageForNetwork() const;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::ApiError)
