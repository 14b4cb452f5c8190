#include "PartnerTimelineView.h"

#include "domain/PartnerAction.h"
#include "domain/PartnerReason.h"
#include "domain/ReviewReason.h"
#include "models/AuditText.h"
#include "models/DateTimeText.h"
#include "models/PartnerColumns.h"

#include <QEvent>
#include <QLocale>

namespace Kepler {
namespace {

// One place names fields in words (the audit log's): "dailyOrderCap" → "Daily order cap".
QString fieldLabel(const QString &field)
{
    return AuditText::fieldLabel(field);
}

} // namespace

PartnerTimelineView::PartnerTimelineView(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"timeline"_qs);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    setMinimumHeight(140);
}

QString PartnerTimelineView::describe(const TimelineEntry &entry)
{
    // Key events carry the key's state, not the partner's (docs/api.md "Partner keys").
    if (entry.action == u"partner.key.issue")
        return tr("App key issued");
    if (entry.action == u"partner.key.rotate")
        return tr("App key rotated");
    if (entry.action == u"partner.key.revoke")
        return tr("App key revoked");
    if (entry.action.startsWith(u"miniprogram."))
        return describeMiniProgram(entry);
    const QString step = entry.action.section(u'.', 1);
    if (step == u"create")
        return tr("Created");
    if (step == u"update") {
        QStringList labels;
        for (const QString &field : entry.changes)
            labels << fieldLabel(field);
        return labels.isEmpty() ? tr("Edited") : tr("Edited %1").arg(labels.join(tr(", ")));
    }
    if (step.startsWith(u"import.")) { // partner.import.create / partner.import.update (CSV import)
        if (step == u"import.create")
            return tr("Created by CSV import");
        QStringList labels;
        for (const QString &field : entry.changes)
            labels << fieldLabel(field);
        return tr("Edited by CSV import: %1").arg(labels.join(tr(", ")));
    }
    if (const auto action = partnerActionFromString(step)) {
        QString text = displayName(*action);
        if (!entry.reasonCode.isEmpty())
            text += u" · "_qs + PartnerReason::displayName(entry.reasonCode);
        return text;
    }
    return AuditText::actionName(entry.action); // keys, imports, ...: the audit log's words
}

QString PartnerTimelineView::describeMiniProgram(const TimelineEntry &entry)
{
    // "Mini-program wx… 1.1.0: Released to 10 % · reason" — the version names the line.
    const QString act = entry.action.section(u'.', 1);
    QString what = act;
    if (act == u"authorise")
        what = tr("authorised by the partner");
    else if (act == u"revoke")
        what = tr("authorisation revoked by the partner");
    else if (act == u"create")
        what = tr("draft created");
    else if (act == u"submit")
        what = tr("submitted for review");
    else if (act == u"withdraw")
        what = tr("withdrawn by the partner");
    else if (act == u"approve")
        what = tr("approved");
    else if (act == u"reject")
        what = tr("rejected");
    else if (act == u"delay")
        what = tr("review delayed");
    else if (act == u"release")
        what = entry.grayPercent >= 100 ? tr("released to everyone")
                                        : tr("released to %1 % (gray)").arg(entry.grayPercent);
    else if (act == u"rollback")
        what = tr("rolled back");
    QString text = entry.codeVersion.isEmpty()
        ? tr("Mini-program %1: %2").arg(entry.appId, what)
        : tr("Mini-program %1 %2: %3").arg(entry.appId, entry.codeVersion, what);
    if (!entry.reasonCode.isEmpty())
        text += u" · "_qs + ReviewReason::displayName(entry.reasonCode);
    return text;
}

void PartnerTimelineView::setLoading()
{
    clearEntries();
    addPlaceholder(tr("Loading history…"));
}

void PartnerTimelineView::setEntries(const QList<TimelineEntry> &entries, int total)
{
    clearEntries();
    m_entries = entries;
    m_total = total;
    const QLocale locale;
    for (const TimelineEntry &e : entries) {
        QString text = tr("%1 · %2 · %3").arg(DateTimeText::text(e.at, locale), e.actor, describe(e));
        if (!e.note.isEmpty())
            text += u"\n    "_qs + e.note;
        auto *item = new QListWidgetItem(text, this);
        item->setToolTip(tr("Request ID: %1").arg(e.requestId));
    }
    if (entries.isEmpty())
        addPlaceholder(tr("No history yet."));
    else if (total > entries.size())
        addPlaceholder(tr("%n older event(s) not shown.", nullptr, total - int(entries.size())));
}

void PartnerTimelineView::setError(const QString &message)
{
    clearEntries();
    addPlaceholder(message);
}

void PartnerTimelineView::clearEntries()
{
    clear();
    m_entries.clear();
    m_total = -1;
}

void PartnerTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_total >= 0)
        setEntries(QList<TimelineEntry>(m_entries), m_total); // a copy: setEntries() clears them
    QListWidget::changeEvent(event);
}

void PartnerTimelineView::addPlaceholder(const QString &text)
{
    auto *item = new QListWidgetItem(text, this);
    item->setForeground(palette().color(QPalette::PlaceholderText));
}

} // namespace Kepler
