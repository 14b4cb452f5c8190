#include "ConsoleController.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Dialogs come and go before the main window exists (demo start, sign-in): the controller
    // decides when the console ends, not the last closed window.
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setOrganizationName(u"Kepler"_qs);
    QApplication::setApplicationName(u"kepler-console"_qs);
    QApplication::setApplicationDisplayName(u"Kepler Console"_qs);
    QApplication::setApplicationVersion(QStringLiteral(KEPLER_VERSION));
    // The desktop file's name (Wayland's app id, X11's WM_CLASS match) and the icon it names; the
    // window icon comes from the resources so a build run from its folder shows it too.
    QApplication::setDesktopFileName(u"kepler-console"_qs);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/%1/kepler-console.png"_qs.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Operations console of the Kepler open platform"_qs);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_qs, u"Start a local demo platform with generated data and sign in."_qs);
    const QCommandLineOption server(u"server"_qs, u"Connect to the platform at <url>."_qs, u"url"_qs);
    // Not "--platform": QGuiApplication takes that (and -platform) as the name of its display plugin.
    const QCommandLineOption platform(
        u"platform-binary"_qs, u"Path of kepler-platform for --demo (else $KEPLER_PLATFORM)."_qs, u"path"_qs);
    const QCommandLineOption demoData(u"demo-data"_qs, u"Data folder of the demo platform."_qs, u"dir"_qs);
    const QCommandLineOption demoPartners(
        u"demo-partners"_qs, u"Partners the demo platform seeds (default 240, at most 10000)."_qs, u"N"_qs);
    const QCommandLineOption demoUser(
        u"demo-user"_qs, u"Demo account to sign in as (default operator)."_qs, u"name"_qs, u"operator"_qs);
    const QCommandLineOption lang(u"lang"_qs, u"User interface language, e.g. zh_CN or en."_qs, u"locale"_qs);
    const QCommandLineOption page(u"page"_qs,
        u"Page to show first: partners, users, audit, reviews, pools, pricing, catalog, overview, availability or orders."_qs,
        u"name"_qs);
    parser.addOptions({demo, server, platform, demoData, demoPartners, demoUser, lang, page});
    parser.process(app);

    Kepler::ConsoleController::Options options;
    options.demo = parser.isSet(demo);
    options.server = QUrl::fromUserInput(parser.value(server));
    options.platformPath = parser.value(platform);
    options.demoDataDir = parser.value(demoData);
    if (parser.isSet(demoPartners)) {
        bool ok = false;
        const int n = parser.value(demoPartners).toInt(&ok);
        options.demoPartners = ok && n > 0 ? n : -1; // the platform refuses what is out of range, in words
    }
    options.demoUser = parser.value(demoUser);
    options.language = parser.value(lang);
    options.page = parser.value(page);

    // One console per profile: a second start brings the first one's window forward and ends.
    Kepler::SingleInstance instance(Kepler::ConsoleController::profileKeyFor(options));
    switch (instance.claim()) {
    case Kepler::SingleInstance::Role::Activated:
        std::fputs(
            "kepler-console is already running with this profile; its window was brought forward.\n", stderr);
        return 0;
    case Kepler::SingleInstance::Role::Unresponsive:
        std::fprintf(stderr, "kepler-console is already running with this profile but did not answer (%s).\n",
            qPrintable(instance.socketPath()));
        return 1;
    case Kepler::SingleInstance::Role::Primary:
        break;
    }

    Kepler::ConsoleController controller(options);
    QObject::connect(&instance, &Kepler::SingleInstance::activationRequested, &controller,
        &Kepler::ConsoleController::activate);
    QObject::connect(&controller, &Kepler::ConsoleController::quitRequested, &app,
        [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &controller, &Kepler::ConsoleController::start);
    return app.exec();
}
