// Injection over real HTTP (issue 8 "Injection"; OWASP API8/API10 input handling): SQL
// metacharacters, Unicode confusables and direction overrides, NUL and control bytes, huge strings
// and deeply nested JSON in every text field of the main resources and in every filter parameter
// of their lists. Each answer is a clean 4xx or the value is stored and read back exactly; never a
// 5xx; and afterwards the data is intact (the same partners, users and canary as before).
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;

QList<std::pair<QString, QString>> payloads()
{
    return {
        {u"quote"_qs, u"O'Brien"_qs},
        {u"sql drop"_qs, u"x'); DROP TABLE partners; --"_qs},
        {u"sql or"_qs, u"\" OR 1=1 --"_qs},
        {u"sql union"_qs, u"' UNION SELECT token_hash, 1, 1 FROM sessions --"_qs},
        {u"like wildcards"_qs, u"%_%' OR '%'='"_qs},
        {u"fts syntax"_qs, u"\"a\" NEAR(b c) OR * -x"_qs},
        {u"backslashes"_qs, u"\\'\\\"\\\\x27\\0"_qs},
        {u"fullwidth"_qs, u"ａｄｍｉｎ"_qs},
        {u"cyrillic a"_qs, u"\u0430dmin"_qs},
        {u"rtl override"_qs, u"abc\u202Egpj.exe"_qs},
        {u"zero width"_qs, u"ad\u200Bmin\u200D"_qs},
        {u"combining"_qs, u"e\u0301\u0301\u0301\u0301"_qs},
        {u"emoji zwj"_qs, u"👩‍👩‍👧 渠道"_qs},
        {u"nul byte"_qs, QString(u"a\0b"_qs.data(), 3)},
        {u"control"_qs, u"a\u0001\u001b[31mred\r\nX-Injected: 1"_qs},
        {u"bom and replacement"_qs, u"a\uFEFFb\uFFFD"_qs},
        {u"html"_qs, u"<script>alert(1)</script>"_qs},
        {u"csv formula"_qs, u"=HYPERLINK(\"http://x\")"_qs},
        {u"long 100k"_qs, QString(100'000, u'長')},
    };
}

// What the service keeps of a value: everything; only a byte-order mark (U+FEFF) at the very start
// of a text is taken for an encoding mark and dropped (seen on the way in); inside a text it stays.
QString storedForm(QString value)
{
    if (value.startsWith(QChar(0xFEFF)))
        value.remove(0, 1);
    return value;
}

// Query values that must not reach SQL as code; the list answers 200 or 400, never 5xx.
QStringList filterParameters()
{
    return {u"/api/v1/partners?q="_qs, u"/api/v1/partners?sort="_qs, u"/api/v1/partners?status="_qs,
        u"/api/v1/partners?mode="_qs, u"/api/v1/partners?scenario="_qs, u"/api/v1/partners?cursor="_qs,
        u"/api/v1/partners?limit="_qs, u"/api/v1/partners:export?q="_qs, u"/api/v1/catalog/skus?q="_qs,
        u"/api/v1/catalog/skus?sort="_qs, u"/api/v1/catalog/skus?brand="_qs,
        u"/api/v1/catalog/skus?cursor="_qs, u"/api/v1/audit?entityType="_qs, u"/api/v1/audit?entityId="_qs,
        u"/api/v1/audit?actor="_qs, u"/api/v1/reviews?kind="_qs, u"/api/v1/reviews?partner="_qs,
        u"/api/v1/reviews?claimedBy="_qs, u"/api/v1/pricing/rules?status="_qs,
        u"/api/v1/pricing/explain?partner=1&sku="_qs, u"/api/v1/annotations?scope="_qs,
        u"/api/v1/metrics/orders?groupBy="_qs, u"/api/v1/metrics/availability?service="_qs,
        u"/api/v1/slo?partner="_qs};
}
} // namespace

class tst_SecurityInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partnerTextFields_data();
    void partnerTextFields();
    void otherResourcesTextFields_data();
    void otherResourcesTextFields();
    void queryParameters_data();
    void queryParameters();
    void pathSegments_data();
    void pathSegments();
    void tenMegabyteStrings();
    void nestedJsonInEveryField();
    void confusableNamesCannotSignInAsOthers();
    void dataIsIntactAfterwards();

private:
    QString snapshot();

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_admin;
    qint64 m_canary = 0;
    qint64 m_bulkTarget = 0; // bulk tags go here, so the canary stays untouched
    QByteArray m_canaryBody;
    qint64 m_partnersBefore = 0;
    int m_usersBefore = 0;
    int m_serial = 0;
    int m_stored = 0;
    int m_refused = 0;
};

