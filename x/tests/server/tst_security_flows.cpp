// OWASP API6 (unrestricted access to sensitive business flows) over real HTTP: the flows that
// change many partners at once — bulk actions and a real CSV import — need an operator or admin
// and an Idempotency-Key; a retry with the key never acts twice, the key is bound to one request
// and one account, and a refused call writes nothing.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
const QString kImportReal = u"/api/v1/partners:import?dryRun=false"_qs;

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
} // namespace

class tst_SecurityFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bulkNeedsTheRole();
    void bulkNeedsAKey();
    void bulkRetryActsOnce();
    void bulkKeyIsPerAccountAndPerRequest();
    void importNeedsTheRole();
    void importNeedsAKeyForARealRun();
    void importRetryActsOnce();
    void importKeyBoundToItsFile();

private:
    HttpClient &as(const QString &role) { return *m_clients[role]; }
    qint64 partnerTotal()
    {
        return as(u"admin"_qs).get(u"/api/v1/partners?limit=1"_qs).object().value(u"total"_qs).toInteger();
    }
    QJsonObject tagBody(const QString &tag) const
    {
        return {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, tag},
            {u"ids"_qs, QJsonArray {m_ids.at(0), m_ids.at(1), m_ids.at(2)}}};
    }
    int withTag(const QString &tag)
    {
        int n = 0;
        for (qint64 id : m_ids)
            n += as(u"admin"_qs)
                     .get(u"/api/v1/partners/%1"_qs.arg(id))
                     .object()
                     .value(u"tags"_qs)
                     .toArray()
                     .contains(tag);
        return n;
    }
    qint64 auditTotal()
    {
        return as(u"admin"_qs).get(u"/api/v1/audit?limit=1&entityType=partner"_qs).firstItemId();
    }

    PlatformProcess m_platform;
    std::map<QString, std::unique_ptr<HttpClient>> m_clients;
    QList<qint64> m_ids;
};

void tst_SecurityFlows::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    for (const QString &role :
        {u"operator"_qs, u"operator2"_qs, u"reviewer"_qs, u"manager"_qs, u"admin"_qs}) {
        auto client = std::make_unique<HttpClient>(m_platform.url());
        QCOMPARE(client->login(role, kDemoPassword).status, 201);
        m_clients[role] = std::move(client);
    }
    for (const QJsonValue &v :
        as(u"admin"_qs).get(u"/api/v1/partners?limit=3&sort=id"_qs).object().value(u"items"_qs).toArray())
        m_ids.append(v.toObject().value(u"id"_qs).toInteger());
    QCOMPARE(m_ids.size(), 3);
}

void tst_SecurityFlows::bulkNeedsTheRole()
{
    const qint64 audit = auditTotal();
    for (const QString &role : {u"reviewer"_qs, u"manager"_qs}) {
        const HttpResult r = as(role).request(
            "POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flowrole"_qs), {{"Idempotency-Key", newKey()}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"forbidden"_qs);
    }
    QCOMPARE(withTag(u"flowrole"_qs), 0);
    QCOMPARE(auditTotal(), audit);
}

void tst_SecurityFlows::bulkNeedsAKey()
{
    const HttpResult none
        = as(u"operator"_qs).request("POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flownokey"_qs));
    QCOMPARE(none.status, 400);
    QCOMPARE(none.code(), u"idempotency_key_missing"_qs);
    const HttpResult blank = as(u"operator"_qs)
                                 .request("POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flownokey"_qs),
                                     {{"Idempotency-Key", "   "}});
    QCOMPARE(blank.code(), u"idempotency_key_missing"_qs);
    const HttpResult tooLong = as(u"operator"_qs)
                                   .request("POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flownokey"_qs),
                                       {{"Idempotency-Key", QByteArray(201, 'k')}});
    QCOMPARE(tooLong.code(), u"idempotency_key_invalid"_qs);
    QCOMPARE(withTag(u"flownokey"_qs), 0);
}

void tst_SecurityFlows::bulkRetryActsOnce()
{
    const QByteArray key = newKey();
    const qint64 audit = auditTotal();
    const HttpResult first = as(u"operator"_qs)
                                 .request("POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flowonce"_qs),
                                     {{"Idempotency-Key", key}});
    QCOMPARE(first.status, 200);
    const qint64 afterFirst = auditTotal();
    QVERIFY(afterFirst > audit);
    for (int i = 0; i < 3; ++i) {
        const HttpResult again = as(u"operator"_qs)
                                     .request("POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flowonce"_qs),
                                         {{"Idempotency-Key", key}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.body, first.body);
    }
    QCOMPARE(auditTotal(), afterFirst); // no second effect
    QCOMPARE(withTag(u"flowonce"_qs), 3);
}

