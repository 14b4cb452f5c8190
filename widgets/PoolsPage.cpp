#include "PoolsPage.h"

#include "CategoryPickerDialog.h"
#include "IdListEdit.h"
#include "MessageBar.h"
#include "PoolEditor.h"
#include "api/ApiSession.h"
#include "api/CreatePoolJob.h"
#include "api/GetPoolJob.h"
#include "api/ListCatalogCategoriesJob.h"
#include "api/ListPoolSkusJob.h"
#include "api/ListPoolsJob.h"
#include "api/PreviewPoolJob.h"
#include "api/PricingDecode.h"
#include "api/UpdatePoolJob.h"
#include "models/PoolListModel.h"
#include "models/PricingText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Kepler {

namespace {

QTableWidget *skuTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    return table;
}

void addSkuRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

PoolsPage::PoolsPage(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new PoolListModel(this);
    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_reload = new QPushButton(this);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_reload);
    toolbar->addStretch();
    layout->addLayout(toolbar);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab goes on to the editor; arrows move between pools

    auto *detail = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_heading = new QLabel(detail);
    detailLayout->addWidget(m_heading);
    m_tabs = new QTabWidget(detail);
    auto *editTab = new QWidget(m_tabs);
    auto *editLayout = new QVBoxLayout(editTab);
    auto *scroll = new QScrollArea(editTab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor = new PoolEditor(scroll);
    scroll->setWidget(m_editor);
    editLayout->addWidget(scroll, 3);
    m_previewTitle = new QLabel(editTab);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    editLayout->addWidget(m_previewTitle);
    m_previewSummary = new QLabel(editTab);
    m_previewSummary->setTextFormat(Qt::RichText);
    m_previewSummary->setWordWrap(true);
    editLayout->addWidget(m_previewSummary);
    m_previewSamples = skuTable(4, editTab);
    editLayout->addWidget(m_previewSamples, 2);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(editTab);
    m_revert = new QPushButton(editTab);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    editLayout->addLayout(buttons);
    m_tabs->addTab(editTab, QString());
    auto *membersTab = new QWidget(m_tabs);
    auto *membersLayout = new QVBoxLayout(membersTab);
    m_membersStatus = new QLabel(membersTab);
    membersLayout->addWidget(m_membersStatus);
    m_members = skuTable(4, membersTab);
    membersLayout->addWidget(m_members, 1);
    m_tabs->addTab(membersTab, QString());
    detailLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &PoolsPage::runPreview);
    connect(m_editor, &PoolEditor::changed, this, &PoolsPage::editorChanged);
    connect(m_editor, &PoolEditor::categoriesRequested, this, [this] {
        CategoryPickerDialog picker(m_session, m_editor->categoriesField()->idsAs<int>(), this);
        if (picker.exec() == QDialog::Accepted)
            m_editor->categoriesField()->setIdsFrom(picker.selectedIds());
    });
    connect(m_new, &QPushButton::clicked, this, &PoolsPage::newPool);
    connect(m_reload, &QPushButton::clicked, this, &PoolsPage::reload);
    connect(m_save, &QPushButton::clicked, this, &PoolsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { showPool(m_current); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                openPool(m_model->entryAt(current.row()).pool.id);
        });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && !m_membersLoaded)
            loadMembers(false);
    });
    // Members load page by page as the list is scrolled to its end.
    connect(m_members->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_members->verticalScrollBar()->maximum() && !m_membersCursor.isEmpty())
            loadMembers(true);
    });
    connect(m_session, &ApiSession::currentUserChanged, this, &PoolsPage::updateButtons);
    retranslate();
    showPool(PoolEntry {});
}

bool PoolsPage::canEdit() const
{
    const Roles roles = m_session->currentUser().roles;
    return roles.testFlag(Role::Operator) || roles.testFlag(Role::Admin);
}

void PoolsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void PoolsPage::reload()
{
    if (!m_loadedOnce) {
        // The category names for the editor's criteria (the catalog's tree changes rarely: once).
        auto *categories = new ListCatalogCategoriesJob(m_session);
        connect(categories, &ListCatalogCategoriesJob::finished, m_editor, &PoolEditor::setCategories);
        categories->start();
    }
    m_loadedOnce = true;
    ++m_loading;
    auto *job = new ListPoolsJob(m_session);
    connect(job, &ListPoolsJob::finished, this, [this](const QList<PoolEntry> &pools) {
        --m_loading;
        const qint64 open = m_current.pool.id;
        m_model->setPools(pools);
        m_table->resizeColumnsToContents();
        if (const int row = m_model->rowOf(open); row >= 0) {
            if (!m_editor->isDirty())
                showPool(m_model->entryAt(row)); // the pool as saved now (count, version)
            QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        } else if (open == 0 && !m_editor->isDirty() && m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
        Q_EMIT loaded();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        --m_loading;
        m_message->showMessage(MessageBar::Kind::Error, error.message());
        m_message->addAction(tr("Try again"), [this] { reload(); });
        Q_EMIT loaded();
    });
    job->start();
}

bool PoolsPage::openPool(qint64 poolId)
{
    const int row = m_model->rowOf(poolId);
    if (row < 0)
        return false;
    if (poolId == m_current.pool.id)
        return true;
    if (m_editor->isDirty()) {
        m_message->showMessage(
            MessageBar::Kind::Warning, tr("You have unsaved changes. Save or revert them first."));
        QSignalBlocker block(m_table->selectionModel());
        if (const int open = m_model->rowOf(m_current.pool.id); open >= 0)
            m_table->selectRow(open);
        else
            m_table->clearSelection();
        return false;
    }
    showPool(m_model->entryAt(row));
    return true;
}

void PoolsPage::newPool()
{
    if (m_editor->isDirty()) {
        m_message->showMessage(
            MessageBar::Kind::Warning, tr("You have unsaved changes. Save or revert them first."));
        return;
    }
    m_table->clearSelection();
    showPool(PoolEntry {});
    m_editor->nameField()->setFocus();
}

void PoolsPage::showPool(const PoolEntry &entry)
{
    m_current = entry;
    m_editor->setPool(entry.pool);
    m_message->clear();
    m_membersLoaded = false;
    m_membersCursor.clear();
    ++m_membersGeneration;
    m_members->setRowCount(0);
    if (m_tabs->currentIndex() == 1)
        loadMembers(false);
    retranslate();
}

void PoolsPage::editorChanged()
{
    updateButtons();
    // A preview for what differs from the saved pool; a new pool previews what its criteria select.
    ++m_previewGeneration;
    if ((m_editor->isDirty() || m_current.pool.id == 0) && m_editor->errors().isEmpty()) {
        m_previewSummary->setText(tr("Counting…"));
        m_previewTimer->start();
    } else {
        m_previewTimer->stop();
        m_preview.reset();
        m_previewSamples->setRowCount(0);
        m_previewSummary->setText(m_editor->errors().isEmpty()
                ? tr("Change the criteria to see which SKUs it adds and removes before you save.")
                : tr("Fix the marked fields to see the preview."));
    }
}

void PoolsPage::runPreview()
{
    const int generation = m_previewGeneration;
    auto *job = new PreviewPoolJob(m_session, m_editor->edited());
    connect(job, &PreviewPoolJob::finished, this, [this, generation](const PoolPreview &preview) {
        if (generation == m_previewGeneration) // an answer to older criteria is dropped
            showPreview(preview);
    });
    connect(job, &ApiJob::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_previewGeneration)
            return;
        m_previewSummary->setText(error.message());
        if (!error.fieldErrors.isEmpty())
            m_editor->showFieldErrors(error.fieldErrors);
    });
    job->start();
}

void PoolsPage::showPreview(const PoolPreview &preview)
{
    m_preview = preview;
    const QLocale locale;
    m_previewSummary->setText(
        u"<span style=\"color:#2e9d4f;\"><b>%1</b></span> / <span style=\"color:#c63b3b;\"><b>%2</b></span> · %3"_qs
            .arg(tr("+%1 added").arg(locale.toString(preview.added)).toHtmlEscaped(),
                tr("−%1 removed").arg(locale.toString(preview.removed)).toHtmlEscaped(),
                tr("%1 → %2 SKUs")
                    .arg(locale.toString(preview.before), locale.toString(preview.after))
                    .toHtmlEscaped()));
    m_previewSamples->setRowCount(0);
    for (const CatalogSku &s : preview.addedSamples)
        addSkuRow(m_previewSamples,
            {tr("+ added"), QString::number(s.id), PricingText::money(s.listPriceFen, locale), s.name});
    for (const CatalogSku &s : preview.removedSamples)
        addSkuRow(m_previewSamples,
            {tr("− removed"), QString::number(s.id), PricingText::money(s.listPriceFen, locale), s.name});
    for (int row = 0; row < m_previewSamples->rowCount(); ++row)
        m_previewSamples->item(row, 0)->setForeground(m_previewSamples->item(row, 0)->text().startsWith(u'+')
                ? QColor(0x2e, 0x9d, 0x4f)
                : QColor(0xc6, 0x3b, 0x3b));
    for (int column = 0; column < m_previewSamples->columnCount() - 1; ++column)
        m_previewSamples->resizeColumnToContents(column); // the name takes the rest
    Q_EMIT previewed(preview);
}

