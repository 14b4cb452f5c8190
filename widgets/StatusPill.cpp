#include "StatusPill.h"

namespace Kepler::StatusPill {

QColor color(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Applied:
        return QColor(0x5b, 0x7d, 0xb1);
    case PartnerStatus::InReview:
        return QColor(0x8e, 0x6a, 0xc8);
    case PartnerStatus::Active:
        return QColor(0x2e, 0x9d, 0x4f);
    case PartnerStatus::Suspended:
        return QColor(0xd9, 0x8a, 0x1a);
    case PartnerStatus::Terminated:
        return QColor(0x6b, 0x6b, 0x6b);
    case PartnerStatus::Rejected:
        return QColor(0xc6, 0x3b, 0x3b);
    }
    return QColor(Qt::gray);
}

QString html(PartnerStatus status)
{
    return u"<span style=\"background-color:%1; color:white; padding:2px 6px;\">&nbsp;%2&nbsp;</span>"_qs.arg(
        color(status).name(), displayName(status).toHtmlEscaped());
}

QString draftHtml(const QString &label)
{
    return u"<span style=\"border:1px dashed gray; padding:2px 6px;\">&nbsp;<i>%1</i>&nbsp;</span>"_qs.arg(
        label.toHtmlEscaped());
}

QColor color(PartnerKeyState state)
{
    // Reuses the lifecycle colours: usable green, winding down amber, ended grey/red.
    switch (state) {
    case PartnerKeyState::Active:
        return color(PartnerStatus::Active);
    case PartnerKeyState::Expiring:
        return color(PartnerStatus::Suspended);
    case PartnerKeyState::Expired:
        return color(PartnerStatus::Terminated);
    case PartnerKeyState::Revoked:
        return color(PartnerStatus::Rejected);
    }
    return QColor(Qt::gray);
}

QString html(PartnerKeyState state)
{
    return u"<span style=\"background-color:%1; color:white; padding:2px 6px;\">&nbsp;%2&nbsp;</span>"_qs.arg(
        color(state).name(), displayName(state).toHtmlEscaped());
}

} // namespace Kepler::StatusPill
