#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Kepler {

class ApiError;

// The Idempotency-Key of a create that may have to be sent again. Saving the same draft after a
// lost answer repeats the request, key and all, so the service answers with what the lost attempt
// created instead of creating it twice; a changed draft is a new request with a new key; once the
// service has answered (created it, or refused it) the key is used up. "The same draft" is the
// same JSON body.
class CreateRetryKey
{
public:
    // The key to send `body` with: the pending one when `body` is what it was made for, else a new
    // one. Kept with `body` until the service answers.
    QByteArray keyFor(const QJsonObject &body);
    // The service answered the create: the key is used up.
    void answered();
    // A failed create: the key is used up unless the answer was lost (it may have been made).
    void failed(const ApiError &error);
    bool isPending() const { return !m_key.isEmpty(); }

private:
    QJsonObject m_body;
    QByteArray m_key;
};

} // namespace Kepler
