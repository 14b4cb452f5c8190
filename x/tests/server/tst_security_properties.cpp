// OWASP API3 (broken object property level authorisation) over real HTTP.
//
// The rule (docs/api.md, docs/reliability.md "Security"): on the management API a body that names
// a field the service owns — id, status, version, createdBy/createdAt, updatedBy/updatedAt, a
// partner's effectiveQuota, a user's lastLoginAt, a key's secret — is refused whole with
// `422 validation_failed`, the field marked `read_only` (a field of the resource a client may not
// write) or `unknown_field` (not a field of that resource at all); nothing is written. On the
// partner gateway an order's price, total, status, owner and id are the service's: fields a
// partner adds are ignored and the order is priced and owned by the service.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;

// What a client might try to set, with a value that would matter if it were applied.
const QList<std::pair<QString, QJsonValue>> kServerOwned {
    {u"id"_qs, 424242},
    {u"status"_qs, u"active"_qs},
    {u"version"_qs, 99},
    {u"createdBy"_qs, u"someone-else"_qs},
    {u"createdAt"_qs, u"2020-01-01T00:00:00.000Z"_qs},
    {u"updatedBy"_qs, u"someone-else"_qs},
    {u"updatedAt"_qs, u"2020-01-01T00:00:00.000Z"_qs},
};

SignedCall signedGet(const QString &pathAndQuery)
{
    SignedCall call;
    call.pathAndQuery = pathAndQuery;
    return call;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_SecurityProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverOwnedFieldsAreRefused_data();
    void serverOwnedFieldsAreRefused();
    void theSameBodiesWithoutThemAreAccepted();
    void resourceSpecificFieldsAreRefused();
    void gatewayOrderIgnoresPriceStatusAndOwner();

private:
    struct Target
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        bool ifMatch = false;
        QString readBack; // GET path whose answer must not change (PATCH), or a list whose total must not
    };
    QHash<QString, Target> targets();
    HttpResult send(const Target &t, const QJsonObject &body);

    PlatformProcess m_platform;
    HttpClient m_admin;
    HttpClient m_operator;
    qint64 m_partner = 0;
    qint64 m_user = 0;
    qint64 m_pool = 0;
    QJsonObject m_rule;
    int m_serial = 0;
};

void tst_SecurityProperties::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_admin.setBaseUrl(m_platform.url());
    m_operator.setBaseUrl(m_platform.url());
    QCOMPARE(m_admin.login(u"admin"_qs, kDemoPassword).status, 201);
    QCOMPARE(m_operator.login(u"operator"_qs, kDemoPassword).status, 201);
    m_partner = m_operator.get(u"/api/v1/partners?status=active&limit=1&sort=id"_qs).firstItemId();
    m_user = m_admin.get(u"/api/v1/users"_qs).firstItemId();
    m_pool = m_operator.get(u"/api/v1/pools"_qs).firstItemId();
    const qint64 ruleId = m_operator.get(u"/api/v1/pricing/rules"_qs).firstItemId();
    m_rule = m_operator.get(u"/api/v1/pricing/rules/%1"_qs.arg(ruleId)).object();
    QVERIFY(m_partner > 0 && m_user > 0 && m_pool > 0 && !m_rule.isEmpty());
}

