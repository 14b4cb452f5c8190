#pragma once

namespace Kepler::Server {

class Database;

// The schema as an ordered list of steps; schema_version records which ran. All pending steps
// run at start-up in one transaction, so a failed upgrade leaves the previous schema intact.
namespace Migrations {
int latestVersion();
// Returns the version the database was at before. Throws DatabaseError.
int migrate(Database &database);
} // namespace Migrations

} // namespace Kepler::Server