void tst_SecurityInjection::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    m_admin.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, kDemoPassword).status, 201);
    QCOMPARE(m_admin.login(u"admin"_qs, kDemoPassword).status, 201);
    const HttpResult canary = m_operator.request("POST", u"/api/v1/partners"_qs,
        QJsonObject {
            {u"name"_qs, u"canary"_qs}, {u"mode"_qs, u"guide"_qs}, {u"scenario"_qs, u"news_app"_qs}});
    QCOMPARE(canary.status, 201);
    m_canary = canary.object().value(u"id"_qs).toInteger();
    m_bulkTarget = m_operator
                       .request("POST", u"/api/v1/partners"_qs,
                           QJsonObject {{u"name"_qs, u"bulk target"_qs}, {u"mode"_qs, u"guide"_qs},
                               {u"scenario"_qs, u"news_app"_qs}})
                       .object()
                       .value(u"id"_qs)
                       .toInteger();
    QVERIFY(m_bulkTarget > 0);
    m_canaryBody = m_operator.get(u"/api/v1/partners/%1"_qs.arg(m_canary)).body;
    m_partnersBefore = m_operator.get(u"/api/v1/partners?limit=1"_qs).object().value(u"total"_qs).toInteger();
    m_usersBefore = m_admin.get(u"/api/v1/users"_qs).object().value(u"total"_qs).toInt();
}

void tst_SecurityInjection::partnerTextFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    for (const QString &field : {u"name"_qs, u"nameEn"_qs, u"contact.name"_qs, u"contact.email"_qs,
             u"contact.phone"_qs, u"tags"_qs, u"group"_qs, u"mode"_qs, u"scenario"_qs})
        for (const auto &[name, value] : payloads())
            QTest::addRow("%s %s", qPrintable(field), qPrintable(name)) << field << value;
}

void tst_SecurityInjection::partnerTextFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QJsonObject body {{u"name"_qs, u"inj partner %1"_qs.arg(++m_serial)}, {u"mode"_qs, u"guide"_qs},
        {u"scenario"_qs, u"news_app"_qs}};
    if (field.startsWith(u"contact."_qs))
        body[u"contact"_qs] = QJsonObject {{field.mid(8), value}};
    else if (field == u"tags"_qs)
        body[u"tags"_qs] = QJsonArray {value};
    else
        body[field] = value;
    const HttpResult r = m_operator.request("POST", u"/api/v1/partners"_qs, body);
    QVERIFY2(r.status == 201 || r.status == 422 || r.status == 409,
        qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body.left(300))));
    if (r.status != 201) {
        ++m_refused;
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        return;
    }
    ++m_stored;
    // Stored exactly as sent, read back exactly, and found by the list's search without error.
    const QJsonObject read
        = m_operator.get(u"/api/v1/partners/%1"_qs.arg(r.object().value(u"id"_qs).toInteger())).object();
    QJsonValue back = read.value(field);
    if (field.startsWith(u"contact."_qs))
        back = read.value(u"contact"_qs).toObject().value(field.mid(8));
    else if (field == u"tags"_qs)
        back = read.value(u"tags"_qs).toArray().at(0);
    QCOMPARE(back.toString(), storedForm(value));
    const HttpResult search = m_operator.get(
        u"/api/v1/partners?q="_qs + QString::fromLatin1(QUrl::toPercentEncoding(value.left(500))));
    QVERIFY2(search.status == 200 || search.status == 400, qPrintable(QString::number(search.status)));
}

