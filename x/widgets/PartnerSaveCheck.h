#pragma once

#include "domain/Partner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Kepler {

class ApiSession;
class GetPartnerJob;

// A partner save whose answer never came (timed out, connection dropped after sending) may have
// been carried out or not. This reads the partner again until the service answers and tells which:
// the version moved on and holds the fields that were sent (Saved), moved on to something else
// (Conflict), or stayed where the edit started (NotSaved — after a few answers, so a write the
// service is still finishing is not called lost). It never writes: the If-Match of the save makes
// a blind retry of the same draft fail with 412 instead of applying it twice.
class PartnerSaveCheck : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Saved, Conflict, NotSaved };

    static constexpr int RetryMs = 2000; // after a read that got no answer either
    static constexpr int UnchangedRetryMs = 1000;
    static constexpr int UnchangedAnswersForNotSaved = 3;

    PartnerSaveCheck(ApiSession *session, const Partner &before, const Partner &sent, QObject *parent);
    ~PartnerSaveCheck() override;

    const Partner &before() const { return m_before; }
    const Partner &sent() const { return m_sent; }
    // Asks at once (the platform is back), dropping a read that may still wait for a timeout.
    void checkNow();

    // True when `current` holds every field the save from `before` to `sent` changed.
    static bool carries(const Partner &current, const Partner &before, const Partner &sent);

Q_SIGNALS:
    // Emitted once; the check is done afterwards (the owner deletes it).
    void resolved(Kepler::PartnerSaveCheck::Outcome outcome, const Kepler::Partner &current);

private:
    void onAnswer(const Partner &current);

    ApiSession *m_session;
    Partner m_before;
    Partner m_sent;
    QPointer<GetPartnerJob> m_job;
    QTimer m_retry;
    int m_unchangedAnswers = 0;
    bool m_done = false;
};

} // namespace Kepler
