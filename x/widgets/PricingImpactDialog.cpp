#include "PricingImpactDialog.h"

#include "models/PricingText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kepler {

PricingImpactDialog::PricingImpactDialog(const PricingRule &rule, bool activate, QWidget *parent)
    : PendingDialog(parent)
    , m_activate(activate)
{
    setTitle(activate ? tr("Activate #%1 %2?").arg(rule.id).arg(rule.name)
                      : tr("Deactivate #%1 %2?").arg(rule.id).arg(rule.name));
    setOkText(activate ? tr("Activate") : tr("Deactivate"));
    m_summary = new QLabel(tr("Computing the impact…"), this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_summary);
    m_samples = new QTableWidget(0, 5, this);
    m_samples->setHorizontalHeaderLabels(
        {tr("Partner"), tr("SKU"), tr("List price"), tr("Before → after"), tr("Guardrail")});
    m_samples->horizontalHeader()->setStretchLastSection(true);
    m_samples->verticalHeader()->setVisible(false);
    m_samples->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_samples->setTabKeyNavigation(false); // Tab goes on to the buttons, not cell by cell
    m_samples->setAccessibleName(tr("Sample prices before and after"));
    m_samples->setMinimumHeight(180);
    contentLayout()->addWidget(m_samples);
    setHint(tr("Waiting for the impact…"));
    resize(720, 460);
}

void PricingImpactDialog::setImpact(const PricingImpact &impact)
{
    const QLocale locale;
    const auto margin = [&](const std::optional<qint64> &bps) {
        return bps ? PricingText::percent(*bps, locale) : u"–"_qs;
    };
    // A sample says so first, and of how much: the figures below count only what it holds.
    const bool partnersCut = impact.partnersReached > impact.partnersConsidered;
    const bool skusCut = impact.skusReached > impact.skusConsidered;
    QString sample;
    if (partnersCut && skusCut)
        sample = tr("Counted over a sample: the first %1 of the %2 partners the rule reaches, and the first "
                    "%3 of their %4 SKUs.")
                     .arg(locale.toString(impact.partnersConsidered), locale.toString(impact.partnersReached),
                         locale.toString(impact.skusConsidered), locale.toString(impact.skusReached));
    else if (partnersCut)
        sample
            = tr("Counted over a sample: the first %1 of the %2 partners the rule reaches.")
                  .arg(locale.toString(impact.partnersConsidered), locale.toString(impact.partnersReached));
    else if (skusCut)
        sample = tr("Counted over a sample: the first %1 of the %2 SKUs the rule reaches.")
                     .arg(locale.toString(impact.skusConsidered), locale.toString(impact.skusReached));
    else if (impact.sampled) // a service that does not send the totals
        sample = tr("Counted over the first %1 partners and %2 SKUs the rule reaches.")
                     .arg(impact.partnersConsidered)
                     .arg(locale.toString(impact.skusConsidered));
    QString text = sample.isEmpty() ? QString() : u"<p><b>%1</b></p>"_qs.arg(sample.toHtmlEscaped());
    text += u"<table cellspacing=4>"_qs;
    const auto line = [&](const QString &label, const QString &value) {
        text
            += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_qs.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Partner × SKU pairs changed"),
        tr("%1 of %2").arg(locale.toString(impact.pairsChanged), locale.toString(impact.pairsEvaluated)));
    line(tr("SKUs changed"),
        skusCut ? tr("%1 in a sample of the first %2 of %3 SKUs")
                      .arg(locale.toString(impact.skusChanged), locale.toString(impact.skusConsidered),
                          locale.toString(impact.skusReached))
                : locale.toString(impact.skusChanged));
    line(tr("Partners affected"),
        partnersCut
            ? tr("%1 in a sample of the first %2 of %3 partners")
                  .arg(locale.toString(impact.partnersAffected), locale.toString(impact.partnersConsidered),
                      locale.toString(impact.partnersReached))
            : locale.toString(impact.partnersAffected));
    line(tr("Average margin"),
        m_activate
            ? tr("%1 → %2").arg(margin(impact.averageMarginBeforeBps), margin(impact.averageMarginAfterBps))
            : tr("%1 → %2").arg(margin(impact.averageMarginAfterBps), margin(impact.averageMarginBeforeBps)));
    line(tr("Stopped by a guardrail"), locale.toString(impact.guardrailStops));
    text += u"</table>"_qs;
    if (!m_activate)
        text += u"<p>"_qs + tr("Deactivating undoes these changes.").toHtmlEscaped() + u"</p>"_qs;
    m_summary->setText(text);
    m_samples->setRowCount(int(impact.samples.size()));
    for (int row = 0; row < impact.samples.size(); ++row) {
        const PricingImpactSample &s = impact.samples.at(row);
        const qint64 from = m_activate ? s.beforeFen : s.afterFen;
        const qint64 to = m_activate ? s.afterFen : s.beforeFen;
        const QStringList cells {s.partnerName.isEmpty() ? u"#%1"_qs.arg(s.partnerId) : s.partnerName,
            QString::number(s.skuId), PricingText::money(s.listPriceFen, locale),
            tr("%1 → %2").arg(PricingText::money(from, locale), PricingText::money(to, locale)),
            s.guardrail == Guardrail::None ? QString() : PricingText::guardrail(s.guardrail)};
        for (int column = 0; column < cells.size(); ++column)
            m_samples->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_samples->resizeColumnsToContents();
    setHint(QString());
}

void PricingImpactDialog::showImpactError(const QString &message)
{
    m_summary->setText(message.toHtmlEscaped());
    setHint(tr("The impact could not be computed."));
}

} // namespace Kepler
