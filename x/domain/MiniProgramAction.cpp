#include "MiniProgramAction.h"

#include <QCoreApplication>

namespace Kepler {

QString toString(MiniProgramAction action)
{
    switch (action) {
    case MiniProgramAction::Submit:
        return u"submit"_qs;
    case MiniProgramAction::Withdraw:
        return u"withdraw"_qs;
    case MiniProgramAction::Approve:
        return u"approve"_qs;
    case MiniProgramAction::Reject:
        return u"reject"_qs;
    case MiniProgramAction::Delay:
        return u"delay"_qs;
    case MiniProgramAction::Release:
        return u"release"_qs;
    case MiniProgramAction::Rollback:
        return u"rollback"_qs;
    }
    return {};
}

std::optional<MiniProgramAction> miniProgramActionFromString(const QString &value)
{
    for (MiniProgramAction a : allMiniProgramActions())
        if (toString(a) == value)
            return a;
    return std::nullopt;
}

QList<MiniProgramAction> allMiniProgramActions()
{
    return {MiniProgramAction::Submit, MiniProgramAction::Withdraw, MiniProgramAction::Approve,
        MiniProgramAction::Reject, MiniProgramAction::Delay, MiniProgramAction::Release,
        MiniProgramAction::Rollback};
}

QString displayName(MiniProgramAction action)
{
    switch (action) {
    case MiniProgramAction::Submit:
        return QCoreApplication::translate("MiniProgramAction", "Submit for review");
    case MiniProgramAction::Withdraw:
        return QCoreApplication::translate("MiniProgramAction", "Withdraw");
    case MiniProgramAction::Approve:
        return QCoreApplication::translate("MiniProgramAction", "Approve");
    case MiniProgramAction::Reject:
        return QCoreApplication::translate("MiniProgramAction", "Reject");
    case MiniProgramAction::Delay:
        return QCoreApplication::translate("MiniProgramAction", "Delay review");
    case MiniProgramAction::Release:
        return QCoreApplication::translate("MiniProgramAction", "Release");
    case MiniProgramAction::Rollback:
        return QCoreApplication::translate("MiniProgramAction", "Roll back");
    }
    return {};
}

} // namespace Kepler
