#include "PartnerMode.h"

#include <QCoreApplication>

namespace Kepler {

QString toString(PartnerMode mode)
{
    switch (mode) {
    case PartnerMode::Guide:
        return u"guide"_qs;
    case PartnerMode::SettleIn:
        return u"settle_in"_qs;
    case PartnerMode::Buyout:
        return u"buyout"_qs;
    }
    return {};
}

std::optional<PartnerMode> partnerModeFromString(const QString &value)
{
    for (PartnerMode m : allPartnerModes())
        if (toString(m) == value)
            return m;
    return std::nullopt;
}

QList<PartnerMode> allPartnerModes()
{
    return {PartnerMode::Guide, PartnerMode::SettleIn, PartnerMode::Buyout};
}

QString displayName(PartnerMode mode)
{
    switch (mode) {
    case PartnerMode::Guide:
        return QCoreApplication::translate("PartnerMode", "Guide");
    case PartnerMode::SettleIn:
        return QCoreApplication::translate("PartnerMode", "Settle-in");
    case PartnerMode::Buyout:
        return QCoreApplication::translate("PartnerMode", "Buy-out");
    }
    return {};
}

} // namespace Kepler
