#include "PartnersPage.h"

#include "BulkActionWizard.h"
#include "FilterButton.h"
#include "GoToPartnerDialog.h"
#include "ImportWizard.h"
#include "MessageBar.h"
#include "PartnerEditor.h"
#include "PartnerExport.h"
#include "PartnerKeysPanel.h"
#include "PartnerQuotaPanel.h"
#include "PartnerTimelineView.h"
#include "ReasonDialog.h"
#include "SavedFiltersButton.h"
#include "StatusDelegate.h"
#include "TableColumns.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/CreatePartnerJob.h"
#include "api/GetPartnerJob.h"
#include "api/PartnerActionJob.h"
#include "api/PartnerTimelineJob.h"
#include "api/UpdatePartnerJob.h"
#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"
#include "domain/PartnerValidator.h"
#include "domain/Scenario.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PartnerListModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kepler {

PartnersPage::PartnersPage(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PartnerListModel(session, this))
    , m_directory(new PartnerDirectoryModel(session, this))
{
    buildUi();
    retranslate();
    applyRole();
    connect(m_model, &PartnerListModel::totalChanged, this, &PartnersPage::updateCount);
    connect(m_model, &PartnerListModel::rowsInserted, this, &PartnersPage::updateCount);
    connect(m_model, &PartnerListModel::modelReset, this, &PartnersPage::updateCount);
    connect(m_model, &PartnerListModel::loadingChanged, this, [this](bool loading) {
        updateCount();
        Q_EMIT busyChanged(loading);
    });
    connect(m_model, &PartnerListModel::loadFailed, this, [this](const ApiError &error) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error.message());
        m_messageBar->addAction(tr("Try again"), [this] { reload(); });
    });
    connect(m_model, &PartnerListModel::pageLoaded, this, [this] {
        if (m_messageBar->kind() == MessageBar::Kind::Error)
            m_messageBar->clear();
        if (m_table->currentIndex().isValid() || m_model->rowCount() == 0)
            return;
        // A reload (Refresh, the platform back) keeps the partner that is open, selected again:
        // as the list has it now, unless it is being edited.
        if (const int open = m_model->rowOfId(m_editor->original().id); open >= 0) {
            if (!m_editor->isDirty()) {
                reopenPartner(m_model->partnerAt(open));
                return;
            }
            m_revertingSelection = true;
            m_table->setCurrentIndex(m_model->index(open, int(PartnerColumn::Name)));
            m_revertingSelection = false;
            return;
        }
        // Otherwise open the first partner so the detail panel is never an empty box.
        if (!m_editor->isDirty())
            m_table->setCurrentIndex(m_model->index(0, int(PartnerColumn::Name)));
    });
    connect(m_session, &ApiSession::currentUserChanged, this, &PartnersPage::applyRole);
}

void PartnersPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    auto *toolbar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setMaxLength(100);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // one request per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &PartnersPage::applyFilters);
    connect(m_searchDelay, &QTimer::timeout, this, &PartnersPage::applyFilters);
    m_modeFilter = new FilterButton(this);
    m_scenarioFilter = new FilterButton(this);
    m_statusFilter = new FilterButton(this);
    m_groupFilter = new FilterButton(this);
    m_groupFilter->setObjectName(u"groupFilter"_qs);
    for (FilterButton *f : {m_modeFilter, m_scenarioFilter, m_statusFilter, m_groupFilter})
        connect(f, &FilterButton::selectionChanged, this, &PartnersPage::applyFilters);
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setObjectName(u"clearFilters"_qs);
    connect(m_clearFilters, &QToolButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        for (FilterButton *f : {m_modeFilter, m_scenarioFilter, m_statusFilter, m_groupFilter}) {
            const QSignalBlocker b(f);
            f->clearSelection();
        }
        applyFilters();
    });
    m_savedFilters = new SavedFiltersButton(u"partners"_qs, this);
    m_savedFilters->setCurrentQueryProvider([this] { return currentFilterQuery(); });
    connect(m_savedFilters, &SavedFiltersButton::applyRequested, this, &PartnersPage::applyFilterQuery);
    m_count = new QLabel(this);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshPartners"_qs); // the command palette's key for it
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QToolButton::clicked, this, &PartnersPage::reload);
    m_bulk = new QPushButton(this);
    m_bulk->setObjectName(u"bulkActions"_qs);
    connect(m_bulk, &QPushButton::clicked, this, &PartnersPage::openBulkWizard);
    m_import = new QToolButton(this);
    m_import->setObjectName(u"importPartners"_qs);
    connect(m_import, &QToolButton::clicked, this, &PartnersPage::openImportWizard);
    m_export = new QToolButton(this);
    m_export->setObjectName(u"exportPartners"_qs);
    connect(m_export, &QToolButton::clicked, this, &PartnersPage::exportCurrentFilter);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newPartner"_qs);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QPushButton::clicked, this, &PartnersPage::newPartner);
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(m_modeFilter);
    toolbar->addWidget(m_scenarioFilter);
    toolbar->addWidget(m_statusFilter);
    toolbar->addWidget(m_groupFilter);
    toolbar->addWidget(m_clearFilters);
    toolbar->addWidget(m_savedFilters);
    toolbar->addStretch(1);
    toolbar->addWidget(m_count);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_import);
    toolbar->addWidget(m_bulk);
    toolbar->addWidget(m_new);
    layout->addLayout(toolbar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(PartnerColumn::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl/Shift-click picks several partners for a bulk action; the current row is the one open.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the editor; arrows move between partners
    m_table->verticalHeader()->hide();
    // Fixed row heights: resizing rows to contents is what makes big tables crawl.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(int(PartnerColumn::Status), new StatusDelegate(m_table));
    // Many columns: the table scrolls sideways, and no header or short value is ever cut (a
    // stretched last section would take the last column's width from what is left, often nothing).
    TableColumns::fitToContents(m_table,
        {int(PartnerColumn::Id), int(PartnerColumn::Mode), int(PartnerColumn::Scenario),
            int(PartnerColumn::Status), int(PartnerColumn::Commission), int(PartnerColumn::RateLimit),
            int(PartnerColumn::UpdatedAt)});
    for (const auto &[column, characters] :
        {std::pair {PartnerColumn::Name, 20}, std::pair {PartnerColumn::NameEn, 22},
            std::pair {PartnerColumn::Contact, 10}, std::pair {PartnerColumn::Tags, 16}})
        TableColumns::startWidth(m_table, int(column), characters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PartnersPage::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PartnersPage::updateBulkButton);

    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new PartnerEditor(scroll);
    scroll->setWidget(m_editor);
    scroll->setMinimumWidth(380);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(scroll);
    // The table takes what the window gains; the detail panel starts at a width its form fits in,
    // so the list shows its columns up to Commission beside it (a splitter the user moved wins).
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({900, 420}); // first start; the user's split is restored after
    layout->addWidget(m_splitter, 1);
    connect(m_editor, &PartnerEditor::saveRequested, this, &PartnersPage::save);
    // Detail tabs beyond profile, lifecycle and history: quotas (saved with the profile), keys.
    m_quotaPanel = new PartnerQuotaPanel(m_session, m_editor);
    m_editor->setQuotaPanel(m_quotaPanel, QString());
    connect(m_quotaPanel, &PartnerQuotaPanel::groupsLoaded, this, &PartnersPage::fillGroupChoices);
    m_keysPanel = new PartnerKeysPanel(m_session, m_editor);
    m_editor->addDetailTab(m_keysPanel, QString());
    // Key events are part of the partner's history.
    connect(m_keysPanel, &PartnerKeysPanel::keysChanged, this, [this](qint64 id) {
        if (m_editor->original().id == id)
            loadTimeline();
    });
    buildActions();
    connect(m_editor, &PartnerEditor::actionRequested, this, &PartnersPage::onActionRequested);
}

void PartnersPage::buildActions()
{
    // Page actions: shortcuts while the page is shown, and the main window's Partners menu.
    const auto make = [this](QKeySequence key, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_nextAction = make(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { stepPartner(+1); });
    m_previousAction = make(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { stepPartner(-1); });
    m_saveFilterAction
        = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { m_savedFilters->saveCurrent(); });
    m_bulkAction = make(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { openBulkWizard(); });
    m_importAction = make(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { openImportWizard(); });
    m_exportAction = make(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportCurrentFilter(); });
    m_auditAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] {
        if (m_editor->original().id > 0)
            Q_EMIT auditRequested(m_editor->original().id);
    });
    m_auditAction->setObjectName(u"showInAuditLog"_qs);
    // Names that stay the same in every language: the command palette remembers commands by them.
    const QList<std::pair<QAction *, QString>> names {{m_nextAction, u"nextPartner"_qs},
        {m_previousAction, u"previousPartner"_qs}, {m_saveFilterAction, u"saveFilter"_qs},
        {m_bulkAction, u"bulkAction"_qs}, {m_importAction, u"importPartners"_qs},
        {m_exportAction, u"exportPartners"_qs}};
    for (const auto &[action, name] : names)
        action->setObjectName(name);
    // The lifecycle steps, also in the menu: enabled as the detail panel's buttons are.
    for (PartnerAction action : allPartnerActions()) {
        auto *a = new QAction(this);
        connect(a, &QAction::triggered, this, [this, action] { onActionRequested(action); });
        a->setObjectName(u"lifecycle:"_qs + toString(action));
        m_lifecycleActions.insert(action, a);
    }
    connect(m_editor, &PartnerEditor::dirtyChanged, this, &PartnersPage::updateLifecycleActions);
    connect(this, &PartnersPage::busyChanged, this, &PartnersPage::updateLifecycleActions);
}

