#include "FakeReply.h"

#include <QTimer>

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
    const FakeResponse &response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_response.hang)
        QTimer::singleShot(0, this, &FakeReply::respond);
}

void FakeReply::respond()
{
    if (m_done)
        return;
    m_done = true;
    if (m_response.networkError != QNetworkReply::NoError) {
        m_response.body.clear();
        setError(m_response.networkError, u"Connection refused"_qs);
        Q_EMIT errorOccurred(m_response.networkError);
        setFinished(true);
        Q_EMIT finished();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : std::as_const(m_response.headers))
        setRawHeader(name, value);
    if (m_response.status >= 400) {
        // What QNetworkReplyHttpImpl does: an error code plus an English string with the URL.
        const auto code = m_response.status >= 500 ? QNetworkReply::InternalServerError
                                                   : QNetworkReply::ProtocolInvalidOperationError;
        setError(code, u"Error transferring "_qs % url().toString() % u" - server replied: Error"_qs);
    }
    Q_EMIT metaDataChanged();
    if (!m_response.body.isEmpty())
        Q_EMIT readyRead();
    if (error() != QNetworkReply::NoError)
        Q_EMIT errorOccurred(error());
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_response.body.clear();
    setError(QNetworkReply::OperationCanceledError, u"Operation canceled"_qs);
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return (m_response.body.size() - m_position) + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_response.body.size()) - m_position);
    if (n <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_response.body.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}
