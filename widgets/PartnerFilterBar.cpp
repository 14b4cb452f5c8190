#include "PartnerFilterBar.h"

#include "FilterButton.h"
#include "SavedFiltersButton.h"
#include "domain/PartnerGroup.h"
#include "domain/PartnerQuery.h"
#include "domain/Scenario.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>

namespace Kepler {

PartnerFilterBar::PartnerFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    // Wide enough for a name; it takes what the toolbar has left up to a comfortable width.
    m_search->setMinimumWidth(220);
    m_search->setMaxLength(100);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // one request per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &PartnerFilterBar::onFiltersChanged);
    connect(m_searchDelay, &QTimer::timeout, this, &PartnerFilterBar::onFiltersChanged);
    m_modeFilter = new FilterButton(this);
    m_scenarioFilter = new FilterButton(this);
    m_statusFilter = new FilterButton(this);
    m_groupFilter = new FilterButton(this);
    m_groupFilter->setObjectName(u"groupFilter"_qs);
    m_groupFilter->setVisible(false); // until the service's groups are known
    for (FilterButton *f : filters())
        connect(f, &FilterButton::selectionChanged, this, &PartnerFilterBar::onFiltersChanged);
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setObjectName(u"clearFilters"_qs);
    connect(m_clearFilters, &QToolButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        for (FilterButton *f : filters()) {
            const QSignalBlocker b(f);
            f->clearSelection();
        }
        onFiltersChanged();
    });
    m_savedFilters = new SavedFiltersButton(u"partners"_qs, this);
    m_savedFilters->setCurrentQueryProvider([this] { return currentFilterQuery(); });
    connect(m_savedFilters, &SavedFiltersButton::applyRequested, this, &PartnerFilterBar::applyFilterQuery);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (FilterButton *f : filters())
        layout->addWidget(f);
    layout->addWidget(m_clearFilters);
    layout->addWidget(m_savedFilters);
    retranslate();
}

QList<FilterButton *> PartnerFilterBar::filters() const
{
    return {m_modeFilter, m_scenarioFilter, m_statusFilter, m_groupFilter};
}

void PartnerFilterBar::fillQuery(PartnerQuery *query) const
{
    query->text = m_search->text().trimmed();
    query->modes.clear();
    for (const QString &code : m_modeFilter->selectedCodes())
        if (const auto m = partnerModeFromString(code))
            query->modes << *m;
    query->scenarios = m_scenarioFilter->selectedCodes();
    query->statuses.clear();
    for (const QString &code : m_statusFilter->selectedCodes())
        if (const auto s = partnerStatusFromString(code))
            query->statuses << *s;
    query->groups = m_groupFilter->selectedCodes();
}

void PartnerFilterBar::onFiltersChanged()
{
    m_searchDelay->stop();
    PartnerQuery q;
    fillQuery(&q);
    m_clearFilters->setEnabled(!q.text.isEmpty() || !q.modes.isEmpty() || !q.scenarios.isEmpty()
        || !q.statuses.isEmpty() || !q.groups.isEmpty());
    Q_EMIT filtersChanged();
}

QString PartnerFilterBar::currentFilterQuery() const
{
    PartnerQuery q;
    fillQuery(&q);
    QUrlQuery url = q.toUrlQuery();
    for (const QString &key : {u"limit"_qs, u"cursor"_qs, u"sort"_qs})
        url.removeAllQueryItems(key);
    return url.toString(QUrl::FullyEncoded);
}

void PartnerFilterBar::applyFilterQuery(const QString &query)
{
    FieldErrors ignored; // a filter saved by an older console may name a value that is gone
    const PartnerQuery q = PartnerQuery::fromUrlQuery(QUrlQuery(query), &ignored);
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(q.text);
    }
    QStringList modes;
    for (PartnerMode m : q.modes)
        modes << toString(m);
    QStringList statuses;
    for (PartnerStatus st : q.statuses)
        statuses << toString(st);
    const std::pair<FilterButton *, QStringList> chosen[] = {{m_modeFilter, modes},
        {m_scenarioFilter, q.scenarios}, {m_statusFilter, statuses}, {m_groupFilter, q.groups}};
    for (const auto &[button, codes] : chosen) {
        const QSignalBlocker blocker(button);
        button->setSelectedCodes(codes);
    }
    onFiltersChanged();
}

void PartnerFilterBar::setGroups(const QList<PartnerGroup> &groups)
{
    QList<std::pair<QString, QString>> choices;
    for (const PartnerGroup &g : groups)
        choices.append({g.code, displayName(g)});
    m_groupFilter->setChoices(choices);
    m_groupFilter->setVisible(!choices.isEmpty());
}

void PartnerFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PartnerFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, contact or tag…"));
    m_search->setAccessibleName(tr("Search partners"));
    m_modeFilter->setTitle(tr("Mode"));
    m_scenarioFilter->setTitle(tr("Scenario"));
    m_statusFilter->setTitle(tr("Status"));
    m_groupFilter->setTitle(tr("Group"));
    QList<std::pair<QString, QString>> choices;
    for (PartnerMode m : allPartnerModes())
        choices.append({toString(m), displayName(m)});
    m_modeFilter->setChoices(choices);
    choices.clear();
    for (const QString &code : allScenarios())
        choices.append({code, scenarioDisplayName(code)});
    m_scenarioFilter->setChoices(choices);
    choices.clear();
    for (PartnerStatus s : allPartnerStatuses())
        choices.append({toString(s), displayName(s)});
    m_statusFilter->setChoices(choices);
    m_clearFilters->setText(tr("Clear filters"));
}

void PartnerFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
