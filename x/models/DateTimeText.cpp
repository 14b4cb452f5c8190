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

// A run of one date field letter ("MMMM", "d", "yyyy") with the letters a language writes right
// after it ("年", "월"), and the text before it up to the previous field (", ", " 'de' ", "").
struct DateField
{
    QString separator;
    QString field;
    QString suffix;
};

QList<DateField> dateFields(const QString &format)
{
    QList<DateField> fields;
    QString pending;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') { // a quoted literal: separator text as it is, quotes and all
            const qsizetype end = format.indexOf(u'\'', i + 1);
            const qsizetype next = end < 0 ? format.size() : end + 1;
            pending += format.mid(i, next - i);
            i = next;
        } else if (c == u'd' || c == u'M' || c == u'y') {
            qsizetype j = i;
            while (j < format.size() && format.at(j) == c)
                ++j;
            qsizetype k = j;
            while (k < format.size() && format.at(k).isLetter() && format.at(k).unicode() > 0x7f)
                ++k;
            fields.append({pending, format.mid(i, j - i), format.mid(j, k - j)});
            pending.clear();
            i = k;
        } else {
            pending += c;
            ++i;
        }
    }
    return fields;
}

} // namespace

QString dateFormat(const QLocale &locale)
{
    return padded(locale.dateFormat(QLocale::ShortFormat));
}

QString timeFormat(const QLocale &locale, bool withSeconds)
{
    if (!withSeconds)
        return locale.timeFormat(QLocale::ShortFormat);
    // The long form is the short one with seconds and a time zone ("h:mm:ss AP t"): the zone goes.
    static const QRegularExpression zone(u"\\s*[\\(\\[]?\\bt+\\b[\\)\\]]?\\s*"_qs);
    return locale.timeFormat(QLocale::LongFormat).replace(zone, u" "_qs).trimmed();
}

QString monthDayFormat(const QLocale &locale)
{
    // The locale's long date without its year and weekday keeps the locale's order and words:
    // "dddd, MMMM d, yyyy" → "MMM d", "dddd, d MMMM yyyy" → "d MMM", "yyyy年M月d日dddd" → "M月d日".
    QString out;
    bool day = false;
    bool month = false;
    for (const DateField &f : dateFields(locale.dateFormat(QLocale::LongFormat))) {
        const bool isDay = f.field.front() == u'd' && f.field.size() <= 2;
        const bool isMonth = f.field.front() == u'M';
        if (!isDay && !isMonth)
            continue;
        if (!out.isEmpty())
            out += f.separator;
        out += (isMonth && f.field.size() > 3 ? u"MMM"_qs : f.field) + f.suffix;
        day = day || isDay;
        month = month || isMonth;
    }
    return day && month ? out : u"MMM d"_qs;
}

QString format(const QLocale &locale)
{
    return dateFormat(locale) + u' ' + timeFormat(locale);
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