void PartnersPage::updateLifecycleActions()
{
    const Partner &p = m_editor->original();
    const Roles roles = m_session->currentUser().roles;
    const QList<PartnerAction> allowed
        = p.id > 0 ? PartnerLifecycle::allowedActions(p.status) : QList<PartnerAction>();
    for (auto it = m_lifecycleActions.cbegin(); it != m_lifecycleActions.cend(); ++it) {
        const bool offered = allowed.contains(it.key()) && PartnerLifecycle::mayPerform(roles, it.key());
        it.value()->setVisible(offered);
        it.value()->setEnabled(offered && !m_saving && !m_editor->isDirty());
    }
}

QList<QAction *> PartnersPage::menuActions() const
{
    QList<QAction *> actions {m_nextAction, m_previousAction, m_saveFilterAction, nullptr, m_bulkAction,
        m_importAction, m_exportAction, m_auditAction};
    actions.append(nullptr); // a separator
    for (PartnerAction action : allPartnerActions())
        actions.append(m_lifecycleActions.value(action));
    return actions;
}

QList<Partner> PartnersPage::selectedPartners() const
{
    QList<Partner> partners;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        partners.append(m_model->partnerAt(index.row()));
    return partners;
}

void PartnersPage::updateBulkButton()
{
    const qsizetype count = m_table->selectionModel()->selectedRows().size();
    m_bulk->setVisible(m_canEdit);
    m_bulk->setEnabled(m_canEdit && count > 0);
    m_bulkAction->setEnabled(m_canEdit && count > 0);
    m_bulk->setText(count > 1 ? tr("Bulk action (%1)…").arg(count) : tr("Bulk action…"));
    m_bulk->setToolTip(tr("Suspend, resume, tag or regroup the selected partners in one go (%1). "
                          "Ctrl-click or Shift-click rows to select several.")
                           .arg(m_bulkAction->shortcut().toString(QKeySequence::NativeText)));
}

void PartnersPage::openBulkWizard()
{
    const QList<Partner> selected = selectedPartners();
    if (!m_canEdit || selected.isEmpty())
        return;
    BulkActionWizard wizard(m_session, selected, this);
    connect(&wizard, &BulkActionWizard::bulkFinished, this, [this](const QList<qint64> &changed) {
        m_directory->markStale();
        refreshAfterChanges(changed);
    });
    wizard.exec();
}

void PartnersPage::openImportWizard()
{
    if (!m_canEdit)
        return;
    ImportWizard wizard(m_session, this);
    connect(&wizard, &ImportWizard::imported, this, [this] {
        m_directory->markStale();
        refreshAfterChanges({});
    });
    wizard.exec();
}

