// The audit log over real HTTP: GET /api/v1/audit filtered by entity, actor, action (exact or
// prefix) and time window; malformed filters are 400 naming the field; a cursor only pages the
// selection it came from; only managers and admins may read it.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Kepler::Test;

class tst_ServerAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void timeWindow();
    void malformed_data();
    void malformed();
    void cursorBoundToSelection();
    void writesWhilePagingNeitherRepeatNorSkip();
    void roles();

private:
    QJsonArray items(const QString &query);

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_manager;
    qint64 m_partnerId = 0;
};

void tst_ServerAudit::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    for (auto [client, name] : {std::pair {&m_operator, "operator"}, std::pair {&m_manager, "manager"}}) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(QString::fromLatin1(name), u"kepler-demo"_qs).status, 201);
    }
    // One partner with a known history: create (operator), submit (operator).
    const HttpResult created = m_operator.request("POST", u"/api/v1/partners"_qs,
        QJsonObject {{u"name"_qs, u"审计测试渠道"_qs}, {u"mode"_qs, u"guide"_qs},
            {u"scenario"_qs, u"gaming"_qs}, {u"commissionBps"_qs, 300}});
    QCOMPARE(created.status, 201);
    m_partnerId = created.object().value(u"id"_qs).toInteger();
    const HttpResult submitted = m_operator.request("POST", u"/api/v1/partners/%1/submit"_qs.arg(m_partnerId),
        QJsonObject {}, {{"If-Match", created.header("etag")}});
    QCOMPARE(submitted.status, 200);
}

QJsonArray tst_ServerAudit::items(const QString &query)
{
    const HttpResult r = m_manager.get(u"/api/v1/audit?limit=500&"_qs + query);
    if (r.status != 200)
        qWarning() << query << r.status << r.body;
    return r.object().value(u"items"_qs).toArray();
}

void tst_ServerAudit::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field"); // every returned item has this field ...
    QTest::addColumn<QString>("value"); // ... starting with this value
    QTest::addColumn<int>("atLeast");
    QTest::newRow("actor") << u"actor=operator"_qs << u"actor"_qs << u"operator"_qs << 2;
    QTest::newRow("action exact") << u"action=partner.submit"_qs << u"action"_qs << u"partner.submit"_qs << 1;
    QTest::newRow("action prefix") << u"action=partner."_qs << u"action"_qs << u"partner."_qs << 200;
    QTest::newRow("user actions") << u"action=user."_qs << u"action"_qs << u"user."_qs << 6;
    QTest::newRow("entity type") << u"entityType=session"_qs << u"entityType"_qs << u"session"_qs << 2;
    QTest::newRow("actor and action")
        << u"actor=operator&action=partner.create"_qs << u"action"_qs << u"partner.create"_qs << 1;
}

void tst_ServerAudit::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, atLeast);
    const QJsonArray found = items(query);
    QVERIFY2(found.size() >= atLeast, qPrintable(u"%1 items"_qs.arg(found.size())));
    for (const QJsonValue &v : found)
        QVERIFY2(v.toObject().value(field).toString().startsWith(value),
            qPrintable(v.toObject().value(field).toString()));
}

void tst_ServerAudit::timeWindow()
{
    // The short form entity=partner:ID names one entity: exactly its create and submit.
    const QJsonArray mine = items(u"entity=partner:%1"_qs.arg(m_partnerId));
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).toObject().value(u"action"_qs).toString(), u"partner.submit"_qs);
    const QString at = mine.at(0).toObject().value(u"at"_qs).toString();
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(at));
    // from is inclusive and to exclusive: [at, at] is empty, [at, at + 1 ms) holds the submit.
    const QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    const QString next
        = QString::fromLatin1(QUrl::toPercentEncoding(t.addMSecs(1).toString(Qt::ISODateWithMs)));
    const QJsonArray window
        = items(u"entity=partner:%1&from=%2&to=%3"_qs.arg(m_partnerId).arg(encoded, next));
    QCOMPARE(window.size() >= 1, true);
    for (const QJsonValue &v : window)
        QCOMPARE(v.toObject().value(u"at"_qs).toString(), at);
    // The seed is dated 2026-01-04: nothing of it lies before 2026-01-01.
    QCOMPARE(items(u"to=2026-01-01T00:00:00Z"_qs).size(), 0);
    QVERIFY(items(u"from=2026-01-01T00:00:00Z&action=partner.create"_qs).size() >= 240);
}

