#pragma once

#include <QList>
#include <QString>

namespace Kepler::Bench {

// Latencies of one run, in nanoseconds; percentiles by the nearest-rank method.
class LatencyStats
{
public:
    void add(qint64 ns) { m_samples.append(ns); }
    void merge(const LatencyStats &other) { m_samples.append(other.m_samples); }
    qsizetype count() const { return m_samples.size(); }
    double percentileMs(double p) const; // p in (0, 100]
    QString summary() const; // "p50 1.23 ms, p99 4.56 ms, max 7.89 ms (n=1234)"

private:
    mutable QList<qint64> m_samples;
    mutable bool m_sorted = false;
};

} // namespace Kepler::Bench
