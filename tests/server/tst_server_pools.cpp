// Product pools over real HTTP (issue 5): membership is the shared rule (criteria + includes −
// excludes, ProductPool::contains) on the whole demo catalog; the preview says exactly what a
// change adds and removes before anything is written; If-Match, roles, bad input, audit.
#include "CreateOnce.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include "domain/ProductPool.h"

#include <QJsonArray>
#include <QTest>

using namespace Kepler;
using namespace Kepler::Test;

class tst_ServerPools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoPoolsHoldWhatTheirRuleSays();
    void previewIsTheExactDiff();
    void createUpdateWithIfMatch();
    void createHonoursIdempotencyKey();
    void rolesAndBadInput();

private:
    QList<qint64> expectedMembers(const ProductPool &pool) const;
    QList<qint64> members(qint64 poolId);

    PlatformProcess m_platform;
    HttpClient m_operator, m_reviewer;
    QList<CatalogSku> m_all;
};

void tst_ServerPools::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--demo-skus"_qs, u"3000"_qs}),
        qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    m_reviewer.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
    QCOMPARE(m_reviewer.login(u"reviewer"_qs, u"kepler-demo"_qs).status, 201);
    QString cursor;
    do {
        const HttpResult r = m_operator.get(u"/api/v1/catalog/skus?onSale=any&limit=500"_qs
            + (cursor.isEmpty() ? QString() : u"&cursor="_qs + cursor));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
            m_all.append(*CatalogSku::fromJson(v.toObject()));
        cursor = r.object().value(u"nextCursor"_qs).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(m_all.size(), 3000);
}

QList<qint64> tst_ServerPools::expectedMembers(const ProductPool &pool) const
{
    QList<qint64> ids;
    for (const CatalogSku &s : m_all)
        if (pool.contains(s))
            ids.append(s.id);
    return ids;
}

QList<qint64> tst_ServerPools::members(qint64 poolId)
{
    QList<qint64> ids;
    QString cursor;
    do {
        const HttpResult r = m_operator.get(u"/api/v1/pools/%1/skus?limit=111%2"_qs.arg(poolId).arg(
            cursor.isEmpty() ? QString() : u"&cursor="_qs + cursor));
        if (r.status != 200)
            return {};
        for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
            ids.append(v.toObject().value(u"id"_qs).toInteger());
        cursor = r.object().value(u"nextCursor"_qs).toString();
    } while (!cursor.isEmpty());
    return ids;
}

void tst_ServerPools::demoPoolsHoldWhatTheirRuleSays()
{
    const HttpResult r = m_operator.get(u"/api/v1/pools"_qs);
    QCOMPARE(r.status, 200);
    const QJsonArray pools = r.object().value(u"items"_qs).toArray();
    QCOMPARE(pools.size(), 5);
    bool manual = false;
    for (const QJsonValue &v : pools) {
        FieldErrors errors;
        const auto pool = ProductPool::fromJson(v.toObject(), &errors);
        QVERIFY2(pool, qPrintable(errors.isEmpty() ? QString() : errors.first().field));
        const QList<qint64> expected = expectedMembers(*pool);
        QVERIFY2(!expected.isEmpty(), qPrintable(pool->name));
        QCOMPARE(v.toObject().value(u"memberCount"_qs).toInteger(), expected.size());
        QCOMPARE(members(pool->id), expected);
        QVERIFY(!pool->partners.isEmpty() || !pool->modes.isEmpty());
        manual = manual || (!pool->includes.isEmpty() && !pool->excludes.isEmpty());
    }
    QVERIFY(manual);
}

