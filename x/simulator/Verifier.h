#pragma once

#include "Tally.h"

#include <QMap>
#include <QString>
#include <QTextStream>

namespace Kepler::Simulator {

class OperatorClient;

// kepler-traffic --verify: the tally against the platform's metrics API, per partner per Beijing
// day over the tally's whole range and per partner per minute over its last hours. A difference
// in any count (requests, 5xx, 4xx, orders, valid orders, GMV) fails.
class Verifier
{
public:
    struct Result
    {
        bool fetched = false; // false: the metrics API did not answer (see error)
        QString error;
        int dayRows = 0, dayDiffs = 0;
        int minuteRows = 0, minuteDiffs = 0;
        bool minutesChecked = false;
        TallyCounts tally, platform; // totals over the compared days
        int differences() const { return dayDiffs + minuteDiffs; }
    };

    Verifier(OperatorClient &client, const Tally &tally);

    // Compares, waiting up to `settleMs` for the platform's metrics writer to catch up.
    Result run(QTextStream &out, int settleMs = 6000, qint64 minuteWindowMs = 2 * 3'600'000);

    // The platform's counts for [fromMs, toMs) at `step` ("1d", "1m") per partner; nullopt and
    // *error when the API refused.
    std::optional<QMap<Tally::Key, TallyCounts>> fetch(
        qint64 fromMs, qint64 toMs, const QString &step, QString *error);

private:
    OperatorClient &m_client;
    const Tally &m_tally;
};

} // namespace Kepler::Simulator
