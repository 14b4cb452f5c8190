#include "ImportPartnersJob.h"

#include <QJsonArray>
#include <QUuid>

namespace Kepler {

ImportPartnersJob::ImportPartnersJob(ApiSession *session, const QByteArray &csv, bool dryRun)
    : ApiJob(session)
    , m_csv(csv)
    , m_dryRun(dryRun)
    , m_key(dryRun ? QByteArray() : QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    setTimeoutMs(TimeoutMs);
}

ApiJob::Headers ImportPartnersJob::extraHeaders() const
{
    if (m_dryRun)
        return {};
    return {{"Idempotency-Key", m_key}};
}

QUrlQuery ImportPartnersJob::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"dryRun"_qs, m_dryRun ? u"true"_qs : u"false"_qs);
    return q;
}

bool ImportPartnersJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_csv.trimmed().isEmpty()) {
        *why = tr("The file is empty.");
        return false;
    }
    return true;
}

ImportReport ImportPartnersJob::decodeReport(const QJsonObject &json)
{
    static const QHash<QString, ImportRow::Action> actions {{u"create"_qs, ImportRow::Action::Create},
        {u"update"_qs, ImportRow::Action::Update}, {u"unchanged"_qs, ImportRow::Action::Unchanged},
        {u"error"_qs, ImportRow::Action::Error}};
    ImportReport report;
    report.dryRun = json.value(u"dryRun"_qs).toBool(true);
    const QJsonObject summary = json.value(u"summary"_qs).toObject();
    report.created = summary.value(u"create"_qs).toInt();
    report.updated = summary.value(u"update"_qs).toInt();
    report.unchanged = summary.value(u"unchanged"_qs).toInt();
    report.errors = summary.value(u"error"_qs).toInt();
    const QJsonArray rows = json.value(u"rows"_qs).toArray();
    report.rows.reserve(rows.size());
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        ImportRow row;
        row.line = o.value(u"line"_qs).toInt();
        row.action = actions.value(o.value(u"action"_qs).toString(), ImportRow::Action::Error);
        row.id = o.value(u"id"_qs).toInteger();
        row.errors = fieldErrorsFromJson(o.value(u"errors"_qs).toArray());
        const QJsonObject changes = o.value(u"changes"_qs).toObject();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            const QJsonObject c = it.value().toObject();
            row.changes.append({it.key(), c.value(u"from"_qs).toString(), c.value(u"to"_qs).toString()});
        }
        report.rows.append(row);
    }
    return report;
}

bool ImportPartnersJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    Q_EMIT finished(decodeReport(body.object()));
    return true;
}

bool ImportPartnersJob::handleErrorAnswer(int status, const Headers &, const QJsonDocument &body)
{
    // All or nothing: a real run with bad rows is refused with the same per-row report.
    if (status != 422 || !body.object().contains(u"rows"_qs))
        return false;
    ImportReport report = decodeReport(body.object());
    report.dryRun = false;
    report.rejected = true;
    Q_EMIT finished(report);
    return true;
}

} // namespace Kepler
