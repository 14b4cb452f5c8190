#include "Migrations.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Logging.h"
#include "Sql.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace Kepler::Server::Migrations {
namespace {

// "{id}" becomes the engine's identity column, "{blob}" its bytes type; everything else is plain SQL both
// SQLite and PostgreSQL accept. Times are BIGINT milliseconds since the epoch (UTC): portable and sortable.
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

// Steps 3 and 4 were written side by side; quotas come first because they rebuild `partners`,
// which app_keys (step 4) then references: no engine has to drop a referenced table.
// Quotas (issue 3): partner groups with their defaults, partners.group_code and daily_order_cap,
// rate_limit nullable (null = inherit). SQLite cannot drop NOT NULL, so partners is rebuilt (the
// documented SQLite way; migrate() turns foreign keys off around it). The three groups are seeded
// here, not by the demo seeder: every installation needs them (partners reference them by foreign
// key and the console offers them), and admins change their values later through the API.
// Bulk actions: idempotency_keys remembers each Idempotency-Key's request hash and answer; the
// UNIQUE (actor, idempotency_key) row is the lock that keeps a duplicate from running twice.
constexpr const char16_t *kStep3[] = {
    uR"(CREATE TABLE partner_groups (
        {id},
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        rate_limit INTEGER NOT NULL,
        daily_order_cap INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    uR"(INSERT INTO partner_groups (code, name, name_en, rate_limit, daily_order_cap, version) VALUES
        ('gold', '金牌', 'Gold', 500, 50000, 1),
        ('silver', '银牌', 'Silver', 100, 10000, 1),
        ('bronze', '铜牌', 'Bronze', 50, 3000, 1))",
    uR"(CREATE TABLE partners_new (
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
        group_code TEXT REFERENCES partner_groups(code),
        rate_limit INTEGER,
        daily_order_cap INTEGER,
        tags TEXT NOT NULL DEFAULT '[]',
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    uR"(INSERT INTO partners_new (id, name, name_en, mode, scenario, status, contact_name, contact_email,
        contact_phone, commission_bps, rate_limit, tags, created_by, created_at, updated_by, updated_at,
        version)
        SELECT id, name, name_en, mode, scenario, status, contact_name, contact_email, contact_phone,
        commission_bps, rate_limit, tags, created_by, created_at, updated_by, updated_at, version
        FROM partners)",
    uR"(DROP TABLE partners)",
    uR"(ALTER TABLE partners_new RENAME TO partners)",
    uR"(CREATE INDEX partners_name ON partners(name))",
    uR"(CREATE INDEX partners_status ON partners(status))",
    uR"(CREATE INDEX partners_group ON partners(group_code))",
    uR"(CREATE TABLE idempotency_keys (
        {id},
        actor TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status TEXT NOT NULL,
        response_status INTEGER,
        response_body TEXT,
        created_at BIGINT NOT NULL,
        UNIQUE (actor, idempotency_key)))",
    uR"(CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at))",
};