void tst_SecurityFlows::bulkKeyIsPerAccountAndPerRequest()
{
    const QByteArray key = newKey();
    QCOMPARE(
        as(u"operator"_qs)
            .request("POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flowkeya"_qs), {{"Idempotency-Key", key}})
            .status,
        200);
    // The same key for a different request is refused, and writes nothing.
    const HttpResult reused = as(u"operator"_qs)
                                  .request("POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flowkeyb"_qs),
                                      {{"Idempotency-Key", key}});
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.code(), u"idempotency_key_reused"_qs);
    QCOMPARE(withTag(u"flowkeyb"_qs), 0);
    // Another account's key space is its own: it never receives the first account's stored answer.
    const HttpResult other = as(u"operator2"_qs)
                                 .request("POST", u"/api/v1/partners:bulk"_qs, tagBody(u"flowkeyb"_qs),
                                     {{"Idempotency-Key", key}});
    QCOMPARE(other.status, 200);
    QVERIFY(other.header("idempotent-replayed").isEmpty());
    QCOMPARE(withTag(u"flowkeyb"_qs), 3);
}

void tst_SecurityFlows::importNeedsTheRole()
{
    const qint64 before = partnerTotal();
    const QByteArray csv = "name,mode,scenario\nflow-role-import,guide,news_app\n";
    for (const QString &role : {u"reviewer"_qs, u"manager"_qs})
        for (const QString &path : {kImportReal, u"/api/v1/partners:import?dryRun=true"_qs}) {
            const HttpResult r = as(role).requestRaw(
                "POST", path, csv, {{"Content-Type", "text/csv"}, {"Idempotency-Key", newKey()}});
            QCOMPARE(r.status, 403);
        }
    QCOMPARE(partnerTotal(), before);
}

void tst_SecurityFlows::importNeedsAKeyForARealRun()
{
    const qint64 before = partnerTotal();
    const QByteArray csv = "name,mode,scenario\nflow-nokey-import,guide,news_app\n";
    const HttpResult r
        = as(u"operator"_qs).requestRaw("POST", kImportReal, csv, {{"Content-Type", "text/csv"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"idempotency_key_missing"_qs);
    QCOMPARE(partnerTotal(), before);
    // A dry run writes nothing and needs no key.
    QCOMPARE(as(u"operator"_qs)
                 .requestRaw(
                     "POST", u"/api/v1/partners:import?dryRun=true"_qs, csv, {{"Content-Type", "text/csv"}})
                 .status,
        200);
}

void tst_SecurityFlows::importRetryActsOnce()
{
    const qint64 before = partnerTotal();
    const QByteArray csv = "name,mode,scenario\nflow-once-1,guide,news_app\nflow-once-2,buyout,news_app\n";
    const Headers headers {{"Content-Type", "text/csv"}, {"Idempotency-Key", newKey()}};
    const HttpResult first = as(u"operator"_qs).requestRaw("POST", kImportReal, csv, headers);
    QVERIFY2(first.status == 200, first.body.constData());
    QCOMPARE(partnerTotal(), before + 2);
    const HttpResult again = as(u"operator"_qs).requestRaw("POST", kImportReal, csv, headers);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.body, first.body); // the same report, with the ids made the first time
    QCOMPARE(partnerTotal(), before + 2);
}

void tst_SecurityFlows::importKeyBoundToItsFile()
{
    const QByteArray key = newKey();
    const qint64 before = partnerTotal();
    // A refused run (a row error) writes nothing and leaves the key free for the corrected file.
    const QByteArray bad = "name,mode,scenario\nflow-bound-1,nonsense,news_app\n";
    const HttpResult refused
        = as(u"operator"_qs)
              .requestRaw("POST", kImportReal, bad, {{"Content-Type", "text/csv"}, {"Idempotency-Key", key}});
    QCOMPARE(refused.status, 422);
    QCOMPARE(partnerTotal(), before);
    const QByteArray good = "name,mode,scenario\nflow-bound-1,guide,news_app\n";
    QCOMPARE(
        as(u"operator"_qs)
            .requestRaw("POST", kImportReal, good, {{"Content-Type", "text/csv"}, {"Idempotency-Key", key}})
            .status,
        200);
    QCOMPARE(partnerTotal(), before + 1);
    // Now bound to that file: another file with it is refused.
    const QByteArray other = "name,mode,scenario\nflow-bound-2,guide,news_app\n";
    const HttpResult reused = as(u"operator"_qs)
                                  .requestRaw("POST", kImportReal, other,
                                      {{"Content-Type", "text/csv"}, {"Idempotency-Key", key}});
    QCOMPARE(reused.code(), u"idempotency_key_reused"_qs);
    QCOMPARE(partnerTotal(), before + 1);
}

QTEST_GUILESS_MAIN(tst_SecurityFlows)
#include "tst_security_flows.moc"
