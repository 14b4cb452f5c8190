// Partner timeline over real HTTP: GET /api/v1/partners/{id}/timeline lists the partner's audit
// events newest first with actor, reason, changed fields and the status before and after.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
}

class tst_ServerTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timelineFollowsTheLifecycle();
    void seededHistoryExplainsEveryStatus_data();
    void seededHistoryExplainsEveryStatus();
    void pagingWalksEveryItemOnce();
    void badQueries();
    void unknownPartnerIs404();
    void withoutTokenIs401();
    void otherMethodsAre405();

private:
    HttpResult act(HttpClient &by, const QString &action, const QJsonObject &body = {});
    QJsonArray items(const QString &query = {});

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_reviewer;
    HttpClient m_viewer;
    qint64 m_id = 0;
};

void tst_ServerTimeline::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    const std::pair<HttpClient *, QString> logins[]
        = {{&m_operator, u"operator"_qs}, {&m_reviewer, u"reviewer"_qs}, {&m_viewer, u"manager"_qs}};
    for (const auto &[client, name] : logins) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(name, kDemoPassword).status, 201);
    }
}

HttpResult tst_ServerTimeline::act(HttpClient &by, const QString &action, const QJsonObject &body)
{
    const HttpResult current = by.get(u"/api/v1/partners/%1"_qs.arg(m_id));
    return by.request("POST", u"/api/v1/partners/%1/%2"_qs.arg(m_id).arg(action), body,
        {{"If-Match", current.header("etag")}});
}

QJsonArray tst_ServerTimeline::items(const QString &query)
{
    const HttpResult r = m_viewer.get(u"/api/v1/partners/%1/timeline%2"_qs.arg(m_id).arg(query));
    if (r.status != 200)
        qWarning() << "timeline failed" << r.status << r.body;
    return r.object().value(u"items"_qs).toArray();
}

void tst_ServerTimeline::timelineFollowsTheLifecycle()
{
    const QJsonObject body {{u"name"_qs, u"时间线"_qs}, {u"nameEn"_qs, u"Timeline"_qs},
        {u"mode"_qs, u"guide"_qs}, {u"scenario"_qs, u"gaming"_qs}};
    HttpResult r = m_operator.request("POST", u"/api/v1/partners"_qs, body);
    QCOMPARE(r.status, 201);
    m_id = r.object().value(u"id"_qs).toInteger();

    r = m_viewer.get(u"/api/v1/partners/%1/timeline"_qs.arg(m_id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"total"_qs).toInt(), 1);
    QVERIFY(r.object().value(u"nextCursor"_qs).isNull());
    const QJsonObject created = r.object().value(u"items"_qs).toArray().at(0).toObject();
    QCOMPARE(created.value(u"action"_qs).toString(), u"partner.create"_qs);
    QCOMPARE(created.value(u"actor"_qs).toString(), u"operator"_qs);
    QVERIFY(created.value(u"id"_qs).toInteger() > 0);
    QVERIFY(created.value(u"at"_qs).toString().endsWith(u'Z'));
    QVERIFY(created.value(u"details"_qs).isNull());
    QCOMPARE(created.value(u"changes"_qs).toArray(), QJsonArray());
    QVERIFY(created.value(u"fromStatus"_qs).isNull());
    QCOMPARE(created.value(u"toStatus"_qs).toString(), u"applied"_qs);
    QVERIFY(!created.value(u"requestId"_qs).toString().isEmpty());

    const HttpResult current = m_operator.get(u"/api/v1/partners/%1"_qs.arg(m_id));
    r = m_operator.request("PATCH", u"/api/v1/partners/%1"_qs.arg(m_id), QJsonObject {{u"rateLimit"_qs, 321}},
        {{"If-Match", current.header("etag")}});
    QCOMPARE(r.status, 200);
    QJsonObject newest = items().at(0).toObject();
    QCOMPARE(newest.value(u"action"_qs).toString(), u"partner.update"_qs);
    QCOMPARE(newest.value(u"changes"_qs).toArray(), QJsonArray({u"rateLimit"_qs}));
    QCOMPARE(newest.value(u"fromStatus"_qs).toString(), u"applied"_qs);
    QCOMPARE(newest.value(u"toStatus"_qs).toString(), u"applied"_qs);
    QVERIFY(newest.value(u"details"_qs).isNull());

    QCOMPARE(act(m_operator, u"submit"_qs).status, 200);
    QCOMPARE(act(m_reviewer, u"approve"_qs).status, 200);
    QCOMPARE(act(m_operator, u"suspend"_qs,
                 {{u"reasonCode"_qs, u"fake_traffic"_qs}, {u"note"_qs, u"点击量异常 3x"_qs}})
                 .status,
        200);

    const QJsonArray all = items();
    QCOMPARE(all.size(), 5);
    newest = all.at(0).toObject();
    QCOMPARE(newest.value(u"action"_qs).toString(), u"partner.suspend"_qs);
    QCOMPARE(newest.value(u"actor"_qs).toString(), u"operator"_qs);
    QCOMPARE(newest.value(u"details"_qs).toObject().value(u"reasonCode"_qs).toString(), u"fake_traffic"_qs);
    QCOMPARE(newest.value(u"details"_qs).toObject().value(u"note"_qs).toString(), u"点击量异常 3x"_qs);
    QCOMPARE(newest.value(u"fromStatus"_qs).toString(), u"active"_qs);
    QCOMPARE(newest.value(u"toStatus"_qs).toString(), u"suspended"_qs);
    QCOMPARE(newest.value(u"changes"_qs).toArray(), QJsonArray({u"status"_qs}));
    const QStringList expected {u"partner.suspend"_qs, u"partner.approve"_qs, u"partner.submit"_qs,
        u"partner.update"_qs, u"partner.create"_qs};
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).toObject().value(u"action"_qs).toString(), expected.at(i));
    QCOMPARE(all.at(1).toObject().value(u"actor"_qs).toString(), u"reviewer"_qs);
}

