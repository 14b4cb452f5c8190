// POST /api/v1/partners:bulk over real HTTP: every action with per-row results, mixed valid and
// invalid ids, the Idempotency-Key rules (missing, reused with another body, replay) and 100
// concurrent requests with one key that must act exactly once.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
const QString kBulk = u"/api/v1/partners:bulk"_qs;
constexpr qint64 kUnknownId = 999999;

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
} // namespace

class tst_ServerBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachActionPerRow_data();
    void eachActionPerRow();
    void setGroupToNone();
    void idempotencyKeyRequired_data();
    void idempotencyKeyRequired();
    void bodyIsValidated_data();
    void bodyIsValidated();
    void onlyOperatorsAndAdmins();
    void sameKeySameBodyReplays();
    void sameKeyOtherBodyIs422();
    void keysBelongToTheirActor();
    void hundredConcurrentRequestsActOnce();
    void getOnBulkIs405();

private:
    HttpResult bulk(HttpClient &client, const QJsonObject &body, const QByteArray &key);
    // n partners from the list with this query that no earlier test used.
    QList<QJsonObject> pick(const QString &query, int n);
    QJsonObject partner(qint64 id) { return m_operator.get(u"/api/v1/partners/%1"_qs.arg(id)).object(); }
    int auditTotal() { return m_admin.get(u"/api/v1/audit?limit=1"_qs).object().value(u"total"_qs).toInt(); }

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_admin;
    HttpClient m_reviewer;
    QSet<qint64> m_used;
};

void tst_ServerBulk::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    const std::pair<HttpClient *, QString> logins[]
        = {{&m_operator, u"operator"_qs}, {&m_admin, u"admin"_qs}, {&m_reviewer, u"reviewer"_qs}};
    for (const auto &[client, name] : logins) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(name, kDemoPassword).status, 201);
    }
}

HttpResult tst_ServerBulk::bulk(HttpClient &client, const QJsonObject &body, const QByteArray &key)
{
    Headers headers;
    if (!key.isNull())
        headers.append({"Idempotency-Key", key});
    return client.request("POST", kBulk, body, headers);
}

QList<QJsonObject> tst_ServerBulk::pick(const QString &query, int n)
{
    QList<QJsonObject> picked;
    const HttpResult r = m_operator.get(u"/api/v1/partners?limit=500&sort=id&"_qs + query);
    for (const QJsonValue &v : r.object().value(u"items"_qs).toArray()) {
        const qint64 id = v.toObject().value(u"id"_qs).toInteger();
        if (picked.size() == n)
            break;
        if (!m_used.contains(id)) {
            m_used.insert(id);
            picked.append(v.toObject());
        }
    }
    return picked;
}

void tst_ServerBulk::eachActionPerRow_data()
{
    QTest::addColumn<QJsonObject>("body"); // without ids
    QTest::addColumn<QString>("validQuery"); // partners the action changes
    QTest::addColumn<QString>("invalidQuery"); // partners it refuses (empty: none)
    QTest::addColumn<QString>("auditAction");
    QTest::addColumn<QString>("field"); // what changes
    QTest::addColumn<QJsonValue>("value"); // its value after (for tags: contained or not)

    QTest::newRow("suspend") << QJsonObject {{u"action"_qs, u"suspend"_qs},
        {u"reasonCode"_qs, u"fake_traffic"_qs}, {u"note"_qs, u"点击量异常"_qs}}
                             << u"status=active"_qs << u"status=applied"_qs << u"partner.suspend"_qs
                             << u"status"_qs << QJsonValue(u"suspended"_qs);
    QTest::newRow("resume") << QJsonObject {{u"action"_qs, u"resume"_qs}} << u"status=suspended"_qs
                            << u"status=terminated"_qs << u"partner.resume"_qs << u"status"_qs
                            << QJsonValue(u"active"_qs);
    QTest::newRow("tag") << QJsonObject {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, u"双11"_qs}}
                         << u"status=rejected"_qs << QString() << u"partner.update"_qs << u"tags"_qs
                         << QJsonValue(true);
    QTest::newRow("untag") << QJsonObject {{u"action"_qs, u"untag"_qs}, {u"tag"_qs, u"silver"_qs}}
                           << u"group=silver&q=silver"_qs << QString() << u"partner.update"_qs << u"tags"_qs
                           << QJsonValue(false);
    QTest::newRow("set-group") << QJsonObject {{u"action"_qs, u"set-group"_qs}, {u"group"_qs, u"gold"_qs}}
                               << u"group=bronze"_qs << QString() << u"partner.update"_qs << u"group"_qs
                               << QJsonValue(u"gold"_qs);
}

