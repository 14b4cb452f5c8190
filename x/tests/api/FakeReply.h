#pragma once

#include "FakeResponse.h"

#include <QNetworkReply>

// A reply that answers from a FakeResponse asynchronously (next event loop turn), the way a real
// one does, and sets the same error state Qt sets for HTTP error statuses — including Qt's raw
// error strings, so tests can check they never reach the user.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
        const FakeResponse &response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();

    FakeResponse m_response;
    qint64 m_position = 0;
    bool m_done = false;
};
