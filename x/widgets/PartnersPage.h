#pragma once

#include "PartnerSaveCheck.h"
#include "domain/PartnerAction.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace Kepler {

class ApiError;
class ApiJob;
class ApiSession;
class FilterButton;
class MessageBar;
class PartnerEditor;
class PartnerDirectoryModel;
class PartnerKeysPanel;
class PartnerListModel;
class PartnerQuotaPanel;
class SavedFiltersButton;
struct Partner;

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
    QLineEdit *searchField() const { return m_search; }
    MessageBar *messageBar() const { return m_messageBar; }
    FilterButton *modeFilter() const { return m_modeFilter; }
    FilterButton *scenarioFilter() const { return m_scenarioFilter; }
    FilterButton *statusFilter() const { return m_statusFilter; }
    FilterButton *groupFilter() const { return m_groupFilter; }

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
    QString currentFilterQuery() const;
    void applyFilterQuery(const QString &query);
    SavedFiltersButton *savedFilters() const { return m_savedFilters; }
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
    void onSaved(const Partner &sent, const Partner &saved, bool created);
    // The editor takes what the service saved (keeping edits typed since `sent` left).
    void adoptSaved(const Partner &sent, const Partner &saved, bool created);
    void onSaveFailed(const ApiError &error, const Partner &before, const Partner &sent);
    void showConflict(const Partner &theirs);
    // How a save ended that was first "not confirmed" (or met a 412 that is its own draft).
    void settleSave(PartnerSaveCheck::Outcome outcome, const Partner &current, const Partner &before,
        const Partner &sent);
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
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    FilterButton *m_modeFilter = nullptr;
    FilterButton *m_scenarioFilter = nullptr;
    FilterButton *m_statusFilter = nullptr;
    FilterButton *m_groupFilter = nullptr;
    QToolButton *m_clearFilters = nullptr;
    SavedFiltersButton *m_savedFilters = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_saveFilterAction = nullptr;
    QAction *m_bulkAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_auditAction = nullptr;
    QPushButton *m_bulk = nullptr;
    QToolButton *m_import = nullptr;
    QToolButton *m_export = nullptr;
    PartnerKeysPanel *m_keysPanel = nullptr;
    PartnerQuotaPanel *m_quotaPanel = nullptr;
    QHash<PartnerAction, QAction *> m_lifecycleActions;
    QToolButton *m_refresh = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    PartnerEditor *m_editor = nullptr;
    bool m_canEdit = false;
    bool m_saving = false;
    bool m_revertingSelection = false;
    QPointer<ApiJob> m_timelineJob;
    // A save whose answer was lost, being confirmed (or not) by reading the partner again.
    PartnerSaveCheck *m_saveCheck = nullptr;
    // The last new-partner draft sent and its Idempotency-Key, kept until the service answers.
    Partner m_createDraft;
    QByteArray m_createKey;
};

} // namespace Kepler
