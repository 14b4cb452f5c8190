#include "DemoPricing.h"

#include "PricingRuleRepository.h"

#include <functional>

namespace Kepler::Server::DemoPricing {

void seed(const QSqlDatabase &db, const QDateTime &now)
{
    const QDateTime at = now.addDays(-20);
    const auto add = [&](const QString &name, PriceAdjustment adjustment, qint64 value, int priority,
                         bool active, const std::function<void(PricingRule &)> &set) {
        PricingRule r;
        r.name = name;
        r.adjustment = adjustment;
        r.value = value;
        r.priority = priority;
        r.status = active ? PricingRuleStatus::Active : PricingRuleStatus::Draft;
        set(r);
        PricingRuleRepository::insert(db, r, u"operator"_qs, at);
    };
    const auto none = [](PricingRule &) {
    };
    add(u"双11 手机通讯九折"_qs, PriceAdjustment::PercentDiscount, 1000, 10, true, [&](PricingRule &r) {
        r.scope.categories = {1};
        r.validFrom = now.addDays(-10);
        r.validUntil = now.addDays(5);
    });
    // Same priority and an overlapping scope as the rule above: the conflict list shows the pair.
    add(u"手机满 200 减 20"_qs, PriceAdjustment::AmountOff, 2000, 10, true, [](PricingRule &r) {
        r.scope.categories = {101};
        r.scope.modes = {PartnerMode::Guide, PartnerMode::SettleIn};
    });
    add(u"自营家电立减 50 元"_qs, PriceAdjustment::AmountOff, 5000, 5, true,
        [](PricingRule &r) { r.scope.pools = {2}; });
    add(u"导购渠道佣金 6%"_qs, PriceAdjustment::CommissionRate, 600, 0, true,
        [](PricingRule &r) { r.scope.modes = {PartnerMode::Guide}; });
    add(u"数码精选佣金 9%"_qs, PriceAdjustment::CommissionRate, 900, 5, true, [](PricingRule &r) {
        r.scope.pools = {1};
        r.scope.modes = {PartnerMode::Guide};
    });
    add(u"买断渠道加价 8%"_qs, PriceAdjustment::PercentMarkup, 800, 0, true,
        [](PricingRule &r) { r.scope.modes = {PartnerMode::Buyout}; });
    add(u"母婴专区 95 折"_qs, PriceAdjustment::PercentDiscount, 500, 2, true,
        [](PricingRule &r) { r.scope.pools = {4}; });
    add(u"会员日 图书统一价"_qs, PriceAdjustment::FixedPrice, 1990, 20, true, [](PricingRule &r) {
        r.scope.categories = {90101};
        r.exclusive = true;
    });
    add(u"生鲜清仓 7 折（独享）"_qs, PriceAdjustment::PercentDiscount, 3000, 15, true, [&](PricingRule &r) {
        r.scope.categories = {10};
        r.exclusive = true;
        r.validUntil = now.addDays(2);
    });
    add(u"年货节 预热 85 折"_qs, PriceAdjustment::PercentDiscount, 1500, 8, true, [&](PricingRule &r) {
        r.scope.categories = {4, 10};
        r.validFrom = now.addDays(7);
        r.validUntil = now.addDays(21);
    });
    add(u"国庆 家电 88 折"_qs, PriceAdjustment::PercentDiscount, 1200, 8, true, [&](PricingRule &r) {
        r.scope.categories = {3};
        r.validFrom = now.addDays(-60);
        r.validUntil = now.addDays(-50);
    });
    add(u"美妆 买二送一（草稿）"_qs, PriceAdjustment::PercentDiscount, 3333, 5, false,
        [](PricingRule &r) { r.scope.categories = {5}; });
    add(u"运动户外 满减（草稿）"_qs, PriceAdjustment::AmountOff, 3000, 5, false, none);
}

} // namespace Kepler::Server::DemoPricing
