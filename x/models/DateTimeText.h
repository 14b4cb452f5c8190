#pragma once

#include <QLocale>
#include <QString>

class QDate;
class QDateTime;

namespace Kepler {

// The one way the console shows a moment: the user's locale (QLocale(), which LanguageManager sets
// with the language), the local time zone, the locale's short format with a 4-digit year and 2-digit
// months and days, so dates in a column line up — en "12/01/2026 2:28 PM", zh_CN "2026/12/01 14:28".
// Lists, detail panels, tooltips, audit values and date-time fields all use it, so one moment never
// appears in two formats on one screen. Charts use its clock and a month-day form of the same locale.
namespace DateTimeText {

// The format string, also for a QDateTimeEdit's setDisplayFormat().
QString format(const QLocale &locale = QLocale());
QString dateFormat(const QLocale &locale = QLocale());
// The locale's short clock (en "2:28 PM", zh_CN "14:28"), with seconds where a chart's scale needs
// them (en "2:28:05 PM").
QString timeFormat(const QLocale &locale = QLocale(), bool withSeconds = false);
// Month and day without the year, for a chart's time axis, from the locale's own long date: en "Nov 30",
// en_GB "30 Nov", zh_CN "11月30日".
QString monthDayFormat(const QLocale &locale = QLocale());
// `none` for an invalid time (e.g. "Never").
QString text(const QDateTime &time, const QLocale &locale = QLocale(), const QString &none = {});
QString dateText(const QDate &date, const QLocale &locale = QLocale());

} // namespace DateTimeText
} // namespace Kepler