void tst_ServerAudit::malformed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("from not a time") << u"from=yesterday"_qs << u"from"_qs;
    QTest::newRow("to before from") << u"from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"_qs << u"to"_qs;
    QTest::newRow("limit 0") << u"limit=0"_qs << u"limit"_qs;
    QTest::newRow("actor too long") << u"actor="_qs + QString(101, u'a') << u"actor"_qs;
}

void tst_ServerAudit::malformed()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpResult r = m_manager.get(u"/api/v1/audit?"_qs + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"invalid_query"_qs);
    QCOMPARE(r.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"field"_qs).toString(), field);
}

void tst_ServerAudit::cursorBoundToSelection()
{
    const HttpResult first = m_manager.get(u"/api/v1/audit?limit=5&action=partner."_qs);
    QCOMPARE(first.status, 200);
    const QString cursor = first.object().value(u"nextCursor"_qs).toString();
    QVERIFY(!cursor.isEmpty());
    const HttpResult second = m_manager.get(u"/api/v1/audit?limit=5&action=partner.&cursor="_qs + cursor);
    QCOMPARE(second.status, 200);
    QVERIFY(second.object().value(u"items"_qs).toArray().at(0).toObject().value(u"id"_qs).toInteger()
        < first.object().value(u"items"_qs).toArray().at(4).toObject().value(u"id"_qs).toInteger());
    const HttpResult other = m_manager.get(u"/api/v1/audit?limit=5&action=user.&cursor="_qs + cursor);
    QCOMPARE(other.status, 400);
    QCOMPARE(other.code(), u"invalid_cursor"_qs);
}

void tst_ServerAudit::writesWhilePagingNeitherRepeatNorSkip()
{
    // Keyset paging: a partner created between two pages must not push a line of page 1 onto
    // page 2 (as an offset would).
    const HttpResult first = m_manager.get(u"/api/v1/audit?limit=5&action=partner."_qs);
    const QJsonArray page1 = first.object().value(u"items"_qs).toArray();
    QCOMPARE(page1.size(), 5);
    const HttpResult created = m_operator.request("POST", u"/api/v1/partners"_qs,
        QJsonObject {{u"name"_qs, u"翻页中新建"_qs}, {u"mode"_qs, u"guide"_qs},
            {u"scenario"_qs, u"gaming"_qs}, {u"commissionBps"_qs, 300}});
    QCOMPARE(created.status, 201);
    const HttpResult second = m_manager.get(u"/api/v1/audit?limit=5&action=partner.&cursor="_qs
        + first.object().value(u"nextCursor"_qs).toString());
    QCOMPARE(second.status, 200);
    const QJsonArray page2 = second.object().value(u"items"_qs).toArray();
    QCOMPARE(page2.size(), 5);
    const qint64 lastOfPage1 = page1.at(4).toObject().value(u"id"_qs).toInteger();
    QVERIFY(page2.at(0).toObject().value(u"id"_qs).toInteger() < lastOfPage1);
    // Exactly the next five: page 1 and 2 together are the newest ten as they were before.
    const QJsonArray ten = m_manager.get(u"/api/v1/audit?limit=11&action=partner."_qs)
                               .object()
                               .value(u"items"_qs)
                               .toArray(); // now also holds the new partner's line first
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(ten.at(1 + i).toObject().value(u"id"_qs), page1.at(i).toObject().value(u"id"_qs));
        QCOMPARE(ten.at(6 + i).toObject().value(u"id"_qs), page2.at(i).toObject().value(u"id"_qs));
    }
}

void tst_ServerAudit::roles()
{
    QCOMPARE(m_operator.get(u"/api/v1/audit"_qs).status, 403);
    QCOMPARE(m_manager.get(u"/api/v1/audit"_qs).status, 200);
}

QTEST_GUILESS_MAIN(tst_ServerAudit)
#include "tst_server_audit.moc"
