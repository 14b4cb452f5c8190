// kepler-traffic (the binary) against a real kepler-platform --demo --allow-test-hooks: a short run
// with every kind of injected fault, then --verify finds no difference between the simulator's tally
// and the platform's metrics; keys are issued once and reused; a partner suspended during a run is
// no reason to stop; a 2-day backfill writes history that verifies too; a tampered tally fails
// --verify (so the comparison can fail); without test hooks --backfill is refused in words; the
// demo's --incidents fail one call of their service each and nothing else.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "simulator/TrafficShape.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler::Test;
namespace TrafficShape = Kepler::Simulator::TrafficShape;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The number before `label` in the summary line, e.g. count(err, "rate-limited").
qint64 count(const QString &text, const QString &label)
{
    const QRegularExpression re(u"(\\d+) "_qs + QRegularExpression::escape(label));
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    qint64 last = -1;
    while (it.hasNext())
        last = it.next().captured(1).toLongLong();
    return last;
}

} // namespace

class tst_TrafficSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shortRunWithFaultsVerifies();
    void keysAreReusedAcrossRuns();
    void suspensionDuringARunIsNotFatal();
    void partnerActivatedDuringARunJoins();
    void backfillOfTwoDaysVerifies();
    void tamperedTallyFailsVerify();
    void backfillWithoutTestHooksIsRefused();
    // Last: its own state folder plays traffic the shared tally does not know (--verify would differ).
    void incidentsFailTheirCallsOnly();

private:
    Run traffic(const QStringList &arguments, const QString &stateDir = {}, int timeoutMs = 180000);
    QStringList base(const QUrl &url) const;
    QJsonArray activePartners();
    qint64 tallyValue(
        const QString &expression, const QString &where = u"1"_qs, const QString &stateDir = {});

    PlatformProcess m_platform;
    HttpClient m_operator;
    QTemporaryDir m_state;
    qint64 m_burstPartner = 0;
};

void tst_TrafficSimulator::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--allow-test-hooks"_qs, u"--demo-partners"_qs, u"16"_qs}),
        qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
    QVERIFY2(activePartners().size() >= 3, "the demo seed has too few active partners for this test");
}

QStringList tst_TrafficSimulator::base(const QUrl &url) const
{
    return {u"--url"_qs, url.toString(), u"--user"_qs, u"operator"_qs, u"--password"_qs, u"kepler-demo"_qs};
}

Run tst_TrafficSimulator::traffic(const QStringList &arguments, const QString &stateDir, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(KEPLER_TRAFFIC_BIN),
        QStringList(arguments) << u"--state"_qs << (stateDir.isEmpty() ? m_state.path() : stateDir));
    Run run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QJsonArray tst_TrafficSimulator::activePartners()
{
    return m_operator.get(u"/api/v1/partners?status=active&sort=rateLimit&limit=500"_qs)
        .object()
        .value(u"items"_qs)
        .toArray();
}

qint64 tst_TrafficSimulator::tallyValue(
    const QString &expression, const QString &where, const QString &stateDir)
{
    qint64 sum = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"peek"_qs);
        db.setDatabaseName(QDir(stateDir.isEmpty() ? m_state.path() : stateDir).filePath(u"tally.db"_qs));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT COALESCE(%1, 0) FROM tally WHERE %2"_qs.arg(expression, where)) && q.next())
                sum = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_qs);
    return sum;
}

void tst_TrafficSimulator::shortRunWithFaultsVerifies()
{
    // The partner with the lowest rate limit bursts over it: some 429s, and it waits as told.
    m_burstPartner = activePartners().at(0)[u"id"_qs].toInteger();
    const Run run = traffic(base(m_platform.url())
        << u"--rate"_qs << u"40"_qs << u"--duration"_qs << u"6s"_qs << u"--faults"_qs
        << u"error=0.05,latency=50:0.03,badsig=0.05,badkey=0.05,burst=%1"_qs.arg(m_burstPartner));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"summary:"_qs), qPrintable(run.err));
    QVERIFY2(count(run.err, u"requests in"_qs) > 150, qPrintable(run.err));
    QVERIFY2(count(run.err, u"rate-limited"_qs) > 0, qPrintable(run.err));
    QVERIFY2(count(run.err, u"5xx"_qs) > 0, qPrintable(run.err));
    QCOMPARE(count(run.err, u"without answer"_qs), 0);
    // What the faults produce is in the tally: 503s, 401s under the partner (bad signature) and
    // under partner 0 (an app key nobody issued).
    QVERIFY(tallyValue(u"SUM(errors)"_qs) > 0);
    QVERIFY(tallyValue(u"SUM(requests)"_qs, u"partner = 0"_qs) > 0);
    QVERIFY(tallyValue(u"SUM(client_errors)"_qs, u"partner <> 0"_qs) > 0);
    QVERIFY(tallyValue(u"SUM(orders)"_qs) > 0);

    const Run verify = traffic(base(m_platform.url()) << u"--verify"_qs);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY2(verify.out.contains(u"→ 0 difference"_qs), qPrintable(verify.out));
    QVERIFY2(verify.out.contains(u"0 partner-minutes differ"_qs), qPrintable(verify.out));
}

