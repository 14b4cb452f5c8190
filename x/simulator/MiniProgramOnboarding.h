#pragma once

#include "PartnerClient.h"

#include <QString>
#include <functional>

namespace Kepler::Simulator {

// Steps 1 and 2 of the seed's mini-program onboarding as a partner does them: authorise the app
// (again), upload three screenshots, create a complete draft and submit it for review. Step 3 is
// the reviewer's, in the console.
struct OnboardingRequest
{
    QString appId;
    QString appName;
    QString codeVersion;
    QString description;
    QString category = u"shopping"_qs;
    quint32 accentRgb = 0x1E88E5;
};

struct OnboardingResult
{
    bool ok = false;
    qint64 versionId = 0;
    QString status; // the version's status after the last step
    QString error; // what went wrong, for a person
};

OnboardingResult onboard(PartnerClient &client, const OnboardingRequest &request,
    const std::function<void(const QString &)> &progress = {});

} // namespace Kepler::Simulator
