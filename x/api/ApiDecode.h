#pragma once

#include "ApiJob.h"

#include "domain/Partner.h"
#include "domain/PartnerKey.h"
#include "domain/StaffUser.h"

namespace Kepler::ApiDecode {

// Shared by the jobs: decode what the service sends, turning any mismatch into a Decode error
// that names the field (for the log; the user sees ApiError::message()).
bool partner(const QJsonObject &json, const ApiJob::Headers &headers, Partner *out, ApiError *error);
bool user(const QJsonObject &json, const ApiJob::Headers &headers, StaffUser *out, ApiError *error);
// "items", "nextCursor", "total" of a list page; items are handed back as objects.
bool page(
    const QJsonObject &json, QList<QJsonObject> *items, QString *nextCursor, int *total, ApiError *error);

// A partner key as GET/POST /api/v1/partners/{id}/keys… send it; with "secret" for issue/rotate.
bool partnerKey(const QJsonObject &json, PartnerKey *out, ApiError *error);
bool issuedPartnerKey(const QJsonObject &json, IssuedPartnerKey *out, ApiError *error);

// The ETag's version wins over the body's: it is what a later If-Match must name.
int versionFrom(const ApiJob::Headers &headers, int fallback);

} // namespace Kepler::ApiDecode
