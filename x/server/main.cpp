#include "Logging.h"
#include "PasswordHasher.h"
#include "PlatformOptions.h"
#include "PlatformService.h"
#include "UserAddCommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Kepler::Server;

int main(int argc, char *argv[])
{
    keepSecretsOutOfLogs(); // before anything logs
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kepler-platform"_qs);
    QCoreApplication::setOrganizationName(u"Kepler"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(KEPLER_VERSION));
    if (!PasswordHasher::initialize()) {
        QTextStream(stderr) << "kepler-platform: libsodium failed to initialise" << Qt::endl;
        return 1;
    }
    int exitCode = 0;
    const auto options = PlatformOptions::parse(QCoreApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    if (options->command == PlatformOptions::Command::UserAdd)
        return UserAddCommand::run(*options);
    return PlatformService(*options).run();
}
