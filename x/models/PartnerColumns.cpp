#include "PartnerColumns.h"

#include "DateTimeText.h"
#include "domain/Partner.h"
#include "domain/Scenario.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

namespace Kepler::PartnerColumns {
namespace {

// What the gateway enforces (the service's effectiveQuota), so inherited values show too; the
// service sorts "rateLimit" by the same effective value.
int effectiveRateLimit(const Partner &p)
{
    if (p.effectiveQuota)
        return p.effectiveQuota->rateLimit;
    return p.rateLimit.value_or(PlatformQuota::RateLimit);
}

} // namespace

QString title(PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Id:
        return QCoreApplication::translate("PartnerColumns", "ID");
    case PartnerColumn::Name:
        return QCoreApplication::translate("PartnerColumns", "Name");
    case PartnerColumn::NameEn:
        return QCoreApplication::translate("PartnerColumns", "English name");
    case PartnerColumn::Mode:
        return QCoreApplication::translate("PartnerColumns", "Mode");
    case PartnerColumn::Scenario:
        return QCoreApplication::translate("PartnerColumns", "Scenario");
    case PartnerColumn::Status:
        return QCoreApplication::translate("PartnerColumns", "Status");
    case PartnerColumn::Commission:
        return QCoreApplication::translate("PartnerColumns", "Commission");
    case PartnerColumn::RateLimit:
        return QCoreApplication::translate("PartnerColumns", "Rate limit");
    case PartnerColumn::Contact:
        return QCoreApplication::translate("PartnerColumns", "Contact");
    case PartnerColumn::Tags:
        return QCoreApplication::translate("PartnerColumns", "Tags");
    case PartnerColumn::UpdatedAt:
        return QCoreApplication::translate("PartnerColumns", "Last changed");
    case PartnerColumn::Count:
        break;
    }
    return {};
}

QString sortField(PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Id:
        return u"id"_qs;
    case PartnerColumn::Name:
        return u"name"_qs;
    case PartnerColumn::Mode:
        return u"mode"_qs;
    case PartnerColumn::Scenario:
        return u"scenario"_qs;
    case PartnerColumn::Status:
        return u"status"_qs;
    case PartnerColumn::Commission:
        return u"commissionBps"_qs;
    case PartnerColumn::RateLimit:
        return u"rateLimit"_qs;
    case PartnerColumn::UpdatedAt:
        return u"updatedAt"_qs;
    case PartnerColumn::NameEn:
    case PartnerColumn::Contact:
    case PartnerColumn::Tags:
    case PartnerColumn::Count:
        break;
    }
    return {};
}

QString formatCommission(int basisPoints)
{
    return QLocale().toString(basisPoints / 100.0, 'f', 2) + QLocale().percent();
}

QString display(const Partner &p, PartnerColumn column)
{
    const QLocale locale;
    switch (column) {
    case PartnerColumn::Id:
        return QString::number(p.id);
    case PartnerColumn::Name:
        return p.name;
    case PartnerColumn::NameEn:
        return p.nameEn;
    case PartnerColumn::Mode:
        return displayName(p.mode);
    case PartnerColumn::Scenario:
        return scenarioDisplayName(p.scenario);
    case PartnerColumn::Status:
        return displayName(p.status);
    case PartnerColumn::Commission:
        return formatCommission(p.commissionBps);
    case PartnerColumn::RateLimit:
        return QCoreApplication::translate("PartnerColumns", "%1/s")
            .arg(locale.toString(effectiveRateLimit(p)));
    case PartnerColumn::Contact:
        return p.contact.name;
    case PartnerColumn::Tags:
        return p.tags.join(u", "_qs);
    case PartnerColumn::UpdatedAt:
        return DateTimeText::text(p.updatedAt, locale);
    case PartnerColumn::Count:
        break;
    }
    return {};
}

QVariant raw(const Partner &p, PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Id:
        return p.id;
    case PartnerColumn::Name:
        return p.name;
    case PartnerColumn::NameEn:
        return p.nameEn;
    case PartnerColumn::Mode:
        return toString(p.mode);
    case PartnerColumn::Scenario:
        return p.scenario;
    case PartnerColumn::Status:
        return toString(p.status);
    case PartnerColumn::Commission:
        return p.commissionBps;
    case PartnerColumn::RateLimit:
        return effectiveRateLimit(p);
    case PartnerColumn::Contact:
        return p.contact.name;
    case PartnerColumn::Tags:
        return p.tags;
    case PartnerColumn::UpdatedAt:
        return p.updatedAt;
    case PartnerColumn::Count:
        break;
    }
    return {};
}

} // namespace Kepler::PartnerColumns