void tst_ServerPools::previewIsTheExactDiff()
{
    const HttpResult got = m_operator.get(u"/api/v1/pools/1"_qs);
    const auto decoded = ProductPool::fromJson(got.object());
    QVERIFY(decoded);
    const ProductPool before = *decoded;
    const QJsonObject change {{u"criteria"_qs,
                                  QJsonObject {{u"categories"_qs, QJsonArray {1}},
                                      {u"priceMaxFen"_qs, 300000}, {u"inStockOnly"_qs, false}}},
        {u"includes"_qs, QJsonArray {m_all.at(2999).id}}, {u"excludes"_qs, QJsonArray {m_all.at(0).id}}};
    ProductPool after = before;
    QVERIFY(readProductPool(change, &after).isEmpty());
    const QList<qint64> was = expectedMembers(before);
    const QList<qint64> will = expectedMembers(after);
    const QSet<qint64> wasSet(was.cbegin(), was.cend()), willSet(will.cbegin(), will.cend());
    const HttpResult r = m_operator.request("POST", u"/api/v1/pools/1:preview"_qs, change);
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.object();
    QCOMPARE(d.value(u"before"_qs).toInteger(), was.size());
    QCOMPARE(d.value(u"after"_qs).toInteger(), will.size());
    QCOMPARE(d.value(u"added"_qs).toInteger(), (willSet - wasSet).size());
    QCOMPARE(d.value(u"removed"_qs).toInteger(), (wasSet - willSet).size());
    QVERIFY(d.value(u"added"_qs).toInteger() > 0 && d.value(u"removed"_qs).toInteger() > 0);
    for (const QJsonValue &s : d.value(u"addedSamples"_qs).toArray())
        QVERIFY(willSet.contains(s.toObject().value(u"id"_qs).toInteger())
            && !wasSet.contains(s.toObject().value(u"id"_qs).toInteger()));
    for (const QJsonValue &s : d.value(u"removedSamples"_qs).toArray())
        QVERIFY(wasSet.contains(s.toObject().value(u"id"_qs).toInteger())
            && !willSet.contains(s.toObject().value(u"id"_qs).toInteger()));
    QCOMPARE(d.value(u"addedSamples"_qs).toArray().size(), 5);
    // Nothing was written.
    QCOMPARE(m_operator.get(u"/api/v1/pools/1"_qs).header("ETag"), got.header("ETag"));
    QCOMPARE(members(1), was);
    // A pool not created yet: what its criteria would hold.
    const HttpResult fresh = m_operator.request("POST", u"/api/v1/pools:preview"_qs,
        QJsonObject {{u"criteria"_qs, QJsonObject {{u"brands"_qs, QJsonArray {m_all.at(5).brandId}}}}});
    QCOMPARE(fresh.status, 200);
    ProductPool byBrand;
    byBrand.criteria.brands = {m_all.at(5).brandId};
    QCOMPARE(fresh.object().value(u"after"_qs).toInteger(), expectedMembers(byBrand).size());
    QCOMPARE(fresh.object().value(u"before"_qs).toInteger(), 0);
}