// Partner app keys (issue 3). The secret is kept as issued because HMAC verification needs it
// (a hash would not do); encrypting it at rest is issue 8. Nonces are unique per key in the
// database, so a replay is caught even when another process or thread saw the first request.
constexpr const char16_t *kStep4[] = {
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

// Mini-programs and the review queue (issue 4, docs/reviews.md). Screenshots are small images
// kept in the database (≤ 512 KiB each, ≤ 5 a version) so a backup of one store holds everything.
// miniprogram_events remembers each partner's submits and withdrawals for the daily and monthly
// limits (the versions themselves only keep their last time). review_claims is one row per
// claimed queue item ("partner-12", "miniprogram-34"); an expired row counts as free.
constexpr const char16_t *kStep5[] = {
    uR"(CREATE TABLE miniprogram_apps (
        {id},
        partner_id BIGINT NOT NULL REFERENCES partners(id),
        app_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        authorised_at BIGINT NOT NULL,
        revoked_at BIGINT))",
    uR"(CREATE INDEX miniprogram_apps_partner ON miniprogram_apps(partner_id))",
    uR"(CREATE TABLE miniprogram_versions (
        {id},
        partner_id BIGINT NOT NULL REFERENCES partners(id),
        app_id TEXT NOT NULL REFERENCES miniprogram_apps(app_id),
        code_version TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        pages TEXT NOT NULL DEFAULT '[]',
        category TEXT NOT NULL DEFAULT '',
        privacy_declaration TEXT NOT NULL DEFAULT '',
        screenshots TEXT NOT NULL DEFAULT '[]',
        partner_notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        gray_percent INTEGER,
        created_at BIGINT NOT NULL,
        submitted_at BIGINT,
        decided_at BIGINT,
        released_at BIGINT,
        decided_by TEXT NOT NULL DEFAULT '',
        reason_code TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1))",
    uR"(CREATE INDEX miniprogram_versions_status ON miniprogram_versions(status, submitted_at))",
    uR"(CREATE INDEX miniprogram_versions_app ON miniprogram_versions(app_id))",
    uR"(CREATE TABLE miniprogram_screenshots (
        id TEXT NOT NULL PRIMARY KEY,
        partner_id BIGINT NOT NULL REFERENCES partners(id),
        content_type TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        data {blob} NOT NULL,
        created_at BIGINT NOT NULL))",
    uR"(CREATE TABLE miniprogram_events (
        partner_id BIGINT NOT NULL REFERENCES partners(id),
        kind TEXT NOT NULL,
        at BIGINT NOT NULL))",
    uR"(CREATE INDEX miniprogram_events_partner ON miniprogram_events(partner_id, kind, at))",
    uR"(CREATE TABLE review_claims (
        item_id TEXT NOT NULL PRIMARY KEY,
        claimed_by TEXT NOT NULL,
        claimed_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL))",
};

// The catalog (issue 5): categories as a three-level tree, brands, and SKUs with their path
// copied onto the row (cid1..cid3) so any level filters with one indexed column. Every filter
// index ends in id: pages are keyset (value, id), so deep pages cost what the first does.
constexpr const char16_t *kStep6[] = {
    uR"(CREATE TABLE catalog_categories (
        id BIGINT NOT NULL PRIMARY KEY,
        parent_id BIGINT,
        level INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT ''))",
    uR"(CREATE TABLE catalog_brands (
        id BIGINT NOT NULL PRIMARY KEY,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT ''))",
    uR"(CREATE TABLE catalog_skus (
        {id},
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        cid1 INTEGER NOT NULL,
        cid2 INTEGER NOT NULL,
        cid3 INTEGER NOT NULL,
        brand_id INTEGER NOT NULL,
        owner TEXT NOT NULL,
        list_price BIGINT NOT NULL,
        cost BIGINT NOT NULL,
        stock INTEGER NOT NULL,
        on_sale INTEGER NOT NULL DEFAULT 1))",
    uR"(CREATE INDEX catalog_skus_cid1 ON catalog_skus(cid1, id))",
    uR"(CREATE INDEX catalog_skus_cid2 ON catalog_skus(cid2, id))",
    uR"(CREATE INDEX catalog_skus_cid3 ON catalog_skus(cid3, id))",
    uR"(CREATE INDEX catalog_skus_brand ON catalog_skus(brand_id, id))",
    uR"(CREATE INDEX catalog_skus_price ON catalog_skus(list_price, id))",
    // Browsing a category by price is the common view: served in order, without a sort.
    uR"(CREATE INDEX catalog_skus_cid1_price ON catalog_skus(cid1, list_price, id))",
    uR"(CREATE INDEX catalog_skus_cid2_price ON catalog_skus(cid2, list_price, id))",
    uR"(CREATE INDEX catalog_skus_cid3_price ON catalog_skus(cid3, list_price, id))",
    // ... and by stock ("what can ship"), with or without a category.
    uR"(CREATE INDEX catalog_skus_stock ON catalog_skus(stock, id))",
    uR"(CREATE INDEX catalog_skus_cid1_stock ON catalog_skus(cid1, stock, id))",
    uR"(CREATE INDEX catalog_skus_cid2_stock ON catalog_skus(cid2, stock, id))",
    uR"(CREATE INDEX catalog_skus_cid3_stock ON catalog_skus(cid3, stock, id))",
    // The reviewers' workload counts today's decisions by time.
    uR"(CREATE INDEX audit_events_at ON audit_events(at))",
    // Product pools: criteria and manual lists as JSON (read whole, never queried by part).
    uR"(CREATE TABLE product_pools (
        {id},
        name TEXT NOT NULL,
        criteria_json TEXT NOT NULL,
        includes_json TEXT NOT NULL DEFAULT '[]',
        excludes_json TEXT NOT NULL DEFAULT '[]',
        partners_json TEXT NOT NULL DEFAULT '[]',
        modes_json TEXT NOT NULL DEFAULT '[]',
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    // Pricing rules; the scope as JSON (matched in code by the shared engine, never in SQL).
    uR"(CREATE TABLE pricing_rules (
        {id},
        name TEXT NOT NULL,
        scope_json TEXT NOT NULL,
        adjustment TEXT NOT NULL,
        value BIGINT NOT NULL,
        priority INTEGER NOT NULL DEFAULT 0,
        exclusive INTEGER NOT NULL DEFAULT 0,
        valid_from BIGINT,
        valid_until BIGINT,
        status TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    // Platform settings an admin changes at run time (the pricing floor's minimum margin, ...).
    uR"(CREATE TABLE platform_settings (
        setting TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    uR"(INSERT INTO platform_settings (setting, value, version) VALUES ('pricing.minMarginBps', '500', 1))",
};

