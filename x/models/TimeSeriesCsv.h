#pragma once

#include "TimeSeries.h"

#include <QByteArray>

namespace Kepler {

// A chart's data as CSV, as the service sent it (never the decimated points a chart draws): one row
// per timestamp of any series, the time as ISO 8601 in local time with its offset (Excel and people
// read it) and as milliseconds since the epoch (programs read it), then one column per series with
// its raw value (fen for money, a ratio for shares; '.' as the decimal point, every digit needed to
// read the same double back). UTF-8 with a BOM and CRLF, so Excel opens Chinese names correctly.
namespace TimeSeriesCsv {

QByteArray encode(const QList<TimeSeries> &series);

} // namespace TimeSeriesCsv
} // namespace Kepler
