// Partner app keys over real HTTP: issue (secret once), list (never a secret), rotate with an
// overlap, revoke, roles, 404s, and the partner.key.* lines in the audit log and the timeline.
// The gateway (GET /open/v1/ping) shows what each step does to the keys' usability.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
}

class tst_ServerKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void issueShowsTheSecretOnce();
    void rotateKeepsTheOldKeyDuringTheOverlap();
    void rotateWithoutOverlapEndsTheOldKeyAtOnce();
    void rotateValidatesOverlap_data();
    void rotateValidatesOverlap();
    void revokeIsImmediateAndOnce();
    void roles_data();
    void roles();
    void unknownPartnerOrKeyIs404();
    void timelineAndAuditShowKeyEvents();
    void closedPartnersGetNoKeys_data();
    void closedPartnersGetNoKeys();

private:
    QString keysPath(qint64 partnerId) const { return u"/api/v1/partners/%1/keys"_qs.arg(partnerId); }
    QJsonObject issue(qint64 partnerId); // as operator; empty on failure
    QJsonObject listed(qint64 partnerId, qint64 keyId); // the key as the list shows it
    static GatewayKey keyOf(const QJsonObject &issued)
    {
        return {issued.value(u"appKey"_qs).toString(), issued.value(u"secret"_qs).toString()};
    }

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_reviewer;
    HttpClient m_admin;
    HttpClient m_manager;
    HttpClient m_partner; // no staff token: the gateway side
    qint64 m_active = 0; // an active demo partner
    qint64 m_other = 0; // another active demo partner
};

void tst_ServerKeys::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    const std::pair<HttpClient *, QString> logins[] = {{&m_operator, u"operator"_qs},
        {&m_reviewer, u"reviewer"_qs}, {&m_admin, u"admin"_qs}, {&m_manager, u"manager"_qs}};
    for (const auto &[client, name] : logins) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(name, kDemoPassword).status, 201);
    }
    m_partner.setBaseUrl(m_platform.url());
    const HttpResult active = m_manager.get(u"/api/v1/partners?status=active&limit=2&sort=id"_qs);
    QCOMPARE(active.status, 200);
    const QJsonArray items = active.object().value(u"items"_qs).toArray();
    QCOMPARE(items.size(), 2);
    m_active = items.at(0).toObject().value(u"id"_qs).toInteger();
    m_other = items.at(1).toObject().value(u"id"_qs).toInteger();
}

QJsonObject tst_ServerKeys::issue(qint64 partnerId)
{
    const HttpResult r = m_operator.request("POST", keysPath(partnerId), QJsonObject {});
    if (r.status != 201) {
        qWarning() << "issue failed" << r.status << r.body;
        return {};
    }
    return r.object();
}

QJsonObject tst_ServerKeys::listed(qint64 partnerId, qint64 keyId)
{
    const HttpResult r = m_manager.get(keysPath(partnerId));
    for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
        if (v.toObject().value(u"keyId"_qs).toInteger() == keyId)
            return v.toObject();
    return {};
}

void tst_ServerKeys::issueShowsTheSecretOnce()
{
    const QJsonObject issued = issue(m_active);
    QVERIFY(!issued.isEmpty());
    const QString appKey = issued.value(u"appKey"_qs).toString();
    const QString secret = issued.value(u"secret"_qs).toString();
    QVERIFY2(QRegularExpression(u"^kp_[0-9a-f]{24}$"_qs).match(appKey).hasMatch(), qPrintable(appKey));
    QVERIFY(secret.size() >= 40);
    QCOMPARE(issued.value(u"createdBy"_qs).toString(), u"operator"_qs);
    QVERIFY(!issued.value(u"createdAt"_qs).toString().isEmpty());
    QCOMPARE(issued.value(u"state"_qs).toString(), u"active"_qs);

    const HttpResult list = m_manager.get(keysPath(m_active));
    QCOMPARE(list.status, 200);
    QVERIFY2(!list.body.contains(secret.toUtf8()), "the list must never show a secret");
    QVERIFY(!list.body.contains("\"secret\""));
    const QJsonObject row = listed(m_active, issued.value(u"keyId"_qs).toInteger());
    QCOMPARE(row.value(u"appKey"_qs).toString(), appKey);
    QCOMPARE(row.value(u"state"_qs).toString(), u"active"_qs);
    QVERIFY(row.value(u"lastUsedAt"_qs).isNull());
    QVERIFY(row.value(u"revokedAt"_qs).isNull());

    const HttpResult ping = sendSigned(m_partner, keyOf(issued));
    QCOMPARE(ping.status, 200);
    QCOMPARE(ping.object().value(u"partnerId"_qs).toInteger(), m_active);
    QCOMPARE(ping.object().value(u"appKey"_qs).toString(), appKey);
    QVERIFY(!ping.object().value(u"serverTime"_qs).toString().isEmpty());
    QVERIFY(!listed(m_active, issued.value(u"keyId"_qs).toInteger()).value(u"lastUsedAt"_qs).isNull());
}

