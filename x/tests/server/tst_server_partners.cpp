// Partners over real HTTP: the demo seed, paging, filters, sort, read, create, PATCH, audit.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include "domain/Scenario.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
}

class tst_ServerPartners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoSeedCoversEverything();
    void pagingVisitsEveryPartnerOnce();
    void filters_data();
    void filters();
    void sort_data();
    void sort();
    void badQueryIs400_data();
    void badQueryIs400();
    void cursorOfAnotherQueryIsRefused();
    void getHasEtag();
    void unknownPartnerIs404();
    void createByRole_data();
    void createByRole();
    void createIsValidated();
    void createHonoursIdempotencyKey();
    void patchPreconditions();
    void patchUpdatesAndAudits();
    void patchIsValidated_data();
    void patchIsValidated();
    void readersCannotPatch();

private:
    // Follows nextCursor from the first page; fails the test on anything but 200.
    QList<QJsonObject> fetchAll(const QString &query, int limit, int *pages = nullptr);
    static bool matchesText(const QJsonObject &p, const QString &text);

    PlatformProcess m_platform;
    HttpClient m_operator;
    QList<QJsonObject> m_all; // the seed as first read, sorted by id
};

void tst_ServerPartners::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, kDemoPassword).status, 201);
    m_all = fetchAll(u"sort=id"_qs, 500);
    QCOMPARE(m_all.size(), 240);
}

QList<QJsonObject> tst_ServerPartners::fetchAll(const QString &query, int limit, int *pages)
{
    QList<QJsonObject> items;
    QString cursor;
    int count = 0;
    do {
        QString path = u"/api/v1/partners?limit=%1&%2"_qs.arg(limit).arg(query);
        if (!cursor.isEmpty())
            path += u"&cursor="_qs + cursor;
        const HttpResult r = m_operator.get(path);
        if (r.status != 200) {
            qWarning() << "page failed" << r.status << r.body;
            return {};
        }
        for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
            items.append(v.toObject());
        cursor = r.object().value(u"nextCursor"_qs).toString();
        if (++count > 1000)
            return {};
    } while (!cursor.isEmpty());
    if (pages)
        *pages = count;
    return items;
}