void PoolsPage::loadMembers(bool more)
{
    if (m_current.pool.id < 1) {
        m_membersStatus->setText(tr("Save the pool to see its members."));
        return;
    }
    if (m_membersLoading || (more && m_membersCursor.isEmpty()))
        return;
    m_membersLoading = true;
    m_membersLoaded = true;
    const int generation = m_membersGeneration;
    auto *job = new ListPoolSkusJob(m_session, m_current.pool.id, more ? m_membersCursor : QString(), 100);
    connect(job, &ListPoolSkusJob::finished, this, [this, generation](const SkuPage &page) {
        m_membersLoading = false;
        if (generation != m_membersGeneration)
            return;
        const QLocale locale;
        for (const CatalogSku &s : page.items)
            addSkuRow(m_members,
                {QString::number(s.id), PricingText::money(s.listPriceFen, locale), locale.toString(s.stock),
                    s.name});
        m_membersCursor = page.nextCursor;
        m_membersStatus->setText(
            tr("%1 of %2 SKUs shown; scroll for more.")
                .arg(locale.toString(m_members->rowCount()), locale.toString(m_current.memberCount)));
        if (m_membersCursor.isEmpty())
            m_membersStatus->setText(tr("All %1 SKUs shown.").arg(locale.toString(m_members->rowCount())));
    });
    connect(job, &ApiJob::failed, this, [this, generation](const ApiError &error) {
        m_membersLoading = false;
        if (generation == m_membersGeneration)
            m_membersStatus->setText(error.message());
    });
    job->start();
}

void PoolsPage::save()
{
    if (!canEdit() || !m_editor->errors().isEmpty() || m_saving)
        return;
    const ProductPool pool = m_editor->edited();
    const PoolEntry before = m_current;
    // A new attempt supersedes the check of a lost one: its If-Match settles what the check would.
    delete m_saveCheck;
    m_saveCheck = nullptr;
    const auto done = [this](const PoolEntry &entry) {
        m_saving = false;
        m_model->updatePool(entry);
        showPool(entry);
        QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(m_model->rowOf(entry.pool.id));
        m_message->showMessage(MessageBar::Kind::Positive,
            tr("Saved %1: %2 SKUs.").arg(entry.pool.name, QLocale().toString(entry.memberCount)));
        Q_EMIT saved(entry);
    };
    ApiJob *job = nullptr;
    if (pool.id == 0) {
        // The same draft again (Try again after a lost answer) repeats the same request, key and
        // all: the service then answers with the pool it may already have created.
        auto *create = new CreatePoolJob(m_session, pool, m_createKey.keyFor(PricingDecode::poolBody(pool)));
        connect(create, &CreatePoolJob::finished, this, [this, done](const PoolEntry &entry) {
            m_createKey.answered();
            done(entry);
        });
        job = create;
    } else {
        auto *update = new UpdatePoolJob(m_session, pool);
        connect(update, &UpdatePoolJob::finished, this, done);
        job = update;
    }
    connect(job, &ApiJob::failed, this,
        [this, before, pool](const ApiError &error) { saveFailed(error, before, pool); });
    m_saving = true;
    updateButtons();
    job->start();
}

void PoolsPage::saveFailed(const ApiError &error, const PoolEntry &before, const ProductPool &sent)
{
    m_saving = false;
    updateButtons();
    if (sent.id == 0)
        m_createKey.failed(error); // kept only while the answer is lost: Try again repeats it
    const auto current = UpdatePoolJob::currentPool(error);
    // The newer version may be this very draft, from an attempt whose answer was lost.
    if (current && sent.id > 0
        && SaveCheck::carries(PricingDecode::poolBody(current->pool), PricingDecode::poolBody(before.pool),
            PricingDecode::poolBody(sent))) {
        settleSave(SaveCheck::Outcome::Saved, *current, before, sent);
        return;
    }
    if (error.isOutcomeUnknown()) {
        if (sent.id > 0)
            m_saveCheck = checkLostSave(before, sent);
        SaveCheck::showNotConfirmed(m_message, error, m_saveCheck, [this] { save(); });
        return;
    }
    // The edits stay: a refusal or a lost race never throws away what was typed.
    m_message->showMessage(MessageBar::Kind::Error, SaveCheck::notSaved(error));
    if (!error.fieldErrors.isEmpty())
        m_editor->showFieldErrors(error.fieldErrors);
    if (current) {
        m_message->addAction(tr("Load their version"), [this, entry = *current] {
            m_model->updatePool(entry);
            showPool(entry);
        });
    } else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        m_message->addAction(tr("Try again"), [this] { save(); });
    }
}

