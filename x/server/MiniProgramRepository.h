#pragma once

#include "domain/MiniProgramStatus.h"
#include "domain/MiniProgramVersion.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// A partner's mini-program as Kepler knows it (step 1 of the onboarding flow): the partner
// authorised Kepler to manage it, or revoked that. An app id belongs to one partner for good.
struct MiniProgramApp
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString appId;
    QString name;
    MiniProgramAuthorisation status = MiniProgramAuthorisation::Authorised;
    QDateTime authorisedAt;
    QDateTime revokedAt;

    QJsonObject toJson() const;
};

struct StoredScreenshot
{
    QString id;
    qint64 partnerId = 0;
    QByteArray contentType;
    int width = 0;
    int height = 0;
    QByteArray data;
};

// Mini-program apps, versions, screenshots and the partner events the limits count
// (miniprogram_apps, miniprogram_versions, miniprogram_screenshots, miniprogram_events).
namespace MiniProgramRepository {

std::optional<MiniProgramApp> findApp(const QSqlDatabase &db, const QString &appId);
QList<MiniProgramApp> appsOfPartner(const QSqlDatabase &db, qint64 partnerId);
qint64 insertApp(const QSqlDatabase &db, const MiniProgramApp &app);
void updateApp(const QSqlDatabase &db, const MiniProgramApp &app);

std::optional<MiniProgramVersion> findVersion(const QSqlDatabase &db, qint64 id);
QList<MiniProgramVersion> versionsOfApp(const QSqlDatabase &db, const QString &appId); // newest first
qint64 insertVersion(const QSqlDatabase &db, const MiniProgramVersion &version);
// Writes status, decision, gray and times and stores version.version.
void updateVersion(const QSqlDatabase &db, const MiniProgramVersion &version);

// A fresh screenshot id ("ss_" + 32 hex digits): not guessable, so ids of others' images leak nothing.
QString generateScreenshotId();
void insertScreenshot(const QSqlDatabase &db, const StoredScreenshot &shot, const QDateTime &at);
std::optional<StoredScreenshot> findScreenshot(const QSqlDatabase &db, const QString &id);
int screenshotsSince(const QSqlDatabase &db, qint64 partnerId, const QDateTime &since);
// The ids among `ids` that are not screenshots of the partner.
QStringList foreignScreenshots(const QSqlDatabase &db, qint64 partnerId, const QStringList &ids);

// Submits and withdrawals, for ReviewLimits ("submit" / "withdraw").
void recordEvent(const QSqlDatabase &db, qint64 partnerId, const QString &kind, const QDateTime &at);
QList<QDateTime> eventsSince(
    const QSqlDatabase &db, qint64 partnerId, const QString &kind, const QDateTime &since);

} // namespace MiniProgramRepository

} // namespace Kepler::Server
