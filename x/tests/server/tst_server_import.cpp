// Partner CSV over real HTTP: GET /partners:export and POST /partners:import (dry run, per-row
// errors, all or nothing, 50,000 rows, export → import round trip) and --demo-partners.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include "domain/PartnerCsv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Kepler;
using namespace Kepler::Test;

namespace {
// Cells of an exported row (domain/PartnerCsv columns()): id, name, nameEn, mode, scenario, status,
// contactName, contactEmail, contactPhone, commissionBps, group, rateLimit, dailyOrderCap, tags, version.
constexpr int kRateLimit = 11;
constexpr int kTags = 13;
constexpr int kVersion = 14;
} // namespace

namespace {

const QString kImport = u"/api/v1/partners:import?dryRun=%1"_qs;
const Headers kCsv = {{"Content-Type", "text/csv; charset=utf-8"}};

// Cells → CSV text, quoting what needs it (the test's own writer, not the one under test).
QByteArray toCsv(const QList<QStringList> &records)
{
    QByteArray out;
    for (const QStringList &cells : records) {
        QStringList quoted;
        for (QString c : cells) {
            if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n'))
                c = u'"' + c.replace(u'"', u"\"\""_qs) + u'"';
            quoted << c;
        }
        out += quoted.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QList<QStringList> records(const QByteArray &csv)
{
    int bad = 0;
    QList<QStringList> out;
    for (const PartnerCsv::Record &r : PartnerCsv::parseRecords(QString::fromUtf8(csv.mid(3)), &bad))
        out << r.cells;
    return out;
}

} // namespace

class tst_ServerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routesWithAColonAreTheirOwn();
    void exportIsExcelFriendlyAndFiltered();
    void roundTripLeavesDataIdentical();
    void malformedRowsAreReportedAndNothingIsWritten();
    void wholeFileProblems_data();
    void wholeFileProblems();
    void fiftyThousandRows();
    void unknownGroupIsARowError();
    void demoPartnersSeedsTenThousand();
    void demoPartnersAboveTheLimitIsRefused();

private:
    qint64 partnerTotal();
    qint64 auditTotal();
    HttpResult import(const QByteArray &csv, bool dryRun)
    {
        Headers headers = kCsv;
        if (!dryRun) // a real run needs one (tst_security_flows)
            headers.append(std::pair<QByteArray, QByteArray>(
                "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)));
        return m_operator.requestRaw("POST", kImport.arg(dryRun ? u"true"_qs : u"false"_qs), csv, headers);
    }
    static QJsonObject rowAtLine(const HttpResult &r, int line);

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_admin;
};

void tst_ServerImport::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    m_admin.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
    QCOMPARE(m_admin.login(u"admin"_qs, u"kepler-demo"_qs).status, 201);
}

qint64 tst_ServerImport::partnerTotal()
{
    return m_operator.get(u"/api/v1/partners?limit=1"_qs).object().value(u"total"_qs).toInteger();
}

qint64 tst_ServerImport::auditTotal()
{
    return m_admin.get(u"/api/v1/audit?limit=1"_qs).object().value(u"total"_qs).toInteger();
}

QJsonObject tst_ServerImport::rowAtLine(const HttpResult &r, int line)
{
    for (const QJsonValue &row : r.object().value(u"rows"_qs).toArray())
        if (row.toObject().value(u"line"_qs).toInt() == line)
            return row.toObject();
    return {};
}

void tst_ServerImport::routesWithAColonAreTheirOwn()
{
    QCOMPARE(m_operator.get(u"/api/v1/partners:export"_qs).status, 200);
    QCOMPARE(m_operator.get(u"/api/v1/partners:exports"_qs).status, 404);
    QCOMPARE(m_operator.get(u"/api/v1/partners/1"_qs).status, 200);
    const HttpResult post = m_operator.requestRaw("POST", u"/api/v1/partners:export"_qs, {});
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("allow"), QByteArray("GET"));
    QCOMPARE(m_operator.get(kImport.arg(u"true"_qs)).status, 405);
    // CSV only where the route takes it; JSON stays the rule elsewhere.
    QCOMPARE(m_operator.requestRaw("POST", u"/api/v1/partners"_qs, "name\nA\n", kCsv).status, 415);
    QCOMPARE(m_operator.request("POST", kImport.arg(u"true"_qs), QJsonObject {{u"a"_qs, 1}}).status, 415);
    // The import's larger cap is its own: 2 MiB of JSON elsewhere is still 413.
    QCOMPARE(m_operator
                 .requestRaw("POST", u"/api/v1/partners"_qs, QByteArray(2 << 20, ' '),
                     {{"Content-Type", "application/json"}})
                 .status,
        413);
}

void tst_ServerImport::exportIsExcelFriendlyAndFiltered()
{
    const HttpResult r = m_operator.get(u"/api/v1/partners:export?status=active&mode=guide&sort=-name"_qs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("text/csv; charset=utf-8"));
    QVERIFY(QRegularExpression(u"^attachment; filename=\"partners-\\d{8}\\.csv\"$"_qs)
                .match(QString::fromLatin1(r.header("content-disposition")))
                .hasMatch());
    QVERIFY(r.body.startsWith("\xEF\xBB\xBF"
                              "id,name,"));
    QVERIFY(r.body.endsWith("\r\n"));
    const QList<QStringList> rows = records(r.body);
    const qint64 total = m_operator.get(u"/api/v1/partners?limit=1&status=active&mode=guide"_qs)
                             .object()
                             .value(u"total"_qs)
                             .toInteger();
    QVERIFY(total > 0);
    QCOMPARE(rows.size() - 1, total);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(5), u"active"_qs);
        QCOMPARE(rows.at(i).at(3), u"guide"_qs);
    }
    QCOMPARE(m_operator.get(u"/api/v1/partners:export?sort=bogus"_qs).status, 400);
    QCOMPARE(HttpClient(m_platform.url()).get(u"/api/v1/partners:export"_qs).status, 401);
}