void tst_ServerBulk::eachActionPerRow()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, validQuery);
    QFETCH(QString, invalidQuery);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, auditAction);
    const QList<QJsonObject> valid = pick(validQuery, 3);
    QCOMPARE(valid.size(), 3);
    const QList<QJsonObject> invalid = invalidQuery.isEmpty() ? QList<QJsonObject>() : pick(invalidQuery, 2);
    QCOMPARE(invalid.size(), invalidQuery.isEmpty() ? 0 : 2);

    // Interleaved: valid, unknown, invalid, valid, invalid, valid.
    QJsonArray ids {valid[0].value(u"id"_qs), kUnknownId};
    if (!invalid.isEmpty())
        ids.append(invalid[0].value(u"id"_qs));
    ids.append(valid[1].value(u"id"_qs));
    if (!invalid.isEmpty())
        ids.append(invalid[1].value(u"id"_qs));
    ids.append(valid[2].value(u"id"_qs));
    body.insert(u"ids"_qs, ids);
    const int auditBefore = auditTotal();
    const HttpResult r = bulk(m_operator, body, newKey());
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("idempotent-replayed").isEmpty());
    const QJsonArray results = r.object().value(u"results"_qs).toArray();
    QCOMPARE(results.size(), ids.size());
    QCOMPARE(r.object().value(u"okCount"_qs).toInt(), 3);
    QCOMPARE(r.object().value(u"errorCount"_qs).toInt(), 1 + int(invalid.size()));

    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject row = results.at(i).toObject();
        const qint64 id = row.value(u"id"_qs).toInteger();
        QCOMPARE(id, ids.at(i).toInteger()); // in request order
        if (id == kUnknownId) {
            QCOMPARE(row.value(u"ok"_qs).toBool(), false);
            QCOMPARE(row.value(u"code"_qs).toString(), u"not_found"_qs);
            continue;
        }
        const auto before = std::find_if(valid.cbegin(), valid.cend(),
            [id](const QJsonObject &p) { return p.value(u"id"_qs).toInteger() == id; });
        const QJsonObject now = partner(id);
        if (before == valid.cend()) { // an invalid one: refused, untouched
            QCOMPARE(row.value(u"ok"_qs).toBool(), false);
            QCOMPARE(row.value(u"code"_qs).toString(), u"invalid_transition"_qs);
            QCOMPARE(row.value(u"currentStatus"_qs).toString(), now.value(u"status"_qs).toString());
            QVERIFY(!row.value(u"detail"_qs).toString().isEmpty());
            continue;
        }
        QCOMPARE(row.value(u"ok"_qs).toBool(), true);
        QCOMPARE(row.value(u"version"_qs).toInt(), before->value(u"version"_qs).toInt() + 1);
        QCOMPARE(now.value(u"version"_qs).toInt(), row.value(u"version"_qs).toInt());
        if (field == u"tags"_qs)
            QCOMPARE(now.value(u"tags"_qs).toArray().contains(body.value(u"tag"_qs)), value.toBool());
        else
            QCOMPARE(now.value(field), value);
        // Its own audit line, in its timeline, with the bulk request's id.
        const QJsonObject newest = m_operator.get(u"/api/v1/partners/%1/timeline?limit=1"_qs.arg(id))
                                       .object()
                                       .value(u"items"_qs)
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(newest.value(u"action"_qs).toString(), auditAction);
        QCOMPARE(newest.value(u"requestId"_qs).toString().toLatin1(), r.header("x-request-id"));
    }
    QCOMPARE(auditTotal() - auditBefore, 3);
}

