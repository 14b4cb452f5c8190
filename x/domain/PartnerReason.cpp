#include "PartnerReason.h"

#include "CodeList.h"

#include <QCoreApplication>

namespace Kepler::PartnerReason {
namespace {

// QT_TRANSLATE_NOOP lets lupdate find the texts although they are translated elsewhere.
constexpr CodeText kReasons[] = {
    {"fake_traffic", QT_TRANSLATE_NOOP("PartnerReason", "Fake traffic")},
    {"fraud", QT_TRANSLATE_NOOP("PartnerReason", "Fraud")},
    {"contract_ended", QT_TRANSLATE_NOOP("PartnerReason", "Contract ended")},
    {"partner_request", QT_TRANSLATE_NOOP("PartnerReason", "At the partner's request")},
    {"compliance_review", QT_TRANSLATE_NOOP("PartnerReason", "Compliance review")},
    {"payment_overdue", QT_TRANSLATE_NOOP("PartnerReason", "Payment overdue")},
    {"issue_resolved", QT_TRANSLATE_NOOP("PartnerReason", "Issue resolved")},
    {"documents_verified", QT_TRANSLATE_NOOP("PartnerReason", "Documents verified")},
    {"incomplete_documents", QT_TRANSLATE_NOOP("PartnerReason", "Incomplete documents")},
    {"duplicate_application", QT_TRANSLATE_NOOP("PartnerReason", "Duplicate application")},
    {"category_not_allowed", QT_TRANSLATE_NOOP("PartnerReason", "Category not allowed")},
    {"other", QT_TRANSLATE_NOOP("PartnerReason", "Other")},
};

} // namespace

QStringList codes(PartnerAction action)
{
    switch (action) {
    case PartnerAction::Submit:
        return codeList({u"partner_request", u"other"});
    case PartnerAction::Approve:
        return codeList({u"documents_verified", u"other"});
    case PartnerAction::Reject:
        return codeList(
            {u"incomplete_documents", u"duplicate_application", u"category_not_allowed", u"fraud", u"other"});
    case PartnerAction::Suspend:
        return codeList({u"fake_traffic", u"fraud", u"payment_overdue", u"compliance_review",
            u"partner_request", u"other"});
    case PartnerAction::Resume:
        return codeList({u"issue_resolved", u"compliance_review", u"partner_request", u"other"});
    case PartnerAction::Terminate:
        return codeList(
            {u"contract_ended", u"fraud", u"fake_traffic", u"payment_overdue", u"partner_request", u"other"});
    }
    return {};
}

bool isAllowed(PartnerAction action, const QString &code)
{
    return codes(action).contains(code);
}

QStringList allCodes()
{
    return codesOf(kReasons);
}

QString displayName(const QString &code)
{
    return textOf(kReasons, "PartnerReason", code);
}

bool requiresNote(const QString &code)
{
    return code == u"other"_qs;
}

} // namespace Kepler::PartnerReason
