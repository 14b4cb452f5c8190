#include "TimeSeriesCsv.h"

#include "TimeSeriesRows.h"

#include <QDateTime>
#include <QLocale>

namespace Kepler::TimeSeriesCsv {
namespace {

QByteArray cell(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

// The local offset changes at most at DST switches: asking the time zone once per hour of data
// instead of once per row keeps a million-row export to about a second.
class LocalTimeText
{
public:
    QByteArray operator()(qint64 ms)
    {
        const qint64 hour = ms / (3600 * 1000);
        if (hour != m_hour) {
            m_hour = hour;
            m_offset = QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc();
        }
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, m_offset)
            .toString(Qt::ISODateWithMs)
            .toLatin1();
    }

private:
    qint64 m_hour = std::numeric_limits<qint64>::min();
    int m_offset = 0;
};

} // namespace

QByteArray encode(const QList<TimeSeries> &series)
{
    QByteArray out("\xEF\xBB\xBF");
    out += "time,time_ms";
    QList<const QList<QPointF> *> points;
    qsizetype rows = 0;
    for (const TimeSeries &s : series) {
        out += ',' + cell(s.name);
        points.append(&s.points);
        rows = std::max(rows, s.points.size());
    }
    out += "\r\n";
    out.reserve(out.size() + rows * (40 + 12 * series.size()));
    LocalTimeText timeText;
    TimeSeriesRows::forEach(points, [&](double x, const QList<std::optional<double>> &values) {
        const qint64 ms = qint64(x);
        out += timeText(ms);
        out += ',';
        out += QByteArray::number(ms);
        for (const std::optional<double> &v : values) {
            out += ',';
            if (v)
                out += QByteArray::number(*v, 'g', QLocale::FloatingPointShortest);
        }
        out += "\r\n";
    });
    return out;
}

} // namespace Kepler::TimeSeriesCsv
