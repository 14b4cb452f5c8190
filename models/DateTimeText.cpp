#include "DateTimeText.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Kepler::DateTimeText {
namespace {

// "M/d/yy" → "MM/dd/yyyy", "yyyy/M/d" → "yyyy/MM/dd"; month and day names (MMM, dddd) stay.
QString padded(QString format)
{
    static const QRegularExpression single(u"(?<![dMy])([dM])(?![dMy])"_qs);
    static const QRegularExpression shortYear(u"(?<!y)yy(?!y)"_qs);
    format.replace(single, u"\\1\\1"_qs);
    format.replace(shortYear, u"yyyy"_qs);
    return format;
}

} // namespace

QString dateFormat(const QLocale &locale)
{
    return padded(locale.dateFormat(QLocale::ShortFormat));
}

QString format(const QLocale &locale)
{
    return dateFormat(locale) + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

QString text(const QDateTime &time, const QLocale &locale, const QString &none)
{
    return time.isValid() ? locale.toString(time.toLocalTime(), format(locale)) : none;
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

} // namespace Kepler::DateTimeText
