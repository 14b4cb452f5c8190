#include "CreateRetryKey.h"

#include "ApiError.h"

#include <QUuid>

namespace Kepler {

QByteArray CreateRetryKey::keyFor(const QJsonObject &body)
{
    if (m_key.isEmpty() || body != m_body) {
        m_body = body;
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    return m_key;
}

void CreateRetryKey::answered()
{
    m_body = {};
    m_key.clear();
}

void CreateRetryKey::failed(const ApiError &error)
{
    if (!error.isOutcomeUnknown())
        answered();
}

} // namespace Kepler
