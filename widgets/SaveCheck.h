#pragma once

#include "api/ApiJob.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <functional>

namespace Kepler {

class ApiError;
class ApiSession;
class MessageBar;

// A save whose answer never came (timed out, connection dropped after sending) may have been
// carried out or not. SaveCheck reads the resource again until the service answers and tells which:
// the version moved on and holds the fields that were sent (Saved), moved on to something else
// (Conflict), or stayed where the edit started (NotSaved — after a few answers, so a write the
// service is still finishing is not called lost). It never writes: the If-Match of the save makes a
// blind retry of the same draft fail with 412 instead of applying it twice.
//
// What to read is the owner's: `read` makes one job (not started) for the resource, whose answer
// calls answered() with the version found, whether it carries the draft, and the resource read.
// Partners, pools, pricing rules and staff accounts share this loop and the words around it.
class SaveCheck : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Saved, Conflict, NotSaved };

    static constexpr int RetryMs = 2000; // after a read that got no answer either
    static constexpr int UnchangedRetryMs = 1000;
    static constexpr int UnchangedAnswersForNotSaved = 3;

    using Read = std::function<ApiJob *(SaveCheck *check)>;

    SaveCheck(int versionBefore, Read read, QObject *parent);
    ~SaveCheck() override;

    // A check whose reads are `GetJob(session, id)` jobs that answer finished(const Entry &):
    // `versionOf` and `bodyOf` say where an entry keeps its version and what a save of it sends,
    // `before` and `sent` are the bodies of the record the edit started from and of the draft.
    // Not started yet (checkNow()).
    template<typename GetJob, typename Entry>
    static SaveCheck *reading(ApiSession *session, qint64 id, int versionBefore, const QJsonObject &before,
        const QJsonObject &sent, int (*versionOf)(const Entry &), QJsonObject (*bodyOf)(const Entry &),
        QObject *parent)
    {
        return new SaveCheck(
            versionBefore,
            [=](SaveCheck *check) {
                auto *job = new GetJob(session, id);
                QObject::connect(job, &GetJob::finished, check, [=](const Entry &read) {
                    check->answered(
                        versionOf(read), carries(bodyOf(read), before, sent), QVariant::fromValue(read));
                });
                return job;
            },
            parent);
    }

    // Asks at once (the platform is back), dropping a read that may still wait for a timeout.
    void checkNow();
    // The answer to a read: the version the service holds, whether it carries the draft, and the
    // resource as read (handed on with the outcome).
    void answered(int version, bool carriesDraft, const QVariant &current);

    // True when `current` holds every field whose value `sent` changed from `before` (the JSON
    // bodies a save sends: fields it did not change may differ).
    static bool carries(const QJsonObject &current, const QJsonObject &before, const QJsonObject &sent);

    // What an editor's bar says about a save. A lost answer is "not confirmed", never "not saved":
    // for an update `check` finds out (its "Check now" asks at once); a create (no check) is safe
    // to send again, its Idempotency-Key repeated, so its action is `retry`.
    static void showNotConfirmed(
        MessageBar *bar, const ApiError &error, SaveCheck *check, const std::function<void()> &retry);
    static QString notSaved(const ApiError &error);
    static QString notSavedAfterCheck();
    static QString confirmedLate(const QString &name);

Q_SIGNALS:
    // Emitted once, with the resource as last read (invalid when no read answered); the check
    // deletes itself afterwards.
    void settled(Kepler::SaveCheck::Outcome outcome, const QVariant &current);

private:
    void settle(Outcome outcome);

    int m_versionBefore;
    Read m_read;
    QPointer<ApiJob> m_job;
    QVariant m_current;
    QTimer m_retry;
    int m_unchangedAnswers = 0;
    bool m_done = false;
};

} // namespace Kepler
