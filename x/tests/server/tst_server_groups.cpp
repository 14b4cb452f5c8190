// Partner groups and quotas over real HTTP: the seeded groups, PATCH with If-Match, partners that
// inherit or override, where effectiveQuota comes from, unknown groups and the group filter.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
}

class tst_ServerGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsSeededGroups();
    void patchNeedsRoleAndIfMatch_data();
    void patchNeedsRoleAndIfMatch();
    void patchGroupIsVersionedAndAudited();
    void partnerInheritsAndOverrides();
    void groupChangeReachesListedPartners();
    void unknownGroupIs422();
    void filterByGroup();
    void quotaChangeIsInTimeline();

private:
    QJsonObject group(const QString &code);
    qint64 createPartner(const QJsonObject &extra);
    QJsonObject quotaOf(qint64 id);

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_manager;
    HttpClient m_admin;
    HttpClient m_reviewer;
};

void tst_ServerGroups::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    const std::pair<HttpClient *, QString> logins[] = {{&m_operator, u"operator"_qs},
        {&m_manager, u"manager"_qs}, {&m_admin, u"admin"_qs}, {&m_reviewer, u"reviewer"_qs}};
    for (const auto &[client, name] : logins) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(name, kDemoPassword).status, 201);
    }
}

QJsonObject tst_ServerGroups::group(const QString &code)
{
    for (const QJsonValue &v :
        m_operator.get(u"/api/v1/partner-groups"_qs).object().value(u"items"_qs).toArray())
        if (v.toObject().value(u"code"_qs).toString() == code)
            return v.toObject();
    return {};
}

qint64 tst_ServerGroups::createPartner(const QJsonObject &extra)
{
    QJsonObject body {
        {u"name"_qs, u"配额测试"_qs}, {u"mode"_qs, u"guide"_qs}, {u"scenario"_qs, u"browser"_qs}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const HttpResult r = m_operator.request("POST", u"/api/v1/partners"_qs, body);
    if (r.status != 201)
        qWarning() << r.body;
    return r.status == 201 ? r.object().value(u"id"_qs).toInteger() : 0;
}

QJsonObject tst_ServerGroups::quotaOf(qint64 id)
{
    return m_operator.get(u"/api/v1/partners/%1"_qs.arg(id)).object().value(u"effectiveQuota"_qs).toObject();
}

void tst_ServerGroups::listsSeededGroups()
{
    for (HttpClient *client : {&m_operator, &m_reviewer, &m_manager}) {
        const HttpResult r = client->get(u"/api/v1/partner-groups"_qs);
        QCOMPARE(r.status, 200);
        QStringList codes;
        for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
            codes << v.toObject().value(u"code"_qs).toString();
        QCOMPARE(codes, QStringList({u"bronze"_qs, u"gold"_qs, u"silver"_qs}));
    }
    const QJsonObject gold = group(u"gold"_qs);
    QCOMPARE(gold.value(u"name"_qs).toString(), u"金牌"_qs);
    QCOMPARE(gold.value(u"nameEn"_qs).toString(), u"Gold"_qs);
    QVERIFY(gold.value(u"rateLimit"_qs).toInt() > 0);
    QVERIFY(gold.value(u"dailyOrderCap"_qs).toInt() > 0);
    QVERIFY(gold.value(u"version"_qs).toInt() >= 1);
    HttpClient anonymous(m_platform.url());
    QCOMPARE(anonymous.get(u"/api/v1/partner-groups"_qs).status, 401);
}

void tst_ServerGroups::patchNeedsRoleAndIfMatch_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QJsonObject ok {{u"dailyOrderCap"_qs, 3100}};
    QTest::newRow("operator") << u"operator"_qs << QByteArray("*") << ok << 403 << u"forbidden"_qs;
    QTest::newRow("reviewer") << u"reviewer"_qs << QByteArray("*") << ok << 403 << u"forbidden"_qs;
    QTest::newRow("no If-Match") << u"manager"_qs << QByteArray() << ok << 428 << u"precondition_required"_qs;
    QTest::newRow("stale") << u"manager"_qs << QByteArray("\"999\"") << ok << 412 << u"version_conflict"_qs;
    QTest::newRow("out of range") << u"admin"_qs << QByteArray("*") << QJsonObject {{u"rateLimit"_qs, 0}}
                                  << 422 << u"validation_failed"_qs;
    QTest::newRow("code read-only") << u"admin"_qs << QByteArray("*")
                                    << QJsonObject {{u"code"_qs, u"platinum"_qs}} << 422
                                    << u"validation_failed"_qs;
}

void tst_ServerGroups::patchNeedsRoleAndIfMatch()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, ifMatch);
    QFETCH(QJsonObject, body);
    HttpClient &client = who == u"operator"_qs ? m_operator
        : who == u"reviewer"_qs                ? m_reviewer
        : who == u"manager"_qs                 ? m_manager
                                               : m_admin;
    Headers headers;
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    const HttpResult r = client.request("PATCH", u"/api/v1/partner-groups/bronze"_qs, body, headers);
    QTEST(r.status, "status");
    QTEST(r.code(), "code");
    if (r.status == 412)
        QCOMPARE(r.object().value(u"current"_qs).toObject().value(u"code"_qs).toString(), u"bronze"_qs);
}

