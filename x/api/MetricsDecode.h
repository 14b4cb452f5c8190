#pragma once

#include "ApiError.h"
#include "MetricsTypes.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Kepler::MetricsDecode {

// The query of a MetricsRequest (times as ms, which the service reads exactly).
QUrlQuery toUrlQuery(const MetricsRequest &request);
// Why a request would be refused before sending (empty: fine). `groupings` are the route's.
QString problem(const MetricsRequest &request, const QStringList &groupings);

// Whole answers; false with *error naming what did not fit.
bool orders(const QJsonObject &json, OrderMetrics *out, ApiError *error);
bool availability(const QJsonObject &json, AvailabilityMetrics *out, ApiError *error);
bool slo(const QJsonObject &json, SloReport *out, ApiError *error);
bool annotation(const QJsonObject &json, Annotation *out, ApiError *error);

// "2026-11-11T00:00:00.000Z" → ms; nullopt when it is not a time with a zone.
std::optional<qint64> time(const QJsonValue &value);

} // namespace Kepler::MetricsDecode