void tst_ServerPools::createUpdateWithIfMatch()
{
    const QJsonObject body {{u"name"_qs, u"双11 爆款"_qs},
        {u"criteria"_qs, QJsonObject {{u"owner"_qs, u"self"_qs}, {u"priceMinFen"_qs, 50000}}},
        {u"modes"_qs, QJsonArray {u"guide"_qs}}, {u"partners"_qs, QJsonArray {3, 5}}};
    const HttpResult created = m_operator.request("POST", u"/api/v1/pools"_qs, body);
    QCOMPARE(created.status, 201);
    const auto decoded = ProductPool::fromJson(created.object());
    QVERIFY(decoded);
    const ProductPool pool = *decoded;
    QCOMPARE(created.object().value(u"memberCount"_qs).toInteger(), expectedMembers(pool).size());
    QCOMPARE(pool.updatedBy, u"operator"_qs);
    QVERIFY(created.header("Location").endsWith(QByteArray::number(pool.id)));
    const QString path = u"/api/v1/pools/%1"_qs.arg(pool.id);
    QCOMPARE(m_operator.request("PATCH", path, QJsonObject {{u"name"_qs, u"x"_qs}}).status, 428);
    const HttpResult updated = m_operator.request("PATCH", path,
        QJsonObject {{u"excludes"_qs, QJsonArray {members(pool.id).value(0)}}},
        {{"If-Match", created.header("ETag")}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value(u"memberCount"_qs).toInteger(), expectedMembers(pool).size() - 1);
    const HttpResult stale = m_operator.request(
        "PATCH", path, QJsonObject {{u"name"_qs, u"y"_qs}}, {{"If-Match", created.header("ETag")}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object().value(u"current"_qs).toObject().value(u"version"_qs).toInt(), 2);
    const HttpResult audit = m_operator.get(u"/api/v1/pools"_qs); // still listed once
    int named = 0;
    for (const QJsonValue &v : audit.object().value(u"items"_qs).toArray())
        named += v.toObject().value(u"name"_qs).toString() == u"双11 爆款"_qs;
    QCOMPARE(named, 1);
}

// The console retries a create whose answer was lost with the same Idempotency-Key (ApiJob on a
// timeout, then the user's Try again): one pool, however many attempts reached the service.
void tst_ServerPools::createHonoursIdempotencyKey()
{
    const QJsonObject body {{u"name"_qs, u"幂等 池"_qs},
        {u"criteria"_qs, QJsonObject {{u"owner"_qs, u"self"_qs}, {u"priceMinFen"_qs, 90000}}}};
    QJsonObject other = body;
    other.insert(u"name"_qs, u"另一个 池"_qs);
    qint64 id = 0;
    const QString broken = checkCreateOnce(m_operator, u"/api/v1/pools"_qs, body, other, &id);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    const auto named = [this] {
        int n = 0;
        for (const QJsonValue &v : m_operator.get(u"/api/v1/pools"_qs).object().value(u"items"_qs).toArray())
            n += v.toObject().value(u"name"_qs).toString() == u"幂等 池"_qs;
        return n;
    };
    QCOMPARE(named(), 1);
    // The replayed answer is the pool as created (a console adopting it gets its version and count).
    QCOMPARE(m_operator.get(u"/api/v1/pools/%1"_qs.arg(id)).object().value(u"version"_qs).toInt(), 1);
    // Without a key a create is a create (other clients need not send one).
    QCOMPARE(m_operator.request("POST", u"/api/v1/pools"_qs, body).status, 201);
    QCOMPARE(named(), 2);
}

void tst_ServerPools::rolesAndBadInput()
{
    QCOMPARE(m_reviewer.get(u"/api/v1/pools"_qs).status, 200);
    QCOMPARE(
        m_reviewer.request("POST", u"/api/v1/pools"_qs, QJsonObject {{u"name"_qs, u"x"_qs}}).status, 403);
    const auto refused = [&](const QJsonObject &body, const QString &field) {
        const HttpResult r = m_operator.request("POST", u"/api/v1/pools"_qs, body);
        if (r.status != 422) {
            qWarning() << r.status << r.body;
            return false;
        }
        return r.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"field"_qs).toString()
            == field;
    };
    QVERIFY(refused({}, u"name"_qs));
    QVERIFY(refused({{u"name"_qs, u"x"_qs}, {u"criteria"_qs, QJsonObject {{u"owner"_qs, u"nobody"_qs}}}},
        u"criteria.owner"_qs));
    QVERIFY(refused({{u"name"_qs, u"x"_qs},
                        {u"criteria"_qs, QJsonObject {{u"priceMinFen"_qs, 500}, {u"priceMaxFen"_qs, 100}}}},
        u"criteria.priceMaxFen"_qs)); // the body's own name, so the console marks the price row
    {
        const HttpResult range = m_operator.request("POST", u"/api/v1/pools"_qs,
            QJsonObject {{u"name"_qs, u"x"_qs},
                {u"criteria"_qs, QJsonObject {{u"priceMinFen"_qs, 500000}, {u"priceMaxFen"_qs, 10000}}}});
        const QJsonObject e = range.object().value(u"errors"_qs).toArray().at(0).toObject();
        QCOMPARE(e.value(u"code"_qs).toString(), u"min_above_max"_qs);
        QCOMPARE(e.value(u"message"_qs).toString(), u"the lowest price is above the highest"_qs);
        QCOMPARE(range.object().value(u"code"_qs).toString(), u"validation_failed"_qs);
    }
    QVERIFY(refused({{u"name"_qs, u"x"_qs}, {u"criteria"_qs, QJsonObject {{u"colour"_qs, u"red"_qs}}}},
        u"criteria.colour"_qs));
    QVERIFY(refused({{u"name"_qs, u"x"_qs}, {u"includes"_qs, u"1,2"_qs}}, u"includes"_qs));
    QVERIFY(
        refused({{u"name"_qs, u"x"_qs}, {u"includes"_qs, QJsonArray {1}}, {u"excludes"_qs, QJsonArray {1}}},
            u"excludes"_qs));
    QVERIFY(refused({{u"name"_qs, u"x"_qs}, {u"modes"_qs, QJsonArray {u"retail"_qs}}}, u"modes"_qs));
    QVERIFY(refused({{u"name"_qs, u"x"_qs}, {u"version"_qs, 3}}, u"version"_qs));
    QVERIFY(refused({{u"name"_qs, u"x"_qs}, {u"colour"_qs, u"red"_qs}}, u"colour"_qs));
    QCOMPARE(m_operator.get(u"/api/v1/pools/999"_qs).status, 404);
    QCOMPARE(m_operator.request("POST", u"/api/v1/pools/999:preview"_qs, QJsonObject {}).status, 404);
    QCOMPARE(m_operator.get(u"/api/v1/pools/1/skus?limit=0"_qs).status, 400);
    QCOMPARE(m_operator.get(u"/api/v1/pools/1/skus?cursor=zzz"_qs).status, 400);
}

QTEST_GUILESS_MAIN(tst_ServerPools)
#include "tst_server_pools.moc"
