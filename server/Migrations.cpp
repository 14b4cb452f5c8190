#include "Migrations.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"
#include "Transaction.h"

#include <QDateTime>
#include <QStringList>

namespace Kepler::Server::Migrations {
namespace {

// "{id}" becomes the engine's identity column; everything else is plain SQL both SQLite and
// PostgreSQL accept. Times are BIGINT milliseconds since the epoch (UTC): portable and sortable.
struct Step
{
    int version;
    const char16_t *const *statements;
    int count;
};

constexpr const char16_t *kStep1[] = {
    uR"(CREATE TABLE users (
        {id},
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        roles TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL,
        last_login_at BIGINT,
        version INTEGER NOT NULL DEFAULT 1))",
    uR"(CREATE TABLE sessions (
        {id},
        token_hash TEXT NOT NULL UNIQUE,
        user_id BIGINT NOT NULL REFERENCES users(id),
        created_at BIGINT NOT NULL,
        last_seen_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        revoked_at BIGINT))",
    uR"(CREATE INDEX sessions_user ON sessions(user_id))",
    uR"(CREATE TABLE partners (
        {id},
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL,
        scenario TEXT NOT NULL,
        status TEXT NOT NULL,
        contact_name TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        commission_bps INTEGER NOT NULL,
        rate_limit INTEGER NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    uR"(CREATE INDEX partners_name ON partners(name))",
    uR"(CREATE INDEX partners_status ON partners(status))",
    uR"(CREATE TABLE audit_events (
        {id},
        at BIGINT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT,
        request_id TEXT NOT NULL))",
    uR"(CREATE INDEX audit_entity ON audit_events(entity_type, entity_id))",
};

// Lifecycle actions record why (reason code and note) next to before/after.
constexpr const char16_t *kStep2[] = {
    uR"(ALTER TABLE audit_events ADD COLUMN details_json TEXT)",
};

// Partner app keys (issue 3). The secret is kept as issued because HMAC verification needs it
// (a hash would not do); encrypting it at rest is issue 8. Nonces are unique per key in the
// database, so a replay is caught even when another process or thread saw the first request.
constexpr const char16_t *kStep3[] = {
    uR"(CREATE TABLE app_keys (
        {id},
        partner_id BIGINT NOT NULL REFERENCES partners(id),
        app_key TEXT NOT NULL UNIQUE,
        secret TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        last_used_at BIGINT,
        expires_at BIGINT,
        revoked_at BIGINT,
        revoked_by TEXT))",
    uR"(CREATE INDEX app_keys_partner ON app_keys(partner_id))",
    uR"(CREATE TABLE used_nonces (
        app_key TEXT NOT NULL,
        nonce TEXT NOT NULL,
        seen_at BIGINT NOT NULL,
        UNIQUE (app_key, nonce)))",
    uR"(CREATE INDEX used_nonces_seen ON used_nonces(seen_at))",
};

constexpr Step kSteps[] = {
    {1, kStep1, int(std::size(kStep1))},
    {2, kStep2, int(std::size(kStep2))},
    {3, kStep3, int(std::size(kStep3))},
};

} // namespace

int latestVersion()
{
    return std::end(kSteps)[-1].version;
}

int migrate(Database &database)
{
    QSqlDatabase db = database.connection();
    Sql::exec(db,
        u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
        u"applied_at BIGINT NOT NULL)"_qs);
    Transaction tx(database, Transaction::Kind::Write);
    const int current = int(Sql::scalar(tx.db(), u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_qs));
    for (const Step &step : kSteps) {
        if (step.version <= current)
            continue;
        qCInfo(lcServer) << "applying schema migration" << step.version;
        for (int i = 0; i < step.count; ++i) {
            QString sql = QString::fromUtf16(step.statements[i]);
            sql.replace(u"{id}"_qs, database.identityColumn());
            Sql::exec(tx.db(), sql);
        }
        Sql::exec(tx.db(), u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_qs,
            {step.version, QDateTime::currentMSecsSinceEpoch()});
    }
    tx.commit();
    return current;
}

} // namespace Kepler::Server::Migrations