bool tst_ServerPartners::matchesText(const QJsonObject &p, const QString &text)
{
    const QJsonObject contact = p.value(u"contact"_qs).toObject();
    QStringList haystack {p.value(u"name"_qs).toString(), p.value(u"nameEn"_qs).toString(),
        contact.value(u"name"_qs).toString(), contact.value(u"email"_qs).toString()};
    for (const QJsonValue &tag : p.value(u"tags"_qs).toArray())
        haystack.append(tag.toString());
    for (const QString &s : haystack)
        if (s.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

void tst_ServerPartners::demoSeedCoversEverything()
{
    QSet<QString> statuses, modes, scenarios, names;
    for (const QJsonObject &p : m_all) {
        statuses.insert(p.value(u"status"_qs).toString());
        modes.insert(p.value(u"mode"_qs).toString());
        scenarios.insert(p.value(u"scenario"_qs).toString());
        names.insert(p.value(u"name"_qs).toString());
        QVERIFY(!p.value(u"nameEn"_qs).toString().isEmpty());
        QVERIFY(p.value(u"contact"_qs).toObject().value(u"email"_qs).toString().contains(u'@'));
        const int bps = p.value(u"commissionBps"_qs).toInt();
        QVERIFY2(bps >= 200 && bps <= 2000, qPrintable(QString::number(bps)));
        QVERIFY(!p.value(u"tags"_qs).toArray().isEmpty());
    }
    QCOMPARE(statuses,
        (QSet<QString> {u"applied"_qs, u"in_review"_qs, u"active"_qs, u"suspended"_qs, u"terminated"_qs,
            u"rejected"_qs}));
    QCOMPARE(modes, (QSet<QString> {u"guide"_qs, u"settle_in"_qs, u"buyout"_qs}));
    const QStringList all = Kepler::allScenarios();
    QCOMPARE(scenarios, QSet<QString>(all.cbegin(), all.cend()));
    QCOMPARE(names.size(), 240); // names are unique
    // Chinese names really are Chinese.
    QVERIFY(std::any_of(m_all.cbegin(), m_all.cend(),
        [](const QJsonObject &p) { return p.value(u"name"_qs).toString().contains(u"资讯"_qs); }));
}

void tst_ServerPartners::pagingVisitsEveryPartnerOnce()
{
    int pages = 0;
    const QList<QJsonObject> items = fetchAll(u"sort=name"_qs, 50, &pages);
    QCOMPARE(pages, 5);
    QCOMPARE(items.size(), 240);
    QSet<qint64> ids;
    for (const QJsonObject &p : items)
        ids.insert(p.value(u"id"_qs).toInteger());
    QCOMPARE(ids.size(), 240);

    const HttpResult first = m_operator.get(u"/api/v1/partners?limit=7"_qs);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.object().value(u"items"_qs).toArray().size(), 7);
    QCOMPARE(first.object().value(u"total"_qs).toInt(), 240);
    const HttpResult deflt = m_operator.get(u"/api/v1/partners"_qs);
    QCOMPARE(deflt.object().value(u"items"_qs).toArray().size(), 50);
    const HttpResult whole = m_operator.get(u"/api/v1/partners?limit=500"_qs);
    QVERIFY(whole.object().value(u"nextCursor"_qs).isNull());
}

void tst_ServerPartners::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field"); // JSON field the filter looks at, "" for the text search
    QTest::addColumn<QStringList>("values");
    QTest::newRow("mode") << u"mode=guide"_qs << u"mode"_qs << QStringList {u"guide"_qs};
    QTest::newRow("two statuses") << u"status=active,suspended"_qs << u"status"_qs
                                  << QStringList {u"active"_qs, u"suspended"_qs};
    QTest::newRow("scenario") << u"scenario=news_app"_qs << u"scenario"_qs << QStringList {u"news_app"_qs};
    QTest::newRow("q chinese") << u"q=%E8%B5%84%E8%AE%AF"_qs << QString() << QStringList {u"资讯"_qs};
    QTest::newRow("q english any case") << u"q=LITE"_qs << QString() << QStringList {u"lite"_qs};
    QTest::newRow("q tag") << u"q=key-account"_qs << QString() << QStringList {u"key-account"_qs};
    QTest::newRow("q email") << u"q=wang"_qs << QString() << QStringList {u"wang"_qs};
    QTest::newRow("q percent is literal") << u"q=%25"_qs << QString() << QStringList {u"%"_qs};
}

void tst_ServerPartners::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QStringList, values);
    const auto matches = [&](const QJsonObject &p) {
        return field.isEmpty() ? matchesText(p, values.constFirst())
                               : values.contains(p.value(field).toString());
    };
    const qsizetype expected = std::count_if(m_all.cbegin(), m_all.cend(), matches);
    const HttpResult r = m_operator.get(u"/api/v1/partners?limit=500&"_qs + query);
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(u"items"_qs).toArray();
    QCOMPARE(r.object().value(u"total"_qs).toInteger(), expected);
    QCOMPARE(items.size(), expected);
    for (const QJsonValue &v : items)
        QVERIFY2(matches(v.toObject()), qPrintable(v.toObject().value(u"name"_qs).toString()));
    if (query.startsWith(u"scenario"_qs))
        QCOMPARE(expected, 12);
    // Filters combine with AND.
    const HttpResult both = m_operator.get(u"/api/v1/partners?limit=500&status=active&"_qs + query);
    for (const QJsonValue &v : both.object().value(u"items"_qs).toArray())
        QCOMPARE(v.toObject().value(u"status"_qs).toString(), u"active"_qs);
}

