#include "ReviewQueueItem.h"

#include "JsonFields.h"
#include "MiniProgramStatus.h"
#include "Partner.h"

namespace Kepler {
namespace {

constexpr qint64 kIdMax = std::numeric_limits<qint64>::max();

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString idPrefix(ReviewItemKind kind)
{
    return kind == ReviewItemKind::PartnerApplication ? u"partner-"_qs : u"miniprogram-"_qs;
}

} // namespace

QJsonObject ReviewClaim::toJson() const
{
    return {{u"by"_qs, by}, {u"at"_qs, toIsoUtc(at)}, {u"expiresAt"_qs, toIsoUtc(expiresAt)}};
}

std::optional<ReviewClaim> ReviewClaim::fromJson(const QJsonObject &json)
{
    JsonFields f(json);
    ReviewClaim c;
    c.by = f.string(u"by"_qs, true, 1, 1000).value_or(QString());
    c.at = fromIsoUtc(f.string(u"at"_qs, true, 1, 64).value_or(QString()));
    c.expiresAt = fromIsoUtc(f.string(u"expiresAt"_qs, true, 1, 64).value_or(QString()));
    if (!f.ok() || !c.at.isValid() || !c.expiresAt.isValid())
        return std::nullopt;
    return c;
}

QJsonObject ReviewQueueItem::toJson() const
{
    return QJsonObject {
        {u"id"_qs, id},
        {u"kind"_qs, toString(kind)},
        {u"status"_qs, status},
        {u"partnerId"_qs, partnerId},
        {u"partnerName"_qs, partnerName},
        {u"mode"_qs, toString(mode)},
        {u"appId"_qs, orNull(appId)},
        {u"appName"_qs, orNull(appName)},
        {u"codeVersion"_qs, orNull(codeVersion)},
        {u"category"_qs, orNull(category)},
        {u"grayPercent"_qs, grayPercent ? QJsonValue(*grayPercent) : QJsonValue(QJsonValue::Null)},
        {u"enteredAt"_qs, toIsoUtc(enteredAt)},
        {u"dueAt"_qs, toIsoUtc(dueAt)},
        {u"submittedBy"_qs, orNull(submittedBy)},
        {u"decidedBy"_qs, orNull(decidedBy)},
        {u"decidedAt"_qs, orNull(toIsoUtc(decidedAt))},
        {u"reasonCode"_qs, orNull(reasonCode)},
        {u"claim"_qs, claim ? QJsonValue(claim->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"version"_qs, version},
    };
}

std::optional<ReviewQueueItem> ReviewQueueItem::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    JsonFields f(json);
    ReviewQueueItem item;
    item.id = f.string(u"id"_qs, true, 1, 64).value_or(QString());
    if (const auto kind = f.string(u"kind"_qs, true, 1, 64)) {
        if (const auto k = reviewItemKindFromString(*kind))
            item.kind = *k;
        else
            f.addError(u"kind"_qs, u"invalid_value"_qs, u"unknown kind"_qs);
    }
    if (f.ok() && parseId(item.id).value_or(std::pair {item.kind, qint64(0)}).first != item.kind)
        f.addError(u"id"_qs, u"invalid_value"_qs, u"the id does not name an item of this kind"_qs);
    item.status = f.string(u"status"_qs, true, 1, 64).value_or(QString());
    item.partnerId = f.integer(u"partnerId"_qs, true, 1, kIdMax).value_or(0);
    item.partnerName = f.string(u"partnerName"_qs, false, 0, 1000).value_or(QString());
    if (const auto mode = f.string(u"mode"_qs, false, 1, 64)) {
        if (const auto m = partnerModeFromString(*mode))
            item.mode = *m;
        else
            f.addError(u"mode"_qs, u"invalid_value"_qs, u"unknown mode"_qs);
    }
    item.appId = f.string(u"appId"_qs, false, 0, 1000).value_or(QString());
    item.appName = f.string(u"appName"_qs, false, 0, 1000).value_or(QString());
    item.codeVersion = f.string(u"codeVersion"_qs, false, 0, 1000).value_or(QString());
    item.category = f.string(u"category"_qs, false, 0, 1000).value_or(QString());
    if (const auto gray = f.integer(u"grayPercent"_qs, false, 1, 100))
        item.grayPercent = int(*gray);
    item.enteredAt = fromIsoUtc(f.string(u"enteredAt"_qs, false, 0, 64).value_or(QString()));
    item.dueAt = fromIsoUtc(f.string(u"dueAt"_qs, false, 0, 64).value_or(QString()));
    item.submittedBy = f.string(u"submittedBy"_qs, false, 0, 1000).value_or(QString());
    item.decidedBy = f.string(u"decidedBy"_qs, false, 0, 1000).value_or(QString());
    item.decidedAt = fromIsoUtc(f.string(u"decidedAt"_qs, false, 0, 64).value_or(QString()));
    item.reasonCode = f.string(u"reasonCode"_qs, false, 0, 64).value_or(QString());
    if (const auto claim = f.object(u"claim"_qs, false)) {
        item.claim = ReviewClaim::fromJson(*claim);
        if (!item.claim)
            f.addError(u"claim"_qs, u"invalid_value"_qs, u"a claim needs by, at and expiresAt"_qs);
    }
    item.version = int(f.integer(u"version"_qs, true, 1, std::numeric_limits<int>::max()).value_or(1));
    if (errors)
        *errors = f.errors();
    if (!f.ok())
        return std::nullopt;
    return item;
}

bool ReviewQueueItem::awaitsDecision() const
{
    if (kind == ReviewItemKind::PartnerApplication)
        return status == toString(PartnerStatus::InReview);
    const auto s = miniProgramStatusFromString(status);
    return s && awaitsReview(*s);
}

QString ReviewQueueItem::makeId(ReviewItemKind kind, qint64 rowId)
{
    return idPrefix(kind) + QString::number(rowId);
}

std::optional<std::pair<ReviewItemKind, qint64>> ReviewQueueItem::parseId(const QString &id)
{
    for (ReviewItemKind kind : allReviewItemKinds()) {
        const QString prefix = idPrefix(kind);
        if (!id.startsWith(prefix))
            continue;
        const QStringView digits = QStringView(id).mid(prefix.size());
        bool ok = false;
        const qint64 rowId = digits.toLongLong(&ok);
        // Digits only: "+3" or " 3" would parse but are not ids the service makes.
        if (!ok || rowId < 1 || digits.front() < u'1' || digits.front() > u'9')
            return std::nullopt;
        for (QChar c : digits)
            if (!c.isDigit())
                return std::nullopt;
        return std::pair {kind, rowId};
    }
    return std::nullopt;
}

} // namespace Kepler