// Migration 7 (issue 5): keyword search over SKU names (server/CatalogSearch, docs/pricing.md).
// FTS5 is SQLite's; "{sqlite}" statements are skipped on PostgreSQL and "{postgresql}" ones on SQLite.
// PostgreSQL has no index for it (CatalogSearch scans there: docs/server.md "Storage"). Both tables are
// contentless (the names stay in catalog_skus only) and hold the names as CatalogKeyword::fold lowers them —
// ASCII letters only, as lower() does here. The INSERTs index the SKUs of a database made before this step;
// afterwards the SKU writes do it (CatalogSearch::Writer). The grams are the hex of each distinct 1- and
// 2-character substring.
constexpr const char16_t *kStep7[] = {
    uR"({sqlite}CREATE VIRTUAL TABLE catalog_sku_text USING fts5(name, name_en, content='',
        tokenize='trigram case_sensitive 1'))",
    uR"({sqlite}CREATE VIRTUAL TABLE catalog_sku_grams USING fts5(grams, content='', detail=none,
        columnsize=0, tokenize='ascii'))",
    uR"({sqlite}INSERT INTO catalog_sku_text (rowid, name, name_en)
        SELECT id, lower(name), lower(name_en) FROM catalog_skus)",
    uR"({sqlite}INSERT INTO catalog_sku_grams (rowid, grams)
        WITH RECURSIVE pos(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM pos
                WHERE i < (SELECT MAX(MAX(length(name), length(name_en))) FROM catalog_skus)),
            folded(id, t) AS (SELECT id, lower(name) FROM catalog_skus
                UNION ALL SELECT id, lower(name_en) FROM catalog_skus),
            gram(id, g) AS (SELECT id, hex(substr(t, i, 1)) FROM folded JOIN pos ON i <= length(t)
                UNION SELECT id, hex(substr(t, i, 2)) FROM folded JOIN pos ON i < length(t))
        SELECT id, group_concat(g, ' ') FROM gram GROUP BY id)",
    // PostgreSQL has strpos where SQLite has instr: the same function under SQLite's name keeps the
    // keyword condition one SQL text (CatalogSearch::keywordCondition). Its lower() folds ASCII only
    // as SQLite's does because the database's LC_CTYPE is C (Database checks it on connecting).
    uR"({postgresql}CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT strpos(haystack, needle)')",
};