void tst_ServerImport::roundTripLeavesDataIdentical()
{
    const QByteArray exported = m_operator.get(u"/api/v1/partners:export?sort=id"_qs).body;
    HttpResult r = import(exported, true);
    QCOMPARE(r.status, 200);
    const QJsonObject summary = r.object().value(u"summary"_qs).toObject();
    QCOMPARE(summary.value(u"unchanged"_qs).toInteger(), partnerTotal());
    QCOMPARE(summary.value(u"update"_qs).toInt() + summary.value(u"create"_qs).toInt()
            + summary.value(u"error"_qs).toInt(),
        0);
    QVERIFY(r.object().value(u"rows"_qs).toArray().isEmpty());

    // Change three cells and add one row: exactly those changes are reported.
    QList<QStringList> rows = records(exported);
    rows[1][1] = u"改名, \"测试\""_qs; // name, with a comma and quotes
    rows[2][9] = u"4321"_qs; // commissionBps
    rows[3][kTags] = u"gold|新标签"_qs; // tags, '|' accepted on import
    rows << QStringList {QString(), u"新渠道 Round Trip"_qs, u"New Channel"_qs, u"buyout"_qs, u"gaming"_qs,
        QString(), u"张三"_qs, u"zhang@example.cn"_qs, QString(), u"800"_qs, QString(), QString(), QString(),
        u"a;b"_qs, QString()};
    const QByteArray edited = toCsv(rows);
    r = import(edited, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"summary"_qs).toObject().value(u"update"_qs).toInt(), 3);
    QCOMPARE(r.object().value(u"summary"_qs).toObject().value(u"create"_qs).toInt(), 1);
    QCOMPARE(r.object().value(u"rows"_qs).toArray().size(), 4);
    const QJsonObject nameChange = rowAtLine(r, 2).value(u"changes"_qs).toObject();
    QCOMPARE(nameChange.keys(), QStringList {u"name"_qs});
    QCOMPARE(nameChange.value(u"name"_qs).toObject().value(u"to"_qs).toString(), rows[1][1]);
    QCOMPARE(rowAtLine(r, 3).value(u"changes"_qs).toObject().keys(), QStringList {u"commissionBps"_qs});
    QCOMPARE(rowAtLine(r, 4).value(u"changes"_qs).toObject().value(u"tags"_qs).toObject().value(u"to"_qs),
        QJsonValue(u"gold;新标签"_qs));
    QCOMPARE(rowAtLine(r, int(rows.size())).value(u"action"_qs).toString(), u"create"_qs);

    const qint64 auditBefore = auditTotal();
    r = import(edited, false);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"dryRun"_qs), QJsonValue(false));
    const qint64 newId = rowAtLine(r, int(rows.size())).value(u"id"_qs).toInteger();
    QVERIFY(newId > 0);
    QCOMPARE(auditTotal(), auditBefore + 4);
    const QJsonObject audit = m_admin.get(u"/api/v1/audit?limit=4"_qs).object();
    QSet<QString> requestIds;
    for (const QJsonValue &e : audit.value(u"items"_qs).toArray()) {
        QVERIFY(e[u"action"_qs].toString().startsWith(u"partner.import."_qs));
        requestIds << e[u"requestId"_qs].toString();
    }
    QCOMPARE(requestIds.size(), 1);

    // Export again: the same file, with the changes, versions + 1 where changed, and the new row.
    QList<QStringList> expected = rows;
    for (int i : {1, 2, 3})
        expected[i][kVersion] = QString::number(expected[i][kVersion].toInt() + 1);
    expected[3][kTags] = u"gold;新标签"_qs;
    QStringList &added = expected.last();
    added[0] = QString::number(newId);
    added[5] = u"applied"_qs;
    added[kRateLimit] = QString(); // no rate limit of its own: it inherits (group, else platform)
    added[kVersion] = u"1"_qs;
    const QByteArray again = m_operator.get(u"/api/v1/partners:export?sort=id"_qs).body;
    QCOMPARE(records(again), expected);
    QCOMPARE(import(again, true).object().value(u"summary"_qs).toObject().value(u"unchanged"_qs).toInteger(),
        partnerTotal());
}

