#pragma once

namespace Kepler::Server {

class Database;

// `--demo`: fills an empty database with the same data every time (fixed random seed, fixed
// dates): 240 partners over the 20 scenarios, 3 modes and 6 statuses, and the demo accounts
// operator, operator2, reviewer, reviewer2, manager and admin, all with password "kepler-demo".
// A database that holds any user or partner is left alone. Review data is relative to the first
// start ($KEPLER_DEMO_ANCHOR pins that moment, for tests comparing two seeds).
namespace DemoSeeder {
inline constexpr char Password[] = "kepler-demo";
inline constexpr int PartnerCount = 240; // the default of --demo-partners
inline constexpr int MaxPartnerCount = 10000;
inline constexpr unsigned Seed = 20261111;

// true if it seeded. Throws DatabaseError. `partners` (1..MaxPartnerCount) rows with unique names:
// each of the 80 brands in editions and cities (DemoCatalog::editions()); 240 gives the same rows
// as before the count could be chosen.
bool seedIfEmpty(Database &database, int partners = PartnerCount, int skus = 100000);
} // namespace DemoSeeder

} // namespace Kepler::Server
