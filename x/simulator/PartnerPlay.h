#pragma once

#include "KeyStore.h"
#include "OperatorClient.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Kepler::Simulator {

// One request the simulator is about to send, and what it means to the tally.
struct PlannedRequest
{
    enum class Kind { Ping, Search, Detail, Order, Replay, Conflict, Status, List, Cancel, Apps };
    enum class Fault { None, Error, Latency, BadSignature, BadKey };

    int partner = -1; // index into the plays
    Kind kind = Kind::Ping;
    QByteArray method = "GET";
    QString path; // with the query, percent-encoded
    QByteArray body;
    QString service; // the metrics label (docs/gateway.md)
    QString orderRef;
    qint64 clockMs = 0; // X-Kepler-Clock; 0: the platform's own clock
    Fault fault = Fault::None;
    bool burst = false; // part of a burst over the rate limit
};

// What the simulator knows about one partner it plays: who it is, its key, what its searches
// found and which orders it placed (so it can look at, replay or cancel them).
struct PartnerPlay
{
    struct PlacedOrder
    {
        QString ref;
        QByteArray body;
    };

    PartnerInfo info;
    KeyStore::Key key;
    double weight = 1;
    qint64 pausedUntilMs = 0; // real time: Retry-After, a suspension
    qint64 capDayMs = -1; // the (effective) Beijing day its daily order cap was reached
    QList<qint64> skus; // found by search, in its pools
    QList<PlacedOrder> orders; // the most recent placements
    QStringList apps; // its authorised mini-programs (valid sourceAppId)
    bool appsAsked = false;
    QString burstBuyer; // a buyer placing many orders within a minute (abnormal traffic)
    int burstLeft = 0;
    bool dead = false; // its key stopped working: no more traffic this run

    // Chooses the next request for this partner (no fault, no clock: the engine adds those).
    PlannedRequest plan(QRandomGenerator &rng, const QString &runId, qint64 sequence, qint64 clockMs);
    void forgetSku(qint64 skuId) { skus.removeAll(skuId); }
    void learnSkus(const QList<qint64> &found);
    void placed(const QString &ref, const QByteArray &body);
};

} // namespace Kepler::Simulator
