#include "GatewayTestHooks.h"

namespace Kepler::Server {

std::optional<GatewayTestHooks> GatewayTestHooks::read(const HttpRequest &request, QString *problem)
{
    GatewayTestHooks hooks;
    const QByteArray clock = request.header("x-kepler-clock").trimmed();
    if (!clock.isEmpty()) {
        bool ok = false;
        const qint64 ms = clock.toLongLong(&ok);
        // 2000-01-01 .. 2100-01-01: anything else is a unit mistake (seconds, microseconds).
        if (!ok || ms < 946684800000LL || ms > 4102444800000LL) {
            *problem = u"X-Kepler-Clock must be milliseconds since the epoch, not '%1'"_qs.arg(
                QString::fromLatin1(clock.left(40)));
            return std::nullopt;
        }
        hooks.clockMs = ms;
    }
    const QByteArray fault = request.header("x-kepler-fault").trimmed().toLower();
    if (fault.isEmpty())
        return hooks;
    if (fault == "error") {
        hooks.injectError = true;
        return hooks;
    }
    if (fault.startsWith("latency=")) {
        bool ok = false;
        const int ms = fault.mid(8).toInt(&ok);
        if (ok && ms >= 0 && ms <= MaxAddedLatencyMs) {
            hooks.addedLatencyMs = ms;
            return hooks;
        }
    }
    *problem
        = u"X-Kepler-Fault must be 'error' or 'latency=MS' with MS from 0 to %1"_qs.arg(MaxAddedLatencyMs);
    return std::nullopt;
}

} // namespace Kepler::Server
