#include "MiniProgramRepository.h"

#include "Sql.h"

#include "domain/Partner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sodium.h>

namespace Kepler::Server {

QJsonObject MiniProgramApp::toJson() const
{
    return {{u"appId"_qs, appId}, {u"partnerId"_qs, partnerId}, {u"name"_qs, name},
        {u"status"_qs, toString(status)}, {u"authorisedAt"_qs, toIsoUtc(authorisedAt)},
        {u"revokedAt"_qs, revokedAt.isValid() ? QJsonValue(toIsoUtc(revokedAt)) : QJsonValue()}};
}

namespace MiniProgramRepository {
namespace {

const QString kAppColumns = u"id, partner_id, app_id, name, status, authorised_at, revoked_at"_qs;
const QString kVersionColumns
    = u"id, partner_id, app_id, code_version, description, pages, category, privacy_declaration, "
      u"screenshots, partner_notes, status, gray_percent, created_at, submitted_at, decided_at, "
      u"released_at, decided_by, reason_code, note, version"_qs;

QDateTime timeOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QString listJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

MiniProgramApp readApp(const QSqlQuery &q)
{
    MiniProgramApp a;
    a.id = q.value(0).toLongLong();
    a.partnerId = q.value(1).toLongLong();
    a.appId = q.value(2).toString();
    a.name = q.value(3).toString();
    a.status = miniProgramAuthorisationFromString(q.value(4).toString())
                   .value_or(MiniProgramAuthorisation::Revoked);
    a.authorisedAt = timeOrInvalid(q.value(5));
    a.revokedAt = timeOrInvalid(q.value(6));
    return a;
}

MiniProgramVersion readVersion(const QSqlQuery &q)
{
    MiniProgramVersion v;
    v.id = q.value(0).toLongLong();
    v.partnerId = q.value(1).toLongLong();
    v.appId = q.value(2).toString();
    v.codeVersion = q.value(3).toString();
    v.description = q.value(4).toString();
    v.pages = listFromJson(q.value(5).toString());
    v.category = q.value(6).toString();
    v.privacyDeclaration = q.value(7).toString();
    v.screenshots = listFromJson(q.value(8).toString());
    v.partnerNotes = q.value(9).toString();
    v.status = miniProgramStatusFromString(q.value(10).toString()).value_or(MiniProgramStatus::Draft);
    if (!q.value(11).isNull())
        v.grayPercent = q.value(11).toInt();
    v.createdAt = timeOrInvalid(q.value(12));
    v.submittedAt = timeOrInvalid(q.value(13));
    v.decidedAt = timeOrInvalid(q.value(14));
    v.releasedAt = timeOrInvalid(q.value(15));
    v.decidedBy = q.value(16).toString();
    v.reasonCode = q.value(17).toString();
    v.note = q.value(18).toString();
    v.version = q.value(19).toInt();
    return v;
}

} // namespace

std::optional<MiniProgramApp> findApp(const QSqlDatabase &db, const QString &appId)
{
    QSqlQuery q
        = Sql::exec(db, u"SELECT "_qs + kAppColumns + u" FROM miniprogram_apps WHERE app_id = ?"_qs, {appId});
    if (!q.next())
        return std::nullopt;
    return readApp(q);
}

QList<MiniProgramApp> appsOfPartner(const QSqlDatabase &db, qint64 partnerId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_qs + kAppColumns + u" FROM miniprogram_apps WHERE partner_id = ? ORDER BY id"_qs,
        {partnerId});
    QList<MiniProgramApp> apps;
    while (q.next())
        apps.append(readApp(q));
    return apps;
}

qint64 insertApp(const QSqlDatabase &db, const MiniProgramApp &app)
{
    return Sql::scalar(db,
        u"INSERT INTO miniprogram_apps (partner_id, app_id, name, status, authorised_at, revoked_at) "
        u"VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_qs,
        {app.partnerId, app.appId, app.name, toString(app.status), app.authorisedAt.toMSecsSinceEpoch(),
            msOrNull(app.revokedAt)});
}

void updateApp(const QSqlDatabase &db, const MiniProgramApp &app)
{
    Sql::exec(db,
        u"UPDATE miniprogram_apps SET name = ?, status = ?, authorised_at = ?, revoked_at = ? WHERE id = ?"_qs,
        {app.name, toString(app.status), app.authorisedAt.toMSecsSinceEpoch(), msOrNull(app.revokedAt),
            app.id});
}

std::optional<MiniProgramVersion> findVersion(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(
        db, u"SELECT "_qs + kVersionColumns + u" FROM miniprogram_versions WHERE id = ?"_qs, {id});
    if (!q.next())
        return std::nullopt;
    return readVersion(q);
}

QList<MiniProgramVersion> versionsOfApp(const QSqlDatabase &db, const QString &appId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_qs + kVersionColumns + u" FROM miniprogram_versions WHERE app_id = ? ORDER BY id DESC"_qs,
        {appId});
    QList<MiniProgramVersion> versions;
    while (q.next())
        versions.append(readVersion(q));
    return versions;
}

