#pragma once

#include "ApiJob.h"
#include "ReviewDetail.h"

namespace Kepler::ReviewDecode {

// The review jobs' decoders. A mismatch becomes a Decode error that names the field.
bool item(const QJsonObject &json, const ApiJob::Headers &headers, ReviewQueueItem *out, ApiError *error);
bool version(const QJsonObject &json, MiniProgramVersion *out, ApiError *error);
// The item fields at the top level (or under "item"), plus partner, submission, liveRelease, versions.
bool detail(const QJsonObject &json, const ApiJob::Headers &headers, ReviewDetail *out, ApiError *error);
// The review id of a mini-program version ("miniprogram-34").
QString itemIdOf(const MiniProgramVersion &version);

} // namespace Kepler::ReviewDecode