SaveCheck *PoolsPage::checkLostSave(const PoolEntry &before, const ProductPool &sent)
{
    auto *check = SaveCheck::reading<GetPoolJob, PoolEntry>(
        m_session, before.pool.id, before.pool.version, PricingDecode::poolBody(before.pool),
        PricingDecode::poolBody(sent), [](const PoolEntry &e) { return e.pool.version; },
        [](const PoolEntry &e) { return PricingDecode::poolBody(e.pool); }, this);
    connect(check, &SaveCheck::settled, this,
        [this, before, sent](SaveCheck::Outcome outcome, const QVariant &read) {
            settleSave(outcome, read.isValid() ? read.value<PoolEntry>() : before, before, sent);
        });
    check->checkNow();
    return check;
}

void PoolsPage::settleSave(
    SaveCheck::Outcome outcome, const PoolEntry &current, const PoolEntry &before, const ProductPool &sent)
{
    if (current.pool.version > before.pool.version)
        m_model->updatePool(current);
    // The editor moved on meanwhile (another pool, their version loaded): nothing to settle.
    if (m_current.pool.id != before.pool.id || m_current.pool.version != before.pool.version)
        return;
    switch (outcome) {
    case SaveCheck::Outcome::Saved:
        if (PricingDecode::poolBody(m_editor->edited()) == PricingDecode::poolBody(sent)) {
            showPool(current);
            Q_EMIT saved(current);
        }
        m_message->showMessage(MessageBar::Kind::Positive, SaveCheck::confirmedLate(current.pool.name));
        return;
    case SaveCheck::Outcome::Conflict:
        m_message->showMessage(MessageBar::Kind::Warning,
            tr("%1 saved a newer version of this pool while the answer was lost. Your edits are kept.")
                .arg(current.pool.updatedBy));
        m_message->addAction(tr("Load their version"), [this, current] {
            m_model->updatePool(current);
            showPool(current);
        });
        return;
    case SaveCheck::Outcome::NotSaved:
        m_message->showMessage(MessageBar::Kind::Error, SaveCheck::notSavedAfterCheck());
        m_message->addAction(tr("Try again"), [this] { save(); });
        return;
    }
}

void PoolsPage::updateButtons()
{
    const bool editor = canEdit();
    const QString noRole = tr("Only operators and admins change product pools.");
    const bool dirty = m_editor->isDirty();
    const bool valid = m_editor->errors().isEmpty();
    m_editor->setEditable(editor && !m_saving, editor ? QString() : noRole);
    m_new->setEnabled(editor);
    m_new->setToolTip(editor ? QString() : noRole);
    m_save->setEnabled(editor && (dirty || m_current.pool.id == 0) && valid && !m_saving);
    m_save->setToolTip(!editor ? noRole : !valid ? tr("Some fields need attention.") : QString());
    m_revert->setEnabled(dirty && !m_saving);
}

void PoolsPage::retranslate()
{
    m_new->setText(tr("New pool"));
    m_reload->setText(tr("Reload"));
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
    m_tabs->setTabText(0, tr("Criteria and assignment"));
    const QLocale locale;
    m_tabs->setTabText(1,
        m_current.memberCount >= 0 ? tr("Members (%1)").arg(locale.toString(m_current.memberCount))
                                   : tr("Members"));
    m_previewTitle->setText(tr("Preview before saving"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(QFont().pointSizeF() * 1.2);
    m_heading->setFont(big);
    m_heading->setText(m_current.pool.id == 0
            ? tr("New pool")
            : tr("%1 · %2 SKUs · saved by %3")
                  .arg(
                      m_current.pool.name, locale.toString(m_current.memberCount), m_current.pool.updatedBy));
    m_previewSamples->setHorizontalHeaderLabels({tr("Change"), tr("SKU"), tr("List price"), tr("Name")});
    // What a screen reader announces for the parts that take focus: the titles shown with them.
    m_table->setAccessibleName(tr("Product pools"));
    m_tabs->widget(0)->findChild<QScrollArea *>()->setAccessibleName(m_tabs->tabText(0));
    m_previewSamples->setAccessibleName(m_previewTitle->text());
    m_members->setAccessibleName(tr("Members"));
    m_members->setHorizontalHeaderLabels({tr("SKU"), tr("List price"), tr("Stock"), tr("Name")});
    editorChanged();
}

void PoolsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
