#include "MiniProgramStatus.h"

#include <QCoreApplication>

namespace Kepler {

QString toString(MiniProgramAuthorisation status)
{
    switch (status) {
    case MiniProgramAuthorisation::Authorised:
        return u"authorised"_qs;
    case MiniProgramAuthorisation::Revoked:
        return u"revoked"_qs;
    }
    return {};
}

std::optional<MiniProgramAuthorisation> miniProgramAuthorisationFromString(const QString &value)
{
    for (auto s : {MiniProgramAuthorisation::Authorised, MiniProgramAuthorisation::Revoked})
        if (toString(s) == value)
            return s;
    return std::nullopt;
}

QString displayName(MiniProgramAuthorisation status)
{
    switch (status) {
    case MiniProgramAuthorisation::Authorised:
        return QCoreApplication::translate("MiniProgramAuthorisation", "Authorised");
    case MiniProgramAuthorisation::Revoked:
        return QCoreApplication::translate("MiniProgramAuthorisation", "Revoked");
    }
    return {};
}

QString toString(MiniProgramStatus status)
{
    switch (status) {
    case MiniProgramStatus::Draft:
        return u"draft"_qs;
    case MiniProgramStatus::Submitted:
        return u"submitted"_qs;
    case MiniProgramStatus::Approved:
        return u"approved"_qs;
    case MiniProgramStatus::Rejected:
        return u"rejected"_qs;
    case MiniProgramStatus::Withdrawn:
        return u"withdrawn"_qs;
    case MiniProgramStatus::Delayed:
        return u"delayed"_qs;
    case MiniProgramStatus::Released:
        return u"released"_qs;
    case MiniProgramStatus::RolledBack:
        return u"rolled_back"_qs;
    }
    return {};
}

std::optional<MiniProgramStatus> miniProgramStatusFromString(const QString &value)
{
    for (MiniProgramStatus s : allMiniProgramStatuses())
        if (toString(s) == value)
            return s;
    return std::nullopt;
}

QList<MiniProgramStatus> allMiniProgramStatuses()
{
    return {MiniProgramStatus::Draft, MiniProgramStatus::Submitted, MiniProgramStatus::Approved,
        MiniProgramStatus::Rejected, MiniProgramStatus::Withdrawn, MiniProgramStatus::Delayed,
        MiniProgramStatus::Released, MiniProgramStatus::RolledBack};
}

QString displayName(MiniProgramStatus status)
{
    switch (status) {
    case MiniProgramStatus::Draft:
        return QCoreApplication::translate("MiniProgramStatus", "Draft");
    case MiniProgramStatus::Submitted:
        return QCoreApplication::translate("MiniProgramStatus", "In review");
    case MiniProgramStatus::Approved:
        return QCoreApplication::translate("MiniProgramStatus", "Approved");
    case MiniProgramStatus::Rejected:
        return QCoreApplication::translate("MiniProgramStatus", "Rejected");
    case MiniProgramStatus::Withdrawn:
        return QCoreApplication::translate("MiniProgramStatus", "Withdrawn");
    case MiniProgramStatus::Delayed:
        return QCoreApplication::translate("MiniProgramStatus", "Review delayed");
    case MiniProgramStatus::Released:
        return QCoreApplication::translate("MiniProgramStatus", "Released");
    case MiniProgramStatus::RolledBack:
        return QCoreApplication::translate("MiniProgramStatus", "Rolled back");
    }
    return {};
}

bool isFinal(MiniProgramStatus status)
{
    return status == MiniProgramStatus::Rejected || status == MiniProgramStatus::Withdrawn
        || status == MiniProgramStatus::RolledBack;
}

bool awaitsReview(MiniProgramStatus status)
{
    return status == MiniProgramStatus::Submitted || status == MiniProgramStatus::Delayed;
}

} // namespace Kepler
