// The dashboards' jobs: what each asks (path, query, body) and refuses before sending, without any
// network; then against a real kepler-platform with pings at known times (X-Kepler-Clock, one failing
// with X-Kepler-Fault): the answers decode to the counts that were sent, the SLO report names the
// targets, and annotations go round trip (create, list, refuse a reviewer, delete).
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "api/CreateAnnotationJob.h"
#include "api/DeleteAnnotationJob.h"
#include "api/ListAnnotationsJob.h"
#include "api/MetricsAvailabilityJob.h"
#include "api/MetricsOrdersJob.h"
#include "api/SloJob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;
using namespace Kepler::Test;

namespace {
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
const qint64 kNow = QDateTime::currentMSecsSinceEpoch();
// Two hours ago, on a whole minute: the pings land in known 1-minute points.
const qint64 kAt = (kNow - 2 * Hour) / Minute * Minute;

template<typename Job> QString refusal(Job &&job)
{
    QString why;
    return job.canStart(&why) ? QString() : why;
}
} // namespace

class tst_MetricsJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAndRefusals();
    void ordersAndAvailabilityDecodeWhatWasSent();
    void sloReport();
    void annotationsRoundTrip();

private:
    template<typename Job, typename Signal> QVariantList run(Job *job, Signal finished);
    ApiSession *sessionFor(const QString &user);

    PlatformProcess m_platform;
    QNetworkAccessManager m_nam;
    ApiSession *m_offline = nullptr;
    ApiSession *m_manager = nullptr;
    qint64 m_partner = 0;
};

void tst_MetricsJobs::initTestCase()
{
    m_offline = new ApiSession(&m_nam, this);
    m_offline->setBaseUrl(QUrl(u"http://kepler.test"_qs));
    m_offline->setToken(u"token"_qs);
    QVERIFY2(
        m_platform.start({u"--demo"_qs, u"--allow-test-hooks"_qs}), qPrintable(m_platform.errorString()));
    m_manager = sessionFor(u"manager"_qs);

    // Six pings by one partner in the minute of kAt, the third failing (503).
    HttpClient op(m_platform.url());
    QCOMPARE(op.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
    m_partner = op.get(u"/api/v1/partners?status=active&limit=1&sort=id"_qs)
                    .object()
                    .value(u"items"_qs)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"id"_qs)
                    .toInteger();
    const QJsonObject key
        = op.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(m_partner), QJsonObject {}).object();
    const GatewayKey gk {key.value(u"appKey"_qs).toString(), key.value(u"secret"_qs).toString()};
    HttpClient gateway(m_platform.url());
    for (int i = 0; i < 6; ++i) {
        SignedCall call;
        Headers headers = signedHeaders(gk, call);
        headers.append(
            std::pair<QByteArray, QByteArray>("X-Kepler-Clock", QByteArray::number(kAt + i * 1000)));
        if (i == 2)
            headers.append(std::pair<QByteArray, QByteArray>("X-Kepler-Fault", "error"));
        QCOMPARE(gateway.requestRaw("GET", call.pathAndQuery, {}, headers).status, i == 2 ? 503 : 200);
    }
    // The recorder writes once a second: wait until the minute holds all six.
    QTRY_COMPARE_WITH_TIMEOUT(
        op.get(u"/api/v1/metrics/availability?from=%1&to=%2&step=1m"_qs.arg(kAt).arg(kAt + Minute))
            .object()
            .value(u"series"_qs)
            .toArray()
            .first()
            .toObject()
            .value(u"points"_qs)
            .toArray()
            .first()
            .toObject()
            .value(u"total"_qs)
            .toInteger(),
        6, 15000);
}

ApiSession *tst_MetricsJobs::sessionFor(const QString &user)
{
    HttpClient http(m_platform.url());
    http.login(user, u"kepler-demo"_qs);
    auto *session = new ApiSession(&m_nam, this);
    session->setBaseUrl(m_platform.url());
    session->setToken(http.token());
    return session;
}