void tst_ServerBulk::setGroupToNone()
{
    const QList<QJsonObject> partners = pick(u"group=gold"_qs, 2);
    QCOMPARE(partners.size(), 2);
    const HttpResult r = bulk(m_operator,
        {{u"action"_qs, u"set-group"_qs}, {u"group"_qs, QJsonValue::Null},
            {u"ids"_qs, QJsonArray {partners[0].value(u"id"_qs), partners[1].value(u"id"_qs)}}},
        newKey());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"okCount"_qs).toInt(), 2);
    for (const QJsonObject &p : partners) {
        const QJsonObject now = partner(p.value(u"id"_qs).toInteger());
        QVERIFY(now.value(u"group"_qs).isNull());
        if (now.value(u"rateLimit"_qs).isNull())
            QCOMPARE(now.value(u"effectiveQuota"_qs).toObject().value(u"rateLimitFrom"_qs).toString(),
                u"platform"_qs);
    }
}

void tst_ServerBulk::idempotencyKeyRequired_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << QByteArray() << u"idempotency_key_missing"_qs;
    QTest::newRow("empty") << QByteArray("") << u"idempotency_key_missing"_qs;
    QTest::newRow("too long") << QByteArray(201, 'k') << u"idempotency_key_invalid"_qs;
}

void tst_ServerBulk::idempotencyKeyRequired()
{
    QFETCH(QByteArray, key);
    const HttpResult r = bulk(
        m_operator, {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, u"x"_qs}, {u"ids"_qs, QJsonArray {1}}}, key);
    QCOMPARE(r.status, 400);
    QTEST(r.code(), "code");
    QVERIFY(r.header("content-type").startsWith("application/problem+json"));
    // 200 characters is still a key.
    if (key.size() > 200)
        QCOMPARE(
            bulk(m_operator, {{u"action"_qs, u"untag"_qs}, {u"tag"_qs, u"x"_qs}, {u"ids"_qs, QJsonArray {1}}},
                key.left(200))
                .status,
            200);
}

void tst_ServerBulk::bodyIsValidated_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QJsonArray one {1};
    QJsonArray tooMany;
    for (int i = 1; i <= 1001; ++i)
        tooMany.append(i);
    QTest::newRow("assign-pool is not here yet") << QJsonObject {{u"action"_qs, u"assign-pool"_qs},
        {u"ids"_qs, one}} << u"action"_qs << u"invalid_value"_qs;
    QTest::newRow("no action") << QJsonObject {{u"ids"_qs, one}} << u"action"_qs << u"required"_qs;
    QTest::newRow("no ids") << QJsonObject {{u"action"_qs, u"resume"_qs}} << u"ids"_qs << u"required"_qs;
    QTest::newRow("empty ids") << QJsonObject {{u"action"_qs, u"resume"_qs}, {u"ids"_qs, QJsonArray()}}
                               << u"ids"_qs << u"required"_qs;
    QTest::newRow("1001 ids") << QJsonObject {{u"action"_qs, u"resume"_qs}, {u"ids"_qs, tooMany}} << u"ids"_qs
                              << u"too_many"_qs;
    QTest::newRow("duplicate ids") << QJsonObject {{u"action"_qs, u"resume"_qs},
        {u"ids"_qs, QJsonArray {1, 1}}}
                                   << u"ids"_qs << u"duplicate"_qs;
    QTest::newRow("id not a number") << QJsonObject {{u"action"_qs, u"resume"_qs},
        {u"ids"_qs, QJsonArray {u"1"_qs}}}
                                     << u"ids"_qs << u"wrong_type"_qs;
    QTest::newRow("suspend without reason") << QJsonObject {{u"action"_qs, u"suspend"_qs}, {u"ids"_qs, one}}
                                            << u"reasonCode"_qs << u"required"_qs;
    QTest::newRow("suspend with a resume reason") << QJsonObject {{u"action"_qs, u"suspend"_qs},
        {u"reasonCode"_qs, u"issue_resolved"_qs}, {u"ids"_qs, one}}
                                                  << u"reasonCode"_qs << u"invalid_value"_qs;
    QTest::newRow("other needs a note")
        << QJsonObject {{u"action"_qs, u"suspend"_qs}, {u"reasonCode"_qs, u"other"_qs}, {u"ids"_qs, one}}
        << u"note"_qs << u"required"_qs;
    QTest::newRow("tag without tag") << QJsonObject {{u"action"_qs, u"tag"_qs}, {u"ids"_qs, one}} << u"tag"_qs
                                     << u"required"_qs;
    QTest::newRow("tag too long") << QJsonObject {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, QString(33, u'x')},
        {u"ids"_qs, one}} << u"tag"_qs
                                  << u"too_long"_qs;
    QTest::newRow("set-group without group")
        << QJsonObject {{u"action"_qs, u"set-group"_qs}, {u"ids"_qs, one}} << u"group"_qs << u"required"_qs;
    QTest::newRow("unknown group") << QJsonObject {{u"action"_qs, u"set-group"_qs},
        {u"group"_qs, u"platinum"_qs}, {u"ids"_qs, one}}
                                   << u"group"_qs << u"unknown_group"_qs;
    QTest::newRow("field of another action")
        << QJsonObject {{u"action"_qs, u"resume"_qs}, {u"tag"_qs, u"x"_qs}, {u"ids"_qs, one}} << u"tag"_qs
        << u"unknown_field"_qs;
}

