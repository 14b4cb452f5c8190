#include "ApiTestData.h"
#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/PartnerActionJob.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

// PartnerActionJob: defaults, the request it builds, its body, and what it refuses to send.
class TestPartnerActionJob : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

    static Partner withStatus(PartnerStatus status)
    {
        Partner p = ApiTestData::partner(17, 3);
        p.status = status;
        return p;
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

    void defaults()
    {
        PartnerActionJob job(
            m_session, withStatus(PartnerStatus::Active), PartnerAction::Suspend, u"fraud"_qs);
        QCOMPARE(job.verb(), QByteArray("POST"));
        QCOMPARE(job.path(), u"/api/v1/partners/17/suspend"_qs);
        QVERIFY(!job.isIdempotent());
    }

    void sendsIfMatchAndReason()
    {
        QJsonObject answer = ApiTestData::partnerJson(17, 4);
        answer.insert(u"status"_qs, u"suspended"_qs);
        m_nam->addRoute("POST", u"^/api/v1/partners/17/suspend$"_qs,
            FakeResponse::json(200, answer, {{"ETag", "\"4\""}}));
        auto *job = new PartnerActionJob(m_session, withStatus(PartnerStatus::Active), PartnerAction::Suspend,
            u"fake_traffic"_qs, u"  spike at 3am  "_qs);
        QSignalSpy done(job, &PartnerActionJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(m_nam->requests().size(), 1);
        const RecordedRequest &r = m_nam->requests().first();
        QCOMPARE(r.header("If-Match"), QByteArray("\"3\""));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"reasonCode"_qs).toString(), u"fake_traffic"_qs);
        QCOMPARE(body.value(u"note"_qs).toString(), u"spike at 3am"_qs);
        const auto partner = done.first().first().value<Partner>();
        QVERIFY(partner.status == PartnerStatus::Suspended);
        QCOMPARE(partner.version, 4);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("note");
        QTest::newRow("impossible step")
            << int(PartnerStatus::Applied) << int(PartnerAction::Suspend) << u"fraud"_qs << QString();
        QTest::newRow("reason missing")
            << int(PartnerStatus::Active) << int(PartnerAction::Suspend) << QString() << QString();
        QTest::newRow("reason of another step") << int(PartnerStatus::Active) << int(PartnerAction::Suspend)
                                                << u"documents_verified"_qs << QString();
        QTest::newRow("other without note")
            << int(PartnerStatus::Active) << int(PartnerAction::Suspend) << u"other"_qs << QString();
        QTest::newRow("note too long")
            << int(PartnerStatus::Active) << int(PartnerAction::Suspend) << u"fraud"_qs << QString(501, u'x');
    }

    void refusesBadInput()
    {
        QFETCH(int, status);
        QFETCH(int, action);
        QFETCH(QString, reason);
        QFETCH(QString, note);
        auto *job = new PartnerActionJob(
            m_session, withStatus(PartnerStatus(status)), PartnerAction(action), reason, note);
        QSignalSpy failed(job, &PartnerActionJob::failed);
        QVERIFY(!job->start());
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.first().first().value<ApiError>().kind == ApiError::Kind::Invalid);
        QVERIFY(!failed.first().first().value<ApiError>().message().isEmpty());
        QVERIFY(m_nam->requests().isEmpty());
    }

    void conflictNamesTheState()
    {
        m_nam->addRoute("POST", u"^/api/v1/partners/17/resume$"_qs,
            FakeResponse::problem(409, u"invalid_transition"_qs, {{u"currentStatus"_qs, u"terminated"_qs}}));
        auto *job
            = new PartnerActionJob(m_session, withStatus(PartnerStatus::Suspended), PartnerAction::Resume);
        QSignalSpy failed(job, &PartnerActionJob::failed);
        QVERIFY(job->start());
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.httpStatus, 409);
        QCOMPARE(error.code, u"invalid_transition"_qs);
        QVERIFY(!error.message().contains(u"409"_qs)); // words, not a status number
        QCOMPARE(m_nam->requests().size(), 1); // never retried
    }
};

QTEST_GUILESS_MAIN(TestPartnerActionJob)
#include "tst_partner_action_job.moc"
