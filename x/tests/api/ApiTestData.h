#pragma once

#include "domain/Partner.h"
#include "domain/StaffUser.h"

#include <QJsonObject>
#include <QStringList>

// Sample records as the service sends them, shared by the api tests.
namespace ApiTestData {

inline constexpr char BaseUrl[] = "http://127.0.0.1:8765";
inline constexpr char Token[] = "tok-abc123";

Kepler::Partner partner(qint64 id = 17, int version = 3);
QJsonObject partnerJson(qint64 id = 17, int version = 3);
Kepler::StaffUser user(qint64 id = 5, int version = 2);
QJsonObject userJson(qint64 id = 5, int version = 2);

// Qt's raw English error texts that must never reach a person.
QStringList rawQtPhrases();

} // namespace ApiTestData
