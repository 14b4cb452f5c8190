#pragma once

#include "PendingDialog.h"
#include "api/GetReviewJob.h"
#include "api/ReviewDetail.h"
#include "domain/Role.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Kepler {

class ApiError;
class ApiSession;
class MessageBar;
class ReviewCompareModel;
class ScreenshotStrip;
enum class ReviewDecision;

// One review item in full: header (partner, app, version, age against the SLA, claim with Claim /
// Release claim), the acts its state allows (approve / reject / delay, release, roll back) for
// reviewers and admins, and what a reviewer checks — for a submission, the fields side by side
// with the live release, the screenshots and a checklist (kept per item while the page is open);
// for a partner application, the partner's profile.
class ReviewDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum ChecklistEntry { PrivacyMatchesPages, ScreenshotsMatch, CategoryFits, PagesOpen, ChecklistCount };

    explicit ReviewDetailPanel(ApiSession *session, QWidget *parent = nullptr);

    void setMessageBar(MessageBar *bar) { m_messageBar = bar; }
    void setRoles(Roles roles);
    // The service's clock, for ages (the queue model knows its offset).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // "Approve although the checklist is not complete?": a seam tests answer.
    void setConfirmHandler(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }

    void showItem(const ReviewQueueItem &item); // header at once, the rest when loaded
    void reload();
    void clear();
    bool hasDetail() const { return m_loaded; }
    const ReviewDetail &detail() const { return m_detail; }
    QString itemId() const { return m_detail.item.id; }
    bool isDialogOpen() const { return m_dialog != nullptr; }
    void refreshAge();
    // Extends the reviewer's own claim when it has less than ClaimRenewSeconds left.
    void keepClaimAlive();
    static constexpr qint64 ClaimRenewSeconds = 10 * 60;
    bool isRenewingClaim() const { return m_renewingClaim; }

    void claim();
    void releaseClaim();
    void decide(ReviewDecision decision);
    void release();
    void rollback();

    bool checklistComplete() const;
    ScreenshotStrip *screenshots() const { return m_screenshots; }
    ReviewCompareModel *compareModel() const { return m_compare; }

Q_SIGNALS:
    void loaded();
    // After an act changed the item (claim, decision, release, rollback): the queue updates.
    void itemChanged(const Kepler::ReviewQueueItem &item);
    void actFailed(const Kepler::ApiError &error);
    void dialogClosed();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitCompareView();
    void watchDialog(PendingDialog *dialog);
    void buildUi();
    void retranslate();
    void updateHeader();
    void updateActions();
    void showBody();
    void showPartner();
    void applyDetail(const ReviewDetail &detail, const QString &doneMessage);
    void reportFailure(const ApiError &error, PendingDialog *dialog);
    QString itemTitle() const;
    QString noActionReason() const;

    ApiSession *m_session;
    MessageBar *m_messageBar = nullptr;
    Roles m_roles;
    std::function<QDateTime()> m_now;
    std::function<bool(const QString &)> m_confirm;
    ReviewDetail m_detail;
    bool m_loaded = false;
    quint64 m_generation = 0;
    QPointer<GetReviewJob> m_job;
    QPointer<PendingDialog> m_dialog;
    QHash<QString, int> m_checklist; // item id → ticked entries as bits
    bool m_busy = false;
    bool m_renewingClaim = false; // a quiet claim extension is on its way
    bool m_fitting = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_claimLabel = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_releaseClaim = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_delay = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_rollback = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_body = nullptr;
    QGroupBox *m_compareBox = nullptr;
    QTableView *m_compareView = nullptr;
    ReviewCompareModel *m_compare = nullptr;
    QGroupBox *m_screenshotBox = nullptr;
    ScreenshotStrip *m_screenshots = nullptr;
    QGroupBox *m_checklistBox = nullptr;
    QCheckBox *m_checks[ChecklistCount] = {};
    QGroupBox *m_partnerBox = nullptr;
    QFormLayout *m_partnerForm = nullptr;
    QLabel *m_decisionInfo = nullptr;
};

} // namespace Kepler