void PartnersPage::exportCurrentFilter()
{
    exportPartners(m_session, m_model->query(), this);
}

void PartnersPage::refreshAfterChanges(const QList<qint64> &changedIds)
{
    // The list reloads; the open partner is fetched again unless the user has edits in it.
    const qint64 open = m_editor->original().id;
    m_model->reload();
    if (open > 0 && !m_editor->isDirty() && (changedIds.isEmpty() || changedIds.contains(open))) {
        auto *job = new GetPartnerJob(m_session, open);
        connect(job, &GetPartnerJob::finished, this, [this](const Partner &p) {
            if (m_editor->original().id == p.id && !m_editor->isDirty())
                openPartner(p);
        });
        job->start();
    }
}

void PartnersPage::goToPartner()
{
    GoToPartnerDialog dialog(m_directory, this);
    connect(&dialog, &GoToPartnerDialog::partnerChosen, this, &PartnersPage::openPartnerById);
    dialog.exec();
}

void PartnersPage::openPartnerById(qint64 id)
{
    if (m_editor->isDirty() && m_editor->original().id != id) {
        m_editor->messageBar()->showMessage(
            MessageBar::Kind::Warning, tr("You have unsaved changes. Save or revert them first."));
        return;
    }
    // In the list already: select it. Otherwise (filtered out, or not fetched yet) ask for it.
    if (const int row = m_model->rowOfId(id); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, int(PartnerColumn::Name)));
        m_table->scrollTo(m_table->currentIndex());
        return;
    }
    auto *job = new GetPartnerJob(m_session, id);
    connect(job, &GetPartnerJob::finished, this, [this](const Partner &p) {
        m_table->clearSelection();
        openPartner(p);
    });
    connect(job, &GetPartnerJob::failed, this, [this](const ApiError &error) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error.message());
    });
    job->start();
}

void PartnersPage::stepPartner(int delta)
{
    // Moving the current row runs the same unsaved-edits check as a click on the row.
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    if (next == current)
        return;
    m_table->setCurrentIndex(m_model->index(next, qMax(0, m_table->currentIndex().column())));
    m_table->scrollTo(m_table->currentIndex());
}

QString PartnersPage::currentFilterQuery() const
{
    PartnerQuery q;
    q.text = m_search->text().trimmed();
    for (const QString &code : m_modeFilter->selectedCodes())
        if (const auto m = partnerModeFromString(code))
            q.modes << *m;
    q.scenarios = m_scenarioFilter->selectedCodes();
    for (const QString &code : m_statusFilter->selectedCodes())
        if (const auto st = partnerStatusFromString(code))
            q.statuses << *st;
    q.groups = m_groupFilter->selectedCodes();
    QUrlQuery url = q.toUrlQuery();
    for (const QString &key : {u"limit"_qs, u"cursor"_qs, u"sort"_qs})
        url.removeAllQueryItems(key);
    return url.toString(QUrl::FullyEncoded);
}

void PartnersPage::applyFilterQuery(const QString &query)
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
    const std::pair<FilterButton *, QStringList> filters[] = {{m_modeFilter, modes},
        {m_scenarioFilter, q.scenarios}, {m_statusFilter, statuses}, {m_groupFilter, q.groups}};
    for (const auto &[button, codes] : filters) {
        const QSignalBlocker blocker(button);
        button->setSelectedCodes(codes);
    }
    applyFilters();
}

void PartnersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, contact or tag…"));
    m_search->setAccessibleName(tr("Search partners"));
    m_modeFilter->setTitle(tr("Mode"));
    m_scenarioFilter->setTitle(tr("Scenario"));
    m_statusFilter->setTitle(tr("Status"));
    m_groupFilter->setTitle(tr("Group"));
    fillGroupChoices();
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
    m_refresh->setText(tr("Refresh"));
    // setText() replaces a button's shortcut with the text's mnemonic (none here): set it again.
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reload the list from the server (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_new->setText(tr("New partner"));
    m_new->setShortcut(QKeySequence::New); // as above
    m_new->setToolTip(tr("Register a new partner channel (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_table->setAccessibleName(tr("Partners"));
    m_splitter->widget(1)->setAccessibleName(tr("Partner details")); // the editor's scroll area
    m_nextAction->setText(tr("&Next partner"));
    m_previousAction->setText(tr("&Previous partner"));
    m_saveFilterAction->setText(tr("Save current &filter…"));
    m_bulkAction->setText(tr("&Bulk action on selected…"));
    m_importAction->setText(tr("&Import from CSV…"));
    m_exportAction->setText(tr("&Export list as CSV…"));
    m_auditAction->setText(tr("Show in &audit log"));
    m_editor->setDetailTabTitle(m_quotaPanel, tr("Quotas"));
    m_editor->setDetailTabTitle(m_keysPanel, tr("Keys"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(
        tr("Create or update partners from a CSV file, checked before anything is written (%1)")
            .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the partners this filter selects as CSV, for Excel (%1)")
                             .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    updateBulkButton();
    for (auto it = m_lifecycleActions.cbegin(); it != m_lifecycleActions.cend(); ++it)
        it.value()->setText(PartnerLifecycle::requiresReason(it.key()) ? tr("%1…").arg(displayName(it.key()))
                                                                       : displayName(it.key()));
    updateCount();
}

void PartnersPage::fillGroupChoices()
{
    // The groups are the service's (an admin may rename them); the quota panel loads them.
    QList<std::pair<QString, QString>> choices;
    for (const PartnerGroup &g : m_quotaPanel->groups())
        choices.append({g.code, displayName(g)});
    m_groupFilter->setChoices(choices);
    m_groupFilter->setVisible(!choices.isEmpty());
}

void PartnersPage::applyRole()
{
    const Roles roles = m_session->currentUser().roles;
    m_canEdit = roles.testFlag(Role::Operator) || roles.testFlag(Role::Admin);
    m_new->setVisible(m_canEdit);
    m_import->setVisible(m_canEdit);
    m_importAction->setEnabled(m_canEdit);
    // The audit log is the managers' and admins' page.
    m_auditAction->setVisible(roles.testFlag(Role::Manager) || roles.testFlag(Role::Admin));
    updateBulkButton();
    m_editor->setReadOnly(!m_canEdit);
    m_editor->setRoles(roles);
    updateLifecycleActions();
}

void PartnersPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PartnersPage::applyFilters()
{
    m_searchDelay->stop();
    PartnerQuery q = m_model->query();
    q.text = m_search->text().trimmed();
    q.modes.clear();
    for (const QString &code : m_modeFilter->selectedCodes())
        if (const auto m = partnerModeFromString(code))
            q.modes << *m;
    q.scenarios = m_scenarioFilter->selectedCodes();
    q.statuses.clear();
    for (const QString &code : m_statusFilter->selectedCodes())
        if (const auto s = partnerStatusFromString(code))
            q.statuses << *s;
    q.groups = m_groupFilter->selectedCodes();
    m_clearFilters->setEnabled(!q.text.isEmpty() || !q.modes.isEmpty() || !q.scenarios.isEmpty()
        || !q.statuses.isEmpty() || !q.groups.isEmpty());
    m_model->setQuery(q);
}

void PartnersPage::reload()
{
    m_messageBar->clear();
    m_model->reload();
}

void PartnersPage::refreshFromServer()
{
    // An open partner in the list comes back with the list's first page (pageLoaded); one that is
    // not (filtered out, further down) is asked for by itself.
    if (m_saveCheck)
        m_saveCheck->checkNow(); // a save whose answer was lost: settle it now
    const qint64 open = m_editor->original().id;
    const bool listed = m_model->rowOfId(open) >= 0;
    reload();
    if (open <= 0 || listed || m_editor->isDirty())
        return;
    auto *job = new GetPartnerJob(m_session, open);
    connect(job, &GetPartnerJob::finished, this, [this](const Partner &p) {
        // Typing may have started while the answer was on its way: that edit wins.
        if (m_editor->original().id == p.id && !m_editor->isDirty())
            reopenPartner(p);
    });
    connect(job, &GetPartnerJob::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            m_messageBar->showMessage(MessageBar::Kind::Error, error.message());
    });
    job->start();
}

void PartnersPage::updateCount()
{
    const QLocale locale;
    if (m_model->total() < 0) {
        m_count->setText(m_model->isLoading() ? tr("Loading…") : QString());
        return;
    }
    if (m_model->total() == 0) {
        m_count->setText(tr("No partners match"));
        return;
    }
    m_count->setText(tr("%1 of %2 partners shown")
                         .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->total())));
}

void PartnersPage::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_revertingSelection || !current.isValid())
        return;
    const Partner next = m_model->partnerAt(current.row());
    if (next.id == m_editor->original().id)
        return;
    if (m_editor->isDirty()) {
        // Never drop typed edits silently: stay on the edited partner and let the user choose.
        // Queued, so a mouse press that is still selecting the clicked row cannot undo it.
        const int column = current.column();
        const QPersistentModelIndex fallback(previous);
        QMetaObject::invokeMethod(
            this,
            [this, column, fallback] {
                m_revertingSelection = true;
                const int back = m_model->rowOfId(m_editor->original().id);
                m_table->setCurrentIndex(back >= 0 ? m_model->index(back, column) : QModelIndex(fallback));
                m_revertingSelection = false;
            },
            Qt::QueuedConnection);
        m_editor->messageBar()->showMessage(MessageBar::Kind::Warning,
            tr("You have unsaved changes to %1. Save or revert them first.").arg(m_editor->edited().name));
        m_editor->messageBar()->addAction(
            tr("Discard and open %1").arg(next.name), [this, next] { openPartner(next); });
        return;
    }
    openPartner(next);
}

