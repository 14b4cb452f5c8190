#pragma once

#include "PartnerFilterBar.h"
#include "domain/Partner.h"
#include "domain/PartnerAction.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QSplitter;
class QTableView;

namespace Kepler {

class ApiError;
class ApiJob;
class ApiSession;
class FilterButton;
class MessageBar;
class PartnerCommands;
class PartnerEditor;
class PartnerDirectoryModel;
class PartnerKeysPanel;
class PartnerListTools;
class PartnerListModel;
class PartnerQuotaPanel;
class PartnerSaver;
class SavedFiltersButton;

// The operators' main page: a server-paged, server-filtered partner table with search as you
// type, and the selected partner's detail editor beside it.
class PartnersPage : public QWidget
{
    Q_OBJECT

public:
    explicit PartnersPage(ApiSession *session, QWidget *parent = nullptr);

    PartnerListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }
    PartnerEditor *editor() const { return m_editor; }
    PartnerFilterBar *filterBar() const { return m_filterBar; }
    QLineEdit *searchField() const { return m_filterBar->searchField(); }
    MessageBar *messageBar() const { return m_messageBar; }
    FilterButton *modeFilter() const { return m_filterBar->modeFilter(); }
    FilterButton *scenarioFilter() const { return m_filterBar->scenarioFilter(); }
    FilterButton *statusFilter() const { return m_filterBar->statusFilter(); }
    FilterButton *groupFilter() const { return m_filterBar->groupFilter(); }

    void reload();
    // After the platform was away: the list and the open partner as the platform has them now; a
    // partner being edited stays as typed (its save then meets the version check as usual).
    void refreshFromServer();
    void newPartner();
    void save();
    void focusSearch();
    // The page's commands with their shortcuts, for the main window's menu.
    QList<QAction *> menuActions() const;
    // Opens the next (+1) or previous (-1) partner of the list.
    void stepPartner(int delta);
    // "Go to partner": a search over every partner held in the console, then opens the choice.
    void goToPartner();
    void openPartnerById(qint64 id);
    QList<Partner> selectedPartners() const;
    void openBulkWizard();
    void openImportWizard();
    void exportCurrentFilter();
    PartnerKeysPanel *keysPanel() const { return m_keysPanel; }
    PartnerQuotaPanel *quotaPanel() const { return m_quotaPanel; }
    PartnerDirectoryModel *directory() const { return m_directory; }
    // The filter as a URL query (search, mode, scenario, status), and applying one back.
    QString currentFilterQuery() const { return m_filterBar->currentFilterQuery(); }
    void applyFilterQuery(const QString &query) { m_filterBar->applyFilterQuery(query); }
    SavedFiltersButton *savedFilters() const { return m_filterBar->savedFilters(); }
    // One lifecycle step on the open partner, with its reason (the dialog's answer).
    void runAction(Kepler::PartnerAction action, const QString &reasonCode, const QString &note);

Q_SIGNALS:
    void busyChanged(bool busy);
    // "Show in audit log" for the open partner; the main window switches pages.
    void auditRequested(qint64 partnerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void retranslate();
    void applyFilters();
    void updateCount();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void openPartner(const Partner &partner);
    // openPartner() for a reload of the partner shown (keeps a positive message on the same version).
    void reopenPartner(const Partner &partner);
    // Leaving a partner with unsaved edits for `next` (id 0: a new partner): ask, never drop them.
    void askAboutUnsaved(const Partner &next);
    // The list's highlight back on the partner open in the editor (none for a new one).
    void selectOpenPartnerRow();
    void applyRole();
    void onActionRequested(PartnerAction action);
    void loadTimeline();
    void updateLifecycleActions();
    void updateBulkButton();
    void fillGroupChoices();
    void refreshAfterChanges(const QList<qint64> &changedIds);

    ApiSession *m_session;
    PartnerListModel *m_model;
    PartnerDirectoryModel *m_directory;
    MessageBar *m_messageBar = nullptr;
    PartnerFilterBar *m_filterBar = nullptr;
    PartnerCommands *m_commands = nullptr;
    PartnerKeysPanel *m_keysPanel = nullptr;
    PartnerQuotaPanel *m_quotaPanel = nullptr;
    PartnerListTools *m_tools = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    PartnerEditor *m_editor = nullptr;
    PartnerSaver *m_saver = nullptr;
    bool m_canEdit = false;
    bool m_revertingSelection = false;
    QPointer<ApiJob> m_timelineJob;
    // "Save" on the unsaved-edits question: where to go once the save went through (id 0: new).
    std::optional<Partner> m_openAfterSave;
};

} // namespace Kepler
