#include "SaveCheck.h"

#include "MessageBar.h"
#include "api/ApiError.h"
#include "api/ApiJob.h"

#include <QPointer>

namespace Kepler {

SaveCheck::SaveCheck(int versionBefore, Read read, QObject *parent)
    : QObject(parent)
    , m_versionBefore(versionBefore)
    , m_read(std::move(read))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SaveCheck::checkNow);
}

SaveCheck::~SaveCheck()
{
    if (m_job)
        m_job->abort();
}

bool SaveCheck::carries(const QJsonObject &current, const QJsonObject &before, const QJsonObject &sent)
{
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it)
        if (before.value(it.key()) != it.value() && current.value(it.key()) != it.value())
            return false;
    return true;
}

void SaveCheck::checkNow()
{
    if (m_done)
        return;
    m_retry.stop();
    if (m_job)
        m_job->abort();
    ApiJob *job = m_read(this);
    // One attempt per read: the loop here retries, and "the platform is back" starts a fresh one.
    job->setMaxAttempts(1);
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (error.kind == ApiError::Kind::Http && error.httpStatus < 500 && error.httpStatus != 429) {
            // Answered, but not with the resource (gone, no longer allowed): the edit is not on it.
            settle(Outcome::NotSaved);
            return;
        }
        m_retry.start(RetryMs);
    });
    m_job = job;
    job->start();
}

void SaveCheck::answered(int version, bool carriesDraft, const QVariant &current)
{
    if (m_done)
        return;
    m_current = current;
    if (version > m_versionBefore) {
        settle(carriesDraft ? Outcome::Saved : Outcome::Conflict);
        return;
    }
    // Unchanged: the service may not have reached the write yet (it was paused with the request
    // in its queue). Ask a few more times before calling it lost.
    if (++m_unchangedAnswers < UnchangedAnswersForNotSaved) {
        m_retry.start(UnchangedRetryMs);
        return;
    }
    settle(Outcome::NotSaved);
}

void SaveCheck::settle(Outcome outcome)
{
    m_done = true;
    Q_EMIT settled(outcome, m_current);
    deleteLater();
}

void SaveCheck::showNotConfirmed(
    MessageBar *bar, const ApiError &error, SaveCheck *check, const std::function<void()> &retry)
{
    if (!check) {
        bar->showMessage(MessageBar::Kind::Warning,
            tr("Not confirmed yet: %1 It may have been created. Try again once the platform answers: the "
               "same request goes again, so it is not created twice. Your edits are kept.")
                .arg(error.message()));
        bar->addAction(tr("Try again"), retry);
        return;
    }
    bar->showMessage(MessageBar::Kind::Warning,
        tr("Not confirmed yet: %1 The save may have reached the platform; the console checks when the "
           "platform answers. Your edits are kept.")
            .arg(error.message()));
    bar->addAction(tr("Check now"), [check = QPointer<SaveCheck>(check)] {
        if (check)
            check->checkNow();
    });
}

QString SaveCheck::notSaved(const ApiError &error)
{
    return tr("Not saved: %1 Your edits are kept.").arg(error.message());
}

QString SaveCheck::notSavedAfterCheck()
{
    return tr("Not saved: the platform answers again and does not have the change. Your edits are kept.");
}

QString SaveCheck::confirmedLate(const QString &name)
{
    return tr("Saved %1 (confirmed after the connection came back).").arg(name);
}

} // namespace Kepler
