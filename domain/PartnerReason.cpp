#include "PartnerReason.h"

namespace Kepler::PartnerReason {
namespace {

constexpr const char *kCodes[] = {"fake_traffic", "fraud", "contract_ended", "partner_request",
    "compliance_review", "payment_overdue", "issue_resolved", "documents_verified", "incomplete_documents",
    "duplicate_application", "category_not_allowed", "other"};

QStringList list(std::initializer_list<const char16_t *> codes)
{
    QStringList out;
    for (const char16_t *c : codes)
        out.append(QString::fromUtf16(c));
    return out;
}

} // namespace

QStringList codes(PartnerAction action)
{
    switch (action) {
    case PartnerAction::Submit:
        return list({u"partner_request", u"other"});
    case PartnerAction::Approve:
        return list({u"documents_verified", u"other"});
    case PartnerAction::Reject:
        return list(
            {u"incomplete_documents", u"duplicate_application", u"category_not_allowed", u"fraud", u"other"});
    case PartnerAction::Suspend:
        return list({u"fake_traffic", u"fraud", u"payment_overdue", u"compliance_review", u"partner_request",
            u"other"});
    case PartnerAction::Resume:
        return list({u"issue_resolved", u"compliance_review", u"partner_request", u"other"});
    case PartnerAction::Terminate:
        return list(
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
    QStringList out;
    for (const char *code : kCodes)
        out.append(QString::fromLatin1(code));
    return out;
}

bool requiresNote(const QString &code)
{
    return code == u"other"_qs;
}

} // namespace Kepler::PartnerReason
