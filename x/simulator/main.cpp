// kepler-traffic: partners calling the Kepler gateway over real HTTP with their real keys.
//   kepler-traffic --url URL [--user U --password P] [--rate N] [--duration 20s] [--backfill 30d]
//                  [--faults error=0.01,latency=200:0.05,badsig=0.01,badkey=0.01,burst=ID]
//                  [--state DIR] [--verify]
// plays every active partner (browse, order, look up orders, now and then a mini-program
// submission), keeps its own tally and compares it with the platform's metrics (--verify).
// docs/gateway.md, "Traffic simulator".
//   kepler-traffic miniprogram --server URL --app-key KEY --secret SECRET
//                  [--app-id ID] [--name NAME] [--code-version X.Y.Z] [--watch]
// authorises the partner's mini-program, uploads screenshots, drafts and submits a version
// (steps 1–2 of the onboarding flow); --watch then polls its status until a reviewer decides
// and releases it in the console (step 3). docs/reviews.md, "Try it in demo mode".
#include "simulator/MiniProgramOnboarding.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTextStream>
#include <QThread>

using namespace Kepler::Simulator;

int runTraffic(const QStringList &arguments);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kepler-traffic"_qs);
    if (!app.arguments().contains(u"miniprogram"_qs))
        return runTraffic(app.arguments());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulated Kepler partner: mini-program onboarding over the signed API"_qs);
    parser.addHelpOption();
    parser.addPositionalArgument(u"scenario"_qs, u"miniprogram"_qs);
    const QCommandLineOption server(
        {u"server"_qs}, u"Platform URL, e.g. http://127.0.0.1:8470"_qs, u"url"_qs);
    const QCommandLineOption appKey({u"app-key"_qs}, u"The partner's app key (kp_…)"_qs, u"key"_qs);
    const QCommandLineOption secret(
        {u"secret"_qs}, u"Its secret (ks_…), shown once when issued"_qs, u"secret"_qs);
    const QCommandLineOption appId(
        {u"app-id"_qs}, u"Mini-program AppID (default: derived from the key)"_qs, u"id"_qs);
    const QCommandLineOption name({u"name"_qs}, u"Mini-program name"_qs, u"name"_qs, u"合作伙伴商城"_qs);
    const QCommandLineOption codeVersion(
        {u"code-version"_qs}, u"Version to submit"_qs, u"x.y.z"_qs, u"1.0.0"_qs);
    const QCommandLineOption watch({u"watch"_qs}, u"Poll the status until it is released or final"_qs);
    parser.addOptions({server, appKey, secret, appId, name, codeVersion, watch});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments() != QStringList {u"miniprogram"_qs} || !parser.isSet(server)
        || !parser.isSet(appKey) || !parser.isSet(secret)) {
        err << "usage: kepler-traffic miniprogram --server URL --app-key KEY --secret SECRET [options]\n";
        return 2;
    }
    PartnerClient client(QUrl(parser.value(server)), parser.value(appKey), parser.value(secret));
    OnboardingRequest request;
    request.appId = parser.isSet(appId) ? parser.value(appId)
                                        : u"wx"_qs
            + QString::fromLatin1(
                QCryptographicHash::hash(parser.value(appKey).toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(16));
    request.appName = parser.value(name);
    request.codeVersion = parser.value(codeVersion);
    request.description
        = u"%1 %2：在小程序内浏览京东自营商品，领券并一键下单。"_qs.arg(request.appName, request.codeVersion);
    const OnboardingResult result
        = onboard(client, request, [&](const QString &line) { out << line << Qt::endl; });
    if (!result.ok) {
        err << result.error << Qt::endl;
        return 1;
    }
    if (!parser.isSet(watch))
        return 0;
    QString last = result.status;
    const QStringList finals {u"rejected"_qs, u"withdrawn"_qs, u"rolled_back"_qs};
    for (;;) {
        QThread::sleep(5);
        const auto a = client.call("GET", u"/open/v1/miniprograms/versions/%1"_qs.arg(result.versionId));
        if (!a.ok()) {
            err << a.describe() << Qt::endl;
            return 1;
        }
        const QString status = a.json.value(u"status"_qs).toString();
        const int gray = a.json.value(u"grayPercent"_qs).toInt();
        const QString now = status == u"released"_qs ? u"released to %1 %"_qs.arg(gray) : status;
        if (now != last) {
            out << "3. " << now;
            if (const QString reason = a.json.value(u"reasonText"_qs).toString(); !reason.isEmpty())
                out << " (" << reason << ")";
            out << Qt::endl;
            last = now;
        }
        if (finals.contains(status) || (status == u"released"_qs && gray == 100))
            return 0;
    }
}