void tst_ServerKeys::rotateKeepsTheOldKeyDuringTheOverlap()
{
    const QJsonObject old = issue(m_active);
    QVERIFY(!old.isEmpty());
    const qint64 oldId = old.value(u"keyId"_qs).toInteger();
    const HttpResult r = m_operator.request(
        "POST", keysPath(m_active) + u"/%1/rotate"_qs.arg(oldId), QJsonObject {{u"overlapHours"_qs, 2}});
    QCOMPARE(r.status, 201);
    const QJsonObject fresh = r.object();
    QVERIFY(fresh.value(u"keyId"_qs).toInteger() != oldId);
    QVERIFY(!fresh.value(u"secret"_qs).toString().isEmpty());
    QVERIFY(fresh.value(u"secret"_qs) != old.value(u"secret"_qs));

    const QJsonObject oldRow = listed(m_active, oldId);
    QCOMPARE(oldRow.value(u"state"_qs).toString(), u"expiring"_qs);
    const QDateTime expires
        = QDateTime::fromString(oldRow.value(u"expiresAt"_qs).toString(), Qt::ISODateWithMs);
    const qint64 inSecs = QDateTime::currentDateTimeUtc().secsTo(expires);
    QVERIFY2(inSecs > 2 * 3600 - 120 && inSecs <= 2 * 3600, qPrintable(QString::number(inSecs)));

    QCOMPARE(sendSigned(m_partner, keyOf(old)).status, 200); // still works during the overlap
    QCOMPARE(sendSigned(m_partner, keyOf(fresh)).status, 200);
}

