#include "PricingPage.h"

#include "MessageBar.h"
#include "PriceExplainerPanel.h"
#include "PricingImpactDialog.h"
#include "PricingRuleEditor.h"
#include "RuleStatusDelegate.h"
#include "TableColumns.h"
#include "UnsavedEditsPrompt.h"
#include "api/ApiSession.h"
#include "api/ChangePricingRuleStatusJob.h"
#include "api/CreatePricingRuleJob.h"
#include "api/GetPricingRuleJob.h"
#include "api/ListCatalogCategoriesJob.h"
#include "api/ListPricingConflictsJob.h"
#include "api/ListPricingRulesJob.h"
#include "api/PricingDecode.h"
#include "api/PricingImpactJob.h"
#include "api/UpdatePricingRuleJob.h"
#include "models/PricingRuleListModel.h"
#include "models/PricingText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Kepler {

PricingPage::PricingPage(ApiSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new PricingRuleListModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto *rulesTab = new QWidget(m_tabs);
    auto *rulesLayout = new QVBoxLayout(rulesTab);
    auto *toolbar = new QHBoxLayout;
    m_new = new QPushButton(rulesTab);
    m_reload = new QPushButton(rulesTab);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_reload);
    toolbar->addStretch();
    rulesLayout->addLayout(toolbar);
    m_message = new MessageBar(rulesTab);
    rulesLayout->addWidget(m_message);
    m_splitter = new QSplitter(Qt::Horizontal, rulesTab);
    m_table = new QTableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(
        int(PricingRuleListModel::Column::Status), new RuleStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the editor; arrows move between rules
    // The rule's name takes what the short columns leave (conflicts say "with #2"; the sentence is
    // in the tooltip and above the editor).
    m_table->horizontalHeader()->setStretchLastSection(false);
    using Column = PricingRuleListModel::Column;
    TableColumns::fitToContents(m_table,
        {int(Column::Status), int(Column::Priority), int(Column::Adjustment), int(Column::Stacking),
            int(Column::Window), int(Column::Conflicts)});
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Name), QHeaderView::Stretch);

    auto *detail = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_heading = new QLabel(detail);
    m_heading->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_heading);
    m_conflicts = new QLabel(detail);
    m_conflicts->setWordWrap(true);
    m_conflicts->setStyleSheet(u"color: #c63b3b;"_qs);
    detailLayout->addWidget(m_conflicts);
    auto *scroll = new QScrollArea(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor = new PricingRuleEditor(scroll);
    scroll->setWidget(m_editor);
    detailLayout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(detail);
    m_revert = new QPushButton(detail);
    m_activate = new QPushButton(detail);
    m_deactivate = new QPushButton(detail);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_activate);
    buttons->addWidget(m_deactivate);
    detailLayout->addLayout(buttons);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The list carries status, window and conflicts: it gets the larger share, enough for
    // "conflicts with #2 on 97 SKUs, 60 partners" beside the editor's form.
    m_splitter->setSizes({920, 480});
    rulesLayout->addWidget(m_splitter, 1);
    m_tabs->addTab(rulesTab, QString());

    m_explainer = new PriceExplainerPanel(session, m_tabs);
    m_tabs->addTab(m_explainer, QString());

    connect(m_new, &QPushButton::clicked, this, &PricingPage::newRule);
    connect(m_reload, &QPushButton::clicked, this, &PricingPage::reload);
    connect(m_save, &QPushButton::clicked, this, &PricingPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { showRule(m_current); });
    connect(m_activate, &QPushButton::clicked, this, [this] { changeStatus(true); });
    connect(m_deactivate, &QPushButton::clicked, this, [this] { changeStatus(false); });
    connect(m_editor, &PricingRuleEditor::changed, this, &PricingPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!m_revertingSelection && current.isValid())
                openRule(m_model->entryAt(current.row()).rule.id);
        });
    connect(m_session, &ApiSession::currentUserChanged, this, &PricingPage::updateButtons);
    retranslate();
    showRule(PricingRuleEntry {});
}

bool PricingPage::canEdit() const
{
    const Roles roles = m_session->currentUser().roles;
    return roles.testFlag(Role::Operator) || roles.testFlag(Role::Admin);
}

void PricingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void PricingPage::reload()
{
    if (!m_loadedOnce) {
        // The category names for the editor's scope (the catalog's tree changes rarely: once).
        auto *categories = new ListCatalogCategoriesJob(m_session);
        connect(categories, &ListCatalogCategoriesJob::finished, m_editor, &PricingRuleEditor::setCategories);
        categories->start();
    }
    m_loadedOnce = true;
    ++m_loading;
    auto *job = new ListPricingRulesJob(m_session);
    connect(job, &ListPricingRulesJob::finished, this, [this](const QList<PricingRuleEntry> &rules) {
        --m_loading;
        const qint64 open = m_current.rule.id;
        m_model->setRules(rules);
        if (const int row = m_model->rowOf(open); row >= 0) {
            if (!m_editor->isDirty())
                showRule(m_model->entryAt(row)); // the rule as saved now (status, version)
            QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        } else if (open == 0 && !m_editor->isDirty() && m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
        loadConflicts();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        --m_loading;
        m_message->showMessage(MessageBar::Kind::Error, error.message());
        m_message->addAction(tr("Try again"), [this] { reload(); });
    });
    job->start();
}

void PricingPage::loadConflicts()
{
    ++m_loading;
    auto *job = new ListPricingConflictsJob(m_session);
    connect(
        job, &ListPricingConflictsJob::finished, this, [this](const QList<PricingConflictEntry> &conflicts) {
            --m_loading;
            m_model->setConflicts(conflicts);
            m_conflicts->setText(m_model->conflictText(m_current.rule.id));
            Q_EMIT loaded();
        });
    connect(job, &ApiJob::failed, this, [this](const ApiError &) {
        --m_loading;
        Q_EMIT loaded();
    });
    job->start();
}

bool PricingPage::openRule(qint64 ruleId)
{
    const int row = m_model->rowOf(ruleId);
    if (row < 0)
        return false;
    if (ruleId == m_current.rule.id)
        return true;
    if (m_editor->isDirty()) {
        const PricingRuleEntry next = m_model->entryAt(row);
        askAboutUnsaved(tr("Discard and open %1").arg(next.rule.name), ruleId);
        return false;
    }
    showRule(m_model->entryAt(row));
    selectCurrentRuleRow(); // when opened by id (a link), not by a click on its row
    return true;
}

void PricingPage::askAboutUnsaved(const QString &discardText, qint64 nextRuleId)
{
    // Never drop typed edits silently (the partner editor's rule): the highlight goes back to the
    // rule being edited and the bar asks.
    const auto next = [this, nextRuleId] {
        if (nextRuleId > 0)
            openRule(nextRuleId);
        else
            newRule();
    };
    UnsavedEditsPrompt::ask(m_message,
        {m_current.rule.id == 0 ? tr("the new rule") : m_current.rule.name, discardText,
            [this, nextRuleId] {
                m_openAfterSave = nextRuleId;
                save();
                if (!m_saving) // not sent (fields need attention): nothing to open afterwards
                    m_openAfterSave.reset();
            },
            [this, next] {
                showRule(m_current); // the rule as saved: nothing left to ask about
                next();
            },
            [this] {
                selectCurrentRuleRow();
            }});
}

void PricingPage::selectCurrentRuleRow()
{
    m_revertingSelection = true;
    if (const int row = m_model->rowOf(m_current.rule.id); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    } else {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->clearCurrentIndex();
    }
    m_revertingSelection = false;
}

void PricingPage::newRule()
{
    if (m_editor->isDirty()) {
        askAboutUnsaved(tr("Discard and start a new rule"), 0);
        return;
    }
    m_table->clearSelection();
    PricingRuleEntry entry;
    entry.rule.name = tr("New rule");
    showRule(entry);
    m_editor->nameField()->setFocus();
    m_editor->nameField()->selectAll();
}

void PricingPage::showRule(const PricingRuleEntry &entry)
{
    m_current = entry;
    m_editor->setRule(entry.rule);
    m_message->clear();
    retranslate();
}

void PricingPage::updateButtons()
{
    const bool editor = canEdit();
    const QString noRole = tr("Only operators and admins change pricing rules.");
    const bool dirty = m_editor->isDirty();
    const bool valid = m_editor->errors().isEmpty();
    const bool stored = m_current.rule.id > 0;
    m_editor->setEditable(editor && !m_saving, editor ? QString() : noRole);
    m_new->setEnabled(editor);
    m_new->setToolTip(editor ? QString() : noRole);
    m_save->setEnabled(editor && dirty && valid && !m_saving);
    m_save->setToolTip(!editor ? noRole : !valid ? tr("Some fields need attention.") : QString());
    m_revert->setEnabled(dirty && !m_saving);
    const bool draft = m_current.rule.status == PricingRuleStatus::Draft;
    m_activate->setVisible(!stored || draft);
    m_deactivate->setVisible(stored && !draft);
    const QString stepWhy = !editor ? noRole
        : !stored                   ? tr("Save the rule first; it is created as a draft.")
        : dirty                     ? tr("Save or revert your edits first: the step acts on the saved rule.")
                                    : QString();
    for (QPushButton *b : {m_activate, m_deactivate}) {
        b->setEnabled(stepWhy.isEmpty() && !m_saving);
        b->setToolTip(stepWhy);
    }
}

void PricingPage::save()
{
    if (!canEdit() || !m_editor->errors().isEmpty() || m_saving)
        return;
    const PricingRule rule = m_editor->edited();
    const PricingRuleEntry before = m_current;
    // A new attempt supersedes the check of a lost one: its If-Match settles what the check would.
    delete m_saveCheck;
    ApiJob *job = nullptr;
    const auto done = [this](const PricingRuleEntry &entry) {
        m_saving = false;
        m_model->updateRule(entry);
        showRule(entry);
        selectCurrentRuleRow();
        if (const auto next = std::exchange(m_openAfterSave, std::nullopt)) // "Save" on the unsaved question
            *next > 0 ? void(openRule(*next)) : newRule();
        m_message->showMessage(MessageBar::Kind::Positive, tr("Saved %1.").arg(entry.rule.name));
        loadConflicts();
        Q_EMIT saved(entry);
    };
    if (rule.id == 0) {
        // The same draft again (Try again after a lost answer) repeats the same request, key and
        // all: the service then answers with the rule it may already have created.
        auto *create
            = new CreatePricingRuleJob(m_session, rule, m_createKey.keyFor(PricingDecode::ruleBody(rule)));
        connect(create, &CreatePricingRuleJob::finished, this, [this, done](const PricingRuleEntry &entry) {
            m_createKey.answered();
            done(entry);
        });
        job = create;
    } else {
        auto *update = new UpdatePricingRuleJob(m_session, rule);
        connect(update, &UpdatePricingRuleJob::finished, this, done);
        job = update;
    }
    connect(job, &ApiJob::failed, this,
        [this, before, rule](const ApiError &error) { saveFailed(error, before, rule); });
    m_saving = true;
    updateButtons();
    job->start();
}

void PricingPage::saveFailed(const ApiError &error, const PricingRuleEntry &before, const PricingRule &sent)
{
    m_saving = false;
    m_openAfterSave.reset(); // the edits stay open: the user sees why
    updateButtons();
    if (sent.id == 0)
        m_createKey.failed(error); // kept only while the answer is lost: Try again repeats it
    const auto current = UpdatePricingRuleJob::currentRule(error);
    // The newer version may be this very draft, from an attempt whose answer was lost.
    if (current && sent.id > 0
        && SaveCheck::carries(PricingDecode::ruleBody(current->rule), PricingDecode::ruleBody(before.rule),
            PricingDecode::ruleBody(sent))) {
        settleSave(SaveCheck::Outcome::Saved, *current, before, sent);
        return;
    }
    if (error.isOutcomeUnknown()) {
        if (sent.id > 0)
            m_saveCheck = checkLostSave(before, sent);
        SaveCheck::showNotConfirmed(m_message, error, m_saveCheck, [this] { save(); });
        return;
    }
    // The edits stay in the editor whatever happened: nothing typed is lost.
    m_message->showMessage(MessageBar::Kind::Error, SaveCheck::notSaved(error));
    if (!error.fieldErrors.isEmpty())
        m_editor->showFieldErrors(error.fieldErrors);
    if (current) {
        m_message->addAction(tr("Load their version"), [this, entry = *current] {
            m_model->updateRule(entry);
            showRule(entry);
        });
    } else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        m_message->addAction(tr("Try again"), [this] { save(); });
    }
}

