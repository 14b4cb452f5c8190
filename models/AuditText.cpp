#include "AuditText.h"

#include "AuditDiff.h"
#include "PartnerColumns.h"
#include "api/AuditRecord.h"
#include "domain/MiniProgramStatus.h"
#include "domain/MiniProgramValidator.h"
#include "domain/Partner.h"
#include "domain/PartnerAction.h"
#include "domain/PartnerMode.h"
#include "domain/PartnerReason.h"
#include "domain/PartnerStatus.h"
#include "domain/ReviewReason.h"
#include "domain/Scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>

namespace Kepler::AuditText {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AuditText", text);
}

} // namespace

QString actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {u"partner.create"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner created")},
        {u"partner.update"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner edited")},
        {u"partner.submit"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner submitted for review")},
        {u"partner.approve"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner approved")},
        {u"partner.reject"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner rejected")},
        {u"partner.suspend"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner suspended")},
        {u"partner.resume"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner resumed")},
        {u"partner.terminate"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner terminated")},
        {u"partner.key.issue"_qs, QT_TRANSLATE_NOOP("AuditText", "App key issued")},
        {u"partner.key.rotate"_qs, QT_TRANSLATE_NOOP("AuditText", "App key rotated")},
        {u"partner.key.revoke"_qs, QT_TRANSLATE_NOOP("AuditText", "App key revoked")},
        {u"partner.import.create"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner created by import")},
        {u"partner.import.update"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner updated by import")},
        {u"partner_group.update"_qs, QT_TRANSLATE_NOOP("AuditText", "Group defaults changed")},
        {u"miniprogram.authorise"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program authorised")},
        {u"miniprogram.revoke"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program authorisation revoked")},
        {u"miniprogram.create"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program draft created")},
        {u"miniprogram.submit"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program submitted for review")},
        {u"miniprogram.withdraw"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program submission withdrawn")},
        {u"miniprogram.approve"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program approved")},
        {u"miniprogram.reject"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program rejected")},
        {u"miniprogram.delay"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program review delayed")},
        {u"miniprogram.release"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program released")},
        {u"miniprogram.rollback"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program rolled back")},
        {u"user.create"_qs, QT_TRANSLATE_NOOP("AuditText", "Account created")},
        {u"user.update"_qs, QT_TRANSLATE_NOOP("AuditText", "Account changed")},
        {u"user.password_reset"_qs, QT_TRANSLATE_NOOP("AuditText", "Password reset")},
        {u"session.create"_qs, QT_TRANSLATE_NOOP("AuditText", "Signed in")},
        {u"session.revoke"_qs, QT_TRANSLATE_NOOP("AuditText", "Signed out")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : translated(*it);
}

QString entityName(const AuditRecord &record)
{
    const QJsonObject state = (record.after.isObject() ? record.after : record.before).toObject();
    QString name = state.value(u"name"_qs).toString();
    if (name.isEmpty())
        name = state.value(u"username"_qs).toString();
    QString kind = record.entityType;
    if (kind == u"partner")
        kind = QCoreApplication::translate("AuditText", "Partner");
    else if (kind == u"user")
        kind = QCoreApplication::translate("AuditText", "Account");
    else if (kind == u"session")
        kind = QCoreApplication::translate("AuditText", "Session");
    else if (kind == u"partner_group")
        kind = QCoreApplication::translate("AuditText", "Group");
    if (name.isEmpty())
        return QStringLiteral("%1 #%2").arg(kind, record.entityId);
    return QStringLiteral("%1 %2 (#%3)").arg(kind, name, record.entityId);
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, PartnerColumn> columns
        = {{u"id"_qs, PartnerColumn::Id}, {u"name"_qs, PartnerColumn::Name},
            {u"nameEn"_qs, PartnerColumn::NameEn}, {u"mode"_qs, PartnerColumn::Mode},
            {u"scenario"_qs, PartnerColumn::Scenario}, {u"status"_qs, PartnerColumn::Status},
            {u"commissionBps"_qs, PartnerColumn::Commission}, {u"rateLimit"_qs, PartnerColumn::RateLimit},
            {u"tags"_qs, PartnerColumn::Tags}, {u"updatedAt"_qs, PartnerColumn::UpdatedAt}};
    if (const auto it = columns.constFind(field); it != columns.constEnd())
        return PartnerColumns::title(*it);
    static const QHash<QString, const char *> others = {
        {u"contact.name"_qs, QT_TRANSLATE_NOOP("AuditText", "Contact person")},
        {u"contact.email"_qs, QT_TRANSLATE_NOOP("AuditText", "Contact e-mail")},
        {u"contact.phone"_qs, QT_TRANSLATE_NOOP("AuditText", "Contact phone")},
        {u"version"_qs, QT_TRANSLATE_NOOP("AuditText", "Version")},
        {u"createdAt"_qs, QT_TRANSLATE_NOOP("AuditText", "Created")},
        {u"createdBy"_qs, QT_TRANSLATE_NOOP("AuditText", "Created by")},
        {u"updatedBy"_qs, QT_TRANSLATE_NOOP("AuditText", "Changed by")},
        {u"username"_qs, QT_TRANSLATE_NOOP("AuditText", "Username")},
        {u"displayName"_qs, QT_TRANSLATE_NOOP("AuditText", "Display name")},
        {u"roles"_qs, QT_TRANSLATE_NOOP("AuditText", "Roles")},
        {u"disabled"_qs, QT_TRANSLATE_NOOP("AuditText", "Disabled")},
        {u"expiresAt"_qs, QT_TRANSLATE_NOOP("AuditText", "Expires")},
        {u"userId"_qs, QT_TRANSLATE_NOOP("AuditText", "Account ID")},
        {u"lastLoginAt"_qs, QT_TRANSLATE_NOOP("AuditText", "Last sign-in")},
        {u"state"_qs, QT_TRANSLATE_NOOP("AuditText", "State")},
        {u"group"_qs, QT_TRANSLATE_NOOP("AuditText", "Group")},
        {u"dailyOrderCap"_qs, QT_TRANSLATE_NOOP("AuditText", "Daily order cap")},
        {u"revokedAt"_qs, QT_TRANSLATE_NOOP("AuditText", "Revoked")},
        {u"revokedBy"_qs, QT_TRANSLATE_NOOP("AuditText", "Revoked by")},
        {u"lastUsedAt"_qs, QT_TRANSLATE_NOOP("AuditText", "Last used")},
        {u"appKey"_qs, QT_TRANSLATE_NOOP("AuditText", "App key")},
        {u"appId"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program AppID")},
        {u"codeVersion"_qs, QT_TRANSLATE_NOOP("AuditText", "Code version")},
        {u"description"_qs, QT_TRANSLATE_NOOP("AuditText", "Description")},
        {u"pages"_qs, QT_TRANSLATE_NOOP("AuditText", "Pages")},
        {u"category"_qs, QT_TRANSLATE_NOOP("AuditText", "Category")},
        {u"privacyDeclaration"_qs, QT_TRANSLATE_NOOP("AuditText", "Privacy declaration")},
        {u"screenshots"_qs, QT_TRANSLATE_NOOP("AuditText", "Screenshots")},
        {u"partnerNotes"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner's notes")},
        {u"grayPercent"_qs, QT_TRANSLATE_NOOP("AuditText", "Gray release %")},
        {u"submittedAt"_qs, QT_TRANSLATE_NOOP("AuditText", "Submitted")},
        {u"decidedAt"_qs, QT_TRANSLATE_NOOP("AuditText", "Decided")},
        {u"decidedBy"_qs, QT_TRANSLATE_NOOP("AuditText", "Decided by")},
        {u"releasedAt"_qs, QT_TRANSLATE_NOOP("AuditText", "Released")},
        {u"reasonCode"_qs, QT_TRANSLATE_NOOP("AuditText", "Reason")},
        {u"note"_qs, QT_TRANSLATE_NOOP("AuditText", "Note")},
        {u"partnerId"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner ID")},
        {u"address"_qs, QT_TRANSLATE_NOOP("AuditText", "Client address")},
    };
    const auto it = others.constFind(field);
    return it == others.constEnd() ? field : translated(*it);
}

QString fieldValue(const QString &field, const QString &raw)
{
    if (raw.isEmpty())
        return raw;
    if (field == u"status") {
        if (const auto status = partnerStatusFromString(raw))
            return displayName(*status);
        if (const auto status = miniProgramStatusFromString(raw)) // mini-program lines
            return displayName(*status);
    }
    if (field == u"reasonCode" && ReviewReason::allCodes().contains(raw))
        return ReviewReason::displayName(raw);
    if (field == u"category" && isValidMiniProgramCategory(raw))
        return miniProgramCategoryDisplayName(raw);
    if (field == u"mode")
        if (const auto mode = partnerModeFromString(raw))
            return displayName(*mode);
    if (field == u"scenario" && isValidScenario(raw))
        return scenarioDisplayName(raw);
    if (field == u"commissionBps")
        return PartnerColumns::formatCommission(raw.toInt());
    if (field.endsWith(u"At"_qs)) {
        const QDateTime at = fromIsoUtc(raw);
        if (at.isValid())
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    return raw;
}

QString summary(const AuditRecord &record)
{
    QStringList parts;
    // Mini-program lines name the version (the state before/after is the version, not the partner).
    if (record.action.startsWith(u"miniprogram.")) {
        const QJsonObject version = (record.after.isObject() ? record.after : record.before).toObject();
        parts << QString(
            version.value(u"appId"_qs).toString() + u' ' + version.value(u"codeVersion"_qs).toString())
                     .trimmed();
        if (const QJsonValue gray = version.value(u"grayPercent"_qs);
            record.action == u"miniprogram.release" && gray.isDouble())
            parts << QCoreApplication::translate("AuditText", "%1 % of users").arg(gray.toInt());
    }
    if (!record.reasonCode.isEmpty())
        parts << (ReviewReason::allCodes().contains(record.reasonCode)
                ? ReviewReason::displayName(record.reasonCode)
                : PartnerReason::displayName(record.reasonCode));
    if (!record.note.isEmpty())
        parts << record.note;
    if (parts.isEmpty() && record.before.isObject() && record.after.isObject()) {
        QStringList changed;
        for (const AuditDiff::Line &line : AuditDiff::lines(record.before, record.after))
            if (line.changed && line.field != u"version" && line.field != u"updatedAt"
                && line.field != u"updatedBy")
                changed << fieldLabel(line.field);
        if (!changed.isEmpty())
            parts << QCoreApplication::translate("AuditText", "Changed: %1")
                         .arg(changed.join(QCoreApplication::translate("AuditText", ", ")));
    }
    return parts.join(u" · "_qs);
}

QList<std::pair<QString, QString>> actionFilters()
{
    return {{QString(), QCoreApplication::translate("AuditText", "All actions")},
        {u"partner."_qs, QCoreApplication::translate("AuditText", "Partners: everything")},
        {u"partner.update"_qs, QCoreApplication::translate("AuditText", "Partners: edits")},
        {u"partner.suspend"_qs, QCoreApplication::translate("AuditText", "Partners: suspensions")},
        {u"partner.approve"_qs, QCoreApplication::translate("AuditText", "Partners: approvals")},
        {u"partner.key."_qs, QCoreApplication::translate("AuditText", "App keys")},
        {u"partner.import."_qs, QCoreApplication::translate("AuditText", "Imports")},
        {u"miniprogram."_qs, QCoreApplication::translate("AuditText", "Mini-programs: everything")},
        {u"user."_qs, QCoreApplication::translate("AuditText", "Staff accounts")},
        {u"session."_qs, QCoreApplication::translate("AuditText", "Sign-ins and sign-outs")}};
}

} // namespace Kepler::AuditText
