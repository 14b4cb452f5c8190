#include "MiniProgramOnboarding.h"

#include "domain/DemoScreens.h"

#include <QJsonArray>

namespace Kepler::Simulator {

OnboardingResult onboard(
    PartnerClient &client, const OnboardingRequest &r, const std::function<void(const QString &)> &progress)
{
    const auto say = [&](const QString &text) {
        if (progress)
            progress(text);
    };
    OnboardingResult result;
    const auto failed = [&](const QString &step, const PartnerClient::Answer &a) {
        result.error = u"%1 failed: %2"_qs.arg(step, a.describe());
        return result;
    };
    PartnerClient::Answer a
        = client.call("POST", u"/open/v1/miniprograms"_qs, {{u"appId"_qs, r.appId}, {u"name"_qs, r.appName}});
    if (!a.ok())
        return failed(u"Authorise"_qs, a);
    say(u"1. authorised %1 (%2)"_qs.arg(r.appId, r.appName));
    QJsonArray screenshots;
    for (int page = 0; page < 3; ++page) {
        a = client.upload(
            u"/open/v1/miniprograms/screenshots"_qs, DemoScreens::png(r.accentRgb, page, 1), "image/png");
        if (!a.ok())
            return failed(u"Screenshot upload"_qs, a);
        screenshots.append(a.json.value(u"id"_qs));
    }
    say(u"2a. uploaded %1 screenshots"_qs.arg(screenshots.size()));
    a = client.call("POST", u"/open/v1/miniprograms/versions"_qs,
        {{u"appId"_qs, r.appId}, {u"codeVersion"_qs, r.codeVersion}, {u"description"_qs, r.description},
            {u"pages"_qs,
                QJsonArray {u"pages/index/index"_qs, u"pages/goods/detail"_qs, u"pages/cart/cart"_qs,
                    u"pages/order/list"_qs}},
            {u"category"_qs, r.category},
            {u"privacyDeclaration"_qs,
                u"收集：手机号（登录与订单通知）、收货地址（配送）。不向第三方出售个人信息。"_qs},
            {u"screenshots"_qs, screenshots},
            {u"partnerNotes"_qs, u"测试账号：13800000000 / 验证码 123456"_qs}});
    if (!a.ok())
        return failed(u"Draft"_qs, a);
    result.versionId = a.json.value(u"id"_qs).toInteger();
    say(u"2b. draft %1 created (version id %2)"_qs.arg(r.codeVersion).arg(result.versionId));
    a = client.call("POST", u"/open/v1/miniprograms/versions/%1/submit"_qs.arg(result.versionId));
    if (!a.ok())
        return failed(u"Submit"_qs, a);
    result.status = a.json.value(u"status"_qs).toString();
    say(u"2c. submitted: the version is %1 and waits in the review queue"_qs.arg(result.status));
    result.ok = true;
    return result;
}

} // namespace Kepler::Simulator
