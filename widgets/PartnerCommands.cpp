#include "PartnerCommands.h"

#include "domain/PartnerLifecycle.h"

#include <QAction>
#include <QWidget>

namespace Kepler {

PartnerCommands::PartnerCommands(QWidget *page)
    : QObject(page)
{
    const auto make = [page](QKeySequence key, const QString &name) {
        auto *a = new QAction(page);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setObjectName(name);
        page->addAction(a);
        return a;
    };
    m_next = make(QKeySequence(Qt::ALT | Qt::Key_Down), u"nextPartner"_qs);
    m_previous = make(QKeySequence(Qt::ALT | Qt::Key_Up), u"previousPartner"_qs);
    m_saveFilter = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), u"saveFilter"_qs);
    m_bulk = make(QKeySequence(Qt::CTRL | Qt::Key_B), u"bulkAction"_qs);
    m_import = make(QKeySequence(Qt::CTRL | Qt::Key_I), u"importPartners"_qs);
    m_export = make(QKeySequence(Qt::CTRL | Qt::Key_E), u"exportPartners"_qs);
    m_audit = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), u"showInAuditLog"_qs);
    for (PartnerAction action : allPartnerActions()) {
        auto *a = new QAction(page);
        connect(a, &QAction::triggered, this, [this, action] { Q_EMIT lifecycleRequested(action); });
        a->setObjectName(u"lifecycle:"_qs + toString(action));
        m_lifecycle.insert(action, a);
    }
    retranslate();
}

QList<QAction *> PartnerCommands::menuActions() const
{
    QList<QAction *> actions {m_next, m_previous, m_saveFilter, nullptr, m_bulk, m_import, m_export, m_audit};
    actions.append(nullptr); // a separator
    for (PartnerAction action : allPartnerActions())
        actions.append(m_lifecycle.value(action));
    return actions;
}

void PartnerCommands::updateLifecycle(const Partner &open, Roles roles, bool enabled)
{
    const QList<PartnerAction> allowed
        = open.id > 0 ? PartnerLifecycle::allowedActions(open.status) : QList<PartnerAction>();
    for (auto it = m_lifecycle.cbegin(); it != m_lifecycle.cend(); ++it) {
        const bool offered = allowed.contains(it.key()) && PartnerLifecycle::mayPerform(roles, it.key());
        it.value()->setVisible(offered);
        it.value()->setEnabled(offered && enabled);
    }
}

void PartnerCommands::retranslate()
{
    m_next->setText(tr("&Next partner"));
    m_previous->setText(tr("&Previous partner"));
    m_saveFilter->setText(tr("Save current &filter…"));
    m_bulk->setText(tr("&Bulk action on selected…"));
    m_import->setText(tr("&Import from CSV…"));
    m_export->setText(tr("&Export list as CSV…"));
    m_audit->setText(tr("Show in &audit log"));
    for (auto it = m_lifecycle.cbegin(); it != m_lifecycle.cend(); ++it)
        it.value()->setText(PartnerLifecycle::requiresReason(it.key()) ? tr("%1…").arg(displayName(it.key()))
                                                                       : displayName(it.key()));
}

} // namespace Kepler