void tst_ServerImport::malformedRowsAreReportedAndNothingIsWritten()
{
    const QList<QStringList> exported = records(m_operator.get(u"/api/v1/partners:export?sort=id"_qs).body);
    const QStringList existing = exported.at(5);
    QByteArray csv = "id,version,name,mode,scenario,commissionBps,status\n";
    csv += ",,好渠道,guide,news_app,100,\n"; // 2: fine
    csv += ",,坏编码\xC3\x28,guide,news_app,100,\n"; // 3: not UTF-8
    csv += ",,类型错,guide,news_app,12%,\n"; // 4: wrong type
    csv += ",,好渠道,buyout,gaming,100,\n"; // 5: same name as line 2
    csv += ",," + existing.at(1).toUpper().toUtf8() + ",guide,news_app,1,\n"; // 6: an existing name
    csv += "999999,1,无此渠道,guide,news_app,1,\n"; // 7: unknown id
    csv += existing.at(0).toUtf8() + ",1" + (existing.at(kVersion) == u"1"_qs ? "0" : "")
        + ",X,guide,news_app,1,\n"; // 8: stale
    csv += exported.at(6).at(0).toUtf8() + "," + exported.at(6).at(kVersion).toUtf8() + ","
        + exported.at(6).at(1).toUtf8() + ",guide,news_app,1,terminated\n"; // 9: status change
    csv += ",,超出,guide,news_app,10001,\n"; // 10: out of range (PartnerValidator)
    csv += ",,少一列,guide,news_app\n"; // 11: missing cells
    csv += ",,未知场景,guide,no_such_scenario,1,\n"; // 12: unknown scenario

    const qint64 partnersBefore = partnerTotal();
    const qint64 auditBefore = auditTotal();
    const std::pair<int, QString> expected[]
        = {{3, u"invalid_encoding"_qs}, {4, u"wrong_type"_qs}, {5, u"duplicate"_qs}, {6, u"duplicate"_qs},
            {7, u"not_found"_qs}, {8, u"version_conflict"_qs}, {9, u"read_only"_qs}, {10, u"out_of_range"_qs},
            {11, u"wrong_column_count"_qs}, {12, u"invalid_value"_qs}};
    for (bool dryRun : {true, false}) {
        const HttpResult r = import(csv, dryRun);
        QCOMPARE(r.status, dryRun ? 200 : 422);
        if (!dryRun)
            QCOMPARE(r.code(), u"validation_failed"_qs);
        QVERIFY2(
            r.object().value(u"summary"_qs).toObject().value(u"error"_qs).toInt() == int(std::size(expected)),
            r.body.constData());
        QCOMPARE(rowAtLine(r, 2).value(u"action"_qs).toString(), u"create"_qs);
        for (const auto &[line, code] : expected) {
            const QJsonObject row = rowAtLine(r, line);
            QCOMPARE(row.value(u"action"_qs).toString(), u"error"_qs);
            const QJsonObject error = row.value(u"errors"_qs).toArray().at(0).toObject();
            QVERIFY2(error.value(u"code"_qs).toString() == code,
                qPrintable(u"line %1: %2"_qs.arg(line).arg(QString::fromUtf8(QJsonDocument(row).toJson()))));
            QVERIFY(!error.value(u"message"_qs).toString().isEmpty());
        }
        QCOMPARE(
            rowAtLine(r, 4).value(u"errors"_qs).toArray().at(0)[u"field"_qs].toString(), u"commissionBps"_qs);
        QCOMPARE(partnerTotal(), partnersBefore);
        QCOMPARE(auditTotal(), auditBefore);
    }
}

