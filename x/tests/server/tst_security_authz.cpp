// OWASP API1 (object-level) and API5 (function-level authorisation) over real HTTP.
//
// The route × role table is built from the service's own registration (AllRoutes::registerAll,
// the list kepler-platform serves): every registered route is called by nobody, by each staff role
// and with no signature, and must answer exactly as its documented roles say (docs/api.md) —
// 401 without a token, 403 `forbidden` for a role not listed, and past the role check for a role
// listed. A route that is registered but missing from kDocumented fails the test, so a new route
// cannot ship without its roles written down here. Ids in the paths do not exist, so no allowed
// call changes anything: the handler answers 404/400/422 after the role check let it through.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include "server/AllRoutes.h"
#include "server/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <map>
#include <memory>

using namespace Kepler;
using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
const QStringList kRoles {u"operator"_qs, u"reviewer"_qs, u"manager"_qs, u"admin"_qs};

// docs/api.md "Routes", roles column: "public", "signed" (partner signature), "any" (every staff
// role) or the roles allowed. Written from the documentation, not from the code.
const QHash<QString, QString> kDocumented {
    {u"GET /api/v1/health"_qs, u"public"_qs},
    {u"GET /api/v1/health/details"_qs, u"any"_qs},
    {u"POST /api/v1/sessions"_qs, u"public"_qs},
    {u"GET /api/v1/sessions"_qs, u"any"_qs},
    {u"GET /api/v1/sessions/current"_qs, u"any"_qs},
    {u"DELETE /api/v1/sessions/current"_qs, u"any"_qs},
    {u"DELETE /api/v1/sessions/{id}"_qs, u"any"_qs},
    {u"GET /api/v1/users/{id}/sessions"_qs, u"admin"_qs},
    {u"DELETE /api/v1/users/{id}/sessions"_qs, u"admin"_qs},
    {u"GET /api/v1/users"_qs, u"admin"_qs},
    {u"POST /api/v1/users"_qs, u"admin"_qs},
    {u"GET /api/v1/users/{id}"_qs, u"admin"_qs},
    {u"PATCH /api/v1/users/{id}"_qs, u"admin"_qs},
    {u"POST /api/v1/users/{id}/password"_qs, u"admin"_qs},
    {u"GET /api/v1/partners"_qs, u"any"_qs},
    {u"POST /api/v1/partners"_qs, u"operator,admin"_qs},
    {u"GET /api/v1/partners/{id}"_qs, u"any"_qs},
    {u"PATCH /api/v1/partners/{id}"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/partners/{id}/submit"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/partners/{id}/approve"_qs, u"reviewer,admin"_qs},
    {u"POST /api/v1/partners/{id}/reject"_qs, u"reviewer,admin"_qs},
    {u"POST /api/v1/partners/{id}/suspend"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/partners/{id}/resume"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/partners/{id}/terminate"_qs, u"operator,admin"_qs},
    {u"GET /api/v1/partners/{id}/keys"_qs, u"any"_qs},
    {u"POST /api/v1/partners/{id}/keys"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/partners/{id}/keys/{keyId}/rotate"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/partners/{id}/keys/{keyId}/revoke"_qs, u"operator,admin"_qs},
    {u"GET /api/v1/partners/{id}/timeline"_qs, u"any"_qs},
    {u"GET /api/v1/partners:export"_qs, u"any"_qs},
    {u"POST /api/v1/partners:import"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/partners:bulk"_qs, u"operator,admin"_qs},
    {u"GET /api/v1/audit"_qs, u"manager,admin"_qs},
    {u"GET /api/v1/partner-groups"_qs, u"any"_qs},
    {u"PATCH /api/v1/partner-groups/{code}"_qs, u"manager,admin"_qs},
    {u"GET /api/v1/reviews"_qs, u"any"_qs},
    {u"GET /api/v1/reviews/workload"_qs, u"any"_qs},
    {u"GET /api/v1/reviews/{id}"_qs, u"any"_qs},
    {u"POST /api/v1/reviews/{id}/claim"_qs, u"reviewer,admin"_qs},
    {u"DELETE /api/v1/reviews/{id}/claim"_qs, u"reviewer,admin"_qs},
    {u"POST /api/v1/reviews/{id}/decision"_qs, u"reviewer,admin"_qs},
    {u"POST /api/v1/reviews/{id}/release"_qs, u"reviewer,admin"_qs},
    {u"POST /api/v1/reviews/{id}/rollback"_qs, u"reviewer,admin"_qs},
    {u"GET /api/v1/miniprograms/screenshots/{id}"_qs, u"any"_qs},
    {u"GET /api/v1/catalog/skus"_qs, u"any"_qs},
    {u"GET /api/v1/catalog/skus/{id}"_qs, u"any"_qs},
    {u"GET /api/v1/catalog/categories"_qs, u"any"_qs},
    {u"GET /api/v1/catalog/brands"_qs, u"any"_qs},
    {u"GET /api/v1/pools"_qs, u"any"_qs},
    {u"POST /api/v1/pools"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/pools:preview"_qs, u"any"_qs},
    {u"POST /api/v1/pools/{id}:preview"_qs, u"any"_qs},
    {u"GET /api/v1/pools/{id}"_qs, u"any"_qs},
    {u"PATCH /api/v1/pools/{id}"_qs, u"operator,admin"_qs},
    {u"GET /api/v1/pools/{id}/skus"_qs, u"any"_qs},
    {u"GET /api/v1/pricing/rules"_qs, u"any"_qs},
    {u"POST /api/v1/pricing/rules"_qs, u"operator,admin"_qs},
    {u"GET /api/v1/pricing/rules/{id}"_qs, u"any"_qs},
    {u"PATCH /api/v1/pricing/rules/{id}"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/pricing/rules/{id}/activate"_qs, u"operator,admin"_qs},
    {u"POST /api/v1/pricing/rules/{id}/deactivate"_qs, u"operator,admin"_qs},
    {u"GET /api/v1/pricing/policy"_qs, u"any"_qs},
    {u"PATCH /api/v1/pricing/policy"_qs, u"manager,admin"_qs},
    {u"GET /api/v1/pricing/explain"_qs, u"any"_qs},
    {u"GET /api/v1/pricing/conflicts"_qs, u"any"_qs},
    {u"POST /api/v1/pricing/impact"_qs, u"any"_qs},
    {u"GET /api/v1/metrics/orders"_qs, u"any"_qs},
    {u"GET /api/v1/metrics/availability"_qs, u"any"_qs},
    {u"GET /api/v1/slo"_qs, u"any"_qs},
    {u"GET /api/v1/annotations"_qs, u"any"_qs},
    {u"POST /api/v1/annotations"_qs, u"operator,manager,admin"_qs},
    {u"DELETE /api/v1/annotations/{id}"_qs, u"operator,manager,admin"_qs},
    {u"GET /open/v1/ping"_qs, u"signed"_qs},
    {u"GET /open/v1/products"_qs, u"signed"_qs},
    {u"GET /open/v1/products/{id}"_qs, u"signed"_qs},
    {u"POST /open/v1/orders"_qs, u"signed"_qs},
    {u"GET /open/v1/orders"_qs, u"signed"_qs},
    {u"GET /open/v1/orders/{ref}"_qs, u"signed"_qs},
    {u"POST /open/v1/orders/{ref}:cancel"_qs, u"signed"_qs},
    {u"GET /open/v1/miniprograms"_qs, u"signed"_qs},
    {u"POST /open/v1/miniprograms"_qs, u"signed"_qs},
    {u"POST /open/v1/miniprograms/screenshots"_qs, u"signed"_qs},
    {u"POST /open/v1/miniprograms/versions"_qs, u"signed"_qs},
    {u"GET /open/v1/miniprograms/versions/{id}"_qs, u"signed"_qs},
    {u"POST /open/v1/miniprograms/versions/{id}/submit"_qs, u"signed"_qs},
    {u"POST /open/v1/miniprograms/versions/{id}/withdraw"_qs, u"signed"_qs},
    {u"POST /open/v1/miniprograms/{appId}/revoke"_qs, u"signed"_qs},
};

QString accessText(const Server::Access &access)
{
    if (access.partnerSigned)
        return u"signed"_qs;
    if (!access.requiresLogin)
        return u"public"_qs;
    if (!access.roles || access.roles == (Role::Operator | Role::Reviewer | Role::Manager | Role::Admin))
        return u"any"_qs;
    QStringList names;
    for (const QString &role : kRoles)
        if (access.roles & *roleFromString(role))
            names.append(role);
    return names.join(u',');
}

bool documentedAllows(const QString &documented, const QString &role)
{
    return documented == u"any"_qs || documented == u"public"_qs || documented.split(u',').contains(role);
}

// {param} → a value nothing has, so an allowed call stops at "not found" and changes nothing.
QString probePath(const QString &pattern)
{
    QString path = pattern;
    static const QRegularExpression param(u"\\{([A-Za-z]+)\\}"_qs);
    return path.replace(param, u"999999999"_qs);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_SecurityAuthz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRouteIsDocumentedWithItsRoles();
    void routeByRoleTable_data();
    void routeByRoleTable();
    void reviewerAndManagerCannotEditAPartner();
    void reviewerCannotIssueOrRevokeKeys();
    void keyOfAnotherPartnerIsNotFound();
    void partnerCannotReadOrCancelAnotherPartnersOrders();
    void partnerCannotSeeAnotherPartnersMiniPrograms();
    void sessionsOfOthersAreNotYours();
    void annotationOfAnotherAuthorCannotBeDeleted();

private:
    HttpClient &as(const QString &role) { return *m_clients[role]; }
    GatewayKey issueKey(qint64 partnerId);
    HttpResult signedCall(const GatewayKey &key, const QByteArray &method, const QString &pathAndQuery,
        const QJsonObject &body = {});

    PlatformProcess m_platform;
    Server::Router m_router;
    std::map<QString, std::unique_ptr<HttpClient>> m_clients;
    QList<qint64> m_active;
};

void tst_SecurityAuthz::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    Server::AllRoutes::registerAll(m_router);
    for (const QString &role : kRoles) {
        auto client = std::make_unique<HttpClient>(m_platform.url());
        QCOMPARE(client->login(role, kDemoPassword).status, 201);
        m_clients[role] = std::move(client);
    }
    const QJsonArray items = as(u"operator"_qs)
                                 .get(u"/api/v1/partners?status=active&limit=10&sort=id"_qs)
                                 .object()
                                 .value(u"items"_qs)
                                 .toArray();
    for (const QJsonValue &v : items)
        m_active.append(v.toObject().value(u"id"_qs).toInteger());
    QVERIFY(m_active.size() >= 3);
}

void tst_SecurityAuthz::everyRouteIsDocumentedWithItsRoles()
{
    QStringList undocumented, mismatched;
    for (const Server::Route *route : m_router.routes()) {
        const QString key = QString::fromLatin1(route->method) + u' ' + route->pattern;
        if (!kDocumented.contains(key))
            undocumented.append(key + u" (registered as " + accessText(route->access) + u')');
        else if (kDocumented.value(key) != accessText(route->access))
            mismatched.append(key + u": documented " + kDocumented.value(key) + u", registered "
                + accessText(route->access));
    }
    QVERIFY2(undocumented.isEmpty(), qPrintable(undocumented.join(u"\n"_qs)));
    QVERIFY2(mismatched.isEmpty(), qPrintable(mismatched.join(u"\n"_qs)));
    QCOMPARE(m_router.routes().size(), kDocumented.size());
}

void tst_SecurityAuthz::routeByRoleTable_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("caller"); // "" = no token
    for (const Server::Route *route : m_router.routes()) {
        for (const QString &caller : QStringList {QString()} + kRoles)
            QTest::addRow("%s %s as %s", route->method.constData(), qPrintable(route->pattern),
                caller.isEmpty() ? "nobody" : qPrintable(caller))
                << route->method << route->pattern << caller;
    }
}

void tst_SecurityAuthz::routeByRoleTable()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pattern);
    QFETCH(QString, caller);
    const QString documented = kDocumented.value(QString::fromLatin1(method) + u' ' + pattern);
    QVERIFY(!documented.isEmpty());
    // A JSON "{}" where the route takes JSON; routes that take other media (CSV, images) get no
    // body, which passes the media check before the role check and stops in the handler.
    bool takesJson = true;
    for (const Server::Route *route : m_router.routes())
        if (route->method == method && route->pattern == pattern)
            takesJson = route->bodyTypes.isEmpty();
    const bool hasBody = method == "POST" || method == "PATCH";
    const QByteArray body = hasBody && takesJson ? QByteArray("{}") : QByteArray();
    Headers headers;
    if (!body.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));

    // Signing out ends the session: that row gets a session of its own.
    std::unique_ptr<HttpClient> throwaway;
    HttpClient *client = nullptr;
    if (!caller.isEmpty()) {
        client = m_clients[caller].get();
        if (pattern.endsWith(u"/sessions/current"_qs) && method == "DELETE") {
            throwaway = std::make_unique<HttpClient>(m_platform.url());
            QCOMPARE(throwaway->login(caller, kDemoPassword).status, 201);
            client = throwaway.get();
        }
    }
    HttpClient anonymous(m_platform.url());
    HttpClient &http = client ? *client : anonymous;
    const HttpResult r = http.requestRaw(method, probePath(pattern), body, headers);
    const QString what = QString::fromLatin1(method) + u' ' + probePath(pattern) + u" → "
        + QString::number(r.status) + u' ' + QString::fromUtf8(r.body.left(300));
    QVERIFY2(r.status > 0 && r.status < 500, qPrintable(what));

    if (documented == u"signed"_qs) {
        // A staff token is no partner signature.
        QVERIFY2(r.status == 401, qPrintable(what));
        QVERIFY2(
            r.code().startsWith(u"signature_"_qs) || r.code().startsWith(u"app_key"_qs), qPrintable(what));
    } else if (documented == u"public"_qs) {
        QVERIFY2(r.status != 401 && r.status != 403, qPrintable(what));
    } else if (caller.isEmpty()) {
        QVERIFY2(r.status == 401 && r.code() == u"unauthenticated"_qs, qPrintable(what));
    } else if (documentedAllows(documented, caller)) {
        QVERIFY2(r.status != 401 && !(r.status == 403 && r.code() == u"forbidden"_qs), qPrintable(what));
    } else {
        QVERIFY2(r.status == 403 && r.code() == u"forbidden"_qs, qPrintable(what));
    }
    if (!throwaway && client)
        QVERIFY2(client->get(u"/api/v1/sessions/current"_qs).status == 200, "the probe ended the session");
}

