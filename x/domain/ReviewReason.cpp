#include "ReviewReason.h"

#include "CodeList.h"

#include <QCoreApplication>

namespace Kepler {

QString toString(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approve:
        return u"approve"_qs;
    case ReviewDecision::Reject:
        return u"reject"_qs;
    case ReviewDecision::Delay:
        return u"delay"_qs;
    }
    return {};
}

std::optional<ReviewDecision> reviewDecisionFromString(const QString &value)
{
    for (ReviewDecision d : allReviewDecisions())
        if (toString(d) == value)
            return d;
    return std::nullopt;
}

QList<ReviewDecision> allReviewDecisions()
{
    return {ReviewDecision::Approve, ReviewDecision::Reject, ReviewDecision::Delay};
}

namespace ReviewReason {
namespace {

// QT_TRANSLATE_NOOP lets lupdate find the texts although they are translated elsewhere.
constexpr CodeText kReasons[] = {
    {"meets_guidelines", QT_TRANSLATE_NOOP("ReviewReason", "Meets the guidelines")},
    {"missing_privacy_policy", QT_TRANSLATE_NOOP("ReviewReason", "Missing privacy policy")},
    {"content_mismatch", QT_TRANSLATE_NOOP("ReviewReason", "Content does not match the description")},
    {"broken_pages", QT_TRANSLATE_NOOP("ReviewReason", "Broken pages")},
    {"category_not_allowed", QT_TRANSLATE_NOOP("ReviewReason", "Category not allowed")},
    {"misleading_screenshots", QT_TRANSLATE_NOOP("ReviewReason", "Misleading screenshots")},
    {"needs_more_time", QT_TRANSLATE_NOOP("ReviewReason", "Needs more time to review")},
    {"awaiting_partner_answer", QT_TRANSLATE_NOOP("ReviewReason", "Waiting for the partner's answer")},
    {"other", QT_TRANSLATE_NOOP("ReviewReason", "Other")},
};

} // namespace

QStringList codes(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approve:
        return codeList({u"meets_guidelines", u"other"});
    case ReviewDecision::Reject:
        return codeList({u"missing_privacy_policy", u"content_mismatch", u"broken_pages",
            u"category_not_allowed", u"misleading_screenshots", u"other"});
    case ReviewDecision::Delay:
        return codeList({u"needs_more_time", u"awaiting_partner_answer", u"other"});
    }
    return {};
}

bool isAllowed(ReviewDecision decision, const QString &code)
{
    return codes(decision).contains(code);
}

bool requiresReason(ReviewDecision decision)
{
    return decision != ReviewDecision::Approve;
}

QStringList allCodes()
{
    return codesOf(kReasons);
}

QString displayName(const QString &code)
{
    return textOf(kReasons, "ReviewReason", code);
}

bool requiresNote(const QString &code)
{
    return code == u"other"_qs;
}

} // namespace ReviewReason

} // namespace Kepler
