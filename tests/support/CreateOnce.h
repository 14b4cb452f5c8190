#pragma once

#include "HttpClient.h"

namespace Kepler::Test {

// The Idempotency-Key contract every create of /api/v1 honours (docs/reliability.md, "Lost
// creates"): `body` POSTed twice to `path` under one fresh key creates one resource, the second
// answer being the first replayed (same id, Idempotent-Replayed: true); `other` under that key is
// refused with 422 idempotency_key_reused. Returns what broke the contract (empty when it holds)
// and the id created in *id.
QString checkCreateOnce(
    HttpClient &client, const QString &path, const QJsonObject &body, const QJsonObject &other, qint64 *id);

} // namespace Kepler::Test
