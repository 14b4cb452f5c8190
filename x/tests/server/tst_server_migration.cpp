// The quota migration (step 3) on a database made by the previous schema (steps 1 and 2) that already holds a
// partner and a row of another table referencing it: the partners table is rebuilt (rate_limit
// becomes nullable) without losing a value or the referencing row, and the service then serves
// the old partner with its own rate limit and the new quota fields.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler::Test;

class tst_ServerMigration : public QObject
{
    Q_OBJECT

private:
    static bool exec(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text() << sql;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void version2DatabaseKeepsItsPartners()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"v2"_qs);
            db.setDatabaseName(dir.filePath(u"kepler.db"_qs));
            QVERIFY(db.open());
            // Steps 1–2 as they were (the tables that matter here), plus a referencing table as
            // a later step may add (e.g. partner keys), which the rebuild must not cascade into.
            for (const QString &sql :
                {
                    u"CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)"_qs,
                    u"INSERT INTO schema_version VALUES (1, 0), (2, 0)"_qs,
                    u"CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT NOT NULL "
                    u"UNIQUE, "
                    u"display_name TEXT NOT NULL, password_hash TEXT NOT NULL, roles TEXT NOT NULL, disabled "
                    u"INTEGER "
                    u"NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, last_login_at BIGINT, version INTEGER "
                    u"NOT "
                    u"NULL DEFAULT 1)"_qs,
                    u"CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, token_hash TEXT NOT NULL "
                    u"UNIQUE, "
                    u"user_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL, last_seen_at "
                    u"BIGINT "
                    u"NOT NULL, expires_at BIGINT NOT NULL, revoked_at BIGINT)"_qs,
                    u"CREATE TABLE partners (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                    u"name_en TEXT "
                    u"NOT NULL DEFAULT '', mode TEXT NOT NULL, scenario TEXT NOT NULL, status TEXT NOT NULL, "
                    u"contact_name TEXT NOT NULL DEFAULT '', contact_email TEXT NOT NULL DEFAULT '', "
                    u"contact_phone "
                    u"TEXT NOT NULL DEFAULT '', commission_bps INTEGER NOT NULL, rate_limit INTEGER NOT "
                    u"NULL, tags "
                    u"TEXT NOT NULL DEFAULT '[]', created_by TEXT NOT NULL, created_at BIGINT NOT NULL, "
                    u"updated_by "
                    u"TEXT NOT NULL, updated_at BIGINT NOT NULL, version INTEGER NOT NULL DEFAULT 1)"_qs,
                    u"CREATE TABLE audit_events (id INTEGER PRIMARY KEY AUTOINCREMENT, at BIGINT NOT NULL, "
                    u"actor TEXT "
                    u"NOT NULL, action TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, "
                    u"before_json TEXT, after_json TEXT, request_id TEXT NOT NULL, details_json TEXT)"_qs,
                    u"CREATE TABLE partner_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, partner_id BIGINT "
                    u"NOT NULL "
                    u"REFERENCES partners(id) ON DELETE CASCADE, text TEXT NOT NULL)"_qs,
                    u"INSERT INTO partners (id, name, mode, scenario, status, commission_bps, rate_limit, "
                    u"tags, "
                    u"created_by, created_at, updated_by, updated_at, version) VALUES (7, '旧渠道', 'guide', "
                    u"'browser', 'active', 300, 77, '[\"gold\"]', 'old', 0, 'old', 0, 4)"_qs,
                    u"INSERT INTO partner_notes (partner_id, text) VALUES (7, 'keep me')"_qs,
                })
                QVERIFY(exec(db, sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_qs);

        // `user add` opens the database, so it migrates it first.
        QByteArray output;
        QCOMPARE(
            PlatformProcess::addUser(dir.path(), u"ops"_qs, {u"operator"_qs}, u"long-enough-pw"_qs, &output),
            0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"v4"_qs);
            db.setDatabaseName(dir.filePath(u"kepler.db"_qs));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM partner_notes WHERE partner_id = 7"_qs) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(u"SELECT MAX(version) FROM schema_version"_qs) && q.next());
            QVERIFY(q.value(0).toInt() >= 4);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v4"_qs);

        PlatformProcess platform;
        platform.setDataDir(dir.path());
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        HttpClient http(platform.url());
        QCOMPARE(http.login(u"ops"_qs, u"long-enough-pw"_qs).status, 201);
        HttpResult r = http.get(u"/api/v1/partners/7"_qs);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"name"_qs).toString(), u"旧渠道"_qs);
        QCOMPARE(r.object().value(u"rateLimit"_qs).toInt(), 77);
        QVERIFY(r.object().value(u"group"_qs).isNull());
        QVERIFY(r.object().value(u"dailyOrderCap"_qs).isNull());
        QCOMPARE(r.object().value(u"version"_qs).toInt(), 4);
        const QJsonObject quota = r.object().value(u"effectiveQuota"_qs).toObject();
        QCOMPARE(quota.value(u"rateLimitFrom"_qs).toString(), u"partner"_qs);
        QCOMPARE(quota.value(u"dailyOrderCapFrom"_qs).toString(), u"platform"_qs);
        // The rebuilt table still hands out new ids after the old ones, and takes a null rate limit.
        r = http.request("POST", u"/api/v1/partners"_qs,
            QJsonObject {{u"name"_qs, u"新渠道"_qs}, {u"mode"_qs, u"guide"_qs},
                {u"scenario"_qs, u"browser"_qs}, {u"group"_qs, u"silver"_qs}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(u"id"_qs).toInt(), 8);
        QCOMPARE(r.object().value(u"effectiveQuota"_qs).toObject().value(u"rateLimitFrom"_qs).toString(),
            u"group"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_ServerMigration)
#include "tst_server_migration.moc"