void tst_ServerTimeline::seededHistoryExplainsEveryStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("path"); // oldest first
    QTest::newRow("applied") << u"applied"_qs << QStringList {u"create"_qs};
    QTest::newRow("in_review") << u"in_review"_qs << QStringList {u"create"_qs, u"submit"_qs};
    QTest::newRow("suspended") << u"suspended"_qs
                               << QStringList {u"create"_qs, u"submit"_qs, u"approve"_qs, u"suspend"_qs};
    QTest::newRow("terminated") << u"terminated"_qs
                                << QStringList {u"create"_qs, u"submit"_qs, u"approve"_qs, u"terminate"_qs};
    QTest::newRow("rejected") << u"rejected"_qs << QStringList {u"create"_qs, u"submit"_qs, u"reject"_qs};
}

void tst_ServerTimeline::seededHistoryExplainsEveryStatus()
{
    // The demo seed writes each partner's path to its status: the History tab of a demo partner
    // reads like a real one, and the partner's version and last change are its last step's.
    QFETCH(QString, status);
    QFETCH(QStringList, path);
    const QJsonObject partner = m_viewer.get(u"/api/v1/partners?limit=1&sort=id&status="_qs + status)
                                    .object()
                                    .value(u"items"_qs)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    const qint64 id = partner.value(u"id"_qs).toInteger();
    QVERIFY(id > 0);
    const QJsonArray items
        = m_viewer.get(u"/api/v1/partners/%1/timeline"_qs.arg(id)).object().value(u"items"_qs).toArray();
    QStringList actions;
    for (qsizetype i = items.size() - 1; i >= 0; --i)
        actions << items.at(i).toObject().value(u"action"_qs).toString().section(u'.', 1);
    QCOMPARE(actions, path);
    QCOMPARE(partner.value(u"version"_qs).toInt(), int(path.size()));
    const QJsonObject newest = items.at(0).toObject();
    QCOMPARE(newest.value(u"at"_qs).toString(), partner.value(u"updatedAt"_qs).toString());
    QCOMPARE(newest.value(u"actor"_qs).toString(), partner.value(u"updatedBy"_qs).toString());
    if (path.size() > 1) {
        QCOMPARE(newest.value(u"toStatus"_qs).toString(), status);
        if (status != u"in_review")
            QVERIFY(!newest.value(u"details"_qs).toObject().value(u"reasonCode"_qs).toString().isEmpty());
    }
}