void tst_ServerPartners::sort_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    QTest::newRow("name") << u"name"_qs << u"name"_qs << false;
    QTest::newRow("-name") << u"-name"_qs << u"name"_qs << true;
    QTest::newRow("-commissionBps") << u"-commissionBps"_qs << u"commissionBps"_qs << true;
    QTest::newRow("rateLimit") << u"rateLimit"_qs << u"rateLimit"_qs << false;
    QTest::newRow("createdAt") << u"createdAt"_qs << u"createdAt"_qs << false;
    QTest::newRow("-id") << u"-id"_qs << u"id"_qs << true;
    QTest::newRow("status") << u"status"_qs << u"status"_qs << false;
}

void tst_ServerPartners::sort()
{
    QFETCH(QString, sort);
    QFETCH(QString, field);
    QFETCH(bool, descending);
    const QList<QJsonObject> items = fetchAll(u"sort="_qs + sort, 60);
    QCOMPARE(items.size(), 240);
    // The rate limit sorts by its effective value (own, else group's, else platform's).
    const auto valueOf = [&field](const QJsonObject &item) {
        return field == u"rateLimit" ? item.value(u"effectiveQuota"_qs).toObject().value(field)
                                     : item.value(field);
    };
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QJsonValue a = valueOf(items.at(i - 1));
        const QJsonValue b = valueOf(items.at(i));
        int cmp = a.isString() ? a.toString().compare(b.toString())
                               : (a.toDouble() < b.toDouble()        ? -1
                                       : a.toDouble() > b.toDouble() ? 1
                                                                     : 0);
        if (descending)
            cmp = -cmp;
        QVERIFY2(cmp <= 0, qPrintable(u"row %1 out of order"_qs.arg(i)));
        if (cmp == 0) { // ties broken by id, in the same direction
            const qint64 ida = items.at(i - 1).value(u"id"_qs).toInteger();
            const qint64 idb = items.at(i).value(u"id"_qs).toInteger();
            QVERIFY(descending ? ida > idb : ida < idb);
        }
    }
}

void tst_ServerPartners::badQueryIs400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << u"limit=0"_qs << u"invalid_query"_qs << u"limit"_qs;
    QTest::newRow("limit 501") << u"limit=501"_qs << u"invalid_query"_qs << u"limit"_qs;
    QTest::newRow("limit abc") << u"limit=abc"_qs << u"invalid_query"_qs << u"limit"_qs;
    QTest::newRow("sort") << u"sort=price"_qs << u"invalid_query"_qs << u"sort"_qs;
    QTest::newRow("mode") << u"mode=guide,flying"_qs << u"invalid_query"_qs << u"mode"_qs;
    QTest::newRow("status") << u"status=sleeping"_qs << u"invalid_query"_qs << u"status"_qs;
    QTest::newRow("scenario") << u"scenario=moon_base"_qs << u"invalid_query"_qs << u"scenario"_qs;
    QTest::newRow("q too long") << u"q="_qs + QString(101, u'x') << u"invalid_query"_qs << u"q"_qs;
    QTest::newRow("cursor garbage") << u"cursor=%21%21%21"_qs << u"invalid_cursor"_qs << u"cursor"_qs;
    QTest::newRow("cursor forged") << u"cursor=eyJvIjoxMH0"_qs << u"invalid_cursor"_qs << u"cursor"_qs;
}

void tst_ServerPartners::badQueryIs400()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const HttpResult r = m_operator.get(u"/api/v1/partners?"_qs + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), code);
    QCOMPARE(r.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"field"_qs).toString(), field);
}

void tst_ServerPartners::cursorOfAnotherQueryIsRefused()
{
    const HttpResult page = m_operator.get(u"/api/v1/partners?limit=10&status=active"_qs);
    const QString cursor = page.object().value(u"nextCursor"_qs).toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(m_operator.get(u"/api/v1/partners?limit=10&status=active&cursor="_qs + cursor).status, 200);
    // Another page size is fine; other filters are not.
    QCOMPARE(m_operator.get(u"/api/v1/partners?limit=20&status=active&cursor="_qs + cursor).status, 200);
    const HttpResult other = m_operator.get(u"/api/v1/partners?limit=10&status=applied&cursor="_qs + cursor);
    QCOMPARE(other.status, 400);
    QCOMPARE(other.code(), u"invalid_cursor"_qs);
}