QHash<QString, tst_SecurityProperties::Target> tst_SecurityProperties::targets()
{
    const QString n = QString::number(++m_serial);
    QJsonObject rule = m_rule;
    for (const QString &owned : {u"id"_qs, u"status"_qs, u"version"_qs, u"effectiveStatus"_qs})
        rule.remove(owned);
    rule[u"name"_qs] = QString(u"prop rule "_qs + n);
    const qint64 ruleId = m_rule.value(u"id"_qs).toInteger();
    const int margin
        = m_operator.get(u"/api/v1/pricing/policy"_qs).object().value(u"minMarginBps"_qs).toInt();
    return {
        {u"create partner"_qs,
            {"POST", u"/api/v1/partners"_qs,
                {{u"name"_qs, QString(u"prop partner "_qs + n)}, {u"mode"_qs, u"guide"_qs},
                    {u"scenario"_qs, u"news_app"_qs}},
                false, u"/api/v1/partners?limit=1"_qs}},
        {u"edit partner"_qs,
            {"PATCH", u"/api/v1/partners/%1"_qs.arg(m_partner), {{u"commissionBps"_qs, 1000 + m_serial}},
                true, u"/api/v1/partners/%1"_qs.arg(m_partner)}},
        {u"create user"_qs,
            {"POST", u"/api/v1/users"_qs,
                {{u"username"_qs, QString(u"prop-user-"_qs + n)}, {u"displayName"_qs, u"P"_qs},
                    {u"password"_qs, u"a long enough password"_qs},
                    {u"roles"_qs, QJsonArray {u"operator"_qs}}},
                false, u"/api/v1/users"_qs}},
        {u"edit user"_qs,
            {"PATCH", u"/api/v1/users/%1"_qs.arg(m_user), {{u"displayName"_qs, QString(u"Prop "_qs + n)}},
                true, u"/api/v1/users/%1"_qs.arg(m_user)}},
        {u"create pool"_qs,
            {"POST", u"/api/v1/pools"_qs,
                {{u"name"_qs, QString(u"prop pool "_qs + n)}, {u"criteria"_qs, QJsonObject {}}}, false,
                u"/api/v1/pools"_qs}},
        {u"edit pool"_qs,
            {"PATCH", u"/api/v1/pools/%1"_qs.arg(m_pool), {{u"name"_qs, QString(u"prop pool edit "_qs + n)}},
                true, u"/api/v1/pools/%1"_qs.arg(m_pool)}},
        {u"create rule"_qs, {"POST", u"/api/v1/pricing/rules"_qs, rule, false, u"/api/v1/pricing/rules"_qs}},
        {u"edit rule"_qs,
            {"PATCH", u"/api/v1/pricing/rules/%1"_qs.arg(ruleId),
                {{u"name"_qs, QString(u"prop rule edit "_qs + n)}}, true,
                u"/api/v1/pricing/rules/%1"_qs.arg(ruleId)}},
        {u"edit group"_qs,
            {"PATCH", u"/api/v1/partner-groups/gold"_qs, {{u"name"_qs, QString(u"Gold "_qs + n)}}, true,
                u"/api/v1/partner-groups"_qs}},
        {u"annotation"_qs,
            {"POST", u"/api/v1/annotations"_qs,
                {{u"at"_qs, u"2026-11-11T00:00:00Z"_qs}, {u"note"_qs, QString(u"prop note "_qs + n)}}, false,
                u"/api/v1/annotations?from=2026-11-10T00:00:00Z&to=2026-11-12T00:00:00Z"_qs}},
        {u"policy"_qs,
            {"PATCH", u"/api/v1/pricing/policy"_qs, {{u"minMarginBps"_qs, margin}}, false,
                u"/api/v1/pricing/policy"_qs}},
        {u"issue key"_qs,
            {"POST", u"/api/v1/partners/%1/keys"_qs.arg(m_partner), {}, false,
                u"/api/v1/partners/%1/keys"_qs.arg(m_partner)}},
        {u"submit partner"_qs,
            {"POST", u"/api/v1/partners/%1/suspend"_qs.arg(m_partner), {{u"reasonCode"_qs, u"fraud"_qs}},
                true, u"/api/v1/partners/%1"_qs.arg(m_partner)}},
    };
}

HttpResult tst_SecurityProperties::send(const Target &t, const QJsonObject &body)
{
    HttpClient &http = t.path.contains(u"/users"_qs) || t.path.contains(u"partner-groups"_qs)
            || t.path.contains(u"policy"_qs)
        ? m_admin
        : m_operator;
    Headers headers;
    if (t.ifMatch)
        headers.append(std::pair<QByteArray, QByteArray>(
            "If-Match", "*")); // "whatever is current": the version is not what is tested
    return http.request(t.method, t.path, body, headers);
}

void tst_SecurityProperties::serverOwnedFieldsAreRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("field");
    for (const QString &target : {u"create partner"_qs, u"edit partner"_qs, u"create user"_qs,
             u"edit user"_qs, u"create pool"_qs, u"edit pool"_qs, u"create rule"_qs, u"edit rule"_qs,
             u"edit group"_qs, u"annotation"_qs, u"policy"_qs, u"issue key"_qs, u"submit partner"_qs})
        for (const auto &[field, value] : kServerOwned)
            QTest::addRow("%s %s", qPrintable(target), qPrintable(field)) << target << field;
}

void tst_SecurityProperties::serverOwnedFieldsAreRefused()
{
    QFETCH(QString, target);
    QFETCH(QString, field);
    const Target t = targets().value(target);
    QJsonObject body = t.body;
    for (const auto &[name, value] : kServerOwned)
        if (name == field)
            body.insert(name, value);
    HttpClient &reader = m_admin;
    const HttpResult before = reader.get(t.readBack);
    const HttpResult r = send(t, body);
    QVERIFY2(r.status == 422, qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body)));
    QCOMPARE(r.code(), u"validation_failed"_qs);
    bool named = false;
    for (const QJsonValue &e : r.object().value(u"errors"_qs).toArray()) {
        const QJsonObject error = e.toObject();
        if (error.value(u"field"_qs).toString() == field) {
            named = true;
            const QString code = error.value(u"code"_qs).toString();
            QVERIFY2(code == u"read_only"_qs || code == u"unknown_field"_qs, qPrintable(code));
        }
    }
    QVERIFY2(named, r.body.constData());
    // Nothing was written: the resource (or the list it would have joined) is as it was.
    const HttpResult after = reader.get(t.readBack);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.body, before.body);
}