void tst_SecurityAuthz::reviewerAndManagerCannotEditAPartner()
{
    const qint64 id = m_active.at(0);
    const HttpResult before = as(u"operator"_qs).get(u"/api/v1/partners/%1"_qs.arg(id));
    QCOMPARE(before.status, 200);
    for (const QString &role : {u"reviewer"_qs, u"manager"_qs}) {
        const HttpResult patch = as(role).request("PATCH", u"/api/v1/partners/%1"_qs.arg(id),
            QJsonObject {{u"commissionBps"_qs, 9999}, {u"name"_qs, u"hijacked"_qs}},
            {{"If-Match", before.header("etag")}});
        QCOMPARE(patch.status, 403);
        QCOMPARE(patch.code(), u"forbidden"_qs);
        const HttpResult suspend = as(role).request("POST", u"/api/v1/partners/%1/suspend"_qs.arg(id),
            QJsonObject {{u"reasonCode"_qs, u"fraud"_qs}}, {{"If-Match", before.header("etag")}});
        QCOMPARE(suspend.status, 403);
        const HttpResult create = as(role).request("POST", u"/api/v1/partners"_qs,
            QJsonObject {{u"name"_qs, u"sneaky-%1"_qs.arg(role)}, {u"mode"_qs, u"guide"_qs},
                {u"scenario"_qs, u"news_app"_qs}});
        QCOMPARE(create.status, 403);
    }
    const HttpResult after = as(u"operator"_qs).get(u"/api/v1/partners/%1"_qs.arg(id));
    QCOMPARE(after.body, before.body); // nothing changed, not even the version
    QCOMPARE(as(u"operator"_qs).get(u"/api/v1/partners?q=sneaky"_qs).object().value(u"total"_qs).toInt(), 0);
}