void tst_ServerPartners::getHasEtag()
{
    const QJsonObject seeded = m_all.at(17);
    const qint64 id = seeded.value(u"id"_qs).toInteger();
    const HttpResult r = m_operator.get(u"/api/v1/partners/%1"_qs.arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("etag"), '"' + QByteArray::number(seeded.value(u"version"_qs).toInt()) + '"');
    QCOMPARE(r.object().value(u"name"_qs), seeded.value(u"name"_qs));
}

void tst_ServerPartners::unknownPartnerIs404()
{
    for (const QString &id : {u"99999"_qs, u"0"_qs, u"-1"_qs, u"abc"_qs}) {
        const HttpResult r = m_operator.get(u"/api/v1/partners/"_qs + id);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), u"not_found"_qs);
    }
}

void tst_ServerPartners::createByRole_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("status");
    QTest::newRow("operator") << u"operator"_qs << 201;
    QTest::newRow("admin") << u"admin"_qs << 201;
    QTest::newRow("reviewer") << u"reviewer"_qs << 403;
    QTest::newRow("manager") << u"manager"_qs << 403;
}

void tst_ServerPartners::createByRole()
{
    QFETCH(QString, username);
    QFETCH(int, status);
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(username, kDemoPassword).status, 201);
    const QJsonObject body {{u"name"_qs, QString(u"新渠道 "_qs + username)},
        {u"nameEn"_qs, QString(u"New channel "_qs + username)}, {u"mode"_qs, u"buyout"_qs},
        {u"scenario"_qs, u"gaming"_qs}, {u"commissionBps"_qs, 800}, {u"tags"_qs, QJsonArray {u"pilot"_qs}}};
    const HttpResult r = http.request("POST", u"/api/v1/partners"_qs, body);
    QCOMPARE(r.status, status);
    if (status != 201) {
        QCOMPARE(r.code(), u"forbidden"_qs);
        return;
    }
    const qint64 id = r.object().value(u"id"_qs).toInteger();
    QVERIFY(id > 240);
    QCOMPARE(r.header("location"), "/api/v1/partners/" + QByteArray::number(id));
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"applied"_qs);
    QCOMPARE(r.object().value(u"createdBy"_qs).toString(), username);
    QVERIFY(r.object().value(u"rateLimit"_qs).isNull()); // inherits: no group, so the platform's
    QCOMPARE(r.object().value(u"effectiveQuota"_qs).toObject().value(u"rateLimitFrom"_qs).toString(),
        u"platform"_qs);
    QCOMPARE(http.get(u"/api/v1/partners/%1"_qs.arg(id)).object(), r.object());
}

void tst_ServerPartners::createIsValidated()
{
    const HttpResult r = m_operator.request("POST", u"/api/v1/partners"_qs,
        QJsonObject {{u"mode"_qs, u"teleport"_qs}, {u"scenario"_qs, u"news_app"_qs},
            {u"commissionBps"_qs, 20000}, {u"rateLimit"_qs, u"fast"_qs}, {u"status"_qs, u"active"_qs}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), u"validation_failed"_qs);
    QHash<QString, QString> byField;
    for (const QJsonValue &e : r.object().value(u"errors"_qs).toArray())
        byField.insert(e.toObject().value(u"field"_qs).toString(), e.toObject().value(u"code"_qs).toString());
    QCOMPARE(byField.value(u"name"_qs), u"required"_qs);
    QCOMPARE(byField.value(u"mode"_qs), u"invalid_value"_qs);
    QCOMPARE(byField.value(u"commissionBps"_qs), u"out_of_range"_qs);
    QCOMPARE(byField.value(u"rateLimit"_qs), u"wrong_type"_qs);
    QCOMPARE(byField.value(u"status"_qs), u"read_only"_qs);
}

