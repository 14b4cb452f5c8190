#pragma once

#include "KeyStore.h"
#include "OperatorClient.h"
#include "PartnerPlay.h"
#include "Tally.h"
#include "TrafficOptions.h"

#include <QTextStream>
#include <memory>

namespace Kepler::Simulator {

// One `kepler-traffic --url …` run: the state folder (keys, tally), the operator's sign-in, a key
// for every active partner, then traffic (backfill, live) and/or --verify. Exit codes: 0 fine,
// 1 a verification difference, 2 usage, 3 the platform refused (sign-in, keys, test hooks).
class TrafficRun
{
public:
    TrafficRun(TrafficOptions options, QTextStream &out, QTextStream &err);

    int exec();
    static QString defaultStateDir();

private:
    bool openState();
    bool obtainKeys(QList<PartnerPlay> *plays);
    bool probeClock(const PartnerPlay &play, qint64 clockMs);
    int runTraffic();
    int runVerify();
    void saveKeys(const QList<PartnerPlay> &plays);

    TrafficOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    OperatorClient m_operator;
    KeyStore m_keys;
    Tally m_tally;
};

} // namespace Kepler::Simulator
