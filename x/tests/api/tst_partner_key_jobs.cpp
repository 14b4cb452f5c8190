// The partner key jobs against the fake network: each builds its request (path, body, no
// retry of a write) and decodes the answer; a secret is required where the service sends one.
#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/IssuePartnerKeyJob.h"
#include "api/ListPartnerKeysJob.h"
#include "api/RevokePartnerKeyJob.h"
#include "api/RotatePartnerKeyJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

namespace {

QJsonObject keyJson(qint64 id, const QString &state, const QJsonValue &expiresAt = QJsonValue::Null)
{
    return {{u"keyId"_qs, id}, {u"partnerId"_qs, 17},
        {u"appKey"_qs, u"kp_%1"_qs.arg(id, 24, 10, QChar(u'0'))},
        {u"createdAt"_qs, u"2026-11-25T04:03:16.123Z"_qs}, {u"createdBy"_qs, u"operator"_qs},
        {u"lastUsedAt"_qs, QJsonValue::Null}, {u"expiresAt"_qs, expiresAt},
        {u"revokedAt"_qs, state == u"revoked"_qs ? QJsonValue(u"2026-11-25T05:00:00.000Z"_qs) : QJsonValue()},
        {u"revokedBy"_qs, state == u"revoked"_qs ? QJsonValue(u"admin"_qs) : QJsonValue()},
        {u"state"_qs, state}};
}

QJsonObject withSecret(QJsonObject key)
{
    key.insert(u"secret"_qs, u"ks_secret"_qs);
    return key;
}

} // namespace

class TestPartnerKeyJobs : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

    QJsonObject sentBody() const { return QJsonDocument::fromJson(m_nam->requests().last().body).object(); }

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

    void listDecodesKeys()
    {
        m_nam->addRoute("GET", u"^/api/v1/partners/17/keys$"_qs,
            FakeResponse::json(200,
                QJsonObject {{u"items"_qs,
                    QJsonArray {keyJson(2, u"expiring"_qs, u"2026-11-26T04:03:16.123Z"_qs),
                        keyJson(1, u"revoked"_qs)}}}));
        auto *job = new ListPartnerKeysJob(m_session, 17);
        QSignalSpy done(job, &ListPartnerKeysJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto keys = done.first().first().value<QList<PartnerKey>>();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0).id, 2);
        QCOMPARE(keys.at(0).expiresAt, QDateTime(QDate(2026, 11, 26), QTime(4, 3, 16, 123), Qt::UTC));
        QCOMPARE(toString(keys.at(0).stateAt(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC))),
            u"expiring"_qs);
        QCOMPARE(keys.at(1).revokedBy, u"admin"_qs);
        QCOMPARE(toString(keys.at(1).stateAt(QDateTime::currentDateTimeUtc())), u"revoked"_qs);
        QVERIFY(!keys.at(1).lastUsedAt.isValid());
    }

    void issueNeedsTheSecret_data()
    {
        QTest::addColumn<bool>("withSecret");
        QTest::newRow("with secret") << true;
        QTest::newRow("without secret") << false;
    }

    void issueNeedsTheSecret()
    {
        QFETCH(bool, withSecret);
        const QJsonObject key = keyJson(5, u"active"_qs);
        m_nam->addRoute("POST", u"^/api/v1/partners/17/keys$"_qs,
            FakeResponse::json(201, withSecret ? ::withSecret(key) : key));
        auto *job = new IssuePartnerKeyJob(m_session, 17);
        QSignalSpy done(job, &IssuePartnerKeyJob::finished);
        QSignalSpy failed(job, &IssuePartnerKeyJob::failed);
        QVERIFY(job->start());
        QVERIFY(withSecret ? done.wait(5000) : failed.wait(5000));
        if (withSecret) {
            const auto issued = done.first().first().value<IssuedPartnerKey>();
            QCOMPARE(issued.secret, u"ks_secret"_qs);
            QCOMPARE(issued.key.id, 5);
        } else {
            QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Decode);
        }
    }

    void rotateSendsOverlapAndIsNotRetried()
    {
        m_nam->addRoute("POST", u"^/api/v1/partners/17/keys/5/rotate$"_qs,
            {FakeResponse::problem(503, u"service_unavailable"_qs), FakeResponse::json(201, [] {
                 QJsonObject o = withSecret(keyJson(6, u"active"_qs));
                 o.insert(u"previous"_qs, keyJson(5, u"expiring"_qs, u"2026-11-25T06:03:16.123Z"_qs));
                 return o;
             }())});
        auto *job = new RotatePartnerKeyJob(m_session, 17, 5, 2);
        QSignalSpy failed(job, &RotatePartnerKeyJob::failed);
        QVERIFY(job->start());
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_nam->requests().size(), 1); // a write is never sent twice on its own
        QCOMPARE(sentBody().value(u"overlapHours"_qs).toInt(), 2);

        auto *again = new RotatePartnerKeyJob(m_session, 17, 5, 0);
        QSignalSpy done(again, &RotatePartnerKeyJob::finished);
        QVERIFY(again->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(sentBody().value(u"overlapHours"_qs).toInt(), 0);
        QCOMPARE(done.first().at(0).value<IssuedPartnerKey>().key.id, 6);
        QCOMPARE(done.first().at(1).value<PartnerKey>().id, 5);
    }

    void rotateRefusesOverlapOutOfRange()
    {
        auto *job = new RotatePartnerKeyJob(m_session, 17, 5, 169);
        QSignalSpy failed(job, &RotatePartnerKeyJob::failed);
        QVERIFY(!job->start());
        QVERIFY(failed.wait(2000));
        QVERIFY(m_nam->requests().isEmpty());
    }

    void revokeSendsNoteAndExplainsConflict()
    {
        m_nam->addRoute("POST", u"^/api/v1/partners/17/keys/5/revoke$"_qs,
            FakeResponse::problem(409, u"key_already_revoked"_qs));
        auto *job = new RevokePartnerKeyJob(m_session, 17, 5, u"  泄露  "_qs);
        QSignalSpy failed(job, &RevokePartnerKeyJob::failed);
        QVERIFY(job->start());
        QVERIFY(failed.wait(5000));
        QCOMPARE(sentBody().value(u"note"_qs).toString(), u"泄露"_qs);
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.code, u"key_already_revoked"_qs);
        QCOMPARE(error.message(), u"This key was already revoked. Reload to see the current keys."_qs);
    }

    void revokeDecodesTheKey()
    {
        m_nam->addRoute("POST", u"^/api/v1/partners/17/keys/5/revoke$"_qs,
            FakeResponse::json(200, keyJson(5, u"revoked"_qs)));
        auto *job = new RevokePartnerKeyJob(m_session, 17, 5);
        QSignalSpy done(job, &RevokePartnerKeyJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QVERIFY(sentBody().isEmpty());
        QVERIFY(done.first().first().value<PartnerKey>().revokedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestPartnerKeyJobs)
#include "tst_partner_key_jobs.moc"
