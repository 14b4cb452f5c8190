#include "AuditText.h"

#include "AuditDiff.h"
#include "DateTimeText.h"
#include "PartnerColumns.h"
#include "api/AuditRecord.h"
#include "domain/EffectiveQuota.h"
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

// "partner", "annotation", ... in words; empty for a kind this console does not know.
QString entityKindName(const QString &kind)
{
    static const QHash<QString, const char *> kinds = {
        {u"partner"_qs, QT_TRANSLATE_NOOP("AuditText", "Partner")},
        {u"user"_qs, QT_TRANSLATE_NOOP("AuditText", "Account")},
        {u"session"_qs, QT_TRANSLATE_NOOP("AuditText", "Session")},
        {u"partner_group"_qs, QT_TRANSLATE_NOOP("AuditText", "Group")},
        {u"annotation"_qs, QT_TRANSLATE_NOOP("AuditText", "Annotation")},
        {u"pool"_qs, QT_TRANSLATE_NOOP("AuditText", "Product pool")},
        {u"pricing_rule"_qs, QT_TRANSLATE_NOOP("AuditText", "Pricing rule")},
        {u"pricing_policy"_qs, QT_TRANSLATE_NOOP("AuditText", "Pricing policy")},
        {u"miniprogram"_qs, QT_TRANSLATE_NOOP("AuditText", "Mini-program")},
    };
    const auto it = kinds.constFind(kind);
    return it == kinds.constEnd() ? QString() : translated(*it);
}

// "dailyOrderCapFrom" → "Daily order cap from": an unknown name still reads as words.
QString wordsOf(const QString &key)
{
    QString words;
    for (int i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c.isUpper() && i > 0) {
            words += u' ';
            words += c.toLower();
        } else if (c == u'_') {
            words += u' ';
        } else {
            words += c;
        }
    }
    return words.isEmpty() ? words : words.at(0).toUpper() + words.mid(1);
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
        {u"session.revoke_all"_qs, QT_TRANSLATE_NOOP("AuditText", "All sessions ended")},
        {u"annotation.create"_qs, QT_TRANSLATE_NOOP("AuditText", "Annotation added")},
        {u"annotation.delete"_qs, QT_TRANSLATE_NOOP("AuditText", "Annotation deleted")},
        {u"pool.create"_qs, QT_TRANSLATE_NOOP("AuditText", "Product pool created")},
        {u"pool.update"_qs, QT_TRANSLATE_NOOP("AuditText", "Product pool edited")},
        {u"pricing_rule.create"_qs, QT_TRANSLATE_NOOP("AuditText", "Pricing rule created")},
        {u"pricing_rule.update"_qs, QT_TRANSLATE_NOOP("AuditText", "Pricing rule edited")},
        {u"pricing_rule.activate"_qs, QT_TRANSLATE_NOOP("AuditText", "Pricing rule activated")},
        {u"pricing_rule.deactivate"_qs, QT_TRANSLATE_NOOP("AuditText", "Pricing rule deactivated")},
        {u"pricing_policy.update"_qs, QT_TRANSLATE_NOOP("AuditText", "Pricing policy changed")},
    };
    const auto it = names.constFind(action);
    if (it != names.constEnd())
        return translated(*it);
    // An action this console does not know yet (a newer service): its entity in words, and the
    // code itself so that it can still be searched for.
    const QString kind = entityKindName(action.section(u'.', 0, 0));
    return kind.isEmpty() ? action : QCoreApplication::translate("AuditText", "%1 (%2)").arg(kind, action);
}

QString entityName(const AuditRecord &record)
{
    const QJsonObject state = (record.after.isObject() ? record.after : record.before).toObject();
    QString name = state.value(u"name"_qs).toString();
    if (name.isEmpty())
        name = state.value(u"username"_qs).toString();
    QString kind = entityKindName(record.entityType);
    if (kind.isEmpty())
        kind = wordsOf(record.entityType);
    if (name.isEmpty())
        return QStringLiteral("%1 #%2").arg(kind, record.entityId);
    return QStringLiteral("%1 %2 (#%3)").arg(kind, name, record.entityId);
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, PartnerColumn> columns = {{u"id"_qs, PartnerColumn::Id},
        {u"name"_qs, PartnerColumn::Name}, {u"nameEn"_qs, PartnerColumn::NameEn},
        {u"mode"_qs, PartnerColumn::Mode}, {u"scenario"_qs, PartnerColumn::Scenario},
        {u"status"_qs, PartnerColumn::Status}, {u"commissionBps"_qs, PartnerColumn::Commission},
        {u"rateLimit"_qs, PartnerColumn::RateLimit}, {u"tags"_qs, PartnerColumn::Tags},
        {u"updatedAt"_qs, PartnerColumn::UpdatedAt}, {u"contact"_qs, PartnerColumn::Contact}};
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
        {u"password"_qs, QT_TRANSLATE_NOOP("AuditText", "Password")},
        {u"effectiveQuota.rateLimit"_qs, QT_TRANSLATE_NOOP("AuditText", "Rate limit in effect")},
        {u"effectiveQuota.rateLimitFrom"_qs, QT_TRANSLATE_NOOP("AuditText", "Rate limit comes from")},
        {u"effectiveQuota.dailyOrderCap"_qs, QT_TRANSLATE_NOOP("AuditText", "Daily order cap in effect")},
        {u"effectiveQuota.dailyOrderCapFrom"_qs,
            QT_TRANSLATE_NOOP("AuditText", "Daily order cap comes from")},
    };
    if (const auto it = others.constFind(field); it != others.constEnd())
        return translated(*it);
    // Not known (a newer service): the last part of the path in words, never a camelCase key.
    const QString words = wordsOf(field.section(u'.', -1));
    return words.isEmpty() ? field : words;
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
    if (field.startsWith(u"effectiveQuota.") && field.endsWith(u"From"_qs)) {
        if (const auto source = quotaSourceFromString(raw)) {
            switch (*source) {
            case QuotaSource::Partner:
                return QCoreApplication::translate("AuditText", "Set for this partner");
            case QuotaSource::Group:
                return QCoreApplication::translate("AuditText", "The partner's group");
            case QuotaSource::Platform:
                return QCoreApplication::translate("AuditText", "Platform default");
            }
        }
    }
    // "createdAt", "expiresAt", and an annotation's "at"
    if (field == u"at" || field.endsWith(u".at"_qs) || field.endsWith(u"At"_qs)) {
        const QDateTime at = fromIsoUtc(raw);
        if (at.isValid())
            return DateTimeText::text(at);
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
