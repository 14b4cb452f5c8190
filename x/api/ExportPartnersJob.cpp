#include "ExportPartnersJob.h"

#include <QRegularExpression>

namespace Kepler {

ExportPartnersJob::ExportPartnersJob(ApiSession *session, const PartnerQuery &query)
    : ApiJob(session)
    , m_query(query)
{
    setTimeoutMs(TimeoutMs);
}

QUrlQuery ExportPartnersJob::query() const
{
    QUrlQuery q = m_query.toUrlQuery();
    q.removeAllQueryItems(u"limit"_qs); // the export holds every matching row
    q.removeAllQueryItems(u"cursor"_qs);
    return q;
}

QString ExportPartnersJob::fileNameFrom(const QByteArray &contentDisposition)
{
    static const QRegularExpression name(u"filename=\"?([^\";]+)\"?"_qs);
    const QRegularExpressionMatch m = name.match(QString::fromUtf8(contentDisposition));
    // Only the last path component: a server never gets to pick the folder.
    QString file = m.captured(1).section(u'/', -1).section(u'\\', -1).trimmed();
    return file.isEmpty() || file.startsWith(u'.') ? u"partners.csv"_qs : file;
}

bool ExportPartnersJob::handleSuccess(int status, const Headers &, const QJsonDocument &, ApiError *error)
{
    *error = ApiError::decode(u"expected CSV"_qs, status); // not reached: expectsJsonAnswer() is false
    return false;
}

bool ExportPartnersJob::handleRawSuccess(
    int status, const Headers &headers, const QByteArray &body, ApiError *error)
{
    const QByteArray type = headerValue(headers, "Content-Type").split(';').constFirst().trimmed().toLower();
    if (type != "text/csv") {
        *error = ApiError::decode(u"expected text/csv, got "_qs + QString::fromLatin1(type), status);
        return false;
    }
    Q_EMIT finished(body, fileNameFrom(headerValue(headers, "Content-Disposition")));
    return true;
}

} // namespace Kepler
