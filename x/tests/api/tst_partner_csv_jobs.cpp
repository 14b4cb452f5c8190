#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ExportPartnersJob.h"
#include "api/ImportPartnersJob.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

class TestPartnerCsvJobs : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

    static QJsonObject report(bool dryRun)
    {
        const QJsonObject update {{u"line"_qs, 3}, {u"action"_qs, u"update"_qs}, {u"id"_qs, 17},
            {u"errors"_qs, QJsonArray {}},
            {u"changes"_qs,
                QJsonObject {
                    {u"commissionBps"_qs, QJsonObject {{u"from"_qs, u"100"_qs}, {u"to"_qs, u"200"_qs}}}}}};
        const QJsonObject bad {{u"line"_qs, 4}, {u"action"_qs, u"error"_qs}, {u"id"_qs, QJsonValue()},
            {u"errors"_qs,
                QJsonArray {QJsonObject {{u"field"_qs, u"name"_qs}, {u"code"_qs, u"duplicate"_qs},
                    {u"message"_qs, u"another partner has this name"_qs}}}},
            {u"changes"_qs, QJsonObject {}}};
        return {{u"dryRun"_qs, dryRun}, {u"rows"_qs, QJsonArray {update, bad}},
            {u"summary"_qs,
                QJsonObject {{u"create"_qs, 2}, {u"update"_qs, 1}, {u"unchanged"_qs, 7}, {u"error"_qs, 1}}}};
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_session = new ApiSession(m_nam, this);
        m_session->setBaseUrl(QUrl(u"http://kepler.test"_qs));
        m_session->setToken(u"token"_qs);
    }

    void cleanup()
    {
        delete m_session;
        delete m_nam;
    }

    void exportSendsFiltersAndReturnsBytes()
    {
        FakeResponse csv
            = FakeResponse::raw(200, "text/csv; charset=utf-8", "\xEF\xBB\xBFid,name\r\n1,今日\r\n");
        csv.headers.append(qMakePair(
            QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"partners-20261125.csv\"")));
        m_nam->addRoute("GET", u"^/api/v1/partners:export$"_qs, csv);
        PartnerQuery query;
        query.text = u"news"_qs;
        query.statuses = {PartnerStatus::Active};
        query.cursor = u"abc"_qs;
        auto *job = new ExportPartnersJob(m_session, query);
        QSignalSpy done(job, &ExportPartnersJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const QUrlQuery sent(m_nam->requests().first().url);
        QCOMPARE(sent.queryItemValue(u"q"_qs), u"news"_qs);
        QCOMPARE(sent.queryItemValue(u"status"_qs), u"active"_qs);
        QVERIFY(!sent.hasQueryItem(u"limit"_qs));
        QVERIFY(!sent.hasQueryItem(u"cursor"_qs));
        QVERIFY(m_nam->requests().first().header("Accept").startsWith("text/csv"));
        QCOMPARE(done.first().at(0).toByteArray(), QByteArray("\xEF\xBB\xBFid,name\r\n1,今日\r\n"));
        QCOMPARE(done.first().at(1).toString(), u"partners-20261125.csv"_qs);
    }

    void exportRefusesJsonAndReportsProblems()
    {
        m_nam->addRoute("GET", u"^/api/v1/partners:export$"_qs, FakeResponse::json(200, QJsonObject {}));
        auto *job = new ExportPartnersJob(m_session, PartnerQuery {});
        QSignalSpy failed(job, &ExportPartnersJob::failed);
        job->start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Decode);
        QCOMPARE(ExportPartnersJob::fileNameFrom("attachment"), u"partners.csv"_qs);
        QCOMPARE(ExportPartnersJob::fileNameFrom("attachment; filename=\"../x.csv\""), u"x.csv"_qs);
    }

    void importDryRunPostsCsvAndDecodesTheReport()
    {
        m_nam->addRoute("POST", u"^/api/v1/partners:import$"_qs, FakeResponse::json(200, report(true)));
        auto *job = new ImportPartnersJob(m_session, "name,mode,scenario\nA,guide,news_app\n", true);
        QSignalSpy done(job, &ImportPartnersJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const RecordedRequest &sent = m_nam->requests().first();
        QCOMPARE(sent.url.query(), u"dryRun=true"_qs);
        QCOMPARE(sent.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QCOMPARE(sent.body, QByteArray("name,mode,scenario\nA,guide,news_app\n"));
        const auto r = done.first().first().value<ImportReport>();
        QVERIFY(r.dryRun);
        QVERIFY(!r.rejected);
        QCOMPARE(r.created, 2);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 7);
        QCOMPARE(r.errors, 1);
        QVERIFY(!r.canApply());
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).action, ImportRow::Action::Update);
        QCOMPARE(r.rows.at(0).id, 17);
        QCOMPARE(r.rows.at(0).changes.size(), 1);
        QCOMPARE(r.rows.at(0).changes.first().to, u"200"_qs);
        QCOMPARE(r.rows.at(1).errors.first().code, u"duplicate"_qs);
    }

    void refusedRealRunStillYieldsTheReport()
    {
        QJsonObject problem = report(false);
        problem.insert(u"detail"_qs, u"1 rows have errors; nothing was written"_qs);
        m_nam->addRoute("POST", u"^/api/v1/partners:import$"_qs,
            FakeResponse::problem(422, u"validation_failed"_qs, problem));
        auto *job = new ImportPartnersJob(m_session, "name,mode,scenario\n", false);
        QSignalSpy done(job, &ImportPartnersJob::finished);
        QSignalSpy failed(job, &ImportPartnersJob::failed);
        job->start();
        QVERIFY(done.wait(5000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_nam->requests().first().url.query(), u"dryRun=false"_qs);
        const auto r = done.first().first().value<ImportReport>();
        QVERIFY(r.rejected);
        QVERIFY(!r.dryRun);
        QCOMPARE(r.errors, 1);
        QCOMPARE(m_nam->requests().size(), 1); // a plain POST is never retried
    }

    void fileLevelProblemFails()
    {
        m_nam->addRoute("POST", u"^/api/v1/partners:import$"_qs,
            FakeResponse::problem(400, u"invalid_csv"_qs, {{u"detail"_qs, u"Missing columns: mode"_qs}}));
        auto *job = new ImportPartnersJob(m_session, "name\nA\n", true);
        QSignalSpy failed(job, &ImportPartnersJob::failed);
        job->start();
        QVERIFY(failed.wait(5000));
        const auto e = failed.first().first().value<ApiError>();
        QCOMPARE(e.code, u"invalid_csv"_qs);
        QVERIFY(!e.message().isEmpty());
    }

    void emptyFileIsRefusedLocally()
    {
        auto *job = new ImportPartnersJob(m_session, "  \n", true);
        QSignalSpy failed(job, &ImportPartnersJob::failed);
        QVERIFY(!job->start());
        QVERIFY(failed.wait(2000));
        QVERIFY(m_nam->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPartnerCsvJobs)
#include "tst_partner_csv_jobs.moc"
