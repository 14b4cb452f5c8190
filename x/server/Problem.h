#pragma once

#include "HttpResponse.h"

#include "domain/FieldError.h"

#include <QJsonObject>
#include <QString>

namespace Kepler::Server {

// Builds the application/problem+json answers of docs/api.md, so every error has the same shape:
// {type,title,status,detail,code,requestId[,errors]}. The title comes from the code, so callers
// only say what is specific to their case.
class Problem
{
public:
    Problem(int status, const char *code, QString detail = {});

    Problem &errors(const FieldErrors &errors);
    Problem &field(const QString &field, const QString &code, const QString &message);
    Problem &extra(const QString &key, const QJsonValue &value);
    Problem &header(const QByteArray &name, const QByteArray &value);

    HttpResponse response(const QByteArray &requestId) const;

    static Problem validation(const FieldErrors &errors);
    static Problem notFound(const QString &what);
    static Problem forbidden();
    static Problem malformedJson(const QString &detail);

private:
    int m_status;
    QString m_code;
    QString m_detail;
    FieldErrors m_errors;
    QJsonObject m_extra;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
};

} // namespace Kepler::Server
