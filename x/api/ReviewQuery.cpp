#include "ReviewQuery.h"

namespace Kepler {

QUrlQuery ReviewQuery::toUrlQuery() const
{
    QUrlQuery q;
    auto add = [&q](const QString &name, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"kind"_qs, kind);
    add(u"status"_qs, status);
    if (partnerId > 0)
        add(u"partner"_qs, QString::number(partnerId));
    add(u"mode"_qs, mode);
    add(u"claimedBy"_qs, claimedBy);
    add(u"limit"_qs, QString::number(limit));
    add(u"cursor"_qs, cursor);
    return q;
}

} // namespace Kepler
