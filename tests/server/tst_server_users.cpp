// Staff accounts (admin only) over real HTTP.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
}

class tst_ServerUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyAdminsManageUsers_data();
    void onlyAdminsManageUsers();
    void listsTheDemoAccounts();
    void createUser();
    void duplicateUsernameIs409();
    void retriedCreateAnswersTheSameAccount();
    void refusedKeyedCreateFreesTheKey();
    void createIsValidated_data();
    void createIsValidated();
    void patchNeedsIfMatch();
    void patchChangesRolesAndBumpsVersion();
    void disablingEndsSessionsAndLogins();
    void passwordResetRevokesSessions();
    void adminCannotLockThemselvesOut();
    void unknownUserIs404();

private:
    // Creates a user through the API and returns its JSON (QVERIFY-style failures via status 0).
    QJsonObject createViaApi(const QString &username, const QStringList &roles, const QString &password);

    PlatformProcess m_platform;
    HttpClient m_admin;
};

void tst_ServerUsers::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_admin.setBaseUrl(m_platform.url());
    QCOMPARE(m_admin.login(u"admin"_qs, kDemoPassword).status, 201);
}

QJsonObject tst_ServerUsers::createViaApi(
    const QString &username, const QStringList &roles, const QString &password)
{
    const HttpResult r = m_admin.request("POST", u"/api/v1/users"_qs,
        QJsonObject {{u"username"_qs, username}, {u"displayName"_qs, QString(u"测试 "_qs + username)},
            {u"password"_qs, password}, {u"roles"_qs, QJsonArray::fromStringList(roles)}});
    return r.status == 201 ? r.object() : QJsonObject();
}

void tst_ServerUsers::onlyAdminsManageUsers_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("operator") << u"operator"_qs;
    QTest::newRow("reviewer") << u"reviewer"_qs;
    QTest::newRow("manager") << u"manager"_qs;
}

void tst_ServerUsers::onlyAdminsManageUsers()
{
    QFETCH(QString, username);
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(username, kDemoPassword).status, 201);
    const HttpResult list = http.get(u"/api/v1/users"_qs);
    QCOMPARE(list.status, 403);
    QCOMPARE(list.code(), u"forbidden"_qs);
    const HttpResult create = http.request("POST", u"/api/v1/users"_qs,
        QJsonObject {{u"username"_qs, u"sneaky"_qs}, {u"password"_qs, u"long-enough-1"_qs},
            {u"roles"_qs, QJsonArray {u"admin"_qs}}});
    QCOMPARE(create.status, 403);
    QCOMPARE(http.get(u"/api/v1/users/1"_qs).status, 403);
    QCOMPARE(http.request("POST", u"/api/v1/users/1/password"_qs,
                     QJsonObject {{u"password"_qs, u"whatever-123"_qs}})
                 .status,
        403);
}

void tst_ServerUsers::listsTheDemoAccounts()
{
    const HttpResult r = m_admin.get(u"/api/v1/users"_qs);
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &v : r.object().value(u"items"_qs).toArray()) {
        names.append(v.toObject().value(u"username"_qs).toString());
        QVERIFY(!v.toObject().contains(u"password"_qs));
        QVERIFY(!v.toObject().contains(u"passwordHash"_qs));
    }
    for (const QString &demo :
        {u"operator"_qs, u"operator2"_qs, u"reviewer"_qs, u"reviewer2"_qs, u"manager"_qs, u"admin"_qs})
        QVERIFY2(names.contains(demo), qPrintable(demo));
    QCOMPARE(r.object().value(u"total"_qs).toInt(), names.size());
    QVERIFY(r.object().value(u"nextCursor"_qs).isNull());
}

// The console retries a create whose answer was lost with the same Idempotency-Key: the account
// already created comes back (not "username taken"); another body under the key is refused.
void tst_ServerUsers::retriedCreateAnswersTheSameAccount()
{
    const QJsonObject body {{u"username"_qs, u"han.mei"_qs}, {u"displayName"_qs, u"审核 韩梅"_qs},
        {u"password"_qs, u"a long enough one"_qs}, {u"roles"_qs, QJsonArray {u"reviewer"_qs}}};
    const Headers key {{"Idempotency-Key", "create-han-mei"}};
    const HttpResult first = m_admin.request("POST", u"/api/v1/users"_qs, body, key);
    QCOMPARE(first.status, 201);
    const HttpResult again = m_admin.request("POST", u"/api/v1/users"_qs, body, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.object().value(u"id"_qs).toInteger(), first.object().value(u"id"_qs).toInteger());
    QJsonObject other = body;
    other.insert(u"username"_qs, u"han.mei2"_qs);
    QCOMPARE(m_admin.request("POST", u"/api/v1/users"_qs, other, key).code(), u"idempotency_key_reused"_qs);
    // Without the key the same body is a second create: the username is taken.
    QCOMPARE(m_admin.request("POST", u"/api/v1/users"_qs, body).status, 409);
}