void tst_SecurityAuthz::reviewerCannotIssueOrRevokeKeys()
{
    const qint64 id = m_active.at(1);
    const HttpResult issued
        = as(u"operator"_qs).request("POST", u"/api/v1/partners/%1/keys"_qs.arg(id), QJsonObject {});
    QCOMPARE(issued.status, 201);
    const qint64 keyId = issued.object().value(u"keyId"_qs).toInteger();
    for (const QString &role : {u"reviewer"_qs, u"manager"_qs}) {
        QCOMPARE(
            as(role).request("POST", u"/api/v1/partners/%1/keys"_qs.arg(id), QJsonObject {}).status, 403);
        QCOMPARE(
            as(role)
                .request("POST", u"/api/v1/partners/%1/keys/%2/revoke"_qs.arg(id).arg(keyId), QJsonObject {})
                .status,
            403);
        // They may list keys, never see a secret.
        const HttpResult list = as(role).get(u"/api/v1/partners/%1/keys"_qs.arg(id));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(issued.object().value(u"secret"_qs).toString().toLatin1()));
        QVERIFY(!list.body.contains("\"secret\""));
    }
    QCOMPARE(signedCall({issued.object().value(u"appKey"_qs).toString(),
                            issued.object().value(u"secret"_qs).toString()},
                 "GET", u"/open/v1/ping"_qs)
                 .status,
        200); // still active
}