void PartnersPage::loadTimeline()
{
    if (m_timelineJob)
        m_timelineJob->abort(); // the answer for a partner no longer shown is not wanted
    const qint64 id = m_editor->original().id;
    if (id <= 0)
        return;
    auto *job = new PartnerTimelineJob(m_session, id);
    connect(job, &PartnerTimelineJob::finished, this, [this, id](const TimelinePage &page) {
        if (m_editor->original().id == id)
            m_editor->timelineView()->setEntries(page.items, page.total);
    });
    connect(job, &PartnerTimelineJob::failed, this, [this, id](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled && m_editor->original().id == id)
            m_editor->timelineView()->setError(error.message());
    });
    m_timelineJob = job;
    m_editor->timelineView()->setLoading();
    job->start();
}

void PartnersPage::openPartner(const Partner &partner)
{
    m_editor->setPartner(partner);
    // A terminated or rejected partner gets no new keys (the service refuses): no buttons for it.
    const bool closed
        = partner.status == PartnerStatus::Terminated || partner.status == PartnerStatus::Rejected;
    m_keysPanel->setPartner(partner.id, m_canEdit && !closed);
    updateLifecycleActions();
    loadTimeline();
    const int row = m_model->rowOfId(partner.id);
    if (row >= 0 && m_table->currentIndex().row() != row) {
        m_revertingSelection = true;
        m_table->setCurrentIndex(m_model->index(row, int(PartnerColumn::Name)));
        m_revertingSelection = false;
    }
}

void PartnersPage::reopenPartner(const Partner &partner)
{
    // The same version again (a reload): what the editor said about it, such as a save confirmed
    // after the connection came back, still holds and stays.
    MessageBar *bar = m_editor->messageBar();
    const bool keep = partner.id == m_editor->original().id && partner.version == m_editor->original().version
        && bar->kind() == MessageBar::Kind::Positive && !bar->text().isEmpty();
    const QString said = keep ? bar->text() : QString();
    openPartner(partner);
    if (keep)
        bar->showMessage(MessageBar::Kind::Positive, said);
}

void PartnersPage::newPartner()
{
    if (!m_canEdit)
        return;
    if (m_editor->isDirty()) {
        m_editor->messageBar()->showMessage(
            MessageBar::Kind::Warning, tr("You have unsaved changes. Save or revert them first."));
        return;
    }
    m_table->clearSelection();
    m_editor->setPartner(Partner());
    m_editor->setFocus();
}