// Migration 8 (issue 6): orders placed through the partner gateway (docs/gateway.md). One row per
// order, its lines apart; the partner's reference is unique per partner (idempotent create), and the
// request's hash tells a replay from a different order reusing the reference. validity is fixed at
// placement (paid / invalid_*) and becomes cancelled on cancel; "completed" is derived from time.
constexpr const char16_t *kStep8[] = {
    uR"(CREATE TABLE gateway_orders (
        {id},
        partner_id BIGINT NOT NULL REFERENCES partners(id),
        partner_order_ref TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        buyer_ref TEXT NOT NULL DEFAULT '',
        source_app_id TEXT NOT NULL DEFAULT '',
        validity TEXT NOT NULL,
        placed_at BIGINT NOT NULL,
        cancelled_at BIGINT,
        total_fen BIGINT NOT NULL,
        commission_fen BIGINT NOT NULL,
        UNIQUE (partner_id, partner_order_ref)))",
    uR"(CREATE INDEX gateway_orders_partner_time ON gateway_orders(partner_id, placed_at, id))",
    uR"(CREATE INDEX gateway_orders_buyer ON gateway_orders(partner_id, buyer_ref, placed_at))",
    uR"(CREATE TABLE gateway_order_items (
        order_id BIGINT NOT NULL REFERENCES gateway_orders(id),
        line INTEGER NOT NULL,
        sku_id BIGINT NOT NULL,
        name TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        price_fen BIGINT NOT NULL,
        commission_fen BIGINT NOT NULL,
        PRIMARY KEY (order_id, line)))",
};

