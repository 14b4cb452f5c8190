#pragma once

#include "FieldError.h"
#include "MiniProgramStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace Kepler {

// One version (code package) of a partner's mini-program and its way through review and release.
// "codeVersion" is the partner's version string (e.g. "1.2.0"); "version" is the row version the
// service turns into the ETag (partnerEtag()), as for partners.
struct MiniProgramVersion
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString appId;
    QString codeVersion;
    QString description;
    QStringList pages; // page paths, e.g. "pages/index/index"; the first is the home page
    QString category; // a code from miniProgramCategories()
    QString privacyDeclaration; // what personal data the mini-program collects and why (text)
    QStringList screenshots; // ids of stored screenshot images, 1–5 on submit
    QString partnerNotes; // the partner's notes to the reviewer
    MiniProgramStatus status = MiniProgramStatus::Draft;
    // 1–100 while released (100 = full release) and kept on rollback; absent otherwise.
    std::optional<int> grayPercent;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime decidedAt;
    QDateTime releasedAt;
    QString decidedBy; // staff login of the last decision (approve / reject / delay)
    QString reasonCode; // a ReviewReason code of the last decision
    QString note;
    int version = 1;

    QJsonObject toJson() const;
    // Decodes a version as the service sends it; errors name the offending fields.
    static std::optional<MiniProgramVersion> fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const MiniProgramVersion &other) const = default;
};

// The version of the same app that is live (released, latest releasedAt) among `versions`, and the
// one a rollback of it returns to (the released one before it); nullopt when there is none. A
// rollback without a previous release is refused: it would leave nothing live.
std::optional<MiniProgramVersion> liveRelease(
    const QList<MiniProgramVersion> &versions, const QString &appId);
std::optional<MiniProgramVersion> previousRelease(
    const QList<MiniProgramVersion> &versions, const MiniProgramVersion &current);

// Another version of the same app released at less than 100 %: while it exists, `candidate` may
// not be released (one gray rollout per app at a time; raise it to 100 % or roll it back first).
std::optional<MiniProgramVersion> grayInProgress(
    const QList<MiniProgramVersion> &versions, const MiniProgramVersion &candidate);

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::MiniProgramVersion)
