#pragma once

#include <QSqlDatabase>

namespace Kepler::Server {

// `--demo`: the catalog (issue 5) — the category tree and brands of DemoSkuCatalog and `count`
// SKUs composed from them with a fixed random seed (same rows on every machine), written with one
// prepared statement in the caller's transaction: 100,000 rows in about a second.
namespace DemoSkus {
inline constexpr int DefaultCount = 100000;
inline constexpr int MaxCount = 1000000;
inline constexpr unsigned Seed = 20261201;
void seed(const QSqlDatabase &db, int count);
} // namespace DemoSkus

} // namespace Kepler::Server