void tst_SecurityProperties::theSameBodiesWithoutThemAreAccepted()
{
    // The refusals above are about the field, not the body: the same bodies without it succeed.
    const QHash<QString, Target> all = targets();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == u"submit partner"_qs)
            continue; // a real lifecycle step; its refusal is enough here
        const HttpResult r = send(it.value(), it.value().body);
        QVERIFY2(r.status == 200 || r.status == 201,
            qPrintable(it.key() + u": "_qs + QString::number(r.status) + u' ' + QString::fromUtf8(r.body)));
    }
}

void tst_SecurityProperties::resourceSpecificFieldsAreRefused()
{
    // Partner: its effective quota is computed; a user's last login and password are not editable here.
    const HttpResult partner = m_operator.get(u"/api/v1/partners/%1"_qs.arg(m_partner));
    const HttpResult quota = m_operator.request("PATCH", u"/api/v1/partners/%1"_qs.arg(m_partner),
        QJsonObject {{u"effectiveQuota"_qs, QJsonObject {{u"rateLimit"_qs, 100000}}}},
        {{"If-Match", partner.header("etag")}});
    QCOMPARE(quota.status, 422);
    const HttpResult user = m_admin.get(u"/api/v1/users/%1"_qs.arg(m_user));
    for (const auto &[field, value] :
        QList<std::pair<QString, QJsonValue>> {{u"lastLoginAt"_qs, u"2020-01-01T00:00:00Z"_qs},
            {u"password"_qs, u"a new password 123"_qs}, {u"username"_qs, u"renamed"_qs}})
        QCOMPARE(m_admin
                     .request("PATCH", u"/api/v1/users/%1"_qs.arg(m_user), QJsonObject {{field, value}},
                         {{"If-Match", user.header("etag")}})
                     .status,
            422);
    // A key's secret and app key are the service's to choose.
    for (const QString &field : {u"secret"_qs, u"appKey"_qs, u"partnerId"_qs})
        QCOMPARE(m_operator
                     .request("POST", u"/api/v1/partners/%1/keys"_qs.arg(m_partner),
                         QJsonObject {{field, u"kp_chosen_by_client"_qs}})
                     .status,
            422);
    // A group's code is its identity.
    QCOMPARE(m_admin
                 .request("PATCH", u"/api/v1/partner-groups/gold"_qs,
                     QJsonObject {{u"code"_qs, u"platinum"_qs}}, {{"If-Match", "*"}})
                 .status,
        422);
}

void tst_SecurityProperties::gatewayOrderIgnoresPriceStatusAndOwner()
{
    const HttpResult issued
        = m_operator.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(m_partner), QJsonObject {});
    QCOMPARE(issued.status, 201);
    const GatewayKey key {
        issued.object().value(u"appKey"_qs).toString(), issued.object().value(u"secret"_qs).toString()};
    HttpClient gateway(m_platform.url());
    const QJsonObject product = sendSigned(gateway, key, signedGet(u"/open/v1/products?limit=1"_qs))
                                    .object()
                                    .value(u"items"_qs)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QVERIFY(!product.isEmpty());
    const qint64 sku = product.value(u"skuId"_qs).toInteger();
    const QJsonObject order {{u"partnerOrderRef"_qs, u"prop-1"_qs},
        {u"items"_qs,
            QJsonArray {QJsonObject {
                {u"skuId"_qs, sku}, {u"quantity"_qs, 1}, {u"priceFen"_qs, 1}, {u"totalFen"_qs, 1}}}},
        {u"partnerId"_qs, m_partner + 1}, {u"status"_qs, u"completed"_qs}, {u"totalFen"_qs, 1},
        {u"orderId"_qs, 987654}, {u"commissionActualFen"_qs, 99999999}};
    SignedCall call;
    call.method = "POST";
    call.pathAndQuery = u"/open/v1/orders"_qs;
    call.body = compact(order);
    const HttpResult r = sendSigned(gateway, key, call);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"paid"_qs);
    QCOMPARE(r.object().value(u"totalFen"_qs).toInteger(), product.value(u"priceFen"_qs).toInteger());
    QCOMPARE(r.object().value(u"commissionActualFen"_qs).toInteger(), 0);
    QVERIFY(r.object().value(u"orderId"_qs).toVariant().toString() != u"987654"_qs);
    // It is the caller's order: its own list has it.
    QVERIFY(sendSigned(gateway, key, signedGet(u"/open/v1/orders/prop-1"_qs)).status == 200);
}

QTEST_GUILESS_MAIN(tst_SecurityProperties)
#include "tst_security_properties.moc"
