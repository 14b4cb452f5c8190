#include "PriceExplainerPanel.h"

#include "GoToPartnerDialog.h"
#include "api/ApiSession.h"
#include "api/ExplainPriceJob.h"
#include "models/DateTimeText.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PricingText.h"

#include "domain/PartnerMode.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kepler {

PriceExplainerPanel::PriceExplainerPanel(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *inputs = new QGridLayout;
    m_partnerCaption = new QLabel(this);
    m_partner = new QLineEdit(this);
    m_find = new QPushButton(this);
    m_skuCaption = new QLabel(this);
    m_sku = new QLineEdit(this);
    m_atCaption = new QLabel(this);
    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_at->setCalendarPopup(true);
    m_now = new QPushButton(this);
    m_explain = new QPushButton(this);
    m_explain->setDefault(true);
    inputs->addWidget(m_partnerCaption, 0, 0);
    inputs->addWidget(m_partner, 0, 1);
    inputs->addWidget(m_find, 0, 2);
    inputs->addWidget(m_skuCaption, 1, 0);
    inputs->addWidget(m_sku, 1, 1);
    inputs->addWidget(m_atCaption, 2, 0);
    inputs->addWidget(m_at, 2, 1);
    inputs->addWidget(m_now, 2, 2);
    inputs->addWidget(m_explain, 3, 1, Qt::AlignLeft);
    inputs->setColumnStretch(1, 1);
    inputs->setColumnStretch(3, 2);
    layout->addLayout(inputs);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_price = new QLabel(this);
    QFont big = m_price->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_price->setFont(big);
    layout->addWidget(m_price);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    m_trail = new QTableWidget(0, 5, this);
    m_trail->verticalHeader()->setVisible(false);
    m_trail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trail->setTabKeyNavigation(false); // Tab leaves the trail; arrows move in it
    m_trail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_trail, 1);

    connect(m_explain, &QPushButton::clicked, this, &PriceExplainerPanel::start);
    connect(m_sku, &QLineEdit::returnPressed, this, &PriceExplainerPanel::start);
    connect(m_partner, &QLineEdit::returnPressed, this, &PriceExplainerPanel::start);
    connect(m_now, &QPushButton::clicked, this, [this] { m_at->setDateTime(QDateTime::currentDateTime()); });
    connect(m_find, &QPushButton::clicked, this, &PriceExplainerPanel::findPartner);
    retranslate();
}

void PriceExplainerPanel::explain(qint64 partnerId, qint64 skuId, const QDateTime &at)
{
    m_partner->setText(QString::number(partnerId));
    m_sku->setText(QString::number(skuId));
    m_at->setDateTime(at.isValid() ? at.toLocalTime() : QDateTime::currentDateTime());
    start();
}

void PriceExplainerPanel::findPartner()
{
    if (!m_directory)
        m_directory = new PartnerDirectoryModel(m_session, this);
    GoToPartnerDialog dialog(m_directory, this);
    connect(&dialog, &GoToPartnerDialog::partnerChosen, this,
        [this](qint64 id) { m_partner->setText(QString::number(id)); });
    dialog.exec();
}

void PriceExplainerPanel::start()
{
    if (m_job)
        m_job->abort();
    auto *job = new ExplainPriceJob(m_session, m_partner->text().trimmed().toLongLong(),
        m_sku->text().trimmed().toLongLong(), m_at->dateTime().toUTC());
    m_job = job;
    m_status->setText(tr("Asking the platform…"));
    connect(job, &ExplainPriceJob::finished, this, &PriceExplainerPanel::showResult);
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            m_status->setText(error.message());
    });
    job->start();
}

void PriceExplainerPanel::showResult(const PriceExplainResult &result)
{
    m_result = result;
    m_hasResult = true;
    retranslate();
    Q_EMIT explained();
}

