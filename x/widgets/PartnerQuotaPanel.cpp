#include "PartnerQuotaPanel.h"

#include "api/ApiSession.h"
#include "api/ListPartnerGroupsJob.h"

#include "domain/PartnerValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kepler {

PartnerQuotaPanel::PartnerQuotaPanel(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QGridLayout(this);
    m_groupLabel = new QLabel(this);
    m_group = new QComboBox(this);
    m_group->setObjectName(u"quotaGroup"_qs);
    m_rateLabel = new QLabel(this);
    m_rateInherit = new QCheckBox(this);
    m_rateInherit->setObjectName(u"rateLimitInherit"_qs);
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(u"quotaRateLimit"_qs);
    m_rate->setRange(PartnerLimits::RateLimitMin, PartnerLimits::RateLimitMax);
    m_rateEffective = new QLabel(this);
    m_rateEffective->setObjectName(u"rateLimitEffective"_qs);
    m_capLabel = new QLabel(this);
    m_capInherit = new QCheckBox(this);
    m_capInherit->setObjectName(u"dailyOrderCapInherit"_qs);
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(u"quotaDailyOrderCap"_qs);
    m_cap->setRange(PartnerLimits::DailyOrderCapMin, PartnerLimits::DailyOrderCapMax);
    m_cap->setSingleStep(100);
    m_capEffective = new QLabel(this);
    m_capEffective->setObjectName(u"dailyOrderCapEffective"_qs);
    for (QLabel *effective : {m_rateEffective, m_capEffective}) {
        effective->setForegroundRole(QPalette::PlaceholderText);
        effective->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_groupLabel->setBuddy(m_group);
    m_rateLabel->setBuddy(m_rate);
    m_capLabel->setBuddy(m_cap);

    layout->addWidget(m_groupLabel, 0, 0);
    layout->addWidget(m_group, 0, 1, 1, 2);
    layout->addWidget(m_rateLabel, 1, 0);
    layout->addWidget(m_rateInherit, 1, 1);
    layout->addWidget(m_rate, 1, 2);
    layout->addWidget(m_rateEffective, 2, 1, 1, 2);
    layout->addWidget(m_capLabel, 3, 0);
    layout->addWidget(m_capInherit, 3, 1);
    layout->addWidget(m_cap, 3, 2);
    layout->addWidget(m_capEffective, 4, 1, 1, 2);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(5, 1);

    connect(m_group, &QComboBox::currentIndexChanged, this, &PartnerQuotaPanel::onUserEdit);
    connect(m_rateInherit, &QCheckBox::toggled, this, &PartnerQuotaPanel::onUserEdit);
    connect(m_capInherit, &QCheckBox::toggled, this, &PartnerQuotaPanel::onUserEdit);
    connect(m_rate, &QSpinBox::valueChanged, this, &PartnerQuotaPanel::onUserEdit);
    connect(m_cap, &QSpinBox::valueChanged, this, &PartnerQuotaPanel::onUserEdit);
    retranslate();
    showValues();
    if (m_session)
        reloadGroups();
}

void PartnerQuotaPanel::reloadGroups()
{
    auto *job = new ListPartnerGroupsJob(m_session);
    connect(job, &ListPartnerGroupsJob::finished, this, [this](const QList<PartnerGroup> &groups) {
        setGroups(groups);
        Q_EMIT groupsLoaded();
    });
    connect(job, &ApiJob::failed, this, &PartnerQuotaPanel::groupsFailed);
    job->start();
}

void PartnerQuotaPanel::setGroups(const QList<PartnerGroup> &groups)
{
    m_groups = groups;
    showValues();
}

void PartnerQuotaPanel::setPartner(const Partner &partner)
{
    m_partner = partner;
    showValues();
}

void PartnerQuotaPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showValues();
}

QString PartnerQuotaPanel::groupName(const PartnerGroup &group) const
{
    return displayName(group);
}