void tst_ServerBulk::bodyIsValidated()
{
    QFETCH(QJsonObject, body);
    const int auditBefore = auditTotal();
    const HttpResult r = bulk(m_operator, body, newKey());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), u"validation_failed"_qs);
    const QJsonObject error = r.object().value(u"errors"_qs).toArray().first().toObject();
    QTEST(error.value(u"field"_qs).toString(), "field");
    QTEST(error.value(u"code"_qs).toString(), "code");
    QCOMPARE(auditTotal(), auditBefore);
}

void tst_ServerBulk::onlyOperatorsAndAdmins()
{
    const QJsonObject body {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, u"r"_qs}, {u"ids"_qs, QJsonArray {1}}};
    QCOMPARE(bulk(m_reviewer, body, newKey()).status, 403);
    QCOMPARE(bulk(m_admin, body, newKey()).status, 200);
    HttpClient anonymous(m_platform.url());
    QCOMPARE(bulk(anonymous, body, newKey()).status, 401);
}

void tst_ServerBulk::sameKeySameBodyReplays()
{
    const QList<QJsonObject> partners = pick(u"status=active"_qs, 2);
    QCOMPARE(partners.size(), 2);
    const QJsonObject body {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, u"replay"_qs},
        {u"ids"_qs, QJsonArray {partners[0].value(u"id"_qs), partners[1].value(u"id"_qs)}}};
    const QByteArray key = newKey();
    const HttpResult first = bulk(m_operator, body, key);
    QCOMPARE(first.status, 200);
    const int auditAfterFirst = auditTotal();
    const int version = partner(partners[0].value(u"id"_qs).toInteger()).value(u"version"_qs).toInt();

    const HttpResult again = bulk(m_operator, body, key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.object(), first.object());
    QCOMPARE(auditTotal(), auditAfterFirst); // no second effect
    QCOMPARE(partner(partners[0].value(u"id"_qs).toInteger()).value(u"version"_qs).toInt(), version);
}

void tst_ServerBulk::sameKeyOtherBodyIs422()
{
    const QByteArray key = newKey();
    const QJsonObject body {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, u"k"_qs}, {u"ids"_qs, QJsonArray {5}}};
    QCOMPARE(bulk(m_operator, body, key).status, 200);
    QJsonObject other = body;
    other.insert(u"tag"_qs, u"k2"_qs);
    const int auditBefore = auditTotal();
    const HttpResult r = bulk(m_operator, other, key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), u"idempotency_key_reused"_qs);
    QCOMPARE(auditTotal(), auditBefore);
    QVERIFY(!partner(5).value(u"tags"_qs).toArray().contains(u"k2"_qs));
}