void PartnersPage::save()
{
    if (m_saving || !m_canEdit)
        return;
    const Partner before = m_editor->original();
    const Partner after = m_editor->edited();
    const FieldErrors local = validatePartner(after);
    if (!local.isEmpty()) {
        m_editor->showFieldErrors(local);
        return;
    }
    m_editor->clearFieldErrors();
    m_editor->messageBar()->clear();
    // A new attempt supersedes the check of a lost one: its If-Match settles what the check would.
    delete m_saveCheck;
    m_saveCheck = nullptr;
    m_saving = true;
    m_editor->setBusy(true);
    Q_EMIT busyChanged(true);
    ApiJob *job = nullptr;
    if (m_editor->isNew()) {
        // The same draft again (Try again after a lost answer) repeats the same request, key and
        // all: the service then answers with the partner it may already have created. A changed
        // draft is a new request.
        if (editablePartnerJson(m_createDraft) != editablePartnerJson(after))
            m_createKey.clear();
        m_createDraft = after;
        auto *create = new CreatePartnerJob(m_session, after, m_createKey);
        m_createKey = create->idempotencyKey();
        connect(create, &CreatePartnerJob::finished, this, [this, after](const Partner &p) {
            m_createKey.clear();
            onSaved(after, p, true);
        });
        job = create;
    } else {
        auto *update = new UpdatePartnerJob(m_session, before, after);
        connect(update, &UpdatePartnerJob::finished, this,
            [this, after](const Partner &p) { onSaved(after, p, false); });
        job = update;
    }
    connect(job, &ApiJob::failed, this,
        [this, before, after](const ApiError &error) { onSaveFailed(error, before, after); });
    job->start();
}

void PartnersPage::onSaved(const Partner &sent, const Partner &saved, bool created)
{
    adoptSaved(sent, saved, created);
    m_editor->messageBar()->showMessage(MessageBar::Kind::Positive,
        created ? tr("Created %1.").arg(saved.name) : tr("Saved %1.").arg(saved.name));
    QTimer::singleShot(4000, m_editor->messageBar(), [bar = m_editor->messageBar()] {
        if (bar->kind() == MessageBar::Kind::Positive)
            bar->clear();
    });
}

void PartnersPage::adoptSaved(const Partner &sent, const Partner &saved, bool created)
{
    m_directory->markStale();
    m_saving = false;
    m_editor->setBusy(false);
    Q_EMIT busyChanged(false);
    m_model->upsertPartner(saved);
    if (!created && !partnerPatch(sent, m_editor->edited()).isEmpty()) {
        m_editor->rebase(saved); // keep what was typed while the save was under way
        loadTimeline();
    } else {
        openPartner(saved);
    }
}

void PartnersPage::showConflict(const Partner &theirs)
{
    const QString when = QLocale().toString(theirs.updatedAt.toLocalTime(), QLocale::ShortFormat);
    MessageBar *bar = m_editor->messageBar();
    bar->showMessage(MessageBar::Kind::Warning,
        tr("%1 saved a newer version of this partner at %2 while you were editing. "
           "Your edits are still here.")
            .arg(theirs.updatedBy, when));
    bar->addAction(tr("Load their version"), [this, theirs] {
        m_model->upsertPartner(theirs);
        m_editor->setPartner(theirs);
    });
    bar->addAction(tr("Apply my edits to theirs"), [this, theirs] {
        m_model->upsertPartner(theirs);
        m_editor->rebase(theirs);
        save();
    });
}

