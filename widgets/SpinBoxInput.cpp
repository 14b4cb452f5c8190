#include "SpinBoxInput.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Kepler {
namespace {

struct Parsed
{
    bool ok = false;
    QString digits;
    QString fraction;
    double value = 0;
};

Parsed parse(const QString &cleanText, const QLocale &locale)
{
    QString text = cleanText.trimmed();
    text.remove(locale.groupSeparator());
    text.remove(u' ');
    const QString point = QRegularExpression::escape(locale.decimalPoint());
    const QRegularExpression shape(u"^([+-]?)(\\d*)(?:"_qs + point + u"(\\d*))?$"_qs);
    const QRegularExpressionMatch m = shape.match(text);
    Parsed p;
    if (!m.hasMatch())
        return p;
    p.ok = true;
    p.digits = m.captured(2);
    p.fraction = m.captured(3);
    const QString c = m.captured(1) + (p.digits.isEmpty() ? u"0"_qs : p.digits) + u'.'
        + (p.fraction.isEmpty() ? u"0"_qs : p.fraction);
    p.value = c.toDouble();
    return p;
}

} // namespace

SpinBoxInput::SpinBoxInput(QAbstractSpinBox *box, std::function<Reading()> read)
    : QObject(box)
    , m_box(box)
    , m_read(std::move(read))
{
}

bool SpinBoxInput::looksLikeNumber(const QString &cleanText, const QLocale &locale)
{
    return parse(cleanText, locale).ok;
}

SpinBoxInput::Problem SpinBoxInput::problemOf(const Reading &reading)
{
    const Limits &limits = reading.limits;
    const Parsed p = parse(reading.cleanText, reading.locale);
    if (!p.ok || (p.digits.isEmpty() && p.fraction.isEmpty()))
        return Problem::NotANumber; // also "", "-" and "." on the way to a number
    if (p.fraction.size() > limits.decimals)
        return limits.decimals == 0 ? Problem::NotWhole : Problem::TooManyDecimals;
    // Both sides carry the field's decimals: a hundredth of the last digit absorbs binary rounding.
    const double tolerance = std::pow(10.0, -limits.decimals) / 100;
    if (p.value < limits.minimum - tolerance)
        return Problem::BelowMinimum;
    if (p.value > limits.maximum + tolerance)
        return Problem::AboveMaximum;
    return Problem::None;
}

void SpinBoxInput::setLimitMessages(const QString &belowMinimum, const QString &aboveMaximum)
{
    m_below = belowMinimum;
    m_above = aboveMaximum;
    refresh();
}

qint64 SpinBoxInput::carried(qint64 inRange, double scale) const
{
    const Reading reading = m_read();
    double number = 0;
    switch (problemOf(reading)) {
    case Problem::None:
        return inRange;
    case Problem::BelowMinimum:
    case Problem::AboveMaximum:
        number = parse(reading.cleanText, reading.locale).value;
        break;
    case Problem::NotANumber:
    case Problem::NotWhole:
    case Problem::TooManyDecimals:
        number = reading.limits.minimum - 1;
        break;
    }
    constexpr double limit = double(std::numeric_limits<int>::max());
    return qint64(std::round(std::clamp(number * scale, -limit, limit)));
}

QLabel *SpinBoxInput::messageLabel()
{
    if (!m_label) {
        m_label = new QLabel(m_box->parentWidget());
        m_label->setObjectName(m_box->objectName() + u"Message"_qs);
        // One short sentence on one line: wrapped, a form row reserves the height of the narrow
        // spin box's width (three lines for "Commission can be at most 100.00 %.").
        m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_label->setStyleSheet(u"color: #c63b3b;"_qs); // as the editors' other error lines
        m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_label->setText(m_shownText);
        m_label->setVisible(!m_shownText.isEmpty());
    }
    return m_label;
}

QString SpinBoxInput::problemText() const
{
    const Reading reading = m_read();
    return textFor(problemOf(reading), reading.limits);
}

QString SpinBoxInput::textFor(Problem problem, const Limits &limits) const
{
    const auto fill = [](const QString &message, const QString &fallback, const QString &bound) {
        const QString m = message.isEmpty() ? fallback : message;
        return m.contains(u"%1"_qs) ? m.arg(bound) : m;
    };
    switch (problem) {
    case Problem::None:
        break;
    case Problem::NotANumber:
        return tr("Enter a number.");
    case Problem::NotWhole:
        return tr("Enter a whole number.");
    case Problem::TooManyDecimals:
        return tr("Enter at most %n decimal(s).", nullptr, limits.decimals);
    case Problem::BelowMinimum:
        return fill(m_below, tr("Enter at least %1."), limits.minimumText);
    case Problem::AboveMaximum:
        return fill(m_above, tr("Enter at most %1."), limits.maximumText);
    }
    return {};
}

void SpinBoxInput::refresh()
{
    const Reading reading = m_read();
    const Problem problem = problemOf(reading);
    const QString text = textFor(problem, reading.limits);
    if (problem == m_shownProblem && text == m_shownText)
        return;
    m_shownProblem = problem;
    m_shownText = text;
    // A screen reader says it with the field; the owner's line shows it.
    m_box->setAccessibleDescription(text);
    if (m_label) {
        m_label->setText(text);
        m_label->setVisible(!text.isEmpty());
    }
    m_box->update(); // the red frame
    Q_EMIT problemChanged();
}

QString SpinBoxInput::textToKeep(const QString &displayText) const
{
    switch (problem()) {
    case Problem::NotWhole:
    case Problem::TooManyDecimals:
    case Problem::BelowMinimum:
    case Problem::AboveMaximum:
        return displayText;
    case Problem::None:
    case Problem::NotANumber: // an empty field goes back to its value, as a plain spin box's does
        break;
    }
    return {};
}

} // namespace Kepler