// Migration 9 (issue 6): measured gateway traffic (docs/gateway.md "Metrics"). Per minute, hour and
// Beijing day (t = the period's start, UTC ms): requests per (partner, service) with 5xx errors, 4xx,
// the latency sum and one column per LatencyHistogram bucket (b0..b12); orders per partner. Minutes
// are added into by every instance (INSERT … ON CONFLICT DO UPDATE), and the hours and days they
// fall in by the same sums in the same transaction. No foreign key to partners: partner 0 holds requests
// refused before one was known.
constexpr const char16_t *kStep9[] = {
    uR"(CREATE TABLE metrics_request_minutes (
        t BIGINT NOT NULL,
        partner_id BIGINT NOT NULL,
        service TEXT NOT NULL,
        requests BIGINT NOT NULL DEFAULT 0,
        errors BIGINT NOT NULL DEFAULT 0,
        client_errors BIGINT NOT NULL DEFAULT 0,
        latency_sum_us BIGINT NOT NULL DEFAULT 0,
        b0 BIGINT NOT NULL DEFAULT 0,
        b1 BIGINT NOT NULL DEFAULT 0,
        b2 BIGINT NOT NULL DEFAULT 0,
        b3 BIGINT NOT NULL DEFAULT 0,
        b4 BIGINT NOT NULL DEFAULT 0,
        b5 BIGINT NOT NULL DEFAULT 0,
        b6 BIGINT NOT NULL DEFAULT 0,
        b7 BIGINT NOT NULL DEFAULT 0,
        b8 BIGINT NOT NULL DEFAULT 0,
        b9 BIGINT NOT NULL DEFAULT 0,
        b10 BIGINT NOT NULL DEFAULT 0,
        b11 BIGINT NOT NULL DEFAULT 0,
        b12 BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (t, partner_id, service)))",
    uR"(CREATE INDEX metrics_request_minutes_partner ON metrics_request_minutes(partner_id, t))",
    uR"(CREATE INDEX metrics_request_minutes_service ON metrics_request_minutes(service, t))",
    uR"(CREATE TABLE metrics_request_hours (
        t BIGINT NOT NULL,
        partner_id BIGINT NOT NULL,
        service TEXT NOT NULL,
        requests BIGINT NOT NULL DEFAULT 0,
        errors BIGINT NOT NULL DEFAULT 0,
        client_errors BIGINT NOT NULL DEFAULT 0,
        latency_sum_us BIGINT NOT NULL DEFAULT 0,
        b0 BIGINT NOT NULL DEFAULT 0,
        b1 BIGINT NOT NULL DEFAULT 0,
        b2 BIGINT NOT NULL DEFAULT 0,
        b3 BIGINT NOT NULL DEFAULT 0,
        b4 BIGINT NOT NULL DEFAULT 0,
        b5 BIGINT NOT NULL DEFAULT 0,
        b6 BIGINT NOT NULL DEFAULT 0,
        b7 BIGINT NOT NULL DEFAULT 0,
        b8 BIGINT NOT NULL DEFAULT 0,
        b9 BIGINT NOT NULL DEFAULT 0,
        b10 BIGINT NOT NULL DEFAULT 0,
        b11 BIGINT NOT NULL DEFAULT 0,
        b12 BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (t, partner_id, service)))",
    uR"(CREATE INDEX metrics_request_hours_partner ON metrics_request_hours(partner_id, t))",
    uR"(CREATE INDEX metrics_request_hours_service ON metrics_request_hours(service, t))",
    uR"(CREATE TABLE metrics_request_days (
        t BIGINT NOT NULL,
        partner_id BIGINT NOT NULL,
        service TEXT NOT NULL,
        requests BIGINT NOT NULL DEFAULT 0,
        errors BIGINT NOT NULL DEFAULT 0,
        client_errors BIGINT NOT NULL DEFAULT 0,
        latency_sum_us BIGINT NOT NULL DEFAULT 0,
        b0 BIGINT NOT NULL DEFAULT 0,
        b1 BIGINT NOT NULL DEFAULT 0,
        b2 BIGINT NOT NULL DEFAULT 0,
        b3 BIGINT NOT NULL DEFAULT 0,
        b4 BIGINT NOT NULL DEFAULT 0,
        b5 BIGINT NOT NULL DEFAULT 0,
        b6 BIGINT NOT NULL DEFAULT 0,
        b7 BIGINT NOT NULL DEFAULT 0,
        b8 BIGINT NOT NULL DEFAULT 0,
        b9 BIGINT NOT NULL DEFAULT 0,
        b10 BIGINT NOT NULL DEFAULT 0,
        b11 BIGINT NOT NULL DEFAULT 0,
        b12 BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (t, partner_id, service)))",
    uR"(CREATE INDEX metrics_request_days_partner ON metrics_request_days(partner_id, t))",
    uR"(CREATE INDEX metrics_request_days_service ON metrics_request_days(service, t))",
    uR"(CREATE TABLE metrics_order_minutes (
        t BIGINT NOT NULL,
        partner_id BIGINT NOT NULL,
        orders BIGINT NOT NULL DEFAULT 0,
        valid_orders BIGINT NOT NULL DEFAULT 0,
        gmv_fen BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (t, partner_id)))",
    uR"(CREATE INDEX metrics_order_minutes_partner ON metrics_order_minutes(partner_id, t))",
    uR"(CREATE TABLE metrics_order_hours (
        t BIGINT NOT NULL,
        partner_id BIGINT NOT NULL,
        orders BIGINT NOT NULL DEFAULT 0,
        valid_orders BIGINT NOT NULL DEFAULT 0,
        gmv_fen BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (t, partner_id)))",
    uR"(CREATE INDEX metrics_order_hours_partner ON metrics_order_hours(partner_id, t))",
    uR"(CREATE TABLE metrics_order_days (
        t BIGINT NOT NULL,
        partner_id BIGINT NOT NULL,
        orders BIGINT NOT NULL DEFAULT 0,
        valid_orders BIGINT NOT NULL DEFAULT 0,
        gmv_fen BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (t, partner_id)))",
    uR"(CREATE INDEX metrics_order_days_partner ON metrics_order_days(partner_id, t))",
    // SLO targets (docs/gateway.md) and how long each kind of row is kept, in days.
    uR"(INSERT INTO platform_settings (setting, value, version) VALUES ('slo.overallTarget', '0.9999', 1))",
    uR"(INSERT INTO platform_settings (setting, value, version) VALUES ('slo.serviceTarget', '0.99999', 1))",
    uR"(INSERT INTO platform_settings (setting, value, version) VALUES ('metrics.retention.minuteDays', '7', 1))",
    uR"(INSERT INTO platform_settings (setting, value, version) VALUES ('metrics.retention.hourDays', '90', 1))",
    uR"(INSERT INTO platform_settings (setting, value, version) VALUES ('metrics.retention.dayDays', '730', 1))",
};

// Migration 10 (issue 7): annotations on the dashboards' time axis (a release, an incident), shown to
// every staff member; `scope` narrows where ("" everywhere, a gateway service, "partner:<id>").
constexpr const char16_t *kStep10[] = {
    uR"(CREATE TABLE annotations (
        {id},
        at BIGINT NOT NULL,
        note TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL))",
    uR"(CREATE INDEX annotations_at ON annotations(at, id))",
};

// Migration 11 (issue 8, ASVS V3): a session remembers the client that signed in (User-Agent) and the
// address it came from, so an account can tell its sessions apart before ending one.
constexpr const char16_t *kStep11[] = {
    uR"(ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE sessions ADD COLUMN client_address TEXT NOT NULL DEFAULT '')",
};