void tst_ServerGroups::patchGroupIsVersionedAndAudited()
{
    const QJsonObject before = group(u"silver"_qs);
    const int version = before.value(u"version"_qs).toInt();
    const QByteArray etag = '"' + QByteArray::number(version) + '"';
    HttpResult r = m_manager.request("PATCH", u"/api/v1/partner-groups/silver"_qs,
        QJsonObject {{u"rateLimit"_qs, 150}}, {{"If-Match", etag}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"rateLimit"_qs).toInt(), 150);
    QCOMPARE(r.object().value(u"version"_qs).toInt(), version + 1);
    QCOMPARE(r.header("etag"), '"' + QByteArray::number(version + 1) + '"');
    // The same ETag again is stale now.
    r = m_manager.request("PATCH", u"/api/v1/partner-groups/silver"_qs, QJsonObject {{u"rateLimit"_qs, 151}},
        {{"If-Match", etag}});
    QCOMPARE(r.status, 412);
    QCOMPARE(r.object().value(u"current"_qs).toObject().value(u"rateLimit"_qs).toInt(), 150);
    // A PATCH that changes nothing: no new version.
    r = m_admin.request("PATCH", u"/api/v1/partner-groups/silver"_qs, QJsonObject {{u"rateLimit"_qs, 150}},
        {{"If-Match", "*"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"version"_qs).toInt(), version + 1);
    QCOMPARE(m_manager
                 .request("PATCH", u"/api/v1/partner-groups/platinum"_qs, QJsonObject {{u"rateLimit"_qs, 5}},
                     {{"If-Match", "*"}})
                 .status,
        404);

    const HttpResult audit = m_admin.get(u"/api/v1/audit?entityType=partner_group&entityId=silver"_qs);
    QCOMPARE(audit.status, 200);
    const QJsonArray items = audit.object().value(u"items"_qs).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject line = items.first().toObject();
    QCOMPARE(line.value(u"action"_qs).toString(), u"partner_group.update"_qs);
    QCOMPARE(line.value(u"actor"_qs).toString(), u"manager"_qs);
    QCOMPARE(line.value(u"before"_qs).toObject().value(u"rateLimit"_qs).toInt(),
        before.value(u"rateLimit"_qs).toInt());
    QCOMPARE(line.value(u"after"_qs).toObject().value(u"rateLimit"_qs).toInt(), 150);
}

void tst_ServerGroups::partnerInheritsAndOverrides()
{
    const QJsonObject gold = group(u"gold"_qs);
    // No group, nothing set: the platform's values.
    const qint64 plain = createPartner({});
    QVERIFY(plain > 0);
    QJsonObject q = quotaOf(plain);
    QCOMPARE(q.value(u"rateLimitFrom"_qs).toString(), u"platform"_qs);
    QCOMPARE(q.value(u"rateLimit"_qs).toInt(), 20);
    QCOMPARE(q.value(u"dailyOrderCap"_qs).toInt(), 2000);
    QCOMPARE(q.value(u"dailyOrderCapFrom"_qs).toString(), u"platform"_qs);

    // In gold, nothing set: the group's values.
    const qint64 inGold = createPartner({{u"group"_qs, u"gold"_qs}});
    QVERIFY(inGold > 0);
    q = quotaOf(inGold);
    QCOMPARE(q.value(u"rateLimitFrom"_qs).toString(), u"group"_qs);
    QCOMPARE(q.value(u"rateLimit"_qs).toInt(), gold.value(u"rateLimit"_qs).toInt());
    QCOMPARE(q.value(u"dailyOrderCap"_qs).toInt(), gold.value(u"dailyOrderCap"_qs).toInt());

    // Override the rate limit by PATCH: partner for that one, group for the other.
    const QString path = u"/api/v1/partners/%1"_qs.arg(inGold);
    HttpResult r
        = m_operator.request("PATCH", path, QJsonObject {{u"rateLimit"_qs, 7}}, {{"If-Match", "\"1\""}});
    QCOMPARE(r.status, 200);
    q = r.object().value(u"effectiveQuota"_qs).toObject();
    QCOMPARE(q.value(u"rateLimit"_qs).toInt(), 7);
    QCOMPARE(q.value(u"rateLimitFrom"_qs).toString(), u"partner"_qs);
    QCOMPARE(q.value(u"dailyOrderCapFrom"_qs).toString(), u"group"_qs);
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));

    // Back to inheriting, and out of the group: platform again.
    r = m_operator.request("PATCH", path,
        QJsonObject {{u"rateLimit"_qs, QJsonValue::Null}, {u"group"_qs, QJsonValue::Null}},
        {{"If-Match", "\"2\""}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(u"rateLimit"_qs).isNull());
    QVERIFY(r.object().value(u"group"_qs).isNull());
    QCOMPARE(r.object().value(u"effectiveQuota"_qs).toObject().value(u"rateLimitFrom"_qs).toString(),
        u"platform"_qs);
    QCOMPARE(r.object().value(u"version"_qs).toInt(), 3);
    // A read answers the same as the write did.
    QCOMPARE(m_operator.get(path).object(), r.object());
}