void tst_ServerImport::wholeFileProblems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray ok = "name,mode,scenario\nA,guide,news_app\n";
    QTest::newRow("missing columns") << QByteArray("name,tags\nA,x\n") << QByteArray("text/csv") << u"true"_qs
                                     << 400 << u"invalid_csv"_qs;
    QTest::newRow("unknown column") << QByteArray("name,mode,scenario,colour\n") << QByteArray("text/csv")
                                    << u"false"_qs << 400 << u"invalid_csv"_qs;
    QTest::newRow("empty body") << QByteArray() << QByteArray("text/csv") << u"true"_qs << 400
                                << u"invalid_csv"_qs;
    QTest::newRow("not utf-8 charset")
        << ok << QByteArray("text/csv; charset=gbk") << u"true"_qs << 415 << u"unsupported_media_type"_qs;
    QTest::newRow("dryRun garbled") << ok << QByteArray("text/csv") << u"maybe"_qs << 400
                                    << u"invalid_query"_qs;
}

void tst_ServerImport::wholeFileProblems()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, query);
    const qint64 before = partnerTotal();
    const HttpResult r
        = m_operator.requestRaw("POST", kImport.arg(query), body, {{"Content-Type", contentType}});
    QTEST(r.status, "status");
    QTEST(r.code(), "code");
    QCOMPARE(partnerTotal(), before);
}