void tst_SecurityAuthz::keyOfAnotherPartnerIsNotFound()
{
    const qint64 a = m_active.at(0), b = m_active.at(1);
    const HttpResult issued
        = as(u"operator"_qs).request("POST", u"/api/v1/partners/%1/keys"_qs.arg(b), QJsonObject {});
    QCOMPARE(issued.status, 201);
    const qint64 keyOfB = issued.object().value(u"keyId"_qs).toInteger();
    // Through partner A's path, B's key does not exist: nothing revoked or rotated.
    QCOMPARE(as(u"operator"_qs)
                 .request("POST", u"/api/v1/partners/%1/keys/%2/revoke"_qs.arg(a).arg(keyOfB), QJsonObject {})
                 .status,
        404);
    QCOMPARE(as(u"admin"_qs)
                 .request("POST", u"/api/v1/partners/%1/keys/%2/rotate"_qs.arg(a).arg(keyOfB), QJsonObject {})
                 .status,
        404);
    const QJsonArray keys
        = as(u"operator"_qs).get(u"/api/v1/partners/%1/keys"_qs.arg(b)).object().value(u"items"_qs).toArray();
    bool found = false;
    for (const QJsonValue &k : keys)
        if (k.toObject().value(u"keyId"_qs).toInteger() == keyOfB) {
            found = true;
            QCOMPARE(k.toObject().value(u"state"_qs).toString(), u"active"_qs);
        }
    QVERIFY(found);
}

