#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kepler::Server {

// A moment marked on the dashboards' time axis with a note (migration 10).
struct Annotation
{
    qint64 id = 0;
    qint64 at = 0; // ms since the epoch (UTC)
    QString note;
    QString scope; // "" everywhere, a gateway service ("order"), or "partner:<id>"
    QString createdBy;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
};

namespace AnnotationRepository {

// Ordered by time, then id; at most `limit`.
QList<Annotation> list(const QSqlDatabase &db, qint64 from, qint64 to, const QString &scope, int limit);
std::optional<Annotation> find(const QSqlDatabase &db, qint64 id);
qint64 insert(const QSqlDatabase &db, const Annotation &annotation);
void remove(const QSqlDatabase &db, qint64 id);

} // namespace AnnotationRepository
} // namespace Kepler::Server