void tst_TrafficSimulator::keysAreReusedAcrossRuns()
{
    const QString keysPath = m_state.filePath(u"keys.json"_qs);
    QCOMPARE(QFile::permissions(keysPath)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    const qint64 partner = activePartners().at(1)[u"id"_qs].toInteger();
    const auto keyCount = [&] {
        return m_operator.get(u"/api/v1/partners/%1/keys"_qs.arg(partner))
            .object()
            .value(u"items"_qs)
            .toArray()
            .size();
    };
    const qsizetype before = keyCount();
    QCOMPARE(before, 1);
    const Run run
        = traffic(base(m_platform.url()) << u"--rate"_qs << u"20"_qs << u"--duration"_qs << u"2s"_qs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"issued 0"_qs), qPrintable(run.err));
    QCOMPARE(keyCount(), before);
}

void tst_TrafficSimulator::suspensionDuringARunIsNotFatal()
{
    const QJsonObject victim = activePartners().at(2).toObject();
    const qint64 id = victim[u"id"_qs].toInteger();
    QProcess p;
    p.start(QStringLiteral(KEPLER_TRAFFIC_BIN),
        base(m_platform.url()) << u"--rate"_qs << u"40"_qs << u"--duration"_qs << u"5s"_qs << u"--state"_qs
                               << m_state.path());
    QVERIFY(p.waitForStarted(10000));
    QTest::qWait(1500);
    const HttpResult current = m_operator.get(u"/api/v1/partners/%1"_qs.arg(id));
    const HttpResult suspended = m_operator.request("POST", u"/api/v1/partners/%1/suspend"_qs.arg(id),
        QJsonObject {{u"reasonCode"_qs, u"compliance_review"_qs}}, {{"If-Match", current.header("etag")}});
    QCOMPARE(suspended.status, 200);
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains(u"summary:"_qs), qPrintable(err));
    qInfo() << "refused as not active during the run:" << count(err, u"refused as not active"_qs);
    const HttpResult now = m_operator.get(u"/api/v1/partners/%1"_qs.arg(id));
    QCOMPARE(m_operator
                 .request("POST", u"/api/v1/partners/%1/resume"_qs.arg(id), QJsonObject {},
                     {{"If-Match", now.header("etag")}})
                 .status,
        200);
}

void tst_TrafficSimulator::partnerActivatedDuringARunJoins()
{
    // A suspended partner resumed in the console while the simulator runs gets its key and traffic
    // at the next refresh (every second here, every 5 minutes by default).
    const QJsonObject resting = m_operator.get(u"/api/v1/partners?status=suspended&sort=id&limit=1"_qs)
                                    .object()
                                    .value(u"items"_qs)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    const qint64 id = resting[u"id"_qs].toInteger();
    QVERIFY(id > 0);
    QCOMPARE(tallyValue(u"SUM(requests)"_qs, u"partner = %1"_qs.arg(id)), 0);
    QProcess p;
    p.start(QStringLiteral(KEPLER_TRAFFIC_BIN),
        base(m_platform.url()) << u"--rate"_qs << u"40"_qs << u"--duration"_qs << u"6s"_qs << u"--refresh"_qs
                               << u"1s"_qs << u"--state"_qs << m_state.path());
    QVERIFY(p.waitForStarted(10000));
    QTest::qWait(1000);
    const HttpResult current = m_operator.get(u"/api/v1/partners/%1"_qs.arg(id));
    QCOMPARE(m_operator
                 .request("POST", u"/api/v1/partners/%1/resume"_qs.arg(id), QJsonObject {},
                     {{"If-Match", current.header("etag")}})
                 .status,
        200);
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(tallyValue(u"SUM(requests)"_qs, u"partner = %1"_qs.arg(id)) > 0);
    // Its key was issued once and kept for the next run.
    QCOMPARE(
        m_operator.get(u"/api/v1/partners/%1/keys"_qs.arg(id)).object().value(u"items"_qs).toArray().size(),
        1);
    QFile keys(m_state.filePath(u"keys.json"_qs));
    QVERIFY(keys.open(QIODevice::ReadOnly));
    QVERIFY(keys.readAll().contains(QByteArray("\"" + QByteArray::number(id) + "\": {")));
}