// The console retries a create whose answer was lost with the same Idempotency-Key: the service
// answers with the partner it already created, and never creates a second one.
void tst_ServerPartners::createHonoursIdempotencyKey()
{
    const QJsonObject body {
        {u"name"_qs, u"幂等渠道"_qs}, {u"mode"_qs, u"guide"_qs}, {u"scenario"_qs, u"gaming"_qs}};
    const Headers key {{"Idempotency-Key", "create-once-1"}};
    const HttpResult first = m_operator.request("POST", u"/api/v1/partners"_qs, body, key);
    QCOMPARE(first.status, 201);
    const qint64 id = first.object().value(u"id"_qs).toInteger();
    const HttpResult again = m_operator.request("POST", u"/api/v1/partners"_qs, body, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.object().value(u"id"_qs).toInteger(), id);
    // The same key with another body is a mistake, said so; nothing is created.
    QJsonObject other = body;
    other.insert(u"name"_qs, u"另一个渠道"_qs);
    const HttpResult reused = m_operator.request("POST", u"/api/v1/partners"_qs, other, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.code(), u"idempotency_key_reused"_qs);
    int named = 0;
    for (const QJsonValue &p : m_operator
                                   .get(u"/api/v1/partners?limit=200&q=%1"_qs.arg(
                                       QString::fromUtf8(QUrl::toPercentEncoding(u"渠道"_qs))))
                                   .object()
                                   .value(u"items"_qs)
                                   .toArray())
        named += p.toObject().value(u"name"_qs).toString() == u"幂等渠道"_qs ? 1 : 0;
    QCOMPARE(named, 1);
    // Without a key a create is a create (other clients need not send one).
    const HttpResult plain = m_operator.request("POST", u"/api/v1/partners"_qs, body);
    QCOMPARE(plain.status, 201);
    QVERIFY(plain.object().value(u"id"_qs).toInteger() != id);
}

