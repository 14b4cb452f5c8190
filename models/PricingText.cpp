#include "PricingText.h"

#include "DateTimeText.h"
namespace Kepler {

namespace {

// "1,234.05" from hundredths, with the locale's separators; the fraction is dropped when zero
// and `trimZero` asks for it (percentages: "8 %", not "8.00 %").
QString hundredths(qint64 value, const QLocale &locale, bool trimZero)
{
    const qint64 magnitude = value < 0 ? -value : value;
    QString text = locale.toString(magnitude / 100);
    const qint64 cents = magnitude % 100;
    if (!(trimZero && cents == 0)) {
        QString fraction = QString::number(cents).rightJustified(2, u'0');
        if (trimZero && fraction.endsWith(u'0'))
            fraction.chop(1);
        text += locale.decimalPoint() + fraction;
    }
    return value < 0 ? u"−"_qs + text : text;
}

} // namespace

QString PricingText::money(qint64 fen, const QLocale &locale)
{
    const QString text = hundredths(fen, locale, false);
    return text.startsWith(u"−"_qs) ? u"−¥"_qs + text.mid(1) : u"¥"_qs + text;
}

std::optional<qint64> PricingText::parseHundredths(QString text, const QLocale &locale)
{
    text.remove(u'¥').remove(u'￥').remove(u'%').remove(locale.groupSeparator()).remove(u',');
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QString point = locale.decimalPoint();
    QString whole = text, fraction;
    if (const qsizetype at = text.indexOf(point.isEmpty() ? u"."_qs : point); at >= 0) {
        whole = text.left(at);
        fraction = text.mid(at + point.size());
    }
    if (fraction.size() > 2 || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok || units < 0 || whole.startsWith(u'+') || units > 1'000'000'000'000LL)
        return std::nullopt;
    qint64 cents = 0;
    if (!fraction.isEmpty()) {
        for (QChar c : std::as_const(fraction))
            if (!c.isDigit())
                return std::nullopt;
        cents = fraction.toLongLong() * (fraction.size() == 1 ? 10 : 1);
    }
    return units * 100 + cents;
}

std::optional<qint64> PricingText::parseMoney(const QString &text, const QLocale &locale)
{
    return parseHundredths(text, locale);
}

bool PricingText::isNegativeNumber(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    return (t.startsWith(u'-') || t.startsWith(u'−')) && parseHundredths(t.mid(1), locale).has_value();
}

QString PricingText::percent(qint64 bps, const QLocale &locale)
{
    return hundredths(bps, locale, true) + u" %"_qs;
}

std::optional<qint64> PricingText::parsePercent(const QString &text, const QLocale &locale)
{
    return parseHundredths(text, locale);
}

QString PricingText::adjustment(PriceAdjustment adjustment, qint64 value, const QLocale &locale)
{
    switch (adjustment) {
    case PriceAdjustment::PercentMarkup:
        return u"+"_qs + percent(value, locale);
    case PriceAdjustment::PercentDiscount:
        return u"−"_qs + percent(value, locale);
    case PriceAdjustment::AmountOff:
        return u"−"_qs + money(value, locale);
    case PriceAdjustment::FixedPrice:
        return money(value, locale);
    case PriceAdjustment::CommissionRate:
        return tr("commission %1").arg(percent(value, locale));
    }
    return {};
}

QString PricingText::adjustmentName(PriceAdjustment adjustment)
{
    switch (adjustment) {
    case PriceAdjustment::PercentMarkup:
        return tr("Markup (% of list price)");
    case PriceAdjustment::PercentDiscount:
        return tr("Discount (% of list price)");
    case PriceAdjustment::AmountOff:
        return tr("Amount off (¥)");
    case PriceAdjustment::FixedPrice:
        return tr("Fixed price (¥)");
    case PriceAdjustment::CommissionRate:
        return tr("Commission for guide partners (%)");
    }
    return {};
}

QString PricingText::statusName(PricingRuleStatus status)
{
    switch (status) {
    case PricingRuleStatus::Draft:
        return tr("Draft");
    case PricingRuleStatus::Active:
        return tr("Active");
    case PricingRuleStatus::Scheduled:
        return tr("Scheduled");
    case PricingRuleStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString PricingText::outcome(RuleOutcome outcome)
{
    switch (outcome) {
    case RuleOutcome::Applied:
        return tr("Applied");
    case RuleOutcome::NotInEffect:
        return tr("Not in effect at that time");
    case RuleOutcome::AfterExclusive:
        return tr("Skipped: an exclusive rule was applied before it");
    case RuleOutcome::ExclusiveNotAlone:
        return tr("Skipped: exclusive, but other rules were applied first");
    case RuleOutcome::CommissionNotGuide:
        return tr("Skipped: commission is paid to guide partners only");
    case RuleOutcome::CommissionTaken:
        return tr("Skipped: a higher-priority commission applies");
    }
    return {};
}

QString PricingText::guardrail(Guardrail guardrail)
{
    switch (guardrail) {
    case Guardrail::None:
        return tr("None");
    case Guardrail::Floor:
        return tr("Raised to the floor (cost + minimum margin)");
    case Guardrail::Ceiling:
        return tr("Lowered to the ceiling (list price)");
    case Guardrail::FloorAboveCeiling:
        return tr("Floor above ceiling: sold at list price");
    }
    return {};
}

QString PricingText::window(
    const QDateTime &from, const QDateTime &until, const QLocale &locale, bool withTime)
{
    const auto when = [&](const QDateTime &t) {
        return withTime ? DateTimeText::text(t, locale)
                        : DateTimeText::dateText(t.toLocalTime().date(), locale);
    };
    if (from.isValid() && until.isValid())
        return tr("%1 – %2").arg(when(from), when(until));
    if (from.isValid())
        return tr("from %1").arg(when(from));
    if (until.isValid())
        return tr("until %1").arg(when(until));
    return tr("always");
}

} // namespace Kepler
