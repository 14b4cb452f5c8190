#include "DashboardPage.h"

#include "domain/MetricsRange.h"
#include "models/LocalizedName.h"
#include "models/MetricsFeed.h"
#include "models/PartnerDirectoryModel.h"
#include "widgets/charts/TimeRangeBar.h"
#include "widgets/charts/TimeSeriesChart.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Kepler {

DashboardPage::DashboardPage(ApiSession *session, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_rangeBar(new TimeRangeBar(this))
    , m_heading(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_directory(new PartnerDirectoryModel(session, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(m_rangeBar, 1);
    layout->addLayout(top);
    auto *content = new QWidget(m_scroll);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(0, 0, 8, 0);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    m_settingsKey = settingsKey;

    connect(m_rangeBar, &TimeRangeBar::rangeChanged, this, [this] { fetchRange(false); });
    connect(m_rangeBar, &TimeRangeBar::refreshRequested, this, [this] { fetchRange(true); });
    connect(m_directory, &PartnerDirectoryModel::loadFinished, this, &DashboardPage::takePartnerNames);
}

void DashboardPage::takePartnerNames()
{
    // Chinese names in Chinese, English names (where a partner has one) otherwise.
    m_names.clear();
    for (int row = 0; row < m_directory->rowCount(); ++row) {
        const Partner p = m_directory->partnerAt(row);
        m_names.insert(p.id, LocalizedName::pick(p.name, p.nameEn));
    }
    partnerNamesChanged();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setSettings(QSettings *settings)
{
    // Each dashboard reopens with the range and refresh it was left with.
    m_rangeBar->setSettings(settings, m_settingsKey);
}

QString DashboardPage::perStepTitle(const QString &title, qint64 stepMs)
{
    QString per;
    switch (stepMs) {
    case MetricsRange::MinuteMs:
        per = tr("per minute");
        break;
    case 5 * MetricsRange::MinuteMs:
        per = tr("per 5 minutes");
        break;
    case 15 * MetricsRange::MinuteMs:
        per = tr("per 15 minutes");
        break;
    case MetricsRange::HourMs:
        per = tr("per hour");
        break;
    case 6 * MetricsRange::HourMs:
        per = tr("per 6 hours");
        break;
    case MetricsRange::DayMs:
        per = tr("per day");
        break;
    default:
        return title;
    }
    //: A chart's title and what each of its points counts, e.g. "Orders (per hour)".
    return tr("%1 (%2)").arg(title, per);
}

void DashboardPage::setHeading(const QString &text)
{
    m_heading->setText(text);
    m_scroll->setAccessibleName(text); // the scrollable page takes focus: a screen reader names it
}

QString DashboardPage::partnerName(const QString &key) const
{
    const qint64 id = key.toLongLong();
    if (id == 0)
        return tr("Unidentified callers");
    const QString name = m_names.value(id);
    return name.isEmpty() ? tr("Partner %1").arg(key) : name;
}

void DashboardPage::reload()
{
    if (!m_directory->isLoaded() && !m_directory->isLoading())
        m_directory->load();
    m_loaded = true;
    fetchRange(false);
}

void DashboardPage::fetchRange(bool tailOnly)
{
    const TimeRangePreset::Range r = m_rangeBar->currentRange();
    m_from = r.from.toMSecsSinceEpoch();
    m_to = r.to.toMSecsSinceEpoch();
    fetch(m_from, m_to, tailOnly);
}

void DashboardPage::bindStates(MetricsFeed *feed, TimeSeriesChart *chart)
{
    connect(feed, &MetricsFeed::loading, chart, [chart] { chart->setLoading(); });
    connect(feed, &MetricsFeed::failed, chart, [chart](const ApiError &e) { chart->setError(e.message()); });
    connect(chart, &TimeSeriesChart::retryRequested, feed, &MetricsFeed::reload);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_directory->isLoaded())
            takePartnerNames(); // the names were picked for the language at load time
    }
}

} // namespace Kepler