// Migration 12 (issue 8): the gateway's rate buckets, shared by every instance on the database
// (SharedRateLimiter). UNLOGGED: no WAL write per request, and a bucket lost in a crash only
// forgets how much of one second's burst a partner had spent. SQLite keeps them in its ephemeral
// file (Database::ephemeralConnection), beside the used nonces.
constexpr const char16_t *kStep12[] = {
    uR"({postgresql}CREATE UNLOGGED TABLE rate_buckets (
        bucket TEXT NOT NULL PRIMARY KEY,
        tat_us BIGINT NOT NULL,
        taken INTEGER NOT NULL))",
};

constexpr Step kSteps[] = {
    {1, kStep1, int(std::size(kStep1))},
    {2, kStep2, int(std::size(kStep2))},
    {3, kStep3, int(std::size(kStep3))},
    {4, kStep4, int(std::size(kStep4))},
    {5, kStep5, int(std::size(kStep5))},
    {6, kStep6, int(std::size(kStep6))},
    {7, kStep7, int(std::size(kStep7))},
    {8, kStep8, int(std::size(kStep8))},
    {9, kStep9, int(std::size(kStep9))},
    {10, kStep10, int(std::size(kStep10))},
    {11, kStep11, int(std::size(kStep11))},
    {12, kStep12, int(std::size(kStep12))},
};

} // namespace

int latestVersion()
{
    return std::end(kSteps)[-1].version;
}

int migrate(Database &database)
{
    QSqlDatabase db = database.connection();
    // Rebuilding a table (step 3) drops it; with foreign keys on, SQLite's implicit DELETE would
    // fail or cascade into rows that reference it. The pragma is a no-op inside a transaction, so
    // it goes around it, and foreign_key_check proves the rebuilt tables consistent before commit.
    if (database.isSqlite())
        Sql::exec(db, u"PRAGMA foreign_keys=OFF"_qs);
    struct ForeignKeysBackOn
    {
        Database &database;
        ~ForeignKeysBackOn()
        {
            if (database.isSqlite())
                QSqlQuery(database.connection()).exec(u"PRAGMA foreign_keys=ON"_qs);
        }
    } foreignKeysBackOn {database};
    Transaction tx(database, Transaction::Kind::Write);
    // Inside the write transaction: two processes starting at once on one PostgreSQL database take
    // turns here (its advisory lock) instead of racing to create the same tables.
    Sql::exec(tx.db(),
        u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
        u"applied_at BIGINT NOT NULL)"_qs);
    const int current = int(Sql::scalar(tx.db(), u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_qs));
    // Steps not yet recorded, not only those above the highest: steps are written on separate
    // branches (7 landed after 8 and 9), and a database made between must still get the gap.
    QSet<int> applied;
    for (QSqlQuery q = Sql::exec(tx.db(), u"SELECT version FROM schema_version"_qs); q.next();)
        applied.insert(q.value(0).toInt());
    for (const Step &step : kSteps) {
        if (applied.contains(step.version))
            continue;
        qCInfo(lcServer) << "applying schema migration" << step.version;
        for (int i = 0; i < step.count; ++i) {
            QString sql = QString::fromUtf16(step.statements[i]);
            if (sql.startsWith(u"{sqlite}")) { // engine-specific (FTS5): the other engine's form differs
                if (!database.isSqlite())
                    continue;
                sql.remove(0, 8);
            } else if (sql.startsWith(u"{postgresql}")) {
                if (database.isSqlite())
                    continue;
                sql.remove(0, 12);
            }
            sql.replace(u"{id}"_qs, database.identityColumn());
            sql.replace(u"{blob}"_qs, database.isSqlite() ? u"BLOB"_qs : u"BYTEA"_qs);
            Sql::exec(tx.db(), sql);
        }
        Sql::exec(tx.db(), u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_qs,
            {step.version, QDateTime::currentMSecsSinceEpoch()});
    }
    if (database.isSqlite() && Sql::exec(tx.db(), u"PRAGMA foreign_key_check"_qs).next())
        throw DatabaseError(u"a migration left rows whose foreign keys point nowhere"_qs, false);
    tx.commit();
    return current;
}

} // namespace Kepler::Server::Migrations