template<typename Job, typename Signal> QVariantList tst_MetricsJobs::run(Job *job, Signal finished)
{
    QSignalSpy done(job, finished);
    QSignalSpy failed(job, &ApiJob::failed);
    job->start();
    if (!done.wait(15000) && !failed.isEmpty())
        qWarning() << failed.first().first().template value<ApiError>().message();
    return done.isEmpty() ? QVariantList() : done.first();
}

void tst_MetricsJobs::requestsAndRefusals()
{
    MetricsRequest r {1000, 2000, u"5m"_qs, u"partner"_qs, 12, {}};
    MetricsOrdersJob orders(m_offline, r);
    QCOMPARE(orders.verb(), QByteArray("GET"));
    QCOMPARE(orders.buildRequest().url().toString(),
        u"http://kepler.test/api/v1/metrics/orders?from=1000&to=2000&step=5m&groupBy=partner&partner=12"_qs);
    QVERIFY(refusal(MetricsOrdersJob(m_offline, r)).isEmpty());
    // Defaults: no parameters, the service picks the last 24 h and the step.
    QCOMPARE(MetricsAvailabilityJob(m_offline, {}).buildRequest().url().toString(),
        u"http://kepler.test/api/v1/metrics/availability"_qs);
    QVERIFY(!refusal(MetricsOrdersJob(m_offline, {2000, 1000, {}, {}, {}, {}})).isEmpty()); // backwards
    QVERIFY(!refusal(MetricsOrdersJob(m_offline, {0, 0, u"2m"_qs, {}, {}, {}})).isEmpty()); // no such step
    QVERIFY(!refusal(MetricsOrdersJob(m_offline, {0, 0, {}, u"service"_qs, {}, {}}))
                 .isEmpty()); // orders by service
    QVERIFY(refusal(MetricsAvailabilityJob(m_offline, {0, 0, {}, u"service"_qs, {}, u"order"_qs})).isEmpty());
    QVERIFY(!refusal(MetricsAvailabilityJob(m_offline, {0, 0, {}, u"mode"_qs, {}, {}})).isEmpty());
    QCOMPARE(SloJob(m_offline, 7, 5000).buildRequest().url().query(), u"partner=7&at=5000"_qs);
    QVERIFY(!refusal(SloJob(m_offline, 0)).isEmpty());

    CreateAnnotationJob create(m_offline, 1234, u"  发布 2.4  "_qs, u"order"_qs);
    QCOMPARE(create.verb(), QByteArray("POST"));
    QCOMPARE(create.body(),
        (QJsonObject {{u"at"_qs, 1234}, {u"note"_qs, u"发布 2.4"_qs}, {u"scope"_qs, u"order"_qs}}));
    QVERIFY(!create.isIdempotent()); // a POST is never sent twice
    QVERIFY(!refusal(CreateAnnotationJob(m_offline, 1234, u"   "_qs)).isEmpty());
    QVERIFY(!refusal(CreateAnnotationJob(m_offline, 1234, QString(501, u'x'))).isEmpty());
    QVERIFY(refusal(CreateAnnotationJob(m_offline, 1234, QString(500, u'x'))).isEmpty());
    QCOMPARE(CreateAnnotationJob(m_offline, 1234, QString()).inputErrors().first().field, u"note"_qs);
    QCOMPARE(ListAnnotationsJob(m_offline, 10, 20).buildRequest().url().query(), u"from=10&to=20"_qs);
    QVERIFY(!refusal(ListAnnotationsJob(m_offline, 20, 10)).isEmpty());
    QCOMPARE(DeleteAnnotationJob(m_offline, 9).path(), u"/api/v1/annotations/9"_qs);
    QVERIFY(!refusal(DeleteAnnotationJob(m_offline, 0)).isEmpty());
}