GatewayKey tst_SecurityAuthz::issueKey(qint64 partnerId)
{
    const HttpResult r
        = as(u"operator"_qs).request("POST", u"/api/v1/partners/%1/keys"_qs.arg(partnerId), QJsonObject {});
    return {r.object().value(u"appKey"_qs).toString(), r.object().value(u"secret"_qs).toString()};
}

HttpResult tst_SecurityAuthz::signedCall(
    const GatewayKey &key, const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
{
    HttpClient gateway(m_platform.url());
    SignedCall c;
    c.method = method;
    c.pathAndQuery = pathAndQuery;
    if (method == "POST")
        c.body = compact(body);
    return sendSigned(gateway, key, c);
}

void tst_SecurityAuthz::partnerCannotReadOrCancelAnotherPartnersOrders()
{
    const GatewayKey a = issueKey(m_active.at(0));
    const GatewayKey b = issueKey(m_active.at(1));
    QVERIFY(!a.secret.isEmpty() && !b.secret.isEmpty());
    const QJsonArray products
        = signedCall(a, "GET", u"/open/v1/products?limit=1"_qs).object().value(u"items"_qs).toArray();
    QVERIFY2(!products.isEmpty(), "partner A has no products to order");
    const qint64 sku = products.at(0).toObject().value(u"skuId"_qs).toInteger();
    const QString ref = u"authz-a-1"_qs;
    const HttpResult created = signedCall(a, "POST", u"/open/v1/orders"_qs,
        {{u"partnerOrderRef"_qs, ref},
            {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, sku}, {u"quantity"_qs, 1}}}}});
    QVERIFY2(created.status == 201, created.body.constData());
    const QString orderId = created.object().value(u"orderId"_qs).toVariant().toString();

    QCOMPARE(signedCall(b, "GET", u"/open/v1/orders/"_qs + ref).status, 404);
    QCOMPARE(signedCall(b, "GET", u"/open/v1/orders/"_qs + orderId).status, 404);
    QCOMPARE(signedCall(b, "POST", u"/open/v1/orders/%1:cancel"_qs.arg(ref)).status, 404);
    const HttpResult listB = signedCall(b, "GET", u"/open/v1/orders?limit=100"_qs);
    QCOMPARE(listB.status, 200);
    QVERIFY(!listB.body.contains(ref.toLatin1()));
    // B placing an order with A's reference makes B's own order, never touches A's.
    const HttpResult sameRef = signedCall(b, "POST", u"/open/v1/orders"_qs,
        {{u"partnerOrderRef"_qs, ref},
            {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, sku}, {u"quantity"_qs, 1}}}}});
    QVERIFY2(sameRef.status == 201 || sameRef.status == 404, sameRef.body.constData());
    const HttpResult stillA = signedCall(a, "GET", u"/open/v1/orders/"_qs + ref);
    QCOMPARE(stillA.status, 200);
    QCOMPARE(stillA.object().value(u"status"_qs).toString(), u"paid"_qs);
    QCOMPARE(stillA.object().value(u"orderId"_qs), created.object().value(u"orderId"_qs));
}