void tst_SecurityInjection::otherResourcesTextFields_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("value");
    for (const QString &target : {u"pool name"_qs, u"annotation note"_qs, u"user displayName"_qs,
             u"username"_qs, u"bulk tag"_qs, u"suspend note"_qs})
        for (const auto &[name, value] : payloads())
            QTest::addRow("%s %s", qPrintable(target), qPrintable(name)) << target << value;
}

void tst_SecurityInjection::otherResourcesTextFields()
{
    QFETCH(QString, target);
    QFETCH(QString, value);
    const QString n = QString::number(++m_serial);
    HttpResult r;
    QString readPath, readField;
    if (target == u"pool name"_qs) {
        r = m_operator.request("POST", u"/api/v1/pools"_qs,
            QJsonObject {
                {u"name"_qs, QString(value + n)}, {u"criteria"_qs, QJsonObject {{u"keyword"_qs, value}}}});
        readPath = u"/api/v1/pools/%1"_qs;
        readField = u"name"_qs;
        value += n;
    } else if (target == u"annotation note"_qs) {
        r = m_operator.request("POST", u"/api/v1/annotations"_qs,
            QJsonObject {{u"at"_qs, u"2026-11-11T00:00:00Z"_qs}, {u"note"_qs, value}});
    } else if (target == u"user displayName"_qs) {
        r = m_admin.request("POST", u"/api/v1/users"_qs,
            QJsonObject {{u"username"_qs, QString(u"inj-user-"_qs + n)}, {u"displayName"_qs, value},
                {u"password"_qs, u"a long password 1"_qs}, {u"roles"_qs, QJsonArray {u"reviewer"_qs}}});
        readPath = u"/api/v1/users/%1"_qs;
        readField = u"displayName"_qs;
    } else if (target == u"username"_qs) {
        r = m_admin.request("POST", u"/api/v1/users"_qs,
            QJsonObject {{u"username"_qs, value}, {u"displayName"_qs, u"x"_qs},
                {u"password"_qs, u"a long password 1"_qs}, {u"roles"_qs, QJsonArray {u"reviewer"_qs}}});
    } else if (target == u"bulk tag"_qs) {
        r = m_operator.request("POST", u"/api/v1/partners:bulk"_qs,
            QJsonObject {
                {u"action"_qs, u"tag"_qs}, {u"tag"_qs, value}, {u"ids"_qs, QJsonArray {m_bulkTarget + 0}}},
            {{"Idempotency-Key", "inj-" + n.toLatin1()}});
        if (r.status == 200) // the tag went on the canary: take it off again
            m_operator.request("POST", u"/api/v1/partners:bulk"_qs,
                QJsonObject {{u"action"_qs, u"untag"_qs}, {u"tag"_qs, value},
                    {u"ids"_qs, QJsonArray {m_bulkTarget + 0}}},
                {{"Idempotency-Key", "inj-un-" + n.toLatin1()}});
    } else if (target == u"suspend note"_qs) {
        r = m_operator.request("POST", u"/api/v1/partners/%1/suspend"_qs.arg(m_canary),
            QJsonObject {{u"reasonCode"_qs, value}, {u"note"_qs, value}}, {{"If-Match", "*"}});
        QVERIFY(r.status != 200); // a canary in state applied cannot be suspended: 409 or 422
    }
    QVERIFY2(r.status >= 200 && r.status < 500,
        qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body.left(300))));
    if (r.status >= 400) {
        ++m_refused;
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        return;
    }
    ++m_stored;
    if (!readPath.isEmpty()) {
        HttpClient &reader = target.startsWith(u"user"_qs) ? m_admin : m_operator;
        const QJsonObject back = reader.get(readPath.arg(r.object().value(u"id"_qs).toInteger())).object();
        QCOMPARE(back.value(readField).toString(), storedForm(value));
    }
}

