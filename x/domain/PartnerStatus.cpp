#include "PartnerStatus.h"

#include <QCoreApplication>

namespace Kepler {

QString toString(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Applied:
        return u"applied"_qs;
    case PartnerStatus::InReview:
        return u"in_review"_qs;
    case PartnerStatus::Active:
        return u"active"_qs;
    case PartnerStatus::Suspended:
        return u"suspended"_qs;
    case PartnerStatus::Terminated:
        return u"terminated"_qs;
    case PartnerStatus::Rejected:
        return u"rejected"_qs;
    }
    return {};
}

std::optional<PartnerStatus> partnerStatusFromString(const QString &value)
{
    for (PartnerStatus s : allPartnerStatuses())
        if (toString(s) == value)
            return s;
    return std::nullopt;
}

QList<PartnerStatus> allPartnerStatuses()
{
    return {PartnerStatus::Applied, PartnerStatus::InReview, PartnerStatus::Active, PartnerStatus::Suspended,
        PartnerStatus::Terminated, PartnerStatus::Rejected};
}

QString displayName(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Applied:
        return QCoreApplication::translate("PartnerStatus", "Applied");
    case PartnerStatus::InReview:
        return QCoreApplication::translate("PartnerStatus", "In review");
    case PartnerStatus::Active:
        return QCoreApplication::translate("PartnerStatus", "Active");
    case PartnerStatus::Suspended:
        return QCoreApplication::translate("PartnerStatus", "Suspended");
    case PartnerStatus::Terminated:
        return QCoreApplication::translate("PartnerStatus", "Terminated");
    case PartnerStatus::Rejected:
        return QCoreApplication::translate("PartnerStatus", "Rejected");
    }
    return {};
}

} // namespace Kepler