void PriceExplainerPanel::retranslate()
{
    m_partnerCaption->setText(tr("Partner id"));
    m_find->setText(tr("Find partner…"));
    m_skuCaption->setText(tr("SKU id"));
    m_atCaption->setText(tr("At"));
    // The field took the locale it was created in; it follows the language like the rest.
    m_at->setLocale(QLocale());
    m_at->setDisplayFormat(DateTimeText::format());
    m_now->setText(tr("Now"));
    m_explain->setText(tr("Explain price"));
    m_partner->setPlaceholderText(tr("e.g. 17"));
    m_sku->setPlaceholderText(tr("e.g. 100123"));
    m_trail->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Status then"), tr("Outcome"), tr("Price before"), tr("Price after")});
    if (!m_hasResult) {
        m_status->setText(
            tr("Pick a partner, a SKU and a moment to see the price the gateway charges and why."));
        return;
    }
    const QLocale locale;
    const PriceExplainResult &r = m_result;
    const PriceExplanation &e = r.explanation;
    const auto mode = partnerModeFromString(r.mode);
    m_status->setText(tr("Partner #%1 %2 (%3) · SKU %4 %5 · %6")
                          .arg(r.partnerId)
                          .arg(r.partnerName, mode ? displayName(*mode) : r.mode)
                          .arg(r.skuId)
                          .arg(r.skuName, DateTimeText::text(r.at, locale)));
    m_price->setText(PricingText::money(e.priceFen, locale));
    QString html = u"<table cellspacing=3>"_qs;
    const auto row = [&](const QString &label, const QString &value, const QString &colour = {}) {
        html += u"<tr><td>%1</td><td style=\"padding-left:12px;%3\"><b>%2</b></td></tr>"_qs.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped(),
            colour.isEmpty() ? QString() : u"color:"_qs + colour);
    };
    row(tr("List price"), PricingText::money(e.listPriceFen, locale));
    row(tr("Cost"), PricingText::money(e.costFen, locale));
    row(tr("Floor (cost + %1)").arg(PricingText::percent(r.minMarginBps, locale)),
        PricingText::money(e.floorFen, locale));
    row(tr("Ceiling"),
        e.ceilingFen ? PricingText::money(*e.ceilingFen, locale) : tr("none (buy-out sets its own price)"));
    row(tr("After the rules"), PricingText::money(e.beforeGuardrailsFen, locale));
    row(tr("Guardrail"), PricingText::guardrail(e.guardrail),
        e.guardrail == Guardrail::None ? QString() : u"#d98a1a"_qs);
    row(tr("Commission"), e.commissionBps ? PricingText::percent(*e.commissionBps, locale) : tr("none"));
    row(tr("Sellable"),
        r.sellable ? tr("yes — one of the partner's pools holds this SKU")
                   : tr("no — none of the partner's pools holds this SKU; the gateway will not sell it"),
        r.sellable ? u"#2e9d4f"_qs : u"#c63b3b"_qs);
    html += u"</table>"_qs;
    m_details->setText(html);
    m_trail->setRowCount(int(e.steps.size()));
    for (int i = 0; i < e.steps.size(); ++i) {
        const PricingStep &s = e.steps.at(i);
        const bool applied = s.outcome == RuleOutcome::Applied;
        const QStringList cells {u"#%1  %2"_qs.arg(s.ruleId).arg(s.ruleName),
            PricingText::statusName(s.ruleStatus), PricingText::outcome(s.outcome),
            PricingText::money(s.priceBeforeFen, locale), PricingText::money(s.priceAfterFen, locale)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!applied)
                item->setForeground(QColor(0x6b, 0x6b, 0x6b));
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_trail->setItem(i, column, item);
        }
    }
    m_trail->resizeColumnToContents(0);
    m_trail->resizeColumnToContents(1);
    if (e.steps.isEmpty()) {
        m_trail->setRowCount(1);
        m_trail->setItem(
            0, 0, new QTableWidgetItem(tr("No rule concerns this partner and SKU: list price.")));
    }
}

void PriceExplainerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