void tst_MetricsJobs::ordersAndAvailabilityDecodeWhatWasSent()
{
    const MetricsRequest r {kAt - 10 * Minute, kAt + 10 * Minute, u"1m"_qs, u"partner"_qs, std::nullopt, {}};
    const auto answer = run(new MetricsAvailabilityJob(m_manager, r), &MetricsAvailabilityJob::finished);
    QVERIFY(!answer.isEmpty());
    const auto m = answer.first().value<AvailabilityMetrics>();
    QCOMPARE(m.stepMs, Minute);
    QCOMPARE(m.from, kAt - 10 * Minute);
    QCOMPARE(m.series.size(), 1);
    QCOMPARE(m.series.first().key, QString::number(m_partner));
    QCOMPARE(m.series.first().points.size(), 20);
    const RequestPoint &p = m.series.first().points.at(10);
    QCOMPARE(p.t, kAt);
    QCOMPARE(p.total, 6);
    QCOMPARE(p.good, 5);
    QCOMPARE(p.errors, 1);
    QVERIFY(p.p50Ms > 0 && p.p99Ms >= p.p50Ms);
    QCOMPARE(*m.series.first().sli, 5.0 / 6.0);

    const auto orders = run(new MetricsOrdersJob(m_manager, {kAt - Hour, kAt + Hour, {}, {}, {}, {}}),
        &MetricsOrdersJob::finished);
    QVERIFY(!orders.isEmpty());
    const auto o = orders.first().value<OrderMetrics>();
    QCOMPARE(o.series.size(), 1);
    QCOMPARE(o.series.first().key, u"all"_qs);
    QCOMPARE(o.step, u"1m"_qs); // 2 h: the finest step
    QCOMPARE(o.series.first().points.size(), 120);

    // A refused question comes back as an error in words.
    auto *tooMuch = new MetricsOrdersJob(m_manager, {kNow - 20 * 24 * Hour, kNow, u"1m"_qs, {}, {}, {}});
    QSignalSpy failed(tooMuch, &ApiJob::failed);
    tooMuch->start();
    QVERIFY(failed.wait(15000));
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(!error.message().isEmpty());
}

void tst_MetricsJobs::sloReport()
{
    const auto answer = run(new SloJob(m_manager, m_partner, kAt + 30'000), &SloJob::finished);
    QVERIFY(!answer.isEmpty());
    const auto report = answer.first().value<SloReport>();
    QCOMPARE(report.overallTarget, 0.9999);
    QCOMPARE(report.serviceTarget, 0.99999);
    QCOMPARE(report.budgetDays, 30);
    QCOMPARE(report.partner.value_or(0), m_partner);
    QCOMPARE(report.items.first().service, u"all"_qs);
    QCOMPARE(report.items.first().total, 6);
    QCOMPARE(report.items.first().good, 5);
    // One in six failed within five minutes on a quiet system: the workbook pages.
    QCOMPARE(report.items.first().alert, u"page"_qs);
    QVERIFY(report.items.first().burn5m > 14.4);
    QVERIFY(report.items.first().errorBudgetRemaining < 0);
}

void tst_MetricsJobs::annotationsRoundTrip()
{
    const auto created
        = run(new CreateAnnotationJob(m_manager, kAt, u"双11 演练"_qs), &CreateAnnotationJob::finished);
    QVERIFY(!created.isEmpty());
    const auto a = created.first().value<Annotation>();
    QVERIFY(a.id > 0);
    QCOMPARE(a.at, kAt);
    QCOMPARE(a.createdBy, u"manager"_qs);

    const auto listed
        = run(new ListAnnotationsJob(m_manager, kAt - Minute, kAt + Minute), &ListAnnotationsJob::finished);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed.first().value<QList<Annotation>>(), QList<Annotation> {a});
    QCOMPARE(listed.at(1).toBool(), false);

    auto *refused = new CreateAnnotationJob(sessionFor(u"reviewer"_qs), kAt, u"not mine to write"_qs);
    QSignalSpy failed(refused, &ApiJob::failed);
    refused->start();
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 403);

    const auto deleted = run(new DeleteAnnotationJob(m_manager, a.id), &DeleteAnnotationJob::finished);
    QCOMPARE(deleted.value(0).toLongLong(), a.id);
    const auto after
        = run(new ListAnnotationsJob(m_manager, kAt - Minute, kAt + Minute), &ListAnnotationsJob::finished);
    QVERIFY(after.first().value<QList<Annotation>>().isEmpty());
}

QTEST_GUILESS_MAIN(tst_MetricsJobs)
#include "tst_metrics_jobs.moc"