void tst_TrafficSimulator::backfillOfTwoDaysVerifies()
{
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const Run run = traffic(base(m_platform.url()) << u"--backfill"_qs << u"2d"_qs << u"--backfill-density"_qs
                                                   << u"1"_qs << u"--duration"_qs << u"0s"_qs);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"backfill 100%"_qs), qPrintable(run.err));
    // About one request per average minute, shaped by the hour of day (the nights are quiet) and
    // thinned by the minutes the earlier runs already wrote: 900–2,000 seen, depending on when the
    // test runs. The bound says "minute by minute over two days", not a rate.
    QVERIFY2(count(run.err, u"requests in"_qs) > 500, qPrintable(run.err));
    // History reaches back two days, minute by minute as the platform counted them.
    const qint64 first = tallyValue(u"MIN(minute)"_qs);
    QVERIFY(first <= started - 2 * 86'400'000 + 3 * 60'000);

    const Run verify = traffic(base(m_platform.url()) << u"--verify"_qs);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY2(verify.out.contains(u"→ 0 difference"_qs), qPrintable(verify.out));

    // A second --backfill of the same span writes nothing twice.
    const Run again
        = traffic(base(m_platform.url()) << u"--backfill"_qs << u"2d"_qs << u"--duration"_qs << u"0s"_qs);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(count(again.err, u"requests in"_qs) < 200, qPrintable(again.err));
}

// --incidents (the demo's): over 10 days of history the incidents that started in them fail one
// call each of their service, from their start on; nothing else fails.
void tst_TrafficSimulator::incidentsFailTheirCallsOnly()
{
    QTemporaryDir state;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const Run run
        = traffic(base(m_platform.url()) << u"--backfill"_qs << u"10d"_qs << u"--backfill-density"_qs
                                         << u"0.2"_qs << u"--incidents"_qs << u"--duration"_qs << u"0s"_qs,
            state.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QList<TrafficShape::Incident> expected;
    for (qint64 t = started - 11 * TrafficShape::DayMs; t < started + TrafficShape::DayMs;
         t += TrafficShape::DayMs)
        if (const auto i = TrafficShape::incidentOn(t);
            i && i->startMs >= started - 10 * TrafficShape::DayMs && i->startMs < started)
            expected.append(*i);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(count(run.err, u"5xx"_qs), qint64(expected.size()));
    for (const TrafficShape::Incident &i : std::as_const(expected)) {
        const QString where
            = u"errors > 0 AND service = '%1' AND minute >= %2 AND minute < %3"_qs.arg(i.service)
                  .arg(TrafficShape::minuteStart(i.startMs))
                  .arg(TrafficShape::beijingDayStart(i.startMs) + TrafficShape::DayMs);
        QCOMPARE(tallyValue(u"SUM(errors)"_qs, where, state.path()), qint64(i.failures));
    }
}

void tst_TrafficSimulator::tamperedTallyFailsVerify()
{
    const auto tamper = [this](int by) {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tamper"_qs);
            db.setDatabaseName(m_state.filePath(u"tally.db"_qs));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(u"UPDATE tally SET requests = requests + %1, good = good + %1 WHERE rowid = "
                            "(SELECT MIN(rowid) FROM tally WHERE service = 'search')"_qs.arg(by));
            }
        }
        QSqlDatabase::removeDatabase(u"tamper"_qs);
        return ok;
    };
    QVERIFY(tamper(1));
    const Run verify = traffic(base(m_platform.url()) << u"--verify"_qs);
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.contains(u"DIFFERENT"_qs), qPrintable(verify.out));
    QVERIFY2(verify.out.contains(u"← differs"_qs), qPrintable(verify.out));
    QVERIFY(tamper(-1));
    const Run restored = traffic(base(m_platform.url()) << u"--verify"_qs);
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
}

void tst_TrafficSimulator::backfillWithoutTestHooksIsRefused()
{
    PlatformProcess plain;
    QVERIFY2(plain.start({u"--demo"_qs, u"--demo-partners"_qs, u"16"_qs}), qPrintable(plain.errorString()));
    QTemporaryDir state;
    const Run run = traffic(
        base(plain.url()) << u"--backfill"_qs << u"1h"_qs << u"--duration"_qs << u"0s"_qs, state.path());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"--allow-test-hooks"_qs), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_TrafficSimulator)
#include "tst_traffic_simulator.moc"