// The console always sends a key: a create the service refuses (username taken) must answer at
// once and leave the key free for the corrected form. Freeing it used to wait for the SQLite write
// lock its own transaction held, and the service's writes stalled for good.
void tst_ServerUsers::refusedKeyedCreateFreesTheKey()
{
    QJsonObject body {{u"username"_qs, u"operator"_qs}, {u"displayName"_qs, u"重名"_qs},
        {u"password"_qs, u"a long enough one"_qs}, {u"roles"_qs, QJsonArray {u"reviewer"_qs}}};
    const Headers key {{"Idempotency-Key", "create-taken-name"}};
    m_admin.setTimeout(10000);
    const auto restore = qScopeGuard([this] { m_admin.setTimeout(30000); });
    const HttpResult taken = m_admin.request("POST", u"/api/v1/users"_qs, body, key);
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.code(), u"duplicate"_qs);
    body.insert(u"username"_qs, u"wang.fang"_qs);
    const HttpResult corrected = m_admin.request("POST", u"/api/v1/users"_qs, body, key);
    QCOMPARE(corrected.status, 201);
    QCOMPARE(corrected.object().value(u"username"_qs).toString(), u"wang.fang"_qs);
}

void tst_ServerUsers::createUser()
{
    const HttpResult r = m_admin.request("POST", u"/api/v1/users"_qs,
        QJsonObject {{u"username"_qs, u"li.lei"_qs}, {u"displayName"_qs, u"运营 李雷"_qs},
            {u"password"_qs, u" spaces count "_qs},
            {u"roles"_qs, QJsonArray {u"operator"_qs, u"reviewer"_qs}}});
    QCOMPARE(r.status, 201);
    const qint64 id = r.object().value(u"id"_qs).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(r.header("location"), "/api/v1/users/" + QByteArray::number(id));
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    QCOMPARE(r.object().value(u"displayName"_qs).toString(), u"运营 李雷"_qs);
    QCOMPARE(r.object().value(u"roles"_qs).toArray(), (QJsonArray {u"operator"_qs, u"reviewer"_qs}));
    QCOMPARE(r.object().value(u"disabled"_qs).toBool(), false);

    HttpClient newcomer(m_platform.url());
    QCOMPARE(newcomer.login(u"li.lei"_qs, u"spaces count"_qs).status, 401); // passwords are not trimmed
    QCOMPARE(newcomer.login(u"li.lei"_qs, u" spaces count "_qs).status, 201);
    QCOMPARE(m_admin.get(u"/api/v1/users/%1"_qs.arg(id)).object().value(u"lastLoginAt"_qs).isString(), true);
}

void tst_ServerUsers::duplicateUsernameIs409()
{
    const HttpResult r = m_admin.request("POST", u"/api/v1/users"_qs,
        QJsonObject {{u"username"_qs, u"operator"_qs}, {u"password"_qs, u"another-pass"_qs},
            {u"roles"_qs, QJsonArray {u"operator"_qs}}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"duplicate"_qs);
    QCOMPARE(r.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"field"_qs).toString(),
        u"username"_qs);
}

void tst_ServerUsers::createIsValidated_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QJsonObject ok {{u"username"_qs, u"valid.name"_qs}, {u"password"_qs, u"long-enough-1"_qs},
        {u"roles"_qs, QJsonArray {u"operator"_qs}}};
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = ok;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    QTest::newRow("username spaces") << with(u"username"_qs, u"Bad Name"_qs) << u"username"_qs
                                     << u"invalid_value"_qs;
    QTest::newRow("username missing")
        << with(u"username"_qs, QJsonValue::Undefined) << u"username"_qs << u"required"_qs;
    QTest::newRow("password short") << with(u"password"_qs, u"short"_qs) << u"password"_qs << u"too_short"_qs;
    QTest::newRow("password number") << with(u"password"_qs, 12345678) << u"password"_qs << u"wrong_type"_qs;
    QTest::newRow("password missing")
        << with(u"password"_qs, QJsonValue::Undefined) << u"password"_qs << u"required"_qs;
    QTest::newRow("role unknown") << with(u"roles"_qs, QJsonArray {u"wizard"_qs}) << u"roles"_qs
                                  << u"invalid_value"_qs;
    QTest::newRow("roles empty") << with(u"roles"_qs, QJsonArray {}) << u"roles"_qs << u"required"_qs;
    QTest::newRow("roles string") << with(u"roles"_qs, u"admin"_qs) << u"roles"_qs << u"wrong_type"_qs;
    QTest::newRow("display name type") << with(u"displayName"_qs, 7) << u"displayName"_qs << u"wrong_type"_qs;
    QTest::newRow("unknown field") << with(u"isRoot"_qs, true) << u"isRoot"_qs << u"unknown_field"_qs;
}

