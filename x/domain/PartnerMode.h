#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Kepler {

// The three cooperation modes of the seed (合作模式).
enum class PartnerMode {
    Guide, // 导购: partner drives traffic, the order closes on the retailer's side
    SettleIn, // 入驻: partner embeds the shelf and shares inventory and fulfilment
    Buyout, // 买断: partner buys what it sells and sets its own price (B2b2c)
};

QString toString(PartnerMode mode); // wire value: "guide", "settle_in", "buyout"
std::optional<PartnerMode> partnerModeFromString(const QString &value);
QList<PartnerMode> allPartnerModes();
QString displayName(PartnerMode mode); // translated, context "PartnerMode"

} // namespace Kepler