SaveCheck *PricingPage::checkLostSave(const PricingRuleEntry &before, const PricingRule &sent)
{
    auto *check = SaveCheck::reading<GetPricingRuleJob, PricingRuleEntry>(
        m_session, before.rule.id, before.rule.version, PricingDecode::ruleBody(before.rule),
        PricingDecode::ruleBody(sent), [](const PricingRuleEntry &e) { return e.rule.version; },
        [](const PricingRuleEntry &e) { return PricingDecode::ruleBody(e.rule); }, this);
    connect(check, &SaveCheck::settled, this,
        [this, before, sent](SaveCheck::Outcome outcome, const QVariant &read) {
            settleSave(outcome, read.isValid() ? read.value<PricingRuleEntry>() : before, before, sent);
        });
    check->checkNow();
    return check;
}

void PricingPage::settleSave(SaveCheck::Outcome outcome, const PricingRuleEntry &current,
    const PricingRuleEntry &before, const PricingRule &sent)
{
    if (current.rule.version > before.rule.version)
        m_model->updateRule(current);
    // The editor moved on meanwhile (another rule, their version loaded): nothing to settle.
    if (m_current.rule.id != before.rule.id || m_current.rule.version != before.rule.version)
        return;
    switch (outcome) {
    case SaveCheck::Outcome::Saved:
        if (PricingDecode::ruleBody(m_editor->edited()) == PricingDecode::ruleBody(sent)) {
            showRule(current);
            selectCurrentRuleRow();
            loadConflicts();
            Q_EMIT saved(current);
        }
        m_message->showMessage(MessageBar::Kind::Positive, SaveCheck::confirmedLate(current.rule.name));
        return;
    case SaveCheck::Outcome::Conflict:
        m_message->showMessage(MessageBar::Kind::Warning,
            tr("Someone saved a newer version of this rule while the answer was lost. Your edits are kept."));
        m_message->addAction(tr("Load their version"), [this, current] {
            m_model->updateRule(current);
            showRule(current);
        });
        return;
    case SaveCheck::Outcome::NotSaved:
        m_message->showMessage(MessageBar::Kind::Error, SaveCheck::notSavedAfterCheck());
        m_message->addAction(tr("Try again"), [this] { save(); });
        return;
    }
}

