// kepler-traffic's mini-program onboarding (simulator/) against a real kepler-platform: the
// partner's steps 1–2 over signed HTTP put a version with three PNG screenshots in the staff
// review queue; a refused step (a partner that may not call) comes back as words, not a crash.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include "simulator/MiniProgramOnboarding.h"

#include <QJsonArray>
#include <QTest>

using namespace Kepler::Test;
using namespace Kepler::Simulator;

class tst_TrafficOnboarding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onboardingReachesTheQueue();
    void refusalsAreReported();

private:
    std::pair<QString, QString> issueKey(qint64 partnerId);
    qint64 firstPartner(const QString &status);

    PlatformProcess m_platform;
    HttpClient m_operator;
};

void tst_TrafficOnboarding::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
}

std::pair<QString, QString> tst_TrafficOnboarding::issueKey(qint64 partnerId)
{
    const HttpResult r
        = m_operator.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(partnerId), QJsonObject {});
    return {r.object().value(u"appKey"_qs).toString(), r.object().value(u"secret"_qs).toString()};
}

qint64 tst_TrafficOnboarding::firstPartner(const QString &status)
{
    return m_operator.get(u"/api/v1/partners?limit=1&sort=id&status="_qs + status)
        .object()
        .value(u"items"_qs)
        .toArray()
        .at(0)
        .toObject()
        .value(u"id"_qs)
        .toInteger();
}

void tst_TrafficOnboarding::onboardingReachesTheQueue()
{
    const qint64 partner = firstPartner(u"active"_qs);
    const auto [appKey, secret] = issueKey(partner);
    PartnerClient client(m_platform.url(), appKey, secret);
    QStringList lines;
    const OnboardingResult result = onboard(client,
        {u"wxtraffic00000001"_qs, u"流量商城"_qs, u"3.0.0"_qs, u"新版首页"_qs, u"shopping"_qs, 0x43A047},
        [&](const QString &line) { lines << line; });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.status, u"submitted"_qs);
    QCOMPARE(lines.size(), 4);
    const HttpResult item = m_operator.get(u"/api/v1/reviews/miniprogram-%1"_qs.arg(result.versionId));
    QCOMPARE(item.status, 200);
    QCOMPARE(item.object().value(u"status"_qs).toString(), u"submitted"_qs);
    QCOMPARE(item.object().value(u"appName"_qs).toString(), u"流量商城"_qs);
    const QJsonArray shots
        = item.object().value(u"submission"_qs).toObject().value(u"screenshots"_qs).toArray();
    QCOMPARE(shots.size(), 3);
    const HttpResult png = m_operator.get(u"/api/v1/miniprograms/screenshots/"_qs + shots.at(1).toString());
    QCOMPARE(png.status, 200);
    QVERIFY(png.body.startsWith("\x89PNG"));
}

void tst_TrafficOnboarding::refusalsAreReported()
{
    const qint64 suspended = firstPartner(u"suspended"_qs);
    const auto [appKey, secret] = issueKey(suspended);
    QVERIFY(!secret.isEmpty());
    PartnerClient client(m_platform.url(), appKey, secret);
    const OnboardingResult result
        = onboard(client, {u"wxtraffic00000002"_qs, u"停用商城"_qs, u"1.0.0"_qs, u"x"_qs, u"shopping"_qs, 0});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"partner_not_active"_qs), qPrintable(result.error));
    PartnerClient wrong(m_platform.url(), appKey, u"ks_wrong"_qs);
    const OnboardingResult bad = onboard(wrong, {u"wxtraffic00000003"_qs, u"x"_qs, u"1.0.0"_qs, u"x"_qs});
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(u"401"_qs), qPrintable(bad.error));
}

QTEST_GUILESS_MAIN(tst_TrafficOnboarding)
#include "tst_traffic_onboarding.moc"
