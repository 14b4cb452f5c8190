#pragma once

#include <QString>

namespace Kepler {

struct Partner;

// The partner table's columns. Every switch over Column is exhaustive (-Werror=switch).
enum class PartnerColumn {
    Id,
    Name,
    NameEn,
    Mode,
    Scenario,
    Status,
    Commission,
    RateLimit,
    Contact,
    Tags,
    UpdatedAt,
    Count
};

namespace PartnerColumns {
QString title(PartnerColumn column); // translated header text
QString sortField(PartnerColumn column); // the server's sort field, empty when not sortable
QString display(const Partner &partner, PartnerColumn column); // locale-formatted text
QVariant raw(const Partner &partner, PartnerColumn column); // value for sorting and tests
QString formatCommission(int basisPoints); // "12.50%" in the user's locale
} // namespace PartnerColumns

} // namespace Kepler
