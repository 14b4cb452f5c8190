#include "TimeRangeBar.h"

#include "CustomRangePopup.h"
#include "models/DateTimeText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

namespace Kepler {

TimeRangeBar::TimeRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_customLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_refreshCombo(new QComboBox(this))
    , m_refreshButton(new QToolButton(this))
    , m_popup(new CustomRangePopup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (Preset p : TimeRangePreset::Presets) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(u"preset-"_qs + TimeRangePreset::key(p));
        m_group->addButton(button, int(p));
        layout->addWidget(button);
    }
    m_group->setExclusive(true);
    layout->addWidget(m_customLabel);
    layout->addStretch();
    layout->addWidget(m_refreshLabel);
    for (Refresh r : TimeRangePreset::Refreshes)
        m_refreshCombo->addItem(QString(), int(r));
    m_refreshCombo->setObjectName(u"autoRefresh"_qs);
    m_refreshLabel->setBuddy(m_refreshCombo);
    layout->addWidget(m_refreshCombo);
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshButton->setObjectName(u"refresh"_qs);
    layout->addWidget(m_refreshButton);
    m_timer.setTimerType(Qt::CoarseTimer);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (Preset(id) == Preset::Custom)
            openCustomPopup();
        else
            setPreset(Preset(id));
    });
    connect(m_popup, &CustomRangePopup::applied, this, &TimeRangeBar::setCustomRange);
    // Closing the popup without Apply leaves the previous choice selected.
    connect(m_popup, &CustomRangePopup::closed, this,
        [this] { m_group->button(int(m_preset))->setChecked(true); });
    connect(m_refreshCombo, &QComboBox::activated, this,
        [this](int index) { setRefresh(Refresh(m_refreshCombo->itemData(index).toInt())); });
    connect(m_refreshButton, &QToolButton::clicked, this, &TimeRangeBar::refreshRequested);
    connect(&m_timer, &QTimer::timeout, this, &TimeRangeBar::refreshRequested);
    m_group->button(int(m_preset))->setChecked(true);
    retranslate();
}

TimeRangeBar::~TimeRangeBar() = default;

void TimeRangeBar::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime TimeRangeBar::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void TimeRangeBar::setSettings(QSettings *settings, const QString &key)
{
    m_settings = settings;
    m_key = key;
    if (!settings)
        return;
    const QString prefix = key + u'/';
    const QDateTime from
        = QDateTime::fromString(settings->value(prefix + u"from"_qs).toString(), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(settings->value(prefix + u"to"_qs).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && from < to)
        m_custom = {from, to};
    const auto preset = TimeRangePreset::presetFromKey(settings->value(prefix + u"preset"_qs).toString());
    // A custom choice without a usable range falls back to the default.
    if (preset && (*preset != Preset::Custom || m_custom.from.isValid()))
        m_preset = *preset;
    if (const auto refresh
        = TimeRangePreset::refreshFromKey(settings->value(prefix + u"refresh"_qs).toString()))
        m_refresh = *refresh;
    m_group->button(int(m_preset))->setChecked(true);
    m_refreshCombo->setCurrentIndex(m_refreshCombo->findData(int(m_refresh)));
    updateCustomLabel();
    applyTimer();
}

void TimeRangeBar::save() const
{
    if (!m_settings)
        return;
    const QString prefix = m_key + u'/';
    m_settings->setValue(prefix + u"preset"_qs, TimeRangePreset::key(m_preset));
    m_settings->setValue(prefix + u"refresh"_qs, TimeRangePreset::key(m_refresh));
    if (m_custom.from.isValid()) {
        m_settings->setValue(prefix + u"from"_qs, m_custom.from.toString(Qt::ISODate));
        m_settings->setValue(prefix + u"to"_qs, m_custom.to.toString(Qt::ISODate));
    }
}

void TimeRangeBar::setPreset(Preset preset)
{
    if (preset == Preset::Custom && !m_custom.from.isValid())
        return; // nothing to show yet: the popup sets a range first
    m_preset = preset;
    m_group->button(int(preset))->setChecked(true);
    updateCustomLabel();
    save();
    const TimeRangePreset::Range r = currentRange();
    Q_EMIT rangeChanged(r.from, r.to);
}

void TimeRangeBar::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    if (!(from < to))
        return;
    m_custom = {from, to};
    m_preset = Preset::Custom; // set before setPreset so it emits once with the new range
    setPreset(Preset::Custom);
}

void TimeRangeBar::setRefresh(Refresh refresh)
{
    m_refresh = refresh;
    m_refreshCombo->setCurrentIndex(m_refreshCombo->findData(int(refresh)));
    applyTimer();
    save();
}

TimeRangePreset::Range TimeRangeBar::currentRange() const
{
    return TimeRangePreset::rangeFor(m_preset, now(), m_custom);
}

QAbstractButton *TimeRangeBar::presetButton(Preset preset) const
{
    return m_group->button(int(preset));
}

void TimeRangeBar::applyTimer()
{
    const int interval = TimeRangePreset::intervalMs(m_refresh);
    if (interval > 0)
        m_timer.setInterval(interval);
    if (interval > 0 && isVisible())
        m_timer.start();
    else
        m_timer.stop();
}

void TimeRangeBar::openCustomPopup()
{
    const TimeRangePreset::Range r = m_custom.from.isValid() ? m_custom : currentRange();
    m_popup->setRange(r.from, r.to);
    m_popup->adjustSize();
    QWidget *anchor = presetButton(Preset::Custom);
    m_popup->move(anchor->mapToGlobal(QPoint(0, anchor->height())));
    m_popup->show();
}

void TimeRangeBar::updateCustomLabel()
{
    const bool custom = m_preset == Preset::Custom && m_custom.from.isValid();
    m_customLabel->setVisible(custom);
    if (!custom)
        return;
    const QLocale loc; // the language now, not the one this bar was created in
    const auto text = [&loc](const QDateTime &t) {
        return DateTimeText::text(t, loc);
    };
    m_customLabel->setText(tr("%1 – %2").arg(text(m_custom.from), text(m_custom.to)));
}

void TimeRangeBar::retranslate()
{
    for (Preset p : TimeRangePreset::Presets)
        m_group->button(int(p))->setText(TimeRangePreset::label(p));
    presetButton(Preset::Custom)->setToolTip(tr("Choose the start and end"));
    for (int i = 0; i < m_refreshCombo->count(); ++i)
        m_refreshCombo->setItemText(i, TimeRangePreset::label(Refresh(m_refreshCombo->itemData(i).toInt())));
    m_refreshLabel->setText(tr("Auto refresh:"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Load the data again now"));
    updateCustomLabel();
}

void TimeRangeBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyTimer();
}

void TimeRangeBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void TimeRangeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