void tst_ServerUsers::createIsValidated()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const HttpResult r = m_admin.request("POST", u"/api/v1/users"_qs, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), u"validation_failed"_qs);
    const QJsonArray errors = r.object().value(u"errors"_qs).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"field"_qs).toString(), field);
    QCOMPARE(errors.at(0).toObject().value(u"code"_qs).toString(), code);
}

void tst_ServerUsers::patchNeedsIfMatch()
{
    const QJsonObject user = createViaApi(u"patch.me"_qs, {u"operator"_qs}, u"long-enough-1"_qs);
    QVERIFY(!user.isEmpty());
    const QString path = u"/api/v1/users/%1"_qs.arg(user.value(u"id"_qs).toInteger());
    const QJsonObject patch {{u"displayName"_qs, u"改名"_qs}};
    const HttpResult missing = m_admin.request("PATCH", path, patch);
    QCOMPARE(missing.status, 428);
    QCOMPARE(missing.code(), u"precondition_required"_qs);
    const HttpResult stale = m_admin.request("PATCH", path, patch, {{"If-Match", "\"7\""}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.code(), u"version_conflict"_qs);
    QCOMPARE(stale.object().value(u"current"_qs).toObject().value(u"version"_qs).toInt(), 1);
    QCOMPARE(stale.object().value(u"current"_qs).toObject().value(u"username"_qs).toString(), u"patch.me"_qs);
}

void tst_ServerUsers::patchChangesRolesAndBumpsVersion()
{
    const QJsonObject user = createViaApi(u"promote.me"_qs, {u"operator"_qs}, u"long-enough-1"_qs);
    QVERIFY(!user.isEmpty());
    const QString path = u"/api/v1/users/%1"_qs.arg(user.value(u"id"_qs).toInteger());
    const HttpResult got = m_admin.get(path);
    QCOMPARE(got.header("etag"), QByteArray("\"1\""));
    const HttpResult r = m_admin.request("PATCH", path,
        QJsonObject {{u"roles"_qs, QJsonArray {u"manager"_qs}}, {u"displayName"_qs, u"经理 新"_qs}},
        {{"If-Match", got.header("etag")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
    QCOMPARE(r.object().value(u"roles"_qs).toArray(), QJsonArray {u"manager"_qs});
    QCOMPARE(r.object().value(u"version"_qs).toInt(), 2);
    // The new role takes effect: a manager may read the audit trail, which names the change.
    HttpClient promoted(m_platform.url());
    QCOMPARE(promoted.login(u"promote.me"_qs, u"long-enough-1"_qs).status, 201);
    const HttpResult audit
        = promoted.get(u"/api/v1/audit?entityType=user&entityId=%1"_qs.arg(user.value(u"id"_qs).toInteger()));
    QCOMPARE(audit.status, 200);
    QCOMPARE(audit.object().value(u"items"_qs).toArray().at(0).toObject().value(u"action"_qs).toString(),
        u"user.update"_qs);
    // Read-only fields are refused by name.
    const HttpResult ro = m_admin.request(
        "PATCH", path, QJsonObject {{u"username"_qs, u"renamed"_qs}}, {{"If-Match", "\"2\""}});
    QCOMPARE(ro.status, 422);
    QCOMPARE(ro.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"code"_qs).toString(),
        u"read_only"_qs);
}

void tst_ServerUsers::disablingEndsSessionsAndLogins()
{
    const QJsonObject user = createViaApi(u"leaving"_qs, {u"operator"_qs}, u"long-enough-1"_qs);
    QVERIFY(!user.isEmpty());
    HttpClient leaving(m_platform.url());
    QCOMPARE(leaving.login(u"leaving"_qs, u"long-enough-1"_qs).status, 201);
    QCOMPARE(leaving.get(u"/api/v1/partners?limit=1"_qs).status, 200);

    const QString path = u"/api/v1/users/%1"_qs.arg(user.value(u"id"_qs).toInteger());
    const HttpResult r
        = m_admin.request("PATCH", path, QJsonObject {{u"disabled"_qs, true}}, {{"If-Match", "\"1\""}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"disabled"_qs).toBool(), true);

    QCOMPARE(leaving.get(u"/api/v1/partners?limit=1"_qs).status, 401);
    HttpClient again(m_platform.url());
    const HttpResult login = again.login(u"leaving"_qs, u"long-enough-1"_qs);
    QCOMPARE(login.status, 403);
    QCOMPARE(login.code(), u"account_disabled"_qs);
    // A wrong password still gets the plain 401: the account's state is not revealed to guessers.
    QCOMPARE(again.login(u"leaving"_qs, u"wrong-password"_qs).status, 401);
}

void tst_ServerUsers::passwordResetRevokesSessions()
{
    const QJsonObject user = createViaApi(u"forgetful"_qs, {u"reviewer"_qs}, u"old-password-1"_qs);
    QVERIFY(!user.isEmpty());
    HttpClient forgetful(m_platform.url());
    QCOMPARE(forgetful.login(u"forgetful"_qs, u"old-password-1"_qs).status, 201);
    const QString path = u"/api/v1/users/%1/password"_qs.arg(user.value(u"id"_qs).toInteger());

    QCOMPARE(m_admin.request("POST", path, QJsonObject {{u"password"_qs, u"short"_qs}}).status, 422);
    const HttpResult r = m_admin.request("POST", path, QJsonObject {{u"password"_qs, u"new-password-2"_qs}});
    QCOMPARE(r.status, 204);

    const HttpResult old = forgetful.get(u"/api/v1/sessions/current"_qs);
    QCOMPARE(old.status, 401);
    QCOMPARE(old.code(), u"session_expired"_qs);
    HttpClient fresh(m_platform.url());
    QCOMPARE(fresh.login(u"forgetful"_qs, u"old-password-1"_qs).status, 401);
    QCOMPARE(fresh.login(u"forgetful"_qs, u"new-password-2"_qs).status, 201);
    QCOMPARE(m_admin
                 .request("POST", u"/api/v1/users/99999/password"_qs,
                     QJsonObject {{u"password"_qs, u"new-password-2"_qs}})
                 .status,
        404);
}

void tst_ServerUsers::adminCannotLockThemselvesOut()
{
    const HttpResult me = m_admin.get(u"/api/v1/sessions/current"_qs);
    const QString path
        = u"/api/v1/users/%1"_qs.arg(me.object().value(u"user"_qs).toObject().value(u"id"_qs).toInteger());
    const HttpResult r
        = m_admin.request("PATCH", path, QJsonObject {{u"disabled"_qs, true}}, {{"If-Match", "*"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(u"code"_qs).toString(), u"validation_failed"_qs); // problem code stays
    const QJsonObject disabled = r.object().value(u"errors"_qs).toArray().at(0).toObject();
    QCOMPARE(disabled.value(u"field"_qs).toString(), u"disabled"_qs);
    // A code of its own, so the console can say why instead of "this value is not valid".
    QCOMPARE(disabled.value(u"code"_qs).toString(), u"cannot_disable_self"_qs);
    QVERIFY(disabled.value(u"message"_qs).toString().contains(u"your own account"_qs));
    // The detail says it too, for an API user reading only that line.
    QVERIFY(r.object()
                .value(u"detail"_qs)
                .toString()
                .contains(u"disabled: You cannot disable your own account"_qs));
    const HttpResult roles = m_admin.request(
        "PATCH", path, QJsonObject {{u"roles"_qs, QJsonArray {u"operator"_qs}}}, {{"If-Match", "*"}});
    QCOMPARE(roles.status, 422);
    const QJsonObject role = roles.object().value(u"errors"_qs).toArray().at(0).toObject();
    QCOMPARE(role.value(u"field"_qs).toString(), u"roles"_qs);
    QCOMPARE(role.value(u"code"_qs).toString(), u"cannot_remove_own_admin"_qs);
    QCOMPARE(m_admin.get(u"/api/v1/users"_qs).status, 200);
}

void tst_ServerUsers::unknownUserIs404()
{
    const HttpResult r = m_admin.get(u"/api/v1/users/424242"_qs);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"not_found"_qs);
    QCOMPARE(m_admin.get(u"/api/v1/users/abc"_qs).status, 404);
    QCOMPARE(m_admin
                 .request("PATCH", u"/api/v1/users/424242"_qs, QJsonObject {{u"disabled"_qs, true}},
                     {{"If-Match", "\"1\""}})
                 .status,
        404);
}

QTEST_GUILESS_MAIN(tst_ServerUsers)
#include "tst_server_users.moc"
