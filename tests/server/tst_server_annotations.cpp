// Annotations over real HTTP (issue 7): who may write and delete, what a note may be, the range and
// scope filters, and that every change has its audit line.
#include "CreateOnce.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
constexpr qint64 Hour = 3600 * 1000;
const qint64 kT0 = 1'795'000'000'000; // 2026-11-18, far from any other test's annotations
} // namespace

class tst_ServerAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createListAndAudit();
    void createHonoursIdempotencyKey();
    void notesAreCheckedAndReviewersMayNotWrite_data();
    void notesAreCheckedAndReviewersMayNotWrite();
    void rangeAndScopeFilters();
    void deleteByAuthorOrAdminOnly();
    void badQueriesAre400();

private:
    QJsonObject create(HttpClient &client, qint64 at, const QString &note, const QString &scope = {});
    QList<qint64> idsIn(const QString &query);

    PlatformProcess m_platform;
    HttpClient m_operator, m_manager, m_admin, m_reviewer;
};

void tst_ServerAnnotations::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    const std::pair<HttpClient *, QString> logins[] = {{&m_operator, u"operator"_qs},
        {&m_manager, u"manager"_qs}, {&m_admin, u"admin"_qs}, {&m_reviewer, u"reviewer"_qs}};
    for (const auto &[client, name] : logins) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(name, kDemoPassword).status, 201);
    }
}

QJsonObject tst_ServerAnnotations::create(
    HttpClient &client, qint64 at, const QString &note, const QString &scope)
{
    QJsonObject body {{u"at"_qs, at}, {u"note"_qs, note}};
    if (!scope.isNull())
        body.insert(u"scope"_qs, scope);
    const HttpResult r = client.request("POST", u"/api/v1/annotations"_qs, body);
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.status == 201 ? r.object() : QJsonObject();
}

QList<qint64> tst_ServerAnnotations::idsIn(const QString &query)
{
    const HttpResult r = m_reviewer.get(u"/api/v1/annotations?"_qs + query);
    QList<qint64> ids;
    for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
        ids.append(v.toObject().value(u"id"_qs).toInteger());
    return ids;
}

// A note retried after a lost answer (same Idempotency-Key and body) is written once.
void tst_ServerAnnotations::createHonoursIdempotencyKey()
{
    const qint64 at = kT0 + 40 * Hour;
    const QJsonObject body {{u"at"_qs, at}, {u"note"_qs, u"幂等 备注"_qs}};
    QJsonObject other = body;
    other.insert(u"note"_qs, u"另一条"_qs);
    qint64 id = 0;
    const QString broken = checkCreateOnce(m_operator, u"/api/v1/annotations"_qs, body, other, &id);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    QCOMPARE(idsIn(u"from=%1&to=%2"_qs.arg(at).arg(at + 1)), QList<qint64> {id});
}

void tst_ServerAnnotations::createListAndAudit()
{
    const QJsonObject a = create(m_manager, kT0, u"  双11 预热开始 — cache warmed  "_qs);
    QVERIFY(a.value(u"id"_qs).toInteger() > 0);
    QCOMPARE(a.value(u"note"_qs).toString(), u"双11 预热开始 — cache warmed"_qs); // trimmed
    QCOMPARE(a.value(u"at"_qs).toString(), u"2026-11-18T11:06:40.000Z"_qs);
    QCOMPARE(a.value(u"createdBy"_qs).toString(), u"manager"_qs);
    QCOMPARE(a.value(u"scope"_qs).toString(), QString());

    // Every staff role reads them (the reviewer here); ISO times work as well as milliseconds.
    const HttpResult list
        = m_reviewer.get(u"/api/v1/annotations?from=2026-11-18T11:00:00Z&to=%1"_qs.arg(kT0 + Hour));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.object().value(u"items"_qs).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject(), a);
    QCOMPARE(list.object().value(u"truncated"_qs).toBool(), false);

    const HttpResult audit = m_admin.get(
        u"/api/v1/audit?entityType=annotation&entityId=%1"_qs.arg(a.value(u"id"_qs).toInteger()));
    const QJsonArray events = audit.object().value(u"items"_qs).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"action"_qs).toString(), u"annotation.create"_qs);
    QCOMPARE(events.first().toObject().value(u"actor"_qs).toString(), u"manager"_qs);
    QCOMPARE(events.first().toObject().value(u"after"_qs).toObject(), a);
}

void tst_ServerAnnotations::notesAreCheckedAndReviewersMayNotWrite_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QString fine = u"deploy 2.4"_qs;
    QTest::newRow("reviewer") << u"reviewer"_qs << QJsonObject {{u"at"_qs, kT0}, {u"note"_qs, fine}} << 403
                              << QString();
    QTest::newRow("empty note") << u"operator"_qs << QJsonObject {{u"at"_qs, kT0}, {u"note"_qs, u"   "_qs}}
                                << 422 << u"note"_qs;
    QTest::newRow("501 characters") << u"operator"_qs
                                    << QJsonObject {{u"at"_qs, kT0}, {u"note"_qs, QString(501, u'注')}} << 422
                                    << u"note"_qs;
    QTest::newRow("note not text") << u"operator"_qs << QJsonObject {{u"at"_qs, kT0}, {u"note"_qs, 5}} << 422
                                   << u"note"_qs;
    QTest::newRow("no time") << u"operator"_qs << QJsonObject {{u"note"_qs, fine}} << 422 << u"at"_qs;
    QTest::newRow("time without zone")
        << u"operator"_qs << QJsonObject {{u"at"_qs, u"2026-11-18T07:00:00"_qs}, {u"note"_qs, fine}} << 422
        << u"at"_qs;
    // Beyond any integer: refused, not cast (UBSan: a double out of qint64's range is undefined).
    QTest::newRow("time 1e300") << u"operator"_qs << QJsonObject {{u"at"_qs, 1e300}, {u"note"_qs, fine}}
                                << 422 << u"at"_qs;
    QTest::newRow("bad scope") << u"operator"_qs
                               << QJsonObject {{u"at"_qs, kT0}, {u"note"_qs, fine},
                                      {u"scope"_qs, u"Order!"_qs}}
                               << 422 << u"scope"_qs;
}

