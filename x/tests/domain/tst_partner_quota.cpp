// Quotas: where a partner's effective rate limit and daily order cap come from, the partner group
// codec and PATCH rules, and the partner fields that may be null (inherit).
#include "domain/EffectiveQuota.h"
#include "domain/Partner.h"
#include "domain/PartnerBulk.h"
#include "domain/PartnerGroup.h"
#include "domain/PartnerValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Kepler;

Q_DECLARE_METATYPE(std::optional<int>)

class TestPartnerQuota : public QObject
{
    Q_OBJECT

private:
    static PartnerGroup gold() { return {u"gold"_qs, u"金牌"_qs, u"Gold"_qs, 200, 20000, 3}; }

private Q_SLOTS:
    void effectiveQuotaSources_data()
    {
        QTest::addColumn<std::optional<int>>("rate");
        QTest::addColumn<std::optional<int>>("cap");
        QTest::addColumn<bool>("inGroup");
        QTest::addColumn<int>("expectedRate");
        QTest::addColumn<QString>("rateFrom");
        QTest::addColumn<int>("expectedCap");
        QTest::addColumn<QString>("capFrom");
        const std::optional<int> none;
        QTest::newRow("no group, nothing set")
            << none << none << false << PlatformQuota::RateLimit << u"platform"_qs
            << PlatformQuota::DailyOrderCap << u"platform"_qs;
        QTest::newRow("group, nothing set")
            << none << none << true << 200 << u"group"_qs << 20000 << u"group"_qs;
        QTest::newRow("group, rate overridden")
            << std::optional<int>(7) << none << true << 7 << u"partner"_qs << 20000 << u"group"_qs;
        QTest::newRow("group, cap overridden")
            << none << std::optional<int>(9) << true << 200 << u"group"_qs << 9 << u"partner"_qs;
        QTest::newRow("no group, both overridden") << std::optional<int>(5) << std::optional<int>(6) << false
                                                   << 5 << u"partner"_qs << 6 << u"partner"_qs;
        QTest::newRow("no group, rate overridden")
            << std::optional<int>(5) << none << false << 5 << u"partner"_qs << PlatformQuota::DailyOrderCap
            << u"platform"_qs;
    }

    void effectiveQuotaSources()
    {
        QFETCH(std::optional<int>, rate);
        QFETCH(std::optional<int>, cap);
        QFETCH(bool, inGroup);
        Partner p;
        p.rateLimit = rate;
        p.dailyOrderCap = cap;
        const PartnerGroup g = gold();
        const EffectiveQuota q = effectiveQuotaOf(p, inGroup ? &g : nullptr);
        QTEST(q.rateLimit, "expectedRate");
        QTEST(toString(q.rateLimitFrom), "rateFrom");
        QTEST(q.dailyOrderCap, "expectedCap");
        QTEST(toString(q.dailyOrderCapFrom), "capFrom");
        const auto back = EffectiveQuota::fromJson(q.toJson());
        QVERIFY(back);
        QCOMPARE(*back, q);
    }