void tst_ServerBulk::keysBelongToTheirActor()
{
    const QByteArray key = newKey();
    const QJsonObject body {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, u"mine"_qs}, {u"ids"_qs, QJsonArray {6}}};
    QCOMPARE(bulk(m_operator, body, key).status, 200);
    const HttpResult r = bulk(m_admin, body, key); // another account's key space: runs, no replay
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("idempotent-replayed").isEmpty());
}

void tst_ServerBulk::hundredConcurrentRequestsActOnce()
{
    // Every demo partner: a request long enough that duplicates arrive while it still runs.
    const QJsonArray all
        = m_operator.get(u"/api/v1/partners?limit=500&sort=id"_qs).object().value(u"items"_qs).toArray();
    QVERIFY(all.size() >= 240);
    QJsonArray ids;
    for (const QJsonValue &p : all)
        ids.append(p.toObject().value(u"id"_qs));
    const QByteArray body = QJsonDocument(
        QJsonObject {{u"action"_qs, u"tag"_qs}, {u"tag"_qs, u"once"_qs},
            {u"ids"_qs, ids}}).toJson(QJsonDocument::Compact);
    const QByteArray key = newKey();
    const int auditBefore = auditTotal();

    // Four clients with six connections each: many requests really are in flight together.
    std::vector<std::unique_ptr<HttpClient>> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<HttpClient>(m_platform.url()));
        clients.back()->setToken(m_operator.token());
    }
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 100; ++i)
        replies.append(clients[size_t(i % 4)]->start(
            "POST", kBulk, body, {{"Content-Type", "application/json"}, {"Idempotency-Key", key}}));
    int original = 0, replayed = 0, inProgress = 0;
    QByteArray answer;
    for (QNetworkReply *reply : replies) {
        const HttpResult r = clients[0]->finish(reply);
        if (r.status == 200) {
            (r.header("idempotent-replayed") == "true" ? replayed : original) += 1;
            if (answer.isEmpty())
                answer = QJsonDocument(r.object()).toJson();
            QCOMPARE(QJsonDocument(r.object()).toJson(), answer); // every 200 is the same answer
        } else {
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), u"idempotency_in_progress"_qs);
            QCOMPARE(r.header("retry-after"), QByteArray("1"));
            ++inProgress;
        }
    }
    qInfo() << "answers: original" << original << "replayed" << replayed << "in progress" << inProgress;
    QCOMPARE(original, 1);
    QCOMPARE(original + replayed + inProgress, 100);
    QCOMPARE(QJsonDocument::fromJson(answer).object().value(u"okCount"_qs).toInt(), int(all.size()));
    // Exactly one effect: one version step and one audit line per partner.
    QCOMPARE(auditTotal() - auditBefore, int(all.size()));
    const QJsonArray after
        = m_operator.get(u"/api/v1/partners?limit=500&sort=id"_qs).object().value(u"items"_qs).toArray();
    QCOMPARE(after.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject now = after.at(i).toObject();
        QCOMPARE(now.value(u"version"_qs).toInt(), all.at(i).toObject().value(u"version"_qs).toInt() + 1);
        QCOMPARE(now.value(u"tags"_qs).toArray().toVariantList().count(u"once"_qs), 1);
    }
    // Afterwards the key replays.
    const HttpResult late = clients[0]->requestRaw(
        "POST", kBulk, body, {{"Content-Type", "application/json"}, {"Idempotency-Key", key}});
    QCOMPARE(late.status, 200);
    QCOMPARE(late.header("idempotent-replayed"), QByteArray("true"));
}

void tst_ServerBulk::getOnBulkIs405()
{
    // The colon in "partners:bulk" is part of one path segment: not a partner id, not a port.
    const HttpResult r = m_operator.get(kBulk);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), QByteArray("POST"));
    QCOMPARE(m_operator.get(u"/api/v1/partners:bulkx"_qs).status, 404);
}

QTEST_GUILESS_MAIN(tst_ServerBulk)
#include "tst_server_bulk.moc"
