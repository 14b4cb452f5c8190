#pragma once

#include "PartnerSaveCheck.h"
#include "api/CreateRetryKey.h"
#include "domain/Partner.h"
#include "domain/PartnerAction.h"

#include <QObject>

namespace Kepler {

class ApiError;
class ApiSession;
class PartnerDirectoryModel;
class PartnerEditor;
class PartnerListModel;

// The partner editor's writes: saving its draft (a create with an Idempotency-Key the retry of the
// same draft repeats, an update with If-Match) and the lifecycle steps, and what the editor's bar
// says when one fails, meets a newer version, or loses its answer ("Not confirmed yet", settled by
// PartnerSaveCheck for an edit, by repeating the same keyed request for a new partner).
class PartnerSaver : public QObject
{
    Q_OBJECT

public:
    PartnerSaver(ApiSession *session, PartnerEditor *editor, PartnerListModel *model,
        PartnerDirectoryModel *directory, QObject *parent);

    bool isBusy() const { return m_busy; }
    // Saves the editor's draft (checked by the shared validator first).
    void save();
    // One lifecycle step on the open partner, with its reason.
    void runAction(Kepler::PartnerAction action, const QString &reasonCode, const QString &note);
    // The platform answers again: settles a save whose answer was lost, now.
    void checkNow();

Q_SIGNALS:
    void busyChanged(bool busy);
    // The service's partner after a write, for the page to show (the list has it already).
    void openRequested(const Kepler::Partner &partner);
    // Saved while the user went on typing: the editor keeps those edits, its history changed.
    void savedUnderEdits();
    // A save went through (also one confirmed after its answer was lost).
    void saved(const Kepler::Partner &partner);
    // A save did not go through, or is not confirmed yet: the edits stay open.
    void saveFailed();

private:
    void setBusy(bool busy);
    void onSaved(const Partner &sent, const Partner &saved, bool created);
    // The editor takes what the service saved (keeping edits typed since `sent` left).
    void adoptSaved(const Partner &sent, const Partner &saved, bool created);
    void onSaveFailed(const ApiError &error, const Partner &before, const Partner &sent);
    void showConflict(const Partner &theirs);
    void showNotConfirmed(const ApiError &error, const Partner &before, const Partner &sent);
    // How a save ended that was first "not confirmed" (or met a 412 that is its own draft).
    void settleSave(PartnerSaveCheck::Outcome outcome, const Partner &current, const Partner &before,
        const Partner &sent);

    ApiSession *m_session;
    PartnerEditor *m_editor;
    PartnerListModel *m_model;
    PartnerDirectoryModel *m_directory;
    bool m_busy = false;
    // A save whose answer was lost, being confirmed (or not) by reading the partner again.
    PartnerSaveCheck *m_saveCheck = nullptr;
    // The last new-partner draft's Idempotency-Key, kept until the service answers.
    CreateRetryKey m_createKey;
};

} // namespace Kepler