void tst_SecurityInjection::queryParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    for (const QString &path : filterParameters())
        for (const auto &[name, value] : payloads())
            QTest::addRow("%s %s", qPrintable(path), qPrintable(name)) << path << value;
}

void tst_SecurityInjection::queryParameters()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    const HttpResult r = m_admin.get(path + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QVERIFY2(r.status == 200 || r.status == 400 || r.status == 404,
        qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body.left(300))));
    if (r.status >= 400)
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
}

void tst_SecurityInjection::pathSegments_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("value");
    for (const QString &pattern : {u"/api/v1/partners/%1"_qs, u"/api/v1/partners/%1/timeline"_qs,
             u"/api/v1/partner-groups/%1"_qs, u"/api/v1/catalog/skus/%1"_qs, u"/api/v1/reviews/%1"_qs,
             u"/api/v1/pools/%1/skus"_qs, u"/api/v1/users/%1"_qs})
        for (const auto &[name, value] : payloads())
            QTest::addRow("%s %s", qPrintable(pattern), qPrintable(name)) << pattern << value;
}

void tst_SecurityInjection::pathSegments()
{
    QFETCH(QString, pattern);
    QFETCH(QString, value);
    const QByteArray method = pattern.contains(u"partner-groups"_qs) ? "PATCH" : "GET";
    const HttpResult r
        = m_admin.request(method, pattern.arg(QString::fromLatin1(QUrl::toPercentEncoding(value.left(2000)))),
            method == "PATCH" ? QJsonValue(QJsonObject {{u"name"_qs, u"x"_qs}})
                              : QJsonValue(QJsonValue::Undefined),
            {{"If-Match", "*"}});
    QVERIFY2(r.status >= 400 && r.status < 500,
        qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body.left(300))));
}

void tst_SecurityInjection::tenMegabyteStrings()
{
    // 10 MB in a JSON field: over the body cap, 413 before it is parsed.
    const QByteArray big = "{\"name\":\"" + QByteArray(10 * 1024 * 1024, 'x')
        + "\",\"mode\":\"guide\",\"scenario\":\"news_app\"}";
    const HttpResult body
        = m_operator.requestRaw("POST", u"/api/v1/partners"_qs, big, {{"Content-Type", "application/json"}});
    QCOMPARE(body.status, 413);
    // Just under the cap in one field: a field error, not a 5xx.
    const QByteArray under
        = "{\"name\":\"" + QByteArray(1000 * 1000, 'x') + "\",\"mode\":\"guide\",\"scenario\":\"news_app\"}";
    const HttpResult field = m_operator.requestRaw(
        "POST", u"/api/v1/partners"_qs, under, {{"Content-Type", "application/json"}});
    QCOMPARE(field.status, 422);
    // 10 MB in a query string or a header: refused (4xx) or the connection closed, never a 5xx,
    // and the service is still answering.
    m_operator.setTimeout(20000);
    const HttpResult query = m_operator.get(u"/api/v1/partners?q="_qs + QString(10 * 1024 * 1024, u'y'));
    QVERIFY2(query.status == 0 || (query.status >= 400 && query.status < 500),
        qPrintable(QString::number(query.status)));
    const HttpResult header
        = m_operator.get(u"/api/v1/partners?limit=1"_qs, {{"X-Big", QByteArray(10 * 1024 * 1024, 'z')}});
    // Refused as a whole and the connection closed (Qt 6.4 would misread the next request on it).
    // (431 when it arrives whole, 400 invalid_request when Qt dropped the header block; 0 when the
    // connection closed before the answer was read.)
    QVERIFY2(header.status == 0 || header.status == 431 || header.code() == u"invalid_request"_qs,
        qPrintable(QString::number(header.status)));
    qInfo("10 MB query → %d, 10 MB header → %d", query.status, header.status);
    QCOMPARE(m_operator.get(u"/api/v1/health"_qs).status, 200);
}

