#include "PartnersPage.h"

#include "BulkActionWizard.h"
#include "GoToPartnerDialog.h"
#include "ImportWizard.h"
#include "MessageBar.h"
#include "PartnerCommands.h"
#include "PartnerEditor.h"
#include "PartnerExport.h"
#include "PartnerKeysPanel.h"
#include "PartnerListTools.h"
#include "PartnerQuotaPanel.h"
#include "PartnerSaver.h"
#include "PartnerTableView.h"
#include "PartnerTimelineView.h"
#include "ReasonDialog.h"
#include "SavedFiltersButton.h"
#include "UnsavedEditsPrompt.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/GetPartnerJob.h"
#include "api/PartnerTimelineJob.h"
#include "domain/PartnerReason.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PartnerListModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
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
    m_filterBar = new PartnerFilterBar(this);
    connect(m_filterBar, &PartnerFilterBar::filtersChanged, this, &PartnersPage::applyFilters);
    m_commands = new PartnerCommands(this);
    m_tools = new PartnerListTools(m_commands, this);
    connect(m_tools, &PartnerListTools::refreshRequested, this, &PartnersPage::reload);
    connect(m_tools, &PartnerListTools::newRequested, this, &PartnersPage::newPartner);
    toolbar->addWidget(m_filterBar, 2);
    toolbar->addStretch(1);
    toolbar->addWidget(m_tools);
    layout->addLayout(toolbar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new PartnerTableView(m_model, m_splitter);
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
    m_saver = new PartnerSaver(m_session, m_editor, m_model, m_directory, this);
    connect(m_saver, &PartnerSaver::busyChanged, this, &PartnersPage::busyChanged);
    connect(m_saver, &PartnerSaver::openRequested, this, &PartnersPage::openPartner);
    connect(m_saver, &PartnerSaver::savedUnderEdits, this, &PartnersPage::loadTimeline);
    connect(m_saver, &PartnerSaver::saved, this, [this] {
        if (const auto next = std::exchange(m_openAfterSave, std::nullopt)) { // "Save" on the question
            if (next->id > 0)
                openPartner(*next);
            else
                newPartner();
        }
    });
    connect(m_saver, &PartnerSaver::saveFailed, this, [this] { m_openAfterSave.reset(); });
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
    connect(m_commands->next(), &QAction::triggered, this, [this] { stepPartner(+1); });
    connect(m_commands->previous(), &QAction::triggered, this, [this] { stepPartner(-1); });
    connect(m_commands->saveFilter(), &QAction::triggered, this, [this] { savedFilters()->saveCurrent(); });
    connect(m_commands->bulk(), &QAction::triggered, this, &PartnersPage::openBulkWizard);
    connect(m_commands->importCsv(), &QAction::triggered, this, &PartnersPage::openImportWizard);
    connect(m_commands->exportCsv(), &QAction::triggered, this, &PartnersPage::exportCurrentFilter);
    connect(m_commands->audit(), &QAction::triggered, this, [this] {
        if (m_editor->original().id > 0)
            Q_EMIT auditRequested(m_editor->original().id);
    });
    connect(m_commands, &PartnerCommands::lifecycleRequested, this, &PartnersPage::onActionRequested);
    connect(m_editor, &PartnerEditor::dirtyChanged, this, &PartnersPage::updateLifecycleActions);
    connect(this, &PartnersPage::busyChanged, this, &PartnersPage::updateLifecycleActions);
}

void PartnersPage::updateLifecycleActions()
{
    m_commands->updateLifecycle(
        m_editor->original(), m_session->currentUser().roles, !m_saver->isBusy() && !m_editor->isDirty());
}

QList<QAction *> PartnersPage::menuActions() const
{
    return m_commands->menuActions();
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
    m_commands->bulk()->setEnabled(m_canEdit && count > 0);
    m_tools->setSelectedCount(count);
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

void PartnersPage::retranslate()
{
    fillGroupChoices();
    m_table->setAccessibleName(tr("Partners"));
    m_splitter->widget(1)->setAccessibleName(tr("Partner details")); // the editor's scroll area
    m_commands->retranslate();
    m_editor->setDetailTabTitle(m_quotaPanel, tr("Quotas"));
    m_editor->setDetailTabTitle(m_keysPanel, tr("Keys"));
    updateBulkButton();
    updateCount();
}

void PartnersPage::fillGroupChoices()
{
    // The groups are the service's (an admin may rename them); the quota panel loads them.
    m_filterBar->setGroups(m_quotaPanel->groups());
}

void PartnersPage::applyRole()
{
    const Roles roles = m_session->currentUser().roles;
    m_canEdit = roles.testFlag(Role::Operator) || roles.testFlag(Role::Admin);
    m_tools->setCanEdit(m_canEdit);
    m_commands->importCsv()->setEnabled(m_canEdit);
    // The audit log is the managers' and admins' page.
    m_commands->audit()->setVisible(roles.testFlag(Role::Manager) || roles.testFlag(Role::Admin));
    updateBulkButton();
    m_editor->setReadOnly(!m_canEdit);
    m_editor->setRoles(roles);
    updateLifecycleActions();
}

void PartnersPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void PartnersPage::applyFilters()
{
    PartnerQuery q = m_model->query();
    m_filterBar->fillQuery(&q);
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
    m_saver->checkNow(); // a save whose answer was lost: settle it now
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
    m_tools->showCount(m_model->rowCount(), m_model->total(), m_model->isLoading());
}

void PartnersPage::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &)
{
    if (m_revertingSelection || !current.isValid())
        return;
    const Partner next = m_model->partnerAt(current.row());
    if (next.id == m_editor->original().id)
        return;
    if (m_editor->isDirty()) {
        askAboutUnsaved(next);
        return;
    }
    openPartner(next);
}

void PartnersPage::askAboutUnsaved(const Partner &next)
{
    // Never drop typed edits silently: stay on the edited partner and let the user choose.
    const QString edited = m_editor->isNew() && m_editor->edited().name.trimmed().isEmpty()
        ? tr("the new partner")
        : m_editor->edited().name;
    UnsavedEditsPrompt::ask(m_editor->messageBar(),
        {edited,
            next.id > 0 ? tr("Discard and open %1").arg(next.name) : tr("Discard and start a new partner"),
            [this, next] {
                m_openAfterSave = next;
                save();
                if (!m_saver->isBusy()) // not sent (fields need attention): nothing to open afterwards
                    m_openAfterSave.reset();
            },
            [this, next] {
                m_editor->setPartner(m_editor->original()); // nothing left to ask about
                if (next.id > 0)
                    openPartner(next);
                else
                    newPartner();
            },
            [this] {
                selectOpenPartnerRow();
            }});
}

void PartnersPage::selectOpenPartnerRow()
{
    m_revertingSelection = true;
    const int row = m_editor->isNew() ? -1 : m_model->rowOfId(m_editor->original().id);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, qMax(0, m_table->currentIndex().column())));
    } else {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->clearCurrentIndex();
    }
    m_revertingSelection = false;
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
        askAboutUnsaved(Partner());
        return;
    }
    m_table->clearSelection();
    m_editor->setPartner(Partner());
    m_editor->setFocus();
}

void PartnersPage::save()
{
    if (m_canEdit)
        m_saver->save();
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
    m_saver->runAction(action, reasonCode, note);
}

void PartnersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