qint64 insertVersion(const QSqlDatabase &db, const MiniProgramVersion &v)
{
    return Sql::scalar(db,
        u"INSERT INTO miniprogram_versions (partner_id, app_id, code_version, description, pages, category, "
        u"privacy_declaration, screenshots, partner_notes, status, gray_percent, created_at, submitted_at, "
        u"decided_at, released_at, decided_by, reason_code, note, version) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_qs,
        {v.partnerId, v.appId, v.codeVersion, v.description, listJson(v.pages), v.category,
            v.privacyDeclaration, listJson(v.screenshots), v.partnerNotes, toString(v.status),
            Sql::orNull(v.grayPercent), v.createdAt.toMSecsSinceEpoch(), msOrNull(v.submittedAt),
            msOrNull(v.decidedAt), msOrNull(v.releasedAt), v.decidedBy, v.reasonCode, v.note, v.version});
}

void updateVersion(const QSqlDatabase &db, const MiniProgramVersion &v)
{
    Sql::exec(db,
        u"UPDATE miniprogram_versions SET status = ?, gray_percent = ?, submitted_at = ?, decided_at = ?, "
        u"released_at = ?, decided_by = ?, reason_code = ?, note = ?, version = ? WHERE id = ?"_qs,
        {toString(v.status), Sql::orNull(v.grayPercent), msOrNull(v.submittedAt), msOrNull(v.decidedAt),
            msOrNull(v.releasedAt), v.decidedBy, v.reasonCode, v.note, v.version, v.id});
}

QString generateScreenshotId()
{
    QByteArray raw(16, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return u"ss_"_qs + QString::fromLatin1(raw.toHex());
}

void insertScreenshot(const QSqlDatabase &db, const StoredScreenshot &shot, const QDateTime &at)
{
    Sql::exec(db,
        u"INSERT INTO miniprogram_screenshots (id, partner_id, content_type, width, height, data, "
        u"created_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_qs,
        {shot.id, shot.partnerId, QString::fromLatin1(shot.contentType), shot.width, shot.height, shot.data,
            at.toMSecsSinceEpoch()});
}

std::optional<StoredScreenshot> findScreenshot(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, partner_id, content_type, width, height, data FROM miniprogram_screenshots WHERE id = ?"_qs,
        {id});
    if (!q.next())
        return std::nullopt;
    return StoredScreenshot {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString().toLatin1(),
        q.value(3).toInt(), q.value(4).toInt(), q.value(5).toByteArray()};
}

int screenshotsSince(const QSqlDatabase &db, qint64 partnerId, const QDateTime &since)
{
    return int(Sql::scalar(db,
        u"SELECT COUNT(*) FROM miniprogram_screenshots WHERE partner_id = ? AND created_at >= ?"_qs,
        {partnerId, since.toMSecsSinceEpoch()}));
}

QStringList foreignScreenshots(const QSqlDatabase &db, qint64 partnerId, const QStringList &ids)
{
    QStringList foreign;
    for (const QString &id : ids)
        if (Sql::scalar(db,
                u"SELECT COUNT(*) FROM miniprogram_screenshots WHERE id = ? AND partner_id = ?"_qs,
                {id, partnerId})
            == 0)
            foreign.append(id);
    return foreign;
}

void recordEvent(const QSqlDatabase &db, qint64 partnerId, const QString &kind, const QDateTime &at)
{
    Sql::exec(db, u"INSERT INTO miniprogram_events (partner_id, kind, at) VALUES (?, ?, ?)"_qs,
        {partnerId, kind, at.toMSecsSinceEpoch()});
}

QList<QDateTime> eventsSince(
    const QSqlDatabase &db, qint64 partnerId, const QString &kind, const QDateTime &since)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT at FROM miniprogram_events WHERE partner_id = ? AND kind = ? AND at >= ? ORDER BY at"_qs,
        {partnerId, kind, since.toMSecsSinceEpoch()});
    QList<QDateTime> times;
    while (q.next())
        times.append(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC));
    return times;
}

} // namespace MiniProgramRepository

} // namespace Kepler::Server