PricingImpactDialog *PricingPage::changeStatus(bool activate)
{
    if (!canEdit() || m_current.rule.id < 1 || m_editor->isDirty())
        return nullptr;
    const PricingRule rule = m_current.rule;
    auto *dialog = new PricingImpactDialog(rule, activate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *impact = new PricingImpactJob(m_session, rule);
    connect(impact, &PricingImpactJob::finished, dialog, &PricingImpactDialog::setImpact);
    connect(impact, &ApiJob::failed, dialog,
        [dialog](const ApiError &error) { dialog->showImpactError(error.message()); });
    connect(dialog, &PendingDialog::submitted, this, [this, dialog, rule, activate] {
        dialog->setBusy(true);
        auto *job = new ChangePricingRuleStatusJob(m_session, rule.id, rule.version, activate);
        connect(job, &ChangePricingRuleStatusJob::finished, dialog,
            [this, dialog](const PricingRuleEntry &entry) {
                dialog->setBusy(false);
                dialog->succeed();
                m_model->updateRule(entry);
                showRule(entry);
                m_message->showMessage(MessageBar::Kind::Positive,
                    tr("%1 is now %2.").arg(entry.rule.name, PricingText::statusName(entry.effectiveStatus)));
                loadConflicts();
                Q_EMIT saved(entry);
            });
        connect(job, &ApiJob::failed, dialog, [this, dialog](const ApiError &error) {
            dialog->setBusy(false);
            dialog->showError(error.message());
            if (const auto current = UpdatePricingRuleJob::currentRule(error)) {
                m_model->updateRule(*current);
                showRule(*current);
            }
        });
        job->start();
    });
    impact->start();
    dialog->open();
    return dialog;
}

void PricingPage::retranslate()
{
    m_tabs->setTabText(0, tr("Rules"));
    m_tabs->setTabText(1, tr("Price explainer"));
    // What a screen reader announces for the parts that take focus.
    m_table->setAccessibleName(tr("Pricing rules"));
    m_editor->parentWidget()->parentWidget()->setAccessibleName(tr("Rule")); // the editor's scroll area
    m_new->setText(tr("New rule"));
    m_reload->setText(tr("Reload"));
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
    m_activate->setText(tr("Activate…"));
    m_deactivate->setText(tr("Deactivate…"));
    const PricingRule &r = m_current.rule;
    if (r.id == 0) {
        m_heading->setText(u"<b>%1</b>"_qs.arg(tr("New rule (saved as a draft)").toHtmlEscaped()));
    } else {
        m_heading->setText(
            u"<b>#%1 %2</b>&nbsp;&nbsp;<span style=\"background-color:%3; color:white;\">&nbsp;%4&nbsp;</span>"_qs
                .arg(r.id)
                .arg(r.name.toHtmlEscaped(), RuleStatusDelegate::color(m_current.effectiveStatus).name(),
                    PricingText::statusName(m_current.effectiveStatus).toHtmlEscaped()));
    }
    const QString conflicts = m_model->conflictText(r.id);
    m_conflicts->setText(conflicts.isEmpty() ? QString() : u"⚠ "_qs + conflicts);
    m_conflicts->setVisible(!conflicts.isEmpty());
    updateButtons();
}

void PricingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