void tst_SecurityInjection::nestedJsonInEveryField()
{
    const QJsonObject base {
        {u"name"_qs, u"inj nested"_qs}, {u"mode"_qs, u"guide"_qs}, {u"scenario"_qs, u"news_app"_qs}};
    QJsonValue deep = QJsonArray {1};
    for (int i = 0; i < 60; ++i)
        deep = QJsonObject {{u"a"_qs, deep}};
    for (const QString &field : {u"name"_qs, u"nameEn"_qs, u"mode"_qs, u"scenario"_qs, u"contact"_qs,
             u"tags"_qs, u"group"_qs, u"commissionBps"_qs, u"rateLimit"_qs, u"dailyOrderCap"_qs}) {
        QJsonObject body = base;
        body[field] = deep;
        const HttpResult r = m_operator.request("POST", u"/api/v1/partners"_qs, body);
        QVERIFY2(r.status == 422, qPrintable(field + u": "_qs + QString::number(r.status)));
    }
    for (const QString &field : {u"at"_qs, u"note"_qs, u"scope"_qs}) {
        QJsonObject body {{u"at"_qs, u"2026-11-11T00:00:00Z"_qs}, {u"note"_qs, u"n"_qs}};
        body[field] = deep;
        QCOMPARE(m_operator.request("POST", u"/api/v1/annotations"_qs, body).status, 422);
    }
}

void tst_SecurityInjection::confusableNamesCannotSignInAsOthers()
{
    for (const QString &name : {u"ａｄｍｉｎ"_qs, u"\u0430dmin"_qs, u"ad\u200Bmin"_qs, u"admin\u0000"_qs,
             u"admin'--"_qs, u"admin\" OR \"1\"=\"1"_qs}) {
        HttpClient http(m_platform.url());
        const HttpResult r = http.login(name, kDemoPassword);
        QVERIFY2(r.status == 401 || r.status == 422 || r.status == 429,
            qPrintable(name + u" → "_qs + QString::number(r.status)));
    }
    HttpClient http(m_platform.url());
    const HttpResult r = http.login(u"' OR '1'='1"_qs, u"' OR '1'='1"_qs);
    QCOMPARE(r.status, 401);
}

void tst_SecurityInjection::dataIsIntactAfterwards()
{
    QCOMPARE(m_operator.get(u"/api/v1/partners/%1"_qs.arg(m_canary)).body, m_canaryBody);
    const qint64 partners
        = m_operator.get(u"/api/v1/partners?limit=1"_qs).object().value(u"total"_qs).toInteger();
    // Only the partners the test created (those it counted as stored) were added.
    QVERIFY2(partners >= m_partnersBefore && partners <= m_partnersBefore + m_stored,
        qPrintable(u"%1 → %2"_qs.arg(m_partnersBefore).arg(partners)));
    QVERIFY(m_admin.get(u"/api/v1/users"_qs).object().value(u"total"_qs).toInt() >= m_usersBefore);
    QCOMPARE(m_admin.login(u"admin"_qs, kDemoPassword).status, 201);
    QCOMPARE(m_operator.get(u"/api/v1/catalog/skus?limit=5"_qs).status, 200);
    QCOMPARE(m_operator.get(u"/api/v1/audit?limit=5"_qs).status, 403);
    QCOMPARE(m_admin.get(u"/api/v1/audit?limit=5"_qs).status, 200);
    qInfo("injection: %d values stored verbatim, %d refused with a 4xx", m_stored, m_refused);
}

QTEST_GUILESS_MAIN(tst_SecurityInjection)
#include "tst_security_injection.moc"
