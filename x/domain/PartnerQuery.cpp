#include "PartnerQuery.h"

#include "PartnerGroup.h"
#include "Scenario.h"

namespace Kepler {
namespace {

template<typename T, typename Parse>
QList<T> parseList(const QString &value, const QString &field, Parse parse, FieldErrors *errors)
{
    QList<T> list;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        if (const auto v = parse(part.trimmed()))
            list.append(*v);
        else if (errors)
            errors->append({field, u"invalid_value"_qs, u"unknown value '%1'"_qs.arg(part)});
    }
    return list;
}

} // namespace

QStringList PartnerQuery::sortableFields()
{
    return {u"id"_qs, u"name"_qs, u"mode"_qs, u"scenario"_qs, u"status"_qs, u"commissionBps"_qs,
        u"rateLimit"_qs, u"createdAt"_qs, u"updatedAt"_qs};
}

QString PartnerQuery::sortParameter() const
{
    return sortDescending ? u'-' + sortField : sortField;
}

QUrlQuery PartnerQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_qs, QString::number(limit));
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_qs, cursor);
    if (!text.isEmpty())
        q.addQueryItem(u"q"_qs, QString::fromUtf8(QUrl::toPercentEncoding(text)));
    QStringList names;
    for (PartnerMode m : modes)
        names.append(toString(m));
    if (!names.isEmpty())
        q.addQueryItem(u"mode"_qs, names.join(u','));
    if (!scenarios.isEmpty())
        q.addQueryItem(u"scenario"_qs, scenarios.join(u','));
    names.clear();
    for (PartnerStatus s : statuses)
        names.append(toString(s));
    if (!names.isEmpty())
        q.addQueryItem(u"status"_qs, names.join(u','));
    if (!groups.isEmpty())
        q.addQueryItem(u"group"_qs, groups.join(u','));
    q.addQueryItem(u"sort"_qs, sortParameter());
    return q;
}

PartnerQuery PartnerQuery::fromUrlQuery(const QUrlQuery &query, FieldErrors *errors)
{
    PartnerQuery r;
    const auto value = [&](const char16_t *key) {
        return query.queryItemValue(QString::fromUtf16(key), QUrl::FullyDecoded);
    };
    if (query.hasQueryItem(u"limit"_qs)) {
        bool ok = false;
        const int limit = value(u"limit").toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit)
            errors->append({u"limit"_qs, u"out_of_range"_qs, u"must be between 1 and %1"_qs.arg(MaxLimit)});
        else
            r.limit = limit;
    }
    r.cursor = value(u"cursor");
    r.text = value(u"q").trimmed();
    if (r.text.size() > MaxTextLength)
        errors->append({u"q"_qs, u"too_long"_qs, u"must have at most %1 characters"_qs.arg(MaxTextLength)});
    r.modes = parseList<PartnerMode>(value(u"mode"), u"mode"_qs, partnerModeFromString, errors);
    r.statuses = parseList<PartnerStatus>(value(u"status"), u"status"_qs, partnerStatusFromString, errors);
    r.scenarios = parseList<QString>(
        value(u"scenario"), u"scenario"_qs,
        [](const QString &s) { return isValidScenario(s) ? std::optional<QString>(s) : std::nullopt; },
        errors);
    r.groups = parseList<QString>(
        value(u"group"), u"group"_qs,
        [](const QString &s) { return isValidGroupCode(s) ? std::optional<QString>(s) : std::nullopt; },
        errors);
    QString sort = value(u"sort");
    if (!sort.isEmpty()) {
        const bool descending = sort.startsWith(u'-');
        if (descending)
            sort.remove(0, 1);
        if (!sortableFields().contains(sort)) {
            errors->append({u"sort"_qs, u"invalid_value"_qs,
                u"must be one of %1, optionally with a leading '-'"_qs.arg(sortableFields().join(u", "))});
        } else {
            r.sortField = sort;
            r.sortDescending = descending;
        }
    }
    return r;
}

bool PartnerQuery::sameSelection(const PartnerQuery &other) const
{
    return text == other.text && modes == other.modes && scenarios == other.scenarios
        && statuses == other.statuses && groups == other.groups && sortField == other.sortField
        && sortDescending == other.sortDescending;
}

} // namespace Kepler
