#pragma once

#include "api/ApiError.h"
#include "api/MetricsTypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSettings;
class QVBoxLayout;

namespace Kepler {

class ApiSession;
class MetricsFeed;
class PartnerDirectoryModel;
class TimeRangeBar;
class TimeSeriesChart;

// What the three dashboards share: a title and the time range bar on top, a scrolling body, partner
// names for series keys (the partner directory, loaded once), and the wiring of a chart to the feed
// that fills it — loading state while it asks, the error with Retry when it fails, each chart on its
// own so one slow or failing query never blocks the others or the window.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(ApiSession *session, const QString &settingsKey, QWidget *parent = nullptr);
    ~DashboardPage() override;

    TimeRangeBar *rangeBar() const { return m_rangeBar; }
    void setSettings(QSettings *settings);
    // Loads everything for the bar's current range (the first showing does this by itself).
    void reload();
    bool hasLoaded() const { return m_loaded; }
    // The name to show for a partner id ("12" → 京东金融), an id while the directory loads.
    QString partnerName(const QString &key) const;

Q_SIGNALS:
    // Drill-down: open this partner's detail and timeline on the Partners page.
    void partnerRequested(qint64 partnerId);

protected:
    // Subclasses fetch here; `tailOnly` for an auto refresh of the same sliding range.
    virtual void fetch(qint64 fromMs, qint64 toMs, bool tailOnly) = 0;
    // The directory answered: names can replace ids.
    virtual void partnerNamesChanged() { }
    virtual void retranslate() = 0;

    QVBoxLayout *body() const { return m_body; }
    void setHeading(const QString &text);
    // "Orders (per 15 minutes)": a count chart's values are sums per step, and the range picks the
    // step, so the title says which one (the title alone when the step is not known yet).
    static QString perStepTitle(const QString &title, qint64 stepMs);
    ApiSession *session() const { return m_session; }
    // Puts the feed's state on the chart: Loading while it asks, the error (Retry asks again).
    void bindStates(MetricsFeed *feed, TimeSeriesChart *chart);
    qint64 rangeFrom() const { return m_from; }
    qint64 rangeTo() const { return m_to; }

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fetchRange(bool tailOnly);
    void takePartnerNames();

    ApiSession *m_session;
    TimeRangeBar *m_rangeBar;
    QLabel *m_heading;
    QScrollArea *m_scroll;
    QVBoxLayout *m_body;
    PartnerDirectoryModel *m_directory;
    QHash<qint64, QString> m_names;
    QString m_settingsKey;
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_loaded = false;
};

} // namespace Kepler
