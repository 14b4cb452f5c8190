#include "TrafficOptions.h"

#include <QRegularExpression>

namespace Kepler::Simulator {

bool Faults::any() const
{
    return errorRate > 0 || latencyRate > 0 || badSignatureRate > 0 || badKeyRate > 0
        || !burstPartners.isEmpty();
}

qint64 parseDurationMs(const QString &text)
{
    static const QRegularExpression re(u"^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?\\s*$"_qs);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double scale = unit == u"ms" ? 1
        : unit == u"m"                 ? 60'000
        : unit == u"h"                 ? 3'600'000
        : unit == u"d"                 ? 86'400'000
                                       : 1000;
    return qint64(n * scale);
}

std::optional<Faults> Faults::parse(const QString &text, QString *error)
{
    Faults f;
    const auto rate = [&](const QString &item, const QString &value, double *out) {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < 0 || v > 1) {
            *error = u"%1: a share between 0 and 1 was expected"_qs.arg(item);
            return false;
        }
        *out = v;
        return true;
    };
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = item.section(u'=', 0, 0).trimmed();
        const QString value = item.section(u'=', 1).trimmed();
        if (name == u"error") {
            if (!rate(item, value, &f.errorRate))
                return std::nullopt;
        } else if (name == u"badsig") {
            if (!rate(item, value, &f.badSignatureRate))
                return std::nullopt;
        } else if (name == u"badkey") {
            if (!rate(item, value, &f.badKeyRate))
                return std::nullopt;
        } else if (name == u"latency") {
            bool ok = false;
            f.latencyMs = value.section(u':', 0, 0).toInt(&ok);
            if (!ok || f.latencyMs < 1 || f.latencyMs > 5000) {
                *error = u"%1: latency=MS:SHARE with MS 1–5000 was expected"_qs.arg(item);
                return std::nullopt;
            }
            if (!rate(item, value.section(u':', 1), &f.latencyRate))
                return std::nullopt;
        } else if (name == u"burst") {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!ok || id <= 0) {
                *error = u"%1: burst=PARTNER_ID was expected"_qs.arg(item);
                return std::nullopt;
            }
            f.burstPartners.append(id);
        } else {
            *error = u"%1: unknown fault (error, latency, badsig, badkey, burst)"_qs.arg(item);
            return std::nullopt;
        }
    }
    return f;
}

} // namespace Kepler::Simulator