void tst_SecurityAuthz::partnerCannotSeeAnotherPartnersMiniPrograms()
{
    const GatewayKey a = issueKey(m_active.at(2));
    const GatewayKey b = issueKey(m_active.at(1));
    const HttpResult authorised = signedCall(a, "POST", u"/open/v1/miniprograms"_qs,
        {{u"appId"_qs, u"wx1234567890abcdef"_qs}, {u"name"_qs, u"Authz A"_qs}});
    QVERIFY2(authorised.status == 201 || authorised.status == 200 || authorised.status == 409,
        authorised.body.constData());
    const HttpResult listB = signedCall(b, "GET", u"/open/v1/miniprograms"_qs);
    QCOMPARE(listB.status, 200);
    QVERIFY(!listB.body.contains("wx1234567890abcdef"));
    const HttpResult revokeB = signedCall(b, "POST", u"/open/v1/miniprograms/wx1234567890abcdef/revoke"_qs);
    QVERIFY2(revokeB.status == 404 || revokeB.status == 409, revokeB.body.constData());
    QVERIFY(signedCall(a, "GET", u"/open/v1/miniprograms"_qs).body.contains("wx1234567890abcdef"));
}

void tst_SecurityAuthz::sessionsOfOthersAreNotYours()
{
    HttpClient victim(m_platform.url());
    QCOMPARE(victim.login(u"reviewer2"_qs, kDemoPassword).status, 201);
    const qint64 victimSession
        = victim.get(u"/api/v1/sessions/current"_qs).object().value(u"id"_qs).toInteger();
    QVERIFY(victimSession > 0);
    // Not in another account's list, not revocable by it (404: not even its existence is told).
    QVERIFY(!as(u"operator"_qs)
                 .get(u"/api/v1/sessions"_qs)
                 .body.contains(QByteArray("\"id\":" + QByteArray::number(victimSession) + ",")));
    QCOMPARE(as(u"operator"_qs).request("DELETE", u"/api/v1/sessions/%1"_qs.arg(victimSession)).status, 404);
    QCOMPARE(as(u"manager"_qs).request("DELETE", u"/api/v1/sessions/%1"_qs.arg(victimSession)).status, 404);
    QCOMPARE(victim.get(u"/api/v1/sessions/current"_qs).status, 200);
    // An admin may.
    QCOMPARE(as(u"admin"_qs).request("DELETE", u"/api/v1/sessions/%1"_qs.arg(victimSession)).status, 204);
    QCOMPARE(victim.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);
}

void tst_SecurityAuthz::annotationOfAnotherAuthorCannotBeDeleted()
{
    const HttpResult created
        = as(u"manager"_qs)
              .request("POST", u"/api/v1/annotations"_qs,
                  QJsonObject {{u"at"_qs, u"2026-11-11T00:00:00Z"_qs}, {u"note"_qs, u"authz"_qs}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.object().value(u"id"_qs).toInteger();
    const HttpResult byOperator = as(u"operator"_qs).request("DELETE", u"/api/v1/annotations/%1"_qs.arg(id));
    QCOMPARE(byOperator.status, 403);
    QCOMPARE(as(u"reviewer"_qs).request("DELETE", u"/api/v1/annotations/%1"_qs.arg(id)).status, 403);
    QCOMPARE(as(u"admin"_qs).request("DELETE", u"/api/v1/annotations/%1"_qs.arg(id)).status, 204);
}

QTEST_GUILESS_MAIN(tst_SecurityAuthz)
#include "tst_security_authz.moc"
