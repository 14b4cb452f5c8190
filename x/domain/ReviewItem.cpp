#include "ReviewItem.h"

#include <QCoreApplication>

namespace Kepler {

QString toString(ReviewItemKind kind)
{
    switch (kind) {
    case ReviewItemKind::PartnerApplication:
        return u"partner_application"_qs;
    case ReviewItemKind::MiniProgramSubmission:
        return u"miniprogram_submission"_qs;
    }
    return {};
}

std::optional<ReviewItemKind> reviewItemKindFromString(const QString &value)
{
    for (ReviewItemKind k : allReviewItemKinds())
        if (toString(k) == value)
            return k;
    return std::nullopt;
}

QList<ReviewItemKind> allReviewItemKinds()
{
    return {ReviewItemKind::PartnerApplication, ReviewItemKind::MiniProgramSubmission};
}

QString displayName(ReviewItemKind kind)
{
    switch (kind) {
    case ReviewItemKind::PartnerApplication:
        return QCoreApplication::translate("ReviewItemKind", "Partner application");
    case ReviewItemKind::MiniProgramSubmission:
        return QCoreApplication::translate("ReviewItemKind", "Mini-program submission");
    }
    return {};
}

namespace ReviewSla {

qint64 ageMs(const QDateTime &created, const QDateTime &now)
{
    return std::max<qint64>(0, created.msecsTo(now));
}

QDateTime dueAt(const QDateTime &created, std::chrono::hours sla)
{
    return created.addSecs(std::chrono::duration_cast<std::chrono::seconds>(sla).count());
}

bool isOverdue(const QDateTime &created, const QDateTime &now, std::chrono::hours sla)
{
    return ageMs(created, now) > std::chrono::duration_cast<std::chrono::milliseconds>(sla).count();
}

} // namespace ReviewSla

} // namespace Kepler