void tst_ServerGroups::groupChangeReachesListedPartners()
{
    const qint64 id = createPartner({{u"group"_qs, u"bronze"_qs}});
    QVERIFY(id > 0);
    const auto listed = [this, id]() {
        const HttpResult r = m_operator.get(u"/api/v1/partners?group=bronze&sort=-id&limit=5"_qs);
        for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
            if (v.toObject().value(u"id"_qs).toInteger() == id)
                return v.toObject().value(u"effectiveQuota"_qs).toObject().value(u"dailyOrderCap"_qs).toInt();
        return -1;
    };
    const int before = listed(); // now cached by the list
    QCOMPARE(before, group(u"bronze"_qs).value(u"dailyOrderCap"_qs).toInt());
    QCOMPARE(m_admin
                 .request("PATCH", u"/api/v1/partner-groups/bronze"_qs,
                     QJsonObject {{u"dailyOrderCap"_qs, before + 11}}, {{"If-Match", "*"}})
                 .status,
        200);
    // The partner's version did not change, its effective quota did: the list must not serve stale JSON.
    QCOMPARE(listed(), before + 11);
    QCOMPARE(quotaOf(id).value(u"dailyOrderCap"_qs).toInt(), before + 11);
}

void tst_ServerGroups::unknownGroupIs422()
{
    HttpResult r = m_operator.request("POST", u"/api/v1/partners"_qs,
        QJsonObject {{u"name"_qs, u"无组"_qs}, {u"mode"_qs, u"guide"_qs}, {u"scenario"_qs, u"browser"_qs},
            {u"group"_qs, u"platinum"_qs}});
    QCOMPARE(r.status, 422);
    QJsonObject error = r.object().value(u"errors"_qs).toArray().first().toObject();
    QCOMPARE(error.value(u"field"_qs).toString(), u"group"_qs);
    QCOMPARE(error.value(u"code"_qs).toString(), u"unknown_group"_qs);

    r = m_operator.request(
        "PATCH", u"/api/v1/partners/3"_qs, QJsonObject {{u"group"_qs, u"platinum"_qs}}, {{"If-Match", "*"}});
    QCOMPARE(r.status, 422);
    error = r.object().value(u"errors"_qs).toArray().first().toObject();
    QCOMPARE(error.value(u"code"_qs).toString(), u"unknown_group"_qs);
    // A malformed code is the validator's: invalid_value.
    r = m_operator.request(
        "PATCH", u"/api/v1/partners/3"_qs, QJsonObject {{u"group"_qs, u"Gold!"_qs}}, {{"If-Match", "*"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(u"errors"_qs).toArray().first().toObject().value(u"code"_qs).toString(),
        u"invalid_value"_qs);
}

void tst_ServerGroups::filterByGroup()
{
    int sum = 0;
    for (const QString &code : {u"gold"_qs, u"silver"_qs, u"bronze"_qs}) {
        const HttpResult r = m_operator.get(u"/api/v1/partners?limit=500&group="_qs + code);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.object().value(u"items"_qs).toArray();
        QVERIFY2(!items.isEmpty(), qPrintable(code));
        for (const QJsonValue &v : items)
            QCOMPARE(v.toObject().value(u"group"_qs).toString(), code);
        sum += r.object().value(u"total"_qs).toInt();
    }
    const HttpResult both = m_operator.get(u"/api/v1/partners?limit=1&group=gold,silver"_qs);
    QCOMPARE(both.status, 200);
    QVERIFY(both.object().value(u"total"_qs).toInt() < sum);
    const int all = m_operator.get(u"/api/v1/partners?limit=1"_qs).object().value(u"total"_qs).toInt();
    QVERIFY2(sum < all, "some demo partners have no group");
    const HttpResult bad = m_operator.get(u"/api/v1/partners?group=Gold!"_qs);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.code(), u"invalid_query"_qs);
}

void tst_ServerGroups::quotaChangeIsInTimeline()
{
    const qint64 id = createPartner({{u"group"_qs, u"silver"_qs}});
    QVERIFY(id > 0);
    QCOMPARE(
        m_operator
            .request("PATCH", u"/api/v1/partners/%1"_qs.arg(id),
                QJsonObject {{u"dailyOrderCap"_qs, 42}, {u"group"_qs, u"gold"_qs}}, {{"If-Match", "\"1\""}})
            .status,
        200);
    const QJsonArray items
        = m_operator.get(u"/api/v1/partners/%1/timeline"_qs.arg(id)).object().value(u"items"_qs).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject newest = items.first().toObject();
    QCOMPARE(newest.value(u"action"_qs).toString(), u"partner.update"_qs);
    QCOMPARE(newest.value(u"changes"_qs).toArray(), QJsonArray({u"dailyOrderCap"_qs, u"group"_qs}));
}

QTEST_GUILESS_MAIN(tst_ServerGroups)
#include "tst_server_groups.moc"
