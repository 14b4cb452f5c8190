#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/BulkPartnersJob.h"
#include "api/ListPartnerGroupsJob.h"
#include "api/UpdatePartnerGroupJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

// BulkPartnersJob (Idempotency-Key, retries with the same key, typed per-row results) and the
// partner group jobs.
class TestBulkPartnersJob : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

    static BulkRequest suspend()
    {
        BulkRequest r;
        r.action = BulkAction::Suspend;
        r.ids = {3, 4, 999};
        r.reasonCode = u"fraud"_qs;
        return r;
    }

    static QJsonObject answer()
    {
        return QJsonDocument::fromJson(R"({"results":[{"id":3,"ok":true,"version":5},
            {"id":4,"ok":false,"code":"invalid_transition","detail":"…","currentStatus":"applied"},
            {"id":999,"ok":false,"code":"not_found","detail":"…"}],"okCount":1,"errorCount":2})")
            .object();
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

    void sendsKeyAndDecodesRows()
    {
        m_nam->addRoute("POST", u"^/api/v1/partners:bulk$"_qs, FakeResponse::json(200, answer()));
        auto *job = new BulkPartnersJob(m_session, suspend());
        QVERIFY(job->isIdempotent()); // a POST with a key may be retried
        const QByteArray key = job->idempotencyKey();
        QVERIFY(!key.isEmpty());
        QSignalSpy done(job, &BulkPartnersJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const RecordedRequest &r = m_nam->requests().first();
        QCOMPARE(r.header("Idempotency-Key"), key);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"action"_qs).toString(), u"suspend"_qs);
        QCOMPARE(body.value(u"ids"_qs).toArray().size(), 3);
        QCOMPARE(body.value(u"reasonCode"_qs).toString(), u"fraud"_qs);
        QVERIFY(!body.contains(u"tag"_qs));
        const auto result = done.first().at(0).value<BulkResult>();
        QCOMPARE(done.first().at(1).toBool(), false);
        QCOMPARE(result.okCount, 1);
        QCOMPARE(result.results.size(), 3);
        QCOMPARE(result.results.at(0).version, 5);
        QCOMPARE(result.results.at(1).code, u"invalid_transition"_qs);
        QCOMPARE(result.results.at(1).currentStatus, u"applied"_qs);
        QCOMPARE(result.results.at(2).code, u"not_found"_qs);
    }

    void retriesSendTheSameKey()
    {
        m_nam->addRoute("POST", u"^/api/v1/partners:bulk$"_qs,
            QList<FakeResponse> {FakeResponse::error(QNetworkReply::RemoteHostClosedError),
                FakeResponse::problem(409, u"idempotency_in_progress"_qs, {}, {{"Retry-After", "0"}}),
                FakeResponse::json(200, answer(), {{"Idempotent-Replayed", "true"}})});
        auto *job = new BulkPartnersJob(m_session, suspend(), "fixed-key");
        job->setRetryDelays(1, 100);
        QSignalSpy done(job, &BulkPartnersJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(m_nam->requests().size(), 3);
        for (const RecordedRequest &r : m_nam->requests())
            QCOMPARE(r.header("Idempotency-Key"), QByteArray("fixed-key"));
        QCOMPARE(done.first().at(1).toBool(), true); // replayed
    }

    void refusesEmptyOrInvalid()
    {
        BulkRequest none = suspend();
        none.ids.clear();
        auto *job = new BulkPartnersJob(m_session, none);
        QSignalSpy failed(job, &ApiJob::failed);
        QVERIFY(!job->start());
        QVERIFY(failed.wait(1000));
        BulkRequest noTag;
        noTag.action = BulkAction::Tag;
        noTag.ids = {1};
        QString why;
        QVERIFY(!BulkPartnersJob(m_session, noTag).canStart(&why));
        QVERIFY(!why.isEmpty());
        QVERIFY(m_nam->requests().isEmpty());
    }

    void listsGroups()
    {
        m_nam->addRoute("GET", u"^/api/v1/partner-groups$"_qs,
            FakeResponse::json(200,
                QJsonDocument::fromJson(R"({"items":[{"code":"gold","name":"金牌","nameEn":"Gold",
                    "rateLimit":500,"dailyOrderCap":50000,"version":2}]})")
                    .object()));
        auto *job = new ListPartnerGroupsJob(m_session);
        QSignalSpy done(job, &ListPartnerGroupsJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto groups = done.first().first().value<QList<PartnerGroup>>();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().name, u"金牌"_qs);
        QCOMPARE(groups.first().version, 2);
    }

    void updatesGroupWithIfMatch()
    {
        const PartnerGroup before {u"gold"_qs, u"金牌"_qs, u"Gold"_qs, 500, 50000, 2};
        PartnerGroup after = before;
        after.rateLimit = 600;
        after.version = 3;
        m_nam->addRoute("PATCH", u"^/api/v1/partner-groups/gold$"_qs,
            FakeResponse::json(200, after.toJson(), {{"ETag", "\"3\""}}));
        auto *job = new UpdatePartnerGroupJob(m_session, before, after);
        QCOMPARE(job->body(), QJsonObject({{u"rateLimit"_qs, 600}}));
        QSignalSpy done(job, &UpdatePartnerGroupJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(m_nam->requests().first().header("If-Match"), QByteArray("\"2\""));
        QCOMPARE(done.first().first().value<PartnerGroup>().rateLimit, 600);
    }
};

QTEST_GUILESS_MAIN(TestBulkPartnersJob)
#include "tst_bulk_partners_job.moc"
