#pragma once

// A console ApiSession signed in to a running test platform as `username` (demo password), the way
// the sign-in dialog leaves it: base URL, token and the current user (its roles decide what the
// pages show). Returns nullptr when the platform refuses; the caller QVERIFYs.
#include "HttpClient.h"
#include "api/ApiSession.h"
#include "domain/StaffUser.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Kepler::Test {

inline ApiSession *signedInSession(
    const QUrl &platform, const QString &username, QNetworkAccessManager *network, QObject *parent)
{
    HttpClient http(platform);
    http.login(username, u"kepler-demo"_qs);
    if (http.token().isEmpty())
        return nullptr;
    const auto user
        = StaffUser::fromJson(http.get(u"/api/v1/sessions/current"_qs).object().value(u"user"_qs).toObject());
    if (!user)
        return nullptr;
    auto *session = new ApiSession(network, parent);
    session->setBaseUrl(platform);
    session->setToken(http.token());
    session->setCurrentUser(*user);
    return session;
}

} // namespace Kepler::Test