void tst_ServerPartners::patchPreconditions()
{
    const qint64 id = m_all.at(3).value(u"id"_qs).toInteger();
    const QString path = u"/api/v1/partners/%1"_qs.arg(id);
    const QJsonObject patch {{u"rateLimit"_qs, 321}};
    const HttpResult missing = m_operator.request("PATCH", path, patch);
    QCOMPARE(missing.status, 428);
    QCOMPARE(missing.code(), u"precondition_required"_qs);

    const HttpResult current = m_operator.get(path);
    const int version = current.object().value(u"version"_qs).toInt();
    const HttpResult stale = m_operator.request(
        "PATCH", path, patch, {{"If-Match", '"' + QByteArray::number(version + 5) + '"'}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.code(), u"version_conflict"_qs);
    QCOMPARE(stale.object().value(u"current"_qs).toObject(), current.object());
    QCOMPARE(stale.header("etag"), current.header("etag"));

    QCOMPARE(m_operator.request("PATCH", u"/api/v1/partners/77777"_qs, patch, {{"If-Match", "\"1\""}}).status,
        404);
    // Nothing changed on the way.
    QCOMPARE(m_operator.get(path).object(), current.object());
}

void tst_ServerPartners::patchUpdatesAndAudits()
{
    const QJsonObject before = m_all.at(5);
    const qint64 id = before.value(u"id"_qs).toInteger();
    const QString path = u"/api/v1/partners/%1"_qs.arg(id);
    const QByteArray etag = m_operator.get(path).header("etag");
    const HttpResult r = m_operator.request("PATCH", path,
        QJsonObject {{u"commissionBps"_qs, 1234}, {u"contact"_qs, QJsonObject {{u"name"_qs, u"周杰"_qs}}}},
        {{"If-Match", etag}, {"X-Request-Id", "patch-audit-7"}});
    QCOMPARE(r.status, 200);
    const int version = before.value(u"version"_qs).toInt() + 1;
    QCOMPARE(r.object().value(u"version"_qs).toInt(), version);
    QCOMPARE(r.header("etag"), '"' + QByteArray::number(version) + '"');
    QCOMPARE(r.object().value(u"commissionBps"_qs).toInt(), 1234);
    QCOMPARE(r.object().value(u"contact"_qs).toObject().value(u"name"_qs).toString(), u"周杰"_qs);
    QCOMPARE(r.object().value(u"updatedBy"_qs).toString(), u"operator"_qs);
    QVERIFY(r.object().value(u"updatedAt"_qs).toString() > before.value(u"updatedAt"_qs).toString());
    QCOMPARE(r.object().value(u"name"_qs), before.value(u"name"_qs)); // untouched fields stay

    // The old ETag is stale now.
    QCOMPARE(
        m_operator.request("PATCH", path, QJsonObject {{u"rateLimit"_qs, 5}}, {{"If-Match", etag}}).status,
        412);

    HttpClient manager(m_platform.url());
    QCOMPARE(manager.login(u"manager"_qs, kDemoPassword).status, 201);
    const HttpResult audit = manager.get(u"/api/v1/audit?entityType=partner&entityId=%1"_qs.arg(id));
    QCOMPARE(audit.status, 200);
    const QJsonObject event = audit.object().value(u"items"_qs).toArray().at(0).toObject();
    QCOMPARE(event.value(u"action"_qs).toString(), u"partner.update"_qs);
    QCOMPARE(event.value(u"actor"_qs).toString(), u"operator"_qs);
    QCOMPARE(event.value(u"requestId"_qs).toString(), u"patch-audit-7"_qs);
    QCOMPARE(
        event.value(u"before"_qs).toObject().value(u"commissionBps"_qs), before.value(u"commissionBps"_qs));
    QCOMPARE(event.value(u"after"_qs).toObject().value(u"commissionBps"_qs).toInt(), 1234);
    QCOMPARE(m_operator.get(u"/api/v1/audit"_qs).status, 403);
}

void tst_ServerPartners::patchIsValidated_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("status") << QJsonObject {{u"status"_qs, u"active"_qs}} << u"status"_qs << u"read_only"_qs;
    QTest::newRow("version") << QJsonObject {{u"version"_qs, 99}} << u"version"_qs << u"read_only"_qs;
    QTest::newRow("unknown") << QJsonObject {{u"colour"_qs, u"red"_qs}} << u"colour"_qs
                             << u"unknown_field"_qs;
    QTest::newRow("email") << QJsonObject {{u"contact"_qs, QJsonObject {{u"email"_qs, u"nope"_qs}}}}
                           << u"contact.email"_qs << u"invalid_value"_qs;
    QTest::newRow("name empty") << QJsonObject {{u"name"_qs, u""_qs}} << u"name"_qs << u"required"_qs;
    QTest::newRow("too many tags") << QJsonObject {{u"tags"_qs,
        QJsonArray::fromStringList(QString(u"t,"_qs).repeated(21).split(u',', Qt::SkipEmptyParts))}}
                                   << u"tags"_qs << u"too_many"_qs;
}

void tst_ServerPartners::patchIsValidated()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const QString path = u"/api/v1/partners/%1"_qs.arg(m_all.at(8).value(u"id"_qs).toInteger());
    const HttpResult r = m_operator.request("PATCH", path, patch, {{"If-Match", "*"}});
    QCOMPARE(r.status, 422);
    const QJsonObject error = r.object().value(u"errors"_qs).toArray().at(0).toObject();
    QCOMPARE(error.value(u"field"_qs).toString(), field);
    QCOMPARE(error.value(u"code"_qs).toString(), code);
}

void tst_ServerPartners::readersCannotPatch()
{
    HttpClient reviewer(m_platform.url());
    QCOMPARE(reviewer.login(u"reviewer"_qs, kDemoPassword).status, 201);
    QCOMPARE(reviewer.get(u"/api/v1/partners?limit=1"_qs).status, 200);
    const HttpResult r = reviewer.request(
        "PATCH", u"/api/v1/partners/1"_qs, QJsonObject {{u"rateLimit"_qs, 9}}, {{"If-Match", "*"}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"forbidden"_qs);
}

QTEST_GUILESS_MAIN(tst_ServerPartners)
#include "tst_server_partners.moc"