void tst_ServerAnnotations::notesAreCheckedAndReviewersMayNotWrite()
{
    QFETCH(QString, who);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    HttpClient &client = who == u"reviewer"_qs ? m_reviewer : m_operator;
    const HttpResult r = client.request("POST", u"/api/v1/annotations"_qs, body);
    QCOMPARE(r.status, status);
    if (!field.isEmpty())
        QCOMPARE(
            r.object().value(u"errors"_qs).toArray().first().toObject().value(u"field"_qs).toString(), field);
    // 500 characters are fine.
    if (field == u"note"_qs && body.value(u"note"_qs).toString().size() == 501)
        QVERIFY(!create(m_operator, kT0 + 3 * Hour, QString(500, u'注')).isEmpty());
}

void tst_ServerAnnotations::rangeAndScopeFilters()
{
    const qint64 t = kT0 + 10 * Hour;
    const qint64 all = create(m_operator, t, u"everywhere"_qs).value(u"id"_qs).toInteger();
    const qint64 order
        = create(m_operator, t + 1, u"order service"_qs, u"order"_qs).value(u"id"_qs).toInteger();
    const qint64 partner
        = create(m_operator, t + 2, u"partner 12"_qs, u"partner:12"_qs).value(u"id"_qs).toInteger();
    const qint64 later = create(m_operator, t + Hour, u"later"_qs).value(u"id"_qs).toInteger();
    const QString range = u"from=%1&to=%2"_qs.arg(t).arg(t + Hour); // `to` is exclusive
    QCOMPARE(idsIn(range), (QList<qint64> {all, order, partner}));
    QCOMPARE(idsIn(range + u"&scope=order"_qs), (QList<qint64> {all, order}));
    QCOMPARE(idsIn(range + u"&scope=partner:12"_qs), (QList<qint64> {all, partner}));
    QCOMPARE(idsIn(u"from=%1&to=%2"_qs.arg(t + Hour).arg(t + 2 * Hour)), (QList<qint64> {later}));
}

void tst_ServerAnnotations::deleteByAuthorOrAdminOnly()
{
    const qint64 t = kT0 + 20 * Hour;
    const qint64 mine = create(m_operator, t, u"operator's"_qs).value(u"id"_qs).toInteger();
    const qint64 other = create(m_operator, t + 1, u"also operator's"_qs).value(u"id"_qs).toInteger();
    const QString path = u"/api/v1/annotations/%1"_qs;

    const HttpResult refused = m_manager.request("DELETE", path.arg(mine));
    QCOMPARE(refused.status, 403);
    QVERIFY2(
        refused.object().value(u"detail"_qs).toString().contains(u"operator"_qs), refused.body.constData());
    QCOMPARE(m_reviewer.request("DELETE", path.arg(mine)).status, 403);
    QCOMPARE(m_operator.request("DELETE", path.arg(mine)).status, 204);
    QCOMPARE(m_admin.request("DELETE", path.arg(other)).status, 204);
    QCOMPARE(m_operator.request("DELETE", path.arg(mine)).status, 404);
    QCOMPARE(m_operator.request("DELETE", path.arg(u"x"_qs)).status, 404);
    QVERIFY(idsIn(u"from=%1&to=%2"_qs.arg(t).arg(t + Hour)).isEmpty());

    const QJsonArray events = m_admin.get(u"/api/v1/audit?entityType=annotation&entityId=%1"_qs.arg(other))
                                  .object()
                                  .value(u"items"_qs)
                                  .toArray();
    QCOMPARE(events.size(), 2); // newest first
    const QJsonObject removed = events.first().toObject();
    QCOMPARE(removed.value(u"action"_qs).toString(), u"annotation.delete"_qs);
    QCOMPARE(removed.value(u"actor"_qs).toString(), u"admin"_qs);
    QCOMPARE(removed.value(u"before"_qs).toObject().value(u"note"_qs).toString(), u"also operator's"_qs);
    QVERIFY(removed.value(u"after"_qs).isNull());
}

void tst_ServerAnnotations::badQueriesAre400()
{
    for (const QString &query : {u"from=yesterday"_qs, u"from=%1&to=%1"_qs.arg(kT0), u"scope=A%20B"_qs}) {
        const HttpResult r = m_operator.get(u"/api/v1/annotations?"_qs + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"invalid_query"_qs);
    }
}

QTEST_GUILESS_MAIN(tst_ServerAnnotations)
#include "tst_server_annotations.moc"