void tst_ServerKeys::rotateWithoutOverlapEndsTheOldKeyAtOnce()
{
    const QJsonObject old = issue(m_active);
    const qint64 oldId = old.value(u"keyId"_qs).toInteger();
    const HttpResult r = m_operator.request(
        "POST", keysPath(m_active) + u"/%1/rotate"_qs.arg(oldId), QJsonObject {{u"overlapHours"_qs, 0}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(u"previous"_qs).toObject().value(u"state"_qs).toString(), u"expired"_qs);
    QCOMPARE(listed(m_active, oldId).value(u"state"_qs).toString(), u"expired"_qs);
    const HttpResult ping = sendSigned(m_partner, keyOf(old));
    QCOMPARE(ping.status, 401);
    QCOMPARE(ping.code(), u"app_key_expired"_qs);
    QCOMPARE(sendSigned(m_partner, keyOf(r.object())).status, 200);

    // An expired key has nothing left to hand over.
    const HttpResult again = m_operator.request(
        "POST", keysPath(m_active) + u"/%1/rotate"_qs.arg(oldId), QJsonObject {{u"overlapHours"_qs, 0}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), u"key_not_active"_qs);
}

void tst_ServerKeys::rotateValidatesOverlap_data()
{
    QTest::addColumn<QJsonValue>("overlap");
    QTest::addColumn<int>("status");
    QTest::newRow("negative") << QJsonValue(-1) << 422;
    QTest::newRow("over a week") << QJsonValue(169) << 422;
    QTest::newRow("text") << QJsonValue(u"24"_qs) << 422;
    QTest::newRow("a week") << QJsonValue(168) << 201;
}

void tst_ServerKeys::rotateValidatesOverlap()
{
    QFETCH(QJsonValue, overlap);
    QFETCH(int, status);
    const qint64 keyId = issue(m_active).value(u"keyId"_qs).toInteger();
    const HttpResult r = m_operator.request("POST", keysPath(m_active) + u"/%1/rotate"_qs.arg(keyId),
        QJsonObject {{u"overlapHours"_qs, overlap}});
    QCOMPARE(r.status, status);
    if (status == 422)
        QCOMPARE(r.code(), u"validation_failed"_qs);
}

void tst_ServerKeys::revokeIsImmediateAndOnce()
{
    const QJsonObject issued = issue(m_active);
    const qint64 keyId = issued.value(u"keyId"_qs).toInteger();
    QCOMPARE(sendSigned(m_partner, keyOf(issued)).status, 200);

    const QString revokePath = keysPath(m_active) + u"/%1/revoke"_qs.arg(keyId);
    HttpResult r = m_operator.request("POST", revokePath, QJsonObject {{u"note"_qs, u"密钥泄露"_qs}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"state"_qs).toString(), u"revoked"_qs);
    QCOMPARE(r.object().value(u"revokedBy"_qs).toString(), u"operator"_qs);
    QVERIFY(!r.object().contains(u"secret"_qs));

    const HttpResult ping = sendSigned(m_partner, keyOf(issued));
    QCOMPARE(ping.status, 401);
    QCOMPARE(ping.code(), u"app_key_revoked"_qs);

    r = m_admin.request("POST", revokePath);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"key_already_revoked"_qs);
    r = m_operator.request("POST", keysPath(m_active) + u"/%1/rotate"_qs.arg(keyId));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"key_not_active"_qs);
}

void tst_ServerKeys::roles_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("listStatus");
    QTest::addColumn<int>("issueStatus");
    QTest::newRow("operator") << u"operator"_qs << 200 << 201;
    QTest::newRow("admin") << u"admin"_qs << 200 << 201;
    QTest::newRow("manager") << u"manager"_qs << 200 << 403;
    QTest::newRow("reviewer") << u"reviewer"_qs << 200 << 403;
}

void tst_ServerKeys::roles()
{
    QFETCH(QString, who);
    QFETCH(int, listStatus);
    QFETCH(int, issueStatus);
    HttpClient &client = who == u"operator"_qs ? m_operator
        : who == u"admin"_qs                   ? m_admin
        : who == u"manager"_qs                 ? m_manager
                                               : m_reviewer;
    QCOMPARE(client.get(keysPath(m_active)).status, listStatus);
    const HttpResult issued = client.request("POST", keysPath(m_active), QJsonObject {});
    QCOMPARE(issued.status, issueStatus);
    if (issueStatus == 403) {
        QCOMPARE(issued.code(), u"forbidden"_qs);
        const qint64 keyId = issue(m_active).value(u"keyId"_qs).toInteger();
        QCOMPARE(client.request("POST", keysPath(m_active) + u"/%1/rotate"_qs.arg(keyId)).status, 403);
        QCOMPARE(client.request("POST", keysPath(m_active) + u"/%1/revoke"_qs.arg(keyId)).status, 403);
    }
    HttpClient anonymous(m_platform.url());
    QCOMPARE(anonymous.get(keysPath(m_active)).status, 401);
}

