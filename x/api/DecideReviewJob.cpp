#include "DecideReviewJob.h"

#include "ReviewDecode.h"

#include "domain/MiniProgramLifecycle.h"
#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"

namespace Kepler {

namespace {

MiniProgramAction actionOf(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approve:
        return MiniProgramAction::Approve;
    case ReviewDecision::Reject:
        return MiniProgramAction::Reject;
    case ReviewDecision::Delay:
        return MiniProgramAction::Delay;
    }
    return MiniProgramAction::Approve;
}

} // namespace

DecideReviewJob::DecideReviewJob(ApiSession *session, const ReviewQueueItem &item, ReviewDecision decision,
    const QString &reasonCode, const QString &note)
    : ApiJob(session)
    , m_item(item)
    , m_decision(decision)
    , m_reasonCode(reasonCode)
    , m_note(note.trimmed())
{
}

QString DecideReviewJob::path() const
{
    return u"/api/v1/reviews/"_qs + m_item.id + u"/decision"_qs;
}

QJsonObject DecideReviewJob::body() const
{
    QJsonObject body {{u"decision"_qs, toString(m_decision)}};
    if (!m_reasonCode.isEmpty())
        body.insert(u"reasonCode"_qs, m_reasonCode);
    if (!m_note.isEmpty())
        body.insert(u"note"_qs, m_note);
    return body;
}

ApiJob::Headers DecideReviewJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_item.version)}};
}

QString DecideReviewJob::decidedBy(const ApiError &error)
{
    return error.problem.value(u"decidedBy"_qs).toString();
}

bool DecideReviewJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    const auto parsed = ReviewQueueItem::parseId(m_item.id);
    if (!parsed || parsed->first != m_item.kind || m_item.version < 1) {
        *why = tr("No review item is selected.");
        return false;
    }
    if (m_note.size() > ReviewReason::MaxNoteLength) {
        *why = tr("The note is too long (at most %n character(s)).", nullptr, ReviewReason::MaxNoteLength);
        return false;
    }
    return m_item.kind == ReviewItemKind::MiniProgramSubmission ? checkMiniProgram(why)
                                                                : checkPartnerApplication(why);
}

bool DecideReviewJob::checkMiniProgram(QString *why) const
{
    const auto status = miniProgramStatusFromString(m_item.status);
    if (!status || !MiniProgramLifecycle::target(*status, actionOf(m_decision))) {
        *why = tr("This decision is not possible while the submission is %1.")
                   .arg(status ? displayName(*status) : m_item.status);
        return false;
    }
    if (m_reasonCode.isEmpty() && ReviewReason::requiresReason(m_decision)) {
        *why = tr("Choose a reason.");
        return false;
    }
    if (!m_reasonCode.isEmpty() && !ReviewReason::isAllowed(m_decision, m_reasonCode)) {
        *why = tr("This reason does not fit this decision.");
        return false;
    }
    if (m_note.isEmpty() && ReviewReason::requiresNote(m_reasonCode)) {
        *why = tr("Add a note that explains the reason.");
        return false;
    }
    return true;
}

bool DecideReviewJob::checkPartnerApplication(QString *why) const
{
    // The partner lifecycle has no delay: an application is approved or rejected.
    if (m_decision == ReviewDecision::Delay) {
        *why = tr("A partner application cannot be delayed; approve or reject it.");
        return false;
    }
    const PartnerAction action
        = m_decision == ReviewDecision::Approve ? PartnerAction::Approve : PartnerAction::Reject;
    const auto status = partnerStatusFromString(m_item.status);
    if (!status || !PartnerLifecycle::target(*status, action)) {
        *why = tr("This decision is not possible while the partner is %1.")
                   .arg(status ? displayName(*status) : m_item.status);
        return false;
    }
    if (m_reasonCode.isEmpty() && PartnerLifecycle::requiresReason(action)) {
        *why = tr("Choose a reason.");
        return false;
    }
    if (!m_reasonCode.isEmpty() && !PartnerReason::isAllowed(action, m_reasonCode)) {
        *why = tr("This reason does not fit this decision.");
        return false;
    }
    if (m_note.isEmpty() && PartnerReason::requiresNote(m_reasonCode)) {
        *why = tr("Add a note that explains the reason.");
        return false;
    }
    return true;
}

bool DecideReviewJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    ReviewDetail detail;
    if (!ReviewDecode::detail(body.object(), headers, &detail, error))
        return false;
    Q_EMIT finished(detail);
    return true;
}

} // namespace Kepler
