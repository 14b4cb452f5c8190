#include "PartnerSaveCheck.h"

#include "api/GetPartnerJob.h"
#include "domain/PartnerValidator.h"

namespace Kepler {

PartnerSaveCheck::PartnerSaveCheck(
    ApiSession *session, const Partner &before, const Partner &sent, QObject *parent)
    : SaveCheck(
        before.version,
        [session, before, sent](SaveCheck *check) {
            auto *job = new GetPartnerJob(session, before.id);
            QObject::connect(
                job, &GetPartnerJob::finished, check, [check, before, sent](const Partner &current) {
                    check->answered(
                        current.version, carries(current, before, sent), QVariant::fromValue(current));
                });
            return job;
        },
        parent)
    , m_before(before)
    , m_sent(sent)
{
    connect(this, &SaveCheck::settled, this, [this](Outcome outcome, const QVariant &current) {
        Q_EMIT resolved(outcome, current.isValid() ? current.value<Partner>() : m_before);
    });
}

bool PartnerSaveCheck::carries(const Partner &current, const Partner &before, const Partner &sent)
{
    Partner withDraft = current;
    if (!applyPartnerPatch(partnerPatch(before, sent), &withDraft).isEmpty())
        return false;
    return partnerPatch(current, withDraft).isEmpty();
}

} // namespace Kepler
