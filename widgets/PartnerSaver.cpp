#include "PartnerSaver.h"

#include "MessageBar.h"
#include "PartnerEditor.h"
#include "api/ApiError.h"
#include "api/CreatePartnerJob.h"
#include "api/PartnerActionJob.h"
#include "api/UpdatePartnerJob.h"
#include "domain/PartnerValidator.h"
#include "models/DateTimeText.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PartnerListModel.h"

#include <QTimer>

namespace Kepler {

PartnerSaver::PartnerSaver(ApiSession *session, PartnerEditor *editor, PartnerListModel *model,
    PartnerDirectoryModel *directory, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_editor(editor)
    , m_model(model)
    , m_directory(directory)
{
}

void PartnerSaver::setBusy(bool busy)
{
    m_busy = busy;
    m_editor->setBusy(busy);
    Q_EMIT busyChanged(busy);
}

void PartnerSaver::checkNow()
{
    if (m_saveCheck)
        m_saveCheck->checkNow();
}

void PartnerSaver::save()
{
    if (m_busy)
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
    setBusy(true);
    ApiJob *job = nullptr;
    if (m_editor->isNew()) {
        // The same draft again (Try again after a lost answer) repeats the same request, key and
        // all: the service then answers with the partner it may already have created. A changed
        // draft is a new request.
        auto *create = new CreatePartnerJob(m_session, after, m_createKey.keyFor(editablePartnerJson(after)));
        connect(create, &CreatePartnerJob::finished, this, [this, after](const Partner &p) {
            m_createKey.answered();
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

void PartnerSaver::onSaved(const Partner &sent, const Partner &saved, bool created)
{
    adoptSaved(sent, saved, created);
    Q_EMIT this->saved(saved);
    m_editor->messageBar()->showMessage(MessageBar::Kind::Positive,
        created ? tr("Created %1.").arg(saved.name) : tr("Saved %1.").arg(saved.name));
    QTimer::singleShot(4000, m_editor->messageBar(), [bar = m_editor->messageBar()] {
        if (bar->kind() == MessageBar::Kind::Positive)
            bar->clear();
    });
}

void PartnerSaver::adoptSaved(const Partner &sent, const Partner &saved, bool created)
{
    m_directory->markStale();
    setBusy(false);
    m_model->upsertPartner(saved);
    if (!created && !partnerPatch(sent, m_editor->edited()).isEmpty()) {
        m_editor->rebase(saved); // keep what was typed while the save was under way
        Q_EMIT savedUnderEdits();
    } else {
        Q_EMIT openRequested(saved);
    }
}

void PartnerSaver::showConflict(const Partner &theirs)
{
    const QString when = DateTimeText::text(theirs.updatedAt); // as the editor's "Last changed" line
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

void PartnerSaver::onSaveFailed(const ApiError &error, const Partner &before, const Partner &sent)
{
    setBusy(false);
    Q_EMIT saveFailed();
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
    m_createKey.failed(error); // kept only while the answer is lost: Try again repeats it
    if (!error.fieldErrors.isEmpty()) {
        m_editor->showFieldErrors(error.fieldErrors);
        return;
    }
    if (error.isOutcomeUnknown()) {
        showNotConfirmed(error, before, sent);
        return;
    }
    bar->showMessage(MessageBar::Kind::Error, SaveCheck::notSaved(error));
    if (error.kind != ApiError::Kind::Http || error.httpStatus >= 500 || error.httpStatus == 429)
        bar->addAction(tr("Try again"), [this] { save(); });
}

void PartnerSaver::showNotConfirmed(const ApiError &error, const Partner &before, const Partner &sent)
{
    // The write may have been carried out: say so (in the words every page uses). An edit is found
    // out by reading the partner once the platform answers; a create is tried again by the user,
    // its Idempotency-Key repeated while the draft is unchanged, so it is never made twice.
    PartnerSaveCheck *check = nullptr;
    if (before.id > 0) {
        check = new PartnerSaveCheck(m_session, before, sent, this);
        connect(check, &PartnerSaveCheck::resolved, this,
            [this, check](SaveCheck::Outcome outcome, const Partner &current) {
                if (m_saveCheck == check)
                    m_saveCheck = nullptr;
                check->deleteLater(); // it is emitting
                settleSave(outcome, current, check->before(), check->sent());
            });
        m_saveCheck = check;
    }
    SaveCheck::showNotConfirmed(m_editor->messageBar(), error, check, [this] { save(); });
    if (check)
        check->checkNow();
}

void PartnerSaver::settleSave(
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
        bar->showMessage(MessageBar::Kind::Positive, SaveCheck::confirmedLate(current.name));
        return;
    case PartnerSaveCheck::Outcome::Conflict:
        showConflict(current);
        return;
    case PartnerSaveCheck::Outcome::NotSaved:
        bar->showMessage(MessageBar::Kind::Error, SaveCheck::notSavedAfterCheck());
        bar->addAction(tr("Try again"), [this] { save(); });
        return;
    }
}

void PartnerSaver::runAction(PartnerAction action, const QString &reasonCode, const QString &note)
{
    if (m_busy)
        return;
    setBusy(true);
    auto *job = new PartnerActionJob(m_session, m_editor->original(), action, reasonCode, note);
    connect(job, &PartnerActionJob::finished, this, [this, action](const Partner &p) {
        setBusy(false);
        m_model->upsertPartner(p);
        m_directory->markStale();
        Q_EMIT openRequested(p);
        m_editor->messageBar()->showMessage(MessageBar::Kind::Positive,
            tr("%1: %2 is now %3.").arg(displayName(action), p.name, displayName(p.status)));
    });
    connect(job, &PartnerActionJob::failed, this, [this](const ApiError &error) {
        setBusy(false);
        MessageBar *bar = m_editor->messageBar();
        bar->showMessage(MessageBar::Kind::Error, error.message());
        if (const auto theirs = UpdatePartnerJob::currentPartner(error)) {
            const Partner newer = *theirs;
            bar->addAction(tr("Load the current version"), [this, newer] {
                m_model->upsertPartner(newer);
                Q_EMIT openRequested(newer);
            });
        }
    });
    job->start();
}

} // namespace Kepler