void tst_ServerKeys::unknownPartnerOrKeyIs404()
{
    QCOMPARE(m_manager.get(keysPath(9999999)).status, 404);
    QCOMPARE(m_operator.request("POST", keysPath(9999999), QJsonObject {}).code(), u"not_found"_qs);
    QCOMPARE(m_operator.request("POST", keysPath(m_active) + u"/9999999/revoke"_qs).status, 404);
    QCOMPARE(m_operator.request("POST", keysPath(m_active) + u"/abc/rotate"_qs).status, 404);
    // A key of another partner is not found through this partner, and stays untouched.
    const qint64 othersKey = issue(m_other).value(u"keyId"_qs).toInteger();
    QVERIFY(othersKey > 0);
    const HttpResult r = m_operator.request("POST", keysPath(m_active) + u"/%1/revoke"_qs.arg(othersKey));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"not_found"_qs);
    QCOMPARE(m_operator.request("POST", keysPath(m_active) + u"/%1/rotate"_qs.arg(othersKey)).status, 404);
    QCOMPARE(listed(m_other, othersKey).value(u"state"_qs).toString(), u"active"_qs);
}

void tst_ServerKeys::timelineAndAuditShowKeyEvents()
{
    const qint64 partner = m_other;
    const QJsonObject issued = issue(partner);
    const qint64 keyId = issued.value(u"keyId"_qs).toInteger();
    const HttpResult rotated = m_operator.request(
        "POST", keysPath(partner) + u"/%1/rotate"_qs.arg(keyId), QJsonObject {{u"overlapHours"_qs, 1}});
    QCOMPARE(rotated.status, 201);
    const qint64 newId = rotated.object().value(u"keyId"_qs).toInteger();
    QCOMPARE(m_operator.request("POST", keysPath(partner) + u"/%1/revoke"_qs.arg(newId)).status, 200);

    const HttpResult timeline = m_manager.get(u"/api/v1/partners/%1/timeline?limit=10"_qs.arg(partner));
    QCOMPARE(timeline.status, 200);
    QStringList actions;
    for (const QJsonValue &v : timeline.object().value(u"items"_qs).toArray())
        actions << v.toObject().value(u"action"_qs).toString();
    // Newest first: revoke, then the rotation's issue and rotate, then the first issue.
    QCOMPARE(actions.mid(0, 4),
        QStringList({u"partner.key.revoke"_qs, u"partner.key.issue"_qs, u"partner.key.rotate"_qs,
            u"partner.key.issue"_qs}));

    const HttpResult audit
        = m_manager.get(u"/api/v1/audit?entityType=partner&entityId=%1&limit=10"_qs.arg(partner));
    QCOMPARE(audit.status, 200);
    for (const QString &secret :
        {issued.value(u"secret"_qs).toString(), rotated.object().value(u"secret"_qs).toString()}) {
        QVERIFY2(!audit.body.contains(secret.toUtf8()), "the audit log must never hold a secret");
        QVERIFY(!timeline.body.contains(secret.toUtf8()));
    }
    const QJsonObject revoke = audit.object().value(u"items"_qs).toArray().at(0).toObject();
    QCOMPARE(revoke.value(u"action"_qs).toString(), u"partner.key.revoke"_qs);
    QCOMPARE(revoke.value(u"actor"_qs).toString(), u"operator"_qs);
    QCOMPARE(revoke.value(u"before"_qs).toObject().value(u"state"_qs).toString(), u"active"_qs);
    QCOMPARE(revoke.value(u"after"_qs).toObject().value(u"state"_qs).toString(), u"revoked"_qs);
    QCOMPARE(revoke.value(u"after"_qs).toObject().value(u"keyId"_qs).toInteger(), newId);
}

void tst_ServerKeys::closedPartnersGetNoKeys_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("terminated") << u"terminated"_qs;
    QTest::newRow("rejected") << u"rejected"_qs;
}

void tst_ServerKeys::closedPartnersGetNoKeys()
{
    QFETCH(QString, status);
    const qint64 id = m_operator.get(u"/api/v1/partners?limit=1&status="_qs + status)
                          .object()
                          .value(u"items"_qs)
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(u"id"_qs)
                          .toInteger();
    QVERIFY(id > 0);
    const HttpResult r = m_operator.request("POST", keysPath(id), QJsonObject {});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"partner_closed"_qs);
    QCOMPARE(r.object().value(u"currentStatus"_qs).toString(), status);
    QCOMPARE(m_operator.get(keysPath(id)).object().value(u"items"_qs).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(tst_ServerKeys)
#include "tst_server_keys.moc"