void tst_ServerImport::fiftyThousandRows()
{
    HttpClient manager(m_platform.url());
    QCOMPARE(manager.login(u"manager"_qs, u"kepler-demo"_qs).status, 201);
    QCOMPARE(manager.requestRaw("POST", kImport.arg(u"true"_qs), "name,mode,scenario\n", kCsv).status, 403);

    QByteArray csv = "name,nameEn,mode,scenario,commissionBps,tags\r\n";
    for (int i = 0; i < 50000; ++i)
        csv += "批量渠道 " + QByteArray::number(i) + ",Bulk " + QByteArray::number(i) + ",guide,news_app,"
            + (i % 1000 == 999 ? QByteArray("lots") : QByteArray::number(i % 10000)) + ",bulk;test\r\n";
    QVERIFY(csv.size() > 2 * 1024 * 1024); // above the 1 MiB cap of JSON routes
    const qint64 partnersBefore = partnerTotal();
    const qint64 auditBefore = auditTotal();
    m_operator.setTimeout(120000);
    HttpResult r = import(csv, false);
    QCOMPARE(r.status, 422);
    QJsonObject summary = r.object().value(u"summary"_qs).toObject();
    QCOMPARE(summary.value(u"error"_qs).toInt(), 50);
    QCOMPARE(summary.value(u"create"_qs).toInt(), 49950);
    QCOMPARE(rowAtLine(r, 1001).value(u"errors"_qs).toArray().at(0)[u"code"_qs].toString(), u"wrong_type"_qs);
    QCOMPARE(partnerTotal(), partnersBefore);
    QCOMPARE(auditTotal(), auditBefore);

    csv.replace(",lots,", ",7,");
    QElapsedTimer clock;
    clock.start();
    r = import(csv, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"summary"_qs).toObject().value(u"create"_qs).toInt(), 50000);
    qInfo() << "50,000-row dry run answered in" << clock.elapsed() << "ms";
    QVERIFY(clock.elapsed() < 60000);

    csv += "one too many,,guide,news_app,1,\r\n";
    r = import(csv, true);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"invalid_csv"_qs);
}

void tst_ServerImport::unknownGroupIsARowError()
{
    // As POST and PATCH: a group that does not exist is the row's error, in the dry run already.
    const QByteArray csv
        = "name,mode,scenario,group\n分组测试,guide,news_app,platinum\n分组测试二,guide,news_app,gold\n";
    const qint64 before = partnerTotal();
    for (bool dryRun : {true, false}) {
        const HttpResult r = import(csv, dryRun);
        QCOMPARE(r.status, dryRun ? 200 : 422);
        const QJsonObject row = rowAtLine(r, 2);
        QCOMPARE(row.value(u"action"_qs).toString(), u"error"_qs);
        QCOMPARE(row.value(u"errors"_qs).toArray().at(0).toObject().value(u"code"_qs).toString(),
            u"unknown_group"_qs);
        QCOMPARE(rowAtLine(r, 3).value(u"action"_qs).toString(), u"create"_qs);
    }
    QCOMPARE(partnerTotal(), before);
}

void tst_ServerImport::demoPartnersSeedsTenThousand()
{
    PlatformProcess big;
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(big.start({u"--demo"_qs, u"--demo-partners"_qs, u"10000"_qs}), qPrintable(big.errorString()));
    qInfo() << "started with 10,000 demo partners in" << clock.elapsed() << "ms";
    HttpClient http(big.url());
    QCOMPARE(http.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
    QCOMPARE(http.get(u"/api/v1/partners?limit=1"_qs).object().value(u"total"_qs).toInt(), 10000);
    const QList<QStringList> rows = records(http.get(u"/api/v1/partners:export"_qs).body);
    QCOMPARE(rows.size(), 10001);
    QSet<QString> names, namesEn;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        names << rows.at(i).at(1);
        namesEn << rows.at(i).at(2);
    }
    QCOMPARE(names.size(), 10000);
    QCOMPARE(namesEn.size(), 10000);
}

void tst_ServerImport::demoPartnersAboveTheLimitIsRefused()
{
    for (const QString &n : {u"10001"_qs, u"0"_qs, u"many"_qs}) {
        QProcess p;
        p.start(PlatformProcess::binaryPath(),
            {u"--demo"_qs, u"--demo-partners"_qs, n, u"--listen"_qs, u"127.0.0.1:0"_qs, u"--data"_qs,
                m_platform.dataDir() + u"-x"_qs});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--demo-partners wants a number from 1 to 10000"));
    }
}

QTEST_GUILESS_MAIN(tst_ServerImport)
#include "tst_server_import.moc"
