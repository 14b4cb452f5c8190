#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/PartnerTimelineJob.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

class TestPartnerTimelineJob : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

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

    void requestAndDecode()
    {
        const QJsonObject suspend {
            {u"id"_qs, 9},
            {u"at"_qs, u"2026-11-25T04:03:16.123Z"_qs},
            {u"actor"_qs, u"operator"_qs},
            {u"action"_qs, u"partner.suspend"_qs},
            {u"details"_qs, QJsonObject {{u"reasonCode"_qs, u"fraud"_qs}, {u"note"_qs, u"chargebacks"_qs}}},
            {u"changes"_qs, QJsonArray {u"status"_qs}},
            {u"fromStatus"_qs, u"active"_qs},
            {u"toStatus"_qs, u"suspended"_qs},
            {u"requestId"_qs, u"r-1"_qs},
        };
        m_nam->addRoute("GET", u"^/api/v1/partners/17/timeline$"_qs,
            FakeResponse::json(200,
                QJsonObject {{u"items"_qs, QJsonArray {suspend}}, {u"nextCursor"_qs, QJsonValue()},
                    {u"total"_qs, 1}}));
        auto *job = new PartnerTimelineJob(m_session, 17, 20);
        QSignalSpy done(job, &PartnerTimelineJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(m_nam->requests().first().url.query(), u"limit=20"_qs);
        const auto page = done.first().first().value<TimelinePage>();
        QCOMPARE(page.total, 1);
        QCOMPARE(page.items.size(), 1);
        const TimelineEntry &e = page.items.first();
        QCOMPARE(e.action, u"partner.suspend"_qs);
        QCOMPARE(e.reasonCode, u"fraud"_qs);
        QCOMPARE(e.note, u"chargebacks"_qs);
        QCOMPARE(e.toStatus, u"suspended"_qs);
        QCOMPARE(e.at, QDateTime(QDate(2026, 11, 25), QTime(4, 3, 16, 123), Qt::UTC));
    }

    void refusesWithoutPartner()
    {
        auto *job = new PartnerTimelineJob(m_session, 0);
        QSignalSpy failed(job, &PartnerTimelineJob::failed);
        QVERIFY(!job->start());
        QVERIFY(failed.wait(2000));
        QVERIFY(m_nam->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPartnerTimelineJob)
#include "tst_partner_timeline_job.moc"
