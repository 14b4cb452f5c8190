#pragma once

#include "models/TimeRangePreset.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QSettings;
class QToolButton;

namespace Kepler {

class CustomRangePopup;

// The time range picker above a dashboard (Grafana's): 1 h, 6 h, 24 h, 7 d, 30 d or a custom from–to,
// auto refresh (off, 10 s … 5 min) and a refresh button. rangeChanged when the user picks a range;
// refreshRequested on the button and on every auto-refresh tick — the page then fetches
// currentRange(), which for a relative preset has moved on with the clock. Auto refresh ticks only
// while the bar is shown (a page in the background does not poll). The choice is kept in settings
// under the page's key, so each dashboard reopens as it was left.
class TimeRangeBar : public QWidget
{
    Q_OBJECT

public:
    using Preset = TimeRangePreset::Preset;
    using Refresh = TimeRangePreset::Refresh;
    using Clock = std::function<QDateTime()>;

    explicit TimeRangeBar(QWidget *parent = nullptr);
    ~TimeRangeBar() override;

    void setClock(Clock clock); // tests pin "now"
    // Restores the choice kept under `key` (e.g. "dashboards/orders") and saves every change there.
    void setSettings(QSettings *settings, const QString &key);

    void setPreset(Preset preset);
    Preset preset() const { return m_preset; }
    void setCustomRange(const QDateTime &from, const QDateTime &to); // also selects Custom
    void setRefresh(Refresh refresh);
    Refresh refresh() const { return m_refresh; }
    TimeRangePreset::Range currentRange() const;

    bool isAutoRefreshRunning() const { return m_timer.isActive(); }
    int autoRefreshIntervalMs() const { return m_timer.interval(); }
    QAbstractButton *presetButton(Preset preset) const;
    QToolButton *refreshButton() const { return m_refreshButton; }
    QComboBox *refreshCombo() const { return m_refreshCombo; }
    CustomRangePopup *customPopup() const { return m_popup; }

Q_SIGNALS:
    void rangeChanged(const QDateTime &from, const QDateTime &to);
    void refreshRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void openCustomPopup();
    void applyTimer();
    void save() const;
    void retranslate();
    void updateCustomLabel();
    QDateTime now() const;

    Preset m_preset = Preset::Last24Hours;
    Refresh m_refresh = Refresh::Off;
    TimeRangePreset::Range m_custom;
    Clock m_clock;
    QSettings *m_settings = nullptr;
    QString m_key;
    QTimer m_timer;
    QButtonGroup *m_group = nullptr;
    QLabel *m_customLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QComboBox *m_refreshCombo = nullptr;
    QToolButton *m_refreshButton = nullptr;
    CustomRangePopup *m_popup = nullptr;
};

} // namespace Kepler
