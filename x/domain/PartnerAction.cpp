#include "PartnerAction.h"

#include <QCoreApplication>

namespace Kepler {

QString toString(PartnerAction action)
{
    switch (action) {
    case PartnerAction::Submit:
        return u"submit"_qs;
    case PartnerAction::Approve:
        return u"approve"_qs;
    case PartnerAction::Reject:
        return u"reject"_qs;
    case PartnerAction::Suspend:
        return u"suspend"_qs;
    case PartnerAction::Resume:
        return u"resume"_qs;
    case PartnerAction::Terminate:
        return u"terminate"_qs;
    }
    return {};
}

std::optional<PartnerAction> partnerActionFromString(const QString &value)
{
    for (PartnerAction a : allPartnerActions())
        if (toString(a) == value)
            return a;
    return std::nullopt;
}

QList<PartnerAction> allPartnerActions()
{
    return {PartnerAction::Submit, PartnerAction::Approve, PartnerAction::Reject, PartnerAction::Suspend,
        PartnerAction::Resume, PartnerAction::Terminate};
}

QString displayName(PartnerAction action)
{
    switch (action) {
    case PartnerAction::Submit:
        return QCoreApplication::translate("PartnerAction", "Submit for review");
    case PartnerAction::Approve:
        return QCoreApplication::translate("PartnerAction", "Approve");
    case PartnerAction::Reject:
        return QCoreApplication::translate("PartnerAction", "Reject");
    case PartnerAction::Suspend:
        return QCoreApplication::translate("PartnerAction", "Suspend");
    case PartnerAction::Resume:
        return QCoreApplication::translate("PartnerAction", "Resume");
    case PartnerAction::Terminate:
        return QCoreApplication::translate("PartnerAction", "Terminate");
    }
    return {};
}

} // namespace Kepler
