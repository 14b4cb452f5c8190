#pragma once

#include "domain/Partner.h"
#include "domain/PartnerAction.h"
#include "domain/Role.h"

#include <QHash>
#include <QObject>

class QAction;
class QWidget;

namespace Kepler {

// The Partners page's commands: shortcuts while the page is shown, and the main window's Partners
// menu. Object names stay the same in every language (the command palette remembers them). The
// lifecycle steps are offered as the detail panel's buttons are.
class PartnerCommands : public QObject
{
    Q_OBJECT

public:
    explicit PartnerCommands(QWidget *page);

    QAction *next() const { return m_next; }
    QAction *previous() const { return m_previous; }
    QAction *saveFilter() const { return m_saveFilter; }
    QAction *bulk() const { return m_bulk; }
    QAction *importCsv() const { return m_import; }
    QAction *exportCsv() const { return m_export; }
    QAction *audit() const { return m_audit; }
    // In menu order; nullptr for a separator.
    QList<QAction *> menuActions() const;
    // The steps `roles` may take on `open` in its state; enabled only when `enabled`.
    void updateLifecycle(const Partner &open, Roles roles, bool enabled);
    void retranslate();

Q_SIGNALS:
    void lifecycleRequested(Kepler::PartnerAction action);

private:
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_saveFilter = nullptr;
    QAction *m_bulk = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_audit = nullptr;
    QHash<PartnerAction, QAction *> m_lifecycle;
};

} // namespace Kepler