void PartnersPage::onSaveFailed(const ApiError &error, const Partner &before, const Partner &sent)
{
    m_saving = false;
    m_editor->setBusy(false);
    Q_EMIT busyChanged(false);
    MessageBar *bar = m_editor->messageBar();
    if (error.httpStatus == 412) {
        if (const auto theirs = Partner::fromJson(error.current)) {
            // The newer version may be this very draft, from an attempt whose answer was lost.
            if (before.id > 0 && PartnerSaveCheck::carries(*theirs, before, sent)) {
                settleSave(PartnerSaveCheck::Outcome::Saved, *theirs, before, sent);
                return;
            }
            showConflict(*theirs);
            return;
        }
    }
    if (!error.isOutcomeUnknown())
        m_createKey.clear(); // the service answered: nothing was created under that key
    if (!error.fieldErrors.isEmpty()) {
        m_editor->showFieldErrors(error.fieldErrors);
        return;
    }
    if (error.isOutcomeUnknown() && before.id > 0) {
        // The write may have been carried out: say so, and find out once the platform answers.
        bar->showMessage(MessageBar::Kind::Warning,
            tr("Not confirmed yet: %1 The save may have reached the platform; the console checks when "
               "the platform answers. Your edits are kept.")
                .arg(error.message()));
        bar->addAction(tr("Check now"), [this] {
            if (m_saveCheck)
                m_saveCheck->checkNow();
        });
        auto *check = new PartnerSaveCheck(m_session, before, sent, this);
        connect(check, &PartnerSaveCheck::resolved, this,
            [this, check](PartnerSaveCheck::Outcome outcome, const Partner &current) {
                if (m_saveCheck == check)
                    m_saveCheck = nullptr;
                check->deleteLater(); // it is emitting
                settleSave(outcome, current, check->before(), check->sent());
            });
        m_saveCheck = check;
        check->checkNow();
        return;
    }
    bar->showMessage(MessageBar::Kind::Error, tr("Not saved: %1 Your edits are kept.").arg(error.message()));
    if (error.kind != ApiError::Kind::Http || error.httpStatus >= 500 || error.httpStatus == 429)
        bar->addAction(tr("Try again"), [this] { save(); });
}

void PartnersPage::settleSave(
    PartnerSaveCheck::Outcome outcome, const Partner &current, const Partner &before, const Partner &sent)
{
    if (current.id > 0 && current.version > before.version)
        m_model->upsertPartner(current);
    // The editor moved on meanwhile (another partner, their version loaded): nothing to settle.
    if (m_editor->original().id != before.id || m_editor->original().version != before.version)
        return;
    MessageBar *bar = m_editor->messageBar();
    switch (outcome) {
    case PartnerSaveCheck::Outcome::Saved:
        adoptSaved(sent, current, false);
        bar->showMessage(MessageBar::Kind::Positive,
            tr("Saved %1 (confirmed after the connection came back).").arg(current.name));
        return;
    case PartnerSaveCheck::Outcome::Conflict:
        showConflict(current);
        return;
    case PartnerSaveCheck::Outcome::NotSaved:
        bar->showMessage(MessageBar::Kind::Error,
            tr("Not saved: the platform answers again and does not have the change. Your edits are kept."));
        bar->addAction(tr("Try again"), [this] { save(); });
        return;
    }
}

void PartnersPage::onActionRequested(PartnerAction action)
{
    const Partner partner = m_editor->original();
    ReasonDialog dialog(action, partner.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runAction(action, dialog.reasonCode(), dialog.note());
}

void PartnersPage::runAction(PartnerAction action, const QString &reasonCode, const QString &note)
{
    if (m_saving)
        return;
    m_saving = true;
    m_editor->setBusy(true);
    Q_EMIT busyChanged(true);
    auto *job = new PartnerActionJob(m_session, m_editor->original(), action, reasonCode, note);
    connect(job, &PartnerActionJob::finished, this, [this, action](const Partner &p) {
        m_saving = false;
        m_editor->setBusy(false);
        Q_EMIT busyChanged(false);
        m_model->upsertPartner(p);
        m_directory->markStale();
        openPartner(p);
        m_editor->messageBar()->showMessage(MessageBar::Kind::Positive,
            tr("%1: %2 is now %3.").arg(displayName(action), p.name, displayName(p.status)));
    });
    connect(job, &PartnerActionJob::failed, this, [this](const ApiError &error) {
        m_saving = false;
        m_editor->setBusy(false);
        Q_EMIT busyChanged(false);
        MessageBar *bar = m_editor->messageBar();
        bar->showMessage(MessageBar::Kind::Error, error.message());
        if (const auto theirs = UpdatePartnerJob::currentPartner(error)) {
            const Partner newer = *theirs;
            bar->addAction(tr("Load the current version"), [this, newer] {
                m_model->upsertPartner(newer);
                openPartner(newer);
            });
        }
    });
    job->start();
}

void PartnersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
