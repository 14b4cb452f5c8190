#pragma once

#include "SaveCheck.h"
#include "domain/Partner.h"

namespace Kepler {

class ApiSession;

// A partner save whose answer never came, settled by reading the partner again (SaveCheck: Saved
// when the next version holds the fields that were sent, Conflict when it holds something else,
// NotSaved when it stayed where the edit started).
class PartnerSaveCheck : public SaveCheck
{
    Q_OBJECT

public:
    PartnerSaveCheck(ApiSession *session, const Partner &before, const Partner &sent, QObject *parent);

    const Partner &before() const { return m_before; }
    const Partner &sent() const { return m_sent; }

    // True when `current` holds every field the save from `before` to `sent` changed.
    static bool carries(const Partner &current, const Partner &before, const Partner &sent);

Q_SIGNALS:
    // Emitted once, with the partner as last read (`before` when no read answered).
    void resolved(Kepler::SaveCheck::Outcome outcome, const Kepler::Partner &current);

private:
    Partner m_before;
    Partner m_sent;
};

} // namespace Kepler
