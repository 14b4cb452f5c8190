#include "MiniProgramVersion.h"

#include "JsonFields.h"
#include "Partner.h"

#include <QJsonArray>

namespace Kepler {

QJsonObject MiniProgramVersion::toJson() const
{
    return QJsonObject {
        {u"id"_qs, id},
        {u"partnerId"_qs, partnerId},
        {u"appId"_qs, appId},
        {u"codeVersion"_qs, codeVersion},
        {u"description"_qs, description},
        {u"pages"_qs, QJsonArray::fromStringList(pages)},
        {u"category"_qs, category},
        {u"privacyDeclaration"_qs, privacyDeclaration},
        {u"screenshots"_qs, QJsonArray::fromStringList(screenshots)},
        {u"partnerNotes"_qs, partnerNotes},
        {u"status"_qs, toString(status)},
        {u"grayPercent"_qs, grayPercent ? QJsonValue(*grayPercent) : QJsonValue(QJsonValue::Null)},
        {u"createdAt"_qs, toIsoUtc(createdAt)},
        {u"submittedAt"_qs, toIsoUtc(submittedAt)},
        {u"decidedAt"_qs, toIsoUtc(decidedAt)},
        {u"releasedAt"_qs, toIsoUtc(releasedAt)},
        {u"decidedBy"_qs, decidedBy},
        {u"reasonCode"_qs, reasonCode},
        {u"note"_qs, note},
        {u"version"_qs, version},
    };
}

std::optional<MiniProgramVersion> MiniProgramVersion::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    constexpr qint64 idMax = std::numeric_limits<qint64>::max();
    JsonFields f(json);
    MiniProgramVersion v;
    v.id = f.integer(u"id"_qs, true, 1, idMax).value_or(0);
    v.partnerId = f.integer(u"partnerId"_qs, true, 1, idMax).value_or(0);
    v.appId = f.string(u"appId"_qs, true, 1, 1000).value_or(QString());
    v.codeVersion = f.string(u"codeVersion"_qs, true, 1, 1000).value_or(QString());
    v.description = f.string(u"description"_qs, false, 0, 10000).value_or(QString());
    v.pages = f.stringList(u"pages"_qs, false, 1000, 1000).value_or(QStringList());
    v.category = f.string(u"category"_qs, false, 0, 1000).value_or(QString());
    v.privacyDeclaration = f.string(u"privacyDeclaration"_qs, false, 0, 100000).value_or(QString());
    v.screenshots = f.stringList(u"screenshots"_qs, false, 1000, 1000).value_or(QStringList());
    v.partnerNotes = f.string(u"partnerNotes"_qs, false, 0, 10000).value_or(QString());
    if (const auto status = f.string(u"status"_qs, true, 1, 64)) {
        if (const auto s = miniProgramStatusFromString(*status))
            v.status = *s;
        else
            f.addError(u"status"_qs, u"invalid_value"_qs, u"unknown status"_qs);
    }
    if (const auto gray = f.integer(u"grayPercent"_qs, false, 1, 100))
        v.grayPercent = int(*gray);
    v.createdAt = fromIsoUtc(f.string(u"createdAt"_qs, false, 0, 64).value_or(QString()));
    v.submittedAt = fromIsoUtc(f.string(u"submittedAt"_qs, false, 0, 64).value_or(QString()));
    v.decidedAt = fromIsoUtc(f.string(u"decidedAt"_qs, false, 0, 64).value_or(QString()));
    v.releasedAt = fromIsoUtc(f.string(u"releasedAt"_qs, false, 0, 64).value_or(QString()));
    v.decidedBy = f.string(u"decidedBy"_qs, false, 0, 1000).value_or(QString());
    v.reasonCode = f.string(u"reasonCode"_qs, false, 0, 64).value_or(QString());
    v.note = f.string(u"note"_qs, false, 0, 10000).value_or(QString());
    v.version = int(f.integer(u"version"_qs, true, 1, std::numeric_limits<int>::max()).value_or(1));
    if (errors)
        *errors = f.errors();
    if (!f.ok())
        return std::nullopt;
    return v;
}

std::optional<MiniProgramVersion> liveRelease(const QList<MiniProgramVersion> &versions, const QString &appId)
{
    std::optional<MiniProgramVersion> live;
    for (const MiniProgramVersion &v : versions)
        if (v.appId == appId && v.status == MiniProgramStatus::Released
            && (!live || v.releasedAt > live->releasedAt))
            live = v;
    return live;
}

std::optional<MiniProgramVersion> previousRelease(
    const QList<MiniProgramVersion> &versions, const MiniProgramVersion &current)
{
    std::optional<MiniProgramVersion> previous;
    for (const MiniProgramVersion &v : versions)
        if (v.id != current.id && v.appId == current.appId && v.status == MiniProgramStatus::Released
            && v.releasedAt < current.releasedAt && (!previous || v.releasedAt > previous->releasedAt))
            previous = v;
    return previous;
}

std::optional<MiniProgramVersion> grayInProgress(
    const QList<MiniProgramVersion> &versions, const MiniProgramVersion &candidate)
{
    for (const MiniProgramVersion &v : versions)
        if (v.id != candidate.id && v.appId == candidate.appId && v.status == MiniProgramStatus::Released
            && v.grayPercent.value_or(100) < 100)
            return v;
    return std::nullopt;
}

} // namespace Kepler