void tst_ServerTimeline::pagingWalksEveryItemOnce()
{
    QVERIFY(m_id > 0);
    const QJsonArray all = items();
    QSet<qint64> seen;
    QList<qint64> order;
    QString cursor;
    int pages = 0;
    do {
        QString query = u"?limit=2"_qs;
        if (!cursor.isEmpty())
            query += u"&cursor="_qs + cursor;
        const HttpResult r = m_viewer.get(u"/api/v1/partners/%1/timeline%2"_qs.arg(m_id).arg(query));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"total"_qs).toInt(), all.size());
        const QJsonArray page = r.object().value(u"items"_qs).toArray();
        QVERIFY(page.size() <= 2);
        for (const QJsonValue &item : page) {
            const qint64 id = item.toObject().value(u"id"_qs).toInteger();
            QVERIFY2(!seen.contains(id), "an item came twice");
            seen.insert(id);
            order.append(id);
        }
        const QJsonValue next = r.object().value(u"nextCursor"_qs);
        cursor = next.isNull() ? QString() : next.toString();
        QVERIFY(++pages <= all.size());
    } while (!cursor.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(order.size(), all.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(order.at(i), all.at(i).toObject().value(u"id"_qs).toInteger());
}

void tst_ServerTimeline::badQueries()
{
    QVERIFY(m_id > 0);
    for (const QString &limit : {u"0"_qs, u"201"_qs, u"x"_qs}) {
        const HttpResult r = m_viewer.get(u"/api/v1/partners/%1/timeline?limit=%2"_qs.arg(m_id).arg(limit));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"invalid_query"_qs);
    }
    QCOMPARE(m_viewer.get(u"/api/v1/partners/%1/timeline?limit=200"_qs.arg(m_id)).status, 200);
    HttpResult r = m_viewer.get(u"/api/v1/partners/%1/timeline?cursor=garbage"_qs.arg(m_id));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"invalid_cursor"_qs);
    // A cursor from another partner's timeline is refused.
    const QString cursor = m_viewer.get(u"/api/v1/partners/%1/timeline?limit=1"_qs.arg(m_id))
                               .object()
                               .value(u"nextCursor"_qs)
                               .toString();
    QVERIFY(!cursor.isEmpty());
    r = m_viewer.get(u"/api/v1/partners/1/timeline?cursor=%1"_qs.arg(cursor));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"invalid_cursor"_qs);
}

void tst_ServerTimeline::unknownPartnerIs404()
{
    HttpResult r = m_viewer.get(u"/api/v1/partners/999999/timeline"_qs);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), u"not_found"_qs);
    r = m_viewer.get(u"/api/v1/partners/abc/timeline"_qs);
    QCOMPARE(r.status, 404);
}

void tst_ServerTimeline::withoutTokenIs401()
{
    HttpClient anonymous(m_platform.url());
    QCOMPARE(anonymous.get(u"/api/v1/partners/%1/timeline"_qs.arg(m_id)).status, 401);
}

void tst_ServerTimeline::otherMethodsAre405()
{
    const HttpResult r
        = m_operator.request("POST", u"/api/v1/partners/%1/timeline"_qs.arg(m_id), QJsonObject {});
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("allow").contains("GET"));
    QCOMPARE(m_operator.request("DELETE", u"/api/v1/partners/%1/timeline"_qs.arg(m_id)).status, 405);
}

QTEST_GUILESS_MAIN(tst_ServerTimeline)
#include "tst_server_timeline.moc"