    void groupRoundTrip()
    {
        const PartnerGroup g = gold();
        const QJsonObject json = g.toJson();
        QCOMPARE(json.value(u"name"_qs).toString(), u"金牌"_qs);
        const auto back = PartnerGroup::fromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, g);
        QJsonObject bad = json;
        bad.remove(u"code"_qs);
        bad.insert(u"rateLimit"_qs, u"fast"_qs);
        FieldErrors errors;
        QVERIFY(!PartnerGroup::fromJson(bad, &errors));
        QCOMPARE(errors.size(), 2);
    }

    void groupPatch_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::addColumn<QString>("code");
        QTest::newRow("rate") << QByteArray(R"({"rateLimit":300})") << QString() << QString();
        QTest::newRow("names") << QByteArray(R"({"name":"白金","nameEn":"Platinum"})") << QString()
                               << QString();
        QTest::newRow("rate zero") << QByteArray(R"({"rateLimit":0})") << u"rateLimit"_qs
                                   << u"out_of_range"_qs;
        QTest::newRow("rate null") << QByteArray(R"({"rateLimit":null})") << u"rateLimit"_qs
                                   << u"required"_qs;
        QTest::newRow("cap too big") << QByteArray(R"({"dailyOrderCap":10000001})") << u"dailyOrderCap"_qs
                                     << u"out_of_range"_qs;
        QTest::newRow("code read-only")
            << QByteArray(R"({"code":"platinum"})") << u"code"_qs << u"read_only"_qs;
        QTest::newRow("unknown") << QByteArray(R"({"colour":"gold"})") << u"colour"_qs << u"unknown_field"_qs;
    }

    void groupPatch()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, code);
        PartnerGroup g = gold();
        const FieldErrors errors = applyPartnerGroupPatch(QJsonDocument::fromJson(body).object(), &g);
        if (field.isEmpty()) {
            QVERIFY(errors.isEmpty());
            QVERIFY(g != gold());
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QCOMPARE(errors.first().code, code);
        QCOMPARE(g, gold()); // untouched
    }

    void partnerQuotaFieldsRoundTrip()
    {
        Partner p;
        p.id = 1;
        p.name = u"今日资讯"_qs;
        p.scenario = u"news_app"_qs;
        p.group = u"gold"_qs;
        p.dailyOrderCap = 500;
        const PartnerGroup g = gold();
        p.effectiveQuota = effectiveQuotaOf(p, &g);
        const QJsonObject json = p.toJson();
        QVERIFY(json.value(u"rateLimit"_qs).isNull());
        QCOMPARE(json.value(u"group"_qs).toString(), u"gold"_qs);
        QCOMPARE(
            json.value(u"effectiveQuota"_qs).toObject().value(u"rateLimitFrom"_qs).toString(), u"group"_qs);
        const auto back = Partner::fromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, p);
    }

    void patchNullInherits()
    {
        Partner p;
        p.group = u"gold"_qs;
        p.rateLimit = 100;
        p.dailyOrderCap = 100;
        const FieldErrors errors = applyPartnerPatch(
            QJsonDocument::fromJson(R"({"group":null,"rateLimit":null,"dailyOrderCap":300})").object(), &p);
        QVERIFY(errors.isEmpty());
        QVERIFY(p.group.isEmpty());
        QVERIFY(!p.rateLimit);
        QCOMPARE(p.dailyOrderCap, std::optional<int>(300));
        // The patch the console sends for that edit names exactly those fields.
        Partner before;
        before.group = u"gold"_qs;
        before.rateLimit = 100;
        before.dailyOrderCap = 100;
        const QJsonObject patch = partnerPatch(before, p);
        QCOMPARE(patch.keys(), QStringList({u"dailyOrderCap"_qs, u"group"_qs, u"rateLimit"_qs}));
        QVERIFY(patch.value(u"group"_qs).isNull());
    }

    void patchRejectsBadQuotaFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("group form") << QByteArray(R"({"group":"Gold!"})") << u"group"_qs
                                    << u"invalid_value"_qs;
        QTest::newRow("group type") << QByteArray(R"({"group":7})") << u"group"_qs << u"wrong_type"_qs;
        QTest::newRow("cap zero") << QByteArray(R"({"dailyOrderCap":0})") << u"dailyOrderCap"_qs
                                  << u"out_of_range"_qs;
        QTest::newRow("effective read-only")
            << QByteArray(R"({"effectiveQuota":{}})") << u"effectiveQuota"_qs << u"read_only"_qs;
    }

    void patchRejectsBadQuotaFields()
    {
        QFETCH(QByteArray, body);
        Partner p;
        const FieldErrors errors = applyPartnerPatch(QJsonDocument::fromJson(body).object(), &p);
        QCOMPARE(errors.size(), 1);
        QTEST(errors.first().field, "field");
        QTEST(errors.first().code, "code");
    }

    void bulkSkipReasons()
    {
        Partner active;
        active.status = PartnerStatus::Active;
        active.tags = {u"gold"_qs};
        active.group = u"gold"_qs;
        Partner applied = active;
        applied.status = PartnerStatus::Applied;
        BulkRequest r;
        r.action = BulkAction::Suspend;
        QCOMPARE(bulkSkipReason(active, r), std::nullopt);
        QCOMPARE(bulkSkipReason(applied, r), std::optional<QString>(u"status"_qs));
        r.action = BulkAction::Resume;
        QCOMPARE(bulkSkipReason(active, r), std::optional<QString>(u"status"_qs));
        r.action = BulkAction::Tag;
        r.tag = u"gold"_qs;
        QCOMPARE(bulkSkipReason(active, r), std::optional<QString>(u"has_tag"_qs));
        r.action = BulkAction::Untag;
        QCOMPARE(bulkSkipReason(active, r), std::nullopt);
        r.tag = u"618"_qs;
        QCOMPARE(bulkSkipReason(active, r), std::optional<QString>(u"lacks_tag"_qs));
        r.action = BulkAction::SetGroup;
        r.group = u"gold"_qs;
        QCOMPARE(bulkSkipReason(active, r), std::optional<QString>(u"same_group"_qs));
        r.group.clear();
        QCOMPARE(bulkSkipReason(active, r), std::nullopt);
    }

    void bulkRequestRoundTrip()
    {
        BulkRequest r;
        r.action = BulkAction::SetGroup;
        r.ids = {3, 1, 2};
        FieldErrors errors;
        const auto back = BulkRequest::fromJson(r.toJson(), &errors);
        QVERIFY(back);
        QCOMPARE(back->ids, r.ids);
        QVERIFY(back->group.isEmpty());
        QVERIFY(r.toJson().value(u"group"_qs).isNull());
    }
};

QTEST_GUILESS_MAIN(TestPartnerQuota)
#include "tst_partner_quota.moc"