void PartnerQuotaPanel::showValues()
{
    m_loading = true;
    m_group->clear();
    m_group->addItem(tr("No group (platform defaults)"), QString());
    for (const PartnerGroup &g : m_groups)
        m_group->addItem(
            tr("%1 (%2 req/s, %3 orders/day)")
                .arg(groupName(g), locale().toString(g.rateLimit), locale().toString(g.dailyOrderCap)),
            g.code);
    // A group the list does not (yet) know still shows, so saving never drops it silently.
    if (!m_partner.group.isEmpty() && m_group->findData(m_partner.group) < 0)
        m_group->addItem(m_partner.group, m_partner.group);
    m_group->setCurrentIndex(qMax(0, m_group->findData(m_partner.group)));
    m_rateInherit->setChecked(!m_partner.rateLimit);
    m_capInherit->setChecked(!m_partner.dailyOrderCap);
    const EffectiveQuota current = preview();
    // An inherited value starts the spin box, so unticking "inherit" begins from what applies.
    m_rate->setValue(m_partner.rateLimit.value_or(current.rateLimit));
    m_cap->setValue(m_partner.dailyOrderCap.value_or(current.dailyOrderCap));
    m_group->setEnabled(!m_readOnly);
    m_rateInherit->setEnabled(!m_readOnly);
    m_capInherit->setEnabled(!m_readOnly);
    m_loading = false;
    updateEffective();
}

void PartnerQuotaPanel::applyTo(Partner *edited) const
{
    edited->group = m_group->currentData().toString();
    edited->rateLimit = m_rateInherit->isChecked() ? std::nullopt : std::optional<int>(m_rate->value());
    edited->dailyOrderCap = m_capInherit->isChecked() ? std::nullopt : std::optional<int>(m_cap->value());
}

EffectiveQuota PartnerQuotaPanel::preview() const
{
    Partner p = m_partner;
    if (m_group->count() > 0) // during showValues() the widgets are not filled yet
        applyTo(&p);
    return effectiveQuotaOf(p, findGroup(m_groups, p.group));
}

QString PartnerQuotaPanel::sourceText(QuotaSource source) const
{
    switch (source) {
    case QuotaSource::Partner:
        return tr("set for this partner");
    case QuotaSource::Group:
        if (const PartnerGroup *g = findGroup(m_groups, m_group->currentData().toString()))
            return tr("from group %1").arg(groupName(*g));
        return tr("from its group");
    case QuotaSource::Platform:
        break;
    }
    return tr("platform default");
}

void PartnerQuotaPanel::updateEffective()
{
    m_rate->setEnabled(!m_readOnly && !m_rateInherit->isChecked());
    m_cap->setEnabled(!m_readOnly && !m_capInherit->isChecked());
    const EffectiveQuota q = preview();
    //: e.g. "500 req/s — from group 金牌"
    m_rateEffective->setText(
        tr("%1 req/s — %2").arg(locale().toString(q.rateLimit), sourceText(q.rateLimitFrom)));
    //: e.g. "2,000 orders/day — platform default"
    m_capEffective->setText(
        tr("%1 orders/day — %2").arg(locale().toString(q.dailyOrderCap), sourceText(q.dailyOrderCapFrom)));
}

void PartnerQuotaPanel::onUserEdit()
{
    if (m_loading)
        return;
    updateEffective();
    Q_EMIT edited();
}

void PartnerQuotaPanel::retranslate()
{
    m_groupLabel->setText(tr("&Group"));
    m_rateLabel->setText(tr("&Rate limit"));
    m_capLabel->setText(tr("&Daily order cap"));
    m_rateInherit->setText(tr("Inherit"));
    m_capInherit->setText(tr("Inherit"));
    m_rateInherit->setToolTip(tr("Use the group's rate limit, or the platform default without a group"));
    m_capInherit->setToolTip(tr("Use the group's daily order cap, or the platform default without a group"));
    m_rate->setSuffix(tr(" req/s"));
    m_cap->setSuffix(tr(" orders/day"));
    m_group->setAccessibleName(tr("Group"));
    m_rate->setAccessibleName(tr("Rate limit"));
    m_cap->setAccessibleName(tr("Daily order cap"));
}

void PartnerQuotaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showValues();
    }
    QWidget::changeEvent(event);
}

} // namespace Kepler
